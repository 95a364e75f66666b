#!/usr/bin/env python3
"""Writes src/am/am2_kirishima_2023.html (a Word-like 諮問書 packet, A4 portrait) and prints it
to raw/am2_kirishima_2023.pdf with headless Chromium.

Pages: 1 cover letter (文書番号, 宛先 審議会会長, 市長名 and seal);
       per matter a 諮問事項調書 (ruled 項目／内容 table) and a 別紙 「業務の流れ図」 drawn with
       absolutely positioned boxes and SVG arrows (data items and media on the arrows and in the
       boxes, a crossed-out 再委託先, a body that only receives statistics, a legend);
       after the second diagram the 別記 特記事項 of 諮問第４号.
"""
import html
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from content import AM2, AM2_ANNEX, AM2_ANNEX_TITLE  # noqa: E402

HTML_OUT = os.path.join(HERE, 'am2_kirishima_2023.html')
PDF_OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'raw', 'am2_kirishima_2023.pdf'))

CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩'
E = html.escape

CSS = """
@page {
  size: A4 portrait;
  margin: 20mm 20mm 18mm 22mm;
  @bottom-center { content: "－ " counter(page) " －"; font-family: "Noto Serif CJK JP"; font-size: 9.5pt; }
}
body { font-family: "Noto Serif CJK JP", serif; font-size: 10.5pt; line-height: 1.6; margin: 0; }
p { margin: 0; }
.r { text-align: right; }
.c { text-align: center; }
.pb { break-before: page; }
.tag { display: inline-block; border: 0.8px solid #000; padding: 0.5mm 2mm; font-size: 9pt; }
h1 { font-size: 14pt; text-align: center; font-weight: normal; letter-spacing: 0.15em; margin: 10mm 0 8mm; }
h2 { font-size: 12pt; font-weight: normal; margin: 0 0 3mm; }
.mayor { position: relative; display: inline-block; padding-right: 14mm; }
.seal { position: absolute; right: 0; top: -3mm; width: 12mm; height: 12mm; border: 1.2px solid #c33;
        color: #c33; font-size: 7pt; line-height: 1.15; text-align: center; padding-top: 1.6mm; box-sizing: border-box; }
.kijo td { vertical-align: top; padding: 0.6mm 1.5mm; }
table.form { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 9.6pt; line-height: 1.5; }
table.form th, table.form td { border: 0.7px solid #000; padding: 1mm 1.8mm; vertical-align: top; text-align: left; }
table.form th { font-weight: normal; background: #f0f0f0; }
table.form col.l { width: 27mm; }
table.form thead th { text-align: center; }
.ind { padding-left: 1em; text-indent: -1em; }
.small { font-size: 8.5pt; }
.fig { position: relative; width: 166mm; height: 226mm; font-family: "Noto Sans CJK JP", sans-serif; }
.fig svg.ov { position: absolute; left: 0; top: 0; z-index: 2; }
.box { position: absolute; border: 1px solid #000; background: #fff; font-size: 8pt; line-height: 1.4; box-sizing: border-box; }
.box .hd { background: #dde6f2; border-bottom: 1px solid #000; padding: 0.8mm 1.5mm; font-weight: bold; font-size: 8.5pt; }
.box .bd { padding: 1mm 1.5mm; }
.box.dash { border: 1px dashed #555; }
.box.dash .hd { background: #f3f3f3; border-bottom: 1px dashed #555; }
.box.none { border: 1px dashed #999; color: #666; }
.box.none .hd { background: #fff; border-bottom: 1px dashed #999; }
.lab { position: absolute; font-size: 7.4pt; line-height: 1.35; }
.lab b { font-weight: bold; }
.legend { position: absolute; left: 0; top: 206mm; width: 166mm; border: 0.7px solid #000; font-size: 7.6pt;
          padding: 1.2mm 2mm; box-sizing: border-box; line-height: 1.5; }
.stamp { position: absolute; font-size: 8pt; color: #444; }
.art { margin: 0 0 1.2mm; break-inside: avoid; }
.art .h { margin-left: 1em; }
.art .b { padding-left: 1em; text-indent: -1em; }
"""


