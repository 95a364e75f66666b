#!/usr/bin/env python3
"""Writes src/x/x1_ogaki_2022.html (a CMS page of 大垣市) and prints it to raw/x1_ogaki_2022.pdf
with headless Chromium.  The browser's print header/footer (date and time, <title>, URL, n/m) are
drawn by CSS @page margin boxes, because headless Chromium is run with --no-pdf-header-footer so
that the file URL does not appear.  All names except 大垣市 are invented."""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML = os.path.join(HERE, 'x1_ogaki_2022.html')
PDF = os.path.join(ROOT, 'raw', 'x1_ogaki_2022.pdf')

TITLE = '令和4年度第2回大垣市個人情報保護審議会の会議資料 - 大垣市'
URL = 'https://www.city.ogaki.lg.jp/0000061427.html'

page = r'''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>__TITLE__</title>
<style>
@page {
  size: A4 portrait;
  margin: 12mm 9mm 12mm 9mm;
  @top-left { content: "2022/12/05 16:37"; font-family: "Noto Sans CJK JP", sans-serif; font-size: 7.5pt; }
  @top-center { content: "__TITLE__"; font-family: "Noto Sans CJK JP", sans-serif; font-size: 7.5pt; }
  @bottom-left { content: "__URL__"; font-family: "Noto Sans CJK JP", sans-serif; font-size: 7.5pt; }
  @bottom-right { content: counter(page) "/" counter(pages); font-family: "Noto Sans CJK JP", sans-serif; font-size: 7.5pt; }
}
body { font-family: "Noto Sans CJK JP", sans-serif; font-size: 9.5pt; line-height: 1.6; color: #222; margin: 0; }
a { color: #1a4d9c; }
#skip { font-size: 8pt; }
#site-header { border-bottom: 3px solid #2a7d4f; padding: 2mm 0; display: flex; justify-content: space-between; align-items: center; }
#logo { font-size: 17pt; font-weight: bold; color: #2a7d4f; }
#logo small { font-size: 8pt; color: #555; display: block; font-weight: normal; }
#tools { font-size: 8pt; text-align: right; }
#tools span { border: 1px solid #999; padding: 0 1.5mm; margin-left: 1mm; }
#gnav ul { list-style: none; margin: 0; padding: 0; display: flex; background: #2a7d4f; }
#gnav li { flex: 1; text-align: center; color: #fff; font-size: 8.5pt; padding: 1.5mm 0; border-right: 1px solid #fff; }
#bread { font-size: 8pt; margin: 2mm 0; }
#wrap { display: flex; align-items: flex-start; }
#side { width: 42mm; flex: none; margin-right: 5mm; font-size: 8pt; border: 1px solid #bbb; }
#side h2 { font-size: 9pt; background: #e4f1e9; margin: 0; padding: 1.5mm; }
#side ul { margin: 0; padding: 1mm 1mm 1mm 5mm; }
#main { flex: 1; }
#main h1 { font-size: 14pt; border-left: 6px solid #2a7d4f; padding-left: 2mm; margin: 0 0 2mm; }
#main h2 { font-size: 11.5pt; background: #e4f1e9; padding: 1mm 2mm; margin: 5mm 0 2mm; }
#main h3 { font-size: 10pt; border-bottom: 1px solid #2a7d4f; margin: 4mm 0 1.5mm; }
.update { font-size: 8pt; text-align: right; }
table.fact { border-collapse: collapse; width: 100%; }
table.fact th, table.fact td { border: 1px solid #666; padding: 1.2mm 1.8mm; vertical-align: top; text-align: left; }
table.fact th { background: #f2f2f2; width: 26mm; font-weight: normal; }
table.fact td p { margin: 0 0 1mm; }
table.fact td ul { margin: 0; padding-left: 4.5mm; }
.note { font-size: 8.5pt; }
ol.annex { padding-left: 0; list-style: none; }
ol.annex li { margin-bottom: 1.2mm; }
.totop { text-align: right; font-size: 8pt; margin: 3mm 0; }
.pdfnote { border: 1px solid #ccc; padding: 2mm; font-size: 8pt; margin-top: 4mm; }
.inquiry { border: 2px solid #2a7d4f; padding: 2mm 3mm; margin-top: 4mm; font-size: 8.5pt; }
#site-footer { margin-top: 5mm; border-top: 3px solid #2a7d4f; font-size: 8pt; padding-top: 2mm; }
#site-footer ul { list-style: none; padding: 0; display: flex; gap: 4mm; margin: 0 0 1mm; }
</style>
</head>
<body>
<div id="skip"><a href="#main">本文へスキップ</a></div>
<header id="site-header">
  <div id="logo">大垣市<small>水都 おおがき</small></div>
  <div id="tools">
    <span>文字サイズ 標準 拡大</span><span>背景色 白 黒 青</span><span>Foreign Language</span><br>
    サイト内検索 <span>　　　　　　　　　検索</span>
  </div>
</header>
<nav id="gnav">
  <ul>
    <li>くらし・手続き</li><li>子育て・教育</li><li>健康・福祉</li><li>観光・文化</li><li>産業・ビジネス</li><li>市政情報</li>
  </ul>
</nav>
<div id="bread"><a href="#">ホーム</a> &gt; <a href="#">市政情報</a> &gt; <a href="#">審議会・委員会</a> &gt; <a href="#">個人情報保護審議会</a> &gt; 令和4年度第2回大垣市個人情報保護審議会の会議資料</div>
<div id="wrap">
<aside id="side">
  <h2>個人情報保護審議会</h2>
  <ul>
    <li><a href="#">審議会の概要・委員名簿</a></li>
    <li><a href="#">令和4年度第1回大垣市個人情報保護審議会の会議資料</a></li>
    <li><a href="#">令和3年度第3回大垣市個人情報保護審議会の会議資料</a></li>
    <li><a href="#">令和3年度第2回大垣市個人情報保護審議会の会議資料</a></li>
    <li><a href="#">答申一覧</a></li>
    <li><a href="#">個人情報の開示請求の手続き</a></li>
  </ul>
  <h2>よく見られているページ</h2>
  <ul>
    <li><a href="#">マイナンバーカードの交付</a></li>
    <li><a href="#">ごみの分け方・出し方</a></li>
    <li><a href="#">各種健（検）診のご案内</a></li>
  </ul>
</aside>
<main id="main">
<h1>令和4年度第2回大垣市個人情報保護審議会の会議資料</h1>
<p class="update">更新日：2022年11月28日</p>

<h2>開催概要</h2>
<table class="fact">
<tr><th>日時</th><td>令和4年11月24日（木曜日）午後1時30分から午後3時まで</td></tr>
<tr><th>場所</th><td>大垣市役所 本庁舎4階 第3会議室</td></tr>
<tr><th>出席委員</th><td>7名（委員定数8名）</td></tr>
<tr><th>事務局</th><td>総務部 行政管理課（情報公開・個人情報保護担当）</td></tr>
<tr><th>議題</th><td>
  <p>（1）がん検診受診勧奨はがき作成及び発送業務の委託について（報告）</p>
  <p>（2）避難行動要支援者名簿の作成に係る介護保険情報及び障がい者手帳情報の目的外利用について（諮問）</p>
</td></tr>
<tr><th>傍聴者</th><td>なし</td></tr>
</table>
<p class="note">会議資料の全文は、下記のPDFファイルでもご覧いただけます。</p>
<ul class="note">
  <li><a href="#">次第（PDF：62KB）</a></li>
  <li><a href="#">資料1 がん検診受診勧奨はがき作成及び発送業務の委託について（PDF：318KB）</a></li>
  <li><a href="#">資料2 避難行動要支援者名簿に係る目的外利用について（PDF：274KB）</a></li>
</ul>

<h2>議題（1）報告事項</h2>
<h3>業務委託の概要</h3>
<table class="fact">
<tr><th>件名</th><td>がん検診受診勧奨はがき作成及び発送業務の委託について</td></tr>
<tr><th>区分</th><td>報告（大垣市個人情報保護条例第12条第2項）</td></tr>
<tr><th>所管</th><td>健康福祉部　保健事業課</td></tr>
<tr><th>委託の目的</th><td>前年度にがん検診（胃・大腸・肺・子宮頸・乳）を受診した市民のうち、本年度まだ受診していない方に対し、受診を勧めるはがきを送付して受診率の向上を図るため、はがきの作成、印字、封かん及び郵便差出しの業務を民間事業者に委託する。</td></tr>
<tr><th>委託先</th><td>株式会社西美濃ビジネスサポート（大垣市内の情報処理事業者）</td></tr>
<tr><th>委託期間</th><td>令和4年12月12日から令和5年3月17日まで<br>なお、令和5年度以降も同様の方法により委託する予定である。</td></tr>
<tr><th>取り扱う個人情報</th><td>
  <p>受診勧奨対象者の氏名、性別、生年月日、住所、宛名番号、前年度受診日、前年度精密検査結果（要精検・異常なしの別）</p>
  <p class="note">※電話番号及び勤務先は委託先に提供しない。</p>
  <p class="note">※対象者数は約9,800人を見込んでいる。</p>
</td></tr>
<tr><th>記録媒体</th><td>
  <ul>
    <li>紙（受診勧奨はがき、校正用出力紙）</li>
    <li>DVD-R（市から委託先へのデータ受渡し用）</li>
    <li>委託先の作業用パソコン（インターネットに接続しない専用機）</li>
  </ul>
  <p class="note">電子メールによるデータの送受信は行わない。</p>
</td></tr>
<tr><th>個人情報の流れ</th><td>
  <p>①市が健康管理システムから対象者データを抽出し、暗号化してDVD-Rに格納する。</p>
  <p>②市職員がDVD-Rを委託先に持参し、委託先の業務責任者に手渡す。</p>
  <p>③委託先がはがきを印字・封かんし、郵便局へ差し出す。</p>
  <p>④業務終了後、委託先はDVD-Rを市に返却し、作業用パソコン内のデータを消去する。</p>
</td></tr>
</table>

<h3>個人情報保護のための措置</h3>
<table class="fact">
<tr><th>市の措置</th><td>
  <ul>
    <li>委託契約書に「個人情報取扱特記事項」を添付し、委託先にその遵守を義務付ける。</li>
    <li>DVD-Rに格納するデータは暗号化する。</li>
    <li>復号用のパスワードは、DVD-Rとは別に電話で委託先の業務責任者へ伝える。</li>
    <li>DVD-Rの受渡しは市職員が委託先へ持参して手渡しで行い、受渡簿に日時と受領者を記録する。</li>
    <li>業務期間中、必要に応じて委託先の作業場所に立入検査を行う。</li>
  </ul>
</td></tr>
<tr><th>委託先の措置<br>（人的）</th><td>
  <ul>
    <li>個人情報取扱責任者及び作業従事者を指定し、その名簿を作業開始前に市へ提出させる。</li>
    <li>作業従事者に対し、個人情報の適正な取扱いに関する研修を作業開始前に受講させる。</li>
  </ul>
</td></tr>
<tr><th>委託先の措置<br>（物理的）</th><td>
  <ul>
    <li>作業室はICカードによる入退室管理を行い、入退室の記録を保存させる。</li>
    <li>DVD-R及び校正用出力紙は、作業時以外は鍵付きキャビネットに収納させる。</li>
    <li>業務終了後、作業用パソコン内のデータを復元できない方法で消去し、DVD-Rを市に返却させるとともに、データ消去証明書を提出させる。</li>
  </ul>
</td></tr>
<tr><th>委託先の措置<br>（技術的）</th><td>
  <ul>
    <li>作業用パソコンは、インターネットその他の外部ネットワークに接続させない。</li>
    <li>作業用パソコンの起動時には、作業従事者ごとの利用者IDとパスワードによる認証を行わせる。</li>
    <li>作業用パソコンにはウイルス対策ソフトを導入させ、パターンファイルを常に最新の状態に保たせる。</li>
  </ul>
</td></tr>
<tr><th>委託先の措置<br>（事故時）</th><td>
  <ul>
    <li>個人情報の漏えい、滅失又はき損が発生し、又はそのおそれがあるときは、直ちに市へ報告させ、市の指示に従わせる。</li>
  </ul>
</td></tr>
</table>

<h3>個人情報取扱特記事項（委託契約書添付）</h3>
<ol class="annex">
  <li>（基本的事項）<br>第1条　受託者は、個人情報の保護の重要性を認識し、この契約による業務を実施するに当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。</li>
  <li>（秘密の保持）<br>第2条　受託者は、この契約による業務に関して知り得た個人情報をみだりに他人に知らせてはならない。この契約が終了し、又は解除された後においても同様とする。</li>
  <li>（収集の制限）<br>第3条　受託者は、この契約による業務を行うために個人情報を収集するときは、業務の目的を達成するために必要な範囲内で、適法かつ公正な手段により収集しなければならない。</li>
  <li>（目的外利用及び提供の禁止）<br>第4条　受託者は、委託者の指示がある場合を除き、この契約による業務に関して知り得た個人情報を契約の目的以外の目的に利用し、又は第三者に提供してはならない。</li>
  <li>（複写又は複製の禁止）<br>第5条　受託者は、委託者の承諾なしに、委託者から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。</li>
  <li>（再委託の禁止）<br>第6条　受託者は、この契約による業務を第三者に委託してはならない。ただし、あらかじめ委託者の書面による承諾を得た場合は、この限りでない。</li>
  <li>（持出しの禁止）<br>第7条　受託者は、委託者が指定した場所以外へ個人情報が記録された資料等を持ち出してはならない。</li>
  <li>（資料等の返還等）<br>第8条　受託者は、この契約による業務を処理するために委託者から引き渡され、又は受託者自らが作成した個人情報が記録された資料等を、業務完了後直ちに委託者に返還し、又は引き渡すものとする。</li>
  <li>（取扱状況の報告及び調査）<br>第9条　委託者は、必要があると認めるときは、受託者に対し個人情報の取扱状況について報告を求め、又は受託者の作業場所において調査することができる。</li>
  <li>（事故発生時における報告）<br>第10条　受託者は、この契約に違反する事態が生じ、又は生ずるおそれがあることを知ったときは、速やかに委託者に報告し、委託者の指示に従うものとする。</li>
  <li>（損害賠償）<br>第11条　受託者がこの特記事項に違反したことにより委託者又は第三者に損害を与えたときは、受託者はその損害を賠償しなければならない。</li>
</ol>
<p class="totop"><a href="#">このページの先頭へ</a></p>

<h2>議題（2）諮問事項</h2>
<h3>目的外利用の概要</h3>
<table class="fact">
<tr><th>件名</th><td>避難行動要支援者名簿の作成に係る介護保険情報及び障がい者手帳情報の目的外利用について</td></tr>
<tr><th>区分</th><td>諮問（大垣市個人情報保護条例第9条第2項第5号）</td></tr>
<tr><th>利用する課</th><td>生活環境部　防災危機管理課</td></tr>
<tr><th>個人情報を保有する課</th><td>福祉部　介護保険課、障がい福祉課</td></tr>
<tr><th>利用の目的</th><td>災害が発生し、又は発生するおそれがある場合に自ら避難することが困難な市民を把握し、避難支援等関係者と連携して避難の支援を行うため、避難行動要支援者名簿を作成し、年2回更新する。名簿の作成に当たり、福祉部が介護保険事務及び障がい者手帳交付事務のために保有する個人情報を、防災危機管理課が利用するもの。</td></tr>
<tr><th>利用する個人情報</th><td>
  <p>【要介護認定を受けている者】氏名、生年月日、性別、住所、要介護状態区分</p>
  <p>【障がい者手帳の交付を受けている者】氏名、生年月日、性別、住所、身体障害者手帳の等級、療育手帳の障害程度</p>
  <p class="note">※病名、服薬の状況及び主治医の氏名は利用しない。</p>
</td></tr>
<tr><th>利用開始日</th><td>令和5年1月16日から</td></tr>
<tr><th>記録媒体</th><td>
  <p>防災情報管理システム（市の庁内ネットワーク内のシステム）、紙（名簿）</p>
  <p class="note">名簿の電子データをUSBメモリ等の外部記録媒体に書き出すことはしない。</p>
</td></tr>
<tr><th>目的外利用を必要とする理由</th><td>要介護状態区分や障がいの程度を把握しなければ、避難に支援を要する者を漏れなく名簿に登載することができず、本人からの申出のみでは名簿の網羅性が確保できないため。</td></tr>
<tr><th>個人情報保護のための措置<br>（運用面）</th><td>
  <ul>
    <li>名簿を閲覧できる者を、防災危機管理課の職員のうち課長が指名した者に限る。</li>
    <li>紙の名簿は、施錠できる書庫に保管する。</li>
    <li>更新により不要となった紙の名簿は、裁断の上、廃棄する。</li>
    <li>名簿を取り扱う職員に対し、毎年度、個人情報保護に関する研修を実施する。</li>
  </ul>
</td></tr>
<tr><th>個人情報保護のための措置<br>（システム面）</th><td>
  <ul>
    <li>防災情報管理システムは、職員ごとのIDとパスワードによる認証を経た者のみが利用できる。</li>
    <li>システムの操作履歴を記録し、担当係長が毎月点検する。</li>
  </ul>
</td></tr>
</table>
<p class="totop"><a href="#">このページの先頭へ</a></p>

<div class="pdfnote">
<p>PDFファイルをご覧いただくには、Adobe Acrobat Reader（無償）が必要です。お持ちでない方は、アドビ株式会社のサイトからダウンロードしてください。</p>
</div>

<div class="inquiry">
<p><strong>このページに関するお問い合わせ</strong></p>
<p>総務部 行政管理課 文書法制グループ<br>〒503-8601　岐阜県大垣市丸の内1丁目47番地の3（架空）<br>電話：0584-00-1234　ファクス：0584-00-1299<br>お問い合わせフォーム</p>
</div>
</main>
</div>
<footer id="site-footer">
  <ul><li>サイトマップ</li><li>個人情報の取扱い</li><li>ウェブアクセシビリティ</li><li>リンク・著作権</li></ul>
  <p>大垣市役所　法人番号：0000000000000<br>開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・休日、年末年始を除く）</p>
  <p>Copyright © Ogaki City. All Rights Reserved.</p>
</footer>
</body>
</html>
'''

page = page.replace('__TITLE__', TITLE).replace('__URL__', URL)
with open(HTML, 'w', encoding='utf-8') as f:
    f.write(page)
subprocess.run(['chromium', '--headless', '--no-sandbox', '--no-pdf-header-footer',
                '--print-to-pdf=' + PDF, HTML], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
print('wrote', PDF)
