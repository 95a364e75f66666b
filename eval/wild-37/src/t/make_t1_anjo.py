#!/usr/bin/env python3
"""Builds raw/t1_anjo_2022.pdf.

The document imitates an Excel sheet 「個人情報取扱事務の委託等に関する報告一覧」 that is too
wide for A4 landscape and was printed with Excel's default page order (下へ、そして右へ /
"down, then over"):

  page 1  columns A-E, sheet rows 1-4 and the first lines of row 5
  page 2  columns A-E, print-title row 3, the rest of row 5, rows 6-7 (notes)
  page 3  columns F-K, the same rows as page 1
  page 4  columns F-K, the same rows as page 2
  page 5  a portrait Word page: the 特記事項 annex of matter 1

Row heights are shared by both column bands (an Excel row has one height), so the left band
carries the blank space that the tall safeguard cells of the right band need.  Cell text is
wrapped here, by a fixed number of character cells per column (as Excel's 折り返して全体を
表示 would do), and the HTML prints each line with an explicit <br>, so that Chromium cannot
re-wrap.  Each page's content is set explicitly; the page break falls between two text lines
of sheet row 5 (matter 2), in every column of both bands.

Run:  python3 src/t/make_t1_anjo.py   (writes src/t/t1_anjo_2022.html and raw/t1_anjo_2022.pdf)
"""
import html
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML_OUT = os.path.join(HERE, 't1_anjo_2022.html')
PDF_OUT = os.path.join(ROOT, 'raw', 't1_anjo_2022.pdf')

SHEET_NAME = '報告一覧（R4-2）'

# ------------------------------------------------------------------ geometry (mm)
PAGE_W, PAGE_H = 297.0, 210.0
MARGIN_L, MARGIN_T, MARGIN_B = 18.0, 19.0, 19.0
FONT_PT = 10.0
CHAR_MM = FONT_PT * 25.4 / 72          # one full-width character cell
LINE_MM = 13.5 * 25.4 / 72             # line pitch 13.5pt
PAD_MM = 1.0                           # left+right padding of a cell, each side
ROW_PAD_MM = 1.2                       # vertical padding per sheet row

# column letter -> (chars per line, heading lines)
COLS = {
    'A': (3, ['番号']),
    'B': (15, ['件　名']),
    'C': (8, ['担当部・課']),
    'D': (9, ['区分', '（根拠条項）']),
    'E': (35, ['取り扱う個人情報の項目']),
    'F': (9, ['記録媒体']),
    'G': (9, ['委託先・', '結合先']),
    'H': (9, ['期間']),
    'I': (18, ['市が講ずる保護措置']),
    'J': (18, ['受託者に講じさせる', '保護措置']),
    'K': (6, ['備考']),
}
LEFT = ['A', 'B', 'C', 'D', 'E']
RIGHT = ['F', 'G', 'H', 'I', 'J', 'K']


def col_mm(c):
    return COLS[c][0] * CHAR_MM + 2 * PAD_MM + 1.2


# ------------------------------------------------------------------ wrapping
NO_START = set('、。，．・）」』】〕：:；;,.)]%％')


def cw(ch):
    return 0.6 if unicodedata.east_asian_width(ch) in ('Na', 'H') else 1.0


def wrap(par, width):
    """Wrap one paragraph into lines of at most `width` full-width cells; a closing
    punctuation mark never starts a line (it hangs on the previous one)."""
    lines, cur, w = [], '', 0.0
    for ch in par:
        if w + cw(ch) > width and cur and ch not in NO_START:
            lines.append(cur)
            cur, w = '', 0.0
        cur += ch
        w += cw(ch)
    if cur:
        lines.append(cur)
    return lines or ['']


def cell_lines(c, pars):
    out = []
    for p in pars:
        out.extend(wrap(p, COLS[c][0]))
    return out


