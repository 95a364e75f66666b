#!/usr/bin/env python3
"""Writes raw/m1_higashiosaka_2021.html: what a pdf2htmlEX-style converter makes of a
Word-made, ruled council form of 東大阪市 (令和3年度第3回個人情報保護審議会).

The form is laid out here as a PDF would have been (A4, 595.276 x 841.89 px, 10.5 px text,
a 番号 / 項目 / 内容 table with a 6-character label column), and then written out the way the
converter does it: one absolutely positioned <div class="t ..."> per text line, positions
only as classes (.x1a{left:...} .y2f{bottom:...}) in a long <style> block, the ruling in a
background image per page, running header and page number as ordinary text divs, and the
lines of a page emitted top to bottom, so that a label and its value on the same row are
separate divs and a wrapped label's second line follows the value's first line.

All wording is invented for this evaluation set; only the municipality is real."""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'raw', 'm1_higashiosaka_2021.html')

PAGE_W, PAGE_H = 595.276, 841.89
FS = 10.5            # body font size in px
PITCH = 15.6         # line pitch
TOP = 770.0          # first baseline of the page body
BOTTOM = 74.0        # lowest baseline allowed
NUM_X = 61.92
LABEL_X = 78.96
LABEL_W = 6          # characters
VAL_X = 151.44
VAL_W = 36
BODY_X = 62.4
BODY_W = 45

HEADER = '令和3年度第3回 東大阪市個人情報保護審議会'

NO_START = set('、。，．）」』】〕〉・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ:;,.)]')
NO_END = set('（「『【〔〈([')


def cw(ch):
    return 0.5 if ord(ch) < 0x2000 else 1.0


def tokens(text):
    """Half-width runs (numbers, USB, LGWAN-ASP) are not broken."""
    out, buf = [], ''
    for ch in text:
        if ord(ch) < 0x2000 and ch not in ' \t':
            buf += ch
        else:
            if buf:
                out.append(buf)
                buf = ''
            out.append(ch)
    if buf:
        out.append(buf)
    return out


def wrap(text, width, first_indent=0.0, hang=0.0):
    """Greedy Japanese line breaking with simple kinsoku. Returns [(indent, text)]."""
    lines, cur, used = [], '', 0.0
    indent = first_indent
    for tok in tokens(text):
        w = sum(cw(c) for c in tok)
        if used + w > width - indent + 1e-6 and cur:
            if tok[0] in NO_START:          # hang the punctuation on this line
                cur += tok
                lines.append((indent, cur))
                cur, used, indent = '', 0.0, hang
                continue
            if cur[-1] in NO_END:            # push the opening bracket down
                lines.append((indent, cur[:-1]))
                cur, used, indent = cur[-1], cw(cur[-1]), hang
            else:
                lines.append((indent, cur))
                cur, used, indent = '', 0.0, hang
        cur += tok
        used += w
    if cur:
        lines.append((indent, cur))
    return lines


class Line:
    def __init__(self, x, y, text, font='ff1', size='fs1', furniture=False):
        self.x, self.y, self.text, self.font, self.size = round(x, 2), round(y, 2), text, font, size
        self.furniture = furniture


class Doc:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self, header=None):
        self.pages.append({'lines': [], 'header': header})
        self.y = TOP

    @property
    def cur(self):
        return self.pages[-1]['lines']

    def need(self, n, header=None):
        if self.y - PITCH * (n - 1) < BOTTOM:
            self.new_page(header or self.pages[-1]['header'])

    def text(self, x, s, font='ff1', size='fs1'):
        self.cur.append(Line(x, self.y, s, font, size))

    def skip(self, px):
        self.y -= px

    def advance(self, header=None):
        self.y -= PITCH
        if self.y < BOTTOM:
            self.new_page(header or self.pages[-1]['header'])

    # ---- blocks
    def centered(self, s, font='ff2', size='fs2', px=13.5):
        w = sum(cw(c) for c in s) * px
        self.text((PAGE_W - w) / 2, s, font, size)
        self.y -= px * 1.7

    def right(self, s):
        w = sum(cw(c) for c in s) * FS
        self.text(534.0 - w, s)
        self.advance()

    def para(self, s, x=BODY_X, width=BODY_W, first=1.0, hang=0.0):
        for ind, t in wrap(s, width, first, hang):
            self.text(x + ind * FS, t)
            self.advance()

    def row(self, no, label, paras, label_lines=None):
        """paras: list of (text, first_indent, hang) in characters, inside the value column."""
        lab = label_lines or [t for _, t in wrap(label, LABEL_W)]
        vals = []
        for spec in paras:
            if isinstance(spec, str):
                spec = (spec, 0, 0)
            s, first, hang = spec
            font = 'ff2' if s.startswith('〔') or s.startswith('(1)') or s.startswith('(2)') else 'ff1'
            for ind, t in wrap(s, VAL_W, first, hang):
                vals.append((ind, t, font))
        self.need(min(3, max(len(lab), len(vals))))
        self.y -= 3.0
        n = max(len(lab), len(vals))
        for i in range(n):
            if i == 0 and no:
                self.text(NUM_X, no)
            if i < len(lab):
                self.text(LABEL_X, lab[i])
            if i < len(vals):
                ind, t, font = vals[i]
                self.text(VAL_X + ind * FS, t, font)
            self.advance()
        self.y -= 3.0


