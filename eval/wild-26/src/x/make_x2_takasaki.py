#!/usr/bin/env python3
"""Writes raw/x2_takasaki_2021.html (UTF-8, LF): a CMS page whose body is one list
table of the session's three matters, then a 特記事項 for matter No.3 and a ※ note list."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw', 'x2_takasaki_2021.html')

HTML = '''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>令和3年度第4回高崎市個人情報保護審議会の案件一覧｜高崎市</title>
<link rel="stylesheet" href="/shared/style/default.css">
<link rel="stylesheet" href="/shared/style/layout.css">
<script src="/shared/js/ga.js"></script>
</head>
<body class="lower">
<div id="tmp_wrapper">
<a href="#tmp_contents" class="skip">本文へスキップします。</a>
<header id="tmp_header">
  <div class="header_inner">
    <p id="tmp_hlogo"><a href="/"><img src="/shared/images/header/logo.png" alt="高崎市"></a></p>
    <ul id="tmp_hnavi_s">
      <li><a href="/foreign/">Foreign Language</a></li>
      <li><a href="/sitemap.html">サイトマップ</a></li>
      <li><a href="/access/">市役所へのアクセス</a></li>
    </ul>
    <form action="/search/" id="tmp_search"><label for="tmp_query">サイト内検索</label><input id="tmp_query" type="text" name="q"><button type="submit">検索</button></form>
    <p class="moji">文字サイズ <a href="#">標準</a> <a href="#">拡大</a>　背景色 <a href="#">白</a> <a href="#">黒</a></p>
  </div>
  <nav id="tmp_gnavi">
    <ul>
      <li><a href="/kurashi/">くらし・手続き</a></li>
      <li><a href="/kosodate/">子育て・教育</a></li>
      <li><a href="/kenko/">健康・福祉</a></li>
      <li><a href="/kanko/">観光・文化・スポーツ</a></li>
      <li><a href="/sangyo/">事業者向け</a></li>
      <li><a href="/shisei/">市政情報</a></li>
    </ul>
  </nav>
</header>
<div id="tmp_pankuzu">
  <p><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/joho/">情報公開・個人情報保護</a> &gt; <a href="/shisei/joho/shingikai/">個人情報保護審議会</a> &gt; 令和3年度第4回高崎市個人情報保護審議会の案件一覧</p>
</div>
<div id="tmp_wrap_main" class="column_lnavi">
<main id="tmp_main">
<div id="tmp_contents">
<h1>令和3年度第4回高崎市個人情報保護審議会の案件一覧</h1>
<div class="page_info"><p class="update">更新日：2022年3月8日</p><p class="pageid">ページID：031842</p></div>

<p>令和4年2月17日（木曜日）に開催した令和3年度第4回高崎市個人情報保護審議会で取り扱った案件は、次のとおりです。諮問案件については、同日、原案のとおり承認する旨の答申を受けました。</p>

<h2>案件一覧</h2>
<div class="table_scroll">
<table class="list" summary="審議会案件一覧">
<caption>令和3年度第4回　案件一覧</caption>
<thead>
<tr>
<th scope="col">No.</th>
<th scope="col">件名</th>
<th scope="col">担当課</th>
<th scope="col">種別</th>
<th scope="col">委託先・結合先</th>
<th scope="col">個人情報の項目</th>
<th scope="col">記録媒体</th>
<th scope="col">期間</th>
<th scope="col">保護対策</th>
</tr>
</thead>
<tbody>
<tr>
<td>1</td>
<td>成人歯科健康診査の受診券作成及び結果データ入力業務の委託</td>
<td rowspan="2">保健医療部<br>健康課</td>
<td>報告<br>（条例第10条第2項）<br>業務委託</td>
<td>株式会社上州データサービス</td>
<td>【受診者】<br>氏名、生年月日、性別、住所<br>宛名番号<br>受診日、受診した歯科医療機関名<br>歯科健診の結果（歯周病の進行度等）<br>自己負担金の免除区分<br>※受診券番号は個人を識別しない管理用の番号です。</td>
<td>紙（受診票）<br>DVD-R<br>受託者のパソコン</td>
<td>令和4年4月1日～令和5年3月31日<br>（令和5年度以降も同様に委託予定）</td>
<td>【市】<br>・契約書に特記事項を付し、個人情報保護に関する遵守事項を義務付ける。<br>・DVD-Rに格納するデータは暗号化し、解除用のパスワードは後日電話で伝える。<br>・DVD-Rの受渡しは職員と受託者の立会いのもとで行い、受渡簿に記録する。<br>【受託者】<br>・作業は入退室を記録している専用室に限り、作業者以外の入室を認めない。<br>・作業用パソコンは外部のネットワークから切り離し、ワイヤーで机に固定する。<br>・作業責任者及び作業従事者を定め、市に届け出る。<br>・業務完了後はDVD-Rを市に返却し、パソコン内のデータを消去したうえで消去証明書を提出する。<br>・作業者ごとの操作ログを取得し、月1回点検する。</td>
</tr>
<tr>
<td>2</td>
<td>健康マイレージ事業における特定健康診査受診情報の目的外利用</td>
<td>諮問<br>（条例第8条第2項第5号）<br>目的外利用</td>
<td>―<br>（保有課：市民部国民健康保険課）</td>
<td>氏名、住所、生年月日<br>被保険者証の記号・番号<br>特定健康診査の受診年月日<br>腹囲・血圧・HbA1cの測定値<br>特定保健指導の階層化区分</td>
<td>健康管理システム（庁内）<br>紙（ポイント付与台帳）</td>
<td>令和4年6月1日から<br>（令和5年度以降も継続）</td>
<td>【市】<br>・利用する項目はポイント付与の判定に必要なものに絞り、それ以外の健診情報は取得しない。<br>・健康管理システムの照会権限は、健康課の事業担当者2名に限って付与する。<br>・照会の都度、照会者と日時がシステムに記録され、四半期ごとに所属長が確認する。<br>・ポイント付与台帳は施錠できる書庫に保管し、事業の目的以外には用いない。<br>・担当職員には、年度当初に個人情報保護の研修を受講させる。</td>
</tr>
<tr>
<td>3</td>
<td>放課後児童クラブ入会申請システムの運用保守業務の委託</td>
<td>こども未来部<br>こども育成課</td>
<td>報告<br>（条例第10条第2項）<br>業務委託</td>
<td>株式会社榛名インフォテック</td>
<td>【保護者】<br>氏名、住所、電話番号、メールアドレス<br>勤務先、就労状況<br>児童扶養手当の受給状況<br>【児童】<br>氏名、生年月日、学年<br>障害の有無、アレルギーの有無</td>
<td>受託者のクラウドサーバ<br>市職員の業務端末<br>電子メール（受付完了通知）</td>
<td>令和4年4月1日～令和7年3月31日<br>（長期継続契約）</td>
<td>【市】<br>・契約には下記の特記事項を適用する。<br>・年1回、受託者のデータセンターを訪れ、管理状況を実地に確認する。<br>・管理画面へのログインは多要素認証とし、利用者IDは職員ごとに発行する。<br>【受託者】<br>・サーバへの通信はファイアウォールで制限し、不正アクセスを検知する仕組みを設ける。<br>・保存データ及びそのバックアップは暗号化した状態で保管する。<br>・受付完了メールは送信専用アドレスから自動送信し、本文には児童の情報を記載しない。<br>・OS及びミドルウェアのセキュリティ修正プログラムを速やかに適用する。<br>・保守作業の手順書を作成し、市の承認を得てから作業に着手する。<br>・ISMS認証を維持し、更新の結果を市に示す。<br>・毎月、作業の内容と個人情報の取扱状況を書面で市に報告する。<br>・障害や情報漏えいが疑われるときは、1時間以内に市へ第一報を入れる。</td>
</tr>
</tbody>
</table>
</div>

<h2>特記事項（No.3 放課後児童クラブ入会申請システムの運用保守業務の委託に適用）</h2>
<ol class="tokki">
<li><strong>第1（基本的事項）</strong>受託者は、個人情報の保護の重要性を認識し、この契約による業務を行うに当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。</li>
<li><strong>第2（秘密の保持）</strong>受託者は、業務上知り得た個人情報を他に漏らしてはならない。契約期間が満了し、又は契約が解除された後も同様とする。</li>
<li><strong>第3（再委託の禁止）</strong>受託者は、市の書面による承諾を得た場合を除き、業務を第三者に再委託してはならない。</li>
<li><strong>第4（目的外利用及び提供の禁止）</strong>受託者は、業務のために取り扱う個人情報を契約の目的以外に利用し、又は第三者に提供してはならない。</li>
<li><strong>第5（複写及び複製の禁止）</strong>受託者は、市の承諾なく、業務に係る個人情報を複写し、又は複製してはならない。</li>
<li><strong>第6（事故発生時の報告）</strong>受託者は、個人情報の漏えい、滅失又はき損が発生し、又はそのおそれがあるときは、直ちに市に報告し、その指示に従わなければならない。</li>
<li><strong>第7（返還及び消去）</strong>受託者は、業務が完了したときは、市から提供された資料を速やかに返還し、業務で作成したデータを復元できない方法で消去の上、その旨を書面で市に報告しなければならない。</li>
<li><strong>第8（調査）</strong>市は、必要があると認めるときは、受託者の事業所に立ち入り、個人情報の管理状況を調査することができる。</li>
<li><strong>第9（契約の解除）</strong>市は、受託者がこの特記事項に違反したときは、契約を解除することができる。</li>
<li><strong>第10（損害賠償）</strong>受託者は、この特記事項に違反したことにより市又は第三者に損害を与えたときは、その損害を賠償しなければならない。</li>
<li><strong>第11（公表）</strong>市は、受託者がこの特記事項に違反したときは、その事実及び受託者の名称を公表することがある。</li>
</ol>

<h2>備考</h2>
<ul class="note">
<li>※1　種別欄の「諮問」は審議会の意見を聴いたもの、「報告」は条例の定めにより実施後又は実施前に審議会へ報告したものです。</li>
<li>※2　個人情報の項目欄は主なものを掲げています。</li>
<li>※3　審議会の会議録は、確定後にこのページに掲載します。</li>
</ul>

<h2>関連ファイル</h2>
<ul class="file">
<li><a href="/material/files/group/3/r3_4_shiryo.pdf">令和3年度第4回審議会資料（PDF形式：1,204KB）</a></li>
</ul>
<div class="plugin"><p>PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。</p></div>

<div id="tmp_inquiry">
<div class="inquiry_ttl"><h2>このページに関するお問い合わせ</h2></div>
<div class="inquiry_wrap">
<p class="inquiry_name">総務部 行政管理課 情報公開担当（個人情報保護審議会事務局）</p>
<p>〒370-8599　群馬県高崎市柳川町9番地1<br>電話番号：027-321-0000　ファクス番号：027-321-0009</p>
<p class="mail"><a href="/form/inquiry.html">お問い合わせフォーム</a></p>
</div>
</div>
</div>
</main>
<nav id="tmp_lnavi">
<div id="tmp_lnavi_ttl"><p>個人情報保護審議会</p></div>
<ul>
<li><a href="/shisei/joho/shingikai/gaiyo.html">審議会の概要</a></li>
<li><a href="/shisei/joho/shingikai/meibo.html">委員名簿</a></li>
<li><a href="/shisei/joho/shingikai/r3_3.html">令和3年度第3回の案件一覧</a></li>
<li><a href="/shisei/joho/shingikai/r3_4.html">令和3年度第4回の案件一覧</a></li>
<li><a href="/shisei/joho/shingikai/kaigiroku.html">会議録</a></li>
<li><a href="/shisei/joho/kaiji.html">自己情報の開示請求について</a></li>
</ul>
</nav>
</div>
<footer id="tmp_footer">
<ul class="fnavi">
<li><a href="/about/policy.html">サイトポリシー</a></li>
<li><a href="/about/privacy.html">個人情報の取り扱い</a></li>
<li><a href="/about/accessibility.html">ウェブアクセシビリティ</a></li>
<li><a href="/link.html">リンク集</a></li>
</ul>
<div class="footer_info">
<p class="name">高崎市役所</p>
<p>〒370-8599　群馬県高崎市柳川町9番地1　代表電話：027-321-0000</p>
<p>開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・休日、年末年始を除く）</p>
</div>
<p class="copyright" lang="en">Copyright &copy; Takasaki City. All Rights Reserved.</p>
</footer>
</div>
</body>
</html>
'''

with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
    f.write(HTML)
print('wrote', os.path.normpath(OUT))