def mm(x):
    return f'{x}mm'


def box(x, y, w, h, head, lines, cls=''):
    body = ''.join(f'<p class="ind">・{E(t)}</p>' if not t.startswith('※') else f'<p>{E(t)}</p>'
                   for t in lines)
    return (f'<div class="box {cls}" style="left:{mm(x)};top:{mm(y)};width:{mm(w)};height:{mm(h)}">'
            f'<div class="hd">{head}</div><div class="bd">{body}</div></div>')


def lab(x, y, w, text, align='left'):
    return f'<div class="lab" style="left:{mm(x)};top:{mm(y)};width:{mm(w)};text-align:{align}">{text}</div>'


def svg(elements):
    return ('<svg class="ov" width="166mm" height="226mm" viewBox="0 0 166 226" xmlns="http://www.w3.org/2000/svg">'
            '<defs><marker id="ah" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" '
            'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#000"/></marker>'
            '<marker id="ag" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" '
            'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#777"/></marker></defs>'
            + ''.join(elements) + '</svg>')


def line(x1, y1, x2, y2, dashed=False):
    if dashed:
        return (f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#777" stroke-width="0.45" '
                f'stroke-dasharray="1.6,1.2" marker-end="url(#ag)"/>')
    return f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#000" stroke-width="0.5" marker-end="url(#ah)"/>'


def poly(points, dashed=False):
    pts = ' '.join(f'{x},{y}' for x, y in points)
    dash = ' stroke-dasharray="1.6,1.2"' if dashed else ''
    color = '#777' if dashed else '#000'
    mk = 'ag' if dashed else 'ah'
    return (f'<polyline points="{pts}" fill="none" stroke="{color}" stroke-width="0.5"{dash} '
            f'marker-end="url(#{mk})"/>')


def cross(x, y, w, h):
    return (f'<line x1="{x}" y1="{y}" x2="{x+w}" y2="{y+h}" stroke="#c00" stroke-width="0.6"/>'
            f'<line x1="{x+w}" y1="{y}" x2="{x}" y2="{y+h}" stroke="#c00" stroke-width="0.6"/>')


LEGEND = ('<div class="legend"><b>凡例</b>　'
          '<svg width="12mm" height="3mm" viewBox="0 0 12 3"><line x1="0" y1="1.5" x2="11" y2="1.5" stroke="#000" '
          'stroke-width="0.5" marker-end="url(#ah)"/></svg> 個人情報の流れ　'
          '<svg width="12mm" height="3mm" viewBox="0 0 12 3"><line x1="0" y1="1.5" x2="11" y2="1.5" stroke="#777" '
          'stroke-width="0.45" stroke-dasharray="1.6,1.2"/></svg> 個人情報を含まない情報の流れ　'
          '□（実線）個人情報を取り扱う者　□（破線）個人情報を取り扱わない者　'
          '<span style="color:#c00">×</span> 該当なし<br>'
          '※ 矢印上の（　）は、受渡しに用いる媒体又は方法を示す。項目の詳細は諮問事項調書の「取り扱う個人情報」欄による。'
          '</div>')