# --------------------------------------------------------------------------- content
d = Doc()

# ---- page 1: 次第 (agenda).  Titles repeated, secretariat line as a department trap.
d.pages[-1]['header'] = None
d.skip(10)
d.centered('令和３年度　第３回', size='fs3', px=14.0)
d.centered('東大阪市個人情報保護審議会　次第', size='fs3', px=14.0)
d.skip(14)
d.text(BODY_X + 200, '日\t時\t令和３年11月18日（木）午後２時00分から')
d.advance()
d.text(BODY_X + 200, '場\t所\t東大阪市役所本庁舎　会議室Ｂ')
d.advance()
d.skip(20)
d.text(BODY_X, '１\t開\t会', 'ff2')
d.advance(); d.skip(6)
d.text(BODY_X, '２\t案\t件', 'ff2')
d.advance()
d.text(BODY_X + 10.5, '(1)\t報告第５号')
d.advance()
d.text(BODY_X + 42, '乳幼児健康診査問診票等のデータ入力及び集計業務の委託について')
d.advance()
d.text(BODY_X + 42, '（健康部）\t…………\t資料１')
d.advance(); d.skip(4)
d.text(BODY_X + 10.5, '(2)\t諮問第３号')
d.advance()
d.text(BODY_X + 42, '介護認定審査会のペーパーレス化に伴う審査会資料共有サービスとの')
d.advance()
d.text(BODY_X + 42, 'オンライン結合について（福祉部）\t…………\t資料２')
d.advance(); d.skip(6)
d.text(BODY_X, '３\tそ\tの\t他', 'ff2')
d.advance(); d.skip(6)
d.text(BODY_X, '４\t閉\t会', 'ff2')
d.advance(); d.skip(30)
d.text(BODY_X, '【配付資料】')
d.advance()
d.text(BODY_X + 10.5, '資料１\t報告第５号関係（別記\t個人情報取扱特記事項を含む。）')
d.advance()
d.text(BODY_X + 10.5, '資料２\t諮問第３号関係')
d.advance()
d.text(BODY_X + 10.5, '参考資料\t東大阪市個人情報保護審議会委員名簿')
d.advance()
d.skip(150)
d.text(BODY_X + 150, '事務局\t行政管理部\t法務文書課（個人情報保護担当）')
d.advance()
d.text(BODY_X + 150, '（内線\t4120）')
d.advance()

# ---- pages 2-3: 報告第5号 (outsourcing)
d.new_page('資料１')
d.text(BODY_X, '報告第５号', 'ff2')
d.advance(); d.skip(4)
d.centered('個人情報取扱事務の委託について（報告）')
d.para('東大阪市個人情報保護条例第13条第２項の規定に基づき、個人情報を取り扱う事務の委託について、下記のとおり報告します。')
d.skip(2)
d.right('令和３年11月18日')
d.right('東大阪市健康部長')
d.skip(2)
d.centered('記', font='ff1', size='fs1', px=10.5)

d.row('1', '案件名', ['乳幼児健康診査問診票等のデータ入力及び集計業務の委託について'],
      label_lines=['案\t件\t名'])
