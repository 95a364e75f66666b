#!/usr/bin/env python3
"""Self-check of the au gold (au1_yawatahama_2020, au2_yoshinogawa_2023).

1. Structure: key order and JSON types of shared/corpus/more/gold; the vocabularies of
   store.md / taxonomy.md; ISO dates; the fiscal-year rule (session if named, else FY of
   period_start); sensitive ⊂ items; files byte-identical to json.dumps(indent=1).
2. Text support: title, municipality, department, divisions, contractor substring,
   session, legal basis, every item and subject occur in the raw text (NFKC, no spaces).
3. Layout-aware checks, reading the raw document itself:
   au1 (Dropbox Paper Markdown): the overview table rows (件名, 根拠, 担当部課, 委託先/結合先,
     period dates); the item table row by row; the '- [x]' media lines (each checked line is
     a gold medium or a listed secretariat to-do; no unchecked line is a gold medium);
     every live bullet under the ward / contractor headings matched in order to a gold
     measure, every struck '~~' bullet to a withdrawn one; the annex list (count, headings).
   au2 (Google Sheets pubhtml): the cell grid rebuilt with colspan/rowspan; the 一覧 rows
     (the （参考）前年度 row excluded); per matter sheet the label rows, the two period cells
     with 〜 between, the item rows (the greyed － row excluded), the 要配慮 ○ against the gold
     (the disagreements must be exactly the documented ones), the ✓ media row against its
     header row, the numbered measure rows under both labels; the 特記事項 sheet's articles.
   The gold safeguards / clauses must equal the ordered unions of the matched codes.
Exits 1 on any failure."""
import glob
import html
import html.parser
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, HERE)
import make_gold  # noqa: E402

MORE_GOLD = '/work/shared/corpus/more/gold'
KINDS = {'report', 'consultation'}
PROCEDURES = {'outsourcing', 'external_link', 'purpose_change', 'indirect_collection',
              'external_provision', 'computer_processing', 'other'}
MEDIA = {'paper', 'removable', 'contractor_pc', 'contractor_server', 'ward_system',
         'external_system', 'email'}
CATEGORIES = set('''contract_terms responsible_staff work_procedure status_report audit
incident_response subcontract_limit purpose_limit copy_limit collection_limit certification
confidentiality training locked_storage entry_control device_lock takeout_limit
transfer_control return_erasure erasure_proof print_control access_auth access_control
encryption password_separation logging network_protection malware_protection email_safety
backup general_duty publication liability'''.split())
ERA = {'令和': 2018, '平成': 1988}

errors = []


def err(msg):
    errors.append(msg)


def nfkc(s):
    return unicodedata.normalize('NFKC', s)


def squash(s):
    return re.sub(r'\s+', '', nfkc(s))


def strip_q(s):
    prev = None
    while prev != s:
        prev, s = s, re.sub(r'[（(][^（）()]*[）)]', '', s)
    return s