def diagram1(m):
    el = [
        # A 市 (x50 y4 w66 h44)  B 委託先 (x50 y84 w66 h58)  U 利用者 (x50 y176 w66 h24)
        line(68, 48, 68, 84),                      # ① 市 → 委託先
        line(98, 84, 98, 48),                      # ③ 委託先 → 市
        line(83, 142, 83, 176),                    # ② 委託先 → 利用者
        poly([(50, 190), (18, 190), (18, 26), (50, 26)]),   # 利用申請 利用者 → 市
        line(116, 26, 128, 26, dashed=True),       # ④ 市 → 地域包括 (統計のみ)
        line(116, 113, 128, 113, dashed=True),     # 委託先 → 再委託先 (なし)
        cross(128, 100, 36, 28),
    ]
    a, b = m['items'][0][2], None
    parts = [
        f'<p class="c" style="font-size:12pt;margin-bottom:1mm">別紙１　業務の流れ図</p>',
        f'<p class="c" style="font-size:9.5pt">（{m["no"]}　{E(m["title"])}）</p>',
        '<p class="r small" style="margin-bottom:2mm">令和５年６月２８日現在　長寿支援課作成</p>',
        '<div class="fig">',
        box(50, 4, 66, 44, '霧島市　健康長寿部　長寿支援課',
            ['利用申請の受付及び利用の決定', '利用者台帳（紙）は課内の書庫で保管', '配達先名簿の作成・更新（毎月）']),
        box(50, 84, 66, 58, '委託先：有限会社きりしま食彩サポート',
            ['配食の調理・配達、声掛けによる安否確認', '配達先名簿（紙）は事務所の鍵の掛かるロッカーで保管',
             '管理用パソコン（事務所内に設置）で配達記録を管理', '※ＵＳＢメモリ等の外部記録媒体は使用しない。']),
        box(50, 176, 66, 24, '利用者（市民）', ['ひとり暮らしの高齢者等（約３２０人）']),
        box(128, 8, 36, 40, '霧島市地域包括支援センター',
            ['配食件数及び安否確認件数の月ごとの集計値のみを受け取る', '※個人を識別できる情報は受け取らない。'],
            cls='dash'),
        box(128, 100, 36, 28, '再委託先', ['再委託なし'], cls='none'),
        lab(20, 52, 47, '<b>①配達先名簿</b><br>氏名・住所・電話番号・要介護度・食物アレルギーの有無・'
                        'かかりつけ医療機関名・緊急連絡先の氏名及び電話番号 等<br>（パスワード付きCSVを電子メールで送付／紙は封筒で手交）',
            'right'),
        lab(100, 52, 27, '<b>③配達記録・安否確認の結果</b><br>（月１回、パスワード付きCSVを電子メールで送付）'),
        lab(85, 148, 42, '<b>②配食・声掛け</b><br>（配達はその日のコースの抜粋（紙）のみ携行）'),
        lab(2, 100, 15, '利用申請書<br>（紙）', 'center'),
        lab(117, 17, 11, '④', 'center'),
        lab(117, 105, 11, '×', 'center'),
        lab(130, 50, 34, '<span style="font-size:7pt;color:#444">※④は集計値（件数）のみで、個人情報を含まない。</span>'),
        svg(el),
        LEGEND,
        '</div>',
    ]
    return ''.join(parts)


