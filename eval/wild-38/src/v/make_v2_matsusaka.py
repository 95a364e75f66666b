#!/usr/bin/env python3
"""Writes raw/v2_matsusaka_2022.html: a city web page whose council paper was put
through an accessibility conversion tool.  The ruled forms became nested definition
lists (no <table> at all), measures became <ol> inside <dd>, group labels became <dt>
whose <dd> holds another <dl>; headings h2-h5; visually-hidden texts for screen
readers; skip link, breadcrumbs, side menu and footer.  UTF-8, LF.

Everything except the municipality name is invented for this evaluation set."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'raw', 'v2_matsusaka_2022.html')

NEWWIN = '<span class="visually-hidden">（新しいウィンドウで開きます）</span>'
NOTE = '<span class="visually-hidden">表の注記：</span>'


def ol(items, indent):
    pad = ' ' * indent
    return ('\n' + pad + '<ol>\n' + ''.join(f'{pad} <li>{x}</li>\n' for x in items) + pad + '</ol>\n' + ' ' * (indent - 1))


A_TITLE = '子育て支援アプリ「すくすくまつさか」と健康管理システムとの外部結合について'
B_TITLE = '被保護者健康管理支援事業に係る保健指導業務の委託について'

A_CITY = [
    '健康管理システムとアプリのクラウドサービスとの間の通信は、庁内に設置する連携用サーバを経由する閉域網に限り、健康管理システムをインターネットに直接接続しない。',
    '連携の設定を変更できる職員は、健康づくり課の管理者2名に限定する。',
    '連携用サーバが送信したデータの日時及び件数の記録を保存し、毎月、担当係長が点検する。',
    '本事業に携わる職員に対し、個人情報の適正な取扱いに関する研修を年1回実施する。',
]
A_LINK = [
    'クラウドサービスとの通信及びクラウドサービスに保存されるデータは、暗号化される。',
    '保護者がアプリに表示される情報を閲覧するときは、ID及びパスワードに加え、登録したメールアドレスに送られる確認コードによる認証を要する。',
    'クラウドサービスは、ISMAPクラウドサービスリストに登録されていることを確認している。',
    '事業者との間で、システム障害及び情報漏えいの発生時における緊急連絡体制を定める。',
    '保護者がアプリの利用を終了したときは、当該保護者及び子どもの情報を30日以内にクラウドサービスから消去する。',
    'クラウドサービス上のデータは毎日バックアップを取得し、別の地域にあるデータセンターに保管される。',
]

B_CITY = [
    '委託契約書に「個人情報取扱特記事項」を添付し、受託者にその遵守を義務付ける。',
    '対象者名簿を電子メールで送付するときは、ファイルを暗号化し、復号用のパスワードは電話で受託者の業務責任者に伝える。',
    '電子メールの送信前に、宛先及び添付ファイルを職員2名で確認する。',
    '受託者の事務所を年1回以上訪問し、記録票の保管状況及び業務の実施状況を確認する。',
]
B_ORG = [
    '業務責任者及び保健指導に従事する保健師等の名簿を、業務の開始前に提出させる。',
    '従事者全員から、業務上知り得た秘密を漏らさない旨の誓約書を徴させる。',
    '毎月の業務実施報告と併せて、個人情報の取扱状況を書面で報告させる。',
    '個人情報の漏えい、紛失等の事故が発生したときは、直ちに市に報告させ、市の指示に従って対応させる。',
]
B_PHYS = [
    '保健指導記録票は、施錠できるキャビネットに保管させる。',
    '家庭訪問に持ち出す記録票は当日訪問する対象者の分に限り、持出し簿に記録させる。',
]
B_TECH = [
    '保健指導記録システムへのログインは、ID、パスワード及びワンタイムパスワードによる多要素認証とさせる。',
    '従事者ごとに閲覧できる対象者の範囲を設定させる。',
    '保健指導記録システムとの通信は、TLSにより暗号化させる。',
    'アクセスログを1年間保存させ、月1回点検させる。',
    '契約終了時には、保健指導記録システム上のデータを消去させ、消去したことを証する書面を提出させる。',
    '受託者には、ISMS（ISO/IEC 27001）の認証を契約期間中維持させる。',
]

PAGE = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>令和4年度第1回松阪市個人情報保護審議会 会議資料｜松阪市ホームページ</title>
<meta name="generator" content="AccessForm Converter 3.2 (表形式文書のアクセシビリティ変換)">
<link rel="stylesheet" href="/shared/css/common.css">
<style>
.visually-hidden {{ position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }}
.skip-link {{ position: absolute; left: -9999px; }}
.skip-link:focus {{ left: 0; }}
dl.a11y-form {{ border: 1px solid #999; padding: 0.5em 1em; }}
dl.a11y-form dt {{ font-weight: bold; margin-top: 0.6em; }}
dl.a11y-form dd {{ margin-left: 1.5em; }}
p.form-note {{ font-size: 90%; }}
</style>
</head>
<body>
<a class="skip-link" href="#main-content">本文へスキップ</a>
<header id="site-header">
 <p class="site-logo"><a href="/index.html"><img src="/shared/img/logo.png" alt="松阪市"></a></p>
 <ul class="header-tools">
  <li><a href="/sitemap.html">サイトマップ</a></li>
  <li><a href="/foreign/index.html" lang="en">Foreign Language</a></li>
  <li><a href="/reading.html">音声読み上げ・文字拡大</a></li>
 </ul>
 <nav aria-label="グローバルナビゲーション">
  <ul>
   <li><a href="/kurashi/index.html">くらし・手続き</a></li>
   <li><a href="/kosodate/index.html">子育て・教育</a></li>
   <li><a href="/kenko/index.html">健康・福祉</a></li>
   <li><a href="/sangyo/index.html">産業・観光</a></li>
   <li><a href="/shisei/index.html">市政情報</a></li>
  </ul>
 </nav>
</header>
<nav class="breadcrumbs" aria-label="現在地">
 <ol>
  <li><a href="/index.html">ホーム</a></li>
  <li><a href="/shisei/index.html">市政情報</a></li>
  <li><a href="/shisei/johokokai/index.html">情報公開・個人情報保護</a></li>
  <li><a href="/shisei/johokokai/shingikai/index.html">松阪市個人情報保護審議会</a></li>
  <li aria-current="page">令和4年度第1回松阪市個人情報保護審議会 会議資料</li>
 </ol>
</nav>
<div id="wrapper">
<main id="main-content">
<h1>令和4年度第1回松阪市個人情報保護審議会 会議資料</h1>
<p class="page-info">ページ番号：1006274　更新日：2022年8月9日</p>
<p>令和4年7月26日（火曜日）に開催した令和4年度第1回松阪市個人情報保護審議会の会議資料を掲載します。会議録は、作成ができ次第掲載します。</p>
<p>原本の様式は表形式のため、音声読み上げに対応するよう、項目名と内容の組に変換して掲載しています。原本は次のリンクからご覧ください。</p>
<ul class="file-list">
 <li><a href="/material/files/group/3/r4-1-shiryo.pdf" target="_blank">令和4年度第1回 会議資料（PDF：1,284KB）{NEWWIN}</a></li>
 <li><a href="/material/files/group/3/r4-1-jisshi.pdf" target="_blank">審議会次第（PDF：86KB）{NEWWIN}</a></li>
</ul>

<h2>審議事項</h2>
<section aria-labelledby="matter-1">
<h3 id="matter-1">諮問第2号　子育て支援アプリとの外部結合について</h3>
<p class="visually-hidden">ここから様式「電子計算組織の結合に関する諮問書」の内容です。</p>
<h4>1　基本情報</h4>
<dl class="a11y-form">
 <dt>件名</dt>
 <dd>{A_TITLE}</dd>
 <dt>区分</dt>
 <dd>諮問</dd>
 <dt>根拠規定</dt>
 <dd>松阪市個人情報保護条例第15条第2項（電子計算組織の結合）</dd>
 <dt>担当</dt>
 <dd>
  <dl>
   <dt>部</dt>
   <dd>健康子育て部</dd>
   <dt>課</dt>
   <dd>健康づくり課・こども支援課</dd>
  </dl>
 </dd>
 <dt>結合先</dt>
 <dd>株式会社ミライエ・ネットが提供する子育て支援アプリ「すくすくまつさか」のクラウドサービス</dd>
 <dt>結合の開始時期</dt>
 <dd>令和4年10月3日から</dd>
</dl>
<h4>2　事業の概要</h4>
<h5>（1）目的</h5>
<p>子育て中の保護者が、子どもの予防接種や乳幼児健康診査の予定及び記録をスマートフォンで確認できるようにし、接種漏れや受診漏れを防ぐ。</p>
<h5>（2）結合の方法</h5>
<p>市の健康管理システムから、庁内に設置する連携用サーバに1日1回データを抽出し、連携用サーバから閉域網を経由してアプリのクラウドサービスへ送信する。連携の対象は、アプリの利用登録の際に、保護者が市の情報との連携に同意した世帯に限る。</p>
<h4>3　結合により提供する個人情報</h4>
<dl class="a11y-form">
 <dt>個人情報の項目</dt>
 <dd>
  <dl>
   <dt>保護者</dt>
   <dd>氏名、メールアドレス、アプリ利用者ID</dd>
   <dt>子ども</dt>
   <dd>氏名、生年月日、性別、予防接種の接種履歴（ワクチンの種類・接種日）、次回の接種予定日、乳幼児健康診査の受診日、乳幼児健康診査の結果（身長・体重・所見）</dd>
  </dl>
  <p class="form-note">{NOTE}※個人番号及び住所は連携しない。</p>
 </dd>
 <dt>記録媒体</dt>
 <dd>
  <ul>
   <li>健康管理システム（市の電子計算組織）</li>
   <li>連携用サーバ（市の庁内に設置）</li>
   <li>アプリのクラウドサービス（結合先）</li>
  </ul>
 </dd>
</dl>
<h4>4　保護対策</h4>
<dl class="a11y-form">
 <dt>保護対策</dt>
 <dd>
  <dl>
   <dt>市が講ずる措置</dt>
   <dd>{ol(A_CITY, 4)}</dd>
   <dt>結合先に係る措置</dt>
   <dd>{ol(A_LINK, 4)}</dd>
  </dl>
 </dd>
</dl>
<p class="visually-hidden">様式の内容は以上です。</p>
</section>

<h2>報告事項</h2>
<section aria-labelledby="matter-2">
<h3 id="matter-2">報告第3号　保健指導業務の委託について</h3>
<p class="visually-hidden">ここから様式「個人情報取扱事務の委託に関する報告書」の内容です。</p>
<h4>1　基本情報</h4>
<dl class="a11y-form">
 <dt>件名</dt>
 <dd>{B_TITLE}</dd>
 <dt>区分</dt>
 <dd>報告</dd>
 <dt>根拠規定</dt>
 <dd>松阪市個人情報保護条例第14条第1項</dd>
 <dt>担当</dt>
 <dd>
  <dl>
   <dt>部</dt>
   <dd>福祉部</dd>
   <dt>課</dt>
   <dd>生活福祉課</dd>
  </dl>
 </dd>
 <dt>委託先</dt>
 <dd>株式会社ベルファーム・ヘルスケア（本社：三重県津市みどり野三丁目）</dd>
 <dt>委託期間</dt>
 <dd>令和4年7月1日から令和5年3月31日まで</dd>
</dl>
<h4>2　委託の内容</h4>
<h5>（1）事業の概要</h5>
<p>生活保護法に基づく被保護者健康管理支援事業として、被保護者のうち生活習慣病の重症化のおそれがある者に対し、保健師等による家庭訪問又は面談により保健指導を行う。これまで生活福祉課の保健師が行ってきたが、対象者の増加に伴い、保健指導の実施部分を専門の事業者に委託するものである。</p>
<h5>（2）委託する業務</h5>
<ul>
 <li>対象者への保健指導（家庭訪問・面談）</li>
 <li>保健指導記録票の作成及び保健指導記録システムへの入力</li>
 <li>月次の実施状況の報告</li>
</ul>
<h4>3　委託に伴い取り扱わせる個人情報</h4>
<dl class="a11y-form">
 <dt>個人情報の項目</dt>
 <dd>
  <dl>
   <dt>対象者（被保護者）</dt>
   <dd>ケース番号、氏名、生年月日、性別、住所、電話番号、健康診査の結果、治療中の疾病名、服薬状況、保健指導の実施日、次回面談予定日、担当地区</dd>
  </dl>
  <p class="form-note">{NOTE}※対象者は、保健指導を受けることに同意した者に限る。</p>
 </dd>
 <dt>記録媒体</dt>
 <dd>
  <ul>
   <li>紙（保健指導記録票、対象者名簿）</li>
   <li>受託者が管理する保健指導記録システム（受託者のクラウドサーバ）</li>
   <li>電子メール（暗号化した対象者名簿の送付に限る。）</li>
  </ul>
  <p class="form-note">{NOTE}※USBメモリ等の外部記録媒体による受渡しは行わない。</p>
 </dd>
</dl>
<h4>4　保護対策</h4>
<dl class="a11y-form">
 <dt>保護対策</dt>
 <dd>
  <dl>
   <dt>市が講ずる措置</dt>
   <dd>{ol(B_CITY, 4)}</dd>
   <dt>受託者に講じさせる措置</dt>
   <dd>
    <dl>
     <dt>組織的・人的措置</dt>
     <dd>{ol(B_ORG, 6)}</dd>
     <dt>物理的措置</dt>
     <dd>{ol(B_PHYS, 6)}</dd>
     <dt>技術的措置</dt>
     <dd>{ol(B_TECH, 6)}</dd>
    </dl>
   </dd>
  </dl>
 </dd>
 <dt>特記事項</dt>
 <dd>委託契約書に「個人情報取扱特記事項」を添付する（本資料への掲載は省略）。</dd>
</dl>
<p class="visually-hidden">様式の内容は以上です。</p>
</section>

<div class="contact">
 <h2>このページに関するお問い合わせ</h2>
 <p>総務部 総務課 情報公開係<br>電話：0598-00-1234　ファクス：0598-00-1235</p>
 <p><a href="/form/inquiry.html?id=soumu" target="_blank">メールでのお問い合わせはこちら{NEWWIN}</a></p>
</div>
</main>
<aside id="side-menu">
 <h2>松阪市個人情報保護審議会</h2>
 <ul>
  <li><a href="/shisei/johokokai/shingikai/r4-1.html">令和4年度第1回松阪市個人情報保護審議会 会議資料</a></li>
  <li><a href="/shisei/johokokai/shingikai/r3-3.html">令和3年度第3回松阪市個人情報保護審議会 会議資料</a></li>
  <li><a href="/shisei/johokokai/shingikai/r3-2.html">令和3年度第2回松阪市個人情報保護審議会 会議録</a></li>
  <li><a href="/shisei/johokokai/shingikai/iin.html">委員名簿</a></li>
 </ul>
</aside>
</div>
<footer id="site-footer">
 <p class="pagetop"><a href="#site-header">ページの先頭へ</a></p>
 <p class="footer-name">松阪市役所</p>
 <p>〒515-8599 三重県松阪市中央町100番地　電話：0598-00-1111（代表）</p>
 <p>開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・休日、年末年始を除く）</p>
 <p class="copyright"><small>Copyright © Matsusaka City. All Rights Reserved.</small></p>
</footer>
</body>
</html>
"""


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(PAGE)
    print('wrote', OUT)


if __name__ == '__main__':
    main()
