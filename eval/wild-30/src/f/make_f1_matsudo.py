#!/usr/bin/env python3
"""Writes raw/f1_matsudo_2020.htm: a one-sheet Excel 「Web ページとして保存」 file, cp932."""
import os

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'raw', 'f1_matsudo_2020.htm')
BR = "<br style='mso-data-placement:same-cell'>"


def cell(cls, text, extra=''):
    text = text if text else '&nbsp;'
    return f"  <td class={cls}{extra}>{BR.join(text.split(chr(10))) if text != '&nbsp;' else text}</td>\n"


STYLE = """<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
@page
	{margin:.51in .31in .51in .31in;
	mso-header-margin:.31in;
	mso-footer-margin:.31in;
	mso-page-orientation:landscape;}
tr
	{mso-height-source:auto;
	mso-ruby-visibility:none;}
col
	{mso-width-source:auto;
	mso-ruby-visibility:none;}
br
	{mso-data-placement:same-cell;}
.style0
	{mso-number-format:General;
	text-align:general;
	vertical-align:middle;
	white-space:nowrap;
	mso-rotate:0;
	mso-background-source:auto;
	mso-pattern:auto;
	color:black;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:游ゴシック, monospace;
	mso-font-charset:128;
	border:none;
	mso-protection:locked visible;
	mso-style-name:標準;
	mso-style-id:0;}
td
	{mso-style-parent:style0;
	padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-family:游ゴシック, monospace;
	mso-font-charset:128;
	border:none;
	mso-number-format:General;
	text-align:general;
	vertical-align:middle;
	mso-background-source:auto;
	mso-pattern:auto;
	mso-protection:locked visible;
	white-space:nowrap;
	mso-rotate:0;}
.font5
	{color:windowtext;
	font-size:9.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:"ＭＳ Ｐゴシック", monospace;
	mso-font-charset:128;}
.xl15
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:游ゴシック, monospace;
	mso-font-charset:128;
	mso-number-format:General;
	text-align:general;
	vertical-align:middle;
	mso-background-source:auto;
	mso-pattern:auto;
	white-space:nowrap;}
.xl65
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:14.0pt;
	font-weight:700;
	font-style:normal;
	text-decoration:none;
	font-family:"ＭＳ ゴシック", monospace;
	mso-font-charset:128;
	mso-number-format:General;
	text-align:center;
	vertical-align:middle;
	white-space:nowrap;}
.xl66
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:9.0pt;
	font-weight:400;
	font-family:"ＭＳ 明朝", serif;
	mso-font-charset:128;
	mso-number-format:"\\@";
	text-align:right;
	vertical-align:middle;
	white-space:nowrap;}
.xl67
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:9.0pt;
	font-weight:700;
	font-family:"ＭＳ ゴシック", monospace;
	mso-font-charset:128;
	mso-number-format:General;
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;
	background:#D9E1F2;
	mso-pattern:black none;
	white-space:normal;}
.xl68
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:9.0pt;
	font-weight:400;
	font-family:"ＭＳ 明朝", serif;
	mso-font-charset:128;
	mso-number-format:General;
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl69
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:9.0pt;
	font-weight:400;
	font-family:"ＭＳ 明朝", serif;
	mso-font-charset:128;
	mso-number-format:"\\@";
	text-align:left;
	vertical-align:top;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl70
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:8.0pt;
	font-weight:400;
	font-family:"ＭＳ 明朝", serif;
	mso-font-charset:128;
	mso-number-format:"\\@";
	text-align:left;
	vertical-align:top;
	border:.5pt solid windowtext;
	white-space:normal;
	mso-text-control:shrinktofit;}
.xl71
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:9.0pt;
	font-weight:400;
	font-family:"ＭＳ 明朝", serif;
	mso-font-charset:128;
	mso-number-format:General;
	text-align:left;
	vertical-align:top;
	white-space:normal;}
.xl72
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:9.0pt;
	font-weight:400;
	font-family:"ＭＳ 明朝", serif;
	mso-font-charset:128;
	mso-number-format:General;
	text-align:left;
	vertical-align:middle;
	white-space:nowrap;}
ruby
	{ruby-align:left;}
rt
	{color:windowtext;
	font-size:6.0pt;
	font-weight:400;
	font-family:"ＭＳ Ｐゴシック", monospace;
	mso-font-charset:128;
	mso-char-type:katakana;
	display:none;}
-->
</style>"""

COLS = [34, 38, 150, 96, 70, 120, 210, 96, 120, 260, 260]