d.row('2', '所管部局・担当課', ['健康部\t母子保健推進課、東部・中部・西部保健センター'])
d.row('3', '委託の目的', [('本市が実施する４か月児健康診査、１歳６か月児健康診査及び３歳児健康診査において、'
                          '保護者が記入した問診票及び医師・保健師が記入した診査票の内容を電子データ化し、'
                          '健診結果の集計と経年での分析に用いるため、入力作業及び集計表の作成を委託する。', 1, 0)])
d.row('4', '委託先', ['株式会社河内情報処理センター', '（東大阪市菱江二丁目14番３号）'],
      label_lines=['委\t託\t先'])
d.row('5', '委託期間', ['令和４年１月４日から令和４年３月31日まで',
                        ('（令和４年度以降も、同様の内容により委託を継続する予定である。）', 0, 1)])
d.row('6', '委託する業務の内容', [('①\t問診票及び診査票の記載内容のデータ入力', 0, 1.5),
                                  ('②\t入力データの照合（二人一組による読み合わせ）', 0, 1.5),
                                  ('③\t月別・健診種別の集計表の作成', 0, 1.5)])
d.row('7', '取り扱う個人情報の項目', [
    ('【受診児】健診番号※１、氏名、生年月日、性別、住所、受診日、健診結果（判定区分を含む。）、予防接種歴', 0, 0),
    ('【保護者】氏名、受診児との続柄、電話番号、問診票への回答内容', 0, 0),
    ('※１\t健診番号は、市が健診の実施ごとに付番する番号である。', 0, 2),
    ('※２\t母子健康手帳の交付番号は、入力の対象としない。', 0, 2)])
d.row('8', '記録媒体', ['紙（問診票及び診査票の写し）、USBメモリ（暗号化機能付き）、受託者の入力用パソコン',
                        ('※\t電子メールによる個人情報の送受信は行わない。', 0, 1)],
      label_lines=['記\t録\t媒\t体'])
d.row('9', '個人情報保護のための措置', [
    '(1)\t市が講ずる措置',
    ('①\t契約書に別記の個人情報取扱特記事項を添付し、受託者にその遵守を義務付ける。', 0, 1.5),
    ('②\t問診票等の写しは、職員が受託者の事業所へ持参し、件数を記載した受渡票に双方が記名押印の上で引き渡す。', 0, 1.5),
    ('③\tUSBメモリに保存するデータにはパスワードを設定し、パスワードは電話により別途伝達する。', 0, 1.5),
    ('④\t委託期間中、職員が少なくとも１回受託者の作業場所に立ち入り、個人情報の管理状況を確認する。', 0, 1.5),
    '(2)\t受託者に講じさせる措置',
    '〔人的対策〕',
    ('①\t作業責任者及び作業従事者を指定させ、その名簿を市に提出させる。', 0, 1.5),
    ('②\t作業従事者に対し、作業開始前に個人情報の取扱いに関する研修を受講させる。', 0, 1.5),
    '〔物理的対策〕',
    ('③\t問診票等の写し及びUSBメモリは、作業時以外は鍵付きキャビネットに保管させる。', 0, 1.5),
    ('④\t作業室への入退室は、入退室管理簿に記録させる。', 0, 1.5),
    ('⑤\t作業終了後、問診票等の写し及びUSBメモリを市に返却させる。', 0, 1.5),
    '〔技術的対策〕',
    ('⑥\t入力用パソコンは、インターネットその他外部のネットワークから切り離して使用させる。', 0, 1.5),
    ('⑦\t入力用パソコンへのログインは、作業従事者ごとのIDとパスワードによる認証とさせる。', 0, 1.5),
    ('⑧\tウイルス対策ソフトを導入し、パターンファイルを最新の状態に更新させる。', 0, 1.5),
    ('⑨\t業務完了後、入力用パソコン内のデータを復元できない方法で消去させ、消去証明書を提出させる。', 0, 1.5),
    '〔その他〕',
    ('⑩\t個人情報の漏えい等の事故が発生したときは、直ちに市に報告させ、市の指示に従って対応させる。', 0, 1.5),
    ('⑪\t受託者は、プライバシーマークの付与認定を受けている事業者である。', 0, 1.5)],
    label_lines=['個人情報保護', 'のための措置'])
d.row('10', '備考', ['個人情報取扱特記事項は、別記のとおり。'], label_lines=['備\t\t考'])