# ------------------------------------------------------------------ content
M1 = {
    'A': ['1'],
    'B': ['高齢者配食サービス事業に係る調理・配達及び安否確認業務の委託について'],
    'C': ['福祉部', '高齢福祉課'],
    'D': ['報告', '（業務委託）', '条例第10条第2項'],
    'E': ['【利用者】',
          '氏名、フリガナ、性別、生年月日、住所、電話番号、要介護度、既往歴、'
          '食物アレルギーの有無、配達時の留意事項',
          '【親族等（緊急連絡先）】',
          '氏名、続柄、電話番号',
          '※利用者の所得及び課税の状況は受託者に提供しない。'],
    'F': ['紙（利用者名簿、配達票）',
          '受託者の事業所に設置するパソコン',
          'ＣＤ－Ｒ（名簿データの受渡し用）',
          '※電子メールによる送付は行わない。'],
    'G': ['株式会社三河ハートフルミール', '（安城市東栄町七丁目）'],
    'H': ['令和４年10月１日から令和５年３月31日まで', '（令和５年度以降も同様に委託予定）'],
    'I': ['①委託契約書に個人情報取扱特記事項を添付し、安城市個人情報保護条例を遵守する義務を課す。',
          '②利用者名簿の受渡しは、職員が受託者の取扱責任者に直接手渡し、受渡記録簿に双方が記名する。',
          '③ＣＤ－Ｒに書き込むデータは暗号化し、復号用のパスワードは別途電話で取扱責任者に伝える。',
          '④年度に１回以上、受託者の事業所に立ち入り、名簿の保管状況を確認する。'],
    'J': ['①個人情報取扱責任者及び従事者を定め、その名簿を市に提出する。',
          '②配達票は当日の配達分に限って印刷し、配達後は回収して事業所内のシュレッダーで裁断する。',
          '③紙の名簿は施錠できるキャビネットに保管する。',
          '④配達管理用のパソコンは、ＩＤとパスワードで利用者を認証し、インターネットに接続しない専用機とする。',
          '⑤ウイルス対策ソフトを導入し、定義ファイルを常に最新の状態に保つ。',
          '⑥名簿の紛失、漏えい等の事故が発生したときは、直ちに市に報告し、その指示に従う。',
          '⑦配達員に対し、業務に従事する前に個人情報保護に関する研修を行う。',
          '⑧配達員には配達票のみを携行させ、利用者名簿を事業所の外へ持ち出させない。',
          '⑨個人情報を取り扱う業務は、市の書面による承諾がない限り再委託しない。',
          '⑩契約終了後はパソコン内のデータを消去し、消去証明書を市に提出する。'],
    'K': ['特記事項は別添（5頁）', '直営から委託に変更'],
}

M2 = {
    'A': ['2'],
    'B': ['妊娠の届出及び出産・子育て応援給付金の電子申請受付に伴うマイナポータルとのオンライン結合について'],
    'C': ['子育て健康部', '健康推進課・子育て支援課'],
    'D': ['報告', '（オンライン結合）', '条例第12条第2項'],
    'E': ['（電子申請の入力項目）',
          '【妊婦】',
          '氏名、フリガナ、生年月日、住所、電話番号、メールアドレス※、個人番号、妊娠週数、'
          '出産予定日、過去の妊娠・出産歴、受診中の医療機関名',
          '【配偶者等】',
          '氏名、生年月日、電話番号※',
          '※本人確認はマイナンバーカードの署名用電子証明書により行うが、証明書の内容は市では保存しない。',
          '【給付金の受取口座】',
          '金融機関名、支店名、口座種別、口座番号、口座名義（カナ）'],
    'F': ['マイナポータル（ぴったりサービス）',
          '母子保健システム（ＬＧＷＡＮ接続系端末）',
          '紙（申請内容の出力帳票）',
          '※ＵＳＢメモリ等の外部記録媒体は使用しない。'],
    'G': ['マイナポータル（ぴったりサービス）', '（運営：デジタル庁）'],
    'H': ['令和５年１月10日から', '（結合開始日）'],
    'I': ['①申請データの取得は、インターネットから分離されたＬＧＷＡＮ接続系の専用端末に限って行う。',
          '②専用端末は、職員ごとに付与したＩＤ及びパスワードにより認証を行った上で使用する。',
          '③申請データは暗号化された通信経路で受信し、母子保健システムへの取込み後は専用端末内のファイルを削除する。',
          '④システムの操作履歴を記録し、健康推進課長が毎月確認する。',
          '⑤出力した帳票は鍵のかかる書庫に保管し、保存年限の経過後は溶解処分とする。',
          '⑥専用端末のウイルス対策ソフトのパターンファイルは、自動で更新する。',
          '⑦システム障害又は情報漏えいのおそれがある事案が生じたときは、国の定める手順により対応し、'
          '企画部情報システム課に直ちに報告する。',
          '⑧担当職員には、毎年度、情報セキュリティ研修を受講させる。'],
    'J': ['－', '（結合先は国が運営するシステムのため、受託者に講じさせる措置はない。）'],
    'K': ['新規', '入力画面は国の標準様式'],
}


