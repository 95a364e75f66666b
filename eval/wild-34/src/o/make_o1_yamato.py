#!/usr/bin/env python3
"""Writes raw/o1_yamato_2020.txt: a 議案書 of the 大和市 privacy council saved as plain text
(UTF-8, LF) the way it was printed on line-numbered paper.

Layout
- Every page has 30 body lines.  The left margin is four characters wide: on every fifth
  line it carries the line number, right-aligned in three columns and followed by a space
  ("  5 ", " 10 ", ...); on the other lines it is blank ("    ").  Numbering restarts on
  each page, and unused lines at the foot of a page keep their margin (so lines holding
  only " 25 " or " 30 " occur).
- Above the numbered area each 議案 page repeats its number right-aligned (議案第１０号 /
  議案第１１号); the cover page has none.  Below it, the page number is centred as
  「－ N －」.  Pages are separated by a form feed.
- The body uses the outline 第１ / １ / （１） / ア with full-width digits.  Paragraphs are
  hard-wrapped at 34 full-width characters with Japanese line-start rules and a hanging
  indent, so values wrap in the middle of words, and a continuation line may begin with a
  line number.
- The 特記事項 of 議案第１０号 is printed as 別記 after 議案第１１号, at the end.
"""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw', 'o1_yamato_2020.txt')

WIDTH = 34          # body width in full-width characters
LINES = 30          # numbered lines per page
NO_START = set('、。，．）」』〕】・ー％')
SP = '\u3000'


