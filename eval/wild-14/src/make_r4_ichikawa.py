#!/usr/bin/env python3
"""Writes raw/r4_ichikawa_2016.md: Markdown as pandoc writes it from a Word file
(grid tables with multi-line cells, headings, footnotes, Toc anchors).  Cell text is
hard-wrapped by display width (wide characters count 2), as pandoc does."""
import os
import re
import unicodedata

OUT = os.path.join(os.path.dirname(__file__), '..', 'raw', 'r4_ichikawa_2016.md')

W1, W2 = 18, 56   # inner display widths of the two columns

def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'FWA' and ord(c) > 0x7f else 1 for c in s)

NO_START = set('、。）」』〕】・ー')

def units(text):
    """Break opportunities as pandoc has them: between wide characters, never inside
    a run of ASCII (DVD-R, LGWAN) or a footnote reference [^2]."""
    return re.findall(r'\[\^\d+\]|[!-~]+|.', text)

def wrap(text, width, indent=''):
    lines, cur = [], []          # cur: list of units
    for u in units(text):
        if dw(''.join(cur) + u) > width:
            if u[0] in NO_START and len(cur) > 1:
                k = 1
                while cur[-k][0] in NO_START and k < len(cur) - 1:
                    k += 1
                lines.append(''.join(cur[:-k]))
                cur = ([indent] if indent else []) + cur[-k:]
            else:
                lines.append(''.join(cur))
                cur = [indent] if indent else []
        cur.append(u)
    if cur:
        lines.append(''.join(cur))
    return lines

def cell(paras, width):
    """paras: list of str (paragraph) or ('-', str) bullet or ('1.', str) numbered.
    Blocks are separated by a blank line as pandoc does inside grid cells, except
    between items of the same list."""
    out = []
    prev = None
    for p in paras:
        kind = 'item' if isinstance(p, tuple) else 'para'
        if prev is not None and not (kind == 'item' and prev == 'item'):
            out.append('')
        if kind == 'item':
            mark, text = p
            head = mark + ' ' * (4 - len(mark))
            ls = wrap(text, width - 4, '')
            out.append(head + ls[0])
            out.extend('    ' + l for l in ls[1:])
        else:
            out.extend(wrap(p, width))
        prev = kind
    return out

def sep(ch='-'):
    return '+' + ch * (W1 + 2) + '+' + ch * (W2 + 2) + '+'

def row(a, b):
    la, lb = cell(a, W1), cell(b, W2)
    h = max(len(la), len(lb))
    la += [''] * (h - len(la))
    lb += [''] * (h - len(lb))
    return ['| ' + x + ' ' * (W1 - dw(x)) + ' | ' + y + ' ' * (W2 - dw(y)) + ' |' for x, y in zip(la, lb)]

def grid(rows):
    out = [sep()]
    out += row(['項目'], ['内容'])
    out.append(sep('='))
    for a, b in rows:
        out += row(a, b)
        out.append(sep())
    return out

M1 = [
    (['件名'], ['社会保障・税番号制度に係る情報提供ネットワークシステムとの接続について']),
    (['根拠規定'], ['市川市個人情報保護条例第16条第2項']),
    (['担当課'], ['総務部情報システム課']),
    (['結合先'], ['情報提供ネットワークシステム（行政手続における特定の個人を識別するための番号の利用等に関する法律第21条の規定により総務大臣が設置し、管理するもの）']),
    (['結合の目的'], ['番号法に基づく情報連携により、他の行政機関等との間で特定個人情報を照会し、又は提供することで、各種申請の際に住民が提出する添付書類を省略し、手続の負担を軽減する。']),
    (['結合により照会・提供する個人情報'], [
        ('-', '宛名情報：氏名、生年月日、性別、住所、団体内統合宛名番号'),
        ('-', '地方税関係情報：所得金額、課税額'),
        ('-', '福祉関係情報：児童手当の受給状況、生活保護の受給状況、身体障害者手帳の等級、要介護度'),
    ]),
    (['記録媒体'], ['団体内統合宛名システム（市のサーバ）、中間サーバー（地方公共団体情報システム機構が運用する中間サーバー・プラットフォーム）']),
    (['結合の開始'], ['平成29年1月16日から']),
    (['保護対策'], [
        ('1.', '中間サーバーとの通信には、インターネットから分離された総合行政ネットワーク（LGWAN）[^1]を用いる。'),
        ('2.', '通信の内容は全て暗号化される。'),
        ('3.', '情報照会の権限は、当該事務を担当する職員に限り、その事務の範囲内でのみ付与する。'),
        ('4.', '端末へのログインは、職員ICカードとパスワードの二要素により認証する。'),
        ('5.', '照会及び提供の記録は7年間保存し、情報システム課が不正な照会の有無を毎月点検する。'),
        ('6.', '番号制度に関わる事務に従事する職員全員に、特定個人情報の取扱いに関する研修を年1回実施する。'),
    ]),
]

