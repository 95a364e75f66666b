#!/usr/bin/env python3
"""Writes raw/d1_kumamoto_2017.html: a CMS export (UTF-8) of 熊本市's
「諮問・報告案件一覧」 page, one <table>, one row per matter.  Every sentence is
invented for this set; only the municipality name is real."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw', 'd1_kumamoto_2017.html')

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>平成29年度第2回 諮問・報告案件一覧｜熊本市ホームページ</title>
<link rel="stylesheet" href="/css/common.css">
<link rel="stylesheet" href="/css/print.css" media="print">
<script src="/js/jquery.min.js"></script>
<script src="/js/site.js"></script>
</head>
<body id="pageBody" class="lv4">
<div id="skip"><a href="#contents">本文へ移動</a></div>
<header id="siteHeader">
  <div class="siteLogo"><a href="/"><img src="/img/logo.png" alt="熊本市ホームページ"></a></div>
  <ul class="headerUtil">
    <li><a href="/foreign/">Foreign Language</a></li>
    <li><a href="/sitemap/">サイトマップ</a></li>
    <li><a href="/accessibility/">文字サイズ・色合い変更</a></li>
  </ul>
  <form class="siteSearch" action="/search/" method="get"><input type="text" name="q" title="サイト内検索"><button type="submit">検索</button></form>
</header>
<nav id="globalNav">
  <ul>
    <li><a href="/kurashi/">くらし・手続き</a></li>
    <li><a href="/kenko/">健康・福祉・子育て</a></li>
    <li><a href="/kyoiku/">教育・文化・スポーツ</a></li>
    <li><a href="/sangyo/">しごと・産業</a></li>
    <li><a href="/shisei/">市政情報</a></li>
  </ul>
</nav>
<div id="topicPath">
  <ol>
    <li><a href="/">ホーム</a></li>
    <li><a href="/shisei/">市政情報</a></li>
    <li><a href="/shisei/johokokai/">情報公開・個人情報保護</a></li>
    <li><a href="/shisei/johokokai/shingikai/">熊本市個人情報保護審議会</a></li>
    <li>平成29年度第2回 諮問・報告案件一覧</li>
  </ol>
</div>
<main id="contents">
<div class="pageInfo"><p>ページ番号：1 0 4 8 2 7</p><p>更新日：2017年12月8日</p></div>
<h1>平成29年度第2回 熊本市個人情報保護審議会 諮問・報告案件一覧</h1>
<p>平成29年11月20日（月曜日）に開催した平成29年度第2回熊本市個人情報保護審議会で取り扱った案件の概要を、下表のとおりお知らせします。諮問案件に対する答申の内容は、答申書の掲載ページをご覧ください。</p>
<ul class="linkList">
  <li><a href="/shisei/johokokai/shingikai/tousin29.html">平成29年度 答申一覧</a></li>
  <li><a href="/shisei/johokokai/shingikai/kaigiroku29-2.pdf">会議録（PDF：312KB）</a></li>
</ul>
<h2>案件一覧</h2>
<p class="note">表は横にスクロールしてご覧いただけます。</p>
<div class="tableWrap">
<table class="tbl-list" summary="諮問・報告案件の一覧">
<caption>平成29年度第2回審議会　案件一覧</caption>
<thead>
<tr>
  <th scope="col" rowspan="2">番号</th>
  <th scope="col" rowspan="2">件名</th>
  <th scope="col" rowspan="2">区分</th>
  <th scope="col" rowspan="2">根拠規定</th>
  <th scope="col" rowspan="2">担当課</th>
  <th scope="col" rowspan="2">個人情報の項目</th>
  <th scope="col" rowspan="2">記録媒体</th>
  <th scope="col" rowspan="2">委託先・結合先</th>
  <th scope="col" rowspan="2">期間</th>
  <th scope="col" colspan="2">保護対策</th>
</tr>
<tr>
  <th scope="col">市が講じる対策</th>
  <th scope="col">委託先・結合先が講じる対策</th>
</tr>
</thead>
<tbody>
<tr>
  <td>1</td>
  <td>乳幼児健康診査票の記載事項に係るデータ入力業務の委託について</td>
  <td>諮問</td>
  <td>熊本市個人情報保護条例第10条第2項<br>（個人情報取扱事務の委託）</td>
  <td>健康福祉局<br>保健衛生部<br>健康づくり推進課</td>
  <td>
    【乳幼児】
    <ul>
      <li>氏名</li><li>生年月日</li><li>性別</li><li>住所</li><li>宛名番号※</li>
    </ul>
    【健診の記録】
    <ul>
      <li>受診日</li><li>受診会場</li><li>問診の回答内容</li><li>診察所見</li><li>総合判定</li><li>精密検査の要否</li>
    </ul>
    【保護者】
    <ul>
      <li>氏名</li><li>電話番号</li>
    </ul>
    <small>※宛名番号は、市の住民記録システムで用いる内部管理番号であり、個人番号（マイナンバー）とは異なります。</small>
  </td>
  <td>紙（乳幼児健康診査票）<br>DVD-R<br>受託者の作業用パソコン</td>
  <td>株式会社肥後メディカルデータ<br>（熊本市中央区）</td>
  <td>平成29年12月1日から<br>平成30年3月31日まで<br>※平成30年度以降も同じ内容で委託する予定</td>
  <td>
    <ul>
      <li>契約書に「個人情報取扱特記事項」を添付し、受託者にその内容を守らせる。</li>
      <li>健診票は職員が受託者の作業場所まで持参し、搬送記録簿に件数を記入した上で受け渡す。</li>
      <li>入力済みのデータを納品するDVD-Rは暗号化させ、解除用のパスワードは媒体の納品日とは別の日に電話で聞き取る。</li>
      <li>委託期間中に少なくとも1回、職員が作業場所に立ち入って検査を行う。</li>
    </ul>
  </td>
  <td>
    <ul>
      <li>作業責任者及び作業従事者を定め、作業開始前にその名簿を市へ提出させる。</li>
      <li>入力作業は入退室の記録が残る専用の作業室で行わせ、健診票を作業室の外へ持ち出させない。</li>
      <li>作業用パソコンはインターネットに接続しない端末とし、ウイルス対策ソフトの定義ファイルを常に最新に保たせる。</li>
      <li>パソコンの起動時には作業者ごとのIDとパスワードで本人を確認させ、操作ログを保存させる。</li>
      <li>作業時間外は、健診票を鍵のかかる保管庫に収納させる。</li>
      <li>作業従事者には、作業開始前に個人情報保護に関する研修を受講させる。</li>
      <li>個人情報の漏えい、紛失などの事故が生じたときは、直ちに市へ報告させ、市の指示に従って対応させる。</li>
      <li>業務完了後は、パソコン内のデータを復元できない方法で消去させ、消去証明書を提出させる。</li>
    </ul>
  </td>
</tr>
<tr>
  <td>2</td>
  <td>市立図書館の電子図書館サービス導入に伴う図書館情報システムの外部結合について</td>
  <td rowspan="2">報告</td>
  <td>熊本市個人情報保護条例第12条第1項<br>（電子計算組織の結合）</td>
  <td>教育委員会事務局<br>生涯学習部<br>中央図書館<br>城南・植木図書館</td>
  <td>
    <ul>
      <li>利用者カード番号</li>
      <li>電子図書館用の仮ID</li>
      <li>利用者区分（一般・中高生・小学生以下）</li>
      <li>電子書籍の貸出及び予約の履歴</li>
    </ul>
    <small>※氏名、住所及び電話番号は結合先へ送信しない。</small>
  </td>
  <td>図書館情報システム（市のサーバ）<br>電子図書館サービスのクラウド環境</td>
  <td>株式会社ミライブックス<br>（電子図書館サービス「くまもとeライブラリ」の提供事業者）</td>
  <td>結合開始日：<br>平成30年1月15日</td>
  <td>
    <ul>
      <li>図書館情報システムと結合先との間の通信は、TLSにより暗号化する。</li>
      <li>図書館情報システムはファイアウォールを経由して結合先に接続し、許可した通信以外は遮断する。</li>
      <li>連携用の管理画面を操作できる職員を限り、職員ごとに発行したIDとパスワードで認証する。</li>
      <li>管理画面の操作履歴を毎月点検する。</li>
    </ul>
  </td>
  <td>
    <ul>
      <li>結合先事業者は、情報セキュリティマネジメントシステム（ISMS）の認証を取得している。</li>
      <li>サービス上のデータは毎日バックアップを取得し、国内のデータセンターで保管する。</li>
      <li>システム障害や情報漏えいが起きたときは、速やかに市へ連絡する体制を整えている。</li>
      <li>サービスの利用を終了するときは、本市の利用者に関するデータを全て消去し、消去した旨を書面で市に報告する。</li>
    </ul>
  </td>
</tr>
<tr>
  <td>3</td>
  <td>避難行動要支援者名簿の作成に係る介護保険及び障害福祉情報の目的外利用について</td>
  <td>熊本市個人情報保護条例第8条第2項第6号<br>（目的外利用）</td>
  <td>健康福祉局<br>福祉部<br>健康福祉政策課<br><small>（利用する情報の保有課：健康福祉局福祉部介護保険課、障がい保健福祉課）</small></td>
  <td>
    【要支援者】<br>
    氏名、生年月日、性別、住所、電話番号、介護保険被保険者番号、要介護度、障害支援区分、身体障害者手帳の等級、世帯構成、緊急連絡先（家族等の氏名及び電話番号）
  </td>
  <td>福祉総合システム（市の端末）<br>紙（出力した名簿）</td>
  <td>―</td>
  <td>平成29年12月1日から<br>（平成30年度以降も、毎年度の名簿更新時に同様に利用する。）</td>
  <td colspan="2">
    【市が講じる対策】
    <ul>
      <li>名簿情報を閲覧し、又は出力できる者を健康福祉政策課の担当職員に限り、システム上の権限を設定する。</li>
      <li>出力した名簿は施錠できる書庫に保管し、名簿を更新したときは古い名簿を細断して廃棄する。</li>
      <li>名簿を印刷するときは印刷枚数を記録簿に記入し、印刷物を机上に放置しない。</li>
      <li>名簿を庁舎の外へ持ち出すときは、課長の承認を得る。</li>
      <li>担当職員に対し、名簿の取扱いに関する研修を毎年度行う。</li>
    </ul>
  </td>
</tr>
</tbody>
</table>
</div>

<h2>案件1に係る契約の特記事項</h2>
<p>案件1の委託契約に添付する「個人情報取扱特記事項」は、次のとおりです。</p>
<div class="tokki">
<h3>個人情報取扱特記事項</h3>
<dl>
  <dt>第1条（基本的事項）</dt>
  <dd>受託者は、この契約による業務を処理するに当たり、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。</dd>
  <dt>第2条（秘密の保持）</dt>
  <dd>受託者は、この契約による業務に関して知り得た個人情報をみだりに他人に知らせてはならない。契約期間が満了し、又は契約が解除された後においても同様とする。</dd>
  <dt>第3条（収集の制限）</dt>
  <dd>受託者は、業務のために個人情報を収集するときは、業務の目的を達成するために必要な範囲内で、適法かつ公正な手段により収集しなければならない。</dd>
  <dt>第4条（目的外利用及び提供の禁止）</dt>
  <dd>受託者は、市の指示がある場合を除き、業務に関して知り得た個人情報を契約の目的以外の目的に利用し、又は第三者に提供してはならない。</dd>
  <dt>第5条（複写又は複製の禁止）</dt>
  <dd>受託者は、市の承諾があるときを除き、市から引き渡された資料等を複写し、又は複製してはならない。</dd>
  <dt>第6条（再委託の禁止）</dt>
  <dd>受託者は、業務の全部又は一部を第三者に委託してはならない。ただし、あらかじめ市の書面による承諾を得たときは、この限りでない。</dd>
  <dt>第7条（作業場所の外への持出しの禁止）</dt>
  <dd>受託者は、市が承諾した作業場所の外へ個人情報が記録された資料等を持ち出してはならない。</dd>
  <dt>第8条（資料等の返還等）</dt>
  <dd>受託者は、業務を処理するために市から引き渡され、又は受託者が自ら作成した個人情報が記録された資料等を、業務の完了後直ちに市に返還し、又は市の指示に従って消去しなければならない。</dd>
  <dt>第9条（従事者への周知）</dt>
  <dd>受託者は、業務に従事する者に対し、在職中及び退職後においても個人情報を他人に知らせてはならないこと等、個人情報の保護に必要な事項を周知しなければならない。</dd>
  <dt>第10条（取扱状況の報告及び調査）</dt>
  <dd>市は、必要があると認めるときは、受託者に個人情報の取扱状況を報告させ、又は作業場所に立ち入って調査することができる。</dd>
  <dt>第11条（事故発生時における報告）</dt>
  <dd>受託者は、この特記事項に違反する事態が生じ、又は生じるおそれがあることを知ったときは、速やかに市に報告し、市の指示に従わなければならない。</dd>
  <dt>第12条（契約の解除及び損害賠償）</dt>
  <dd>市は、受託者がこの特記事項の内容に違反していると認めるときは、契約を解除し、受託者に対して損害の賠償を求めることができる。</dd>
</dl>
</div>

<div class="contactBox">
<h2>このページに関するお問い合わせ</h2>
<p>総務局 行政管理部 総務課（熊本市個人情報保護審議会事務局）<br>
〒860-8601 熊本市中央区手取本町1番1号<br>
電話：096-328-2029　ファックス：096-324-1706<br>
<a href="/inquiry/?id=1048">お問い合わせフォーム</a></p>
</div>
<div class="evaluation">
<h2>このページの情報は役に立ちましたか？</h2>
<form action="/cgi-bin/enquete.cgi" method="post">
<label><input type="radio" name="q1" value="1">役に立った</label>
<label><input type="radio" name="q1" value="2">どちらともいえない</label>
<label><input type="radio" name="q1" value="3">役に立たなかった</label>
<button type="submit">送信</button>
</form>
</div>
</main>
<footer id="siteFooter">
  <ul class="footerLink">
    <li><a href="/privacy/">個人情報の取扱いについて</a></li>
    <li><a href="/link/">リンク・著作権・免責事項</a></li>
    <li><a href="/access/">市役所への交通アクセス</a></li>
  </ul>
  <address>熊本市役所　〒860-8601 熊本市中央区手取本町1番1号　電話：096-328-2111（代表）</address>
  <p class="copyright">Copyright &copy; Kumamoto City. All Rights Reserved.</p>
</footer>
</body>
</html>
"""

with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
    f.write(HTML)
print('wrote', os.path.normpath(OUT))