def diagram2(m):
    el = [
        line(68, 48, 68, 86),                      # ① 市 → 委託先
        line(98, 86, 98, 48),                      # ③ 委託先 → 市
        line(83, 146, 83, 172),                    # ② 委託先 ↔ 対象者
        line(116, 26, 128, 26, dashed=True),       # ④ 市 → 危機管理課 (統計のみ)
        line(116, 116, 128, 116, dashed=True),     # 委託先 → 再委託先 (なし)
        cross(128, 102, 36, 28),
    ]
    parts = [
        '<p class="c" style="font-size:12pt;margin-bottom:1mm">別紙２　業務の流れ図</p>',
        f'<p class="c" style="font-size:9.5pt">（{m["no"]}　{E(m["title"])}）</p>',
        '<p class="r small" style="margin-bottom:2mm">令和５年７月３日現在　障害福祉課作成</p>',
        '<div class="fig">',
        box(50, 4, 66, 44, '霧島市　福祉部　障害福祉課',
            ['対象者名簿の作成（課長が指名した職員２名）', '名簿の写しは課内の施錠できる書庫で保管',
             '個別避難計画の確定・登録']),
        box(50, 86, 66, 60, '委託先：社会福祉法人きりみね福祉会<br>（相談支援センターきりみね）',
            ['相談支援専門員による訪問・聞き取り', '事務所のパソコン（インターネットに接続しない端末）で計画案を作成',
             '調査票（紙）は記録保管室で保管', '※電子メールによる個人情報の送受信は行わない。']),
        box(50, 172, 66, 26, '対象者及び避難支援者（市民）', ['重度の障害のある方等（約１８０人）']),
        box(128, 8, 36, 44, '総務部　危機管理課',
            ['個別避難計画の作成件数（集計値）のみを受け取り、地域防災計画の進行管理に用いる'], cls='dash'),
        box(128, 102, 36, 28, '再委託先（他の相談支援事業所）', ['再委託なし'], cls='none'),
        box(128, 150, 36, 48, '自治会・民生委員等',
            ['計画の写しの提供は、本人の同意を得て市が別に行う。', '※本件委託の範囲外'], cls='dash'),
        lab(18, 52, 49, '<b>①対象者名簿</b><br>氏名・生年月日・住所・電話番号・障害者手帳の種類及び等級・'
                        '要介護度・医療的ケアの内容 等<br>（暗号化機能付きＵＳＢメモリ・対面で授受）', 'right'),
        lab(100, 54, 27, '<b>③個別避難計画（案）・月次の作成状況</b><br>（ＵＳＢメモリ及び紙）'),
        lab(85, 151, 42, '<b>②訪問・聞き取り</b><br>（訪問調査票：紙）'),
        lab(117, 17, 11, '④', 'center'),
        lab(117, 108, 11, '×', 'center'),
        lab(130, 54, 34, '<span style="font-size:7pt;color:#444">※④は件数のみで、個人情報を含まない。</span>'),
        svg(el),
        LEGEND,
        '</div>',
    ]
    return ''.join(parts)


def form(m, idx):
    def row(label, content):
        return f'<tr><th>{label}</th><td>{content}</td></tr>'

    items = ''.join(f'<p>{E(h)}</p><p style="padding-left:1em">{E("、".join(r for r, _i, _s in its))}</p>'
                    for h, _subj, its in m['items'])
    media = ''.join(f'<p>{E(raw)}</p>' for _u, raw, _c, _w in m['media'])
    work = ''.join(f'<p class="ind">({i}) {E(w)}</p>' for i, w in enumerate(m['work'], 1))

    def measures(lst):
        return ''.join(f'<p class="ind">{CIRCLED[i]}{E(t)}</p>' for i, (t, _c) in enumerate(lst))

    rows = [
        row('諮問番号', m['no']),
        row('件名', E(m['title'])),
        row('担当部署', E(m['dept_cell'])),
        row('根拠規定', E(m['basis_cell'])),
        row('事業の目的', E(m['purpose'])),
        row('委託の内容', work),
        row('委託先', E(m['contractor_cell'])),
        row('委託期間', E(m['period_cell'])),
        row('対象者数', E(m['people'])),
        row('取り扱う<br>個人情報', items),
        row('取り扱わない<br>個人情報', E(m['not_items'])),
        row('記録媒体', media),
        row('再委託の有無', E(m['subcontract'])),
        row('安全管理措置<br>（市が<br>講じる措置）', measures(m['ward'])),
        row('安全管理措置<br>（委託先に<br>講じさせる<br>措置）', measures(m['contractor'])),
        row('特記事項', E(m['annex_row'])),
        row('備考', E(m['remarks'])),
    ]
    return (f'<h2>諮問事項{idx}　諮問事項調書</h2>'
            '<table class="form"><colgroup><col class="l"><col></colgroup>'
            '<thead><tr><th>項　目</th><th>内　　容</th></tr></thead><tbody>'
            + ''.join(rows) + '</tbody></table>')


