#!/usr/bin/env python3
"""Writes src/af/af2_naruto_2019.html and prints it with headless Chromium to
raw/af2_naruto_2019.pdf: the papers of the 鳴門市 council printed 「2 ページ/枚」
(two A4 portrait pages reduced side by side on each A4 landscape sheet), as a
secretariat prints to save paper, straight to PDF so the text layer stays.

Pages: 1 cover | 2 目次 ; 3 報告事項１ form | 4 form continued ; 5 特記事項 |
6 諮問事項１ form ; 7 form continued | (empty half sheet).

Only the municipality is real; every name, number, date and sentence is made up.
Standard library only (Chromium is called through subprocess)."""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HTML = os.path.join(HERE, 'af2_naruto_2019.html')
PDF = os.path.normpath(os.path.join(HERE, '..', '..', 'raw', 'af2_naruto_2019.pdf'))

SESSION_HEAD = '令和元年度第２回鳴門市個人情報保護審議会'
SCALE = 0.69

CSS = """
@page { size: A4 landscape; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: "Noto Serif CJK JP", "IPAmincho", serif; color: #000; }
.sheet { width: 297mm; height: 210mm; display: flex; flex-direction: row;
         justify-content: space-evenly; align-items: center; overflow: hidden;
         page-break-after: always; break-after: page; }
.sheet:last-child { page-break-after: auto; break-after: auto; }
.slot { width: calc(210mm * %(s)s); height: calc(297mm * %(s)s); overflow: hidden;
        position: relative; outline: 0.2mm solid #bbb; }
.page { width: 210mm; height: 297mm; transform: scale(%(s)s); transform-origin: 0 0;
        box-sizing: border-box; padding: 24mm 20mm 22mm 22mm; position: relative;
        font-size: 10pt; line-height: 1.45; }
.rh { position: absolute; top: 11mm; left: 22mm; right: 20mm; font-size: 8.5pt;
      display: flex; justify-content: space-between; border-bottom: 0.3mm solid #000;
      padding-bottom: 1mm; }
.pn { position: absolute; bottom: 10mm; left: 0; right: 0; text-align: center; font-size: 10pt; }
.shiryo { position: absolute; top: 17mm; right: 20mm; border: 0.4mm solid #000;
          padding: 0.5mm 3mm; font-size: 10.5pt; }
h1 { font-size: 13pt; text-align: center; font-weight: normal; margin: 6mm 0 4mm; }
h2 { font-size: 11pt; font-weight: bold; margin: 2mm 0 2mm; font-family: "Noto Sans CJK JP", sans-serif; }
table.form { border-collapse: collapse; width: 100%%; }
table.form td { border: 0.3mm solid #000; vertical-align: top; padding: 1.2mm 2mm; }
table.form td.lb { width: 27mm; text-align: justify; text-align-last: justify; }
table.form td.sub { width: 25mm; }
table.form td.cont { border-top: none; }
table.form td.sub.cont, table.form td.lb.cont { border-bottom-color: #000; }
p { margin: 0; }
p.h { padding-left: 1.1em; text-indent: -1.1em; }
p.h2 { padding-left: 2.2em; text-indent: -2.2em; }
p.art { padding-left: 1em; text-indent: -1em; font-size: 9.6pt; }
p.arth { margin-top: 0.6mm; padding-left: 0.5em; font-size: 9.6pt; }
.note { font-size: 9.5pt; }
.right { text-align: right; }
.center { text-align: center; }
.cover { text-align: center; }
.cover .t1 { font-size: 15pt; margin-top: 62mm; letter-spacing: 0.1em; }
.cover .t2 { font-size: 22pt; margin-top: 8mm; letter-spacing: 0.4em; }
.cover .dt { margin: 38mm auto 0; width: 110mm; text-align: left; font-size: 12pt; line-height: 2; }
.cover .sec { position: absolute; bottom: 30mm; left: 0; right: 0; text-align: center; font-size: 11pt; }
.stamp { position: absolute; top: 16mm; right: 22mm; border: 0.6mm double #c00; color: #c00;
         padding: 1mm 3mm; font-size: 11pt; transform: rotate(-4deg); }
.toc { margin-top: 10mm; font-size: 11pt; line-height: 1.9; }
.toc .row { display: flex; align-items: flex-end; }
.toc .row .t { flex: 0 1 auto; }
.toc .row .d { flex: 1 1 auto; border-bottom: 0.5mm dotted #000; margin: 0 2mm 2.2mm; min-width: 8mm; }
.toc .row .n { flex: 0 0 auto; }
.ind1 { padding-left: 1em; } .ind2 { padding-left: 2.2em; }
""" % {'s': SCALE}


