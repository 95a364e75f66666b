#!/usr/bin/env python3
"""Writes raw/w1_kasukabe_2020.html: a CMS page with an accordion (one button per
matter, a hidden panel with a captioned fact table and <ol type="a"> safeguard lists).
Only the municipality is real; every name, article, date and sentence is invented."""
import os

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'raw', 'w1_kasukabe_2020.html')

HTML = '''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>令和２年度第３回春日部市個人情報保護審議会の案件 - 春日部市ホームページ</title>
<link rel="stylesheet" href="/shared/style/default.css">
<script src="/shared/js/accordion.js" defer></script>
</head>
<body>
<div id="tmp_wrapper">
<a href="#tmp_contents" class="skip">本文へ移動</a>
<header id="tmp_header">
  <div class="logo"><a href="/index.html"><img src="/shared/img/logo.png" alt="春日部市"></a></div>
  <ul class="util">
    <li><a href="/foreign/index.html">Foreign Language</a></li>
    <li><a href="/sitemap.html">サイトマップ</a></li>
    <li><a href="/kiduke/index.html">文字サイズ・色合い変更</a></li>
  </ul>
  <nav id="tmp_gnavi">
    <ul>
      <li><a href="/kurashi/index.html">くらし・手続き</a></li>
      <li><a href="/kosodate/index.html">子育て・教育</a></li>
      <li><a href="/kenko/index.html">健康・福祉</a></li>
      <li><a href="/shisei/index.html">市政情報</a></li>
    </ul>
  </nav>
</header>
<div id="tmp_pankuzu">
  <p><a href="/index.html">ホーム</a> &gt; <a href="/shisei/index.html">市政情報</a> &gt; <a href="/shisei/joho/index.html">情報公開・個人情報保護</a> &gt; <a href="/shisei/joho/shingikai/index.html">個人情報保護審議会</a> &gt; 令和２年度第３回審議会</p>
</div>
<main id="tmp_contents">
<h1>令和２年度第３回春日部市個人情報保護審議会の案件</h1>
<p class="update">ページ番号：D0451207　更新日：2020年12月18日</p>
<p>令和２年１１月２６日に開催した令和２年度第３回春日部市個人情報保護審議会で取り扱った案件の概要を掲載します。各案件の見出しを押すと、内容が開きます。</p>
<p>審議会の資料一式は、ページ下部の「会議資料」からダウンロードできます。</p>

<div class="accordion">

<h2 class="acc-head"><button type="button" aria-expanded="false" aria-controls="panel1" id="acc1">報告事項１　業務の委託に伴う個人情報の取扱いについて</button></h2>
<div id="panel1" role="region" aria-labelledby="acc1" hidden>
<table class="datatable">
<caption>案件の概要（報告事項１）</caption>
<tbody>
<tr><th scope="row">事業名</th><td>胃がん・大腸がん検診受診勧奨通知等の作成・発送業務の委託</td></tr>
<tr><th scope="row">諮問・報告の別</th><td>報告</td></tr>
<tr><th scope="row">取扱いの形態</th><td>個人情報を取り扱う事務の外部委託</td></tr>
<tr><th scope="row">根拠条項</th><td>春日部市個人情報保護条例第１１条第２項</td></tr>
<tr><th scope="row">実施課</th><td>健康保険部　健康課・国民健康保険課</td></tr>
<tr><th scope="row">委託の相手方</th><td>株式会社ひばりメディカルデータ（さいたま市浦和区）</td></tr>
<tr><th scope="row">対象となる情報</th><td>受診対象者の氏名、生年月日、性別、住所、電話番号、被保険者番号、前年度の検診結果、受診日、受診会場、自己負担金の免除区分、生活保護の受給状況<br>
※通知書の宛名面には、氏名・住所以外の情報は印字しません。</td></tr>
<tr><th scope="row">保存形態</th><td>紙（通知書、返信用はがき）、CD-R、受託者の作業用パソコン</td></tr>
<tr><th scope="row">実施時期</th><td>令和２年１０月１日から令和３年３月３１日まで<br>
※令和３年度以降も、同じ内容で委託を続ける予定です。</td></tr>
</tbody>
</table>

<p><strong>市が講じる保護対策</strong></p>
<ol type="a">
<li>委託契約書には「個人情報の取扱いに関する特記事項」を添付し、その遵守を受託者に義務付けます。</li>
<li>対象者データを格納したCD-Rは、職員が受託者の事務所まで持参して手渡し、受渡しの日時と担当者を受渡簿に記録します。</li>
<li>CD-Rのファイルには暗号化を施し、開封用のパスワードは別途電話で受託者の責任者に伝えます。</li>
<li>作業期間中に少なくとも一回、受託者の作業場所へ立入検査を行います。</li>
</ol>
<p><strong>受託者に講じさせる保護対策</strong></p>
<ol type="a">
<li>個人情報の取扱責任者と作業従事者を定め、その名簿をあらかじめ市へ提出させます。</li>
<li>作業は受託者社屋内の専用作業室に限って行わせ、作業室への入退出は記録簿で管理させます。</li>
<li>作業用パソコンはインターネットにつながない独立した端末とし、ウイルス対策ソフトの定義ファイルを常に最新の状態に保たせます。</li>
<li>端末の起動時には担当者ごとのIDとパスワードで認証を行わせ、操作の履歴を残させます。</li>
<li>通知書や返信用はがきは、作業をしていない時間は施錠できる書庫にしまわせます。</li>
<li>業務が終わったらCD-Rを市へ返却させ、パソコンに残るデータは復元できない方法で消去したうえで、消去を証明する書面を提出させます。</li>
<li>漏えい、紛失その他の事故が起きたときは、直ちに市へ連絡させ、市の指示に従って対処させます。</li>
<li>作業に就く従業員には、業務開始前に個人情報保護に関する研修を受けさせます。</li>
</ol>

<h3>別記　個人情報の取扱いに関する特記事項</h3>
<p>（取扱いの基本）<br>第１条　受託者は、この契約による業務を行うに当たり、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。</p>
<p>（秘密の保持）<br>第２条　受託者は、この契約による業務に関して知り得た個人情報を他人に知らせ、又は不当な目的に用いてはならない。契約が終了し、又は解除された後も同様とする。</p>
<p>（収集の制限）<br>第３条　受託者は、業務のために個人情報を収集するときは、業務の目的を達成するために必要な範囲内で、適法かつ公正な手段により行わなければならない。</p>
<p>（目的外利用及び提供の禁止）<br>第４条　受託者は、市の指示がある場合を除き、業務に関して知り得た個人情報を契約の目的以外に利用し、又は第三者に提供してはならない。</p>
<p>（複写等の禁止）<br>第５条　受託者は、市の承諾を得ないで、市から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。</p>
<p>（再委託の禁止）<br>第６条　受託者は、業務の全部又は一部を第三者に委託してはならない。ただし、あらかじめ市の書面による承諾を得た場合は、この限りでない。</p>
<p>（資料等の保管）<br>第７条　受託者は、市から引き渡された個人情報が記録された資料等を、施錠できる保管庫に収納するなど、滅失及びき損の防止に努めなければならない。</p>
<p>（資料等の返還等）<br>第８条　受託者は、業務の完了後直ちに、市から引き渡された資料等を市に返還し、受託者が作成した個人情報の記録を消去しなければならない。この場合において、受託者は、消去した旨を書面により市に報告しなければならない。</p>
<p>（事故発生時の報告）<br>第９条　受託者は、この契約に違反する事態が生じ、又は生ずるおそれがあることを知ったときは、速やかに市に報告し、市の指示に従わなければならない。</p>
<p>（調査及び報告）<br>第１０条　市は、必要があると認めるときは、受託者の事業所に立ち入り、個人情報の管理状況を調査し、又は受託者に対し報告を求めることができる。</p>
<p>（契約の解除及び損害賠償）<br>第１１条　市は、受託者がこの特記事項に違反したときは、契約を解除し、及び受託者に対し、これにより生じた損害の賠償を請求することができる。</p>
</div>

<h2 class="acc-head"><button type="button" aria-expanded="false" aria-controls="panel2" id="acc2">諮問事項１　個人情報の目的外利用について</button></h2>
<div id="panel2" role="region" aria-labelledby="acc2" hidden>
<table class="datatable">
<caption>案件の概要（諮問事項１）</caption>
<tbody>
<tr><th scope="row">事業名</th><td>避難行動要支援者名簿の作成に伴う介護保険情報及び障害者手帳情報の目的外利用</td></tr>
<tr><th scope="row">諮問・報告の別</th><td>諮問</td></tr>
<tr><th scope="row">取扱いの形態</th><td>実施機関内部における保有個人情報の目的外利用</td></tr>
<tr><th scope="row">根拠条項</th><td>春日部市個人情報保護条例第８条第２項第６号</td></tr>
<tr><th scope="row">実施課</th><td>市民生活部　防災対策課</td></tr>
<tr><th scope="row">情報を保有する課</th><td>福祉健康部　介護保険課、障がい者支援課</td></tr>
<tr><th scope="row">委託の相手方</th><td>なし（職員が直接作成します。）</td></tr>
<tr><th scope="row">対象となる情報</th><td>
<ul>
<li>【要介護認定者】氏名、生年月日、住所、電話番号、介護保険被保険者番号、要介護度、認定有効期間、世帯構成（ひとり暮らし・高齢者のみ世帯の別）</li>
<li>【障害者手帳所持者】氏名、生年月日、住所、電話番号、身体障害者手帳の等級、療育手帳の程度（Ⓐ・Ａ・Ｂ・Ｃ）</li>
</ul>
※施設に入所している方の情報は、名簿に載せません。</td></tr>
<tr><th scope="row">保存形態</th><td>防災情報システム（庁内ネットワーク内のサーバー）、紙（印刷した名簿）</td></tr>
<tr><th scope="row">実施時期</th><td>令和３年４月１日から<br>
（毎年度４月１日現在の情報で名簿を更新し、翌年度以降も引き続き利用します。）</td></tr>
</tbody>
</table>

<p><strong>市が実施する保護措置</strong></p>
<ol type="a">
<li>名簿データを閲覧し、又は更新できる職員は防災対策課の担当職員に限り、システム上の権限もその職員にだけ設定します。</li>
<li>防災情報システムへのログインには、職員ごとに割り当てたIDと静脈認証を併用します。</li>
<li>名簿の印刷は担当職員だけが行い、印刷した部数と配付先をその都度記録します。</li>
<li>印刷した名簿は鍵の掛かるキャビネットに保管し、更新の際には旧名簿を回収してシュレッダーで裁断します。</li>
<li>担当職員には毎年度、要配慮個人情報の取扱いに関する研修を受講させます。</li>
<li>システムへのアクセス記録は５年間保存し、四半期ごとに課長が点検します。</li>
</ol>
</div>

</div><!-- /accordion -->

<h2>会議資料</h2>
<ul class="pdf-list">
<li><a href="/material/files/group/3/r2-3_shidai.pdf">次第（PDF：68KB）</a></li>
<li><a href="/material/files/group/3/r2-3_shiryo1.pdf">資料１　報告事項１（健康課）（PDF：412KB）</a></li>
<li><a href="/material/files/group/3/r2-3_shiryo2.pdf">資料２　諮問事項１（防災対策課）（PDF：287KB）</a></li>
<li><a href="/material/files/group/3/r2-3_meibo.pdf">委員名簿（PDF：51KB）</a></li>
</ul>
<p class="adobe">PDFファイルをご覧いただくには、Adobe Acrobat Reader（無料）が必要です。</p>

<div id="tmp_inquiry">
<h2>このページに関するお問い合わせ</h2>
<p>総務部　文書法制課　情報公開担当（個人情報保護審議会事務局）<br>
〒344-8577　埼玉県春日部市中央六丁目２番地<br>
電話番号：048-000-0000　ファクス番号：048-000-0001</p>
<p><a href="/form/inquiry.html?id=bunsho">お問い合わせフォーム</a></p>
</div>
</main>
<footer id="tmp_footer">
<ul class="footer-links">
<li><a href="/about/privacy.html">個人情報の取扱い</a></li>
<li><a href="/about/link.html">リンク・著作権・免責事項</a></li>
<li><a href="/about/accessibility.html">ウェブアクセシビリティ</a></li>
</ul>
<p class="address">春日部市役所　〒344-8577　埼玉県春日部市中央六丁目２番地（代表）048-000-0000</p>
<p class="copyright"><small>Copyright &copy; Kasukabe City. All Rights Reserved.</small></p>
</footer>
</div>
</body>
</html>
'''

with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
    f.write(HTML)
print('wrote', os.path.normpath(OUT))
