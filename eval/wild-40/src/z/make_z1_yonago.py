#!/usr/bin/env python3
"""Writes src/z/z1_yonago_2021.html (an A5 annual booklet of the 米子市個人情報保護審議会,
令和３年度) and prints it to raw/z1_yonago_2021.pdf with headless Chromium.

Book layout, laid out page by page (fixed A5 pages, no automatic flow):
- running heads: the book title on even pages, the chapter title on odd pages;
- folios at the outer bottom corner;
- marginal notes (傍注) in a narrow outer column: right on odd pages, left on even pages,
  each set beside the paragraph it annotates;
- footnotes (＊１…) at the foot of the page;
- matter 1 runs from p.7 to p.9 (the sentence listing its data items is cut by the page turn);
- the 特記事項 of matter 1 is 資料２, set in two columns on pp.14-15.

Every sentence, name, company, article number, date and telephone number is invented;
only the municipality (米子市) is real.

    python3 src/z/make_z1_yonago.py            # writes the HTML and the PDF
    python3 src/z/make_z1_yonago.py --check    # also reports pages whose text overflows
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML = os.path.join(HERE, 'z1_yonago_2021.html')
PDF = os.path.join(ROOT, 'raw', 'z1_yonago_2021.pdf')

BOOK = '米子市個人情報保護審議会年報（令和３年度）'

CSS = r"""
@page { size: 148mm 210mm; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: "Noto Serif CJK JP", serif; font-size: 8.5pt; line-height: 1.72; color: #111;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p { margin: 0; text-align: justify; }
.page { width: 148mm; height: 210mm; position: relative; overflow: hidden; box-sizing: border-box;
        break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
.rh { position: absolute; top: 8.5mm; font-family: "Noto Sans CJK JP", sans-serif; font-size: 6.8pt;
      color: #333; border-bottom: 0.35pt solid #555; padding-bottom: 0.6mm; letter-spacing: 0.05em; }
.odd .rh { left: 16mm; right: 10mm; text-align: right; }
.even .rh { left: 10mm; right: 16mm; text-align: left; }
.folio { position: absolute; bottom: 8mm; font-family: "Noto Sans CJK JP", sans-serif; font-size: 8pt; }
.odd .folio { right: 10mm; }
.even .folio { left: 10mm; }
.frame { position: absolute; top: 15mm; bottom: 15mm; display: flex; flex-direction: column; }
.odd .frame { left: 16mm; right: 10mm; }
.even .frame { left: 10mm; right: 16mm; }
.content { flex: 1 1 auto; overflow: hidden; }
.fn { flex: 0 0 auto; font-size: 6.5pt; line-height: 1.5; padding-top: 1.2mm; margin-top: 1.5mm; position: relative; }
.fn::before { content: ""; position: absolute; top: 0; width: 30mm; border-top: 0.4pt solid #000; }
.odd .fn { margin-left: 0; margin-right: 29mm; }
.even .fn { margin-left: 29mm; margin-right: 0; }
.even .fn::before { left: 0; }
.fn p { padding-left: 2.2em; text-indent: -2.2em; }
.blk { display: grid; column-gap: 4mm; }
.odd .blk { grid-template-columns: minmax(0, 1fr) 25mm; grid-template-areas: "m n"; }
.even .blk { grid-template-columns: 25mm minmax(0, 1fr); grid-template-areas: "n m"; }
.blk > .m { grid-area: m; }
.blk > .n { grid-area: n; font-family: "Noto Sans CJK JP", sans-serif; font-size: 6.1pt; line-height: 1.45;
            color: #222; padding-top: 0.7mm; }
.n .nh { font-weight: bold; }
.n p { text-align: left; margin-bottom: 1.2mm; }
sup { font-size: 5.8pt; line-height: 0; vertical-align: 0.45em; }
h1.ch { font-family: "Noto Sans CJK JP", sans-serif; font-size: 13pt; font-weight: bold; margin: 3mm 0 1mm;
        padding-bottom: 1.2mm; border-bottom: 1.2pt solid #000; letter-spacing: 0.08em; }
.chno { font-family: "Noto Sans CJK JP", sans-serif; font-size: 8pt; letter-spacing: 0.3em; margin-top: 4mm; }
h2 { font-family: "Noto Sans CJK JP", sans-serif; font-size: 9.6pt; font-weight: bold; margin: 3.2mm 0 1.4mm;
     padding-left: 2mm; border-left: 2.2pt solid #000; line-height: 1.45; }
h3 { font-family: "Noto Sans CJK JP", sans-serif; font-size: 8.6pt; font-weight: bold; margin: 2.2mm 0 0.8mm; }
.ind { text-indent: 1em; }
.li { padding-left: 2.4em; text-indent: -2.4em; }
.li1 { padding-left: 1.2em; text-indent: -1.2em; }
table { border-collapse: collapse; width: 100%; }
table.fact { font-size: 7.6pt; line-height: 1.5; margin: 1.5mm 0 2mm; border-top: 0.9pt solid #000;
             border-bottom: 0.9pt solid #000; }
table.fact th, table.fact td { border-bottom: 0.35pt solid #777; padding: 0.7mm 1.4mm; vertical-align: top; text-align: left; }
table.fact th { width: 12mm; font-family: "Noto Sans CJK JP", sans-serif; font-weight: normal; background: #e9e9e9; }
table.grid { font-size: 7.4pt; line-height: 1.5; margin: 1.2mm 0 2mm; }
table.grid th, table.grid td { border: 0.4pt solid #444; padding: 0.6mm 1.2mm; vertical-align: top; }
table.grid th { background: #ececec; font-family: "Noto Sans CJK JP", sans-serif; font-weight: normal; }
.c { text-align: center; }
.r { text-align: right; }
.toc p { display: grid; grid-template-columns: minmax(0, 1fr) 8mm; align-items: end; margin: 0.5mm 0; }
.toc .t { padding-right: 3mm; }
.toc .d { text-align: right; }
.toc .l2 { padding-left: 2em; font-size: 7.8pt; }
.toc .l3 { padding-left: 3.5em; font-size: 7.6pt; }
.toc .l1 { font-family: "Noto Sans CJK JP", sans-serif; font-weight: bold; margin-top: 1.8mm; }
.twocol { column-count: 2; column-gap: 5mm; column-rule: 0.3pt solid #999; font-size: 7.1pt; line-height: 1.62; }
.twocol h4 { break-after: avoid; page-break-after: avoid; font-size: 7.1pt; font-family: "Noto Sans CJK JP", sans-serif; font-weight: bold; margin: 1.2mm 0 0; }
.twocol p { text-indent: 1em; }
.stamp { display: inline-block; border: 0.8pt solid #b22; color: #b22; font-family: "Noto Sans CJK JP", sans-serif;
         font-size: 6.5pt; padding: 0.3mm 1.2mm; transform: rotate(-4deg); margin-left: 3mm; }
.letter p { margin-bottom: 0.8mm; }
.cover { text-align: center; }
"""


def blk(main, note=None):
    n = f'<aside class="n">{note}</aside>' if note else '<aside class="n"></aside>'
    return f'<div class="blk"><div class="m">{main}</div>{n}</div>'


def note(head, body):
    return f'<p><span class="nh">{head}</span>　{body}</p>' if head else f'<p>{body}</p>'


def page(num, rh, blocks, fns=None, folio=True):
    parity = 'odd' if num % 2 else 'even'
    out = [f'<div class="page {parity}" id="p{num}">']
    if rh:
        out.append(f'<div class="rh">{rh}</div>')
    out.append('<div class="frame"><div class="content">')
    out.extend(blocks)
    out.append('</div>')
    if fns:
        out.append('<div class="fn">' + ''.join(f'<p>{f}</p>' for f in fns) + '</div>')
    out.append('</div>')
    if folio:
        out.append(f'<div class="folio">{num}</div>')
    out.append('</div>')
    return '\n'.join(out)


def rh_for(num, chapter):
    return BOOK if num % 2 == 0 else chapter


T1 = '高齢者等配食サービス事業における配食及び安否確認業務の委託について'
T2 = '個別の教育支援計画作成支援クラウドサービスとの外部結合について'

pages = []

# ------------------------------------------------------------------ p.1 cover
pages.append('''<div class="page odd cover" id="p1">
<div style="position:absolute;top:38mm;left:18mm;right:18mm;border-top:2pt solid #000;border-bottom:0.6pt solid #000;padding:7mm 0 6mm;">
<p class="c" style="font-family:'Noto Sans CJK JP';font-size:10.5pt;letter-spacing:0.15em;">米子市個人情報保護審議会</p>
<p class="c" style="font-family:'Noto Serif CJK JP';font-size:30pt;letter-spacing:0.6em;margin:6mm 0 3mm;padding-left:0.6em;">年報</p>
<p class="c" style="font-size:12pt;letter-spacing:0.2em;">（令和３年度）</p>
</div>
<div style="position:absolute;top:112mm;left:30mm;right:30mm;font-size:7.6pt;line-height:1.9;">
<p class="c">令和３年４月１日～令和４年３月３１日</p>
</div>
<div style="position:absolute;bottom:30mm;left:18mm;right:18mm;">
<p class="c" style="font-size:10pt;letter-spacing:0.2em;">令和４年６月</p>
<p class="c" style="font-size:11pt;letter-spacing:0.25em;margin-top:3mm;">米　子　市</p>
</div>
</div>''')

# ------------------------------------------------------------------ p.2 foreword
pages.append(page(2, BOOK, [
    '<p class="chno">&nbsp;</p><h1 class="ch">はじめに</h1>',
    blk('<p class="ind">　この年報は、米子市個人情報保護審議会が令和３年度に行った調査審議の状況と、本市における個人情報保護制度の運用の状況を取りまとめたものです。</p>'
        '<p class="ind">　令和３年度は、新型コロナウイルス感染症の感染防止に配慮しながら、計４回の会議を開催し、実施機関から諮問１件及び報告１件を受けて審議を行いました。いずれの案件も、高齢者の心身の状態や児童生徒の障がいに関わる情報など、特に慎重な取扱いが求められる情報を含むものであり、委員がそれぞれの専門的な立場から、委託先や外部のサービス事業者における安全管理の在り方について、踏み込んだ議論を重ねました。</p>'
        '<p class="ind">　また、令和３年５月に公布された法律により個人情報の保護に関する法律が改正され、地方公共団体の個人情報の取扱いについても、令和５年４月から同法の規律が直接適用されることとなりました。本審議会の役割も今後大きく変わることが見込まれますが、市民の皆様の大切な情報を守るという使命に変わりはありません。</p>'
        '<p class="ind">　本年報が、本市の個人情報保護制度に対する市民の皆様の御理解を深める一助となれば幸いです。</p>'
        '<p class="r" style="margin-top:6mm;">令和４年６月</p>'
        '<p class="r" style="margin-top:1mm;">米子市個人情報保護審議会</p>'
        '<p class="r">会長　永　瀬　典　子</p>',
        note('改正法', '令和３年法律第３７号による改正をいう。') ),
]))

# ------------------------------------------------------------------ p.3 contents
toc = [
    ('l1', 'はじめに', '2'),
    ('l1', '第１章　審議会の概要', '4'),
    ('l2', '１　設置の目的　　２　所掌事項　　３　委員', ''),
    ('l1', '第２章　令和３年度の活動状況', '5'),
    ('l2', '１　会議の開催状況', '5'),
    ('l2', '２　諮問及び報告の件数', '5'),
    ('l2', '３　個人情報保護制度の運用状況', '6'),
    ('l1', '第３章　審議案件の概要', '7'),
    ('l2', '１　' + T1 + '（諮問）', '7'),
    ('l2', '２　' + T2 + '（報告）', '9'),
    ('l1', '資　料', ''),
    ('l2', '資料１　答申書（写し）', '13'),
    ('l2', '資料２　個人情報取扱特記事項（案件１関係）', '14'),
    ('l2', '資料３　米子市個人情報保護条例（抄）', '15'),
]
toc_html = '<div class="toc">' + ''.join(
    f'<p class="{c}"><span class="t">{t}</span><span class="d">{d}</span></p>' for c, t, d in toc) + '</div>'
pages.append(page(3, '目次', [
    '<p class="chno">&nbsp;</p><h1 class="ch">目　　次</h1>',
    blk(toc_html),
]))

# ------------------------------------------------------------------ p.4 chapter 1
CH1 = '第１章　審議会の概要'
members = [
    ('会　長', '永瀬　典子', '学識経験者（大学教員）'),
    ('副会長', '角田　修二', '学識経験者（弁護士）'),
    ('委　員', '坂口　良平', '学識経験者（情報処理技術者）'),
    ('委　員', '伊吹　真由美', '関係団体の推薦（社会福祉）'),
    ('委　員', '松浦　里美', '公募による市民'),
    ('委　員', '田淵　一男', '公募による市民'),
]
mem_html = ('<table class="grid"><tr><th>役職</th><th>氏名</th><th>選出区分</th></tr>' +
            ''.join(f'<tr><td class="c">{a}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in members) +
            '</table>')
pages.append(page(4, BOOK, [
    '<p class="chno">第１章</p><h1 class="ch">審議会の概要</h1>',
    '<h2>１　設置の目的</h2>',
    blk('<p class="ind">　米子市個人情報保護審議会（以下「審議会」という。）は、米子市個人情報保護条例（平成１２年米子市条例第２２号。以下「条例」という。）第３０条の規定により設置された市長の附属機関である。実施機関の諮問に応じて個人情報の保護に関する重要事項を調査審議するほか、条例の規定による報告を受け、必要な意見を述べる。</p>',
        note('附属機関', '地方自治法第１３８条の４第３項に基づき、条例で設置する審査会、審議会等をいう。') +
        note('実施機関', '市長、教育委員会、選挙管理委員会、監査委員、農業委員会、固定資産評価審査委員会、水道事業管理者及び議会をいう（条例第２条第１号）。')),
    '<h2>２　所掌事項</h2>',
    blk('<p class="li1">⑴　個人情報の目的外利用及び外部提供に関すること。</p>'
        '<p class="li1">⑵　個人情報の電子計算機処理及び外部結合に関すること。</p>'
        '<p class="li1">⑶　個人情報を取り扱う事務の委託に関すること。</p>'
        '<p class="li1">⑷　前３号に掲げるもののほか、個人情報保護制度の運営に関する重要事項</p>'),
    '<h2>３　委員</h2>',
    blk('<p class="ind">　委員は６人で、任期は令和３年４月１日から令和５年３月３１日までの２年間である<sup>＊１</sup>。</p>' + mem_html,
        note('', '委員名簿は令和４年３月３１日現在。敬称略。')),
], fns=['＊１　委員の定数及び任期は、条例第３２条及び米子市個人情報保護審議会規則第３条に定めるところによる。']))

# ------------------------------------------------------------------ p.5 chapter 2
CH2 = '第２章　令和３年度の活動状況'
meetings = [
    ('第１回', '令和３年５月１９日（水）', '・会長及び副会長の選出について<br>・令和２年度における個人情報保護制度の運用状況について'),
    ('第２回', '令和３年７月２８日（水）', '・' + T1 + '（諮問）'),
    ('第３回', '令和３年１１月１０日（水）', '・個人情報の保護に関する法律の改正の概要について（説明）<br>・個人情報取扱事務登録簿の点検結果について'),
    ('第４回', '令和４年１月２６日（水）', '・' + T2 + '（報告）<br>・諮問第１号に係る付帯意見への対応について（報告）'),
]
meet_html = ('<table class="grid"><tr><th style="width:9mm">回</th><th style="width:26mm">開催日</th><th>議題</th></tr>' +
             ''.join(f'<tr><td class="c">{a}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in meetings) +
             '</table>')
count_html = ('<table class="grid"><tr><th rowspan="2">区分</th><th colspan="2">令和３年度</th><th colspan="2">令和２年度</th></tr>'
              '<tr><th>諮問</th><th>報告</th><th>諮問</th><th>報告</th></tr>'
              '<tr><td>事務の委託</td><td class="c">１</td><td class="c">０</td><td class="c">２</td><td class="c">３</td></tr>'
              '<tr><td>外部結合</td><td class="c">０</td><td class="c">１</td><td class="c">０</td><td class="c">１</td></tr>'
              '<tr><td>目的外利用・外部提供</td><td class="c">０</td><td class="c">０</td><td class="c">１</td><td class="c">１</td></tr>'
              '<tr><td>電子計算機処理</td><td class="c">０</td><td class="c">０</td><td class="c">０</td><td class="c">２</td></tr>'
              '<tr><td class="c">計</td><td class="c">１</td><td class="c">１</td><td class="c">３</td><td class="c">７</td></tr>'
              '</table>')
pages.append(page(5, CH2, [
    '<p class="chno">第２章</p><h1 class="ch">令和３年度の活動状況</h1>',
    '<h2>１　会議の開催状況</h2>',
    blk('<p class="ind">　令和３年度は、次のとおり４回の会議を開催した。会議はいずれも市役所本庁舎で開催し、公開で行った。</p>' + meet_html,
        note('公開', '審議会の会議は原則として公開する。傍聴者は延べ５人であった。') +
        note('', '各案件の概要　→p.7、p.9')),
    '<h2>２　諮問及び報告の件数</h2>',
    blk('<p class="ind">　令和３年度に実施機関から受けた諮問は１件、報告は１件であり、諮問については令和３年８月６日に答申を行った。件数が前年度を下回ったのは、感染症対策の影響により、各課でのシステム更新や新規委託の開始が翌年度以降に延期されたためと考えられる。</p>' + count_html,
        note('答申', '答申書の写しは資料１　→p.13')),
]))

# ------------------------------------------------------------------ p.6 chapter 2 (cont.)
op_html = ('<table class="grid"><tr><th>請求等の種類</th><th>件数</th><th>内訳</th></tr>'
           '<tr><td>開示請求</td><td class="c">４８</td><td>全部開示３１、部分開示１４、不開示３</td></tr>'
           '<tr><td>訂正請求</td><td class="c">１</td><td>訂正１</td></tr>'
           '<tr><td>利用停止請求</td><td class="c">０</td><td>―</td></tr>'
           '<tr><td>審査請求</td><td class="c">０</td><td>―</td></tr>'
           '</table>')
pages.append(page(6, BOOK, [
    '<h2>３　個人情報保護制度の運用状況</h2>',
    blk('<h3>⑴　保有個人情報の開示請求等</h3>'
        '<p class="ind">　令和３年度における保有個人情報の開示請求等の状況は、次のとおりである。開示請求の対象となった情報は、介護保険及び障がい福祉に関するものが最も多く、全体の約４割を占めた。</p>' + op_html,
        note('部分開示', '第三者の情報等、不開示情報が含まれる部分を除いて開示すること（条例第１６条）。')),
    blk('<h3>⑵　個人情報取扱事務の登録</h3>'
        '<p class="ind">　令和４年３月３１日現在、個人情報取扱事務登録簿に登録されている事務は６１２件である。第３回会議において、登録簿の記載内容の点検結果について事務局から報告を受けた。</p>'),
    blk('<h3>⑶　職員に対する研修</h3>'
        '<p class="ind">　令和３年１０月、新たに採用された職員及び個人情報を多く取り扱う部署の職員を対象に、個人情報の適正な取扱いに関する研修を実施した（受講者９６人）。</p>',
        note('', '研修の講師は事務局職員が務めた。')),
    blk('<h3>⑷　個人情報の漏えい等の事案</h3>'
        '<p class="ind">　令和３年度に公表した個人情報の漏えい等の事案は２件（郵便物の誤送付１件、電子メールの誤送信１件）であり、いずれも審議会に経過の報告があった<sup>＊２</sup>。</p>'),
], fns=['＊２　本項の事案は、第３章に掲げる案件とは関係がない。']))

# ------------------------------------------------------------------ p.7 chapter 3, matter 1
CH3 = '第３章　審議案件の概要'
fact1 = ('<table class="fact">'
         '<tr><th>区　分</th><td>諮問（諮問第１号）</td></tr>'
         '<tr><th>審　議</th><td>令和３年度第２回（令和３年７月２８日）</td></tr>'
         '<tr><th>所　管</th><td>福祉保健部　高齢福祉課</td></tr>'
         '<tr><th>根　拠</th><td>条例第１２条第２項</td></tr>'
         '<tr><th>委託先</th><td>株式会社ゆみがはまフードケア</td></tr>'
         '<tr><th>結　果</th><td>令和３年８月６日答申（適当と認める。付帯意見あり）</td></tr>'
         '</table>')
pages.append(page(7, CH3, [
    '<p class="chno">第３章</p><h1 class="ch">審議案件の概要</h1>',
    blk('<p class="ind">　本章では、令和３年度に審議会が審議した諮問及び報告の案件について、実施機関から提出された資料及び会議における説明に基づき、その概要を記載する。委託先等の名称は、審議の時点のものである。</p>'),
    '<h2>１　' + T1 + '</h2>',
    blk(fact1,
        note('条例第１２条第２項', '個人情報を取り扱う事務を委託しようとする場合において、要配慮の情報を含むときは、あらかじめ審議会の意見を聴く旨の規定。')),
    '<h3>⑴　事業及び委託の概要</h3>',
    blk('<p class="ind">　市は、自ら調理することが難しいひとり暮らしの高齢者等<sup>＊３</sup>に対し、栄養のバランスに配慮した昼食を自宅に届けるとともに、配達の際に利用者の安否を確認する配食サービス事業を実施している。これまでは市内の３事業者が地区ごとに配達を担ってきたが、配達の品質をそろえ、安否確認の連絡体制を一本化するため、令和３年度の下半期から、配食及び安否確認の業務を一括して委託することとした。</p>',
        note('安否確認', '配達時に利用者と対面し、応答がない、体調が急変しているなどの異変があれば、緊急連絡先及び市に連絡すること。')),
    blk('<p class="ind">　配達は月曜日から土曜日までの昼食時に行い、利用者は配達を希望する曜日を選ぶことができる。受託者は、市から提供される利用者名簿に基づいて配達計画を作成し、毎日の昼食を届けるとともに、異変を認めたときは緊急連絡先及び高齢福祉課に連絡する。</p>'),
    '<h3>⑵　取り扱う個人情報</h3>',
    blk('<p class="ind" style="text-align-last:justify;">　受託者が取り扱う個人情報は、利用者の氏名、生年月日、性別、</p>'),
], fns=['＊３　おおむね６５歳以上の単身者又は高齢者のみの世帯に属する者で、要介護認定又は要支援認定を受けているものをいう（米子市高齢者等配食サービス事業実施要綱第４条）。']))

# ------------------------------------------------------------------ p.8 matter 1 (cont.)
pages.append(page(8, BOOK, [
    blk('<p>住所、電話番号、要介護度<sup>＊４</sup>、既往歴、かかりつけ医療機関名、生活保護の受給の有無、市民税の課税状況、利用者負担区分及び配食を希望する曜日並びに緊急連絡先の氏名、続柄及び電話番号の計１５項目である。利用者負担区分は、市民税の課税状況及び生活保護の受給の有無に応じて、市が定める。</p>',
        note('利用者負担区分', '１食当たりの利用者負担額を３段階に区分したもの。')),
    '<h3>⑶　記録媒体及び委託の期間</h3>',
    blk('<p class="ind">　利用申請書の写しなどの紙の書類のほか、受託者の事務所に置くパソコンに利用者名簿を保存し、配達計画の作成に用いる。市から受託者への名簿の受渡しは、暗号化したファイルを電子メールに添付して行う。</p>'
        '<p class="ind">　委託の期間は、令和３年１０月１日から令和４年３月３１日までである。</p>',
        note('', '本委託は単年度の契約であるが、担当課によれば、令和４年度以降も同様の内容で委託を継続する予定である。')),
    '<h3>⑷　個人情報の保護のための措置</h3>',
    blk('<p>　実施機関が示した措置は、次のとおりである。</p>'
        '<p style="margin-top:1mm;font-family:\'Noto Sans CJK JP\';">ア　市が講ずる措置</p>'
        '<p class="li">（ア）委託契約書には個人情報取扱特記事項を添付し、条例に定める義務を受託者が負うことを明らかにする。</p>'
        '<p class="li">（イ）利用者名簿は暗号化したファイルとして電子メールで送り、ファイルを開くためのパスワードは、送信とは別の日に電話で受託者の管理責任者へ伝える。</p>'
        '<p class="li">（ウ）メールを送信する前に、宛先のアドレスに誤りがないことを２人の職員で確認する。</p>'
        '<p class="li">（エ）配達を始める前に受託者の従事者を集め、市の職員が個人情報の取扱いについて説明する場を設ける。</p>'
        '<p class="li">（オ）契約期間中に１回以上、職員が受託者の事務所に出向き、書類及びパソコンの管理の状況を点検する。</p>',
        note('特記事項', '全文は資料２　→p.14') +
        note('', '名簿の受渡しにＵＳＢメモリ等の外部記録媒体は用いない。')),
    blk('<p style="margin-top:0.8mm;font-family:\'Noto Sans CJK JP\';">イ　受託者に講じさせる措置</p>'
        '<p class="li">（ア）個人情報の管理責任者を１名定め、配達員を含めて業務に従事する者の名簿を市に提出する。</p>'
        '<p class="li">（イ）紙の書類は、事務所内の鍵の掛かるロッカーに収め、使用するとき以外は取り出さない。</p>'),
], fns=['＊４　要介護認定等の結果は、利用の可否及び配達回数の判断に用いる。']))

# ------------------------------------------------------------------ p.9 matter 1 (end) and matter 2 (start)
fact2 = ('<table class="fact">'
         '<tr><th>区　分</th><td>報告（報告第１号）</td></tr>'
         '<tr><th>審　議</th><td>令和３年度第４回（令和４年１月２６日）</td></tr>'
         '<tr><th>所　管</th><td>教育委員会事務局　教育支援課</td></tr>'
         '<tr><th>根　拠</th><td>条例第１５条第２項</td></tr>'
         '<tr><th>結合先</th><td>株式会社山陰エデュケーションシステムズが提供するクラウドサービス「つなぐプラン」</td></tr>'
         '<tr><th>開　始</th><td>令和４年４月１日（予定）</td></tr>'
         '</table>')
pages.append(page(9, CH3, [
    blk('<p class="li">（ウ）配達ルート表の印刷は当日に必要な枚数に限り、配達を終えたら回収してシュレッダーで細断する。</p>'
        '<p class="li">（エ）名簿を保存するパソコンは、担当者ごとに設定したＩＤとパスワードを入力しなければ起動できないようにする。</p>'
        '<p class="li">（オ）同パソコンにはウイルス対策ソフトを導入し、定義ファイルを自動で更新する設定とする。</p>'
        '<p class="li">（カ）名簿の紛失や誤配達など個人情報に関わる事故が起きたときは、直ちに市へ電話で知らせ、その指示を受ける。</p>'
        '<p class="li">（キ）契約の終了時には、パソコンに保存した利用者のデータを完全に消去し、消去の日時と方法を記した報告書を市に提出する。</p>',
        note('配達ルート表', '利用者の氏名、住所及び配達順を記載した一覧。')),
    '<h3>⑸　審議の経過</h3>',
    blk('<p class="ind">　委員から、配達員が利用者宅の鍵を預かることがあるかとの質問があり、担当課から、鍵の預かりは本件委託の範囲に含まず、名簿にも記録しないとの説明があった。</p>'
        '<p class="ind">　また、既往歴まで受託者に渡す必要があるかとの質問に対し、担当課から、献立の調整と異変時の救急要請の際に必要であり、渡す範囲は利用者の同意を得たものに限るとの説明があった。</p>',
        note('', '鍵の預かりは地域包括支援センターが別途対応している。')),
    '<h3>⑹　答申</h3>',
    blk('<p class="ind">　審議会は、本件委託を適当と認める旨を答申した。あわせて、受託者の従事者が入れ替わった際の説明の実施状況を市が確認し、その結果を次の会議で審議会に報告するよう、付帯意見を付した。</p>',
        note('', '付帯意見に対する市の対応は、第４回会議で報告された。')),
    '<h2 style="margin-top:5mm;">２　' + T2 + '</h2>',
    blk(fact2,
        note('条例第１５条第２項', '審議会があらかじめ定めた基準に該当する外部結合は、審議会への報告をもって足りるとする規定。') +
        note('クラウドサービス', 'インターネット等を通じて事業者の設備上のソフトウェアを利用する形態。')),
]))

# ------------------------------------------------------------------ p.10 matter 2 (cont.)
pages.append(page(10, BOOK, [
    '<h3>⑴　事業及び結合の概要</h3>',
    blk('<p class="ind">　市立小・中学校では、障がいのある児童生徒や通級による指導を受ける児童生徒について、保護者や関係機関と連携しながら、個別の教育支援計画<sup>＊５</sup>を作成している。これまでは各校が表計算ソフトで作成した計画を紙に印刷して保管し、学年の引継ぎや市内の学校間の引継ぎも紙で行ってきたため、記載内容のばらつきや、引継ぎ時の紛失のおそれが課題となっていた。</p>',
        note('通級による指導', '通常の学級に在籍する児童生徒が、障がいに応じた特別の指導を特別の教室で受けるもの。')),
    blk('<p class="ind">　そこで教育委員会は、令和４年度から、計画の作成、保管及び引継ぎを全てクラウドサービス上で行うこととし、各校の校務用パソコンを同サービスと接続する。なお、令和４年１月から３月までの間は、架空のデータを用いた操作研修のみを行い、実在の児童生徒の情報は登録しない。</p>',
        note('', '接続開始後は、計画を紙で作成・保管することはしない。')),
    '<h3>⑵　取り扱う個人情報</h3>',
    blk('<p class="ind">　つなぐプランに登録する情報は、児童生徒の氏名、生年月日、性別、学校名、学年、学級、出席日数、障がいの種類及び程度、診断名、服用している薬の名称、発達検査の結果、支援の目標、本人・保護者の願い及び合理的配慮の内容並びに保護者の氏名、続柄及び電話番号である。</p>',
        note('合理的配慮', '障がいのある児童生徒が他の児童生徒と平等に教育を受けられるよう、学校が行う個別の調整や変更をいう。')),
    '<h3>⑶　記録媒体</h3>',
    blk('<p class="ind">　情報は、結合先のクラウドサービスであるつなぐプランに記録され、教職員は各校の校務用パソコンから、後述の閉域網を通じて閲覧及び入力を行う。</p>',
        note('外部記録媒体', 'ＵＳＢメモリ等によるデータの持ち運びは、本件では行わない（担当課の資料では「該当なし」）。')),
    '<h3>⑷　個人情報の保護のための措置</h3>',
    blk('<p style="font-family:\'Noto Sans CJK JP\';">ア　教育委員会が講ずる措置</p>'
        '<p class="li">（ア）つなぐプランに接続できる端末は教育委員会が配備した校務用パソコンに限り、私物の端末や家庭のパソコンからは利用できないよう設定する。</p>'),
], fns=['＊５　障がいのある児童生徒一人一人について、乳幼児期から学校卒業後までを見通した長期的な支援の方針を定める計画。']))

# ------------------------------------------------------------------ p.11 matter 2 (cont.)
pages.append(page(11, CH3, [
    blk('<p class="li">（イ）教職員には一人ずつ利用者ＩＤを発行し、パスワードに加えてワンタイムコードによる確認を行う。</p>'
        '<p class="li">（ウ）計画を閲覧し、又は編集できる者は、対象となる児童生徒の担任、特別支援教育コーディネーター及び校長・教頭に限る。</p>'
        '<p class="li">（エ）校務用ネットワークとつなぐプランの間は、インターネットを経由しない閉域網で接続し、通信は全て暗号化する。</p>'
        '<p class="li">（オ）利用の開始前に、全ての教職員を対象として、操作方法と個人情報の取扱いに関する研修を行う。</p>'
        '<p class="li">（カ）校務用パソコンにはウイルス対策ソフトを導入し、基本ソフトの更新プログラムを速やかに適用する。</p>',
        note('閉域網', '特定の利用者だけが接続できる、インターネットから切り離された通信網。') +
        note('特別支援教育コーディネーター', '校内の特別支援教育の推進役として校長が指名する教員。')),
    blk('<p style="margin-top:0.8mm;font-family:\'Noto Sans CJK JP\';">イ　サービス提供事業者に講じさせる措置</p>'
        '<p class="li">（ア）登録されたデータは国内のデータセンターに保存し、保存の際に暗号化する。</p>'
        '<p class="li">（イ）データセンターへの入館と機械室への入室は、生体認証で本人を確かめた上で記録を残す。</p>'
        '<p class="li">（ウ）利用者の操作の記録を１年間保存し、通常と異なる操作を自動で検知する仕組みを設ける。</p>'
        '<p class="li">（エ）毎日バックアップを取得し、離れた地域にある別のデータセンターに保管する。</p>'
        '<p class="li">（オ）保守運用の責任者及び担当者を定め、その名簿を教育委員会に届け出る。</p>'
        '<p class="li">（カ）情報セキュリティマネジメントシステム（ＩＳＭＳ）の認証を取得し、これを維持する。</p>'
        '<p class="li">（キ）障害の発生や情報の漏えいのおそれを把握したときは、直ちに教育委員会に連絡し、対応の経過を報告する。</p>'
        '<p class="li">（ク）契約が終了したときは、登録されたデータを全て消去し、消去を完了したことを書面で報告する。</p>',
        note('', 'サービス提供事業者は結合先のクラウドサービスを運営する事業者をいう。') +
        note('ＩＳＭＳ', '情報セキュリティ管理の仕組みに関する国際規格（ISO/IEC 27001）に基づく第三者認証。')),
    '<h3>⑸　審議の経過</h3>',
    blk('<p class="ind" style="text-align-last:justify;">　委員から、診断名や服薬の情報まで登録する必要があるかとの質問</p>'),
]))

# ------------------------------------------------------------------ p.12 matter 2 (end)
pages.append(page(12, BOOK, [
    blk('<p>があり、教育支援課長から、学校生活上の配慮を検討するために必要な範囲で、保護者の同意を得て登録するとの説明があった。</p>'
        '<p class="ind">　また、情報管理の体制について、総務部情報政策課の技術的な助言を受けて事業者の選定を行ったとの説明があった。</p>'
        '<p class="ind">　審議会は、報告の内容を了承した。</p>',
        note('', '前年度の同種の報告（校務支援システム関係）については、令和２年度年報p.11を参照。')),
    blk('<div style="border:0.5pt solid #444;padding:2.5mm 3.5mm;margin-top:8mm;font-size:7.6pt;line-height:1.6;">'
        '<p style="font-family:\'Noto Sans CJK JP\';font-weight:bold;margin-bottom:1mm;">（参考）外部結合の報告基準</p>'
        '<p class="ind">　審議会は、平成２８年３月の会議において、次のいずれにも該当する外部結合については、条例第１５条第２項の規定により報告をもって足りるものと決定している。</p>'
        '<p class="li1">⑴　結合の目的が法令又は国の通知に基づく事務の執行に限られていること。</p>'
        '<p class="li1">⑵　結合先において、実施機関と同等以上の安全管理措置が講じられていること。</p>'
        '<p class="li1">⑶　結合に係る通信が暗号化され、又は専用の回線によること。</p>'
        '</div>'),
]))
# ------------------------------------------------------------------ p.13 資料１
CHS = '資　料'
pages.append(page(13, CHS, [
    '<p class="chno">資料１</p><h1 class="ch" style="font-size:11pt;">答申書（写し）</h1>',
    blk('<div class="letter" style="border:0.5pt solid #666;padding:4mm 5mm;margin-top:2mm;">'
        '<p class="r">米個審第３号</p>'
        '<p class="r">令和３年８月６日</p>'
        '<p style="margin-top:2mm;">米子市長　様</p>'
        '<p class="r" style="margin-top:2mm;">米子市個人情報保護審議会</p>'
        '<p class="r">会長　永瀬　典子<span class="stamp">公印省略</span></p>'
        '<p class="c" style="margin:4mm 0 3mm;font-size:9.5pt;">' + T1 + '（答申）</p>'
        '<p class="ind">　令和３年７月２８日付け米福高第４１２号で諮問のあった' + T1 + '、次のとおり答申します。</p>'
        '<p class="c" style="margin:2mm 0;">記</p>'
        '<p>１　結論</p>'
        '<p class="ind">　諮問のとおり個人情報を取り扱う事務を委託することは、適当と認める。</p>'
        '<p>２　付帯意見</p>'
        '<p class="ind">　受託者の従事者が入れ替わった際にも、個人情報の取扱いに関する説明が確実に行われるよう、市はその実施状況を確認し、次回の審議会に報告すること。</p>'
        '</div>',
        note('', '諮問の内容　→p.7')),
]))

# ------------------------------------------------------------------ p.14-15 資料２ (two columns)
ANNEX = [
    ('第１条', '基本的事項', '乙は、この契約による業務（以下「本件業務」という。）の実施に当たり、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('第２条', '秘密の保持', '乙は、本件業務に関して知ることのできた個人情報をみだりに他人に知らせてはならない。契約期間が満了し、又は契約が解除された後も、同様とする。'),
    ('第３条', '収集の制限', '乙は、本件業務のために個人情報を収集するときは、業務の目的を達成するために必要な範囲内で、適法かつ公正な手段により行わなければならない。'),
    ('第４条', '目的外利用及び提供の禁止', '乙は、甲の指示がある場合を除き、本件業務に関して知ることのできた個人情報を契約の目的以外の目的に利用し、又は甲の承諾なしに第三者に提供してはならない。'),
    ('第５条', '複写及び複製の禁止', '乙は、甲の承諾がある場合を除き、甲から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。'),
    ('第６条', '再委託の禁止', '乙は、本件業務を第三者に委託してはならない。ただし、あらかじめ書面により甲の承諾を得た場合は、この限りでない。'),
    ('第７条', '持出しの禁止', '乙は、甲の承諾がある場合を除き、個人情報が記録された資料等を本件業務の実施場所の外へ持ち出してはならない。配達に必要な書類を配達員に携行させるときは、その範囲を必要最小限とする。'),
    ('第８条', '適正な管理', '乙は、個人情報の漏えい、滅失及びき損の防止その他の個人情報の適正な管理のために必要な措置を講じ、個人情報が記録された資料等を施錠できる保管庫に保管しなければならない。'),
    ('第９条', '従事者への教育', '乙は、本件業務に従事する者に対し、在職中及び退職後において本件業務に関して知ることのできた個人情報を他に漏らしてはならないことその他個人情報の保護に必要な事項を教育しなければならない。'),
    ('第１０条', '資料等の返還等', '乙は、本件業務の終了後、甲から引き渡された資料等を速やかに甲に返還し、乙が作成した電磁的記録は復元できない方法により消去しなければならない。'),
    ('第１１条', '消去の報告', '乙は、前条の規定により消去したときは、消去した日時、方法及び対象を記載した書面を甲に提出しなければならない。'),
    ('第１２条', '取扱状況の報告及び調査', '甲は、必要があると認めるときは、乙に対し個人情報の取扱いの状況について報告を求め、又は甲の職員に乙の事業所を調査させることができる。'),
    ('第１３条', '事故発生時の報告', '乙は、この特記事項に違反する事態が生じ、又は生ずるおそれがあることを知ったときは、速やかに甲に報告し、甲の指示に従わなければならない。'),
    ('第１４条', '契約の解除及び損害賠償', '甲は、乙がこの特記事項に違反したときは、契約を解除することができる。この場合において、甲に損害が生じたときは、乙はその損害を賠償しなければならない。'),
]


def annex_html(rows):
    return ''.join(f'<h4>（{h}）</h4><p>{no}　{t}</p>' for no, h, t in rows)


pages.append(page(14, BOOK, [
    '<p class="chno">資料２</p><h1 class="ch" style="font-size:11pt;">個人情報取扱特記事項（案件１関係）</h1>',
    '<p style="font-size:7pt;margin:1mm 0 2mm;">　高齢者等配食サービス事業配食及び安否確認業務委託契約書別記。甲は米子市を、乙は受託者をいう。</p>',
    '<div class="twocol">' + annex_html(ANNEX[:12]) + '</div>',
]))
pages.append(page(15, CHS, [
    '<div class="twocol">' + annex_html(ANNEX[12:]) + '</div>',
    '<p style="font-size:6.8pt;margin-top:2mm;" class="r">（備考）この特記事項は、審議会に提出された案によるものである。</p>',
    '<p class="chno" style="margin-top:7mm;">資料３</p><h1 class="ch" style="font-size:11pt;">米子市個人情報保護条例（抄）</h1>',
    blk('<div style="font-size:7.4pt;line-height:1.65;">'
        '<p style="font-family:\'Noto Sans CJK JP\';">（委託に伴う措置）</p>'
        '<p class="li1">第１２条　実施機関は、個人情報を取り扱う事務を委託しようとするときは、個人情報の保護に関し必要な事項を契約に定めなければならない。</p>'
        '<p class="li1">２　実施機関は、前項の委託に係る個人情報に心身の状況その他特に配慮を要する情報が含まれるときは、あらかじめ審議会の意見を聴かなければならない。</p>'
        '<p class="li1">３　実施機関は、前項に規定する場合以外の委託をしたときは、その内容を審議会に報告しなければならない。</p>'
        '<p style="font-family:\'Noto Sans CJK JP\';margin-top:1.2mm;">（外部結合の制限）</p>'
        '<p class="li1">第１５条　実施機関は、公益上の必要があり、かつ、個人情報の保護に必要な措置が講じられている場合でなければ、通信回線により実施機関以外の者と電子計算機を結合してはならない。この場合において、実施機関は、あらかじめ審議会の意見を聴かなければならない。</p>'
        '<p class="li1">２　前項後段の規定にかかわらず、審議会が定める基準に該当する結合については、実施機関は、結合の内容を審議会に報告することをもって足りる。</p>'
        '</div>',
        note('', '条例の全文は、市ホームページの例規集に掲載している。')),
]))

# ------------------------------------------------------------------ p.16 colophon
pages.append('''<div class="page even" id="p16">
<div style="position:absolute;bottom:26mm;left:22mm;right:22mm;border-top:0.6pt solid #000;border-bottom:0.6pt solid #000;padding:3mm 2mm;font-size:7.6pt;line-height:1.8;">
<p>米子市個人情報保護審議会年報（令和３年度）</p>
<p>令和４年６月発行</p>
<p>編集・発行　米子市総務部行政管理課（審議会事務局）</p>
<p>　　　　　　電話　０８５９－３７－４１２６（直通）</p>
<p>　　　　　　ＦＡＸ　０８５９－３７－４１９８</p>
</div>
</div>''')

CHECK_JS = '''<script>
window.addEventListener('load', function () {
  var out = [];
  document.querySelectorAll('.page').forEach(function (p) {
    var c = p.querySelector('.content');
    if (c && c.scrollHeight > c.clientHeight + 1) out.push(p.id + ':' + (c.scrollHeight - c.clientHeight));
    if (c) out.push(p.id + ' free=' + (c.clientHeight - Array.from(c.children).reduce(function (a, e) { return a + e.getBoundingClientRect().height; }, 0)).toFixed(0));
  });
  var d = document.createElement('pre'); d.id = 'overflow-report'; d.textContent = 'OVERFLOW ' + out.join(' ');
  document.body.appendChild(d);
});
</script>'''


def build(check=False):
    html = ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{BOOK}</title>\n<style>{CSS}</style>\n</head>\n<body>\n' +
            '\n'.join(pages) + (CHECK_JS if check else '') + '\n</body>\n</html>\n')
    return html


def chromium(args):
    udd = tempfile.mkdtemp(prefix='z1chrome')
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           f'--user-data-dir={udd}'] + args
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


def main():
    check = '--check' in sys.argv
    with open(HTML, 'w', encoding='utf-8') as f:
        f.write(build(False))
    if check:
        tmp = os.path.join(tempfile.mkdtemp(), 'check.html')
        with open(tmp, 'w', encoding='utf-8') as f:
            f.write(build(True))
        r = chromium(['--virtual-time-budget=5000', '--dump-dom', 'file://' + tmp])
        for line in r.stdout.splitlines():
            if 'OVERFLOW' in line:
                print(line)
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    r = chromium(['--no-pdf-header-footer', f'--print-to-pdf={PDF}', 'file://' + HTML])
    if not os.path.exists(PDF):
        print(r.stderr)
        sys.exit(1)
    print('wrote', PDF)


if __name__ == '__main__':
    main()