def page(inner, num=None, shiryo=None, header=True):
    rh = ''
    if header:
        rh = f'<div class="rh"><span>{SESSION_HEAD}</span><span>会議資料</span></div>'
    sh = f'<div class="shiryo">{shiryo}</div>' if shiryo else ''
    pn = f'<div class="pn">－ {num} －</div>' if num else ''
    return f'<div class="slot"><div class="page">{rh}{sh}{inner}{pn}</div></div>'


def blank():
    return '<div class="slot"><div class="page"></div></div>'


def form(rows):
    """rows: (label, [paras]) | ('', [paras]) continued row without label |
    ('#split', label, [(sub, [paras]), ...])"""
    out = ['<table class="form">']
    for r in rows:
        if r[0] == '#split':
            subs = r[2]
            for i, (sub, paras) in enumerate(subs):
                out.append('<tr>')
                if i == 0:
                    out.append(f'<td class="lb" rowspan="{len(subs)}">{r[1]}</td>')
                out.append(f'<td class="sub">{sub}</td><td>{"".join(paras)}</td></tr>')
        elif r[0] == '#splitcont':
            # a row Word carried over from the previous page: the rowspan label
            # cell and the sub-label cell continue empty
            subs = r[1]
            for i, (sub, paras) in enumerate(subs):
                out.append('<tr>')
                if i == 0:
                    out.append(f'<td class="lb cont" rowspan="{len(subs)}"></td>')
                cls = 'sub cont' if (i == 0 and not sub) else 'sub'
                out.append(f'<td class="{cls}">{sub}</td><td class="{"cont" if i == 0 else ""}">{"".join(paras)}</td></tr>')
        else:
            out.append(f'<tr><td class="lb">{r[0]}</td><td colspan="2">{"".join(r[1])}</td></tr>')
    out.append('</table>')
    return '\n'.join(out)


def p(x, cls=None):
    return f'<p class="{cls}">{x}</p>' if cls else f'<p>{x}</p>'


def h(x):
    return p(x, 'h')


# ------------------------------------------------------------------ page 1: cover
P1 = page('''<div class="cover">
<div class="stamp">委員配付用</div>
<div class="t1">令和元年度第２回</div>
<div class="t1" style="margin-top:4mm">鳴門市個人情報保護審議会</div>
<div class="t2">審議会資料</div>
<div class="dt">開催日　令和元年８月２８日（水）<br>時　間　午後２時から<br>場　所　鳴門市役所本庁舎３階　第二会議室</div>
<div class="sec">鳴門市総務部総務課（審議会事務局）</div>
</div>''', header=False)

# ------------------------------------------------------------------ page 2: 目次
def toc_row(text, num, cls='ind2'):
    return (f'<div class="row {cls}"><span class="t">{text}</span><span class="d"></span>'
            f'<span class="n">{num}</span></div>')


P2 = page('<h1>目　　次</h1><div class="toc">'
          '<div>１　報告事項</div>'
          + toc_row('(1)　妊婦健康診査及び産婦健康診査の受診票に係る審査支払事務の委託について', '３')
          + toc_row('（別記）個人情報取扱特記事項', '５', 'ind2" style="padding-left:4.2em')
          + '<div style="margin-top:4mm">２　諮問事項</div>'
          + toc_row('(1)　障害福祉サービス費等の請求審査に係る給付審査支払システムとの外部結合について', '６')
          + '<div style="margin-top:4mm">３　その他</div>'
          + '<div class="ind2">(1)　平成３０年度における個人情報保護制度の運用状況について（口頭報告）</div>'
          + '</div>'
          '<div class="note" style="margin-top:14mm">※　資料中「条例」とあるのは、鳴門市個人情報保護条例'
          '（平成１２年鳴門市条例第３８号）をいう。</div>'
          '<div class="note">※　前回（令和元年６月２６日開催）の会議録は、別冊とする。</div>', num='２')

