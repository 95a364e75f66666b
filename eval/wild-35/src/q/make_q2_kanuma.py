#!/usr/bin/env python3
"""Generates raw/q2_kanuma_2023.txt: a ruled council form of the 鹿沼市個人情報保護審議会
(令和5年度第1回) as `pdftotext -layout` renders it.

No PDF is involved: the layout is written here, imitating what that tool does to a Word
form with Japanese text (each CJK character takes one column; ruling lines vanish; cells
become blocks of text placed at their x position with runs of spaces; a wrapped label cell
and its value cell wrap independently; two cells side by side share text lines; page
breaks become a form feed after the footer).  UTF-8, LF.
All names except 鹿沼市 are invented."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TXT = os.path.join(ROOT, 'raw', 'q2_kanuma_2023.txt')

NO_START = set('、。，．）」』】〕・ー')   # kinsoku: may not begin a line
NO_END = set('（「『【〔')                # may not end a line


def wrap(text, width, hang=0):
    """Wrap text at `width` characters; continuation lines get `hang` leading spaces."""
    lines, cur, w = [], '', width
    for ch in text:
        if len(cur) >= w and ch not in NO_START:
            carry = ''
            while cur and cur[-1] in NO_END:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur = ' ' * hang + carry
            w = width
        cur += ch
    if cur.strip():
        lines.append(cur)
    return lines


LABEL_W = 5      # the label cell holds five characters a line (個人情報の / 項目)
VALUE_AT = 8     # the value cell starts at column 8
VALUE_W = 42


def row(label, value):
    """A label | value form row.  value may hold several paragraphs ('\n')."""
    lab = wrap(label, LABEL_W)
    val = []
    for para in value.split('\n'):
        val += wrap(para, VALUE_W)
    n = max(len(lab), len(val))
    lab += [''] * (n - len(lab))
    val += [''] * (n - len(val))
    return [(l + ' ' * (VALUE_AT - len(l)) + v).rstrip() for l, v in zip(lab, val)]


LEFT_W = 23
RIGHT_AT = 27
RIGHT_W = 23


def column(items, width):
    out = []
    for it in items:
        out += wrap(it, width, hang=2)
    return out


def side_by_side(left, right):
    lc, rc = column(left, LEFT_W), column(right, RIGHT_W)
    n = max(len(lc), len(rc))
    lc += [''] * (n - len(lc))
    rc += [''] * (n - len(rc))
    return [(a + ' ' * (RIGHT_AT - len(a)) + b).rstrip() if b else a for a, b in zip(lc, rc)]


def centred(text, width=52):
    return ' ' * ((width - len(text)) // 2) + text


HEADER = '令和５年度第１回 鹿沼市個人情報保護審議会' + ' ' * 22 + '資料２'


def footer(n):
    return ['', '', ' ' * 24 + f'- {n} -']


# ------------------------------------------------------------------ content
M1_WARD = [
    '１ クラウドの管理画面を利用できる職員は、健康課の母子保健担当に限定する。',
    '２ 管理画面へのログインは、職員ごとのＩＤとワンタイムパスワードによる二要素認証で行う。',
    '３ 予約データは無害化処理を経た上で健康管理システムに取り込み、同システムはインターネットに接続しない。',
    '４ 端末に一時保存する予約データのファイルには、パスワードを設定する。',
    '５ 予約者一覧表は鍵付きの書庫に保管し、保存期間が経過した後はシュレッダーで裁断する。',
    '６ 年１回、事業者から運用状況の報告を書面で受ける。',
]
M1_OP = [
    '１ ＩＳＭＳ（ＩＳＯ／ＩＥＣ２７００１）の認証を受けたデータセンターで運用させる。',
    '２ 通信はＴＬＳ１．２以上で暗号化させ、保存するデータも暗号化させる。',
    '３ ファイアウォール及び不正侵入検知システムにより、外部からの攻撃を防御させる。',
    '４ アクセスログを１年間保存させ、不審なアクセスの有無を監視させる。',
    '５ 予約完了のメールは、送信専用のアカウントから送らせる。',
    '６ データのバックアップを毎日取得させる。',
    '７ 障害又は情報漏えいが発生したときは、直ちに市に報告させる。',
    '８ 契約が終了したときは、市のデータを復元できない方法で消去させ、消去証明書を提出させる。',
    '９ 運用保守の責任者及び従事者を定め、その名簿を提出させる。',
]
M2_WARD = [
    '１ 委託契約書に別紙「個人情報取扱特記事項」を添付する。',
    '２ タブレット端末には、調査員ごとの利用者ＩＤと生体認証によるログインを設定する。',
    '３ 認定調査票の受渡しは介護保険課の窓口で行い、その都度受渡簿に記録する。',
    '４ 受託者の事務所に職員が随時立ち入り、調査票の管理状況を調査する。',
    '５ 調査員に対し、年度当初に個人情報保護に関する研修を行う。',
]
M2_OP = [
    '１ 調査員の中から取扱責任者を指定し、調査員の名簿とともに市に届け出させる。',
    '２ 訪問調査の手順及び調査票の取扱方法を定めた作業手順書を作成させ、業務開始前に市の確認を受けさせる。',
    '３ 認定調査票は、移動中は施錠できるかばんに入れて携行させ、事務所では鍵付きのキャビネットに保管させる。',
    '４ 認定調査票及びタブレット端末は、訪問調査以外の目的で事務所の外に持ち出させない。',
    '５ タブレット端末内の調査データは、市への送信が完了した後に端末から消去させる。',
    '６ 個人情報の漏えい、紛失等の事故が発生したときは、速やかに市に報告させる。',
    '７ 調査員に、業務上知り得た秘密を漏らさないよう誓約書を提出させる。',
    '８ 市の承諾を得ずに調査業務を再委託させない。',
]
ANNEX = [
    ('基本的事項', '受託者は、個人情報の保護に関する法律その他の関係法令を遵守し、この契約に係る個人情報を適正に取り扱わなければならない。'),
    ('秘密の保持', '受託者は、この契約の履行により知り得た個人情報の内容を他に漏らしてはならない。この契約が終了した後においても、同様とする。'),
    ('安全管理', '受託者は、個人情報が記録された資料等を施錠できる場所に保管しなければならない。'),
    ('目的外利用の禁止', '受託者は、この契約の目的以外に個人情報を利用し、又は第三者に提供してはならない。'),
    ('再委託の禁止', '受託者は、市の承諾を得た場合を除き、この契約に係る業務を第三者に委託してはならない。'),
    ('複写等の禁止', '受託者は、市の承諾を得ないで、市から提供された資料等を複写し、又は複製してはならない。'),
    ('持出しの禁止', '受託者は、市の指示又は承諾がある場合を除き、個人情報を作業場所から持ち出してはならない。'),
    ('資料等の返還', '受託者は、業務の終了後、市から提供を受けた資料等を速やかに市に返還しなければならない。'),
    ('従事者の教育', '受託者は、業務に従事する者に対し、個人情報の保護に関して必要な教育を行わなければならない。'),
    ('事故の報告', '受託者は、個人情報の漏えい、滅失その他の事故が発生したときは、直ちに市に報告し、その指示に従わなければならない。'),
    ('検査', '市は、必要に応じて、受託者の事務所に立ち入り、個人情報の管理状況を検査することができる。'),
    ('損害賠償', '受託者は、この特記事項に違反して市又は第三者に損害を与えたときは、その損害を賠償しなければならない。'),
]
ZEN = '０１２３４５６７８９'


def zen(n):
    return ''.join(ZEN[int(c)] for c in str(n))


def build():
    p1 = [HEADER, '',
          centred('個人情報の取扱いに係る諮問事項及び報告事項'),
          '',
          ' １ 諮問事項 乳幼児健康診査のＷｅｂ予約導入に伴う予約管理クラウドサービスと',
          '            の外部結合について',
          ' ２ 報告事項 要介護認定に係る訪問調査業務の委託について',
          '',
          ' ' * 28 + '（事務局 総務部総務課 文書法制係）',
          '',
          '諮問事項']
    p1 += row('諮問番号', '諮問第１号')
    p1 += row('件名', '乳幼児健康診査のＷｅｂ予約導入に伴う予約管理クラウドサービスとの外部結合について')
    p1 += row('担当部課', '保健福祉部 健康課')
    p1 += row('根拠規定', '鹿沼市個人情報の保護に関する法律施行条例第６条第１項第２号')
    p1 += row('結合先', 'すくすく予約クラウド（提供事業者：株式会社ノースリンク栃木）')
    p1 += row('結合の目的', '４か月児・１歳６か月児・３歳児健康診査の予約を、保護者がスマートフォン等から行えるようにし、集団健診の待ち時間の短縮と受付事務の効率化を図る。')
    p1 += row('結合開始日', '令和５年１０月２日（令和６年度以降も継続して利用する。）')
    p1 += row('個人情報の項目', '【乳幼児】氏名、フリガナ、生年月日、性別、出生時の体重、在胎週数、予防接種の接種歴、既往歴\n'
                            '【保護者】氏名、住所、電話番号、メールアドレス\n'
                            '【予約情報】予約日時、健診の種別、受付番号\n'
                            '※母子健康手帳の写しは取得しない。')
    p1 += row('記録媒体', 'クラウドサービス上のデータベース、健康管理システム（庁内端末）、電子メール（予約完了の通知）、紙（健診日ごとの予約者一覧表）')
    p1 += [centred('個人情報の保護措置'),
           '         市が講ずる措置' + ' ' * 12 + '事業者に講じさせる措置']
    p1 += side_by_side(M1_WARD, M1_OP)
    p1 += ['', '報告事項']
    p1 += row('報告番号', '報告第２号')
    p1 += row('件名', '要介護認定に係る訪問調査業務の委託について')
    p1 += row('担当部課', '保健福祉部 介護保険課')
    p1 += row('根拠規定', '鹿沼市個人情報の保護に関する法律施行条例第６条第３項')
    p1 += row('委託先', '一般社団法人下野ケアサポート協会（鹿沼市千渡２１５０番地８）')
    p1 += row('委託期間', '令和５年６月１日から令和６年３月３１日まで')
    p1 += row('委託の内容', '要介護認定の新規申請及び更新申請に係る訪問調査の実施並びに認定調査票の作成（区分変更申請に係るものを除く。）')
    p1 += row('個人情報の項目', '【申請者】介護保険被保険者番号、氏名、生年月日、年齢、性別、住所、電話番号、現在の要介護度、傷病名、障害者手帳の等級、調査時の心身の状況、調査日、調査場所\n'
                            '【立会人】氏名、続柄、電話番号\n'
                            '※主治医意見書の写しは受託者に提供しない。')
    p1 += row('記録媒体', '紙（認定調査票）、市が貸与するタブレット端末（介護認定支援システム）\n'
                       '受託者のパソコンへの保存は行わせない。')
    p1 += [centred('個人情報の保護措置'),
           '         市が講ずる措置' + ' ' * 12 + '受託者に講じさせる措置']
    sbs = side_by_side(M2_WARD, M2_OP)
    cut = 5                                   # the row breaks across the page here
    p1 += sbs[:cut]
    p1 += footer(1)

    p2 = [HEADER, '']
    p2 += sbs[cut:]
    p2 += ['', '', centred('別紙'), '',
           centred('個人情報取扱特記事項'),
           ' ' * 30 + '（報告第２号の委託契約に添付）', '']
    for i, (head, body) in enumerate(ANNEX, 1):
        p2.append(f'（{head}）')
        p2 += wrap(f' 第{zen(i)} {body}', 50)
    p2 += footer(2)
    pages = ['\n'.join(p1), '\n'.join(p2)]
    return '\n\f'.join(pages) + '\n\f'


def main():
    text = build()
    with open(TXT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    print('wrote', TXT)


if __name__ == '__main__':
    main()
