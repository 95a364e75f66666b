#!/usr/bin/env python3
"""Writes raw/ad1_otaru_2022.html: a Confluence (Server 7.13) page of the 小樽市
council secretariat's wiki space, saved by a council member from the browser
("Web page, complete").  Confluence's own markup: header and breadcrumbs, the
space sidebar with its page tree, the byline, info / note / warning panels, a
page-properties ("details") macro per matter, status lozenges, user mentions,
an inline task list, an expand macro holding matter 1's measures, the 特記事項
of matter 1 as an ordered list at the end of the body, the attachments macro,
labels and the comment thread.  Everything except the city's name is invented.
Standard library only; UTF-8, LF."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'raw', 'ad1_otaru_2022.html')

PAGE_ID = '48273613'
BASE = 'http://wiki.soumu.otaru.local:8090'
FILES = './令和4年度第3回 審議案件 - 総務課 文書法制係 - 小樽市 庁内Wiki_files'


def user(username, name, cls='userlink-0', mention=False):
    c = 'confluence-userlink user-mention' if mention else 'url fn confluence-userlink ' + cls
    return (f'<a href="{BASE}/display/~{username}" class="{c}" data-username="{username}" '
            f'data-linked-resource-type="userinfo" data-base-url="{BASE}" title="" '
            f'data-user-hover-bound="true">{name}</a>')


def lozenge(text, kind=''):
    k = f' aui-lozenge-{kind}' if kind else ''
    return (f'<span class="status-macro aui-lozenge{k} conf-macro output-inline" '
            f'data-hasbody="false" data-macro-name="status">{text}</span>')


def panel(kind, icon, body, title=None):
    t = f'<p class="title">{title}</p>' if title else ''
    return (f'<div class="confluence-information-macro confluence-information-macro-{kind} '
            f'conf-macro output-block" data-hasbody="true" data-macro-name="{kind if kind != "information" else "info"}">'
            f'{t}<span class="aui-icon aui-icon-small aui-iconfont-{icon} confluence-information-macro-icon"></span>'
            f'<div class="confluence-information-macro-body">{body}</div></div>')


def details(rows, macro_id):
    trs = '\n'.join(f'<tr><th class="confluenceTh">{k}</th><td class="confluenceTd">{v}</td></tr>'
                    for k, v in rows)
    return (f'<div class="plugin-tabmeta-details conf-macro output-block" data-hasbody="true" '
            f'data-macro-name="details" data-macro-id="{macro_id}">\n'
            f'<div class="table-wrap"><table class="confluenceTable"><colgroup><col style="width: 168.0px;">'
            f'<col style="width: 560.0px;"></colgroup><tbody>\n{trs}\n</tbody></table></div>\n</div>')


def heading(level, text, anchor):
    aid = '令和4年度第3回審議案件-' + anchor
    return f'<h{level} id="{aid}">{text}</h{level}>'


def ol(items):
    return '<ol>\n' + '\n'.join(f'<li>{x}</li>' for x in items) + '\n</ol>'


# ------------------------------------------------------------------ chrome
HEAD = f'''<!DOCTYPE html>
<!-- saved from url=(0079){BASE}/pages/viewpage.action?pageId={PAGE_ID} -->
<html lang="ja-JP" class="wf-inactive"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>令和4年度第3回 審議案件 - 総務課 文書法制係 - 小樽市 庁内Wiki</title>
<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<meta name="confluence-request-time" content="1668759043118">
<meta name="ajs-page-id" content="{PAGE_ID}">
<meta name="ajs-page-title" content="令和4年度第3回 審議案件">
<meta name="ajs-latest-published-page-title" content="令和4年度第3回 審議案件">
<meta name="ajs-space-key" content="BUNSHO">
<meta name="ajs-space-name" content="総務課 文書法制係">
<meta name="ajs-parent-page-title" content="令和4年度">
<meta name="ajs-parent-page-id" content="48270022">
<meta name="ajs-remote-user" content="m-oshima">
<meta name="ajs-current-user-fullname" content="大島 正和（審議会委員）">
<meta name="ajs-user-locale" content="ja_JP">
<meta name="ajs-user-date-pattern" content="MMM dd, yyyy">
<meta name="ajs-version-number" content="7.13.8">
<meta name="ajs-build-number" content="8703">
<meta name="ajs-context-path" content="">
<meta name="ajs-base-url" content="{BASE}">
<meta name="ajs-page-version" content="7">
<link rel="shortcut icon" href="{FILES}/favicon.ico">
<link type="text/css" rel="stylesheet" href="{FILES}/batch.css" media="all">
<link type="text/css" rel="stylesheet" href="{FILES}/batch(1).css" media="all">
<link type="text/css" rel="stylesheet" href="{FILES}/colors.css" media="all">
<link type="text/css" rel="stylesheet" href="{FILES}/custom.css" media="all">
<script type="text/javascript" src="{FILES}/batch.js.ダウンロード" data-wrm-key="_super" data-wrm-batch-type="context" data-initially-rendered=""></script>
<script type="text/javascript" src="{FILES}/batch(1).js.ダウンロード" data-wrm-key="main,atl.general,-_super" data-wrm-batch-type="context" data-initially-rendered=""></script>
<script>
window.WRM=window.WRM||{{}};window.WRM._unparsedData=window.WRM._unparsedData||{{}};
WRM._unparsedData["com.atlassian.confluence.plugins.confluence-license-banner:confluence-license-banner-resources.license-details"]="{{\\"daysBeforeLicenseExpiry\\":0,\\"daysBeforeMaintenanceExpiry\\":0,\\"showLicenseExpiryBanner\\":false}}";
WRM._unparsedData["com.atlassian.confluence.plugins.confluence-inline-tasks:inline-tasks-resources.contentId"]="\\"{PAGE_ID}\\"";
</script>
</head>
<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default synchrony-active" data-aui-version="8.6.11">
<div id="stp-licenseStatus-banner"></div>
<ul id="assistive-skip-links" class="assistive">
<li><a href="#title-heading">コンテンツにスキップ</a></li>
<li><a href="#breadcrumbs">パンくずリストにスキップ</a></li>
<li><a href="#header-menu-bar">ヘッダー メニューにスキップ</a></li>
<li><a href="#navigation">アクション メニューにスキップ</a></li>
<li><a href="#quick-search-query">クイック検索にスキップ</a></li>
</ul>
<div id="page">
<div id="full-height-container">
<div id="header-precursor"><div class="cell"></div></div>
<header id="header" role="banner">
<a class="aui-skip-link" href="{BASE}/login.action?os_destination=%2Fpages%2Fviewpage.action%3FpageId%3D{PAGE_ID}">Confluence にログイン</a>
<nav class="aui-header aui-dropdown2-trigger-group" role="navigation" aria-label="サイト"><div class="aui-header-inner">
<div class="aui-header-before"><button class="aui-dropdown2-trigger app-switcher-trigger aui-dropdown2-trigger-arrowless" aria-controls="app-switcher" aria-haspopup="true" role="button" data-aui-trigger="" href="#app-switcher"><span class="aui-icon aui-icon-small aui-iconfont-appswitcher">リンクされたアプリケーション</span></button></div>
<div class="aui-header-primary"><span id="logo" class="aui-header-logo aui-header-logo-custom"><a href="{BASE}/" aria-label="ダッシュボードに移動"><img src="{FILES}/atl.site.logo" alt="小樽市 庁内Wiki"><span class="aui-header-logo-text">小樽市 庁内Wiki</span></a></span>
<ul class="aui-nav">
<li><a href="{BASE}/spacedirectory/view.action" id="space-directory-link" class="">スペース</a></li>
<li><a href="{BASE}/browsepeople.action" id="people-directory-link">ユーザー</a></li>
<li><a href="#" id="quick-create-page-button" class="aui-button aui-button-primary">作成</a></li>
</ul></div>
<div class="aui-header-secondary"><ul class="aui-nav">
<li><form id="quick-search" class="aui-quicksearch dont-default-focus header-quicksearch" action="{BASE}/dosearchsite.action" method="get"><fieldset><label class="assistive" for="quick-search-query">クイック検索</label><input id="quick-search-query" class="quick-search-query" type="text" accesskey="q" autocomplete="off" name="queryString" size="25" maxlength="189" placeholder="検索"><input id="quick-search-submit" class="quick-search-submit" type="submit" value="検索"></fieldset></form></li>
<li><a id="help-menu-link" class="aui-dropdown2-trigger aui-dropdown2-trigger-arrowless" href="#" title="ヘルプ"><span class="aui-icon aui-icon-small aui-iconfont-question-filled">ヘルプ</span></a></li>
<li><a id="notifications-anchor" href="#" class="mw-anchor read aui-button aui-button-subtle" title="通知を開く (g , n)"><span class="badge-i aui-icon aui-icon-small aui-iconfont-notification"></span><span class="badge-w"><span class="badge">0</span></span></a></li>
<li><a id="user-menu-link" class="aui-dropdown2-trigger aui-dropdown2-trigger-arrowless" href="#" title="大島 正和（審議会委員）" data-username="m-oshima"><span class="aui-avatar aui-avatar-small"><span class="aui-avatar-inner"><img src="{FILES}/default.svg" alt="ユーザー アイコン: m-oshima"></span></span></a></li>
</ul></div>
</div></nav>
</header>
<div id="main-container" class="ia-splitter">
'''

SIDEBAR = f'''<div class="ia-splitter-left">
<div class="ia-fixed-sidebar" style="width: 285px; visibility: visible; top: 40px; left: 0px;">
<div class="acs-side-bar ia-scrollable-section">
<div class="acs-side-bar-space-info tipsy-enabled" data-configure-tooltip="スペースの詳細を編集">
<div class="avatar"><div class="space-logo" data-key="BUNSHO" data-name="総務課 文書法制係" data-entity-type="confluence.space"><div class="avatar-img-container"><div class="avatar-img-wrapper"><a href="{BASE}/display/BUNSHO" title="総務課 文書法制係"><img class="avatar-img" src="{FILES}/BUNSHO" alt="総務課 文書法制係"></a></div></div></div></div>
<div class="space-information-container"><div class="name"><a href="{BASE}/display/BUNSHO" title="総務課 文書法制係">総務課 文書法制係</a></div><div class="flyout-handle icon aui-icon aui-icon-small aui-iconfont-edit"></div></div>
</div>
<div class="acs-side-bar-content">
<div class="acs-nav-wrapper"><div class="acs-nav" data-has-create-permission="false" data-quick-links-state="hide" data-page-tree-state="show" data-nav-type="page-tree">
<div class="acs-nav-sections">
<div class="acs-nav-item wiki blog"><a class="acs-nav-item-link tipsy-enabled" href="{BASE}/pages/viewrecentblogposts.action?key=BUNSHO" data-collapsed-tooltip="ブログ"><span class="icon"></span><span class="acs-nav-item-label">ブログ</span></a></div>
<div class="acs-nav-item wiki"><a class="acs-nav-item-link tipsy-enabled" href="{BASE}/collector/pages.action?key=BUNSHO"><span class="icon"></span><span class="acs-nav-item-label">ページ</span></a></div>
</div>
<div class="ia-secondary-container tipsy-enabled" data-tree-type="page-tree">
<div class="ia-secondary-header"><h5 class="ia-secondary-header-title page-tree"><span class="label">ページ ツリー</span></h5></div>
<div class="ia-secondary-content">
<div class="plugin_pagetree conf-macro output-inline" data-hasbody="false" data-macro-name="pagetree">
<ul class="plugin_pagetree_children_list plugin_pagetree_children_list_noleftspace">
<li><div class="plugin_pagetree_childtoggle_container"><a class="plugin_pagetree_childtoggle aui-icon aui-icon-small aui-iconfont-chevron-down" href="#"></a></div><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="{BASE}/pages/viewpage.action?pageId=48260004">個人情報保護審議会</a></span></div>
<div class="plugin_pagetree_children_container"><ul class="plugin_pagetree_children_list">
<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="{BASE}/pages/viewpage.action?pageId=48260117">委員名簿（令和4・5年度）</a></span></div></li>
<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="{BASE}/pages/viewpage.action?pageId=48260131">会議運営要領・審議の流れ</a></span></div></li>
<li><div class="plugin_pagetree_childtoggle_container"><a class="plugin_pagetree_childtoggle aui-icon aui-icon-small aui-iconfont-chevron-right" href="#"></a></div><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="{BASE}/pages/viewpage.action?pageId=48262210">令和3年度</a></span></div></li>
<li><div class="plugin_pagetree_childtoggle_container"><a class="plugin_pagetree_childtoggle aui-icon aui-icon-small aui-iconfont-chevron-down" href="#"></a></div><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="{BASE}/pages/viewpage.action?pageId=48270022">令和4年度</a></span></div>
<div class="plugin_pagetree_children_container"><ul class="plugin_pagetree_children_list">
<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="{BASE}/pages/viewpage.action?pageId=48270385">第1回 審議案件（市税滞納整理支援システムの更改に伴う記録項目の変更 ほか）</a></span></div></li>
<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="{BASE}/pages/viewpage.action?pageId=48271940">第2回 審議案件（学校徴収金管理業務の委託について ほか1件）</a></span></div></li>
<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span plugin_pagetree_current"><a href="{BASE}/pages/viewpage.action?pageId={PAGE_ID}" aria-current="page">令和4年度第3回 審議案件</a></span></div></li>
<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="{BASE}/pages/viewpage.action?pageId=48273790">第3回 会議録（要点筆記）【作成中】</a></span></div></li>
</ul></div></li>
<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="{BASE}/pages/viewpage.action?pageId=48260355">答申・報告 受理一覧</a></span></div></li>
<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="{BASE}/pages/viewpage.action?pageId=48268800">個人情報保護法改正（令和5年4月施行）への対応</a></span></div></li>
</ul></div></li>
<li><div class="plugin_pagetree_childtoggle_container"><a class="plugin_pagetree_childtoggle aui-icon aui-icon-small aui-iconfont-chevron-right" href="#"></a></div><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="{BASE}/pages/viewpage.action?pageId=48260009">情報公開審査会</a></span></div></li>
<li><div class="plugin_pagetree_childtoggle_container"><a class="plugin_pagetree_childtoggle aui-icon aui-icon-small aui-iconfont-chevron-right" href="#"></a></div><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="{BASE}/pages/viewpage.action?pageId=48260015">例規審査・文書事務の手引き</a></span></div></li>
</ul>
</div>
</div>
</div>
</div></div></div>
<div class="acs-side-bar-flexbox-footer"><a class="acs-side-bar-space-tools" href="#"><span class="aui-icon aui-icon-small aui-iconfont-configure"></span><span class="acs-side-bar-space-tools-label">スペース ツール</span></a></div>
</div>
</div>
</div>
'''

MAIN_HEAD = f'''<div class="ia-splitter-right">
<div id="main" class="aui-page-panel">
<div id="main-header">
<div id="navigation" class="content-navigation view" role="region" aria-label="ページ ツール">
<ul class="ajs-menu-bar">
<li class="normal ajs-menu-item"><a id="editPageLink" href="{BASE}/pages/editpage.action?pageId={PAGE_ID}" rel="nofollow" class="aui-button aui-button-subtle edit" accesskey="e" title="編集 (e)"><span><span class="aui-icon aui-icon-small aui-iconfont-edit"></span> <span class="trigger-text">編集</span></span></a></li>
<li class="normal ajs-menu-item"><a id="page-favourite" href="#" class="aui-button aui-button-subtle action-favourite" title="保存して後で確認"><span><span class="aui-icon aui-icon-small aui-iconfont-unstar"></span> <span class="trigger-text">保存して後で確認</span></span></a></li>
<li class="normal ajs-menu-item"><a id="watch-content-button" href="#" class="aui-button aui-button-subtle watch-state-initialised" title="ウォッチ"><span><span class="aui-icon aui-icon-small aui-iconfont-unwatch"></span> <span class="trigger-text">ウォッチ</span></span></a></li>
<li class="normal ajs-menu-item"><a id="shareContentLink" href="#" class="aui-button aui-button-subtle share" title="共有"><span><span class="aui-icon aui-icon-small aui-iconfont-share"></span> <span class="trigger-text">共有</span></span></a></li>
<li class="normal ajs-menu-item"><a id="action-menu-link" class="action aui-dropdown2-trigger-arrowless aui-button aui-button-subtle ajs-menu-title aui-dropdown2-trigger" href="#" title="その他のオプション"><span><span class="aui-icon aui-icon-small aui-iconfont-more"></span> <span class="trigger-text"></span></span></a></li>
</ul>
</div>
<div id="title-heading" class="pagetitle with-breadcrumbs">
<div id="breadcrumb-section">
<nav aria-label="パンくずリスト">
<ol id="breadcrumbs">
<li class="first"><span class="icon aui-icon aui-icon-small aui-iconfont-homepage">ページ</span> <a href="{BASE}/collector/pages.action?key=BUNSHO">ページ</a></li>
<li><a href="{BASE}/pages/viewpage.action?pageId=48260004">個人情報保護審議会</a></li>
<li><a href="{BASE}/pages/viewpage.action?pageId=48270022">令和4年度</a></li>
</ol>
</nav>
</div>
<h1 id="title-text" class="with-breadcrumbs"><a href="{BASE}/pages/viewpage.action?pageId={PAGE_ID}">令和4年度第3回 審議案件</a></h1>
</div>
</div>
<div id="sidebar-container"></div>
<div id="content" class="page view">
<div id="action-messages"></div>
<div class="page-metadata">
<ul>
<li class="page-metadata-item"><span class="aui-icon aui-icon-small aui-iconfont-page-restricted" title="制限が適用されています">制限あり</span></li>
<li class="page-metadata-modification-info">
作成者 <span class="author">{user('s-kanno', '菅野 さくら')}</span>、最終更新日 <a class="last-modified" aria-label="変更を表示" title="変更を表示" href="{BASE}/pages/diffpagesbyversion.action?pageId={PAGE_ID}&amp;selectedPageVersions=7&amp;selectedPageVersions=6">11月 15, 2022</a>
</li>
<li class="page-metadata-item"><span class="aui-icon aui-icon-small aui-iconfont-view" title="閲覧回数"></span> 閲覧 41 回</li>
</ul>
</div>
<div id="main-content" class="wiki-content">
'''

# ------------------------------------------------------------------ body
P = []
P.append(panel('information', 'info',
    '<p>このページは、令和4年度第3回小樽市個人情報保護審議会に付議する案件を、委員の皆さまに事前に確認していただくためのページです。'
    '正式な会議資料は、別途郵送した紙の資料（資料1・資料2）です。ページの編集は事務局（総務部総務課 文書法制係）のみが行います。'
    'ご質問・ご意見は、ページ下部のコメント欄にお寄せください（会議の運営は小樽市個人情報保護審議会運営要領第4条によります）。</p>'))

P.append(heading(2, '会議の概要', '会議の概要'))
P.append('<div class="table-wrap"><table class="wrapped confluenceTable"><colgroup><col><col></colgroup><tbody>\n'
         '<tr><th class="confluenceTh">会議</th><td class="confluenceTd">令和4年度第3回小樽市個人情報保護審議会</td></tr>\n'
         '<tr><th class="confluenceTh">日時</th><td class="confluenceTd"><time datetime="2022-11-17" class="date-future">2022/11/17</time>（木）14:00～16:00</td></tr>\n'
         '<tr><th class="confluenceTh">会場</th><td class="confluenceTd">市役所別館3階 第2会議室</td></tr>\n'
         '<tr><th class="confluenceTh">案件</th><td class="confluenceTd">報告 1件、諮問 1件（下記のとおり）</td></tr>\n'
         '<tr><th class="confluenceTh">事務局</th><td class="confluenceTd">総務部総務課 文書法制係（内線 312）</td></tr>\n'
         '</tbody></table></div>')

P.append(heading(3, '準備状況', '準備状況'))
P.append(f'<ul class="inline-task-list" data-inline-tasks-content-id="{PAGE_ID}">\n'
         f'<li class="checked" data-inline-task-id="1"><span>資料1・資料2の郵送（委員7名分） {user("s-kanno", "菅野 さくら", mention=True)} <time datetime="2022-11-04" class="date-past">2022/11/04</time></span></li>\n'
         f'<li class="checked" data-inline-task-id="2"><span>案件1の特記事項（案）を担当課から受領 {user("t-aizawa", "相沢 拓海", mention=True)}</span></li>\n'
         f'<li data-inline-task-id="3"><span>会議録（要点筆記）の作成 {user("s-kanno", "菅野 さくら", mention=True)} <time datetime="2022-11-25" class="date-upcoming">2022/11/25</time></span></li>\n'
         f'<li data-inline-task-id="4"><span>案件2の答申書（案）の作成・会長確認 {user("s-kanno", "菅野 さくら", mention=True)}</span></li>\n'
         '</ul>')

# ---------------------------------------------------------------- 案件1
P.append('<hr>')
P.append(heading(2, f'案件1　在宅高齢者等緊急通報システム運用業務の委託について {lozenge("報告", "complete")}',
                 '案件1在宅高齢者等緊急通報システム運用業務の委託について'))
P.append(details([
    ('件名', '在宅高齢者等緊急通報システム運用業務の委託について'),
    ('区分', lozenge('報告', 'complete') + '　（個人情報取扱事務の委託）'),
    ('根拠条文', '小樽市個人情報保護条例第11条第3項'),
    ('担当部課', '福祉保険部　高齢者支援課'),
    ('委託先', '株式会社北海セーフティコール（本社及び受信センター：札幌市）'),
    ('委託期間', '令和4年12月1日から令和5年3月31日まで<br>（令和5年度以降も同様の内容で委託を継続する予定）'),
    ('記録媒体', '紙（利用申請書の写し、利用者台帳）、受託者の受信センターに設置するサーバ（緊急通報受信システム）、'
                 '受信センターのオペレーター用パソコン、USBメモリ（暗号化機能付きのもの。市と受託者との間の利用者情報の受渡しに限る。）<br>'
                 '<span style="color: rgb(122,134,154);">※電子メールによる個人情報の送受信は行わない。</span>'),
    ('説明者', f'{user("t-aizawa", "相沢 拓海", mention=True)}（高齢者支援課 主査）'),
    ('状態', lozenge('審議予定', 'current')),
], 'a3f2c1d0-5e7b-4c61-9d2e-7f1b0c3a9e41'))

P.append(heading(3, '1　事業の概要', '1事業の概要'))
P.append('<p>ひとり暮らしの高齢者などの自宅に緊急通報用の機器を設置し、急病やけがで助けが必要になった利用者が機器のボタンを押すと、'
         '受信センターのオペレーターが利用者と通話して状況を確かめ、必要に応じて救急車の出動を要請し、又はあらかじめ登録された協力者に駆け付けを依頼する事業である。</p>')
P.append('<p>本事業はこれまでも市外の事業者に委託してきたが、現行の委託契約は令和4年11月30日をもって満了するため、'
         '公募型プロポーザルにより改めて受託者を選定した（選定委員会：令和4年10月20日）。24時間365日体制の受信センターを有し、'
         '看護職の相談員を配置している事業者を選んでいる。契約の締結は令和4年11月28日を予定している。</p>')
P.append(heading(3, '2　委託する業務', '2委託する業務'))
P.append('<ul>\n<li>受信センターにおける通報の受信と対応（救急要請、協力者への連絡、通報後の見守り）</li>\n'
         '<li>利用者宅への月1回の安否確認電話</li>\n<li>緊急通報機器の設置、撤去及び定期点検</li>\n'
         '<li>利用者台帳の整備と、対応件数等の市への月次報告</li>\n</ul>')
P.append(heading(3, '3　取り扱う個人情報', '3取り扱う個人情報'))
P.append('<div class="table-wrap"><table class="relative-table wrapped confluenceTable"><colgroup><col style="width: 22%;"><col style="width: 78%;"></colgroup><tbody>\n'
         '<tr><th class="confluenceTh">対象者</th><th class="confluenceTh">項目</th></tr>\n'
         '<tr><td class="confluenceTd">利用者</td><td class="confluenceTd">氏名、フリガナ、生年月日、性別、住所、電話番号、'
         '世帯の状況（ひとり暮らし・高齢者のみ世帯の別）、介護保険被保険者番号、要介護・要支援認定の状況、主な病名（既往歴を含む。）、'
         '受診している医療機関名、服用中の薬剤名、障害者手帳の有無及び等級、住居の鍵の預け先、利用者負担区分、通報日時及び対応の経過</td></tr>\n'
         '<tr><td class="confluenceTd">協力者（緊急連絡先）</td><td class="confluenceTd">氏名、利用者との続柄、電話番号</td></tr>\n'
         '</tbody></table></div>')
P.append('<p><span style="color: rgb(122,134,154);">※利用者の個人番号は取り扱わない。介護保険被保険者番号は、認定の状況を市の介護保険システムの情報と突き合わせる際にのみ用いる。</span></p>')

P.append(heading(3, '4　個人情報の保護措置', '4個人情報の保護措置'))
P.append('<p>担当課から提出された保護措置の一覧です。分量が多いため折りたたんでいます（クリックで展開）。</p>')

M1_WARD = [
    '委託契約書には別記の「個人情報の取扱いに関する特記事項」を添えるとともに、小樽市個人情報保護条例及び小樽市情報セキュリティポリシーに従うべきことを契約条項として定める。',
    '利用者情報を受託者へ渡すときは、職員が受信センターまで運んで受託者の責任者に直接手渡し、受渡記録簿に双方が署名する。',
    '受渡しに用いるUSBメモリは暗号化機能を備えたものに限り、その解除用のパスワードはUSBメモリを渡す日とは別の日に電話で責任者へ知らせる。',
    '利用申請書の原本は、高齢者支援課内の鍵の掛かるキャビネットに収めて管理する。',
    '年度内に少なくとも1回は職員が受信センターに出向き、利用者情報の保管や取扱いが契約どおりに行われているかを実地に点検する。',
    '利用の廃止や死亡により対象外となった利用者については、その都度受託者に通知し、受信システム及び紙の台帳から当該利用者の情報を消去させる。',
]
M1_CON_ORG = [
    '個人情報の管理責任者及び業務に従事するオペレーター等をあらかじめ定めさせ、その氏名を記した名簿を市に届け出させる。',
    '利用者情報の流出、紛失、誤送付その他の事故が起きたとき又はそのおそれがあるときは、時間帯を問わず直ちに高齢者支援課長へ連絡させ、その後の対処は市の指示に従わせる。',
    'オペレーターには、着任時及び毎年度、個人情報の適正な取扱いについての講習を受けさせる。',
]
M1_CON_PHY = [
    '受信センターの執務室は、ICカードで解錠する扉により従事者以外の者が入れないようにし、入退室の記録を残させる。',
    '紙の利用者台帳は、使用するとき以外は施錠した書庫に納めさせる。',
]
M1_CON_TEC = [
    '受信システムには、オペレーターごとに割り当てたIDとパスワードによらなければログインできないようにさせる。',
    '受信システムのサーバは、ファイアウォールにより外部のネットワークから隔て、通報回線以外からの接続を受け付けない構成とさせる。',
    'オペレーター用パソコンにはウイルス対策ソフトを導入し、検知パターンを常に最新の状態に保たせる。',
    '受信システムへのアクセスと操作の記録を保存させ、月に1回、不審な操作がないか点検させる。',
    '契約が終了したときは、受託者が保有する利用者情報を復元できない方法で消去させ、消去を証明する書面を市に提出させる。',
]
EXP = '7d1e4b2a'
P.append(f'<div id="expander-{EXP}" class="expand-container conf-macro output-block" data-hasbody="true" data-macro-name="expand">\n'
         f'<div id="expander-control-{EXP}" class="expand-control" aria-expanded="false"><span class="expand-control-icon icon">&nbsp;</span>'
         f'<span class="expand-control-text">保護措置の一覧（案件1）</span></div>\n'
         f'<div id="expander-content-{EXP}" class="expand-content expand-hidden">\n'
         + heading(4, '〈市が講ずる措置〉', '〈市が講ずる措置〉') + '\n' + ol(M1_WARD) + '\n'
         + heading(4, '〈受託者に講じさせる措置〉', '〈受託者に講じさせる措置〉') + '\n'
         + '<p><strong>組織的・人的措置</strong></p>\n' + ol(M1_CON_ORG) + '\n'
         + '<p><strong>物理的措置</strong></p>\n' + ol(M1_CON_PHY) + '\n'
         + '<p><strong>技術的措置</strong></p>\n' + ol(M1_CON_TEC) + '\n'
         + '</div>\n</div>')
P.append('<p>特記事項の全文は、このページの末尾（別記）に掲載しています。</p>')

# ---------------------------------------------------------------- 案件2
P.append('<hr>')
P.append(heading(2, f'案件2　児童扶養手当の認定請求及び各種届出に係る電子申請サービスとの外部結合について {lozenge("諮問", "moved")}',
                 '案件2児童扶養手当の認定請求及び各種届出に係る電子申請サービスとの外部結合について'))
P.append(details([
    ('件名', '児童扶養手当の認定請求及び各種届出に係る電子申請サービスとの外部結合について'),
    ('区分', lozenge('諮問', 'moved') + '　（電子計算組織の結合）'),
    ('根拠条文', '小樽市個人情報保護条例第13条第2項'),
    ('担当部課', 'こども未来部　子育て支援課'),
    ('結合先', '株式会社ノースゲート・クラウドが提供する電子申請サービス「てつづきナビ」'),
    ('結合開始日', '令和5年1月10日（予定）'),
    ('記録媒体', '電子申請サービス「てつづきナビ」（クラウドサービス）、子育て支援課のインターネット接続系端末及び児童扶養手当システム、審査用に出力する帳票（紙）'),
    ('説明者', f'{user("y-minegishi", "峰岸 ゆかり", mention=True)}（子育て支援課 係長）'),
    ('状態', lozenge('審議予定', 'current')),
], 'c81d09ee-2b44-4f3a-a7e5-0b96d2f1c7aa'))
P.append(panel('note', 'warning',
    '<p>「てつづきナビ」は、総務部情報システム課が令和4年度から全庁共通の電子申請基盤として利用契約を結んでいるサービスです。'
    '本件は、子育て支援課が所管する児童扶養手当の事務で、この基盤を使って個人情報を送受信することについて諮問するものです。'
    '他課の手続（粗大ごみ収集の申込み等）で既に利用されている分は、今回の諮問の対象ではありません。</p>'))
P.append(heading(3, '1　結合の目的', '1結合の目的'))
P.append('<p>児童扶養手当（児童扶養手当法第6条に基づく認定請求ほか）の手続は、これまで窓口での書面の提出に限っていたが、'
         'ひとり親家庭の保護者は平日の日中に来庁することが難しい場合が多い。そこで、スマートフォン等から請求書及び届出書を提出できるよう、'
         '電子申請サービスを利用した受付を始めることとし、当該サービスと市の端末とを通信回線で結合する。</p>')
P.append('<p>令和5年1月10日から、認定請求、資格喪失届及び住所変更届の受付を開始する。毎年8月に行う現況届の電子受付は、利用状況を見たうえで改めて検討する。</p>')
P.append(heading(3, '2　結合の方法', '2結合の方法'))
P.append('<p>申請者が入力した内容と添付書類の画像は、結合先のクラウド上に保存される。子育て支援課の職員は、インターネット接続系の端末から管理画面にログインして申請データをダウンロードし、'
         '無害化処理を経たうえで基幹系の児童扶養手当システムに取り込む。市から結合先へ住民記録等のデータを送信することはない。</p>')
P.append(heading(3, '3　取り扱う個人情報', '3取り扱う個人情報'))
P.append('<ul>\n'
         '<li><strong>請求者（父又は母等）</strong>：氏名、フリガナ、生年月日、住所、電話番号、メールアドレス、個人番号、所得の額、養育費の額、公的年金給付等の受給状況</li>\n'
         '<li><strong>対象児童</strong>：氏名、生年月日、請求者との続柄、障害の状況（障害のある児童に限る。）</li>\n'
         '<li><strong>障害の状態にある父又は母</strong>（該当する場合に限る。）：氏名、障害の程度、傷病名（診断書の記載による。）</li>\n'
         '</ul>')
P.append(panel('warning', 'error',
    '<p>個人番号を含むため、申請データのダウンロードは特定個人情報を取り扱う事務の担当者として登録された職員に限ります。'
    'なお、本籍及び国籍は電子申請の入力項目とせず、確認が必要な場合は窓口で行います。</p>'))
P.append(heading(3, '4　個人情報の保護対策', '4個人情報の保護対策'))
P.append(heading(4, '（1）市が講ずる対策', '（1）市が講ずる対策'))
M2_WARD_OP = [
    '電子申請データの受付から児童扶養手当システムへの入力までの手順を事務処理要領に定め、担当職員はこれに従って処理する。',
    '管理画面を操作できる職員は、子育て支援課長が指名した手当担当の職員に限る。',
    '審査のために出力した帳票は施錠できる書庫で保管し、保存期間が過ぎたものは溶解処理により廃棄する。',
    '担当職員には、電子申請データの取扱いに関する研修を年1回実施する。',
]
M2_WARD_TEC = [
    '管理画面へのログインは、職員ごとのIDとパスワードに加え、ワンタイムパスワードによる二要素認証を必須とする。',
    '児童扶養手当システムが稼働する基幹系ネットワークは、インターネットに接続された結合先とは直接つながない構成とする。',
    '申請データを基幹系に取り込む前に、ウイルス検査を行う。',
    'ダウンロードした申請データは、児童扶養手当システムへの入力を終えた時点で端末から削除する。',
]
P.append('<p>【運用面】</p>\n' + ol(M2_WARD_OP))
P.append('<p>【技術面】</p>\n' + ol(M2_WARD_TEC))
P.append(heading(4, '（2）サービス提供事業者（株式会社ノースゲート・クラウド）に講じさせる対策',
                 '（2）サービス提供事業者（株式会社ノースゲート・クラウド）に講じさせる対策'))
M2_CON = [
    'サービスの運用責任者を定め、その氏名及び連絡先を市に届け出させる。',
    '情報セキュリティマネジメントシステム（ISMS）の認証を維持させる。',
    '申請者の端末とサービスとの間の通信及びサーバに保存するデータを暗号化させる。',
    '不正侵入検知・防御装置（IDS／IPS）を設置し、外部からの攻撃を遮断させる。',
    '管理画面へのログイン及び操作の履歴を1年間保存させる。',
    'サーバ上のデータは毎日バックアップを取得し、遠隔地のデータセンターに保管させる。',
    '申請データは、受付から90日を経過したときにサーバから自動で消去されるよう設定させる。',
    'システム障害又は情報漏えい等の事故が生じたときは、直ちに市に報告させる。',
    '市の書面による承諾なしに、サービスの運用業務を他の事業者に再委託させない。',
]
P.append(ol(M2_CON))

# ---------------------------------------------------------------- 別記 (案件1)
P.append('<hr>')
P.append(heading(2, '別記　個人情報の取扱いに関する特記事項（案件1の委託契約書に添付するもの）',
                 '別記個人情報の取扱いに関する特記事項（案件1の委託契約書に添付するもの）'))
P.append('<p>高齢者支援課から提出された案です。案件2の結合先との利用契約には添付しません。</p>')
ANNEX = [
    '<strong>（基本的事項）</strong>受託者は、この契約に基づく業務（以下「本業務」という。）において個人情報を取り扱うに当たっては、個人の権利利益を損なうことのないよう、その保護に万全を期さなければならない。',
    '<strong>（秘密の保持）</strong>受託者は、本業務を通じて知り得た個人情報の内容をみだりに他人に知らせ、又は不当な目的に使用してはならない。契約期間が満了し、又は契約が解除された後も同様とする。',
    '<strong>（収集の制限）</strong>受託者は、本業務のために個人情報を収集するときは、業務の遂行に必要な範囲に限り、適法かつ公正な手段によらなければならない。',
    '<strong>（目的外利用及び提供の禁止）</strong>受託者は、市の指示がある場合を除き、本業務で取り扱う個人情報を契約の目的以外に利用し、又は第三者に提供してはならない。',
    '<strong>（複写及び複製の禁止）</strong>受託者は、市の承諾を得ないで、市から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。',
    '<strong>（再委託の禁止）</strong>受託者は、本業務の全部又は一部を第三者に委託してはならない。ただし、市があらかじめ書面により承諾したときは、この限りでない。',
    '<strong>（持出しの禁止）</strong>受託者は、市が承諾した場合を除き、個人情報を受信センターの外へ持ち出してはならない。',
    '<strong>（適正管理）</strong>受託者は、個人情報が記録された書類及び記録媒体を施錠できる保管庫に収納するなど、個人情報を適切に管理しなければならない。',
    '<strong>（従事者の教育）</strong>受託者は、本業務に従事する者に対し、在職中及び退職後において個人情報をみだりに他に漏らしてはならないことなど、個人情報の保護に必要な事項を教育しなければならない。',
    '<strong>（資料等の返還及び消去）</strong>受託者は、本業務が終了したときは、市から引き渡された資料等を速やかに返還し、受託者の電子計算機等に記録された個人情報を確実に消去しなければならない。',
    '<strong>（消去の証明）</strong>受託者は、前項の規定により個人情報を消去したときは、消去の日時、方法等を記載した証明書を市に提出しなければならない。',
    '<strong>（取扱状況の報告及び調査）</strong>市は、必要があると認めるときは、受託者に個人情報の取扱状況を報告させ、又は職員に受託者の事業所へ立ち入らせて調査させることができる。',
    '<strong>（事故の報告）</strong>受託者は、個人情報の漏えい、滅失、き損その他の事故が発生し、又は発生するおそれがあることを知ったときは、直ちに市に報告し、その指示に従わなければならない。',
    '<strong>（契約の解除及び損害賠償）</strong>市は、受託者がこの特記事項に違反したときは、契約を解除することができる。この場合において、受託者は、市又は第三者に生じた損害を賠償しなければならない。',
]
P.append(ol(ANNEX))

# ---------------------------------------------------------------- attachments macro
ATT = [
    ('1014301', '資料1_緊急通報システム運用業務委託（報告）.pdf', 'pdf', 'application/pdf', '11 15, 2022', 's-kanno', '菅野 さくら'),
    ('1014302', '資料2_児童扶養手当電子申請（諮問）.pdf', 'pdf', 'application/pdf', '11 04, 2022', 's-kanno', '菅野 さくら'),
    ('1014303', '参考_てつづきナビ機能概要.pdf', 'pdf', 'application/pdf', '11 04, 2022', 'y-minegishi', '峰岸 ゆかり'),
    ('1014304', '特記事項（案）_高齢者支援課.docx', 'word', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '11 02, 2022', 't-aizawa', '相沢 拓海'),
    ('1014305', '座席表_第3回.xlsx', 'excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '11 14, 2022', 's-kanno', '菅野 さくら'),
]
rows = []
for aid, fn, icon, mime, date, un, name in ATT:
    rows.append(f'<tr class="attachment-row" id="attachment-{aid}" data-attachment-id="{aid}" data-attachment-idx="{len(rows)+1}">'
                f'<td class="attachment-summary-toggle"><span class="icon icon-section-closed" title="概要を表示"></span></td>'
                f'<td class="filename-column"><span class="icon icon-file-{icon}" title="{icon} ファイル">{icon}</span> '
                f'<a class="filename" href="{BASE}/download/attachments/{PAGE_ID}/{fn}?api=v2" title="令和4年度第3回 審議案件 &gt; {fn}" '
                f'data-filename="{fn}" data-type="{mime}" data-linked-resource-id="{aid}" data-linked-resource-container-id="{PAGE_ID}">{fn}</a></td>'
                f'<td class="attachment-created modified-column"><span>{date}</span> 作成者 {user(un, name)}</td></tr>')
P.append(heading(2, '添付ファイル', '添付ファイル'))
P.append('<div class="plugin_attachments_container conf-macro output-block" data-hasbody="false" data-macro-name="attachments">\n'
         '<div class="plugin_attachments_table_container"><fieldset class="hidden"><input type="hidden" class="pageId" value="' + PAGE_ID + '"></fieldset>\n'
         '<table class="attachments aui"><thead><tr><th class="expand-column attachment-summary-toggle">&nbsp;</th>'
         '<th class="filename-column"><a href="#">ファイル</a></th><th class="modified-column"><span>更新日</span></th></tr></thead><tbody>\n'
         + '\n'.join(rows) + '\n</tbody></table></div>\n'
         '<div class="plugin_attachments_upload_container"><span>ファイルをここにドラッグ アンド ドロップしてアップロードするか、</span> <a href="#">ファイルを選択</a></div>\n'
         f'<a class="download-all-link" href="{BASE}/pages/downloadallattachments.action?pageId={PAGE_ID}" title="添付ファイルのすべてを zip 形式でダウンロード">すべてダウンロード</a>\n'
         '</div>')

BODY = '\n'.join(P)

# ---------------------------------------------------------------- labels, likes, comments
LABELS = f'''</div>
<div id="likes-and-labels-container">
<div id="likes-section"><a href="#" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span><span class="like-button-text">いいね！</span></a><span class="like-summary">{user('t-aizawa', '相沢 拓海')} がいいねしました</span></div>
<div id="labels-section" class="pageSection group">
<div class="labels-section-content content-column" entityid="{PAGE_ID}" entitytype="page">
<div class="labels-content">
<ul class="label-list label-list-right has-pen">
<li class="aui-label" data-label-id="5308441"><a class="aui-label-split-main" href="{BASE}/label/BUNSHO/個人情報保護審議会" rel="tag">個人情報保護審議会</a></li>
<li class="aui-label" data-label-id="5308442"><a class="aui-label-split-main" href="{BASE}/label/BUNSHO/r4-3" rel="tag">r4-3</a></li>
<li class="aui-label" data-label-id="5308443"><a class="aui-label-split-main" href="{BASE}/label/BUNSHO/審議案件" rel="tag">審議案件</a></li>
<li class="labels-edit-container"><a href="#" class="show-labels-editor" title="ラベルを編集 (l)"><span class="aui-icon aui-icon-small aui-iconfont-edit-filled">ラベルを編集</span></a></li>
</ul>
</div>
</div>
</div>
</div>
'''


def comment(cid, username, name, cls, paras, date, title_dt, replies=''):
    body = ''.join(f'<p>{p}</p>' for p in paras)
    rep = f'<ol class="comment-threads">\n{replies}\n</ol>' if replies else ''
    return f'''<li id="comment-thread-{cid}" class="comment-thread">
<div class="comment " id="comment-{cid}">
<p class="comment-user-logo"><a class="userLogoLink {cls}" data-username="{username}" href="{BASE}/display/~{username}" title=""><img class="userLogo logo" src="{FILES}/default.svg" alt="ユーザー アイコン: {username}" title=""></a></p>
<div class="comment-header"><h4 class="author">{user(username, name, cls)}</h4></div>
<div class="comment-body">
<div class="comment-content wiki-content">{body}</div>
<div class="comment-actions">
<ul class="comment-actions-secondary"><li class="comment-permalink"><a href="{BASE}/pages/viewpage.action?pageId={PAGE_ID}&amp;focusedCommentId={cid}#comment-{cid}" title="コメントへの永続リンク" class="comment-permalink-link"><span class="aui-icon aui-icon-small aui-iconfont-link">パーマリンク</span></a></li></ul>
<ul class="comment-actions-primary"><li class="first action-reply-comment"><a href="#" class="comment-action-reply"><span>返信</span></a></li><li class="action-like"><a href="#" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span><span class="like-button-text">いいね！</span></a></li><li class="comment-date"><a href="{BASE}/pages/viewpage.action?pageId={PAGE_ID}&amp;focusedCommentId={cid}#comment-{cid}"><span title="{title_dt}">{date}</span></a></li></ul>
</div>
</div>
</div>
{rep}
</li>'''


R1 = comment('48273702', 't-aizawa', '相沢 拓海', 'userlink-2', [
    '大島委員、ご意見ありがとうございます。財政課とも相談しましたが、複数年度にわたる契約とするための予算措置が今回は間に合わないため、'
    '委託期間はページ本文に記載のとおり令和5年3月31日までの単年度契約とし、期間の変更はいたしません（ご提案は採用しないこととしました）。',
    '複数年契約への切替えは、令和5年度の契約に向けて改めて検討します。'],
    '11月 10, 2022', '2022/11/10 9:41')
C1 = comment('48273701', 'm-oshima', '大島 正和（審議会委員）', 'userlink-1', [
    '案件1の委託期間についてです。毎年度同じ内容で委託を続けるのであれば、<strong>令和7年3月31日まで</strong>の長期継続契約にしてはいかがでしょうか。'
    '受信センターが毎年変わる可能性があると、利用者の方も不安だと思います。'],
    '11月 09, 2022', '2022/11/09 16:02', R1)
R2 = comment('48273711', 'y-minegishi', '峰岸 ゆかり', 'userlink-3', [
    '月岡委員、ありがとうございます。国籍や在留資格の確認は窓口で在留カード等を拝見して行う運用としているため、'
    '電子申請で取得する項目には追加しないこととしました。項目はページ本文の「3　取り扱う個人情報」のとおりで変更ありません。'],
    '11月 11, 2022', '2022/11/11 13:20')
C2 = comment('48273710', 'k-tsukioka', '月岡 佳代（審議会委員）', 'userlink-4', [
    '案件2について。外国籍のひとり親の方も少なくないと聞きます。請求者の「国籍」も電子申請の入力項目に加えておいた方が、審査がしやすいのではないでしょうか。'],
    '11月 10, 2022', '2022/11/10 18:47', R2)
C3 = comment('48273725', 's-kanno', '菅野 さくら', 'userlink-0', [
    '事務局です。当日の配付資料に差替えはありません。資料1の3ページにあった誤字（「受診センター」→「受信センター」）は、添付ファイルを修正版に差し替えました。',
    f'{user("m-oshima", "大島 正和（審議会委員）", mention=True)} {user("k-tsukioka", "月岡 佳代（審議会委員）", mention=True)} ご確認をお願いします。'],
    '11月 15, 2022', '2022/11/15 10:05')

COMMENTS = f'''<div id="comments-section" class="pageSection group">
<div class="section-header"><h2 id="comments-section-title" class="section-title">5 件のコメント</h2></div>
<ol class="comment-threads top-level " id="page-comments">
{C1}
{C2}
{C3}
</ol>
<div class="quick-comment-container comment add"><p class="comment-user-logo"><a class="userLogoLink" data-username="m-oshima" href="{BASE}/display/~m-oshima"><img class="userLogo logo" src="{FILES}/default.svg" alt="ユーザー アイコン: m-oshima"></a></p><div class="quick-comment-body"><div class="quick-comment-loading-container" style="display:none;"></div><div id="editor-messages"></div><div id="all-messages"></div><form style="display:block;" class="quick-comment-form aui" method="post" name="inlinecommentform" action="{BASE}/pages/doaddcomment.action?pageId={PAGE_ID}"><div title="コメントを追加 (m)" class="quick-comment-prompt"><span>コメントを追加...</span></div></form></div></div>
</div>
'''

TAIL = f'''</div>
</div>
</div>
</div>
<div id="footer" role="contentinfo">
<section class="footer-body">
<ul id="poweredby">
<li class="noprint">Powered by <a href="https://www.atlassian.com/software/confluence" class="hover-footer-link" rel="nofollow">Atlassian Confluence</a> <span id="footer-build-information">7.13.8</span></li>
<li class="print-only">Atlassian Confluence 7.13.8 で印刷</li>
<li class="noprint"><a href="#" class="hover-footer-link" rel="nofollow">バグを報告</a></li>
<li class="noprint"><a href="#" class="hover-footer-link" rel="nofollow">Atlassian News</a></li>
</ul>
<div id="footer-logo"><a href="http://www.atlassian.com/" rel="nofollow">Atlassian</a></div>
<p class="footer-note">このWikiは庁内ネットワーク専用です。外部への転載はできません。問合せ：総務部情報システム課 ヘルプデスク（内線 260）</p>
</section>
</div>
</div>
</div>
<script type="text/javascript">AJS.BigPipe = AJS.BigPipe || {{}}; AJS.BigPipe.metrics = AJS.BigPipe.metrics || {{}}; AJS.BigPipe.metrics.pageEnd = typeof window.performance !== "undefined" && typeof window.performance.now === "function" ? Math.ceil(window.performance.now()) : 0;</script>
</body></html>
'''


def main():
    html = HEAD + SIDEBAR + MAIN_HEAD + BODY + '\n' + LABELS + COMMENTS + TAIL
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(html)
    print('wrote', os.path.normpath(OUT), len(html), 'chars')


if __name__ == '__main__':
    main()
