#!/usr/bin/env python3
"""Writes raw/r2_nagaoka_2017.txt: a Word table pasted as text with box-drawing
characters (UTF-8, LF).  Cell contents are hard-wrapped inside the box the way a
fixed-pitch paste looks; every character is full-width so the box stays aligned
in a Japanese fixed-pitch font."""
import os
import unicodedata

OUT = os.path.join(os.path.dirname(__file__), '..', 'raw', 'r2_nagaoka_2017.txt')

LW = 6    # label column width in full-width characters
CW = 30   # content column width in full-width characters
NO_START = set('、。，．）」』〕】・ー')  # kinsoku: may not begin a line

def zen(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7e:
            out.append(chr(o + 0xfee0))
        elif ch == ' ':
            out.append('\u3000')
        else:
            out.append(ch)
    return ''.join(out)

def wrap(text, width, indent=0):
    """Hard-wrap a paragraph; continuation lines get `indent` full-width spaces."""
    lines = []
    cur = ''
    avail = width
    i = 0
    while i < len(text):
        ch = text[i]
        if len(cur) == avail:
            # kinsoku: if ch may not begin a line, push the last char down
            if ch in NO_START and len(cur) > 1:
                k = 1
                while cur[-k] in NO_START and k < len(cur) - 1:
                    k += 1
                lines.append(cur[:-k])
                cur = '\u3000' * indent + cur[-k:]
            else:
                lines.append(cur)
                cur = '\u3000' * indent
            avail = width
        cur += ch
        i += 1
    if cur:
        lines.append(cur)
    return lines

def cell_lines(paras, width):
    out = []
    for p in paras:
        if isinstance(p, tuple):
            text, indent = p
        else:
            text, indent = p, 0
        out.extend(wrap(zen(text), width, indent))
    return out

def pad(s, width):
    return s + '\u3000' * (width - len(s))

def table(rows):
    top = '┏' + '━' * LW + '┳' + '━' * CW + '┓'
    mid = '┣' + '━' * LW + '╋' + '━' * CW + '┫'
    bot = '┗' + '━' * LW + '┻' + '━' * CW + '┛'
    out = [top]
    for n, (label, paras) in enumerate(rows):
        ll = cell_lines([label], LW)
        cl = cell_lines(paras, CW)
        h = max(len(ll), len(cl))
        ll += [''] * (h - len(ll))
        cl += [''] * (h - len(cl))
        for a, b in zip(ll, cl):
            out.append('┃' + pad(a, LW) + '┃' + pad(b, CW) + '┃')
        out.append(mid if n < len(rows) - 1 else bot)
    return out

M1 = [
    ('件名', ['健康診査結果通知書の作成及び発送業務の委託について']),
    ('根拠条文', ['長岡市個人情報保護条例第13条第3項']),
    ('担当課', ['福祉保健部　健康課']),
    ('委託の内容', ['特定健康診査及び後期高齢者健康診査を受診した者に結果を通知するため、健診機関から提出された結果データを基に結果通知書を印刷し、封入・封かんを行い、郵便局に差し出すまでの一連の作業']),
    ('委託先', ['一般財団法人越後健康管理協会']),
    ('委託期間', ['平成30年4月1日から平成31年3月31日まで', '（平成31年度以降も同様に委託する予定）']),
    ('取り扱う個人情報', ['受診者の氏名、住所、生年月日、性別、被保険者番号、受診日、受診会場、検査結果（身長、体重、血圧、血液検査等の値）、総合判定、保健指導レベル']),
    ('記録媒体', ['紙（結果通知書）、CD-R（市から受託者への結果データの引渡し用）、受託者の印刷管理サーバ']),
    ('個人情報の保護対策', [
        '〔市が行う対策〕',
        ('①委託契約書に「個人情報取扱特記事項」を付し、長岡市個人情報保護条例の規定を守る義務を受託者に負わせる。', 1),
        ('②結果データを記録したCD-Rは暗号化し、復号のためのパスワードは、CD-Rとは別の日に書面で通知する。', 1),
        ('③CD-Rは、健康課の職員が受託者の事業所に持参し、受領書と引換えに渡す。', 1),
        ('④委託期間中に1回以上、受託者の事業所への立入検査を行う。', 1),
        '〔受託者に行わせる対策〕',
        ('①個人情報取扱責任者を置かせ、作業に従事する者の名簿を市に提出させる。', 1),
        ('②印刷管理サーバは、外部のネットワークと接続しない独立した環境に設置させる。', 1),
        ('③印刷管理サーバへのログインは、作業従事者ごとに発行したIDとパスワードにより認証させる。', 1),
        ('④作業室の出入りはICカードで管理させ、入退室の記録を残させる。', 1),
        ('⑤印刷した通知書の枚数を対象者数と突き合わせ、過不足がないことを確認させる。', 1),
        ('⑥サーバにはウイルス対策ソフトを導入させ、パターンファイルを随時更新させる。', 1),
        ('⑦業務終了後、サーバ上の結果データを消去させ、消去証明書を提出させる。', 1),
        ('⑧CD-Rは、業務終了後速やかに市に返却させる。', 1),
        ('⑨作業開始前に作業手順書を提出させ、その内容を市が確認する。', 1),
    ]),
]

M2 = [
    ('件名', ['認知症高齢者等の行方不明時における事前登録情報の外部提供について']),
    ('根拠条文', ['長岡市個人情報保護条例第9条第2項第5号']),
    ('担当課', ['福祉保健部　高齢者支援課']),
    ('事業の概要', [
        '認知症等により行方不明となるおそれのある高齢者について、家族等の申請により、身体的特徴や顔写真等をあらかじめ市に登録してもらい、行方不明となった際に警察署及び協力事業者へ情報を提供して早期の発見・保護につなげる「ながおか見守りSOSネットワーク」を開始する。',
        '登録者本人は認知症のため提供について同意を示すことが困難な場合が多いことから、家族等の申請に基づき提供することについて、審議会の意見を求めるものである。',
    ]),
    ('提供先', ['長岡警察署、市と協定を締結した協力事業者（タクシー事業者、路線バス事業者、郵便局、コンビニエンスストア等）']),
    ('提供する個人情報', [
        '《登録者》',
        '氏名、性別、生年月日、住所、身体的特徴（身長、体格、髪型等）、顔写真、認知症の症状、要介護度、行方不明時に立ち寄る可能性のある場所',
        '《家族等》',
        '氏名、電話番号',
    ]),
    ('提供の方法', ['平常時は、登録票の写し（紙）を長岡警察署へ提供する。行方不明の届出があったときは、登録情報及び顔写真を電子メールで協力事業者に一斉に送信する。']),
    ('提供の開始', ['平成30年4月1日から']),
    ('個人情報の保護対策', [
        '〔市が行う対策〕',
        ('①提供先と個人情報の取扱いに関する協定を結び、捜索以外の目的での利用及び第三者への提供を禁止する。', 1),
        ('②電子メールによる送信は、協力事業者があらかじめ届け出た専用のアドレスに限り、送信前に職員2名で宛先を確認する。', 1),
        ('③顔写真等を添付するファイルにはパスワードを設定し、パスワードは電話で別途伝える。', 1),
        ('④協力事業者には、捜索が終了した時点で受信した情報を削除させ、印刷した紙は細断させる。', 1),
        ('⑤協力事業者の従業員を対象とした説明会を開き、情報の取扱いについて周知する。', 1),
        ('⑥協力事業者には、受信した情報の複写及び複製を禁止する。', 1),
    ]),
]

def main():
    L = []
    L.append('\u3000' * 26 + '資料２')
    L.append('平成２９年度第３回長岡市個人情報保護審議会')
    L.append('\u3000' * 20 + '平成３０年２月１４日（水）')
    L.append('\u3000' * 20 + '長岡市総務部庶務課')
    L.append('')
    L.append('')
    L.append('１　報告事項')
    L.append('')
    L.append('　個人情報取扱事務の委託について、長岡市個人情報保護条例第１３条第３項の規定により、次のとおり報告します。')
    L.append('')
    L.extend(table(M1))
    L.append('')
    L.append('')
    L.append('２　諮問事項')
    L.append('')
    L.append('　個人情報の外部提供について、長岡市個人情報保護条例第９条第２項第５号の規定により、審議会の意見を求めます。')
    L.append('')
    L.extend(table(M2))
    L.append('')
    L.append('\u3000' * 28 + '以上')
    L.append('')
    text = '\n'.join(L)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)

if __name__ == '__main__':
    main()
