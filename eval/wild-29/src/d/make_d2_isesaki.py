#!/usr/bin/env python3
"""Writes raw/d2_isesaki_2022.html: a Word 「Web ページ（フィルター後）」 file in Shift_JIS (cp932)."""
import os

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'raw', 'd2_isesaki_2022.html')

HEAD = """<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=shift_jis">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>令和４年度第１回伊勢崎市個人情報保護審議会資料</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:游明朝;
	panose-1:2 2 4 0 0 0 0 0 0 0;}
@font-face
	{font-family:"ＭＳ 明朝";
	panose-1:2 2 6 9 4 2 5 8 3 4;}
@font-face
	{font-family:"\\@游明朝";
	panose-1:2 2 4 0 0 0 0 0 0 0;}
@font-face
	{font-family:"\\@ＭＳ 明朝";
	panose-1:2 2 6 9 4 2 5 8 3 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0mm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"ＭＳ 明朝";}
p.MsoHeader, li.MsoHeader, div.MsoHeader
	{mso-style-link:"ヘッダー \\(文字\\)";
	margin:0mm;
	text-align:justify;
	text-justify:inter-ideograph;
	layout-grid-mode:char;
	font-size:10.5pt;
	font-family:"ＭＳ 明朝";}
p.MsoFooter, li.MsoFooter, div.MsoFooter
	{mso-style-link:"フッター \\(文字\\)";
	margin:0mm;
	text-align:justify;
	text-justify:inter-ideograph;
	layout-grid-mode:char;
	font-size:10.5pt;
	font-family:"ＭＳ 明朝";}
span.a
	{mso-style-name:"ヘッダー \\(文字\\)";
	mso-style-link:ヘッダー;}
span.a0
	{mso-style-name:"フッター \\(文字\\)";
	mso-style-link:フッター;}
table.MsoTableGrid
	{border:solid windowtext 1.0pt;
	font-size:10.5pt;
	font-family:"ＭＳ 明朝";}
.MsoChpDefault
	{font-family:游明朝;}
 /* Page Definitions */
 @page WordSection1
	{size:595.3pt 841.9pt;
	margin:99.25pt 30.0mm 30.0mm 30.0mm;
	layout-grid:18.0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>

</head>

<body lang=JA style='word-wrap:break-word;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:18.0pt'>
"""

TAIL = """
</div>

</body>

</html>
"""

NB = '&nbsp;'


def p(text, align=None, indent=None, size=None, bold=False):
    style = []
    if align:
        style.append(f'text-align:{align}')
    if indent:
        style.append(f'margin-left:{indent}pt;text-indent:-10.5pt')
    st = f" style='{';'.join(style)}'" if style else ''
    fs = f"font-size:{size}pt;" if size else ''
    inner = text
    if bold:
        inner = f'<b>{inner}</b>'
    return f"<p class=MsoNormal{st}><span style='{fs}font-family:\"ＭＳ 明朝\"'>{inner}</span></p>\n"


def blank():
    return "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>\n"


def pagebreak():
    return ("\n<span lang=EN-US style='font-size:10.5pt;font-family:\"ＭＳ 明朝\"'><br clear=all "
            "style='page-break-before:always'>\n</span>\n\n")


def row(cells, widths):
    out = ' <tr>\n'
    for c, w in zip(cells, widths):
        out += (f"  <td width={w} valign=top style='width:{w * 0.75:.1f}pt;border:solid windowtext 1.0pt;"
                f"padding:0mm 5.4pt 0mm 5.4pt'>\n")
        for line in c.split('\n'):
            out += f"  <p class=MsoNormal><span style='font-family:\"ＭＳ 明朝\"'>{line}</span></p>\n"
        out += '  </td>\n'
    return out + ' </tr>\n'


body = ''
# ---------------------------------------------------------------- cover / matter 1
body += p('資料２', align='right')
body += p('令和４年度第１回伊勢崎市個人情報保護審議会', align='right', size=9)
body += blank()
body += p('諮問第２号', bold=True)
body += blank()
body += p('物価高騰対応子育て世帯臨時特別給付金の支給事務における市民税課税情報の目的外利用について', align='center', size=12, bold=True)
body += blank()
body += p('１' + '\u3000' + '諮問の内容')
body += p('\u3000\u3000' + '物価高騰対応子育て世帯臨時特別給付金（以下「給付金」という。）の支給対象者を抽出し、'
          '申請を要しない方法（プッシュ型）で支給するため、市民税課が課税事務のために保有する個人情報を、'
          'こども支援課が給付金の支給事務に利用することについて、伊勢崎市個人情報保護条例第９条第２項第４号の規定により諮問する。')