def zen(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7e:
            out.append(chr(o + 0xfee0))
        elif ch == ' ':
            out.append(SP)
        else:
            out.append(ch)
    return ''.join(out)


def wrap(text, indent, hang):
    """text: one paragraph; indent: full-width spaces before the first line;
    hang: full-width spaces before continuation lines."""
    text = zen(text)
    lines = []
    cur = SP * indent
    i = 0
    while i < len(text):
        ch = text[i]
        if len(cur) == WIDTH:
            if ch in NO_START:
                # push the last character down with the forbidden one
                lines.append(cur[:-1])
                cur = SP * hang + cur[-1]
            else:
                lines.append(cur)
                cur = SP * hang
        cur += ch
        i += 1
    if cur.strip(SP):
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.pages = []      # list of (header, [body lines])
        self.cur = None

    def new_page(self, header):
        self.cur = (header, [])
        self.pages.append(self.cur)

    def put(self, line):
        if len(self.cur[1]) == LINES:
            self.new_page(self.cur[0])
        self.cur[1].append(line)

    def para(self, text, indent=0, hang=None):
        if hang is None:
            hang = indent
        for ln in wrap(text, indent, hang):
            self.put(ln)

    def blank(self, n=1):
        for _ in range(n):
            if len(self.cur[1]) < LINES:
                self.cur[1].append('')

    def render(self):
        out = []
        total = len(self.pages)
        for p, (header, body) in enumerate(self.pages, 1):
            page = []
            page.append((' ' * 58 + header) if header else '')
            page.append('')
            body = body + [''] * (LINES - len(body))
            for n, ln in enumerate(body, 1):
                margin = f'{n:>3} ' if n % 5 == 0 else '    '
                page.append((margin + ln).rstrip())
            page.append('')
            page.append(' ' * 30 + zen(f'－ {p} －').replace(SP, ' '))
            out.append('\n'.join(page))
        return '\n\f'.join(out) + '\n'


# ----------------------------------------------------------------- content
def cover(d):
    d.new_page('')
    d.blank(2)
    d.para('令和2年度第3回大和市個人情報保護審議会', 4)
    d.blank()
    d.para('議　案　書', 13)
    d.blank(2)
    d.para('開催日時　令和2年11月18日（水）午後2時30分から', 2)
    d.para('開催場所　大和市役所本庁舎4階　第2会議室', 2)
    d.blank(2)
    d.para('【付議案件】', 2)
    d.para('議案第10号　高齢者見守り配食サービス事業の業務委託について（諮問）', 2, 9)
    d.para('議案第11号　ひとり親世帯臨時特別給付金の支給に係る個人情報の目的外利用について（報告）', 2, 9)
    d.blank(2)
    d.para('【配付資料】', 2)
    d.para('議案書（本冊）、委員名簿、座席表', 4)
    d.blank(3)
    d.para('事務局　大和市総務部文書法制課', 14)
    d.para('（内線2417・2418）', 14)


def matter10(d):
    H = zen('議案第10号')
    d.new_page(H)
    d.para('議案第10号', 0)
    d.blank()
    d.para('高齢者見守り配食サービス事業の業務委託について（諮問）', 3)
    d.blank()
    d.para('大和市個人情報保護条例（平成11年大和市条例第23号）第14条第2項の規定に'
           'より、次の事項について審議会の意見を求める。', 1, 0)
    d.blank()
    d.para('令和2年11月18日', 20)
    d.para('大和市長', 24)
    d.blank()
    d.para('第1　件名', 0)
    d.para('高齢者見守り配食サービス事業における配食及び安否確認業務の委託について', 2, 2)
    d.para('第2　所管', 0)
    d.para('健康福祉部高齢福祉課', 2)
    d.para('第3　根拠規定', 0)
    d.para('大和市個人情報保護条例第14条第2項（電子計算機による処理を伴う委託）', 2, 2)
    d.para('第4　事業の概要', 0)
    d.para('1　目的', 1)
    d.para('ひとり暮らし等で食事の用意が難しい高齢者の自宅に栄養に配慮した食事を'
           '届け、あわせて手渡しによる安否確認を行うことで、住み慣れた地域での生活の'
           '継続を支える。', 2, 2)
    d.para('2　委託の理由', 1)
    d.para('市内全域に毎日配達するには、調理施設と配達体制を備えた事業者の協力が'
           '欠かせないため、事業の実施を委託する。受託者は、利用者名簿を専用のパソコ'
           'ンで管理し、配達ルートの作成及び配達実績の集計を行う。', 2, 2)
    d.para('第5　委託の内容', 0)
    d.para('1　委託先', 1)
    d.para('株式会社つきみ野ライフサポート（大和市みなみ桜台三丁目7番12号）', 2, 2)
    d.para('2　委託期間', 1)
    d.para('令和3年4月1日から令和4年3月31日まで（令和4年度以降も同様の内容で'
           '委託を継続する予定である。）', 2, 2)
    d.para('3　委託する業務', 1)
    d.para('（1）利用者宅への昼食又は夕食の配達', 1, 4)
    d.para('（2）配達時の安否確認及び異常を認めたときの緊急連絡先への連絡', 1, 4)
    d.para('（3）配達実績の記録及び市への月次報告', 1, 4)
    d.para('（4）配達時に気付いた利用者の様子の変化についての高齢福祉課への連絡', 1, 4)
    d.para('第6　取り扱う個人情報', 0)
    d.para('1　対象者', 1)
    d.para('配食サービスの利用決定を受けた者（令和2年10月末現在　618人）及びその'
           '緊急連絡先', 2, 2)
    d.para('2　記録項目', 1)
    d.para('（1）利用者', 1)
    d.para('氏名、フリガナ、生年月日、性別、住所、電話番号、世帯の状況（ひとり暮'
           'らし、高齢者のみの世帯等の別）、要介護度（要支援1・2を含む。）、かかりつけ'
           '医療機関名、配食を希望する曜日、利用者負担区分', 3, 3)
    d.para('（2）緊急連絡先', 1)
    d.para('氏名、利用者との続柄、電話番号', 3, 3)
    d.para('※　個人番号及び所得に関する情報は、受託者に提供しない。', 2, 4)
    d.para('3　記録媒体', 1)
    d.para('（1）紙（利用者名簿の写し、配達記録票）', 1, 4)
    d.para('（2）USBメモリ（暗号化機能付きのもの。利用者名簿の受渡しに限って使用す'
           'る。）', 1, 4)
    d.para('（3）受託者の事業所に設置する専用のパソコン', 1, 4)
    d.para('※　電子メールによる個人情報の送受信は行わない。', 2, 4)
    d.para('第7　個人情報の保護対策', 0)
    d.para('1　市が講ずる措置', 1)
    d.para('（1）契約上の措置', 1)
    d.para('ア　委託契約書に別記「個人情報取扱特記事項」を付し、受託者にその遵守を'
           '義務付ける。', 3, 4)
    d.para('イ　委託期間中に年1回以上、職員が受託者の事業所に立ち入り、利用者名簿'
           '及び配達記録票の管理状況を実地に確認する。', 3, 4)
    d.para('（2）受渡し時の措置', 1)
    d.para('ア　利用者名簿のデータは暗号化機能付きのUSBメモリに保存し、そのパスワ'
           'ードはUSBメモリを渡す日とは別の日に電話で受託者の取扱責任者に伝える。', 3, 4)
    d.para('イ　USBメモリは、高齢福祉課の窓口で職員が受託者の取扱責任者に直接手渡'
           'し、受渡簿に日時及び受領者を記録する。', 3, 4)
    d.para('2　受託者に講じさせる措置', 1)
    d.para('（1）組織的・人的措置', 1)
    d.para('ア　個人情報の取扱責任者及び取扱従事者を定め、その名簿を市に提出させる。', 3, 4)
    d.para('イ　配達員を含むすべての従事者に、採用時及び毎年1回、個人情報保護に関'
           'する研修を受講させる。', 3, 4)
    d.para('ウ　個人情報の漏えい、紛失等の事故が発生し、又は発生するおそれがあると'
           'きは、直ちに高齢福祉課に報告させる。', 3, 4)
    d.para('エ　本業務に係る個人情報の取扱いは、他の事業者に再委託させない。', 3, 4)
    d.para('（2）物理的措置', 1)
    d.para('ア　利用者名簿の写し及び配達記録票は、事業所内の施錠できる保管庫に保管'
           'させる。', 3, 4)
    d.para('イ　配達員が事業所の外へ持ち出す配達記録票は当日の配達分に限らせ、配達'
           'が終わり次第、事業所に戻させる。', 3, 4)
    d.para('ウ　委託期間の満了後は、USBメモリを市に返却させ、パソコン内の利用者情'
           '報を復元できない方法で消去させた上で、消去証明書を提出させる。', 3, 4)
    d.para('（3）技術的措置', 1)
    d.para('ア　利用者情報を扱う専用のパソコンは、インターネットその他の外部のネッ'
           'トワークに接続させない。', 3, 4)
    d.para('イ　専用のパソコンへのログインは、従事者ごとに付与した利用者IDとパスワ'
           'ードにより認証させる。', 3, 4)
    d.para('ウ　専用のパソコンにウイルス対策ソフトウェアを導入させ、定義ファイルを'
           '常に最新の状態に保たせる。', 3, 4)
    d.para('エ　専用のパソコンの操作ログを取得させ、取扱責任者に月1回点検させる。', 3, 4)
    d.para('第8　その他', 0)
    d.para('個人情報取扱特記事項の内容は、末尾の別記のとおりである。', 2, 2)


def matter11(d):
    H = zen('議案第11号')
    d.new_page(H)
    d.para('議案第11号', 0)
    d.blank()
    d.para('ひとり親世帯臨時特別給付金の支給に係る個人情報の目的外利用について（報告）', 3, 3)
    d.blank()
    d.para('次のとおり個人情報を目的外に利用したので報告する。本件は、大和市個人情'
           '報保護条例第10条第2項第6号に該当するが、給付金を速やかに支給する必要'
           'があったため審議会の意見を聴く前に利用を開始したものであり、同条第5項の'
           '規定により報告するものである。', 1, 0)
    d.blank()
    d.para('第1　件名', 0)
    d.para('ひとり親世帯臨時特別給付金の支給に係る個人情報の目的外利用について', 2, 2)
    d.para('第2　所管', 0)
    d.para('こども部子育て支援課', 2)
    d.para('第3　根拠規定', 0)
    d.para('大和市個人情報保護条例第10条第2項第6号', 2, 2)
    d.para('第4　目的外利用の内容', 0)
    d.para('1　利用の目的', 1)
    d.para('新型コロナウイルス感染症の影響により子育てと仕事を一人で担う世帯の負担'
           'が増していることから、国の制度に基づき支給するひとり親世帯臨時特別給付'
           '金（基本給付及び追加給付）について、支給対象者の抽出、支給額の算定及び'
           '口座振込の事務に利用する。', 2, 2)
    d.para('2　利用する個人情報（保有課及び記録項目）', 1)
    d.para('（1）市民経済部市民課（住民基本台帳）', 1, 4)
    d.para('氏名、生年月日、住所、世帯主との続柄、転入年月日', 3, 3)
    d.para('（2）こども部子育て支援課（児童扶養手当受給者台帳）', 1, 4)
    d.para('受給者番号、支給区分（全部支給又は一部支給の別）、対象児童数、振込先口座'
           '（金融機関名、支店名及び口座番号）', 3, 3)
    d.para('（3）財務部市民税課（市民税課税台帳）', 1, 4)
    d.para('合計所得金額（令和元年中）、扶養親族の数', 3, 3)
    d.para('※　生活保護の受給状況その他の福祉に関する情報は利用しない。', 2, 4)
    d.para('3　利用する課', 1)
    d.para('こども部子育て支援課', 2)
    d.para('4　利用期間', 1)
    d.para('令和2年7月27日から令和3年3月31日まで', 2, 2)
    d.para('5　記録媒体', 1)
    d.para('（1）住民情報システム及び児童扶養手当システム（子育て支援課の端末から操'
           '作）', 1, 4)
    d.para('（2）紙（支給対象者一覧表）', 1, 4)
    d.para('※　外部記録媒体への書き出しは行っていない。', 2, 4)
    d.para('第5　個人情報の保護措置', 0)
    d.para('1　管理体制', 1)
    d.para('ア　利用した情報は給付金の支給事務に限って用い、他の事務には一切使用し'
           'ない。', 3, 4)
    d.para('イ　事務に従事する職員（会計年度任用職員を含む。）に対し、事務の開始前'
           'に個人情報の取扱いに関する研修を行った。', 3, 4)
    d.para('2　技術的措置', 1)
    d.para('ア　抽出した支給対象者のデータは、子育て支援課の担当職員だけが閲覧でき'
           'るよう権限を設定した庁内ネットワーク上のフォルダに保存した。', 3, 4)
    d.para('イ　住民情報システムの照会は、職員ごとのIDとパスワードによる認証を経て'
           '行い、照会の履歴はシステムに自動で記録される。', 3, 4)
    d.para('3　物理的措置', 1)
    d.para('ア　出力した支給対象者一覧表は、使用するとき以外は施錠したキャビネット'
           'に保管し、支給事務の終了後にシュレッダーで裁断する。', 3, 4)


def annex(d):
    H = zen('議案第10号')
    d.new_page(H)
    d.para('別記（議案第10号関係）', 0)
    d.blank()
    d.para('個人情報取扱特記事項', 8)
    d.blank()
    arts = [
        ('基本的事項', '受託者は、本契約の履行に当たっては、個人情報の保護が個人の権利利益を守る上で'
                   '重要であることを認識し、その取扱いを適正に行わなければならない。'),
        ('秘密の保持', '受託者は、本契約による業務を通じて知ることができた個人情報を、みだりに他人'
                   'に知らせてはならない。本契約が終了し、又は解除された後においても、同様とする。'),
        ('収集の制限', '受託者は、業務のために個人情報を収集するときは、業務の目的の達成に必要な範囲'
                   'で、適法かつ公正な手段によらなければならない。'),
        ('目的外利用及び提供の禁止', '受託者は、委託者の指示がある場合を除き、本契約による業務で取り扱う'
                   '個人情報を当該業務以外の目的に用い、又は第三者に渡してはならない。'),
        ('複写及び複製の禁止', '受託者は、委託者の承諾がある場合を除き、委託者から引き渡された個人'
                   '情報が記録された資料等を複写し、又は複製してはならない。'),
        ('再委託の禁止', '受託者は、本契約による業務を自ら行うものとし、第三者にその処理を委託して'
                   'はならない。ただし、あらかじめ委託者が書面により承諾したときは、この限りでない。'),
        ('持出しの禁止', '受託者は、委託者の承諾を得ないで、個人情報が記録された資料等を委託者が指'
                   '定する作業場所から持ち出してはならない。'),
        ('安全管理', '受託者は、個人情報が記録された資料等を施錠のできる保管庫に収納するなど、個人'
                   '情報の漏えい、滅失及びき損を防ぐために必要な措置を講じなければならない。'),
        ('資料等の返還等', '受託者は、業務が終了したときは、委託者から引き渡された資料等を直ちに返還'
                   'し、又は委託者の指示により消去し、若しくは廃棄しなければならない。消去し、又は廃棄'
                   'したときは、その旨を書面で委託者に報告しなければならない。'),
        ('調査及び報告', '委託者は、必要と認めるときは、受託者に個人情報の取扱状況の報告を求め、'
                   '又は職員を受託者の事業所に立ち入らせて調査させることができる。'),
        ('従事者の教育', '受託者は、業務に従事する者に対し、在職中はもとより退職した後も業務を通じ'
                   'て知った個人情報を他人に知らせてはならないことその他個人情報の保護に必要な事項を'
                   '教育しなければならない。'),
        ('事故発生時の報告', '受託者は、この特記事項に反する事態が生じ、又は生じるおそれがあると知'
                   'ったときは、速やかに委託者に報告し、その指示に従わなければならない。'),
        ('契約の解除', '委託者は、受託者がこの特記事項に違反したときは、本契約を解除することができる。'),
        ('損害賠償', '受託者は、この特記事項に違反したことにより委託者又は第三者に損害を与えたとき'
                   'は、その損害を賠償しなければならない。'),
    ]
    for n, (head, body) in enumerate(arts, 1):
        d.para(f'（{head}）', 0)
        d.para(f'第{n}条　{body}', 0, 1)


def main():
    d = Doc()
    cover(d)
    matter10(d)
    matter11(d)
    annex(d)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(d.render())


if __name__ == '__main__':
    main()