# ------------------------------------------------------------------ pages 3-4: 報告事項１
M1_TOP = ('<h2>報告事項１</h2>'
          '<h1>個人情報取扱事務の委託について（報告）</h1>')

M1_ROWS_A = [
    ('件名', [p('妊婦健康診査及び産婦健康診査の受診票に係る審査支払事務の委託について')]),
    ('担当課', [p('健康福祉部　健康増進課（母子保健担当）')]),
    ('根拠規定', [p('条例第１０条第１項')]),
    ('委託先', [p('株式会社メディカル・クリアリング四国')]),
    ('委託の内容', [
        p('　妊婦及び産婦が県内外の医療機関で受診した健康診査について、医療機関から提出される受診票の点検、'
          '公費負担額の審査、医療機関への支払データの作成及び受診結果のデータ化を行う。'),
        p('※平成３１年４月１日以降に受診した分の受診票で未処理のものを含む。', 'note')]),
    ('委託期間', [p('令和元年１０月１日から令和２年３月３１日まで')]),
    ('取り扱う個人情報', [
        p('【妊婦・産婦】'),
        h('・受診券番号、氏名、生年月日、住所、電話番号'),
        h('・妊娠週数、出産予定日、分娩日'),
        h('・受診日、受診した医療機関名'),
        h('・健診結果（血圧、尿検査、血液検査等）'),
        h('・エジンバラ産後うつ病質問票の得点'),
        h('・公費負担額')]),
    ('記録媒体', [
        h('・紙（受診票）'),
        h('・受託者の審査支払システム（受託者のデータセンターに設置するサーバ）'),
        h('・ＤＶＤ－Ｒ（審査結果データを市に引き渡すためのもの）'),
        h('・市の健康管理システム（審査結果データの取込先）'),
        p('※電子メールによる個人情報の送受信は行わない。', 'note')]),
    ('委託の理由', [p('　県内外の多数の医療機関からの請求を一括して審査し、支払事務を正確かつ効率的に行うため。')]),
    ('#split', '個人情報の保護対策', [
        ('市が講じる対策', [
            h('①　契約書に別記「個人情報取扱特記事項」を添付し、その遵守を受託者に義務付ける。'),
            h('②　受託者から受け取るＤＶＤ－Ｒのデータは暗号化させ、復号用のパスワードはＤＶＤ－Ｒとは別に書面で通知させる。'),
            h('③　ＤＶＤ－Ｒの受渡しは、施錠したケースに収納し、職員と受託者の間で直接手渡しにより行う。'),
            h('④　健康管理システムへの取込みが終わったＤＶＤ－Ｒは、健康増進課において物理的に破砕して廃棄する。'),
            h('⑤　市は、必要に応じて受託者のデータセンターを訪れ、個人情報の管理状況を実地に確認する。')]),
        ('受託者に講じさせる対策', [
            h('①　個人情報の取扱責任者を置き、従事者の名簿と併せて市に届け出ること。'),
            h('②　プライバシーマークの付与を受けた状態を契約期間中維持すること。')]),
    ]),
]
P3 = page(M1_TOP + form(M1_ROWS_A), num='３', shiryo='資料１')

M1_ROWS_B = [
    ('#splitcont', [('', [
        h('③　受診票の保管室は、入室できる者を限定し、入退室の記録を残すこと。'),
        h('④　審査支払システムのサーバは、ファイアウォールにより外部からの不正な通信を遮断した環境に設置すること。'),
        h('⑤　システムの利用者ごとにＩＤを発行し、パスワードによる認証を行うこと。'),
        h('⑥　システムの操作記録を保存し、不審な操作がないか定期的に点検すること。'),
        h('⑦　サーバ及び端末にはウイルス対策ソフトを導入し、定義ファイルを最新の状態に保つこと。'),
        h('⑧　審査の終わった受診票は、月ごとに市へ返却すること。'),
        h('⑨　契約期間の満了後は、システム上の個人情報を復元できない方法で消去し、消去証明書を市に提出すること。'),
        h('⑩　個人情報の漏えい等の事故が発生したときは、直ちに市に報告し、その指示に従って対応すること。')])]),
]
P4 = page('<div style="height:4mm"></div>' + form(M1_ROWS_B)
          + '<p class="note" style="margin-top:3mm">※　上記⑩の「事故」には、受診票の誤送付及び紛失を含む。</p>'
          + '<p class="right" style="margin-top:4mm">以　上</p>', num='４', shiryo='資料１')

