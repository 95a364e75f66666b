#!/usr/bin/env python3
"""Writes raw/n2_odawara_2019.html: a municipal CMS page (skip link, header, global nav,
breadcrumbs, side menu, contact box, footer) publishing the materials of a council session
as revised after the meeting.

- An overview table (番号 / 件名 / 担当課 / 区分) at the top.
- Per matter a <table> with a <caption> and <th scope="row"> labels.
- Revision marks: <del> for struck-out text, <ins> for the new text (a contractor corrected,
  a start date corrected, items and a medium deleted, a measure replaced); a note says that
  struck-out text is no longer valid.
- <abbr title=...> for abbreviations; measures as <ol> under <h4> party headings.

Each measure is (mark, text, [codes]); mark '' for plain, 'del' for struck-out, 'ins' for
inserted.  self_check.py re-derives the gold safeguard lists from the non-struck measures.
Only 小田原市 is real: people, companies, articles, dates, phone numbers and addresses are
invented."""
import html as H
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'raw', 'n2_odawara_2019.html')

KDB = '<abbr title="国保データベース">KDB</abbr>'
CDR = '<abbr title="Compact Disc Recordable（追記型光ディスク）">CD-R</abbr>'
ID_ = '<abbr title="利用者識別符号">ID</abbr>'

# ------------------------------------------------------------------ matter 1 measures
M1 = [
    ('ward', '保有課（市民部保険課）が講じる措置', [
        ('', f'{KDB}システムの操作権限は一体的実施の事務に従事する職員に限って付与し、利用者ごとの{ID_}とパスワードにより認証を行う。',
         ['access_control', 'access_auth']),
        ('', f'{KDB}システムは神奈川県国民健康保険団体連合会との専用回線にのみ接続された端末で利用し、インターネットには接続しない。',
         ['network_protection']),
        ('', f'{KDB}システムのアクセスログを四半期ごとに点検し、業務以外の照会がないことを確認する。',
         ['logging']),
    ]),
    ('ward', '利用課（福祉健康部高齢介護課・健康づくり課）が講じる措置', [
        ('', '取得した情報は、一体的実施事業の対象者の抽出及び訪問指導にのみ用い、それ以外の目的には利用しない。',
         ['purpose_limit']),
        ('', '訪問指導に従事する保健師及び管理栄養士に対し、個人情報の取扱いに関する研修を年1回以上行う。',
         ['training']),
        ('', '訪問指導記録票は施錠できる書庫に保管し、庁舎外へは当日の訪問先の分に限って持ち出す。',
         ['locked_storage', 'takeout_limit']),
        ('', '健康管理システムに取り込んだデータは、文書の保存期間が満了した後に消去する。',
         ['return_erasure']),
        ('', '健康管理システムの端末にはウイルス対策ソフトを導入し、定義ファイルを自動で更新する。',
         ['malware_protection']),
    ]),
]

# ------------------------------------------------------------------ matter 2 measures
M2 = [
    ('ward', '市が講じる措置', [
        ('', '委託契約書に「個人情報取扱特記事項」を添付し、小田原市個人情報保護条例を遵守する義務を契約書にも明記する。',
         ['contract_terms']),
        ('del', '受診券作成用データは、専用のメールアカウントから暗号化したファイルで送信する。',
         ['email_safety', 'encryption']),
        ('ins', f'受診券作成用データは{CDR}に記録し、健康づくり課の職員が受託者の責任者に直接手渡す。受渡しの際は、受渡簿に双方が記名する。',
         ['transfer_control']),
        ('', f'{CDR}に記録するデータにはパスワードを設定し、パスワードは{CDR}の受渡しとは別の機会に文書で通知する。',
         ['encryption', 'password_separation']),
        ('', '委託期間中に受託者の作業場所へ職員が立ち入り、個人情報の管理の状況を検査する。',
         ['audit']),
    ]),
    ('contractor', '受託者に講じさせる措置', [
        ('', '個人情報取扱責任者及び作業従事者を定め、書面で市に届け出させる。',
         ['responsible_staff']),
        ('', '作業を行う部屋への入退室は、ICカードにより記録させる。',
         ['entry_control']),
        ('', '作業用パソコンは、インターネットその他の外部のネットワークに接続させない。',
         ['network_protection']),
        ('', f'作業用パソコンの起動時には、作業従事者ごとの{ID_}とパスワードによる認証を行わせる。',
         ['access_auth']),
        ('', '作業用パソコンにはウイルス対策ソフトを導入させ、常に最新の状態に保たせる。',
         ['malware_protection']),
        ('', f'{CDR}及び出力した帳票は、作業時以外は施錠できる保管庫に収納させる。',
         ['locked_storage']),
        ('', '受診券の印刷後は印刷枚数を対象者数と照合させ、印刷物をプリンタに放置させない。',
         ['print_control']),
        ('', '個人情報の漏えい等の事故が発生したときは、直ちに健康づくり課へ報告させる。',
         ['incident_response']),
        ('', '作業従事者に対し、作業の開始前に個人情報保護に関する研修を受講させる。',
         ['training']),
        ('', f'作業の終了後、{CDR}は市に返却させ、作業用パソコン内のデータは消去させたうえで、消去証明書を提出させる。',
         ['return_erasure', 'erasure_proof']),
    ]),
]