body += blank()
body += p('２' + '\u3000' + '諮問事項の概要')
body += p('（１）　件名' + NB * 10 + '物価高騰対応子育て世帯臨時特別給付金の支給事務における市民税課税情報の目的外利用について', indent=42)
body += p('（２）　実施機関' + NB * 6 + '伊勢崎市長')
body += p('（３）　担当部課' + NB * 6 + '福祉こども部　こども支援課')
body += p('（４）　保有課' + NB * 8 + '財政部　市民税課　（個人情報取扱事務の名称：市民税・県民税の賦課に関する事務）')
body += p('（５）　根拠規定' + NB * 6 + '伊勢崎市個人情報保護条例第９条第２項第４号')
body += p('\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000（相当の理由があり、本人の権利利益を不当に侵害するおそれがないとき）')
body += p('（６）　利用の期間' + NB * 4 + '答申の日から令和５年３月３１日まで')
body += p('（７）　対象者' + NB * 8 + '令和４年９月３０日時点で児童手当又は特別児童扶養手当を受給している者のうち、令和４年度分の市民税均等割が非課税である者及びその世帯員')
body += blank()
body += p('３' + '\u3000' + '目的外に利用する個人情報')
body += p('\u3000' + 'ア　受給者及び配偶者の氏名、生年月日、住所')
body += p('\u3000' + 'イ　令和４年度分の市民税均等割の課税・非課税の区分')
body += p('\u3000' + 'ウ　扶養親族の数')
body += p('\u3000' + 'エ　障害者控除の適用の有無')
body += p('\u3000' + 'オ　寡婦控除・ひとり親控除の適用の有無')
body += p('\u3000\u3000' + '※　所得金額そのものは利用せず、非課税判定の結果のみを照会する。')
body += blank()
body += p('４' + '\u3000' + '記録媒体等')
body += p('\u3000\u3000' + '住民情報システムの端末（こども支援課に設置されたもの）及び抽出結果を印字した紙の一覧表')
body += blank()
body += p('５' + '\u3000' + '個人情報の保護対策')
body += p('（１）　課税情報の照会は、住民情報システムの照会権限をこども支援課の給付金担当職員４名に限って付与し、'
          '操作はすべて操作履歴として記録する。', indent=42)
body += p('（２）　端末の利用にあたっては、職員ごとの利用者ＩＤとパスワードによる認証を行う。', indent=42)
body += p('（３）　抽出結果を印字した一覧表は、給付金の支給事務以外には用いず、業務時間外は施錠できる書庫に保管する。', indent=42)
body += p('（４）　給付金の支給が終了した後、一覧表は溶解処理により廃棄する。', indent=42)
body += p('（５）　担当職員に対し、目的外利用の範囲と守るべき事項について、事前に課内研修を行う。', indent=42)
body += blank()
body += p('６' + '\u3000' + '目的外利用を必要とする理由')
body += p('\u3000\u3000' + '給付金の対象者が自ら課税状況を証明する書類を取得して申請する負担を避け、速やかに支給するため。'
          'なお、申請によらず支給する者には、事前に支給予定通知を送付し、受給を拒否する機会を設ける。')
body += blank()
body += p('事務局　総務部　行政課（法制・情報公開担当）', align='right', size=9)
body += p('－１－', align='center', size=9)

body += pagebreak()