# ---- pages 4-5: 別記 特記事項 (belongs to 報告第5号; it stands between the two matters)
d.new_page('資料１')
d.text(BODY_X, '別記', 'ff2')
d.advance(); d.skip(4)
d.centered('個人情報取扱特記事項')
d.right('（報告第５号に係る委託契約書に添付するもの）')
d.skip(4)
ARTICLES = [
    ('基本的事項', '乙は、個人情報の保護の重要性を認識し、この契約による業務（以下「委託業務」という。）の'
                   '実施に当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('秘密の保持', '乙は、委託業務に関して知り得た個人情報の内容をみだりに他に漏らしてはならない。'
                   'この契約が終了し、又は解除された後も、同様とする。'),
    ('取得の制限', '乙は、委託業務を行うために個人情報を取得するときは、その目的の達成に必要な範囲内で、'
                   '適法かつ公正な手段により取得しなければならない。'),
    ('目的外の利用及び提供の禁止', '乙は、甲の指示がある場合を除き、委託業務に関して知り得た個人情報を'
                                   '契約の目的以外の目的に利用し、又は第三者に提供してはならない。'),
    ('複写等の禁止', '乙は、甲の承諾があるときを除き、委託業務を行うために甲から引き渡された個人情報が'
                     '記録された資料等を複写し、又は複製してはならない。'),
    ('再委託の禁止', '乙は、委託業務を第三者に委託してはならない。ただし、あらかじめ甲の書面による承諾を'
                     '得た場合は、この限りでない。'),
    ('持出しの禁止', '乙は、甲の承諾なく、個人情報が記録された資料等を甲が指定する作業場所から持ち出しては'
                     'ならない。'),
    ('適正管理', '乙は、委託業務に係る個人情報の漏えい、滅失及びき損の防止のため、個人情報が記録された'
                 '資料等を施錠できる保管庫に格納するなど、適正な管理に必要な措置を講じなければならない。'),
    ('資料等の返還等', '乙は、委託業務を行うために甲から引き渡され、又は乙が自ら取得し、若しくは作成した'
                       '個人情報が記録された資料等を、業務完了後直ちに甲に返還し、又は引き渡すものとする。',
     '乙は、前項の資料等のうち電磁的記録については、甲の指示に従い消去し、消去した日時及び方法を記載した'
     '書面を甲に提出しなければならない。'),
    ('従事者への周知', '乙は、委託業務に従事する者に対し、在職中及び退職後においても委託業務に関して知り得た'
                       '個人情報を他に漏らしてはならないこと等、個人情報の保護に関して必要な事項を周知させなければならない。'),
    ('責任者等の報告', '乙は、委託業務における個人情報の管理責任者及び業務従事者を定め、書面により甲に'
                       '報告しなければならない。'),
    ('調査等', '甲は、乙が委託業務を行うに当たり取り扱っている個人情報の管理状況について、随時、乙に報告を'
               '求め、又は乙の作業場所において調査することができる。'),
    ('事故発生時の報告', '乙は、この契約に違反する事態が生じ、又は生じるおそれがあることを知ったときは、'
                         '速やかに甲に報告し、甲の指示に従うものとする。'),
    ('契約の解除及び損害賠償', '甲は、乙がこの特記事項に違反していると認めたときは、契約を解除し、及び乙に'
                               '対して損害賠償を請求することができる。'),
]
for n, art in enumerate(ARTICLES, 1):
    head, body = art[0], art[1]
    d.need(3)
    d.text(BODY_X + 5.25, f'（{head}）')
    d.advance()
    first = True
    for ind, t in wrap(f'第{n}条\t{body}'.replace('\t', '　'), BODY_W, 0, 1):
        d.text(BODY_X + ind * FS, t.replace('　', '\t', 1) if first else t)
        first = False
        d.advance()
    for extra_no, extra in enumerate(art[2:], 2):
        for ind, t in wrap(f'{extra_no}　{extra}', BODY_W, 0, 1):
            d.text(BODY_X + ind * FS, t)
            d.advance()
d.skip(10)
d.para('（注）甲は東大阪市を、乙は受託者をいう。', first=0)

# ---- pages 6-7: 諮問第3号 (external link)
d.new_page('資料２')
d.text(BODY_X, '諮問第３号', 'ff2')
d.advance(); d.skip(2)
d.text(BODY_X, '東大阪市個人情報保護審議会')
d.advance()
d.text(BODY_X, '会長\t様')
d.advance()
d.right('令和３年11月18日')
d.right('東大阪市長')
d.skip(2)
d.centered('オンライン結合の実施について（諮問）')
d.para('東大阪市個人情報保護条例第14条第１項の規定により、下記の事項について審議会の意見を求めます。')
d.centered('記', font='ff1', size='fs1', px=10.5)
d.row('1', '件名', ['介護認定審査会のペーパーレス化に伴う審査会資料共有サービスとのオンライン結合について'],
      label_lines=['件\t\t名'])
