#!/usr/bin/env python3
"""Writes raw/j2_toyohashi_2018.html: a Word 'web page' (filtered) export in Shift_JIS."""
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw', 'j2_toyohashi_2018.html')

MIN = "font-family:\"ＭＳ 明朝\",serif;mso-ascii-font-family:Century;mso-hansi-font-family:Century"
GOT = "font-family:\"ＭＳ ゴシック\";mso-ascii-font-family:Arial"


def r(t, style=MIN, lang=None):
    la = f" lang={lang}" if lang else ''
    return f"<span{la} style='{style}'>{t}</span>"


def en(t):
    return f"<span lang=EN-US>{t}</span>"


def p(*runs, cls='MsoNormal', style=None):
    st = f" style='{style}'" if style else ''
    body = ''.join(runs) if runs else "<o:p>&nbsp;</o:p>"
    return f"<p class={cls}{st}>{body}<span lang=EN-US><o:p></o:p></span></p>\n"


def blank():
    return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"


def cell(width, paras, shade=False):
    bg = 'background:#F2F2F2;mso-shading:white;' if shade else ''
    return (f"  <td width={width} valign=top style='width:{width*0.75:.1f}pt;border:solid windowtext 1.0pt;"
            f"mso-border-alt:solid windowtext .5pt;{bg}padding:0mm 5.4pt 0mm 5.4pt'>\n" + ''.join(paras) + "  </td>\n")


def table(rows):
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n mso-yfti-tbllook:1184;mso-padding-alt:0mm 5.4pt 0mm 5.4pt'>\n"]
    for i, (label, paras) in enumerate(rows):
        out.append(f" <tr style='mso-yfti-irow:{i}'>\n")
        out.append(cell(132, [p(r(label, GOT))], shade=True))
        out.append(cell(470, paras))
        out.append(" </tr>\n")
    out.append("</table>\n")
    return ''.join(out)


def bullet(*runs):
    return p(*runs, style='margin-left:10.5pt;text-indent:-10.5pt')


HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=shift_jis">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="H30-2_shiryou.files/filelist.xml">
<title>平成30年度第2回豊橋市個人情報保護審議会資料</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>fukushi-seisaku</o:Author>
  <o:LastAuthor>gyousei03</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:Created>2018-10-22T01:12:00Z</o:Created>
  <o:LastSaved>2018-10-29T06:40:00Z</o:LastSaved>
  <o:Pages>3</o:Pages>
  <o:Company>豊橋市</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:UseFELayout/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"ＭＳ 明朝";
	panose-1:2 2 6 9 4 2 5 8 3 4;
	mso-font-charset:128;}
 @font-face
	{font-family:"ＭＳ ゴシック";
	panose-1:2 11 6 9 7 2 5 8 2 4;
	mso-font-charset:128;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0mm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"ＭＳ 明朝",serif;
	mso-font-kerning:1.0pt;}
 p.MsoTitle
	{margin:0mm;text-align:center;font-size:14.0pt;font-family:"ＭＳ ゴシック";}
 table.MsoTableGrid
	{mso-style-name:表\\(格子\\);
	mso-tstyle-rowband-size:0;
	border:solid windowtext 1.0pt;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:99.25pt 30.0mm 30.0mm 30.0mm;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-page-numbers:1;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:標準の表;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2049" fill="f" fillcolor="white"/>
</xml><![endif]-->
</head>

<body lang=JA style='tab-interval:42.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:18.0pt'>

"""

parts = [HEAD]
A = parts.append

A(p(r('資料', GOT), r('２', GOT), style='text-align:right'))
A(p(r('平成', GOT), en('30'), r('年度第２回', GOT), r('豊橋市個人情報保護審議会', GOT), style='text-align:right'))
A(p(r('事務局：総務部行政課', MIN), style='text-align:right'))
A(blank())
A(p(r('個人情報の取扱いに係る', GOT), r('案件について', GOT), cls='MsoTitle'))
A(blank())
A(p(r('&nbsp;本日の審議会では、次の２件について御審議・御報告いたします。', MIN)))
A(blank())

# ---------------- matter 1
A(p(r('１', GOT), r('<span style=\'mso-spacerun:yes\'>&nbsp; </span>', GOT), r('報告案件', GOT)))
rows1 = [
    ('件名', [p(r('障害福祉サービス受給者証等の印刷及び封入', MIN), r('封かん業務の委託について', MIN))]),
    ('区分', [p(r('報告（個人情報取扱事務の委託）', MIN))]),
    ('条例の根拠', [p(r('豊橋市個人情報保護条例第', MIN), en('11'), r('条第１項', MIN))]),
    ('所管', [p(r('福祉部', MIN), r('<span style=\'mso-spacerun:yes\'>&nbsp;&nbsp;</span>', MIN), r('障害福祉課', MIN))]),
    ('委託先', [p(r('株式会社三河データ', MIN), r('プリント', MIN))]),
    ('委託の理由', [p(r('受給者証の一斉更新に伴い、短期間に大量の印刷及び封入封かん作業が生じるため、専門の設備と', MIN),
                    r('技術を有する事業者に委託する。', MIN))]),
    ('個人情報の項目', [
        p(r('（受給者）', MIN)),
        p(r('受給者証番号、氏名、住所、生年月日、障害支援区分、身体障害者', MIN), r('手帳の等級、支給決定期間、利用者', MIN),
          r('負担上限月額', MIN)),
        p(r('（保護者）※受給者が', MIN), en('18'), r('歳未満の場合', MIN)),
        p(r('氏名、続柄', MIN)),
    ]),
    ('記録媒体', [p(r('紙（受給者証、送付用封筒）、', MIN), en('DVD-R'), r('、委託先の印刷データ処理用サーバー', MIN))]),
    ('委託期間', [p(r('平成', MIN), en('30'), r('年７月１日から平成', MIN), en('31'), r('年３月３１日まで', MIN))]),
    ('市が講ずる安全対策', [
        bullet(en('(1)'), r('&nbsp;', MIN), r('契約書に個人情報取扱特記事項を付し、その遵守を受託者に義務付ける。', MIN)),
        bullet(en('(2)'), r('&nbsp;', MIN), r('データを記録した', MIN), en('DVD-R'),
               r('は施錠できるケースに入れて職員が持参し、受託者との間で受領書を取り交わす。', MIN)),
        bullet(en('(3)'), r('&nbsp;', MIN), en('DVD-R'), r('に書き込むファイルにはパスワードを設定し、そのパスワードは', MIN),
               r('別途ファクシミリで受託者に通知する。', MIN)),
    ]),
    ('受託者が講ずる安全対策', [
        bullet(en('(1)'), r('&nbsp;', MIN), r('業務責任者及び従事者を選任し、その名簿を作業の開始前に市へ届け出る。', MIN)),
        bullet(en('(2)'), r('&nbsp;', MIN), r('作業は工場内のセキュリティ', MIN), r('エリアで行い、エリアへの入退室は', MIN), en('IC'),
               r('カードにより管理する。', MIN)),
        bullet(en('(3)'), r('&nbsp;', MIN), r('サーバーはファイアウォールにより外部のネットワークから遮断し、操作ログを取得して定期的に確認する。', MIN)),
        bullet(en('(4)'), r('&nbsp;', MIN), r('サーバーへのログインは、担当者ごとに割り当てた', MIN), en('ID'), r('とパスワードにより行う。', MIN)),
        bullet(en('(5)'), r('&nbsp;', MIN), r('作業ごとに印刷枚数を記録し、印刷不良により生じた損紙は裁断して処分する。', MIN)),
        bullet(en('(6)'), r('&nbsp;', MIN), r('業務の完了後はサーバー上のデータを消去し、消去した旨を書面で市に報告する。', MIN)),
        bullet(en('(7)'), r('&nbsp;', MIN), r('業務の再委託は行わない。', MIN)),
    ]),
]
A(table(rows1))
A(p(r('※特記事項の条文は、本市の標準様式によるため添付を省略する。', MIN), style='margin-left:10.5pt;text-indent:-10.5pt;font-size:9.0pt'))
A(blank())

# page break as Word writes it
A("<span lang=EN-US style='font-size:10.5pt;font-family:\"Century\",serif;mso-fareast-font-family:\"ＭＳ 明朝\";"
  "mso-font-kerning:1.0pt;mso-ansi-language:EN-US;mso-fareast-language:JA;mso-bidi-language:AR-SA'><br clear=all "
  "style='page-break-before:always'>\n</span>\n")

# ---------------- matter 2
A(p(r('２', GOT), r('<span style=\'mso-spacerun:yes\'>&nbsp; </span>', GOT), r('諮問案件', GOT)))
rows2 = [
    ('件名', [p(r('避難行動要支援者名簿の更新に伴う民生委員・児童委員からの個人情報の', MIN), r('収集について', MIN))]),
    ('区分', [p(r('諮問（本人以外のものからの収集）', MIN))]),
    ('条例の根拠', [p(r('豊橋市個人情報保護条例第８条第２項第', MIN), en('6'), r('号', MIN))]),
    ('所管', [p(r('福祉部', MIN), r('<span style=\'mso-spacerun:yes\'>&nbsp;&nbsp;</span>', MIN), r('福祉政策課', MIN))]),
    ('収集の相手方', [p(r('各地区の民生委員・児童委員', MIN))]),
    ('本人以外から収集する理由', [p(r('災害時に自力で避難することが難しい方の在宅状況や緊急時の連絡先は、', MIN),
                             r('日頃から見守り活動を行っている民生委員・児童委員が最もよく把握しており、名簿を実情に即したものに更新するためには、その協力を得る必要があるため。', MIN))]),
    ('収集する個人情報', [
        p(r('【要支援者】', MIN)),
        p(r('氏名、住所、電話番号、日中の在宅状況、同居者の有無、かかりつけ医療機関名、避難時に配慮が必要な事項', MIN)),
        p(r('【緊急連絡先】', MIN)),
        p(r('氏名、続柄、電話番号', MIN)),
        p(r('※要介護認定及び障害者手帳に関する情報は、長寿介護課及び障害福祉課から名簿作成のため既に提供を受けており、今回の収集の対象ではない。', MIN),
          style='font-size:9.0pt'),
    ]),
    ('記録媒体', [p(r('紙（実態調査票）、避難行動要支援者台帳システム（市の内部情報系ネットワーク上で運用）', MIN))]),
    ('実施時期', [p(r('平成', MIN), en('30'), r('年', MIN), en('11'), r('月１日から', MIN)),
                 p(r('以後、毎年度同じ時期に実施する。', MIN))]),
    ('個人情報の保護対策', [
        bullet(r('・調査の開始前に、民生委員・児童委員を対象とする説明会を開き、調査票の取扱方法を周知する。', MIN)),
        bullet(r('・調査票への記入は本人又は家族の同意を得て行い、名簿の更新に必要な事項に限って収集する。', MIN)),
        bullet(r('・記入を終えた調査票は封筒に封入し、民生委員・児童委員が福祉政策課へ直接持参する。郵送による提出は認めない。', MIN)),
        bullet(r('・受け取った調査票は、台帳システムへの入力を終えた後、鍵のかかる書庫に保管する。', MIN)),
        bullet(r('・台帳システムを利用できる者は福祉政策課の担当職員に限り、', MIN), en('ID'), r('及びパスワードによる認証を行う。', MIN)),
    ]),
]
A(table(rows2))
A(blank())
A(p(r('問合せ先', MIN), r('<span style=\'mso-spacerun:yes\'>&nbsp; </span>', MIN), r('福祉部福祉政策課', MIN),
    r('<span style=\'mso-spacerun:yes\'>&nbsp; </span>', MIN), r('電話', MIN), en('0532-51-0000'), style='text-align:right'))
A("\n</div>\n\n</body>\n\n</html>\n")

html = ''.join(parts)
open(OUT, 'wb').write(html.replace('\n', '\r\n').encode('cp932'))
print('wrote', OUT, len(html))
