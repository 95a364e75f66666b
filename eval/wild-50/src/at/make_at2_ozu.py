#!/usr/bin/env python3
"""Writes raw/at2_ozu_2021.pdf: two records of the custom object 「審議案件」 in the
大洲市 Salesforce org (Lightning Experience, app 「審議会管理」), each printed from the
browser (Ctrl+P, A4 portrait, with the browser's date / title / URL / page header and
footer), then concatenated into one PDF.

Steps: write src/at/at2_ozu_2021_rec1.html and _rec2.html, print each with headless
Chromium, join with pdfunite (poppler-utils).  Everything except the municipality is
invented.  Standard library only (Chromium and pdfunite are called as programs).

    python3 src/at/make_at2_ozu.py            # HTML + PDF
    python3 src/at/make_at2_ozu.py --html     # HTML only
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.normpath(os.path.join(HERE, '..', '..', 'raw'))
OUT = os.path.join(RAW, 'at2_ozu_2021.pdf')

ORG = 'https://ozu-city.lightning.force.com'

# ------------------------------------------------------------------ icons (inline SVG)
SVG_SEARCH = ('<svg width="12" height="12" viewBox="0 0 24 24"><circle cx="10" cy="10" r="6.5" '
              'fill="none" stroke="#747474" stroke-width="2.6"/><line x1="15" y1="15" x2="21.5" y2="21.5" '
              'stroke="#747474" stroke-width="2.8" stroke-linecap="round"/></svg>')
SVG_WAFFLE = ('<svg width="16" height="16" viewBox="0 0 24 24">' + ''.join(
    '<circle cx="%d" cy="%d" r="2.4" fill="#706e6b"/>' % (x, y)
    for x in (4, 12, 20) for y in (4, 12, 20)) + '</svg>')
SVG_PENCIL = ('<svg width="9" height="9" viewBox="0 0 24 24"><path d="M3 21l3.5-1 12-12-2.5-2.5-12 12z'
              'M17.5 4.5l2.5 2.5 1.5-1.5-2.5-2.5z" fill="#b0adab"/></svg>')
SVG_CHEV = ('<svg width="8" height="8" viewBox="0 0 24 24"><path d="M4 8l8 8 8-8" fill="none" '
            'stroke="#706e6b" stroke-width="3"/></svg>')
SVG_CHECK = ('<svg width="10" height="10" viewBox="0 0 24 24"><path d="M3 13l6 6L21 6" fill="none" '
             'stroke="#ffffff" stroke-width="3.5"/></svg>')
SVG_BOXCHK = ('<svg width="11" height="11" viewBox="0 0 24 24"><rect x="2" y="2" width="20" height="20" rx="3" '
              'fill="#0176d3"/><path d="M6 12.5l4 4 8-9" fill="none" stroke="#fff" stroke-width="3"/></svg>')


def icon_circle(color, letter):
    return ('<span class="ic" style="background:%s">%s</span>' % (color, letter))


def esc(s):
    return html.escape(s, quote=False)


CSS = r'''
@page {
  size: A4 portrait;
  margin: 11mm 7mm 11mm 7mm;
  @top-left { content: "%(printed)s"; font-family: Arial, "Noto Sans CJK JP", sans-serif; font-size: 7.5pt; color: #000; }
  @top-center { content: "%(title)s"; font-family: Arial, "Noto Sans CJK JP", sans-serif; font-size: 7.5pt; color: #000; }
  @bottom-left { content: "%(url)s"; font-family: Arial, "Noto Sans CJK JP", sans-serif; font-size: 7.5pt; color: #000; }
  @bottom-right { content: counter(page) "/" counter(pages); font-family: Arial, "Noto Sans CJK JP", sans-serif; font-size: 7.5pt; color: #000; }
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "Salesforce Sans", Arial, "Noto Sans CJK JP", sans-serif; font-size: 8.6px; color: #181818;
       background: #eef1f6; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
a { color: #0b5cab; text-decoration: none; }
.gh { display: flex; align-items: center; height: 34px; background: #fff; padding: 0 10px; border-bottom: 1px solid #d8dde6; }
.gh-logo { width: 150px; display: flex; align-items: center; gap: 5px; font-weight: bold; color: #0b5cab; font-size: 10px; }
.gh-logo .emb { width: 20px; height: 20px; border-radius: 50%%; background: #1b5e9b; color: #fff; font-size: 8px;
                display: inline-flex; align-items: center; justify-content: center; }
.gh-search { flex: 1; display: flex; justify-content: center; }
.gh-search .box { width: 52%%; border: 1px solid #c9c9c9; border-radius: 4px; height: 22px; display: flex; align-items: center;
                  padding: 0 6px; gap: 5px; color: #747474; }
.gh-search .scope { border-right: 1px solid #c9c9c9; padding-right: 6px; color: #181818; }
.gh-icons { width: 150px; display: flex; justify-content: flex-end; gap: 9px; align-items: center; color: #706e6b; font-size: 10px; }
.avatar { width: 20px; height: 20px; border-radius: 50%%; background: #7f8de1; color: #fff; display: inline-flex;
          align-items: center; justify-content: center; font-size: 8px; }
.nav { display: flex; align-items: stretch; height: 30px; background: #fff; border-bottom: 3px solid #1b96ff; padding: 0 8px; }
.nav .waffle { display: flex; align-items: center; padding-right: 8px; }
.nav .app { display: flex; align-items: center; font-size: 12px; padding-right: 14px; font-weight: 400; }
.nav ul { list-style: none; display: flex; margin: 0; padding: 0; }
.nav li { display: flex; align-items: center; padding: 0 9px; gap: 4px; font-size: 9.5px; }
.nav li.on { border-bottom: 3px solid #0176d3; margin-bottom: -3px; font-weight: bold; background: #f3f3f3; }
.nav li.edit { margin-left: auto; color: #706e6b; }
.page { padding: 8px; }
.card { background: #fff; border: 1px solid #d8dde6; border-radius: 4px; }
.hl { padding: 8px 10px 6px; margin-bottom: 8px; }
.hl-top { display: flex; align-items: center; gap: 8px; }
.objic { width: 26px; height: 26px; border-radius: 4px; background: #e3066a; color: #fff; display: flex; align-items: center;
         justify-content: center; font-size: 12px; font-weight: bold; }
.obj-label { font-size: 8.5px; color: #444; }
.rec-name { font-size: 15px; font-weight: bold; }
.btns { margin-left: auto; display: flex; }
.btn { border: 1px solid #c9c9c9; background: #fff; color: #0176d3; padding: 3px 8px; font-size: 8.5px; }
.btn + .btn { border-left: none; }
.btn.first { border-radius: 4px 0 0 4px; } .btn.last { border-radius: 0 4px 4px 0; }
.btn.solo { border-radius: 4px; margin-right: 6px; }
.hl-fields { display: flex; gap: 28px; margin-top: 8px; }
.hl-fields .lbl { color: #444; font-size: 8px; }
.hl-fields .val { font-size: 9.5px; margin-top: 1px; }
.path { display: flex; align-items: center; padding: 6px 10px; margin-bottom: 8px; gap: 8px; }
.steps { flex: 1; display: flex; }
.step { flex: 1; text-align: center; padding: 4px 0; color: #fff; background: #2e844a; font-size: 9px; margin-right: 3px;
        clip-path: polygon(0 0, calc(100%% - 7px) 0, 100%% 50%%, calc(100%% - 7px) 100%%, 0 100%%, 7px 50%%); }
.step:first-child { clip-path: polygon(0 0, calc(100%% - 7px) 0, 100%% 50%%, calc(100%% - 7px) 100%%, 0 100%%); border-radius: 12px 0 0 12px; }
.step.cur { background: #014486; }
.step.todo { background: #ecebea; color: #181818; }
.path .stat { font-size: 8.5px; color: #444; white-space: nowrap; }
.btn-brand { background: #0176d3; color: #fff; border-radius: 4px; padding: 4px 9px; font-size: 8.5px; white-space: nowrap; }
.cols { display: flex; gap: 8px; align-items: flex-start; }
.main { flex: 0 0 65%%; padding: 0 10px 10px; }
.side { flex: 1; display: flex; flex-direction: column; gap: 8px; }
.tabs { display: flex; gap: 14px; border-bottom: 1px solid #d8dde6; margin: 0 -10px 6px; padding: 0 10px; }
.tabs span { padding: 7px 2px 5px; font-size: 9.5px; color: #444; }
.tabs span.on { border-bottom: 2px solid #0176d3; color: #181818; font-weight: bold; }
.sec { margin-top: 6px; }
.sec-h { background: #f3f3f3; border-radius: 3px; padding: 4px 6px; font-size: 10px; display: flex; align-items: center; gap: 5px; }
.row { display: flex; gap: 14px; }
.fld { flex: 1; min-width: 0; border-bottom: 1px solid #e5e5e5; padding: 4px 2px 3px; position: relative; }
.fld.full { flex: 1 1 100%%; }
.fld .lbl { color: #444; font-size: 8px; }
.fld .val { font-size: 9px; margin-top: 1px; min-height: 11px; padding-right: 12px; word-break: break-all; }
.fld .val.pre { white-space: pre-line; line-height: 1.45; }
.fld .pen { position: absolute; right: 2px; bottom: 4px; }
.fld.empty { border-bottom: none; }
.rl { padding: 0 0 4px; }
.rl-h { display: flex; align-items: center; gap: 6px; padding: 7px 8px; font-size: 10px; font-weight: bold; }
.ic { width: 18px; height: 18px; border-radius: 3px; color: #fff; display: inline-flex; align-items: center;
      justify-content: center; font-size: 9px; font-weight: bold; }
.rl-h .more { margin-left: auto; font-weight: normal; }
.tile { padding: 3px 10px 5px; border-top: 1px solid #f0f0f0; }
.tile .t { font-size: 9px; }
.tile .kv { display: flex; font-size: 8px; margin-top: 1px; }
.tile .kv .k { width: 44px; color: #444; flex: none; }
.rl-f { text-align: center; font-size: 8.5px; padding: 5px 0 2px; border-top: 1px solid #e5e5e5; }
.act { padding: 4px 10px 6px; border-top: 1px solid #f0f0f0; display: flex; gap: 6px; }
.act .t { font-size: 9px; }
.act .s { font-size: 8px; color: #444; margin-top: 1px; }
.act-tabs { display: flex; gap: 10px; padding: 0 10px 4px; font-size: 8.5px; color: #444; }
.act-tabs .on { color: #181818; border-bottom: 2px solid #0176d3; }
.sysnote { font-size: 7.8px; color: #706e6b; margin-top: 6px; }
'''


def field(label, value='', pre=False, link=False, full=False, raw=False):
    cls = 'fld full' if full else 'fld'
    if raw:
        v = value
    else:
        v = esc(value)
        if link and value:
            v = '<a href="#">%s</a>' % v
    return ('<div class="%s"><div class="lbl">%s</div><div class="val%s">%s</div>'
            '<span class="pen">%s</span></div>' % (cls, esc(label), ' pre' if pre else '', v, SVG_PENCIL))


def empty():
    return '<div class="fld empty"></div>'


def section(title, rows):
    out = ['<div class="sec"><div class="sec-h">%s %s</div>' % (SVG_CHEV, esc(title))]
    for r in rows:
        out.append('<div class="row">%s</div>' % ''.join(r))
    out.append('</div>')
    return '\n'.join(out)


def page(rec):
    css = CSS % {'printed': rec['printed'],
                 'title': '%s | 審議案件 | Salesforce' % rec['name'],
                 'url': ORG + '/lightning/r/Shingi_Anken__c/%s/view' % rec['sfid']}
    steps = []
    for s in ['受付', '事前説明', '審議', '答申']:
        if s == '答申':
            steps.append('<div class="step cur">%s</div>' % s)
        else:
            steps.append('<div class="step">%s %s</div>' % (SVG_CHECK, s))
    h = []
    h.append('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">')
    h.append('<title>%s | 審議案件 | Salesforce</title>' % rec['name'])
    h.append('<style>%s</style>\n</head>\n<body>' % CSS_FIX(css))
    # global header
    h.append('<div class="gh"><div class="gh-logo"><span class="emb">大洲</span>大洲市</div>'
             '<div class="gh-search"><div class="box"><span class="scope">すべて %s</span>%s'
             '<span>検索...</span></div></div>'
             '<div class="gh-icons"><span>☆%s</span><span>＋</span><span>？</span><span>⚙</span>'
             '<span><svg width="11" height="11" viewBox="0 0 24 24"><path d="M12 3a6 6 0 0 0-6 6v5l-2 3h16l-2-3V9a6 6 0 0 0-6-6zM10 19a2 2 0 0 0 4 0z" fill="#706e6b"/></svg></span><span class="avatar">%s</span></div></div>'
             % (SVG_CHEV, SVG_SEARCH, SVG_CHEV, rec['viewer_initial']))
    # app nav
    h.append('<div class="nav"><span class="waffle" title="アプリケーションランチャー">%s</span>'
             '<span class="app">審議会管理</span><ul>'
             '<li>ホーム</li><li class="on">審議案件 %s</li><li>委員 %s</li><li>会議 %s</li>'
             '<li>レポート %s</li></ul><ul style="margin-left:auto"><li class="edit">✎</li></ul></div>'
             % (SVG_WAFFLE, SVG_CHEV, SVG_CHEV, SVG_CHEV, SVG_CHEV))
    h.append('<div class="page">')
    # highlights panel
    h.append('<div class="card hl"><div class="hl-top"><div class="objic">審</div><div>'
             '<div class="obj-label">審議案件</div><div class="rec-name">%s</div></div>'
             '<div class="btns"><span class="btn solo">＋ フォローする</span>'
             '<span class="btn first">編集</span><span class="btn">削除</span><span class="btn">複製</span>'
             '<span class="btn last">%s</span></div></div>'
             '<div class="hl-fields">'
             '<div><div class="lbl">所有者</div><div class="val"><span class="avatar" style="width:13px;height:13px;font-size:6px">%s</span> <a href="#">%s</a></div></div>'
             '<div><div class="lbl">ステータス</div><div class="val">答申済</div></div>'
             '<div><div class="lbl">区分</div><div class="val">%s</div></div>'
             '<div><div class="lbl">作成日</div><div class="val">%s</div></div>'
             '</div></div>'
             % (rec['name'], SVG_CHEV, rec['owner_initial'], rec['owner'], rec['kind'], rec['created']))
    # path
    h.append('<div class="card path"><div class="steps">%s</div>'
             '<span class="stat">ステータス: 答申済</span>'
             '<span class="btn-brand">%s ステータスを完了としてマーク</span></div>'
             % (''.join(steps), SVG_CHECK))
    h.append('<div class="cols"><div class="card main">')
    h.append('<div class="tabs"><span class="on">詳細</span><span>関連</span><span>フィード</span></div>')
    # sections
    h.append(section('基本情報', [
        [field('審議案件名', rec['name']), field('所管部局', rec['dept'])],
        [field('件名', rec['title']), field('所管課', rec['div'])],
        [field('区分', rec['kind']), field('担当者', rec['tanto'])],
        [field('諮問・報告番号', rec['number']), field('相手方', rec['partner'], link=True)],
        [field('根拠規定', rec['basis']), field('委託開始日', rec['start'])],
        [field('付議会議', rec['meeting'], link=True), field('委託終了日', rec['end'])],
        [field('レコードタイプ', '委託'), field('継続区分', rec['continuity'])],
    ]))
    h.append(section('案件概要', [[field('概要', rec['summary'], pre=True, full=True)]]))
    h.append(section('個人情報', [
        [field('取り扱う個人情報の項目', rec['items'], pre=True),
         '<div style="flex:1;min-width:0">' +
         field('対象者数', rec['count']) +
         field('要配慮個人情報を含む', '%s' % SVG_BOXCHK, raw=True) +
         field('記録媒体', rec['media']) +
         field('記録媒体に関する補足', rec['media_note'], pre=True) + '</div>'],
    ]))
    h.append(section('安全管理措置', [
        [field('市が講ずる措置', rec['ward'], pre=True),
         field('受託者に講じさせる措置', rec['contractor'], pre=True)],
    ]))
    h.append(section('特記事項', [
        [field('特記事項の添付', '%s' % SVG_BOXCHK, raw=True), field('特記事項の版', rec['annex_version'])],
        [field('特記事項（全文）', rec['annex'], pre=True, full=True)],
    ]))
    h.append(section('答申・報告結果', [
        [field('答申日', rec['answer_date']), field('審議結果', rec['result'])],
        [field('付帯意見', rec['opinion'], pre=True, full=True)],
    ]))
    h.append(section('システム情報', [
        [field('作成者', '', raw=True).replace('<div class="val"></div>',
               '<div class="val"><a href="#">%s</a>, %s</div>' % rec['creator']),
         field('最終更新者', '', raw=True).replace('<div class="val"></div>',
               '<div class="val"><a href="#">%s</a>, %s</div>' % rec['updater'])],
    ]))
    h.append('</div>')  # main
    # sidebar related lists
    h.append('<div class="side">')
    mt = rec['meetings']
    h.append('<div class="card rl"><div class="rl-h">%s 関連する会議 (%d)<span class="more">%s</span></div>'
             % (icon_circle('#3ba755', '会'), len(mt), SVG_CHEV))
    for name, date, typ in mt:
        h.append('<div class="tile"><div class="t"><a href="#">%s</a></div>'
                 '<div class="kv"><span class="k">開催日:</span><span>%s</span></div>'
                 '<div class="kv"><span class="k">種別:</span><span>%s</span></div></div>' % (esc(name), date, esc(typ)))
    h.append('<div class="rl-f"><a href="#">すべて表示</a></div></div>')
    fl = rec['files']
    h.append('<div class="card rl"><div class="rl-h">%s 添付ファイル (%d)<span class="more">%s</span></div>'
             % (icon_circle('#7f8de1', '添'), len(fl), SVG_CHEV))
    for name, date, size in fl:
        h.append('<div class="tile"><div class="t"><a href="#">%s</a></div>'
                 '<div class="kv"><span>%s ・ %s</span></div></div>' % (esc(name), date, size))
    h.append('<div class="rl-f"><a href="#">すべて表示</a></div></div>')
    h.append('<div class="card rl"><div class="rl-h">%s 活動</div>' % icon_circle('#3e8acc', '活'))
    h.append('<div class="act-tabs"><span class="on">活動履歴</span><span>メール</span><span>ToDo</span></div>')
    h.append('<div class="act-tabs" style="color:#706e6b">予定と期限切れの活動: 予定されている活動はありません。</div>')
    for title, sub in rec['activities']:
        h.append('<div class="act">%s<div><div class="t"><a href="#">%s</a></div><div class="s">%s</div></div></div>'
                 % (icon_circle('#3ba755', '✓'), esc(title), esc(sub)))
    h.append('<div class="rl-f"><a href="#">すべての活動を表示</a></div></div>')
    h.append('<div class="sysnote">%s</div>' % esc(rec['sidenote']))
    h.append('</div>')  # side
    h.append('</div>')  # cols
    h.append('</div>')  # page
    h.append('</body>\n</html>\n')
    return '\n'.join(h)


def CSS_FIX(css):
    return css


# ------------------------------------------------------------------ record 1
REC1 = {
    'name': 'SG-2021-0007',
    'sfid': 'a0F5j000003kQ7sEAE',
    'printed': '2021/10/29 9:41',
    'viewer_initial': '清水',
    'owner': '井上 里奈',
    'owner_initial': '井上',
    'kind': '諮問',
    'created': '2021/06/28 10:14',
    'title': '大洲市避難行動要支援者名簿管理システムの構築及びデータ移行業務の委託について',
    'number': '諮問第3号',
    'basis': '大洲市個人情報保護条例第10条第2項',
    'meeting': '令和3年度第2回大洲市個人情報保護審議会',
    'dept': '総務企画部',
    'div': '危機管理課',
    'tanto': '危機管理課 防災係 主任 兵頭 健太（内線 2317）',
    'partner': '株式会社ひじかわ情報サービス',
    'start': '2021/11/15',
    'end': '2022/03/25',
    'continuity': '単年度',
    'summary': (
        '災害対策基本法第49条の10の規定により作成している避難行動要支援者名簿は、現在、表計算ソフトのファイルで管理しており、'
        '年2回の更新作業に多くの時間を要している。このため、名簿を管理する専用のシステムを庁内サーバ上に構築し、既存の名簿データを移行する作業を事業者に委託する。\n'
        '名簿の基になる情報は、市民福祉部福祉課（障害者手帳・障害支援区分）及び同部高齢福祉課（要介護認定）から提供を受ける。\n'
        'システム稼働後の運用（名簿の更新・提供）は市職員が行い、委託の範囲には含まない。'),
    'items': (
        '【要支援者】\n氏名\nフリガナ\n生年月日\n性別\n住所（方書を含む）\n電話番号\n要介護度\n要介護認定の有効期間\n'
        '介護保険被保険者番号\n身体障害者手帳の等級\n療育手帳の判定\n障害支援区分\nひとり暮らし高齢者の該当の有無\n'
        '名簿情報の外部提供への同意の有無\n【避難支援者】\n氏名\n電話番号'),
    'count': '2,314人',
    'media': '紙;DVD-R;受託者の作業用パソコン;庁内サーバ',
    'media_note': 'USBメモリ及び電子メールによるデータの授受は行わない。',
    'ward': (
        '1 受託者との契約書に個人情報取扱特記事項を付し、記載された事項を守る義務を負わせる。\n'
        '2 移行用のデータは暗号化したDVD-Rに書き込み、職員が受託者の担当者に直接手渡して、引渡簿に受領印をもらう。\n'
        '3 DVD-Rの暗号を解くパスワードは、媒体を引き渡した後に、電話で受託者の担当者に伝える。\n'
        '4 庁内サーバで移行作業を行う作業員には一人ずつ利用者IDとパスワードを発行し、共用のIDは使わせない。\n'
        '5 移行作業を行った日ごとに、サーバの操作記録を職員が確認する。\n'
        '6 名簿を出力した紙は、危機管理課の施錠できるロッカーに保管する。\n'
        '7 受託者の作業場所に予告なく立ち入り、データの管理状況を点検することがある。'),
    'contractor': (
        '1 作業責任者と作業員を事前に定め、書面で市に届け出る。\n'
        '2 作業用パソコンは、インターネットその他の外部の回線に接続しない。\n'
        '3 作業用パソコンの記憶装置全体を暗号化する。\n'
        '4 作業を始める前に、ウイルス対策ソフトの定義ファイルを最新にする。\n'
        '5 作業員に、着手前に個人情報の取扱いに関する教育を行う。\n'
        '6 受け取ったDVD-Rや紙の資料は、作業時間外は鍵のかかるキャビネットに入れる。\n'
        '7 作業用パソコンやDVD-Rを事業所の外に持ち出さない。\n'
        '8 個人情報の漏えいや紛失が起きたときは、すぐに市に報告し、指示に従う。\n'
        '9 業務が終わったらDVD-Rを市に返し、作業用パソコンのデータを完全に消去して、消去報告書を提出する。'),
    'annex_version': '令和3年4月改定版（全文を下欄に転記）',
    'annex': (
        '個人情報取扱特記事項\n'
        '第1条（総則）受注者は、この契約による業務を行うに当たっては、個人情報の保護の重要性を認識し、個人の権利利益を害することのないよう、個人情報を適正に取り扱わなければならない。\n'
        '第2条（秘密の保持）受注者は、業務上知り得た個人情報をみだりに他に漏らしてはならない。この契約が終了した後も、同様とする。\n'
        '第3条（取得の制限）受注者は、業務のために個人情報を取得するときは、業務に必要な範囲内で、適法かつ公正な手段により取得しなければならない。\n'
        '第4条（目的外利用及び提供の禁止）受注者は、発注者の指示又は承諾がある場合を除き、業務上知り得た個人情報を契約の目的以外の目的に利用し、又は第三者に提供してはならない。\n'
        '第5条（再委託の制限）受注者は、発注者の書面による承諾を得た場合を除き、業務の全部又は一部を第三者に再委託してはならない。\n'
        '第6条（複写等の禁止）受注者は、発注者の承諾なく、発注者から提供を受けた資料等を複写し、又は複製してはならない。\n'
        '第7条（運搬時の措置）受注者は、個人情報が記録された資料等を運搬するときは、施錠できる容器に収納し、運搬中は目を離さないなど、紛失及び盗難を防ぐための措置を講じなければならない。\n'
        '第8条（適正管理）受注者は、個人情報が記録された資料等を施錠できる場所に保管するなど、個人情報の漏えい、滅失及び毀損の防止に努めなければならない。\n'
        '第9条（返還及び消去）受注者は、業務が完了したときは、発注者から提供を受けた資料等を速やかに返還し、受注者の電子計算機等に記録した個人情報を消去した上で、消去したことを証する書面を発注者に提出しなければならない。\n'
        '第10条（報告及び検査）発注者は、必要と認めるときは、受注者に対し個人情報の管理状況について報告を求め、又はその職員に受注者の作業場所を検査させることができる。\n'
        '第11条（事故発生時の措置）受注者は、この特記事項に違反する事態が生じ、又は生じるおそれがあることを知ったときは、直ちに発注者に報告し、発注者の指示に従わなければならない。\n'
        '第12条（損害賠償）受注者は、この特記事項に違反したことにより発注者又は第三者に損害を与えたときは、その損害を賠償しなければならない。'),
    'answer_date': '2021/10/27',
    'result': '承認（諮問のとおり）',
    'opinion': '名簿情報を避難支援等関係者に提供する際は、本人の同意を確認した記録を確実に残すこと。',
    'creator': ('井上 里奈', '2021/06/28 10:14'),
    'updater': ('清水 拓也', '2021/10/28 16:02'),
    'meetings': [
        ('令和3年度第1回大洲市個人情報保護審議会', '2021/07/15', '事前説明'),
        ('令和3年度第2回大洲市個人情報保護審議会', '2021/10/20', '審議・答申'),
    ],
    'files': [
        ('諮問書_SG-2021-0007.pdf', '2021/06/28', '188KB'),
        ('個人情報の流れ図（名簿システム）.pdf', '2021/07/02', '402KB'),
        ('答申書（写）_諮問第3号.pdf', '2021/10/27', '121KB'),
    ],
    'activities': [
        ('答申書の送付', '清水 拓也 にToDoがありました ・ 2021/10/27'),
        ('委員への事前送付', '清水 拓也 にToDoがありました ・ 期日 2021/10/12'),
        ('所管課ヒアリング', '井上 里奈 に行動がありました ・ 2021/07/05'),
    ],
    'sidenote': '',
}

# ------------------------------------------------------------------ record 2
REC2 = {
    'name': 'SG-2021-0011',
    'sfid': 'a0F5j000003kR2bEAE',
    'printed': '2021/10/29 9:44',
    'viewer_initial': '清水',
    'owner': '森 美咲',
    'owner_initial': '森',
    'kind': '報告',
    'created': '2021/09/21 15:37',
    'title': '母子保健アプリを活用した妊産婦及び乳幼児の健診情報配信業務の委託について',
    'number': '報告第2号',
    'basis': '大洲市個人情報保護条例第10条第3項',
    'meeting': '令和3年度第2回大洲市個人情報保護審議会',
    'dept': '市民福祉部',
    'div': '子育て支援課',
    'tanto': '子育て支援課 母子保健係 保健師 二宮 千尋（内線 1462）',
    'partner': '株式会社すくすくネットワークス',
    'start': '2022/04/01',
    'end': '2023/03/31',
    'continuity': '次年度以降も継続',
    'summary': (
        '令和4年度から母子健康手帳アプリ「おおずすくすくナビ」を導入し、妊婦健康診査、乳幼児健康診査及び予防接種の記録を、'
        '登録した保護者のスマートフォンに配信する。アプリの提供及び配信用サーバの運用を事業者に委託する。\n'
        '配信する健診データは、保健センターに設置している市の健康管理システムから抽出し、職員がアプリの管理画面から登録する。\n'
        '紙の母子健康手帳は引き続き市が交付する。紙媒体は委託先に渡さない。'),
    'items': (
        '【妊産婦】\n氏名\n生年月日\n住所（郵便番号を含む）\n電話番号\nメールアドレス\n母子健康手帳の交付番号\n出産予定日\n'
        '妊娠週数\n妊婦健康診査の結果（血圧、尿検査、体重等）\n分娩歴\n'
        '【乳幼児】\n氏名\n生年月日\n性別\n乳幼児健康診査の受診日\n乳幼児健康診査の結果\n予防接種の接種日\n接種したワクチンの種類'),
    'count': '妊産婦 約600人、乳幼児 約1,800人',
    'media': '電子データ（受託者サーバ）;電子データ（健康管理システム）;USBメモリ',
    'media_note': '紙媒体は取り扱わない。',
    'ward': (
        '1 健康管理システムから健診データを抽出する作業は、抽出の権限を与えられた保健師に限って行わせる。\n'
        '2 抽出したデータは暗号化機能付きのUSBメモリに保存し、アプリへの登録が済んだら直ちに媒体から削除する。\n'
        '3 USBメモリは、使わないときは課内の金庫に入れ、鍵は係長が管理する。\n'
        '4 受託者との契約書には、条例及び市の情報セキュリティポリシーを守る義務を明記する。\n'
        '5 受託者に作業手順書を事前に提出させ、市が内容を確認してから作業を始めさせる。\n'
        '6 受託者には、四半期ごとに個人情報の取扱状況を書面で報告させる。'),
    'contractor': (
        '1 アプリの利用登録時及びログイン時には、パスワードに加えて、SMSで送る確認コードによる認証を行う。\n'
        '2 アプリとサーバの間の通信は全て暗号化し、サーバに保存するデータも暗号化する。\n'
        '3 プライバシーマークの認定を契約期間中維持する。\n'
        '4 サーバの前段にWAF及びファイアウォールを置き、外部からの不正な接続を遮断する。\n'
        '5 管理画面の操作ログを取得して1年間保存し、毎月点検する。\n'
        '6 管理画面を操作できる従業員を必要最小限に絞り、その名簿を市に提出する。\n'
        '7 サーバのデータは毎日バックアップし、別の地域のデータセンターにも保管する。\n'
        '8 個人情報の漏えい等の事故が起きたときは、直ちに市に報告し、市の指示を受けて対応する。\n'
        '9 契約終了時には、サーバ上の個人情報を消去し、消去証明書を市に提出する。'),
    'annex_version': '令和3年4月改定版（標準。全文の登録は省略）',
    'annex': '',
    'answer_date': '2021/10/27',
    'result': '了承',
    'opinion': 'アプリの利用規約及びプライバシーポリシーを、保護者が登録前に確認できるようにすること。',
    'creator': ('森 美咲', '2021/09/21 15:37'),
    'updater': ('清水 拓也', '2021/10/28 16:05'),
    'meetings': [
        ('令和3年度第2回大洲市個人情報保護審議会', '2021/10/20', '報告'),
        ('令和3年度第3回大洲市個人情報保護審議会', '2022/02/16', '実施状況の説明（予定）'),
    ],
    'files': [
        ('報告書_SG-2021-0011.pdf', '2021/09/21', '164KB'),
        ('アプリ画面イメージ.pdf', '2021/09/21', '1.2MB'),
        ('個人情報取扱特記事項（標準）.pdf', '2021/09/22', '96KB'),
    ],
    'activities': [
        ('委員への事前送付', '清水 拓也 にToDoがありました ・ 期日 2021/10/12'),
        ('所管課への資料修正依頼', '森 美咲 にToDoがありました ・ 2021/09/30'),
    ],
    'sidenote': '',
}


def main():
    html_only = '--html' in sys.argv
    paths = []
    for i, rec in enumerate((REC1, REC2), 1):
        p = os.path.join(HERE, 'at2_ozu_2021_rec%d.html' % i)
        with open(p, 'w', encoding='utf-8', newline='\n') as f:
            f.write(page(rec))
        paths.append(p)
        print('wrote', p)
    if html_only:
        return
    tmp = tempfile.mkdtemp()
    pdfs = []
    for i, p in enumerate(paths, 1):
        out = os.path.join(tmp, 'rec%d.pdf' % i)
        prof = tempfile.mkdtemp()
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
                        '--no-first-run', '--disable-background-networking', '--disable-component-update',
                        '--disable-sync', '--user-data-dir=' + prof, '--no-pdf-header-footer',
                        '--print-to-pdf=' + out, 'file://' + p],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(prof, ignore_errors=True)
        pdfs.append(out)
    os.makedirs(RAW, exist_ok=True)
    subprocess.run(['pdfunite'] + pdfs + [OUT], check=True)
    shutil.rmtree(tmp, ignore_errors=True)
    print('wrote', OUT)


if __name__ == '__main__':
    main()