def row_lines(m):
    return {c: cell_lines(c, m.get(c, [])) for c in COLS}


def row_height_lines(rl):
    return max(len(v) for v in rl.values())


HEADER_LINES = 2
R1 = '令和４年度第２回安城市個人情報保護審議会（令和４年11月17日開催）　資料３'
R2 = '個人情報取扱事務の委託等に関する報告一覧'
R1_RIGHT = '令和４年11月17日'
R2_RIGHT = '事務局：総務部行政課'
NOTES = ['注１　区分欄の条番号は、安城市個人情報保護条例の条番号である。',
         '注２　項目欄の※印は、任意入力の項目を示す。']


# ------------------------------------------------------------------ HTML
CSS = f"""
@page sheet {{ size: 297mm 210mm; margin: 0; }}
@page annex {{ size: 210mm 297mm; margin: 0; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; font-family: 'Noto Sans CJK JP', sans-serif; font-size: {FONT_PT}pt; }}
.page {{ position: relative; overflow: hidden; break-after: page; }}
.page:last-child {{ break-after: auto; }}
.sheet {{ page: sheet; width: {PAGE_W}mm; height: {PAGE_H}mm; }}
.annex {{ page: annex; width: 210mm; height: 297mm; font-family: 'Noto Serif CJK JP', serif; }}
.hdr {{ position: absolute; top: 8mm; left: 0; width: 100%; text-align: center; font-size: 9pt; }}
.ftr {{ position: absolute; bottom: 8mm; left: 0; width: 100%; text-align: center; font-size: 9pt; }}
table.grid {{ position: absolute; left: {MARGIN_L}mm; top: {MARGIN_T}mm; border-collapse: collapse;
             table-layout: fixed; }}
table.grid td {{ padding: {ROW_PAD_MM/2}mm {PAD_MM}mm; vertical-align: top; white-space: nowrap;
                overflow: hidden; line-height: {LINE_MM}mm; border: 0.2mm solid #000; }}
table.grid tr.plain td {{ border: none; }}
table.grid tr.head td {{ background: #d9e1f2; text-align: center; vertical-align: middle; font-weight: bold; }}
table.grid td.num {{ text-align: center; }}
table.grid tr.cut td {{ border-bottom: none; }}
table.grid tr.cont td {{ border-top: none; }}
.title {{ font-size: 13pt; font-weight: bold; }}
.annex .body {{ position: absolute; left: 25mm; top: 22mm; width: 160mm; font-size: 10.5pt; line-height: 1.55; }}
.annex h1 {{ font-size: 14pt; text-align: center; margin: 4mm 0 5mm; }}
.annex .lead {{ margin-bottom: 4mm; }}
.annex .art {{ margin: 0 0 1.6mm; text-indent: -1em; padding-left: 1em; }}
.annex .tag {{ position: absolute; right: 20mm; top: 12mm; border: 0.3mm solid #000; padding: 0.5mm 3mm; }}
"""


def esc_lines(lines):
    return '<br>'.join(html.escape(x) for x in lines) if lines else '&nbsp;'


def td(c, lines, cls=''):
    a = f' class="{cls}"' if cls else ''
    return f'<td{a}>{esc_lines(lines)}</td>'


def colgroup(band):
    return '<colgroup>' + ''.join(f'<col style="width:{col_mm(c):.2f}mm">' for c in band) + '</colgroup>'


def h_mm(n_lines):
    return n_lines * LINE_MM + ROW_PAD_MM + 0.3