MEASURES = {1: M1, 2: M2}
ANNEX = {1: [], 2: []}


def ol(items):
    out = ['<ol>']
    for mark, text, _codes in items:
        if mark == 'del':
            out.append(f'<li><del>{text}</del></li>')
        elif mark == 'ins':
            out.append(f'<li><ins>{text}</ins></li>')
        else:
            out.append(f'<li>{text}</li>')
    out.append('</ol>')
    return '\n'.join(out)


def measures(groups):
    out = []
    for _actor, heading, items in groups:
        out.append(f'<h4>{heading}</h4>')
        out.append(ol(items))
    return '\n'.join(out)


PAGE = '''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>令和元年度第2回小田原市個人情報保護運営審議会の会議資料（修正版）｜小田原市</title>
<meta name="description" content="令和元年度第2回小田原市個人情報保護運営審議会の会議資料を、審議の結果を反映して掲載しています。">
<link rel="stylesheet" href="/shared/style/default.css">
<style>
del { color: #c00; }
ins { color: #00c; text-decoration: underline; }
.revnote { border: 2px solid #c00; padding: 0.8em 1em; margin: 1em 0; background: #fff6f6; }
table.shiryo { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
table.shiryo caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
table.shiryo th, table.shiryo td { border: 1px solid #999; padding: 0.4em 0.6em; vertical-align: top; text-align: left; }
table.shiryo th { background: #eef3f8; width: 22%; }
</style>
</head>
<body>
<div id="tmp_wrapper">
<p class="skip"><a href="#tmp_contents">本文へスキップ</a></p>
<header id="tmp_header">
  <div class="logo"><a href="/"><img src="/shared/images/logo.png" alt="小田原市"></a></div>
  <ul class="header_util">
    <li><a href="/foreign/">Foreign Language</a></li>
    <li><a href="/sitemap.html">サイトマップ</a></li>
    <li><a href="/about_site/yomiage.html">音声読み上げ</a></li>
    <li>文字サイズ <a href="#" class="fs_n">標準</a> <a href="#" class="fs_l">拡大</a></li>
  </ul>
  <form class="search" action="/search/" role="search"><label for="q">サイト内検索</label><input id="q" name="q" type="text"><button type="submit">検索</button></form>
</header>
<nav id="tmp_gnavi" aria-label="グローバルナビゲーション">
  <ul>
    <li><a href="/kurashi/">くらし・手続き</a></li>
    <li><a href="/kosodate/">子育て・教育</a></li>
    <li><a href="/kenko/">健康・福祉</a></li>
    <li><a href="/kanko/">観光・文化</a></li>
    <li><a href="/sangyo/">産業・ビジネス</a></li>
    <li><a href="/shisei/">市政情報</a></li>
  </ul>
</nav>
<nav id="tmp_pankuzu" aria-label="現在位置">
  <ol>
    <li><a href="/">トップページ</a></li>
    <li><a href="/shisei/">市政情報</a></li>
    <li><a href="/shisei/johokokai/">情報公開・個人情報保護</a></li>
    <li><a href="/shisei/johokokai/shingikai/">小田原市個人情報保護運営審議会</a></li>
    <li aria-current="page">令和元年度第2回会議資料（修正版）</li>
  </ol>
</nav>
<div id="tmp_main">
<main id="tmp_contents">
<h1>令和元年度第2回小田原市個人情報保護運営審議会 会議資料（修正版）</h1>
<p class="update">ページ番号1004217　更新日：2019年12月16日</p>

<p>令和元年11月27日（水曜日）に開催した令和元年度第2回小田原市個人情報保護運営審議会の会議資料を、審議の結果を反映して掲載します。会議録は、委員の確認を経てから別のページで公開します。</p>

<div class="revnote" role="note">
<p><strong>修正箇所の表示について</strong></p>
<p>このページの資料は、審議会でいただいた御意見等を受けて担当課が修正したものです。修正した箇所は、修正前の記載を<del>取消線</del>で、修正後の記載を<ins>下線</ins>で示しています。取消線を引いた記載は修正により効力を失っており、現在の内容ではありません。</p>
</div>

<h2>案件一覧</h2>
<table class="shiryo" id="ichiran">
<caption>令和元年度第2回 審議案件</caption>
<thead>
<tr><th scope="col" style="width:12%">番号</th><th scope="col">件名</th><th scope="col" style="width:24%">担当課</th><th scope="col" style="width:18%">区分</th></tr>
</thead>
<tbody>
<tr><td>諮問第2号</td><td><a href="#shimon2">高齢者の保健事業と介護予防の一体的実施に係る後期高齢者健康診査結果等の目的外利用について</a></td><td>福祉健康部 高齢介護課、健康づくり課</td><td>諮問（目的外利用）</td></tr>
<tr><td>報告第3号</td><td><a href="#hokoku3">成人歯科健康診査受診券の作成及び発送業務の委託について</a></td><td>福祉健康部 健康づくり課</td><td>報告（業務の委託）</td></tr>
</tbody>
</table>
<p>審議の結果、諮問第2号は利用期間の開始日を改めたうえで承認され、報告第3号は了承されました。</p>

<h2 id="shimon2">諮問第2号</h2>
<table class="shiryo">
<caption>諮問第2号　高齢者の保健事業と介護予防の一体的実施に係る後期高齢者健康診査結果等の目的外利用について</caption>
<tbody>
<tr><th scope="row">件名</th><td>高齢者の保健事業と介護予防の一体的実施に係る後期高齢者健康診査結果等の目的外利用について</td></tr>
<tr><th scope="row">根拠条文</th><td>小田原市個人情報保護条例第8条第2項第5号（審議会の意見を聴いて、公益上特に必要があると認めるとき）</td></tr>
<tr><th scope="row">利用課</th><td>福祉健康部 高齢介護課、健康づくり課</td></tr>
<tr><th scope="row">保有課</th><td>市民部 保険課（後期高齢者医療の被保険者に係る情報を保有）</td></tr>
<tr><th scope="row">利用の目的</th><td>後期高齢者の健康診査の結果と医療の情報を分析し、フレイル（心身の活力の低下）のおそれがある高齢者を抽出したうえで、保健師等が個別に訪問して保健指導と介護予防の支援を一体的に行うため。</td></tr>
<tr><th scope="row">利用する個人情報</th><td>
<ul>
<li>被保険者番号</li>
<li>氏名</li>
<li>生年月日</li>
<li>性別</li>
<li>住所</li>
<li>健康診査の結果（<abbr title="Body Mass Index（体格指数）">BMI</abbr>、血圧、血糖及び脂質の値）</li>
<li>後期高齢者質問票の回答内容</li>
<li>傷病名（医療レセプトに記載されたもの）</li>
<li><del>要介護度</del></li>
</ul>
<p>※ 要介護度は、高齢介護課が介護保険事務のために保有する情報を同課の事務の範囲内で用いるため、本件の利用項目から削除しました。</p>
<p>※ 医療レセプトのうち、医療費の額に関する情報は利用しません。</p>
</td></tr>
<tr><th scope="row">利用期間</th><td><del>令和元年12月1日から</del><ins>令和2年4月1日から</ins>（以後、毎年度継続して利用する。）</td></tr>
<tr><th scope="row">記録媒体</th><td>{KDB}システム（神奈川県国民健康保険団体連合会が管理するサーバに、保険課の専用端末から接続）、市の健康管理システム、紙（訪問指導記録票）</td></tr>
</tbody>
</table>
<h3>個人情報の保護のための措置</h3>
{M1}

<h2 id="hokoku3">報告第3号</h2>
<table class="shiryo">
<caption>報告第3号　成人歯科健康診査受診券の作成及び発送業務の委託について</caption>
<tbody>
<tr><th scope="row">件名</th><td>成人歯科健康診査受診券の作成及び発送業務の委託について</td></tr>
<tr><th scope="row">根拠条文</th><td>小田原市個人情報保護条例第11条第2項</td></tr>
<tr><th scope="row">担当課</th><td>福祉健康部 健康づくり課</td></tr>
<tr><th scope="row">委託先</th><td><del>株式会社湘南データプロセス</del><ins>株式会社西湘ビジネスサポート</ins>（会議資料の記載誤りを訂正）</td></tr>
<tr><th scope="row">委託期間</th><td>令和元年11月15日から令和2年3月31日まで（令和2年度以降も同様に委託する予定）</td></tr>
<tr><th scope="row">委託の内容</th><td>40歳から70歳までの5歳刻みの年齢の市民及び訪問歯科健診の案内対象者に送付する受診券の印刷、封入封緘及び郵便局への差出し</td></tr>
<tr><th scope="row">取り扱う個人情報</th><td>
<p>【受診対象者】宛名番号、氏名、生年月日、性別、住所、<del>電話番号、</del>受診券番号、自己負担免除区分、生活保護の受給状況、要介護度（訪問歯科健診の案内対象者に限る。）</p>
<p>※ 電話番号は、受診券の作成に必要がないため削除しました。</p>
</td></tr>
<tr><th scope="row">記録媒体</th><td>紙（受診券、封筒）、{CDR}、受託者の作業用パソコン<del>、電子メール</del></td></tr>
<tr><th scope="row">特記事項</th><td>契約書に「個人情報取扱特記事項」を添付する（このページへの掲載は省略します）。</td></tr>
</tbody>
</table>
<h3>個人情報の保護のための措置</h3>
{M2}

<div class="files">
<h2>関連資料</h2>
<ul>
<li><a href="/material/files/group/3/r01_2_shiryo1.pdf">資料1 諮問第2号 個人情報の流れ図（PDF：182KB）</a></li>
<li><a href="/material/files/group/3/r01_2_shiryo2.pdf">資料2 報告第3号 業務フロー（PDF：96KB）</a></li>
</ul>
<p>PDFファイルをご覧いただくには、Adobe Readerが必要です。</p>
</div>

<div id="tmp_inquiry">
<h2>このページに関するお問い合わせ</h2>
<p>総務部 行政管理課 情報公開係<br>
〒250-8501 小田原市城山五丁目7番7号<br>
電話番号：0465-29-0001　ファクス：0465-29-0002<br>
<a href="/contact/form.html?id=gyosei">メールフォームによるお問い合わせ</a></p>
</div>
</main>

<aside id="tmp_lnavi" aria-label="サイドメニュー">
<h2>小田原市個人情報保護運営審議会</h2>
<ul>
<li><a href="/shisei/johokokai/shingikai/r01-1.html">令和元年度第1回会議資料</a></li>
<li><a href="/shisei/johokokai/shingikai/r01-2.html">令和元年度第2回会議資料（修正版）</a></li>
<li><a href="/shisei/johokokai/shingikai/r01-3.html">令和元年度第3回会議の開催予定</a></li>
<li><a href="/shisei/johokokai/shingikai/h30-4.html">平成30年度第4回会議資料</a></li>
<li><a href="/shisei/johokokai/shingikai/iin.html">委員名簿</a></li>
<li><a href="/shisei/johokokai/shingikai/toshin.html">答申一覧</a></li>
</ul>
</aside>
</div>

<footer id="tmp_footer">
<ul class="footer_links">
<li><a href="/about_site/">このサイトについて</a></li>
<li><a href="/privacy/">個人情報の取扱い</a></li>
<li><a href="/accessibility/">ウェブアクセシビリティ</a></li>
<li><a href="/link/">リンク集</a></li>
</ul>
<address>小田原市役所　〒250-8501 小田原市城山五丁目7番7号　代表電話：0465-29-0000<br>
開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・休日、年末年始を除く）</address>
<p class="copyright"><small>Copyright &copy; Odawara City. All Rights Reserved.</small></p>
</footer>
</div>
</body>
</html>
'''


def main():
    page = (PAGE.replace('{KDB}', KDB).replace('{CDR}', CDR)
            .replace('{M1}', measures(M1)).replace('{M2}', measures(M2)))
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(page)
    print('wrote', OUT)


if __name__ == '__main__':
    main()
