#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes raw/ar1_uwajima_2021.html: a Cybozu Garoon bulletin-board post of
宇和島市, saved from the browser as complete HTML.  The body is rich text pasted
from Word (MsoNormal paragraphs, ＭＳ 明朝 spans, lang=EN-US digit runs, &nbsp;
runs, o:p remnants, border=1 tables with width= cells).  Standard library only."""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.join(HERE, '..', '..', 'raw', 'ar1_uwajima_2021.html')
FILES = './【審議会資料】令和3年度第3回 個人情報保護審議会 案件資料の掲載について_files'
BASE = 'https://grn.intra.city.uwajima.lg.jp/cgi-bin/cbgrn/grn.cgi'

MINCHO = 'font-family:ＭＳ 明朝'
CENTURY = 'font-family:&quot;Century&quot;,serif'


def ms(text):
    """Word run: Japanese in ＭＳ 明朝 spans, ASCII digit/letter runs in lang=EN-US spans."""
    out = []
    for part in re.split(r'([0-9A-Za-z./:\-]+)', text):
        if not part:
            continue
        if re.fullmatch(r'[0-9A-Za-z./:\-]+', part):
            out.append(f'<span lang=EN-US style="{CENTURY}">{html.escape(part)}</span>')
        else:
            out.append(f'<span style="{MINCHO}">{html.escape(part)}</span>')
    return ''.join(out)


def p(text, style='', bold=False):
    st = f" style='{style}'" if style else ''
    inner = ms(text)
    if bold:
        inner = f'<b>{inner}</b>'
    return f'<p class=MsoNormal{st}>{inner}<span style="{MINCHO}"><o:p></o:p></span></p>'


def p_hang(mark, text):
    """①-style hanging paragraph inside a cell."""
    return (f"<p class=MsoNormal style='margin-left:10.5pt;text-indent:-10.5pt'>"
            f'<span style="{MINCHO}">{mark}</span>{ms(text)}<span style="{MINCHO}"><o:p></o:p></span></p>')


def spaced(label):
    """Short labels typed with spaces between the characters, as in Word forms."""
    if len(label) <= 3:
        return '&nbsp;&nbsp;'.join(html.escape(ch) for ch in label)
    return html.escape(label)


def label_cell(label):
    return (f"<td width=132 valign=top style='width:99.0pt;border:solid windowtext 1.0pt;"
            f"border-top:none;background:#F2F2F2;padding:0mm 5.4pt 0mm 5.4pt'>"
            f'<p class=MsoNormal><span style="{MINCHO}">{spaced(label)}<o:p></o:p></span></p></td>')


def value_cell(inner):
    return (f"<td width=472 valign=top style='width:354.0pt;border-top:none;border-left:none;"
            f"border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;"
            f"padding:0mm 5.4pt 0mm 5.4pt'>{inner}</td>")


def row(label, inner):
    return f'<tr style="page-break-inside:avoid">{label_cell(label)}{value_cell(inner)}</tr>'


CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫'


def measures(lst):
    return ''.join(p_hang(CIRCLED[i], t) for i, (t, _) in enumerate(lst))


def items_table(groups, bullets_first):
    rows = []
    for gi, (label, items) in enumerate(groups):
        if gi == 0 and bullets_first:
            cells = ''.join(p('・' + it) for it in items)
        else:
            cells = p('、'.join(items))
        rows.append(
            f"<tr><td width=96 valign=top style='width:72.0pt;border:solid windowtext 1.0pt;"
            f"padding:0mm 5.4pt 0mm 5.4pt'>{p(label)}</td>"
            f"<td width=340 valign=top style='width:255.0pt;border:solid windowtext 1.0pt;"
            f"border-left:none;padding:0mm 5.4pt 0mm 5.4pt'>{cells}</td></tr>")
    return ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
            "style='border-collapse:collapse;border:none'>" + ''.join(rows) + '</table>')


def form_table(rows):
    return ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=604 "
            "style='width:453.0pt;border-collapse:collapse;border:none'>"
            "<tr style='height:4.0pt'><td width=604 colspan=2 style='width:453.0pt;border:solid windowtext 1.0pt;"
            "padding:0mm 5.4pt 0mm 5.4pt'></td></tr>" + ''.join(rows) + '</table>')


def matter1(m):
    rows = [
        row('件名', p(m['title'])),
        row('区分', p(m['kind'] + '事項')),
        row('根拠条項', p(m['basis'])),
        row('担当部課', p(f"{m['dept']}　{m['divs']}（高齢者支援係）　内線2351")),
        row('事業の概要', p(m['outline'])),
        row('委託先', p(m['contractor']) + p(f"（所在地：{m['contractor_addr']}）")),
        row('契約締結日', p(m['contract_date'])),
        row('委託する業務の内容', ''.join(p_hang(CIRCLED[i], w) for i, w in enumerate(m['work']))),
        row('取り扱う個人情報の項目', items_table(m['items'], True) + p(m['items_note'])),
        row('記録媒体', p(m['media']) + p(m['media_note'])),
        row('委託期間', p(m['period'])),
        row('市が講じる安全対策', measures(m['ward'])),
        row('受託者に講じさせる安全対策', measures(m['contractor_measures'])),
        row('特記事項', p('別記「個人情報取扱特記事項」のとおり契約書に添付する。')),
    ]
    return form_table(rows)


def annex(m):
    out = ["<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>",
           p('別記', style='text-align:left'),
           p('個人情報取扱特記事項', style='text-align:center', bold=True),
           "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>"]
    for art, head, text, _ in m['annex']:
        out.append(p(f'（{head}）', style='margin-left:10.5pt'))
        out.append(f"<p class=MsoNormal style='margin-left:10.5pt;text-indent:-10.5pt'>"
                   f"{ms(art)}<span style=\"{MINCHO}\">&nbsp; </span>{ms(text)}"
                   f'<span style="{MINCHO}"><o:p></o:p></span></p>')
    return ''.join(out)


def matter2(m):
    rows = [
        row('件名', p(m['title'])),
        row('区分', p(m['kind'] + '事項')),
        row('根拠条項', p(m['basis'])),
        row('担当部課', p(m['dept'] + '　' + m['divs'])),
        row('結合の目的及び概要', p(m['outline'])),
        row('結合先', p(m['link_target'])),
        row('結合の方法', p(m['link_method'])),
        row('取り扱う個人情報の項目', items_table(m['items'], False) + p(m['items_note'])),
        row('記録媒体', p(m['media'])),
        row('結合開始日', p(m['period'])),
        row('市が講じる安全対策', measures(m['ward'])),
        row('結合先事業者に講じさせる安全対策', measures(m['contractor_measures'])),
        row('備考', p(f"職員向けの操作研修を{m['training_date']}に実施する予定である。")),
    ]
    return form_table(rows)


def body():
    m1, m2 = C.AR1_M1, C.AR1_M2
    parts = [
        '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->',
        '<div class=WordSection1>',
        p('関係各位'),
        "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>",
        p('総務課文書法制係です。'),
        p('令和3年12月3日（金）午後1時30分から本庁3階第2会議室で開催する「令和3年度第3回宇和島市個人情報保護審議会」'
          'の案件資料を掲載します。'),
        p('委員の皆様には11月25日付けで郵送済みです。案件を所管する課は、説明員として出席をお願いします。'),
        "<p class=MsoNormal><span lang=EN-US>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>",
        p('【案件一覧】', bold=True),
        p(f"■報告事項　{m1['number']}　{m1['title']}（{m1['dept']}）"),
        p(f"■諮問事項　{m2['number']}　{m2['title']}（{m2['dept']}）"),
        p('※前回（令和3年度第2回）の会議録（案）は添付ファイルをご確認ください。'),
        p('問合せ先：総務部総務課文書法制係（内線2214）'),
        "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>",
        "<b><span style=\"font-size:12.0pt;" + MINCHO + "\">━━━━━━━━━━━━━━━━━━━━━━━━━━━━</span></b>",
        p(f"{m1['number']}", bold=True),
        matter1(m1),
        "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>",
        annex(m1),
        "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>",
        "<b><span style=\"font-size:12.0pt;" + MINCHO + "\">━━━━━━━━━━━━━━━━━━━━━━━━━━━━</span></b>",
        p(f"{m2['number']}", bold=True),
        matter2(m2),
        "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>",
        p('以上'),
        '</div>',
    ]
    return '\n'.join(parts)


APPS = [('portal', 'ポータル'), ('schedule', 'スケジュール'), ('message', 'メッセージ'),
        ('bulletin', '掲示板'), ('cabinet', 'ファイル管理'), ('phonemessage', '電話メモ'),
        ('timecard', 'タイムカード'), ('workflow', 'ワークフロー')]

COMMENTS = [
    ('2021/12/01(水) 08:52', '西園寺 和也', '総務部 総務課',
     '二宮さん<br>傍聴の方への資料は、委員用と同じものを会場の受付に10部用意します。'),
    ('2021/11/30(火) 09:05', '二宮 達也', '市民生活部 市民課',
     '審議会の当日、傍聴を希望する市民の方にも資料を配付するのでしょうか？<br>窓口で問合せがありましたので確認させてください。'),
    ('2021/11/29(月) 13:40', '清家 美穂', '保健福祉部 長寿介護課',
     '報告第5号の担当です。<br>委託先の所在地は松山市ではなく宇和島市です。今年8月に本社を市内へ移転したとのことでした。'
     '<br>資料は審議会当日の説明の中で訂正させていただきます。'),
    ('2021/11/26(金) 10:12', '山下 健一', 'こども家庭部 母子健康課',
     '諮問第3号の担当です。<br>市民向けチラシの原稿では予約受付の開始を1月17日としていましたが、'
     '資料の結合開始日（1月11日）が正しいので、チラシの方を直します。'),
]

ATTACH = [
    ('R3-3_資料1_報告第5号_配食見守り委託.pdf', '312 KB', 'f=88412'),
    ('R3-3_資料2_諮問第3号_母子Web予約結合.pdf', '488 KB', 'f=88413'),
    ('R3-2_会議録（案）_個人情報保護審議会.docx', '41 KB', 'f=87109'),
    ('R3-2_答申第4号_公共施設予約システム更新.pdf', '205 KB', 'f=87110'),
]


def page():
    title = '【審議会資料】令和3年度第3回 個人情報保護審議会 案件資料の掲載について'
    apps = '\n'.join(
        f'<li class="appmenu-item"><a href="{BASE}/{k}/index"><img src="{FILES}/{k}20.png" width="20" height="20" alt="">'
        f'<span>{v}</span></a></li>' for k, v in APPS)
    comments = '\n'.join(
        f'''<div class="comment_list_item">
 <div class="comment_list_header"><span class="user-grn"><img src="{FILES}/loginuser20.png" alt=""><a href="{BASE}/grn/user_view?uid=1{i}07">{html.escape(name)}</a></span>
 <span class="comment_list_dept">（{html.escape(dept)}）</span> <span class="comment_list_date">{date}</span>
 <span class="comment_list_action"><a href="#">返信する</a></span></div>
 <div class="comment_list_body">{text}</div>
</div>''' for i, (date, name, dept, text) in enumerate(COMMENTS))
    attach = '\n'.join(
        f'<li><img src="{FILES}/file20.png" alt=""><a href="{BASE}/bulletin/file_download?cid=38&aid=1472&{fid}">'
        f'{html.escape(n)}</a><span class="attachment_size">（{s}）</span></li>' for n, s, fid in ATTACH)
    return f'''<!DOCTYPE html>
<!-- saved from url=(0108){BASE}/bulletin/view?cid=38&aid=1472&module_id=grn.bulletin&br=1 -->
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>掲示板 - {html.escape(title)}</title>
<link rel="stylesheet" type="text/css" href="{FILES}/std.css">
<link rel="stylesheet" type="text/css" href="{FILES}/bulletin.css">
<script type="text/javascript" src="{FILES}/grn.js"></script>
<script type="text/javascript">var __grn_ui_version="5.5.0";var grn_session_id="";</script>
<style>
body{{font-family:"メイリオ",Meiryo,sans-serif;font-size:13px;margin:0;color:#333}}
#header-grn{{background:#f5f5f5;border-bottom:1px solid #ccc;padding:4px 12px}}
.appmenu-grn ul{{list-style:none;margin:0;padding:0;display:flex;gap:14px}}
.global_navi{{padding:8px 12px;font-size:12px}}
.std_form th{{background:#eee;text-align:left;padding:3px 8px;font-weight:normal}}
.bulletin-body-grn{{padding:10px 14px;border:1px solid #ddd}}
p.MsoNormal{{margin:0mm;text-align:justify;font-size:10.5pt;font-family:"Century",serif}}
.comment_list_item{{border-top:1px dotted #bbb;padding:6px 0}}
</style>
</head>
<body class="body-grn" id="bulletin-view">
<div id="header-grn" class="header-grn">
 <div class="header-logo-grn"><a href="{BASE}/portal/index"><img src="{FILES}/logo_garoon.png" alt="Garoon"></a>
  <span class="header-organization">宇和島市役所 グループウェア</span></div>
 <div class="appmenu-grn"><ul>
{apps}
 </ul></div>
 <div class="header-search-grn"><form name="search" action="{BASE}/fts/search" method="get">
  <input type="text" name="text" value="" placeholder="Garoonを検索" size="24"><input type="submit" value="検索"></form></div>
 <div class="header-user-grn"><img src="{FILES}/loginuser20.png" alt=""><a href="{BASE}/grn/user_view?uid=2231">岡本 里美</a>
  <span class="header-user-dept">市民生活部 市民課</span> | <a href="{BASE}/personal/index">個人設定</a> | <a href="{BASE}/grn/help">ヘルプ</a> | <a href="{BASE}/logout">ログアウト</a></div>
</div>
<div class="mainarea-grn">
<div class="global_navi"><a href="{BASE}/bulletin/index">掲示板</a> &gt; <a href="{BASE}/bulletin/index?cid=1">全体</a> &gt; <a href="{BASE}/bulletin/index?cid=12">総務部</a> &gt; <a href="{BASE}/bulletin/index?cid=38">個人情報保護審議会</a> &gt; <span class="globalNavi-item-last-grn">{html.escape(title)}</span></div>
<div class="menubar-grn"><a href="#">コメントを書き込む</a> | <a href="#">変更する</a> | <a href="#">再利用する</a> | <a href="#">移動する</a> | <a href="#">削除する</a> | <a href="#">印刷用画面</a></div>
<h2 class="bulletin-title-grn"><img src="{FILES}/bulletin20.png" alt="">{html.escape(title)}</h2>
<table class="std_form" cellspacing="0">
<tr><th>差出人</th><td><img src="{FILES}/loginuser20.png" alt=""><a href="{BASE}/grn/user_view?uid=1188">西園寺 和也</a>（総務部 総務課 文書法制係）</td></tr>
<tr><th>カテゴリー</th><td>全体 &gt; 総務部 &gt; 個人情報保護審議会</td></tr>
<tr><th>掲載期間</th><td>2021年11月26日（金）9時00分 ～ 2021年12月24日（金）17時00分</td></tr>
<tr><th>閲覧状況</th><td><a href="{BASE}/bulletin/read_status?cid=38&aid=1472">確認する</a>　既読 47人 ／ 未読 105人</td></tr>
<tr><th>更新日時</th><td>2021年11月26日（金）8時47分（更新者：西園寺 和也）</td></tr>
</table>
<div class="bulletin-body-grn">
{body()}
</div>
<div class="attachment-grn"><h3>添付ファイル（{len(ATTACH)}件）</h3><ul>
{attach}
</ul><p><a href="#">一括ダウンロード</a></p></div>
<div class="comment-grn"><h3>コメント（{len(COMMENTS)}件）</h3>
<p class="comment_input"><a href="#">コメントを書き込む</a>　　<span>並び順：新しい順</span></p>
{comments}
</div>
<p class="pagetop"><a href="#">ページの先頭へ</a></p>
</div>
<div id="footer-grn"><span>Copyright (C) 2021 Cybozu</span>　<span>Garoon 5.5.0</span></div>
</body></html>
'''


def main():
    with open(OUT, 'w', encoding='utf-8', newline='\r\n') as f:
        f.write(page())
    print('wrote', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