d.row('2', '担当部課', ['福祉部\t介護認定課'])
d.row('3', '結合の目的', [('介護認定審査会（以下「審査会」という。）の委員に事前に送付している審査会資料を、'
                          '紙から電子データに切り替え、クラウド上の資料共有サービスを通じて配信することにより、'
                          '資料の印刷及び郵送に伴う紛失・誤送付のおそれをなくすとともに、審査の迅速化を図る。', 1, 0)])
d.row('4', '結合先', ['審査会資料共有サービス「ケアボード」',
                      '（提供事業者：株式会社エスケア・システムズ）'],
      label_lines=['結\t合\t先'])
d.row('5', '結合の開始時期', ['令和４年４月１日（予定）'])
d.row('6', '結合に係る個人情報の項目', [
    ('【審査対象者】審査会用整理番号、年齢、性別、前回の要介護度、一次判定結果、認定調査票の特記事項、'
     '主治医意見書の記載内容、認知症高齢者の日常生活自立度', 0, 0),
    ('※\t氏名、住所及び被保険者番号は、マスキング処理により削除した上で登録するため、結合先には送信されない。', 0, 1)])
d.row('7', '結合の方法', [('介護認定課において、市の介護認定支援システムから審査会資料のPDFファイルを作成し、'
                          'LGWAN-ASPを経由して結合先のサーバに登録する。審査会委員は、市が貸与するタブレット端末に'
                          'より資料を閲覧する。', 1, 0)])
d.row('8', '記録媒体等', ['結合先のクラウドサーバ、市の介護認定支援システム、市が貸与するタブレット端末',
                          ('※\t紙の審査会資料は作成しない。', 0, 1)])
d.row('9', '個人情報の保護対策', [
    '(1)\t本市における対策',
    ('ア\t資料の登録操作を行う権限は、介護認定課の審査会担当職員に限り付与する。', 0, 1.5),
    ('イ\tタブレット端末の起動時及びサービスへのログイン時には、パスワードと指紋による二要素認証を行う。', 0, 1.5),
    ('ウ\t結合先との通信は、LGWAN-ASPの閉域網を経由し、かつTLSにより暗号化する。', 0, 1.5),
    ('エ\t審査会の終了後、当該審査会に係る資料データは、結合先のサーバから速やかに削除する。', 0, 1.5),
    ('オ\t貸与するタブレット端末は、委員への配付時以外は、介護認定課内の施錠できる保管庫で管理する。', 0, 1.5),
    ('カ\t審査会委員に対し、タブレット端末の取扱い及び個人情報の保護に関する説明会を開催する。', 0, 1.5),
    ('キ\tタブレット端末の紛失・盗難時の連絡体制を定め、発生時には直ちに当該端末の利用を停止する。', 0, 1.5),
    '(2)\t結合先における対策',
    ('ア\tサーバを設置するデータセンターでは、ICカードと生体認証により入退室を管理している。', 0, 1.5),
    ('イ\tサーバへのアクセス記録を取得し、１年間保存している。', 0, 1.5),
    ('ウ\tファイアウォール及び不正侵入検知システムにより、外部からの不正な接続を遮断している。', 0, 1.5),
    ('エ\t登録されたデータは、暗号化した状態で保存している。', 0, 1.5),
    ('オ\tデータのバックアップを毎日取得し、遠隔地のデータセンターに保管している。', 0, 1.5),
    ('カ\tOS及びソフトウェアのセキュリティ更新プログラムを速やかに適用している。', 0, 1.5),
    ('キ\t提供事業者は、情報セキュリティマネジメントシステム（ISMS）の認証を取得している。', 0, 1.5),
    ('ク\t利用契約において、市の承諾なく登録データを第三者に提供しない旨を定める。', 0, 1.5)],
    label_lines=['個人情報の保', '護対策'])
d.row('10', 'その他', [('審査会資料の印刷及び郵送に要していた経費は、年間約180万円の削減を見込んでいる。', 1, 0)],
      label_lines=['そ\tの\t他'])