ROWS = [
    dict(no='1', kind='報告',
         title='特定健康診査受診勧奨通知の作成及び発送業務の委託について',
         dept='健康福祉部\n国民健康保険課・健康推進課',
         basis='松戸市個人情報保護条例\n第12条第2項',
         other='株式会社ときわデータプロセス\n（千葉県松戸市常盤平西窪町○番地）',
         items='【対象者】\n氏名、性別、生年月日、住所\n被保険者記号番号\n前年度の特定健康診査の検査結果（血圧、血糖、脂質等）\n服薬状況\n直近の受診年月\n保健指導区分\n勧奨通知の送付履歴',
         media='紙（勧奨通知書）\nDVD-R\n委託先のパソコン',
         period='令和2年11月1日～令和3年3月31日\n（令和3年度以降も同様に委託する予定）',
         city='①委託契約書には個人情報取扱特記事項を付し、受託者が守るべき事項を明らかにする。\n'
              '②対象者データはDVD-Rに格納する前に暗号化し、解除用のパスワードは媒体とは切り離して電話で伝える。\n'
              '③媒体及び印刷済み通知書の受渡しは、市の職員と受託者の責任者が対面で行い、受渡記録簿に双方が署名する。\n'
              '④作業期間中に職員が受託者の作業場所へ立ち入り、データの扱いが契約どおりか確かめる。',
         ctr='①個人情報の取扱責任者と作業に従事する者を定め、その名簿を市へ提出する。\n'
             '②作業は入退室を記録している専用の作業室の中だけで行い、データを室外へ持ち出さない。\n'
             '③作業用のパソコンは外部のネットワークから切り離し、ウイルス定義ファイルを常に最新の状態に保つ。\n'
             '④従事者には、作業に入る前に個人情報の取扱いに関する社内研修を受けさせる。\n'
             '⑤業務完了後は市から受け取ったデータを完全に消去し、消去証明書を市へ提出する。\n'
             '⑥万一、漏えい等の事故が起きたときは、直ちに市へ報告し、その指示に従う。'),
    dict(no='2', kind='諮問',
         title='障害福祉サービス等の給付費請求に係る審査支払システムとの回線結合について',
         dept='福祉長寿部\n障害福祉課',
         basis='松戸市個人情報保護条例\n第15条第1項',
         other='千葉県国民健康保険団体連合会\n（障害者総合支援法審査支払等システム）',
         items='【受給者】\n受給者証番号、氏名、生年月日\n障害支援区分\n支給決定の内容\nサービス提供実績\n利用者負担上限月額\n【障害児の保護者】\n氏名',
         media='市の障害者福祉システム\n国保連合会の審査支払等システム',
         period='令和3年4月1日から',
         city='①回線はLGWANを経由する閉域網とし、インターネットとは接続しない。\n'
              '②システムを操作できる職員を障害福祉課の給付担当者に限定し、職員ごとのIDとパスワードにより本人確認を行う。\n'
              '③送受信するデータはすべて暗号化する。\n'
              '④端末の操作履歴を記録し、課長が毎月点検する。\n'
              '⑤端末機は執務室内に設置し、盗難防止用のワイヤーで机に固定する。',
         ctr=''),
    dict(no='3', kind='報告',
         title='子ども医療費助成システムにおける記録項目の追加について',
         dept='子ども部\n子育て支援課',
         basis='松戸市個人情報保護条例\n第11条第2項',
         other='',
         items='【追加する記録項目】\n身体障害者手帳の等級\n生活保護の受給状況\n保護者の所得額\n児童扶養手当の受給状況\n加入している健康保険の種別\n※所得額は、保有課である財務部市民税課の課税情報を照会して記録する。',
         media='市の子ども医療費助成システム\n紙（申請書）',
         period='令和3年1月4日から',
         city='①追加項目を閲覧し、更新する権限は、子育て支援課の担当職員に限って付与する。\n'
              '②システムのデータは毎日夜間に自動でバックアップを取得する。\n'
              '③申請書は審査後に施錠できる書庫へ収め、保存年限を過ぎたものは溶解処分する。\n'
              '④担当職員には、毎年度、情報セキュリティ研修を受講させる。',
         ctr=''),
]


