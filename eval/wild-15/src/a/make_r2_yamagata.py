#!/usr/bin/env python3
"""Writes raw/r2_yamagata_2014.html: a CMS page of 山形市 (UTF-8, LF) where each matter is an
<h3> followed by a <dl> of <dt>/<dd> pairs.  All content invented except the city name."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw', 'r2_yamagata_2014.html')

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>平成26年度第3回山形市個人情報保護審議会の開催結果 - 山形市</title>
<link rel="stylesheet" href="/css/common.css">
<link rel="stylesheet" href="/css/page.css">
<script src="/js/jquery.min.js"></script>
<script src="/js/common.js"></script>
</head>
<body id="pagetop" class="format_free">
<div id="skip"><a href="#main">本文へスキップします。</a></div>
<div id="header">
  <div class="site_id"><a href="/"><img src="/img/logo.png" alt="山形市" width="220" height="48"></a></div>
  <ul class="header_util">
    <li><a href="/sitemap.html">サイトマップ</a></li>
    <li><a href="/foreign/index.html">Foreign Language</a></li>
    <li><a href="/voice.html">文字サイズ・色合い変更</a></li>
  </ul>
  <form action="/search/" method="get" class="site_search">
    <label for="q">サイト内検索</label><input type="text" id="q" name="q"><input type="submit" value="検索">
  </form>
  <ul id="gnav">
    <li><a href="/kurashi/index.html">くらし・手続き</a></li>
    <li><a href="/kosodate/index.html">子育て・教育</a></li>
    <li><a href="/kenko/index.html">健康・福祉</a></li>
    <li><a href="/bousai/index.html">防災・安全</a></li>
    <li><a href="/shisei/index.html">市政情報</a></li>
  </ul>
</div>

<div id="pankuzu">
<p>現在の位置：<a href="/">ホーム</a> &gt; <a href="/shisei/index.html">市政・まちづくり</a> &gt; <a href="/shisei/joho/index.html">情報公開と個人情報</a> &gt; <a href="/shisei/joho/shingikai/index.html">山形市個人情報保護審議会</a> &gt; 平成26年度第3回山形市個人情報保護審議会の開催結果</p>
</div>

<div id="main">
<div id="content">
<p class="update">更新日：2014年11月10日　ページID：4417</p>
<h1>平成26年度第3回山形市個人情報保護審議会の開催結果</h1>

<h2>開催の概要</h2>
<dl class="gaiyo">
<dt>日時</dt>
<dd>平成26年10月28日（火曜日）午後2時から午後3時40分まで</dd>
<dt>場所</dt>
<dd>山形市役所　本庁舎10階　第2会議室</dd>
<dt>出席委員</dt>
<dd>7名（委員定数8名）</dd>
<dt>審議結果</dt>
<dd>報告事項2件について報告を受けました。<br>諮問事項1件について、原案のとおり提供を認める旨の答申を行いました。</dd>
</dl>

<h2>報告事項</h2>

<h3>報告1　高齢者世帯等の除雪支援事業に係る利用申請受付及び協力員調整業務の委託について</h3>
<dl class="jian">
<dt>担当課</dt>
<dd>福祉推進部　長寿支援課</dd>
<dt>根拠条項</dt>
<dd>山形市個人情報保護条例第１１条第２項</dd>
<dt>委託の内容</dt>
<dd>自力での除雪が難しい高齢者のみの世帯等から利用申請を受け付け、地域の除雪協力員との割当てを行い、作業日程を調整する業務を委託します。これまで長寿支援課の窓口で行ってきた受付を、地域の実情に詳しい団体に任せることで、降雪時の対応を早めることを目的としています。</dd>
<dt>委託先</dt>
<dd>特定非営利活動法人やまがた雪みち支援ネット</dd>
<dt>委託期間</dt>
<dd>平成２６年１１月１日～平成２７年３月３１日<br>※平成２７年度以降も、冬期ごとに同様の委託を行う予定です。</dd>
<dt>取り扱う個人情報</dt>
<dd>
<ul>
<li>利用者：氏名、生年月日、住所、電話番号、世帯の状況（ひとり暮らし・高齢者のみの世帯等の別）、要介護度、障害者手帳の有無、緊急連絡先（親族の氏名及び電話番号）</li>
<li>除雪協力員：氏名、住所、電話番号、活動できる地区</li>
</ul>
</dd>
<dt>記録媒体</dt>
<dd>紙（利用申請書の写し、利用者台帳）<br>受託者の事務所のパソコン（利用者台帳及び割当表の作成に使用）</dd>
<dt>市が講じる保護措置</dt>
<dd>・契約書に個人情報の取扱いに関する特記事項を定め、受託者が守るべき事項を明らかにします。<br>
・利用申請書は原本を市で保管し、受託者には写しを職員が手渡しで引き渡します。その際は件数を双方で確かめ、受領書を受け取ります。<br>
・委託期間中は、必要に応じて職員が受託者の事務所に出向き、書類の保管の状況などを調べます。</dd>
<dt>受託者に講じさせる保護措置</dt>
<dd>
<ul>
<li>個人情報取扱責任者を置き、その氏名を市に届け出ること。</li>
<li>除雪協力員からは、活動の中で知った利用者の情報を他に漏らさない旨の誓約書を出してもらうこと。</li>
<li>利用者台帳は鍵のかかる書庫に保管し、事務所の外へ持ち出さないこと。</li>
<li>パソコンは、担当者に付与したユーザーIDとパスワードを入力しなければ起動できない設定とすること。</li>
<li>パソコンのウイルス対策ソフトは、常に最新の状態で動かすこと。</li>
<li>事故が起きたときは、すぐに市に報告し、市の指示に従って対応すること。</li>
<li>業務が終わったときは、利用申請書の写しを市に返し、パソコンに保存したデータは消去すること。</li>
</ul>
</dd>
</dl>
<p class="pagetop"><a href="#pagetop">このページの先頭へ</a></p>

<h3>報告2　子ども・子育て支援新制度の施行に伴う保育所入所管理システムの記録項目の追加について</h3>
<dl class="jian">
<dt>担当課</dt>
<dd>子育て推進部　保育課</dd>
<dt>根拠条項</dt>
<dd>山形市個人情報保護条例第12条第1項</dd>
<dt>概要</dt>
<dd>平成27年4月から子ども・子育て支援新制度が始まり、保育所等を利用する際には市による支給認定を受けることになります。認定の事務を保育所入所管理システムで行うため、次の項目を記録項目に加えます。現在記録している項目（児童及び保護者の氏名、住所等）に変更はありません。</dd>
<dt>追加の時期</dt>
<dd>平成27年4月1日から</dd>
<dt>追加する記録項目</dt>
<dd>
<ul>
<li>児童：支給認定区分（1号・2号・3号）、保育必要量（標準時間・短時間）、障害の有無及び程度</li>
<li>保護者：保育を必要とする事由、就労時間、疾病又は障害の状況</li>
<li>世帯：生活保護世帯への該当の有無、ひとり親世帯への該当の有無、市町村民税所得割額</li>
</ul>
</dd>
<dt>記録媒体</dt>
<dd>保育所入所管理システム（市のサーバ）<br>支給認定申請書（紙）</dd>
<dt>保護措置</dt>
<dd>【システム】<br>
　システムを使えるのは保育課の職員に限り、ログインの際は職員ごとのIDとパスワードで本人であることを確かめます。<br>
　障害や疾病に関する項目は、入所の選考に当たる職員だけが見られるよう、画面ごとに権限を分けて設定します。<br>
　システムでの操作は全て記録され、係長が定期的に内容を確認します。<br>
　データは毎日夜間にバックアップを取り、本庁舎とは別の建物に保管します。<br>
【機器・書類】<br>
　サーバは、入退室を管理している電算室に置いています。<br>
　申請書は施錠できる書庫にしまい、保存期間が過ぎたものは溶解処分します。<br>
【職員】<br>
　新制度の事務を担う職員に、個人情報の取扱いについての研修を行います。</dd>
</dl>
<p class="pagetop"><a href="#pagetop">このページの先頭へ</a></p>

<h2>諮問事項</h2>

<h3>諮問　避難行動要支援者名簿情報の避難支援等関係者への平常時からの提供について</h3>
<dl class="jian">
<dt>担当課</dt>
<dd>総務部　防災対策課</dd>
<dt>根拠条項</dt>
<dd>山形市個人情報保護条例第１０条第２項第３号</dd>
<dt>提供の目的</dt>
<dd>災害対策基本法の改正により、市は避難行動要支援者名簿を作ることとされました。名簿の作成は福祉推進部の保有する情報をもとに防災対策課が行います。災害が起きたときに速やかに安否の確認や避難の手助けができるよう、本人の同意が得られた方について、平常時から地域の避難支援等関係者に名簿情報を提供するものです。</dd>
<dt>提供先</dt>
<dd>町内会・自主防災組織、民生委員・児童委員、地区社会福祉協議会、山形警察署</dd>
<dt>提供の開始</dt>
<dd>平成２７年２月１日から<br>（以後、年１回名簿を更新して提供します。）</dd>
<dt>提供する個人情報</dt>
<dd>避難行動要支援者の氏名、生年月日、性別、住所、電話番号、要介護状態区分、障害の種別及び等級、避難支援等を必要とする事由、緊急時の連絡先<br>
※提供に同意しない旨の申出があった方の情報は提供しません。</dd>
<dt>記録媒体</dt>
<dd>
<ul>
<li>避難行動要支援者名簿システム（市のサーバ）</li>
<li>紙（名簿）</li>
<li>ＣＤ－Ｒ（山形警察署への提供分に限る。）</li>
</ul>
</dd>
<dt>保護措置</dt>
<dd>
<ul>
<li>提供先とは名簿の管理に関する協定を結び、その中で秘密を守る義務を定めます。</li>
<li>名簿を見ることができる者は、提供先の役員など必要最小限の範囲にとどめます。</li>
<li>名簿のコピーをとることは認めません。</li>
<li>名簿は鍵のかかる場所で保管するよう提供先に求めます。</li>
<li>名簿を新しくしたときは、古い名簿を提供先から回収します。</li>
<li>提供先の方々を対象に、名簿の扱い方についての説明会を開きます。</li>
<li>ＣＤ－Ｒに記録するデータにはパスワードを付け、そのパスワードは警察署の担当者へ別に電話で伝えます。</li>
<li>ＣＤ－Ｒは防災対策課の職員が警察署に持参し、担当者に直接手渡します。</li>
<li>名簿をなくすなどの事故があったときは、直ちに市へ連絡するよう提供先に求めます。</li>
</ul>
</dd>
</dl>
<p class="pagetop"><a href="#pagetop">このページの先頭へ</a></p>

<div class="inquiry">
<h2>このページに関するお問い合わせ</h2>
<p>総務部　総務課　情報公開係<br>
〒990-8999　山形市本町一丁目2番3号<br>
電話番号：023-600-0000　ファクス番号：023-600-0001<br>
<a href="/form/inquiry.html">メールでのお問い合わせはこちら</a></p>
</div>
<div class="pdf_note"><p>PDFファイルの閲覧には、Adobe Acrobat Reader（無償）をお使いください。</p></div>
</div><!-- /content -->

<div id="lnavi">
<h2>山形市個人情報保護審議会</h2>
<ul>
<li><a href="/shisei/joho/shingikai/h26-2.html">平成26年度第2回山形市個人情報保護審議会の開催結果</a></li>
<li><a href="/shisei/joho/shingikai/h26-1.html">平成26年度第1回山形市個人情報保護審議会の開催結果</a></li>
<li><a href="/shisei/joho/shingikai/meibo.html">審議会委員名簿</a></li>
</ul>
</div>
</div><!-- /main -->

<p class="pagetop"><a href="#pagetop">このページの先頭へ</a></p>
<div id="footer">
<ul class="footer_link">
<li><a href="/about/privacy.html">個人情報の取扱いについて</a></li>
<li><a href="/about/accessibility.html">ウェブアクセシビリティ方針</a></li>
<li><a href="/about/link.html">リンク・著作権・免責事項</a></li>
</ul>
<address>山形市役所　〒990-8999　山形市本町一丁目2番3号　電話：023-600-0000（代表）<br>開庁時間：午前8時30分から午後5時15分まで（土曜日・日曜日・祝日・年末年始を除く）</address>
<p class="copyright">Copyright &copy; Yamagata City. All rights reserved.</p>
</div>
</body>
</html>
"""

with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
    f.write(HTML)
print('wrote', os.path.normpath(OUT))