# ---------------------------------------------------------------- 1 structure
def check_structure(path):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{path}: not in json.dumps(indent=1, ensure_ascii=False) form')
    ref = json.load(open(sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))[0], encoding='utf-8'))
    if list(doc) != list(ref):
        err(f'{path}: top keys {list(doc)}')
    stem = os.path.splitext(os.path.basename(path))[0]
    if doc['source'] != stem:
        err(f'{path}: source != stem')
    rm = ref['matters'][0]
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m) != list(rm):
            err(f'{w}: keys {list(m)}')
            continue
        for k, v in m.items():
            if rm[k] is not None and v is not None and type(v) is not type(rm[k]):
                err(f'{w}: {k} has type {type(v).__name__}')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind')
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure')
        if m['legal_basis'] and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis form')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: start after end')
        if m['recurring'] is False and not m['period_end']:
            err(f'{w}: recurring false without end')
        mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'] or '')
        if m['council_session'] and not mo:
            err(f'{w}: session form')
        if mo:
            fy = ERA[mo.group(1)] + (1 if mo.group(2) == '元' else int(mo.group(2)))
        else:
            y, mth = map(int, m['period_start'].split('-')[:2])
            fy = y if mth >= 4 else y - 1
        if fy != m['fiscal_year']:
            err(f'{w}: fiscal_year {m["fiscal_year"]} != {fy}')
        names = []
        for d in m['data_items']:
            if list(d) not in (['item'], ['item', 'subject']):
                err(f'{w}: item keys {list(d)}')
            if d['item'] != nfkc(d['item']) or d['item'] != strip_q(d['item']):
                err(f'{w}: item not normalised: {d["item"]}')
            names.append(d['item'])
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} items (brief: 8-20)')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive {s} not an item')
        if not m['sensitive_items'] or len(m['sensitive_items']) == len(names):
            err(f'{w}: need both sensitive and non-sensitive items')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{w}: media {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{w}: duplicate media')
        if list(m['safeguards']) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys')
        for a, cats in list(m['safeguards'].items()) + [('clauses', m['clauses'])]:
            for c in cats:
                if c not in CATEGORIES:
                    err(f'{w}: {a} category {c}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {a} categories')
        if m['title'] != nfkc(m['title']) or ' ' in m['title']:
            err(f'{w}: title not normalised')
    return doc


# ---------------------------------------------------------------- helpers
def union(lists):
    out = []
    for codes in lists:
        for c in codes:
            if c not in out:
                out.append(c)
    return out


def iso_from_ja(s):
    out = []
    for y, mth, d in re.findall(r'(\d{4})年(\d{1,2})月(\d{1,2})日', nfkc(s)):
        out.append(f'{int(y):04d}-{int(mth):02d}-{int(d):02d}')
    return out


def iso_from_slash(s):
    mo = re.fullmatch(r'(\d{4})/(\d{1,2})/(\d{1,2})', s.strip())
    return f'{int(mo.group(1)):04d}-{int(mo.group(2)):02d}-{int(mo.group(3)):02d}' if mo else None


def check_text_support(stem, text, gold):
    t = squash(text)
    tq = strip_q(t)
    has = lambda x: squash(x) in t or squash(x) in tq  # noqa: E731
    for i, m in enumerate(gold['matters'], 1):
        w = f'{stem}#{i}'
        for k in ('title', 'municipality', 'department', 'contractor_contains', 'council_session', 'legal_basis'):
            if m[k] and not has(m[k]):
                err(f'{w}: {k} not in text: {m[k]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division not in text: {d}')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{w}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in text: {d["subject"]}')


def check_measures(w, spec, found_live, found_struck, gm):
    """found_*: list of (actor, text) in document order."""
    live = [(a, s) for a, s, _ in spec['measures']]
    if len(found_live) != len(live):
        err(f'{w}: {len(found_live)} live measures in the document, {len(live)} in make_gold')
    for (fa, ft), (a, s) in zip(found_live, live):
        if fa != a or squash(s) not in squash(ft):
            err(f'{w}: measure mismatch: doc ({fa}) {ft[:40]}… vs make_gold ({a}) {s}')
    wd = [(a, s) for a, s, _ in spec['withdrawn']]
    if len(found_struck) != len(wd):
        err(f'{w}: {len(found_struck)} struck measures, {len(wd)} withdrawn in make_gold')
    for (fa, ft), (a, s) in zip(found_struck, wd):
        if fa != a or squash(s) not in squash(ft):
            err(f'{w}: withdrawn mismatch: {ft[:40]}… vs {s}')
    for actor in ('ward', 'contractor'):
        u = union(c for a, _, c in spec['measures'] if a == actor)
        if gm['safeguards'][actor] != u:
            err(f'{w}: gold {actor} safeguards {gm["safeguards"][actor]} != {u}')
        n = sum(1 for a, _, _ in spec['measures'] if a == actor)
        if not 4 <= n <= 10:
            err(f'{w}: {n} {actor} measures (brief: 4-10)')
    if gm['clauses'] != union(c for _, c in spec['articles']):
        err(f'{w}: gold clauses differ from the article mapping')


def check_annex(w, spec, found):
    """found: list of article texts, in order."""
    arts = spec['articles']
    if len(found) != len(arts):
        err(f'{w}: {len(found)} annex articles in the document, {len(arts)} in make_gold')
    for ft, (head, _) in zip(found, arts):
        if not squash(ft).startswith(squash('（' + head + '）')):
            err(f'{w}: article heading {ft[:20]} vs {head}')
    if arts and not 10 <= len(arts) <= 15:
        err(f'{w}: annex has {len(arts)} articles (brief: 10-15)')


# ---------------------------------------------------------------- au1 Markdown
def md_table_after(lines, start):
    """Paper table: an empty header row, the separator, then the label row and data rows."""
    i = start
    while i < len(lines) and not lines[i].startswith('|'):
        i += 1
    rows = []
    while i < len(lines) and lines[i].startswith('|'):
        rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')])
        i += 1
    if len(rows) < 3 or any(rows[0]) or not all(re.fullmatch(r'-+', c) for c in rows[1]):
        err(f'au1: table at line {start} is not in Paper export shape')
    return rows[2:]


def check_au1(stem, text, gold):
    lines = text.split('\n')
    if not lines[0].startswith('# '):
        err('au1: first line is not the doc title')
    starts = [i for i, l in enumerate(lines) if re.match(r'## 📌 (諮問|報告)第\d+号', l)]
    specs = make_gold.DOCS[stem]
    if len(starts) != len(specs):
        err(f'au1: {len(starts)} matter sections')
        return
    ends = starts[1:] + [next(i for i, l in enumerate(lines) if l.startswith('## 📝 メモ'))]
    # agenda table lists the same titles
    ag = md_table_after(lines, next(i for i, l in enumerate(lines) if l.startswith('## 📌 今回の案件')))
    if [r[1] for r in ag[1:]] != [m['title'] for m in gold['matters']]:
        err('au1: agenda titles differ from the gold titles')
    for k, (s, e, spec, gm) in enumerate(zip(starts, ends, specs, gold['matters']), 1):
        w = f'{stem}#{k}'
        sec = lines[s:e]
        ov = dict((r[0], r[1]) for r in md_table_after(sec, next(i for i, l in enumerate(sec) if l == '### 概要')))
        if ov.get('件名') != gm['title']:
            err(f'{w}: 件名 row {ov.get("件名")}')
        basis = next(v for kk, v in ov.items() if kk.endswith('の根拠'))
        if gm['legal_basis'] not in nfkc(basis) or '八幡浜市個人情報保護条例' not in basis:
            err(f'{w}: basis row {basis}')
        dept = ov['担当部課']
        if not dept.startswith(gm['department']) or squash(dept) != squash(gm['department'] + '・'.join(gm['divisions'])):
            err(f'{w}: 担当部課 row {dept}')
        party = ov.get('委託先') or ov.get('結合先')
        if gm['contractor_contains'] not in party:
            err(f'{w}: contractor row {party}')
        per = ov.get('委託期間') or ov.get('結合の期間')
        if iso_from_ja(per) != [gm['period_start'], gm['period_end']]:
            err(f'{w}: period row {per} vs {gm["period_start"]}–{gm["period_end"]}')
        # items
        hi = next(i for i, l in enumerate(sec) if re.match(r'### .*取り扱う個人情報', l))
        rows = md_table_after(sec, hi)
        head, body = rows[0], rows[1:]
        col = head.index('項目')
        subj = head.index('区分') if '区分' in head else None
        got = [(r[subj] if subj is not None else None, strip_q(r[col])) for r in body]
        if got != spec['items']:
            err(f'{w}: item table {got} != make_gold items')
        # media
        mi = next(i for i, l in enumerate(sec) if l == '### 記録媒体')
        cats = []
        for l in sec[mi + 1:]:
            if not l.startswith('- ['):
                if l.strip():
                    break
                continue
            checked = l.startswith('- [x]')
            hits = [c for word, c in spec['media'] if l[6:].startswith(word)]
            todo = any(t in l for t in spec['todo_lines'])
            if checked and not hits and not todo:
                err(f'{w}: checked line neither medium nor listed to-do: {l}')
            if not checked and hits:
                err(f'{w}: unchecked line taken as medium: {l}')
            if checked and hits:
                cats += hits
        if cats != [c for _, c in spec['media']] or union([[c] for c in cats]) != gm['media']:
            err(f'{w}: media {cats} vs gold {gm["media"]}')
        # measures
        live, struck, actor = [], [], None
        for l in sec:
            if l.startswith('**市が講じる措置**'):
                actor = 'ward'
            elif re.match(r'\*\*(受託者|結合先の事業者)に講じさせる措置\*\*', l):
                actor = 'contractor'
            elif l.startswith('#'):
                actor = None
            elif actor and l.startswith('- '):
                body_ = l[2:]
                if body_.startswith('~~') and body_.endswith('~~'):
                    struck.append((actor, body_))
                else:
                    live.append((actor, body_))
        check_measures(w, spec, live, struck, gm)
        # annex
        found, inside = [], False
        for l in sec:
            if l.startswith('### 📎 別記'):
                inside = True
            elif l.startswith('#') or l.startswith('---'):
                inside = False
            elif inside and re.match(r'\d+\. ', l):
                n, t = l.split('. ', 1)
                if int(n) != len(found) + 1:
                    err(f'{w}: annex numbering {n}')
                found.append(t)
        check_annex(w, spec, found)
    # memo answers back the recurring readings
    memo = squash('\n'.join(lines[ends[-1]:]))
    if not ('令和3年度以降も同じ内容で毎年度委託する予定' in memo and '2021年4月以降も本格運用として結合を続ける' in memo):
        err('au1: memo answers behind recurring=true not found')


# ---------------------------------------------------------------- au2 pubhtml
class Grid(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.sheets = {}      # gid -> list of rows (list of (col, cls, text, cs, rs))
        self.names = {}       # gid -> tab name
        self.gid = None
        self.cur_row = None
        self.cell = None
        self.tab = None
        self.skip = 0
        self.footer = ''
        self.in_footer = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ('style', 'script'):
            self.skip += 1
        if tag == 'li' and (a.get('id') or '').startswith('sheet-button-'):
            self.tab = [a['id'][len('sheet-button-'):], '']
        if tag == 'div' and a.get('id') and re.fullmatch(r'\d+', a['id']):
            self.gid = a['id']
            self.sheets[self.gid] = []
        if tag == 'div' and a.get('id') == 'footer':
            self.in_footer = True
        if tag == 'tr' and self.gid is not None:
            self.cur_row = []
        if tag == 'td' and self.cur_row is not None:
            self.cell = [a.get('class', ''), '', int(a.get('colspan', 1)), int(a.get('rowspan', 1))]
        if tag == 'br' and self.cell is not None:
            self.cell[1] += '\n'

    def handle_endtag(self, tag):
        if tag in ('style', 'script'):
            self.skip -= 1
        if tag == 'li' and self.tab:
            self.names[self.tab[0]] = self.tab[1]
            self.tab = None
        if tag == 'td' and self.cell is not None:
            self.cur_row.append(tuple(self.cell))
            self.cell = None
        if tag == 'tr' and self.cur_row is not None:
            if self.cur_row and not any('freezebar' in c[0] for c in self.cur_row):
                self.sheets[self.gid].append(self.cur_row)
            self.cur_row = None
        if tag == 'div' and self.in_footer:
            self.in_footer = False

    def handle_data(self, data):
        if self.skip:
            return
        if self.tab is not None:
            self.tab[1] += data
        if self.cell is not None:
            self.cell[1] += data
        if self.in_footer:
            self.footer += data


def grid_of(rows):
    """Place cells by column, honouring colspan / rowspan: {(r, c): (cls, text, origin)}."""
    g, taken = {}, set()
    for r, row in enumerate(rows):
        c = 0
        for cls, text, cs, rs in row:
            while (r, c) in taken:
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
                    g[(r + dr, c + dc)] = (cls, text.strip(), (r, c))
            c += cs
    return g


def cell(g, r, c):
    return g.get((r, c), ('', '', None))[1]


def check_au2(stem, text, gold):
    p = Grid()
    p.feed(text)
    for must in ('Google ドライブで公開', '5 分ごとに自動更新'):
        if must not in p.footer:
            err(f'au2: footer lacks {must}')
    byname = {p.names[g]: grid_of(rows) for g, rows in p.sheets.items()}
    if list(p.names.values()) != ['一覧', '案件1', '案件2', '特記事項']:
        err(f'au2: sheet tabs {list(p.names.values())}')
    specs = make_gold.DOCS[stem]
    # 一覧
    g = byname['一覧']
    nrows = max(r for r, _ in g) + 1
    hdr = next(r for r in range(nrows) if cell(g, r, 1) == '番号')
    listed = []
    for r in range(hdr + 1, nrows):
        no, title = cell(g, r, 1), cell(g, r, 2)
        if re.fullmatch(r'\d+', no):
            listed.append(title)
        elif title and '前年度' not in no:
            err(f'au2: 一覧 row {r + 1} unclear: {no} {title}')
    if listed != [m['title'] for m in gold['matters']]:
        err(f'au2: 一覧 titles {listed}')
    for k, (spec, gm) in enumerate(zip(specs, gold['matters']), 1):
        w = f'{stem}#{k}'
        g = byname[f'案件{k}']
        nrows = max(r for r, _ in g) + 1
        lab = {}
        for r in range(nrows):
            b = cell(g, r, 1)
            if b and g[(r, 1)][2] == (r, 1):
                lab[b] = r
        val = lambda L: cell(g, lab[L], 2)  # noqa: E731
        if val('件名') != gm['title']:
            err(f'{w}: 件名 cell {val("件名")}')
        if val('区分') != {'report': '報告', 'consultation': '諮問'}[gm['matter_kind']]:
            err(f'{w}: 区分 cell')
        if not nfkc(val('根拠規定')).endswith(gm['legal_basis']) or '吉野川市個人情報の保護に関する法律施行条例' not in val('根拠規定'):
            err(f'{w}: 根拠規定 cell')
        r = lab['担当部課']
        if cell(g, r, 2) != gm['department'] or cell(g, r, 3).split('・') != gm['divisions']:
            err(f'{w}: 担当部課 cells {cell(g, r, 2)} / {cell(g, r, 3)}')
        if gm['contractor_contains'] not in val('委託先'):
            err(f'{w}: 委託先 cell')
        r = lab['委託期間']
        if (iso_from_slash(cell(g, r, 2)), cell(g, r, 3), iso_from_slash(cell(g, r, 4))) != \
                (gm['period_start'], '〜', gm['period_end']) or \
                (cell(g, r, 2), cell(g, r, 4)) != spec['period_cells']:
            err(f'{w}: period cells {cell(g, r, 2)} {cell(g, r, 3)} {cell(g, r, 4)}')
        rec = cell(g, r, 5)
        if gm['recurring'] != ('以降も' in rec and '予定' in rec):
            err(f'{w}: recurring vs note {rec}')
        # items
        r0 = lab['取り扱う個人情報']
        if [cell(g, r0, c) for c in range(2, 6)] != ['番号', '対象者', '項目', '要配慮']:
            err(f'{w}: item header row')
        got, marks = [], {}
        r = r0 + 1
        while cell(g, r, 1) == '取り扱う個人情報':
            no, subj, item, mark = (cell(g, r, c) for c in range(2, 6))
            if re.fullmatch(r'\d+', no):
                got.append((subj, strip_q(item)))
                marks[item] = mark == '○'
            elif no != '－':
                err(f'{w}: item row {r + 1} number {no}')
            r += 1
        if got != spec['items']:
            err(f'{w}: item rows {got} != make_gold items')
        disagree = {i for i, m in marks.items() if m != (i in gm['sensitive_items'])}
        if disagree != set(spec['mark_disagree']):
            err(f'{w}: 要配慮 disagreements {sorted(disagree)} != documented {sorted(spec["mark_disagree"])}')
        # media
        r = lab['記録媒体']
        heads = [cell(g, r, c) for c in range(2, 9)]
        ticks = [cell(g, r + 1, c) for c in range(2, 9)]
        used = [h for h, t in zip(heads, ticks) if t == '✓']
        if any(t not in ('✓', '') for t in ticks):
            err(f'{w}: odd media mark')
        if used != [word for word, _ in spec['media']] or [c for _, c in spec['media']] != gm['media']:
            err(f'{w}: media ✓ {used} vs make_gold {spec["media"]}')
        # measures
        live = []
        for label, actor in (('市が講じる安全管理措置', 'ward'), ('受託者に講じさせる安全管理措置', 'contractor')):
            r = lab[label]
            n = 1
            while cell(g, r, 1) == label:
                if cell(g, r, 2) != str(n):
                    err(f'{w}: {label} numbering at row {r + 1}')
                live.append((actor, cell(g, r, 3)))
                r += 1
                n += 1
        check_measures(w, spec, live, [], gm)
        # annex
        found = []
        if spec['articles']:
            ga = byname['特記事項']
            if spec['title'] not in cell(ga, 0, 1).replace('業務委託契約書', '業務の委託について') and \
                    '案件' + str(k) not in cell(ga, 0, 1):
                err(f'{w}: 特記事項 sheet does not name this matter')
            nr = max(r for r, _ in ga) + 1
            for r in range(nr):
                mo = re.fullmatch(r'第(\d+)条', cell(ga, r, 1))
                if mo:
                    if int(mo.group(1)) != len(found) + 1:
                        err(f'{w}: article numbering')
                    found.append(cell(ga, r, 2))
        check_annex(w, spec, found)


# ---------------------------------------------------------------- main
def plain_text(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        t = re.sub(r'<(style|script)[^>]*>.*?</\1>', ' ', t, flags=re.S)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    else:
        t = re.sub(r'~~.*?~~', ' ', t)          # struck lines support nothing
    return t


def main():
    files = sorted(glob.glob(os.path.join(ROOT, 'gold', 'au*.json')))
    stems = [os.path.splitext(os.path.basename(f))[0] for f in files]
    if stems != sorted(make_gold.DOCS):
        err(f'gold files {stems}')
    n = 0
    for f, stem in zip(files, stems):
        gold = check_structure(f)
        raws = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
        if len(raws) != 1:
            err(f'{stem}: raw file {raws}')
            continue
        raw = open(raws[0], encoding='utf-8').read()
        check_text_support(stem, plain_text(raws[0]), gold)
        (check_au1 if stem.startswith('au1') else check_au2)(stem, raw, gold)
        n += len(gold['matters'])
    clauses = sum(1 for f in files for m in json.load(open(f))['matters'] if m['clauses'])
    if clauses < 1:
        err('no matter has an annex')
    print(f'{len(files)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