def main():
    w = sum(COLS)
    h = []
    h.append('<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
             'xmlns:x="urn:schemas-microsoft-com:office:excel"\nxmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
             '<meta http-equiv=Content-Type content="text/html; charset=shift_jis">\n'
             '<meta name=ProgId content=Excel.Sheet>\n<meta name=Generator content="Microsoft Excel 15">\n'
             '<link rel=File-List href="R2-4_案件一覧.files/filelist.xml">\n')
    h.append(STYLE + '\n<!--[if gte mso 9]><xml>\n <x:ExcelWorkbook>\n  <x:ExcelWorksheets>\n   <x:ExcelWorksheet>\n'
             '    <x:Name>案件一覧</x:Name>\n    <x:WorksheetOptions>\n     <x:FitToPage/>\n     <x:Print>\n      <x:ValidPrinterInfo/>\n'
             '      <x:PaperSizeIndex>8</x:PaperSizeIndex>\n      <x:Scale>62</x:Scale>\n     </x:Print>\n     <x:Selected/>\n'
             '    </x:WorksheetOptions>\n   </x:ExcelWorksheet>\n  </x:ExcelWorksheets>\n  <x:WindowHeight>10800</x:WindowHeight>\n'
             '  <x:WindowWidth>28800</x:WindowWidth>\n  <x:ProtectStructure>False</x:ProtectStructure>\n'
             '  <x:ProtectWindows>False</x:ProtectWindows>\n </x:ExcelWorkbook>\n</xml><![endif]-->\n</head>\n\n'
             '<body link="#0563C1" vlink="#954F72">\n\n')
    h.append(f"<table border=0 cellpadding=0 cellspacing=0 width={w} style='border-collapse:\n collapse;table-layout:fixed;width:{w*3//4}pt'>\n")
    for c in COLS:
        h.append(f" <col width={c} style='mso-width-source:userset;mso-width-alt:{c*32};width:{c*3//4}pt'>\n")
    n = len(COLS)
    h.append(" <tr height=18 style='height:13.5pt'>\n"
             f"  <td colspan={n-2} height=18 class=xl72 style='height:13.5pt'>&nbsp;</td>\n"
             "  <td colspan=2 class=xl66>資料３</td>\n </tr>\n")
    h.append(" <tr height=32 style='height:24.0pt'>\n"
             f"  <td colspan={n} height=32 class=xl65 style='height:24.0pt'>令和２年度第４回松戸市個人情報保護審議会　報告・諮問案件一覧表</td>\n </tr>\n")
    h.append(" <tr height=18 style='height:13.5pt'>\n"
             f"  <td colspan={n-3} height=18 class=xl72 style='height:13.5pt'>開催日：令和２年１０月２３日（金）　会場：松戸市役所新館７階大会議室</td>\n"
             "  <td colspan=3 class=xl66>事務局：総務部総務課（行政情報担当室）</td>\n </tr>\n")
    # two-level header
    h.append(" <tr height=20 style='height:15.0pt'>\n")
    for lab in ['番号', '区分', '件名', '担当部課', '根拠条項', '委託先・結合先', '取り扱う個人情報の項目', '記録媒体', '期間']:
        h.append(f"  <td rowspan=2 height=44 class=xl67 style='height:33.0pt'>{lab}</td>\n")
    h.append("  <td colspan=2 class=xl67 style='border-left:none'>保護対策</td>\n </tr>\n")
    h.append(" <tr height=24 style='height:18.0pt'>\n"
             "  <td height=24 class=xl67 style='height:18.0pt;border-top:none;border-left:none'>市</td>\n"
             "  <td class=xl67 style='border-top:none;border-left:none'>委託先・結合先</td>\n </tr>\n")
    for r in ROWS:
        h.append(" <tr height=300 style='mso-height-source:userset;height:225.0pt'>\n")
        h.append(cell('xl68', r['no'], " height=300 style='height:225.0pt;border-top:none'"))
        h.append(cell('xl68', r['kind'], " style='border-top:none;border-left:none'"))
        for k in ('title', 'dept', 'basis', 'other', 'items', 'media', 'period'):
            h.append(cell('xl69', r[k], " style='border-top:none;border-left:none'"))
        h.append(cell('xl70', r['city'], " style='border-top:none;border-left:none'"))
        h.append(cell('xl70', r['ctr'], " style='border-top:none;border-left:none'"))
        h.append(' </tr>\n')
    notes = ['※　「区分」欄の報告案件は、条例の規定により実施機関が審議会に報告するものであり、諮問案件は審議会の意見を求めるものです。',
             '※　保護対策欄の丸数字は、各担当課が提出した説明資料の記載順に対応しています。',
             '※　受託者の所在地は契約締結時点のものです。']
    for i, t in enumerate(notes):
        h.append(" <tr height=18 style='height:13.5pt'>\n"
                 f"  <td colspan={n} height=18 class=xl71 style='height:13.5pt'>{t}</td>\n </tr>\n")
    h.append(' <![if supportMisalignedColumns]>\n <tr height=0 style=\'display:none\'>\n')
    for c in COLS:
        h.append(f'  <td width={c} style=\'width:{c*3//4}pt\'></td>\n')
    h.append(' </tr>\n <![endif]>\n</table>\n\n'
             '</body>\n\n</html>\n')
    text = ''.join(h).replace('\n', '\r\n')
    with open(OUT, 'wb') as f:
        f.write(text.encode('cp932'))


if __name__ == '__main__':
    main()
