#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes raw/ar2_kanonji_2022.pdf: two issues (SHINGI-42, SHINGI-45) of the
観音寺市 privacy-council secretariat's Jira Software Data Center project, each
printed from the browser's issue view (A4 portrait) and joined into one PDF.

Steps: the 説明 field of each issue is kept as Jira wiki markup (build/*.wiki),
rendered to HTML by the small renderer below, placed into an issue-view page
(build/SHINGI-4x.html), printed with headless Chromium, and the two PDFs are
joined with pdfunite (poppler-utils).  Python standard library only."""
import html
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

BUILD = os.path.join(HERE, 'build')
OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'raw', 'ar2_kanonji_2022.pdf'))
HOST = 'https://jira.intra.city.kanonji.lg.jp'
PRINTED = '2022/08/03 10:21'


# ----------------------------------------------------------------- wiki markup
def wiki_42(m):
    w = []
    w.append('{panel:title=審議会付議情報|borderStyle=solid|borderColor=#c1c7d0|titleBGColor=#f4f5f7}')
    w.append('付議する審議会：令和4年度第2回観音寺市個人情報保護審議会（2022年6月24日開催）　資料番号：資料3')
    w.append('{panel}')
    w.append('h3. 1 事業の概要')
    w.append(m['outline'])
    w.append('{panel:title=調査の規模}')
    for s in m['survey_panel']:
        w.append('* ' + s)
    w.append('{panel}')
    w.append('h3. 2 取り扱う個人情報')
    w.append('調査対象者（障害者手帳の所持者等）について、次の項目を取り扱う。')
    w.append('||No.||項目||用途||備考||')
    for no, item, use, note, _ in m['items']:
        w.append(f'|{no}|{item}|{use or " "}|{note or " "}|')
    w.append('h3. 3 記録媒体')
    for s in m['media']:
        w.append('* ' + s)
    w.append('{color:red}' + m['media_note'] + '{color}')
    w.append('h3. 4 市が講じる対策')
    for s, _ in m['ward']:
        w.append('* ' + s)
    w.append('h3. 5 受託者に講じさせる対策')
    for s, _ in m['contractor_measures']:
        w.append('* ' + s)
    w.append('h3. 6 個人情報取扱特記事項')
    w.append('契約書に別添として付する「個人情報取扱特記事項」は、次のとおりとする。')
    for _, head, text, _ in m['annex']:
        w.append(f'# *（{head}）* {text}')
    w.append('----')
    w.append('_担当：社会福祉課 障がい福祉係（内線3125）_')
    return '\n'.join(w)


def wiki_45(m):
    w = []
    w.append('{panel:title=審議会付議情報|borderStyle=solid|borderColor=#c1c7d0|titleBGColor=#f4f5f7}')
    w.append('付議する審議会：令和4年度第2回観音寺市個人情報保護審議会（2022年6月24日開催）　資料番号：資料5')
    w.append('{panel}')
    w.append('h3. 1 概要')
    w.append(m['outline'])
    w.append('{panel:title=紙資料の取扱い|bgColor=#fffae6}')
    w.append(m['paper_panel'])
    w.append('{panel}')
    w.append('h3. 2 取り扱う個人情報')
    w.append('審査対象者ごとの審査資料に記載される事項は、次のとおり。')
    w.append('||項目||記載元||備考||')
    for item, src, note, _ in m['items']:
        w.append(f'|{item}|{src}|{note or " "}|')
    w.append('{panel:bgColor=#deebff}')
    w.append(m['mask_panel'])
    w.append('{panel}')
    w.append('h3. 3 記録媒体・システム')
    for s in m['media']:
        w.append('* ' + s)
    w.append('h3. 4 市が講じる対策')
    for s, _ in m['ward']:
        w.append('* ' + s)
    w.append('h3. 5 サービス提供事業者に講じさせる対策')
    for s, _ in m['contractor_measures']:
        w.append('* ' + s)
    w.append('----')
    w.append('_担当：高齢介護課 介護認定係（内線3241）_')
    return '\n'.join(w)


def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r'\{color:(\w+)\}(.*?)\{color\}', r'<font color="\1">\2</font>', s)
    s = re.sub(r'(?<![\w])-([^\s-][^-]*?)-(?![\w])', r'<del>\1</del>', s)
    s = re.sub(r'(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])', r'<b>\1</b>', s)
    s = re.sub(r'(?<![\w])_([^_]+?)_(?![\w])', r'<em>\1</em>', s)
    return s


def render(wiki):
    out, lst = [], None

    def close():
        nonlocal lst
        if lst:
            out.append('</%s>' % lst)
            lst = None

    table = False
    panel_open = False
    for line in wiki.split('\n'):
        if line.startswith('||'):
            close()
            cells = line.strip('|').split('||')
            out.append('<div class="table-wrap"><table class="confluenceTable"><tbody><tr>' +
                       ''.join(f'<th class="confluenceTh">{inline(c)}</th>' for c in cells) + '</tr>')
            table = True
            continue
        if line.startswith('|') and table:
            cells = line[1:-1].split('|')
            out.append('<tr>' + ''.join(f'<td class="confluenceTd">{inline(c)}</td>' for c in cells) + '</tr>')
            continue
        if table:
            out.append('</tbody></table></div>')
            table = False
        if line.startswith('{panel'):
            close()
            if panel_open:
                out.append('</div></div>')
                panel_open = False
                continue
            params = dict(kv.split('=', 1) for kv in line[len('{panel'):-1].lstrip(':').split('|') if '=' in kv)
            style = 'border-style:solid;border-width:1px;border-color:%s;' % params.get('borderColor', '#ccc')
            if 'bgColor' in params:
                style += 'background-color:%s;' % params['bgColor']
            out.append(f'<div class="panel" style="{style}">')
            if 'title' in params:
                tb = params.get('titleBGColor', '#f4f5f7')
                out.append(f'<div class="panelHeader" style="background-color:{tb}"><b>{html.escape(params["title"])}</b></div>')
            out.append('<div class="panelContent">')
            panel_open = True
            continue
        mo = re.match(r'h(\d)\. (.*)', line)
        if mo:
            close()
            out.append(f'<h{mo.group(1)}>{inline(mo.group(2))}</h{mo.group(1)}>')
            continue
        mo = re.match(r'([*#]) (.*)', line)
        if mo:
            tag = 'ul' if mo.group(1) == '*' else 'ol'
            if lst != tag:
                close()
                out.append('<ul class="alternate" type="disc">' if tag == 'ul' else '<ol>')
                lst = tag
            out.append(f'<li>{inline(mo.group(2))}</li>')
            continue
        close()
        if line == '----':
            out.append('<hr>')
        elif line.strip():
            out.append(f'<p>{inline(line)}</p>')
    close()
    if table:
        out.append('</tbody></table></div>')
    return '\n'.join(out)


# ----------------------------------------------------------------- issue page
CSS = '''
@page { size: A4 portrait; margin: 12mm 9mm 13mm 9mm;
  @top-left { content: "%(printed)s"; font: 7.5pt sans-serif; color:#000 }
  @top-center { content: "%(tabtitle)s"; font: 7.5pt sans-serif; color:#000 }
  @bottom-left { content: "%(url)s"; font: 7.5pt sans-serif; color:#000 }
  @bottom-right { content: counter(page) "/" counter(pages); font: 7.5pt sans-serif; color:#000 } }
body { font-family: "Noto Sans CJK JP", sans-serif; font-size: 9.5pt; color: #172b4d; margin: 0; }
#header { background: #0747a6; color: #fff; display: flex; align-items: center; padding: 5px 10px; gap: 16px; font-size: 9pt; }
#header .logo { font-weight: bold; font-size: 10.5pt; }
#header .create { background: #0065ff; border-radius: 3px; padding: 2px 10px; }
#header .search { margin-left: auto; background: #fff; color: #7a869a; border-radius: 3px; padding: 2px 30px 2px 6px; }
.banner { background: #fffae6; color: #172b4d; font-size: 8pt; padding: 3px 10px; border-bottom: 1px solid #ffe380; }
.page { padding: 8px 12px; }
.bc { font-size: 8.5pt; color: #5e6c84; }
.bc .proj { display:inline-block; width:14px; height:14px; background:#36b37e; border-radius:2px; vertical-align:middle; margin-right:4px }
h1.summary { font-size: 14pt; margin: 3px 0 6px; font-weight: 500; }
.toolbar { font-size: 8.5pt; margin-bottom: 8px; }
.toolbar span { display:inline-block; border:1px solid #dfe1e6; background:#f4f5f7; border-radius:3px; padding:1px 7px; margin-right:3px; }
.toolbar span.wf { background:#e9f2ff; }
.cols { display: flex; gap: 14px; }
.main { width: 69%%; }
.side { width: 31%%; }
.mod h2 { font-size: 9.5pt; border-bottom: 1px solid #dfe1e6; margin: 10px 0 5px; padding-bottom: 2px; }
table.props { width: 100%%; border-collapse: collapse; font-size: 8.8pt; }
table.props td { padding: 1px 4px 1px 0; vertical-align: top; }
table.props td.n { color: #5e6c84; white-space: nowrap; width: 6.5em; }
.cf td.n { width: 10.5em; }
.lozenge { display:inline-block; font-size:7.5pt; font-weight:bold; border-radius:3px; padding:0 4px; background:#e3fcef; color:#006644; }
.label { display:inline-block; background:#f4f5f7; border:1px solid #dfe1e6; border-radius:3px; padding:0 4px; margin:0 2px 1px 0; font-size:8pt; }
.user { display:inline-block; width:14px; height:14px; border-radius:50%%; background:#6554c0; color:#fff; font-size:7pt; text-align:center; line-height:14px; margin-right:3px; }
.desc { font-size: 9pt; line-height: 1.45; }
.desc h3 { font-size: 10pt; margin: 9px 0 3px; }
.desc p { margin: 3px 0; }
.desc ul, .desc ol { margin: 2px 0 4px; padding-left: 20px; }
.desc li { margin: 1px 0; }
.panel { margin: 5px 0; border-radius: 3px; }
.panelHeader { padding: 2px 8px; border-bottom: 1px solid #c1c7d0; font-size: 8.5pt; }
.panelContent { padding: 4px 8px; }
table.confluenceTable { border-collapse: collapse; margin: 4px 0; font-size: 8.6pt; }
th.confluenceTh, td.confluenceTd { border: 1px solid #c1c7d0; padding: 2px 5px; vertical-align: top; text-align: left; }
th.confluenceTh { background: #f4f5f7; }
.thumbs { display: flex; gap: 8px; flex-wrap: wrap; }
.thumb { width: 118px; border: 1px solid #dfe1e6; border-radius: 3px; font-size: 7.5pt; }
.thumb .img { height: 54px; background: #f4f5f7; display: flex; align-items: center; justify-content: center; }
.thumb .ext { font-weight: bold; color: #fff; border-radius: 2px; padding: 1px 4px; font-size: 7pt; }
.thumb .cap { padding: 2px 4px; word-break: break-all; }
.links td { font-size: 8.6pt; padding: 1px 6px 1px 0; }
.tabs span { display:inline-block; font-size: 8.5pt; padding: 1px 8px; color:#5e6c84 }
.tabs span.on { color:#172b4d; border-bottom: 2px solid #0052cc; }
.comment { border-top: 1px solid #ebecf0; padding: 5px 0; font-size: 8.8pt; }
.comment .hd { color: #5e6c84; font-size: 8pt; }
.footer { margin-top: 16px; border-top: 1px solid #dfe1e6; font-size: 7.5pt; color: #5e6c84; text-align: center; padding-top: 4px; }
'''


def props(rows, cls='props'):
    return f'<table class="{cls}">' + ''.join(
        f'<tr><td class="n">{html.escape(n)}:</td><td>{v}</td>'
        + (f'<td class="n">{html.escape(n2)}:</td><td>{v2}</td>' if n2 else '<td></td><td></td>') + '</tr>'
        for n, v, n2, v2 in rows) + '</table>'


def user(name):
    return f'<span class="user">{html.escape(name[0])}</span>{html.escape(name)}'


def thumbs(files):
    colors = {'pdf': '#de350b', 'docx': '#0052cc', 'png': '#00875a', 'xlsx': '#00875a'}
    out = []
    for name, size, date in files:
        ext = name.rsplit('.', 1)[1]
        out.append(f'<div class="thumb"><div class="img"><span class="ext" style="background:{colors[ext]}">'
                   f'{ext.upper()}</span></div><div class="cap">{html.escape(name)}<br>{size}　{date}</div></div>')
    return '<div class="thumbs">' + ''.join(out) + '</div>'


def issue_page(m, spec):
    key = m['key']
    tabtitle = f"[{key}] {m['summary']} - 観音寺市 Jira"
    url = f'{HOST}/browse/{key}'
    css = CSS % {'printed': PRINTED, 'tabtitle': tabtitle.replace('"', '\\"'), 'url': url}
    labels = ''.join(f'<span class="label">{html.escape(x)}</span>' for x in spec['labels'])
    details = props([
        ('タイプ', '<span class="label" style="background:#ffebe6">◆</span> 審議案件', 'ステータス',
         f'<span class="lozenge">{spec["status"]}</span> （ワークフローを表示）'),
        ('優先度', spec['priority'], '解決状況', '完了'),
        ('影響バージョン', spec['affects'], '修正バージョン', spec['fix']),
        ('コンポーネント', m['dept'], '', ''),
        ('ラベル', labels, '', ''),
    ])
    cf = props([
        ('件名', html.escape(m['title']), '', ''),
        ('区分', m['kind'], '', ''),
        ('根拠条項', html.escape(m['basis']), '', ''),
        ('担当課', f"{m['dept']} {m['divs']}", '', ''),
        ('委託先・結合先', html.escape(m['contractor']), '', ''),
        ('委託期間（開始）', m['start'], '', ''),
        ('委託期間（終了）', m['end'], '', ''),
        ('次年度以降の継続', m['recurring'], '', ''),
        ('審議会開催回', C.AR2_SESSION, '', ''),
        ('資料番号', spec['doc_no'], '', ''),
    ], 'props cf')
    links = ''.join(
        f'<tr><td class="n" style="color:#5e6c84">{html.escape(rel)}</td><td><a>{k}</a></td>'
        f'<td>{html.escape(t)}</td><td><span class="lozenge">{st}</span></td></tr>'
        for rel, k, t, st in spec['links'])
    comments = ''.join(
        f'<div class="comment"><div class="hd">{user(n)} が追加しました - {d}</div><div>{t}</div></div>'
        for n, d, t in spec['comments'])
    side_people = props([('担当者', user(spec['assignee']), '', ''),
                         ('報告者', user(spec['reporter']), '', ''),
                         ('投票', '<span class="label">0</span> この課題に投票', '', ''),
                         ('ウォッチャー', f'<span class="label">{spec["watchers"]}</span> この課題のウォッチを開始', '', '')])
    side_dates = props([('作成日', spec['created'], '', ''), ('更新日', spec['updated'], '', ''),
                        ('期日', spec['due'], '', ''), ('解決日', spec['resolved'], '', '')])
    return f'''<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>{html.escape(tabtitle)}</title>
<style>{css}</style></head>
<body id="jira" class="aui-layout aui-theme-default page-type-navigator">
<div id="header"><span class="logo">▦ Jira Software</span><span>ダッシュボード ▾</span><span>プロジェクト ▾</span>
<span>課題 ▾</span><span>ボード ▾</span><span class="create">作成</span><span class="search">検索</span><span>？</span><span>⚙</span>
<span class="user" style="background:#ff991f">大</span></div>
<div class="banner">【お知らせ】8月6日（土）9:00～12:00はサーバ保守のためJiraを利用できません。（情報政策課）</div>
<div class="page">
<div class="bc"><span class="proj"></span>観音寺市個人情報保護審議会事務局 / <a>{key}</a></div>
<h1 class="summary">{html.escape(m['summary'])}</h1>
<div class="toolbar"><span>✎ 編集</span><span>💬 コメント</span><span>割り当て</span><span>その他 ▾</span>
<span class="wf">審議中に戻す</span><span class="wf">ワークフロー ▾</span><span style="float:right">エクスポート ▾</span><span style="float:right">共有</span></div>
<div class="cols"><div class="main">
<div class="mod"><h2>詳細</h2>{details}{cf}</div>
<div class="mod"><h2>説明</h2><div class="desc user-content-block">
{render(spec['wiki'])}
</div></div>
<div class="mod"><h2>添付ファイル</h2>{thumbs(spec['files'])}</div>
<div class="mod"><h2>課題リンク</h2><table class="links">{links}</table></div>
<div class="mod"><h2>アクティビティ</h2><div class="tabs"><span>すべて</span><span class="on">コメント</span><span>作業ログ</span><span>履歴</span><span>アクティビティ</span></div>
{comments}
<p style="font-size:8.5pt;color:#5e6c84">💬 コメント</p></div>
</div>
<div class="side">
<div class="mod"><h2>ユーザー</h2>{side_people}</div>
<div class="mod"><h2>日付</h2>{side_dates}</div>
<div class="mod"><h2>エージェント</h2><p style="font-size:8.5pt;color:#5e6c84">このプロジェクトにはサービスプロジェクトのエージェントが設定されていません。</p></div>
</div></div>
<div class="footer">Atlassian Jira <a>Project Management Software</a> (v8.20.6#820006-sha1:3a7c0f1)　·　<a>Jira について</a>　·　<a>問題の報告</a><br>ATLASSIAN</div>
</div></body></html>
'''


SPEC_42 = dict(
    status='答申済み', priority='高', affects='R4-1 事前説明', fix='令和4年度第2回', doc_no='資料3',
    labels=['委託', '要配慮個人情報', '特記事項あり', 'アンケート'],
    assignee='大西 恵', reporter='香川 悠斗', watchers='4',
    created='2022/05/18 10:02', updated='2022/06/30 16:05', due='2022/06/24', resolved='2022/06/27 14:30',
    files=[('調査票（案）_身体障害者用.pdf', '182 kB', '2022/05/30'),
           ('委託仕様書（案）.docx', '64 kB', '2022/05/30'),
           ('個人情報の流れ.png', '96 kB', '2022/06/02')],
    links=[('relates to', 'SHINGI-37', '障害福祉サービス受給者台帳システムの保守業務の委託について', '答申済み')],
    comments=[('大西 恵', '2022/06/13 09:14',
               '第2回審議会（6/24）の資料3として確定しました。介護保険の要介護度は6/10の課内協議で取得しないことになったため、'
               '説明欄の表では取消線で残しています。'),
              ('香川 悠斗', '2022/06/30 16:05',
               '答申（諮問のとおり実施して差し支えない）を受け、本日付けで株式会社瀬戸内社会調査センターと契約を締結しました。'
               '宛名データの受渡しは7月中旬の予定です。')],
)

SPEC_45 = dict(
    status='報告済み', priority='中', affects='なし', fix='令和4年度第2回', doc_no='資料5',
    labels=['外部結合', 'クラウド', '報告', '紙資料廃止'],
    assignee='大西 恵', reporter='真鍋 翔太', watchers='3',
    created='2022/05/26 13:47', updated='2022/07/05 09:12', due='2022/06/24', resolved='2022/06/27 14:41',
    files=[('システム構成図.png', '121 kB', '2022/05/26'),
           ('ミエルノート_セキュリティチェックシート.xlsx', '58 kB', '2022/06/01')],
    links=[('relates to', 'SHINGI-29', '介護認定審査会資料の印刷及び郵送業務の委託について', '答申済み')],
    comments=[('真鍋 翔太', '2022/06/01 11:20',
               '委員用タブレットは9月の委員研修会で配布します。9月開催分までは、これまでどおり紙の資料を郵送します。'),
              ('大西 恵', '2022/06/27 14:41', '第2回審議会で報告し、了承されました。')],
)


def chromium_pdf(src, dst):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
                        '--no-first-run', '--disable-background-networking', '--disable-component-update',
                        '--disable-sync', f'--user-data-dir={prof}', '--no-pdf-header-footer',
                        f'--print-to-pdf={dst}', 'file://' + src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    os.makedirs(BUILD, exist_ok=True)
    pdfs = []
    for m, spec, wk in ((C.AR2_M1, SPEC_42, wiki_42), (C.AR2_M2, SPEC_45, wiki_45)):
        spec['wiki'] = wk(m)
        with open(os.path.join(BUILD, m['key'] + '.wiki'), 'w', encoding='utf-8') as f:
            f.write(spec['wiki'] + '\n')
        page = os.path.join(BUILD, m['key'] + '.html')
        with open(page, 'w', encoding='utf-8') as f:
            f.write(issue_page(m, spec))
        pdf = os.path.join(BUILD, m['key'] + '.pdf')
        chromium_pdf(page, pdf)
        pdfs.append(pdf)
    subprocess.run(['pdfunite'] + pdfs + [OUT], check=True)
    print('wrote', OUT)


if __name__ == '__main__':
    main()