# --------------------------------------------------------------------------- writer
class Classes:
    """pdf2htmlEX-style class tables: one class per distinct value, hex-numbered."""
    def __init__(self, prefix):
        self.prefix, self.vals = prefix, {}

    def get(self, v):
        if v not in self.vals:
            self.vals[v] = f'{self.prefix}{len(self.vals):x}'
        return self.vals[v]


XS, YS = Classes('x'), Classes('y')
XS.get(0.0)
YS.get(0.0)
GAPS = {'_0': 'margin-left:-1.050000px;', '_1': 'width:1.260000px;', '_2': 'width:5.250000px;',
        '_3': 'width:10.500000px;', '_4': 'width:21.000000px;', '_5': 'width:31.500000px;'}


def span_text(s, seed):
    """Escape, wrap half-width runs in the Latin font, turn tabs into gap spans and add the
    small kerning spans a justified Word line gets."""
    out, i, n = [], 0, 0
    runs = tokens(s)
    for tok in runs:
        if tok == '\t':
            out.append('<span class="_ _3"></span>' if seed % 3 else '<span class="_ _4"></span>')
            continue
        if ord(tok[0]) < 0x2000 and tok not in (' ', '\t'):
            out.append(f'<span class="ff3">{html.escape(tok)}</span>')
        else:
            out.append(html.escape(tok))
        n += len(tok)
        if n % 11 == 0 and len(s) > 20:
            out.append('<span class="_ _0"></span>' if (n + seed) % 2 else '<span class="_ _1"></span>')
    return ''.join(out)


def page_html(pno, page):
    lines = list(page['lines'])
    furn = []
    if page['header']:
        furn.append(Line(62.4, 806.04, HEADER, 'ff1', 'fs0', True))
        furn.append(Line(503.5, 806.04, page['header'], 'ff1', 'fs0', True))
    foot = Line(282.6, 38.16, f'-\t{pno}\t-', 'ff3', 'fs0', True)
    # emission order: header, body top to bottom (left to right on a row), page number last
    lines.sort(key=lambda l: (-l.y, l.x))
    body = []
    for k, l in enumerate(furn + lines + [foot]):
        hcls = {'fs0': 'h2', 'fs1': 'h4', 'fs2': 'h5', 'fs3': 'h6'}[l.size]
        cls = f't m0 {XS.get(l.x)} {hcls} {YS.get(l.y)} {l.font} {l.size} fc0 sc0 ls0 ws0'
        body.append(f'<div class="{cls}">{span_text(l.text, k + pno)}</div>')
    bg = f'<img class="bi x0 y0 w1 h1" alt="" src="bg{pno:x}.png"/>'
    clips = ''
    if page['header'] in ('資料１', '資料２'):
        # the converter leaves empty clip boxes where the table cells were cut
        clips = '<div class="c x0 y0 w2 h7"></div><div class="c x0 y0 w3 h7"></div>'
    return (f'<div id="pf{pno:x}" class="pf w0 h0" data-page-no="{pno:x}">'
            f'<div class="pc pc{pno:x} w0 h0">{bg}{clips}' + ''.join(body) +
            f'</div><div class="pi" data-data=\'{{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}}\'></div></div>')


pages_html = [page_html(i + 1, p) for i, p in enumerate(d.pages)]