def tr(cells, n_lines, cls=''):
    a = f' class="{cls}"' if cls else ''
    return f'<tr{a} style="height:{h_mm(n_lines):.2f}mm">' + ''.join(cells) + '</tr>'


def header_row(band):
    cells = []
    for c in band:
        cells.append(td(c, COLS[c][1]))
    return tr(cells, HEADER_LINES, 'head')


def band_width(band):
    return sum(col_mm(c) for c in band)


def page(band, rows_html, n):
    return (f'<div class="page sheet"><div class="hdr">{html.escape(SHEET_NAME)}</div>'
            f'<table class="grid" style="width:{band_width(band):.2f}mm">{colgroup(band)}'
            + ''.join(rows_html) +
            f'</table><div class="ftr">{n} / 4</div></div>')


def build():
    r4 = row_lines(M1)
    r5 = row_lines(M2)
    n4 = row_height_lines(r4)
    n5 = row_height_lines(r5)
    usable = PAGE_H - MARGIN_T - MARGIN_B
    used = h_mm(1) + h_mm(1.5) + h_mm(HEADER_LINES) + h_mm(n4)
    if used > usable:
        sys.exit(f'row 4 does not fit on page 1 ({used:.1f} > {usable:.1f} mm)')
    # how many lines of row 5 fit on page 1
    k = 0
    while used + h_mm(k + 1) <= usable:
        k += 1
    if k >= n5:
        sys.exit(f'row 5 does not cross the page break (k={k}, n5={n5})')
    rest = n5 - k
    used2 = h_mm(HEADER_LINES) + h_mm(rest) + 2 * h_mm(1)
    if used2 > usable:
        sys.exit('page 2 overflows')
    print(f'row4 {n4} lines; row5 {n5} lines, {k} on page 1, {rest} on page 2', file=sys.stderr)
    for c in COLS:
        print(f'  {c}: row4 {len(r4[c]):2d}  row5 {len(r5[c]):2d}  (split after line {k})', file=sys.stderr)

    pages = []
    for band, p_first, p_second in ((LEFT, 1, 2), (RIGHT, 3, 4)):
        first = []
        # row 1 and row 2: text in A1/A2 (left band) or right-aligned in K1/K2 (right band)
        n_cols = len(band)
        if band is LEFT:
            first.append(tr([f'<td colspan="{n_cols}">{html.escape(R1)}</td>'], 1, 'plain'))
            first.append(tr([f'<td colspan="{n_cols}" class="title">{html.escape(R2)}</td>'], 1.5, 'plain'))
        else:
            first.append(tr([f'<td colspan="{n_cols}" style="text-align:right">{html.escape(R1_RIGHT)}</td>'], 1, 'plain'))
            first.append(tr([f'<td colspan="{n_cols}" style="text-align:right">{html.escape(R2_RIGHT)}</td>'], 1.5, 'plain'))
        first.append(header_row(band))
        first.append(tr([td(c, r4[c], 'num' if c == 'A' else '') for c in band], n4))
        first.append(tr([td(c, r5[c][:k], 'num' if c == 'A' else '') for c in band], k, 'cut'))
        pages.append((p_first, page(band, first, p_first)))

        second = [header_row(band)]
        second.append(tr([td(c, r5[c][k:]) for c in band], rest, 'cont'))
        for note in NOTES:
            if band is LEFT:
                second.append(tr([f'<td colspan="{n_cols}">{html.escape(note)}</td>'], 1, 'plain'))
            else:
                second.append(tr([f'<td colspan="{n_cols}">&nbsp;</td>'], 1, 'plain'))
        pages.append((p_second, page(band, second, p_second)))
    pages.sort()
    body = ''.join(p for _, p in pages) + annex()
    return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
            f'<title>{html.escape(R2)}</title><style>{CSS}</style></head><body>' + body + '</body></html>')


# ------------------------------------------------------------------ annex (page 5)
ANNEX_LEAD = ('この特記事項は、報告一覧の番号１「高齢者配食サービス事業に係る調理・配達及び安否確認業務の委託について」'
              'に係る委託契約書に添付するものである。以下、安城市を「発注者」、受託者を「受注者」という。')