# ---------------------------------------------------------------- matter 2
body += p('資料３', align='right')
body += p('令和４年度第１回伊勢崎市個人情報保護審議会', align='right', size=9)
body += blank()
body += p('報告第５号', bold=True)
body += blank()
body += p('胃がん内視鏡検診の読影結果入力及び通知書作成業務の委託について（報告）', align='center', size=12, bold=True)
body += blank()
body += p('１' + '\u3000' + '報告事項')
body += p('（１）　件名' + NB * 12 + '胃がん内視鏡検診の読影結果入力及び通知書作成業務の委託について', indent=42)
body += p('（２）　根拠規定' + NB * 8 + '伊勢崎市個人情報保護条例第１１条第２項')
body += p('（３）　担当課' + NB * 10 + '健康推進部　健康づくり課')
body += p('（４）　委託先' + NB * 10 + '一般財団法人上州健康データ管理機構（前橋市）')
body += p('（５）　委託期間' + NB * 8 + '令和４年６月１日から令和５年３月３１日まで')
body += p('\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000' + 'ただし、令和５年度以降も同様の内容で委託を継続する予定である。')
body += p('（６）　委託の理由' + NB * 6 + '二重読影の結果を短期間で正確に入力し、受診者への結果通知を迅速に行うため。')
body += blank()
body += p('２' + '\u3000' + '取り扱う個人情報')
body += "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
W = (150, 420)
body += row(['区分', '項目'], W)
body += row(['受診者の基本情報', '氏名、生年月日、性別、住所、受診券番号'], W)
body += row(['検診に関する情報', '受診日、受診した医療機関名、既往歴（胃の手術歴を含む。）、読影所見、判定結果（要精密検査・異常なし）'], W)
body += row(['費用に関する情報', '自己負担金の免除区分、生活保護の受給の有無'], W)
body += "</table>\n"
body += p('※　電話番号は問診票の記載欄にあるが、本業務では入力しない。', size=9)
body += blank()
body += p('３' + '\u3000' + '記録媒体')
body += p('\u3000' + 'ア　紙（検診票及び問診票の写し）')
body += p('\u3000' + 'イ　暗号化機能付きＵＳＢメモリ（入力結果の受渡しに使用）')
body += p('\u3000' + 'ウ　受託者の事業所内にある入力作業用のパソコン')
body += blank()
body += p('４' + '\u3000' + '個人情報保護対策')
body += p('（１）　市の対策')
body += p('\u3000' + 'ア　委託契約書に別記「個人情報取扱特記事項」を付し、受託者に遵守させる。', indent=31.5)
body += p('\u3000' + 'イ　検診票の受渡しは、件数を記入した受渡票を用いて職員と受託者の双方で確認し、施錠できるケースに入れて運ぶ。', indent=31.5)
body += p('\u3000' + 'ウ　ＵＳＢメモリのパスワードは、媒体とは別に電話で受託者に知らせる。', indent=31.5)
body += p('\u3000' + 'エ　年１回以上、受託者の作業場所を訪れて取扱状況を実地に確認する。', indent=31.5)
body += p('（２）　受託者の対策')
body += p('\u3000' + 'ア　個人情報の管理責任者及び作業従事者を定め、その名簿を市に提出する。', indent=31.5)
body += p('\u3000' + 'イ　作業室の入退室は、ＩＣカードにより管理し、その記録を保存する。', indent=31.5)
body += p('\u3000' + 'ウ　入力作業用のパソコンは外部のネットワークから切り離し、盗難を防ぐためワイヤーで机に固定する。', indent=31.5)
body += p('\u3000' + 'エ　パソコンの操作履歴を記録し、管理責任者が月に１回確認する。', indent=31.5)
body += p('\u3000' + 'オ　検診票は、作業時以外は鍵のかかるキャビネットに保管し、作業終了後は速やかに市に返却する。', indent=31.5)
body += p('\u3000' + 'カ　委託期間が終了したときは、パソコン内のデータを完全に消去し、その旨を書面で市に報告する。', indent=31.5)
body += blank()
body += p('５' + '\u3000' + '特記事項')
body += p('\u3000\u3000' + '別記のとおり')
body += blank()
body += p('事務局　総務部　行政課（法制・情報公開担当）', align='right', size=9)
body += p('－２－', align='center', size=9)

body += pagebreak()

# ---------------------------------------------------------------- annex
body += p('別記', bold=True)
body += p('個人情報取扱特記事項', align='center', size=12, bold=True)
body += blank()
clauses = [
    ('基本的事項', '受託者は、個人情報の保護の重要性を認識し、この契約による業務を行うに当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('秘密の保持', '受託者は、この契約による業務に関して知り得た個人情報を他人に知らせ、又は不当な目的に使用してはならない。この契約が終了し、又は解除された後においても同様とする。'),
    ('収集の制限', '受託者は、この契約による業務を行うために個人情報を収集するときは、業務の目的を達成するために必要な範囲内で、適法かつ公正な手段により収集しなければならない。'),
    ('目的外の利用及び提供の禁止', '受託者は、委託者の指示がある場合を除き、この契約による業務に関して知り得た個人情報を契約の目的以外の目的に利用し、又は第三者に提供してはならない。'),
    ('再委託の禁止', '受託者は、委託者の書面による承諾があるときを除き、この契約による業務を第三者に委託してはならない。'),
    ('複写又は複製の禁止', '受託者は、委託者の承諾があるときを除き、委託者から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。'),
    ('作業場所の外への持出しの禁止', '受託者は、委託者が承諾した場合を除き、個人情報が記録された資料等を作業場所の外へ持ち出してはならない。'),
    ('資料等の返還', '受託者は、この契約による業務を処理するために委託者から提供を受け、又は受託者自らが作成した個人情報が記録された資料等を、業務の完了後直ちに委託者に返還し、又は引き渡すものとする。'),
    ('従事者への周知', '受託者は、業務に従事している者に対し、在職中及び退職後においても業務に関して知り得た個人情報をみだりに他人に知らせてはならないこと等、個人情報の保護に必要な事項を周知しなければならない。'),
    ('実地調査', '委託者は、必要があると認めるときは、受託者が取り扱う個人情報の管理状況について、随時に実地調査をすることができる。'),
    ('事故発生時における報告', '受託者は、この特記事項に違反する事態が生じ、又は生じるおそれがあることを知ったときは、速やかに委託者に報告し、委託者の指示に従うものとする。'),
    ('契約の解除及び損害の賠償', '委託者は、受託者がこの特記事項の内容に違反していると認めたときは、契約の解除及び損害賠償の請求をすることができる。'),
]
kansuji = '１２３４５６７８９'
for i, (head, text) in enumerate(clauses, 1):
    num = ''.join(kansuji[int(c) - 1] if c != '0' else '０' for c in str(i))
    body += p(f'（{head}）')
    body += p(f'第{num}条' + '\u3000' + text, indent=10.5)
body += blank()
body += p('－３－', align='center', size=9)

html = HEAD + body + TAIL
with open(OUT, 'wb') as f:
    f.write(html.replace('\n', '\r\n').encode('cp932'))
print('wrote', OUT)