# ------------------------------------------------------------------ page 5: 特記事項
ANNEX2 = [
    ('総則', '乙は、この契約による事務（以下「本件事務」という。）を処理するに当たっては、個人情報の保護の重要性を'
     '認識し、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('秘密の保持', '乙は、本件事務に関して知ることのできた個人情報を他に漏らしてはならない。契約期間の満了後も、同様とする。'),
    ('目的外使用の禁止', '乙は、本件事務に関して知ることのできた個人情報を、本件事務の目的以外に使用してはならない。'),
    ('第三者への提供の禁止', '乙は、本件事務に関して知ることのできた個人情報を、甲の承諾なく第三者に提供してはならない。'),
    ('再委託の制限', '乙は、本件事務を他に委託してはならない。ただし、甲の書面による承諾を得た場合は、この限りでない。'),
    ('複写等の制限', '乙は、甲の承諾がない限り、本件事務に係る受診票その他の資料を複写し、又は複製してはならない。'),
    ('運搬時の措置', '乙は、個人情報が記録された資料等を運搬するときは、施錠できる容器に収納するなど、紛失及び盗難を'
     '防止するための措置を講じなければならない。'),
    ('適正な管理', '乙は、本件事務に係る個人情報を、施錠できる保管庫に格納するなど適正に管理しなければならない。'),
    ('資料等の返還', '乙は、本件事務が終了したときは、甲から提供を受けた資料等を直ちに甲に返還し、乙が作成した'
     '個人情報の記録は、甲の指示に従い廃棄しなければならない。'),
    ('事故の報告', '乙は、この特記事項に違反する事態又は個人情報の漏えい等の事故が生じたときは、直ちに甲に報告し、'
     'その指示を受けなければならない。'),
    ('検査', '甲は、必要と認めるときは、乙の事業所に立ち入り、個人情報の管理の状況を検査することができる。'),
    ('違反の公表', '甲は、乙がこの特記事項に違反したときは、その事実を公表することができる。'),
    ('損害賠償', '乙は、この特記事項に違反したことにより甲に損害を与えたときは、その損害を賠償しなければならない。'),
]
KAN = '０１２３４５６７８９'


def zen(n):
    return ''.join(KAN[int(c)] for c in str(n))


annex_html = ['<p style="margin-top:2mm">別記（報告事項１関係）</p>',
              '<h1>個人情報取扱特記事項</h1>',
              '<p class="note center">（鳴門市を「甲」と、受託者を「乙」という。）</p>']
for i, (head, text) in enumerate(ANNEX2, 1):
    annex_html.append(p(f'（{head}）', 'arth'))
    annex_html.append(p(f'第{zen(i)}条　{text}', 'art'))
P5 = page('\n'.join(annex_html), num='５', shiryo='資料１')

# ------------------------------------------------------------------ pages 6-7: 諮問事項１
M2_TOP = ('<h2>諮問事項１</h2>'
          '<h1>個人情報の外部結合について（諮問）</h1>')
M2_ROWS_A = [
    ('件名', [p('障害福祉サービス費等の請求審査に係る給付審査支払システムとの外部結合について')]),
    ('担当課', [p('健康福祉部　障がい福祉課')]),
    ('根拠規定', [p('条例第１３条第２項')]),
    ('結合先', [p('徳島県福祉給付審査支払機構（以下「機構」という。）')]),
    ('結合先の<br>システム', [p('給付審査支払システム')]),
    ('結合の内容', [p('　障害福祉サービス事業所等からの給付費の請求について、機構が行った審査の結果を市の障害者福祉'
                     'システムに取り込むとともに、市が行った支給決定の内容（受給者台帳）を機構へ送信する。')]),
    ('結合の方法', [p('総合行政ネットワーク（ＬＧＷＡＮ）を経由したオンラインによる接続')]),
    ('結合開始日', [p('令和元年１２月２日（予定）')]),
    ('送受信する個人情報', [
        p('【受給者】'),
        h('・受給者証番号、氏名、生年月日、住所'),
        h('・障害支援区分、障害の種別'),
        h('・支給決定期間、支給量'),
        h('・利用者負担上限月額、所得区分'),
        h('・生活保護の受給の有無'),
        h('・サービス提供年月、給付費請求額'),
        p('【障害児の保護者】'),
        h('・氏名、続柄'),
        p('※個人番号は、この結合では送受信しない。', 'note')]),
    ('記録媒体', [
        h('・市の障害者福祉システム（障がい福祉課の専用端末）'),
        h('・給付審査支払システム（機構のサーバ）'),
        h('・紙（審査結果の帳票）'),
        p('※これまで用いていたＵＳＢメモリによるデータの受渡しは、結合の開始に伴い廃止する。', 'note')]),
    ('結合の理由', [p('　現在は、審査結果のデータをＵＳＢメモリに格納して毎月受け渡しているが、オンラインで送受信する'
                     'ことにより、媒体の紛失のおそれをなくし、支払事務を迅速化するため。')]),
]
M2_W = [
    h('①　結合に用いる端末は、障がい福祉課内に設置した２台の専用端末に限定する。'),
    h('②　専用端末を利用する職員には個別のＩＤを付与し、パスワードによる認証を経なければ操作できないようにする。'),
    h('③　通信はＬＧＷＡＮ回線を経由して行い、インターネットとは接続しない。'),
    h('④　送受信するデータは、全て暗号化した上で送受信する。'),
    h('⑤　専用端末の操作履歴は、総務部情報政策課が管理するログサーバに保存され、障がい福祉課長が四半期ごとに確認する。'),
    h('⑥　専用端末は、盗難を防ぐため、ワイヤーロックで机に固定する。'),
    h('⑦　審査結果の帳票は、使用後、施錠できるキャビネットに保管する。'),
    h('⑧　結合先の機構が、情報セキュリティマネジメントシステム（ＩＳＭＳ）の認証を取得していることを確認している。')]
M2_C = [
    h('①　作業責任者及び作業従事者を、作業開始前に書面で市に届け出させる。'),
    h('②　保守作業は、あらかじめ市が承認した作業手順書に沿って行わせる。'),
    h('③　保守作業は庁舎内でのみ行わせ、データを庁舎の外へ持ち出させない。'),
    h('④　保守用アカウントの権限は、作業に必要な範囲に限って付与する。'),
    h('⑤　個人情報の取扱状況について、毎月の定例会で報告させる。'),
    h('⑥　システム障害又は情報漏えいのおそれが生じたときは、直ちに障がい福祉課及び情報政策課へ連絡させる。'),
    h('⑦　作業従事者には、業務上知り得た情報を漏らさない旨の誓約書を提出させる。')]
M2_SPLIT_AT = 3          # ward measures ①–③ on page 6, the rest on page 7
M2_ROWS_A.append(('#split', '個人情報の保護対策', [('市が講じる対策', M2_W[:M2_SPLIT_AT])]))
M2_ROWS_B = [
    ('#splitcont', [('', M2_W[M2_SPLIT_AT:]),
                    ('障害者福祉システムの運用保守事業者に講じさせる対策', M2_C)]),
]
P6 = page(M2_TOP + form(M2_ROWS_A), num='６', shiryo='資料２')
P7 = page('<div style="height:4mm"></div>' + form(M2_ROWS_B)
          + '<p class="right" style="margin-top:4mm">以　上</p>', num='７', shiryo='資料２')

PAGES = [P1, P2, P3, P4, P5, P6, P7]


def build_html():
    pages = PAGES + ([blank()] if len(PAGES) % 2 else [])
    sheets = []
    for i in range(0, len(pages), 2):
        sheets.append(f'<div class="sheet">{pages[i]}{pages[i + 1]}</div>')
    return ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{SESSION_HEAD} 会議資料（2in1）</title>\n<style>{CSS}</style>\n</head>\n<body>\n'
            + '\n'.join(sheets) + '\n</body>\n</html>\n')


def main():
    with open(HTML, 'w', encoding='utf-8') as f:
        f.write(build_html())
    print('wrote', HTML)
    if '--html-only' in sys.argv:
        return
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    prof = tempfile.mkdtemp(prefix='af2-chromium-')
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           f'--user-data-dir={prof}', '--no-pdf-header-footer', f'--print-to-pdf={PDF}',
           'file://' + HTML]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print('wrote', PDF)


if __name__ == '__main__':
    main()