ARTICLES = [
    ('第１条', '基本原則',
     '受注者は、個人情報の保護の重要性を認識し、この契約に基づく業務を実施するに当たっては、'
     '個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('第２条', '秘密の保持',
     '受注者は、業務上知り得た個人情報の内容をみだりに他に漏らしてはならない。契約期間が満了し、'
     '又は契約が解除された後も、同様とする。'),
    ('第３条', '収集の制限',
     '受注者は、業務のために個人情報を収集するときは、業務の目的を達成するために必要な範囲内で、'
     '適法かつ公正な手段により収集しなければならない。'),
    ('第４条', '目的外利用及び提供の禁止',
     '受注者は、発注者の指示がある場合を除き、業務に関して知り得た個人情報を契約の目的以外の目的に'
     '利用し、又は第三者に提供してはならない。'),
    ('第５条', '複写及び複製の禁止',
     '受注者は、発注者の承諾を得ることなく、発注者から引き渡された個人情報が記録された資料等を'
     '複写し、又は複製してはならない。'),
    ('第６条', '再委託の禁止',
     '受注者は、個人情報を取り扱う業務を第三者に再委託してはならない。ただし、あらかじめ発注者の'
     '書面による承諾を得た場合は、この限りでない。'),
    ('第７条', '持出しの禁止',
     '受注者は、発注者が指示した場所以外の場所に個人情報を持ち出してはならない。ただし、配達に必要な'
     '配達票を配達員が携行する場合は、この限りでない。'),
    ('第８条', '安全管理',
     '受注者は、個人情報の漏えい、滅失及びき損の防止のため、個人情報が記録された資料を施錠できる'
     '書庫に保管するなど、必要な措置を講じなければならない。'),
    ('第９条', '従事者への教育',
     '受注者は、業務に従事する者に対し、在職中及び退職後においても業務上知り得た個人情報を漏らして'
     'はならないことその他個人情報の保護に関し必要な事項を教育しなければならない。'),
    ('第10条', '資料等の返還及び廃棄',
     '受注者は、業務が完了したとき又は契約が解除されたときは、発注者から引き渡された資料を速やかに'
     '返還し、受注者が作成した記録は復元できない方法により消去し、又は廃棄しなければならない。'
     '\n２　受注者は、前項の規定により消去又は廃棄を行ったときは、その日時、方法等を記載した'
     '報告書を発注者に提出しなければならない。'),
    ('第11条', '取扱状況の報告及び調査',
     '発注者は、必要があると認めるときは、受注者に対し個人情報の取扱状況について報告を求め、'
     '又は受注者の事業所に立ち入って調査することができる。'),
    ('第12条', '事故発生時の報告',
     '受注者は、個人情報の漏えい、紛失その他の事故が発生し、又は発生するおそれがあることを知ったときは、'
     '速やかに発注者に報告し、その指示に従わなければならない。'),
    ('第13条', '契約の解除及び損害賠償',
     '発注者は、受注者がこの特記事項に違反したときは、契約を解除し、及び受注者に対し'
     'その損害の賠償を請求することができる。'),
    ('第14条', '公表',
     '発注者は、受注者がこの特記事項に違反したときは、受注者の名称及び違反の内容を公表することができる。'),
]


def annex():
    arts = []
    for no, head, text in ARTICLES:
        first, *more = text.split('\n')
        arts.append(f'<p class="art">{no}（{html.escape(head)}）　{html.escape(first)}</p>')
        for m in more:
            arts.append(f'<p class="art">{html.escape(m)}</p>')
    return ('<div class="page annex"><div class="tag">別添</div><div class="body">'
            '<h1>個人情報取扱特記事項</h1>'
            f'<p class="lead">{html.escape(ANNEX_LEAD)}</p>' + ''.join(arts) + '</div></div>')


def main():
    doc = build()
    with open(HTML_OUT, 'w', encoding='utf-8') as f:
        f.write(doc)
    os.makedirs(os.path.dirname(PDF_OUT), exist_ok=True)
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
           f'--print-to-pdf={PDF_OUT}', 'file://' + HTML_OUT]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print('wrote', PDF_OUT)


if __name__ == '__main__':
    main()
