#!/usr/bin/env python3
"""Writes raw/ak1_beppu_2021.html: a page of the 別府市 web site (CMS), saved from the
browser as "complete HTML".  The two matters of the session sit in an accessible tab
widget: the first panel is shown, the second carries the `hidden` attribute the tab
script leaves on it.  Around them: skip link, header, global navigation, breadcrumbs,
survey form, related pages, contact box, footer with a phone list, <noscript>, and a
<template> with an unused panel skeleton.  UTF-8, LF.
Everything except the name of the city is invented."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw',
                   'ak1_beppu_2021.html')

HEAD = """<!DOCTYPE html>
<!-- saved from url=(0078)https://www.city.beppu.oita.jp/sisei/johokokai/kojinjoho/shingikai/r3_02.html -->
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="format-detection" content="telephone=no">
<meta name="description" content="令和３年度第２回別府市個人情報保護審議会の諮問案件の概要を掲載しています。">
<meta name="keywords" content="個人情報保護審議会,諮問,別府市">
<title>令和３年度第２回別府市個人情報保護審議会（諮問案件）｜別府市</title>
<link rel="stylesheet" href="./r3_02_files/common.css" media="all">
<link rel="stylesheet" href="./r3_02_files/layout.css" media="all">
<link rel="stylesheet" href="./r3_02_files/print.css" media="print">
<link rel="icon" href="./r3_02_files/favicon.ico">
<style>
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.visually-hidden:focus{position:static!important;width:auto;height:auto;margin:0;clip:auto}
.tab-list{display:flex;gap:2px;border-bottom:3px solid #1d6a96;margin:1.5em 0 0}
.tab-list [role="tab"]{padding:.6em 1.4em;border:1px solid #9fb8c8;border-bottom:none;background:#eef3f6;font-size:1rem;cursor:pointer;border-radius:6px 6px 0 0}
.tab-list [role="tab"][aria-selected="true"]{background:#1d6a96;color:#fff;font-weight:bold}
[role="tabpanel"]{border:1px solid #9fb8c8;border-top:none;padding:1em 1.5em 1.5em}
[role="tabpanel"][hidden]{display:none}
dl.matter-facts{display:grid;grid-template-columns:11em 1fr;border-top:1px solid #ccc}
dl.matter-facts dt{background:#f2f2f2;font-weight:bold;padding:.5em;border-bottom:1px solid #ccc}
dl.matter-facts dd{margin:0;padding:.5em;border-bottom:1px solid #ccc}
ul.item-list{columns:2;list-style:square}
.badge{display:inline-block;margin-left:.5em;padding:0 .4em;font-size:.75rem;color:#fff;background:#b83b3b;border-radius:3px}
table.media-table{border-collapse:collapse;min-width:60%}
table.media-table th,table.media-table td{border:1px solid #999;padding:.3em .6em}
table.media-table td.use{text-align:center}
details.measure,details.tokki{margin:1em 0;border:1px solid #bbb;border-radius:4px;padding:.3em 1em}
details > summary{font-weight:bold;cursor:pointer;padding:.4em 0}
ol.tokki-list{counter-reset:art;list-style:none;padding-left:0}
ol.tokki-list > li{counter-increment:art;margin:.4em 0 .4em 4em;text-indent:-4em}
ol.tokki-list > li::before{content:"第" counter(art) "条　"}
</style>
<script async="" src="./r3_02_files/analytics.js"></script>
</head>
<body class="page-detail lang-ja">
<a class="visually-hidden" href="#main-contents">本文へスキップします。</a>
<noscript><p class="noscript-msg">このページではJavaScriptを使用しています。JavaScriptを無効にしている場合、タブの切替えなど一部の機能が利用できません。お使いのブラウザの設定でJavaScriptを有効にしてご覧ください。</p></noscript>
<div id="tmp_wrapper">
<header id="tmp_header">
  <div class="header-inner">
    <p id="tmp_logo"><a href="https://www.city.beppu.oita.jp/"><img src="./r3_02_files/logo.png" alt="別府市　湯けむり・健康・観光のまち" width="320" height="56"></a></p>
    <ul id="tmp_hnavi">
      <li><a href="https://www.city.beppu.oita.jp/sitemap.html">サイトマップ</a></li>
      <li><a href="https://www.city.beppu.oita.jp/foreign/">Foreign Language</a></li>
      <li><a href="https://www.city.beppu.oita.jp/accessibility/">文字サイズ・色合い変更</a></li>
      <li><a href="https://www.city.beppu.oita.jp/reading/">音声読み上げ</a></li>
    </ul>
    <form id="tmp_search" action="https://www.city.beppu.oita.jp/search/" method="get" role="search">
      <label for="tmp_query" class="visually-hidden">サイト内検索</label>
      <input id="tmp_query" name="q" type="search" placeholder="キーワードを入力">
      <button type="submit">検索</button>
    </form>
  </div>
  <nav id="tmp_gnavi" aria-label="グローバルナビゲーション">
    <ul>
      <li><a href="https://www.city.beppu.oita.jp/kurashi/">くらし・手続き</a></li>
      <li><a href="https://www.city.beppu.oita.jp/kosodate/">子育て・教育</a></li>
      <li><a href="https://www.city.beppu.oita.jp/kenko/">健康・福祉</a></li>
      <li><a href="https://www.city.beppu.oita.jp/bousai/">防災・安全</a></li>
      <li><a href="https://www.city.beppu.oita.jp/kanko/">観光・文化・スポーツ</a></li>
      <li><a href="https://www.city.beppu.oita.jp/sisei/">市政情報</a></li>
      <li><a href="https://www.city.beppu.oita.jp/jigyosha/">事業者の方へ</a></li>
    </ul>
  </nav>
</header>
<div id="tmp_pankuzu">
  <p class="visually-hidden">現在のページ</p>
  <ol>
    <li><a href="https://www.city.beppu.oita.jp/">トップページ</a></li>
    <li><a href="https://www.city.beppu.oita.jp/sisei/">市政情報</a></li>
    <li><a href="https://www.city.beppu.oita.jp/sisei/johokokai/">情報公開・個人情報保護</a></li>
    <li><a href="https://www.city.beppu.oita.jp/sisei/johokokai/kojinjoho/shingikai/">別府市個人情報保護審議会</a></li>
    <li aria-current="page">令和３年度第２回別府市個人情報保護審議会（諮問案件）</li>
  </ol>
</div>
<div id="tmp_contents">
<main id="main-contents">
<div id="tmp_main">
<h1>令和３年度第２回別府市個人情報保護審議会（諮問案件）</h1>
<div class="page-info">
  <p class="page-id">ページ番号：1007316</p>
  <p class="update">更新日：2021年11月9日</p>
  <ul class="sns-share"><li><a href="https://twitter.com/share">ツイート</a></li><li><a href="https://www.facebook.com/sharer/sharer.php">シェア</a></li><li><a href="javascript:window.print();">印刷</a></li></ul>
</div>
<p>　令和３年１０月２８日（木曜日）に市役所本庁舎４階の第２会議室で開催した令和３年度第２回別府市個人情報保護審議会において、市長から次の２件を諮問しました。審議会への諮問は、別府市個人情報保護条例第３１条第２項の規定によるものです。答申の内容は、答申後に「答申一覧」のページでお知らせします。</p>
<p>　案件ごとにタブを設けています。タブを選択すると、その案件の概要、取り扱う個人情報、記録媒体、保護措置が表示されます。</p>
<h2 id="anken">諮問案件</h2>
"""

TABS = """<div class="tab-widget" data-tabs="">
<div role="tablist" aria-label="諮問案件" class="tab-list">
  <button type="button" role="tab" id="tab-1" aria-selected="true" aria-controls="panel-1" tabindex="0">諮問第３号</button>
  <button type="button" role="tab" id="tab-2" aria-selected="false" aria-controls="panel-2" tabindex="-1">諮問第４号</button>
</div>
"""

PANEL1 = """<div role="tabpanel" id="panel-1" aria-labelledby="tab-1" tabindex="0">
<h3 class="panel-heading">諮問第３号　個人情報取扱事務の委託について</h3>
<dl class="matter-facts">
  <dt>件名</dt>
  <dd>妊婦健康診査及び乳児健康診査の受診票データ入力業務の委託について</dd>
  <dt>諮問・報告の別</dt>
  <dd>諮問</dd>
  <dt>手続の種類</dt>
  <dd>個人情報取扱事務の外部委託</dd>
  <dt>根拠条項</dt>
  <dd>別府市個人情報保護条例第１２条第２項</dd>
  <dt>担当部署</dt>
  <dd>福祉こども部　子育て支援課（母子保健係）</dd>
  <dt>委託先</dt>
  <dd>株式会社ゆのまちデータ工房（本社：大分県大分市）</dd>
  <dt>委託期間</dt>
  <dd>令和３年１２月１日から令和４年３月３１日まで<br>
  <span class="note">※令和４年度以降も、同様の内容で委託を続ける予定です。なお、契約の締結は令和３年１１月下旬を見込んでいます。</span></dd>
  <dt>委託の理由</dt>
  <dd>妊婦健康診査（１４回分）と乳児健康診査（２回分）の受診票は、県内外の医療機関から毎月まとめて市に送られてきます。その枚数は年間でおよそ１万８千枚に上り、職員の手作業による入力では、結果の登録までに２か月近くを要していました。入力を専門の事業者に任せることで登録までの日数を縮め、支援が必要な妊婦や乳児に早く連絡できる体制を整えます。</dd>
  <dt>委託の内容</dt>
  <dd>
    <ol>
      <li>市から引き渡した受診票の記載事項を、所定の様式の電子データに入力すること。</li>
      <li>入力した内容を、受診票と一件ずつ読み合わせて確かめること。</li>
      <li>記載が読み取れない受診票を抜き出し、一覧にして市に返すこと。</li>
      <li>入力済みのデータをＤＶＤ－Ｒに書き込み、受診票とともに市に納めること。</li>
    </ol>
  </dd>
</dl>

<h4>取り扱う個人情報の項目</h4>
<p class="note">「要配慮」の表示は、子育て支援課が個人情報ファイル簿の区分を参考に付けたものです。</p>
<p class="item-group">【妊婦】</p>
<ul class="item-list">
  <li>氏名</li>
  <li>生年月日</li>
  <li>住所</li>
  <li>電話番号</li>
  <li>母子健康手帳の交付番号</li>
  <li>受診日<span class="badge">要配慮</span></li>
  <li>妊娠週数</li>
  <li>出産予定日</li>
  <li>妊婦健康診査の結果（血圧、尿検査、血液検査等）<span class="badge">要配慮</span></li>
</ul>
<p class="item-group">【乳児】</p>
<ul class="item-list">
  <li>氏名</li>
  <li>生年月日</li>
  <li>性別</li>
  <li>乳児健康診査の結果<span class="badge">要配慮</span></li>
  <li>保健指導区分</li>
</ul>

<h4>記録媒体</h4>
<table class="media-table">
  <caption class="visually-hidden">記録媒体の使用の有無</caption>
  <thead><tr><th scope="col">媒体</th><th scope="col">使用</th><th scope="col">備考</th></tr></thead>
  <tbody>
    <tr><th scope="row">紙（受診票）</th><td class="use">○</td><td>市から受託者に引き渡す原本</td></tr>
    <tr><th scope="row">電子媒体（ＤＶＤ－Ｒ）</th><td class="use">○</td><td>入力済みデータの納品に限る</td></tr>
    <tr><th scope="row">委託先のパソコン</th><td class="use">○</td><td>入力専用の端末</td></tr>
    <tr><th scope="row">委託先のサーバ</th><td class="use">－</td><td></td></tr>
    <tr><th scope="row">電子メール</th><td class="use">－</td><td>個人情報を含むデータのやり取りには使わない</td></tr>
    <tr><th scope="row">市の母子保健システム</th><td class="use">○</td><td>納品データの取込みは市の職員が行う</td></tr>
  </tbody>
</table>

<h4>個人情報の保護措置</h4>
<details class="measure measure-city" open="">
<summary>市が講じる保護措置</summary>
<ol>
  <li>契約書には別添の「個人情報の取扱いに関する特記事項」を綴じ込み、受託者が本市の個人情報保護条例に従う義務を負うことを明文で定める。</li>
  <li>受診票の受け渡しは子育て支援課の執務室で行い、枚数を書き込んだ引渡票に双方の担当者が署名して、その控えを残す。</li>
  <li>納品用のＤＶＤ－Ｒに書き込むデータは市が指定する方式で暗号化させることとし、暗号化に用いるパスワードは市が定めて、媒体の受渡しとは別の機会に電話で受託者の管理責任者へ伝える。</li>
  <li>委託期間中に担当職員が少なくとも一度は受託者の作業場所に赴き、受診票の保管や入力作業の実情をその場で検分する。</li>
  <li>返却を受けた受診票は、子育て支援課の鍵が掛かる書庫に収め、保存年限が過ぎるまで保管する。</li>
  <li>母子保健システムへの取込み機能は、課長が指名した職員二名に限って使えるよう権限を設定する。</li>
</ol>
</details>
<details class="measure measure-contractor">
<summary>委託先に講じさせる保護措置</summary>
<ol>
  <li>業務全体を統括する管理責任者を置かせ、従事する社員の氏名を記した一覧を作業に着手する前に市へ届け出させる。</li>
  <li>預かった受診票は、作業時間外には耐火金庫に納めさせ、その鍵は管理責任者が自ら持つこととさせる。</li>
  <li>入力作業を行う部屋には届け出た従事者以外の者を立ち入らせず、出入りした日時と氏名を記帳させる。</li>
  <li>入力に用いるパソコンは、社内ＬＡＮからもインターネットからも切り離した単独の端末とさせる。</li>
  <li>端末を起動する際は、従事者一人ひとりに割り当てたＩＤとパスワードで本人であることを確かめさせる。</li>
  <li>端末にはウイルス対策ソフトを入れさせ、定義ファイルは毎日自動で新しくさせる。</li>
  <li>端末の操作記録（ログ）を保存させ、月末ごとに管理責任者にその内容を点検させる。</li>
  <li>受診票の紛失や情報の流出が起きたとき、又はその疑いが生じたときは、ただちに子育て支援課へ電話で一報させ、経過と対応を文書にまとめて報告させる。</li>
  <li>従事者には、作業に就く前に、個人情報の扱い方に関する社内講習を受けさせる。</li>
  <li>業務を終えたときは、端末に残ったデータを復元できない方法で消し去らせ、消去を済ませた旨を記した証明書を市へ提出させる。</li>
</ol>
</details>

<details class="tokki">
<summary>契約に付す特記事項（全１４条）</summary>
<p class="tokki-title">個人情報の取扱いに関する特記事項</p>
<ol class="tokki-list">
  <li><strong>（基本的事項）</strong>受託者（以下「乙」という。）は、この契約に係る業務を行うに当たり、個人の権利利益を損なうことのないよう、個人情報を適切に扱わなければならない。</li>
  <li><strong>（秘密の保持）</strong>乙は、業務を通じて知ることとなった個人情報をみだりに他人に知らせてはならない。契約期間が終わった後も、同じとする。</li>
  <li><strong>（収集の制限）</strong>乙は、業務のために個人情報を集めるときは、業務の目的を果たすのに必要な範囲に限り、適法かつ公正な方法によらなければならない。</li>
  <li><strong>（目的外利用及び提供の禁止）</strong>乙は、別府市（以下「甲」という。）の指示がある場合を除き、業務で扱う個人情報を契約の目的以外に使い、又は第三者に渡してはならない。</li>
  <li><strong>（再委託の禁止）</strong>乙は、個人情報を扱う業務の全部又は一部を他の者に請け負わせてはならない。ただし、あらかじめ甲の書面による承諾を得たときは、この限りでない。</li>
  <li><strong>（複写及び複製の禁止）</strong>乙は、甲の承諾なく、甲から預かった資料を複写し、又は複製してはならない。</li>
  <li><strong>（持出しの禁止）</strong>乙は、甲が認めた作業場所の外へ個人情報を持ち出してはならない。</li>
  <li><strong>（適正な保管）</strong>乙は、個人情報を記録した資料を施錠できる保管設備に収めるなどして、その漏えい、滅失及びき損を防がなければならない。</li>
  <li><strong>（資料等の返還等）</strong>乙は、業務を終えたとき又は甲から求められたときは、預かった資料を直ちに甲へ返し、乙の機器に記録した個人情報を消去しなければならない。</li>
  <li><strong>（消去の証明）</strong>乙は、前条の規定により個人情報を消去したときは、消去の日時、方法及び作業を行った者を記した証明書を甲に提出しなければならない。</li>
  <li><strong>（従事者の教育）</strong>乙は、業務に従事する者に対し、在職中及び退職後の守秘義務を含め、個人情報の保護に必要な事項を教えなければならない。</li>
  <li><strong>（調査及び報告）</strong>甲は、必要があると認めるときは、乙の作業場所に立ち入って個人情報の管理状況を調べ、又は乙にその取扱いの状況について報告を求めることができる。</li>
  <li><strong>（事故発生時の報告）</strong>乙は、この特記事項に反する事態が生じ、又は生じるおそれがあることを知ったときは、速やかに甲へ報告し、その指示に従わなければならない。</li>
  <li><strong>（損害賠償）</strong>乙は、この特記事項に違反したことにより甲又は第三者に損害を与えたときは、その損害を賠償しなければならない。</li>
</ol>
</details>
</div><!-- /#panel-1 -->
"""

PANEL2 = """<div role="tabpanel" id="panel-2" aria-labelledby="tab-2" tabindex="0" hidden="">
<h3 class="panel-heading">諮問第４号　電子計算組織の外部結合について</h3>
<dl class="matter-facts">
  <dt>件名</dt>
  <dd>避難行動要支援者名簿の管理に係るクラウド型防災支援サービスとの外部結合について</dd>
  <dt>諮問・報告の別</dt>
  <dd>諮問</dd>
  <dt>手続の種類</dt>
  <dd>電子計算組織の外部結合</dd>
  <dt>根拠条項</dt>
  <dd>別府市個人情報保護条例第１４条第１項</dd>
  <dt>担当部署</dt>
  <dd>市民安全部　危機管理課・防災推進課</dd>
  <dt>名簿情報の提供元</dt>
  <dd>福祉こども部　障害福祉課、健康推進部　高齢者福祉課（名簿の作成に必要な情報を市の内部で提供する課であり、結合を行う課ではありません。）</dd>
  <dt>結合先</dt>
  <dd>株式会社九州防災システムズが提供するクラウドサービス「まもりネット」</dd>
  <dt>結合の開始</dt>
  <dd>令和４年２月１日（予定）から<br>
  <span class="note">※名簿は、結合の開始後も毎年４月１日時点の情報で一斉に更新します。</span></dd>
  <dt>結合の理由</dt>
  <dd>避難行動要支援者名簿は、これまで危機管理課の表計算ファイルで管理してきましたが、災害時に庁舎が被災した場合に名簿を参照できなくなるおそれがあります。名簿をクラウドサービスに置き、庁外の避難所や災害対策本部の分室からも、権限を持つ職員が最新の名簿を確認できるようにします。</dd>
  <dt>結合の方法</dt>
  <dd>危機管理課及び防災推進課の業務用端末から、総合行政ネットワーク（ＬＧＷＡＮ）を経由して「まもりネット」に接続し、名簿の登録、更新及び閲覧を行います。</dd>
</dl>

<h4>取り扱う個人情報の項目</h4>
<p class="note">「要配慮」の表示は、危機管理課が個人情報ファイル簿の区分を参考に付けたものです。</p>
<p class="item-group">【避難行動要支援者】</p>
<ul class="item-list">
  <li>氏名</li>
  <li>生年月日</li>
  <li>性別</li>
  <li>住所</li>
  <li>電話番号</li>
  <li>介護保険の被保険者番号</li>
  <li>要介護度<span class="badge">要配慮</span></li>
  <li>身体障害者手帳の等級<span class="badge">要配慮</span></li>
  <li>療育手帳の判定（Ａ・Ｂ）<span class="badge">要配慮</span></li>
  <li>同居家族の有無</li>
  <li>避難時に配慮が必要な事項<span class="badge">要配慮</span></li>
</ul>
<p class="item-group">【避難支援等関係者】</p>
<ul class="item-list">
  <li>氏名</li>
  <li>電話番号</li>
  <li>要支援者との関係</li>
</ul>
<p class="note">※病名や服薬の状況など、医療に関する情報は結合先に記録しません。</p>

<h4>記録媒体</h4>
<table class="media-table">
  <caption class="visually-hidden">記録媒体の使用の有無</caption>
  <thead><tr><th scope="col">媒体</th><th scope="col">使用</th><th scope="col">備考</th></tr></thead>
  <tbody>
    <tr><th scope="row">市の業務用端末（庁内ＬＡＮ）</th><td class="use">○</td><td>危機管理課・防災推進課に限る</td></tr>
    <tr><th scope="row">結合先のクラウドサービス</th><td class="use">○</td><td>国内のデータセンターで運用</td></tr>
    <tr><th scope="row">紙（名簿の写し）</th><td class="use">○</td><td>災害時の持出し用</td></tr>
    <tr><th scope="row">電子媒体（ＵＳＢメモリ等）</th><td class="use">－</td><td></td></tr>
    <tr><th scope="row">電子メール</th><td class="use">－</td><td></td></tr>
  </tbody>
</table>

<h4>個人情報の保護措置</h4>
<details class="measure measure-city" open="">
<summary>市が講じる保護措置</summary>
<ol>
  <li>名簿情報を閲覧し、又は更新できる職員は課ごとに登録し、登録のない職員には利用の権限を与えない。</li>
  <li>サービスへのログインには、職員ごとのＩＤとワンタイムパスワードによる二段階の認証を求める。</li>
  <li>庁内ＬＡＮと結合先との間は総合行政ネットワークで結び、インターネットを経由した接続は行わない。</li>
  <li>結合先との通信は、ＴＬＳにより暗号化する。</li>
  <li>結合先から毎月提供される操作履歴を危機管理課で確認し、不審な操作がないか点検する。</li>
  <li>名簿を紙に出力したときは、出力した日時と部数を出力管理簿に書き入れ、使い終えた写しは回収してシュレッダーで細断する。</li>
  <li>紙の名簿は、危機管理課の鍵付きキャビネットにしまう。</li>
  <li>名簿を扱う職員を対象に、取扱いの注意点を確かめる研修を年に一度開く。</li>
</ol>
</details>
<details class="measure measure-contractor">
<summary>結合先事業者に講じさせる保護措置</summary>
<ol>
  <li>サーバは国内のデータセンターに置かせ、サーバ室には登録された者だけが入れるようにして、入退室の記録を保存させる。</li>
  <li>情報セキュリティマネジメントシステム（ＩＳＭＳ）の認証を、契約期間を通じて維持させる。</li>
  <li>名簿データのバックアップを毎日取得させ、本番環境とは別の地域に保管させる。</li>
  <li>ファイアウォールと不正侵入検知装置を設けさせ、外部からの不正な通信を遮断させる。</li>
  <li>サーバのＯＳやミドルウェアには修正プログラムを遅滞なく当てさせ、ウイルス対策ソフトを常駐させる。</li>
  <li>運用・保守に携わる技術者を特定させ、その名簿を市へ提出させる。</li>
  <li>障害や情報漏えいが発生し、又はそのおそれがあるときは、直ちに危機管理課へ連絡させる。</li>
  <li>契約が終了したときは、結合先に保存された名簿データを完全に消去させ、消去を証明する書類を提出させる。</li>
</ol>
</details>
</div><!-- /#panel-2 -->
</div><!-- /.tab-widget -->
"""

TEMPLATE = """<template id="tmpl-tabpanel">
<div role="tabpanel" id="panel-x" aria-labelledby="tab-x" tabindex="0" hidden="">
<h3 class="panel-heading">諮問第○号　（見出し）</h3>
<dl class="matter-facts">
  <dt>件名</dt><dd>（例）○○業務の委託について</dd>
  <dt>諮問・報告の別</dt><dd></dd>
  <dt>根拠条項</dt><dd>別府市個人情報保護条例第○条第○項</dd>
  <dt>担当部署</dt><dd>○○部　○○課</dd>
  <dt>委託先</dt><dd></dd>
  <dt>委託期間</dt><dd>令和○年○月○日から令和○年○月○日まで</dd>
</dl>
<h4>取り扱う個人情報の項目</h4>
<ul class="item-list"><li></li></ul>
</div>
</template>
"""

TAIL = """
<div class="file-list">
<h2>関連資料</h2>
<ul>
  <li><a href="./r3_02_files/r3_02_shiryo.pdf">令和３年度第２回審議会資料（諮問第３号・第４号）（PDF：812KB）</a></li>
  <li><a href="./r3_02_files/r3_02_jisshi.pdf">会議の開催状況（PDF：96KB）</a></li>
</ul>
<p class="pdf-note">PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。お持ちでない方は<a href="https://get.adobe.com/jp/reader/">アドビシステムズ社のサイト（新しいウィンドウで開きます）</a>からダウンロードしてください。</p>
</div>

<div id="tmp_inquiry">
<h2>このページに関するお問い合わせ</h2>
<p>総務部　総務課　情報公開・個人情報保護係<br>
〒874-8501　大分県別府市中央町２番１０号　市役所本庁舎３階<br>
電話：0977-21-3105　ファクス：0977-21-3190<br>
<a href="https://www.city.beppu.oita.jp/form/inquiry?page=1007316">お問い合わせフォーム</a></p>
</div>

<div id="tmp_feedback">
<form action="https://www.city.beppu.oita.jp/feedback/" method="post">
<h2>このページの情報は役に立ちましたか</h2>
<fieldset>
<legend>このページの情報は役に立ちましたか</legend>
<label><input type="radio" name="q1" value="1">役に立った</label>
<label><input type="radio" name="q1" value="2">どちらともいえない</label>
<label><input type="radio" name="q1" value="3">役に立たなかった</label>
</fieldset>
<fieldset>
<legend>このページの内容は分かりやすかったですか</legend>
<label><input type="radio" name="q2" value="1">分かりやすかった</label>
<label><input type="radio" name="q2" value="2">どちらともいえない</label>
<label><input type="radio" name="q2" value="3">分かりにくかった</label>
</fieldset>
<p class="form-note">※このフォームからのご意見には返信できません。ご質問は上記のお問い合わせ先へお願いします。個人情報（氏名、住所、電話番号、メールアドレスなど）は入力しないでください。</p>
<input type="hidden" name="page_id" value="1007316">
<button type="submit">送信</button>
</form>
</div>
</div><!-- /#tmp_main -->
</main>

<aside id="tmp_side">
<div class="side-related">
<h2>関連ページ</h2>
<ul>
  <li><a href="https://www.city.beppu.oita.jp/sisei/johokokai/kojinjoho/shingikai/r3_01.html">令和３年度第１回別府市個人情報保護審議会（諮問第１号・第２号）</a></li>
  <li><a href="https://www.city.beppu.oita.jp/sisei/johokokai/kojinjoho/shingikai/toshin.html">答申一覧（諮問第２号「市税の口座振替依頼のインターネット受付に係る業務の委託について」ほか）</a></li>
  <li><a href="https://www.city.beppu.oita.jp/sisei/johokokai/kojinjoho/seido.html">別府市の個人情報保護制度</a></li>
  <li><a href="https://www.city.beppu.oita.jp/sisei/johokokai/kojinjoho/meibo.html">審議会委員名簿</a></li>
</ul>
</div>
<div class="side-category">
<h2>情報公開・個人情報保護</h2>
<ul>
  <li><a href="https://www.city.beppu.oita.jp/sisei/johokokai/seikyu.html">公文書の開示請求</a></li>
  <li><a href="https://www.city.beppu.oita.jp/sisei/johokokai/kojinjoho/kaiji.html">自己情報の開示・訂正・利用停止の請求</a></li>
  <li><a href="https://www.city.beppu.oita.jp/sisei/johokokai/kojinjoho/file.html">個人情報ファイル簿</a></li>
</ul>
</div>
</aside>
</div><!-- /#tmp_contents -->

<p class="pagetop"><a href="#tmp_wrapper">ページの先頭へ戻る</a></p>
<footer id="tmp_footer">
<div class="footer-address">
<p class="footer-name">別府市役所</p>
<p>〒874-8501　大分県別府市中央町２番１０号<br>
代表電話：0977-21-3000　開庁時間：月曜日から金曜日の午前８時３０分から午後５時１５分まで（祝日・休日、１２月２９日から１月３日までを除く）<br>
<a href="https://www.city.beppu.oita.jp/soshiki/">組織から探す</a>｜<a href="https://www.city.beppu.oita.jp/access/">市役所へのアクセス</a></p>
</div>
<div class="footer-tel">
<h2 class="visually-hidden">主な窓口の電話番号</h2>
<dl>
  <dt>総務部　総務課</dt><dd>0977-21-3105</dd>
  <dt>市民安全部　危機管理課</dt><dd>0977-21-3131</dd>
  <dt>市民安全部　市民課</dt><dd>0977-21-3140</dd>
  <dt>福祉こども部　子育て支援課</dt><dd>0977-21-3184</dd>
  <dt>福祉こども部　障害福祉課</dt><dd>0977-21-3186</dd>
  <dt>健康推進部　健康づくり課</dt><dd>0977-21-3202</dd>
  <dt>健康推進部　高齢者福祉課</dt><dd>0977-21-3207</dd>
  <dt>教育委員会事務局　学校教育課</dt><dd>0977-21-3260</dd>
</dl>
</div>
<ul class="footer-link">
  <li><a href="https://www.city.beppu.oita.jp/policy/">サイトポリシー</a></li>
  <li><a href="https://www.city.beppu.oita.jp/privacy/">個人情報の取扱い</a></li>
  <li><a href="https://www.city.beppu.oita.jp/accessibility/">ウェブアクセシビリティ方針</a></li>
  <li><a href="https://www.city.beppu.oita.jp/link/">リンク・著作権・免責事項</a></li>
</ul>
<p class="copyright"><small>Copyright &copy; Beppu City. All Rights Reserved.</small></p>
</footer>
</div><!-- /#tmp_wrapper -->
<script>
(function () {
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  function select(tab) {
    tabs.forEach(function (t) {
      var on = (t === tab);
      t.setAttribute('aria-selected', on ? 'true' : 'false');
      t.setAttribute('tabindex', on ? '0' : '-1');
      var panel = document.getElementById(t.getAttribute('aria-controls'));
      if (on) { panel.removeAttribute('hidden'); } else { panel.setAttribute('hidden', ''); }
    });
    tab.focus();
  }
  tabs.forEach(function (tab, i) {
    tab.addEventListener('click', function () { select(tab); });
    tab.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowRight') { select(tabs[(i + 1) % tabs.length]); }
      if (e.key === 'ArrowLeft') { select(tabs[(i - 1 + tabs.length) % tabs.length]); }
    });
  });
})();
</script>
<script src="./r3_02_files/common.js"></script>
</body></html>
"""


def main():
    html = HEAD + TABS + PANEL1 + PANEL2 + TEMPLATE + TAIL
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(html)
    print('wrote', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