css_base = (
    '/* pdf2htmlEX base */#sidebar{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}'
    '#page-container{position:absolute;top:0;left:0;margin:0;padding:0;border:0}'
    '@media screen{#sidebar.opened+#page-container{left:250px}#page-container{bottom:0;right:0;overflow:auto}'
    '.loading-indicator{display:none}}'
    '@media print{@page{margin:0}html{margin:0}body{margin:0;-webkit-print-color-adjust:exact}#sidebar{display:none}'
    '#page-container{width:auto;height:auto;overflow:visible;background-color:transparent}.d{display:none}}'
    '.pf{position:relative;background-color:white;overflow:hidden;margin:0;border:0}'
    '.pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;'
    'transform-origin:0 0;-ms-transform-origin:0 0;-webkit-transform-origin:0 0}'
    '.pc.opened{display:block}.bf{position:absolute;border:0;margin:0;top:0;bottom:0;width:100%;height:100%;'
    '-ms-user-select:none;-moz-user-select:none;-webkit-user-select:none;user-select:none}'
    '.bi{position:absolute;border:0;margin:0;-ms-user-select:none;-moz-user-select:none;-webkit-user-select:none;user-select:none}'
    '.c{position:absolute;border:0;padding:0;margin:0;overflow:hidden;display:block}'
    '.t{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;-ms-transform-origin:0 100%;'
    '-webkit-transform-origin:0 100%;unicode-bidi:bidi-override;-moz-font-feature-settings:"liga" 0}'
    '.t:after{content:\'\'}.t:before{content:\'\';display:inline-block}.t span{position:relative;unicode-bidi:bidi-override}'
    '._{display:inline-block;color:transparent;z-index:-1}::selection{background:rgba(127,255,255,0.4)}'
    '::-moz-selection{background:rgba(127,255,255,0.4)}.pi{display:none}.d{position:absolute;transform-origin:0 100%}'
    '.it{border:0;background-color:rgba(255,255,255,0.0)}.ir:hover{cursor:pointer}'
)
css = [
    '.ff0{font-family:sans-serif;visibility:hidden;}',
    '@font-face{font-family:ff1;src:url(f1.woff)format("woff");}.ff1{font-family:ff1;line-height:0.859000;font-style:normal;font-weight:normal;visibility:visible;}',
    '@font-face{font-family:ff2;src:url(f2.woff)format("woff");}.ff2{font-family:ff2;line-height:0.859000;font-style:normal;font-weight:normal;visibility:visible;}',
    '@font-face{font-family:ff3;src:url(f3.woff)format("woff");}.ff3{font-family:ff3;line-height:0.917969;font-style:normal;font-weight:normal;visibility:visible;}',
    '.m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);-ms-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);-webkit-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}',
    '.v0{vertical-align:0.000000px;}',
    '.ls0{letter-spacing:0.000000px;}',
    '.sc_{text-shadow:none;}',
    '.sc0{text-shadow:-0.015em 0 transparent,0 0.015em transparent,0.015em 0 transparent,0 -0.015em  transparent;}',
    '@media screen and (-webkit-min-device-pixel-ratio:0){.sc_{-webkit-text-stroke:0px transparent;}.sc0{-webkit-text-stroke:0.015em transparent;text-shadow:none;}}',
    '.ws0{word-spacing:0.000000px;}',
]
css += [f'.{k}{{{v}}}' for k, v in GAPS.items()]
css += ['.fc0{color:rgb(0,0,0);}',
        '.fs0{font-size:36.000000px;}', '.fs1{font-size:42.000000px;}', '.fs2{font-size:54.000000px;}',
        '.fs3{font-size:56.000000px;}']
for v, c in sorted(YS.vals.items(), key=lambda kv: int(kv[1][1:], 16)):
    css.append(f'.{c}{{bottom:{v:.6f}px;}}')
css += ['.h0{height:841.890000px;}', '.h7{height:0.750000px;}', '.h1{height:841.890000px;}', '.h2{height:26.718750px;}',
        '.h3{height:29.250000px;}', '.h4{height:31.171875px;}', '.h5{height:40.078125px;}', '.h6{height:41.562500px;}',
        '.w0{width:595.276000px;}', '.w1{width:595.276000px;}', '.w2{width:472.500000px;}', '.w3{width:383.040000px;}']
for v, c in sorted(XS.vals.items(), key=lambda kv: int(kv[1][1:], 16)):
    css.append(f'.{c}{{left:{v:.6f}px;}}')
doc = ('<!DOCTYPE html>\n'
       '<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlEX/pdf2htmlEX) -->\n'
       '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta charset="utf-8"/>\n'
       '<meta name="generator" content="pdf2htmlEX"/>\n'
       '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>\n'
       f'<style type="text/css">\n{css_base}\n</style>\n'
       '<style type="text/css">\n' + '\n'.join(css) + '\n</style>\n'
       '<title>R0311_shingikai_siryou</title>\n</head>\n<body>\n'
       '<div id="sidebar">\n<div id="outline">\n</div>\n</div>\n'
       '<div id="page-container">\n' + '\n'.join(pages_html) + '\n</div>\n'
       '<div class="loading-indicator">\n</div>\n</body>\n</html>\n')

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, 'w', encoding='utf-8') as f:
    f.write(doc)
print(OUT, len(d.pages), 'pages', len(doc), 'bytes')