def cover():
    m1, m2 = AM2
    return f"""
<p class="r"><span class="tag">令和５年度第２回霧島市個人情報保護審議会　資料１</span></p>
<p class="r" style="margin-top:6mm">霧総第２０５号</p>
<p class="r">令和５年７月１２日</p>
<p style="margin-top:8mm">霧島市個人情報保護審議会</p>
<p>　会長　有村　奈緒子　様</p>
<p class="r" style="margin-top:6mm"><span class="mayor">霧島市長　新留　孝之<span class="seal">霧島<br>市長<br>之印</span></span></p>
<h1>個人情報の取扱いに係る安全管理措置について（諮問）</h1>
<p>　霧島市個人情報の保護に関する法律施行条例第７条第２項の規定に基づき、下記の事項について貴審議会の意見を求めます。</p>
<p class="c" style="margin:6mm 0 4mm">記</p>
<table class="kijo">
<tr><td>１</td><td>{m1['no']}</td><td>{E(m1['title'])}</td></tr>
<tr><td>２</td><td>{m2['no']}</td><td>{E(m2['title'])}</td></tr>
</table>
<p style="margin-top:8mm">（諮問の理由）</p>
<p>　令和５年４月１日に改正後の個人情報の保護に関する法律が全面施行されたことに伴い、本市では、要配慮個人情報を含む個人情報の取扱いを伴う事務を委託する場合において、委託先に講じさせる安全管理措置の適否について、同条例第７条第２項の規定により審議会の意見を聴くこととしている。上記の２件は、いずれも要配慮個人情報を委託先に取り扱わせるものであるため、諮問するものである。</p>
<p style="margin-top:6mm">（添付資料）</p>
<table class="kijo small">
<tr><td>諮問事項１</td><td>諮問事項調書（{m1['no']}）、別紙１　業務の流れ図</td></tr>
<tr><td>諮問事項２</td><td>諮問事項調書（{m2['no']}）、別紙２　業務の流れ図、別記　個人情報取扱特記事項</td></tr>
</table>
<div style="margin-top:22mm;margin-left:80mm;border:0.7px solid #000;padding:2mm 3mm;font-size:9pt;line-height:1.5">
（事務局）霧島市総務部総務課<br>文書法制グループ　担当：今給黎<br>電話　０９９５－６４－８１２０（内線２１５３）
</div>
"""


def annex():
    arts = ''.join(f'<div class="art"><p class="h">（{E(h)}）</p><p class="b">{n}　{E(b)}</p></div>'
                   for h, n, b, _c in AM2_ANNEX)
    return ('<p>別記（諮問第４号関係）</p>'
            f'<p class="c" style="font-size:12pt;margin:4mm 0 5mm;letter-spacing:0.1em">{AM2_ANNEX_TITLE}</p>'
            + arts +
            '<p style="margin-top:5mm" class="small">（注）「甲」は霧島市を、「乙」は受託者をいう。</p>')


def main():
    m1, m2 = AM2
    doc = (f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>資料１</title>'
           f'<style>{CSS}</style></head><body>'
           + cover()
           + '<div class="pb"></div>' + form(m1, '１')
           + '<div class="pb"></div>' + diagram1(m1)
           + '<div class="pb"></div>' + form(m2, '２')
           + '<div class="pb"></div>' + diagram2(m2)
           + '<div class="pb"></div>' + annex()
           + '</body></html>')
    with open(HTML_OUT, 'w', encoding='utf-8') as f:
        f.write(doc)
    os.makedirs(os.path.dirname(PDF_OUT), exist_ok=True)
    prof = tempfile.mkdtemp(prefix='chr-')
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           f'--user-data-dir={prof}', '--no-pdf-header-footer', f'--print-to-pdf={PDF_OUT}',
           'file://' + HTML_OUT]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    print('wrote', HTML_OUT)
    print('wrote', PDF_OUT)


if __name__ == '__main__':
    main()