M2 = [
    (['件名'], ['特定健康診査未受診者に対する受診勧奨業務の委託について']),
    (['根拠規定'], ['市川市個人情報保護条例第15条第2項']),
    (['担当課'], ['市民部国民健康保険課']),
    (['委託先'], ['株式会社ヘルスケア・アナリティクス']),
    (['委託の内容'], ['国民健康保険の被保険者のうち特定健康診査の未受診者について、過去の受診状況や健診結果を分析して勧奨の優先度を判定し、対象者の特性に応じた勧奨通知書を作成する。']),
    (['委託期間'], ['平成28年8月1日～平成29年3月31日']),
    (['取り扱う個人情報'], ['被保険者の被保険者証記号番号、氏名、性別、年齢、住所、過去5年間の受診年度、前年度の健診結果[^2]、服薬の有無[^3]、勧奨区分']),
    (['記録媒体'], ['DVD-R、受託者の分析用サーバ、勧奨通知書（紙）']),
    (['保護対策'], [
        '**【市が行う対策】**',
        ('1.', '契約書に個人情報の取扱いに関する特記事項を付す。'),
        ('2.', 'DVD-Rのデータは暗号化し、復号用パスワードは別送する。'),
        ('3.', '受託者とのDVD-Rの受渡しの際は、その都度授受簿に記録する。'),
        '**【受託者に行わせる対策】**',
        ('1.', '分析用サーバは、受託者の社内ネットワークから切り離した専用環境に置かせる。'),
        ('2.', '分析用サーバの操作ログを取得させ、不審な操作の有無を点検させる。'),
        ('3.', '分析作業に従事する者を3名以内に限定させる。'),
        ('4.', '作業終了後、サーバ上のデータを消去させ、消去証明書を提出させる。'),
        ('5.', '個人情報保護に関する社内研修を受講した者のみを作業に従事させる。'),
        ('6.', '作業は、ISMS認証を取得している事業所で行わせる。'),
        ('7.', '個人情報の取扱状況を毎月書面で報告させる。'),
    ]),
]

def main():
    L = []
    L.append('[]{#_Toc463581201 .anchor}**平成28年度第2回市川市個人情報保護審議会　資料**')
    L.append('')
    L.append('平成28年10月24日')
    L.append('')
    L.append('市川市総務部総務課')
    L.append('')
    L.append('# 1　諮問事項')
    L.append('')
    L.append('## []{#_Toc463581202 .anchor}諮問第5号　社会保障・税番号制度に係る情報提供ネットワークシステムとの接続について')
    L.append('')
    L.append('社会保障・税番号制度の情報連携の開始に伴い、市のシステムを情報提供ネットワークシステムに接続するため、市川市個人情報保護条例第16条第2項の規定により諮問する。')
    L.append('')
    L += grid(M1)
    L.append('')
    L.append('# 2　報告事項')
    L.append('')
    L.append('## []{#_Toc463581203 .anchor}報告第7号　特定健康診査未受診者に対する受診勧奨業務の委託について')
    L.append('')
    L += grid(M2)
    L.append('')
    L.append('## []{#_Toc463581204 .anchor}報告第8号　犯罪被害者等見舞金の支給に係る本人以外からの個人情報の収集について')
    L.append('')
    L.append('**1　概要**')
    L.append('')
    L.append('市では、平成28年4月に施行した市川市犯罪被害者等支援条例に基づき、犯罪行為により死亡し、又は重傷病を負った市民及びその遺族に対し、見舞金を支給している。支給の審査に当たっては、犯罪被害の事実を確認する必要があるため、申請者の同意を得た上で、所轄の警察署から被害の状況等の情報を収集することとした。本人以外からの収集に当たるため、市川市個人情報保護条例第7条第2項第3号の規定により報告する。担当は、市民生活部地域安全課である。')
    L.append('')
    L.append('**2　収集する情報等**')
    L.append('')
    L.append('収集する情報は、被害者の氏名、住所、生年月日、被害の状況（犯罪の種別、被害を受けた日時及び場所、負傷の程度）、被害届の受理の有無並びに申請者の氏名、住所、被害者との続柄である。収集は平成28年12月1日から行う。収集した情報は、紙の調書に記録するほか、地域安全課の相談記録システムに入力する。')
    L.append('')
    L.append('**3　保護対策**')
    L.append('')
    L.append('警察署への照会は、申請者から同意書を徴した上で行い、照会する事項は見舞金の支給の判断に必要な範囲にとどめる。調書は、地域安全課の施錠できるキャビネットで保管する。')
    L.append('')
    L.append('相談記録システムで被害の状況を閲覧できる者は、見舞金の事務を担当する職員に限る。また、警察署との文書の受渡しは、担当職員が持参して手渡しで行う。')
    L.append('')
    L.append('[^1]: 地方公共団体を相互に接続する行政専用のネットワーク')
    L.append('')
    L.append('[^2]: 血圧、血糖、脂質等の検査値に限る。')
    L.append('')
    L.append('[^3]: 問診票の「血圧を下げる薬」等の設問への回答による。')
    L.append('')
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L))

if __name__ == '__main__':
    main()
