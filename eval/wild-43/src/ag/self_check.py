#!/usr/bin/env python3
"""Self-check of the wild-43 'ag' gold (ag1_tsukuba_2024, ag2_iida_2017).

1. Structure: key order and JSON types of shared/corpus/more/gold; the spec's
   enumerations (store.md, taxonomy.md); ISO dates; the fiscal-year rule; sensitive
   items a subset of the items; the file is byte-identical to json.dumps(indent=1).
2. The gold equals what make_gold.py derives from its annotations (no hand edits).
3. Format of the raw files: the Notion export features of ag1; CP932 / CRLF / form
   feeds / full-width digits / box widths / page header and footer / the frame broken
   over a page of ag2.
4. Support in the raw text, per matter section: title, department, divisions,
   contractor substring, legal basis, session, municipality, every item as written
   (and the item = the written form without its parenthesised qualifier), every
   subject, every media word, the period dates (era dates converted), recurrence,
   every safeguard sentence (one annotation per measure, counts equal, the key phrase
   inside the actor's own section), every annex article (count and key phrase).
5. Size rules of the brief: 8-20 items, 4-10 measures per actor, annexes of 10-15
   articles, some sensitive and some look-alike non-sensitive items per matter.
Exit status 1 on any failure."""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
MORE_GOLD = '/work/shared/corpus/more/gold'
sys.path.insert(0, HERE)
import make_gold  # noqa: E402

KINDS = {'report', 'consultation'}
PROCEDURES = {'outsourcing', 'external_link', 'purpose_change', 'indirect_collection',
              'external_provision', 'computer_processing', 'other'}
MEDIA = {'paper', 'removable', 'contractor_pc', 'contractor_server', 'ward_system',
         'external_system', 'email'}
CATEGORIES = {
    'contract_terms', 'responsible_staff', 'work_procedure', 'status_report', 'audit',
    'incident_response', 'subcontract_limit', 'purpose_limit', 'copy_limit',
    'collection_limit', 'certification', 'confidentiality', 'training', 'locked_storage',
    'entry_control', 'device_lock', 'takeout_limit', 'transfer_control', 'return_erasure',
    'erasure_proof', 'print_control', 'access_auth', 'access_control', 'encryption',
    'password_separation', 'logging', 'network_protection', 'malware_protection',
    'email_safety', 'backup', 'general_duty', 'publication', 'liability'}
# words of store.md's sensitive list (要配慮個人情報 and the council extras)
SENSITIVE_WORDS = ('障害', '疾病', '病歴', '既往', 'アレルギー疾患', '健診結果', '健康診断の結果',
                   '所見', '妊娠週数', '要介護', '要支援', '生活保護', '服薬', '医療機関名')

STEMS = sorted(make_gold.DOCS)
errors = []


def err(msg):
    errors.append(msg)


def N(s):
    """NFKC, no whitespace."""
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


# ------------------------------------------------------------------ 1. structure
def template():
    files = sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys())


def check_structure(path, doc_keys, matter_keys):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    stem = os.path.splitext(os.path.basename(path))[0]
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc['source'] != stem:
        err(f'{stem}: source {doc["source"]}')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())} != {matter_keys}')
            continue
        for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{w}: {k} must be a non-empty string')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure {m["procedure"]}')
        if not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis'] or ''):
            err(f'{w}: legal_basis {m["legal_basis"]}')
        if not m['divisions'] or not all(isinstance(x, str) and x for x in m['divisions']):
            err(f'{w}: divisions')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{w}: recurring false without end (call 8)')
        if not isinstance(m['fiscal_year'], int):
            err(f'{w}: fiscal_year type')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            if not mo:
                err(f'{w}: council_session {m["council_session"]}')
            else:
                n = 1 if mo.group(2) == '元' else int(mo.group(2))
                fy = (2018 if mo.group(1) == '令和' else 1988) + n
                if fy != m['fiscal_year']:
                    err(f'{w}: fiscal_year {m["fiscal_year"]} != session FY {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            if m['fiscal_year'] != (y if mo_ >= 4 else y - 1):
                err(f'{w}: fiscal_year vs period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']):
                err(f'{w}: item not NFKC {d["item"]}')
            names.append(d['item'])
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive item {s} not an item')
            if not any(x in s for x in SENSITIVE_WORDS):
                err(f'{w}: sensitive item {s} matches no word of the spec list')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{w}: media {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{w}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys')
        for actor, cats in m['safeguards'].items():
            for c in cats:
                if c not in CATEGORIES:
                    err(f'{w}: {actor} category {c}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {actor} categories')
        for c in m['clauses']:
            if c not in CATEGORIES:
                err(f'{w}: clause {c}')
        if len(set(m['clauses'])) != len(m['clauses']):
            err(f'{w}: duplicate clauses')
        if m['title'] != unicodedata.normalize('NFKC', m['title']) or re.search(r'\s', m['title']):
            err(f'{w}: title not normalised')
        if m['safeguards']['contractor'] and not m['contractor_contains']:
            err(f'{w}: contractor safeguards without contractor')
    return doc


# ------------------------------------------------------------------ raw files
def raw_path(stem):
    c = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(c) != 1:
        err(f'{stem}: raw file not unique: {c}')
        return None
    return c[0]


def box_rows(lines, v='┃', top='┏', sep='┣', bottom='┗'):
    """Re-join box cells.  Returns rows [label, value] in order; a frame whose first
    row has an empty label continues the previous row (page break)."""
    rows = []
    cur = None
    first_in_frame = False
    for ln in lines:
        s = ln.rstrip('\r')
        if s.startswith(top):
            first_in_frame = True
            cur = None
            continue
        if s.startswith(sep):
            cur = None
            first_in_frame = False
            continue
        if s.startswith(bottom):
            cur = None
            continue
        if s.startswith(v) and s.endswith(v) and s.count(v) == 3:
            _, a, b, _ = s.split(v)
            a, b = a.strip('\u3000'), b.rstrip('\u3000')
            if cur is None:
                if first_in_frame and a == '' and rows:
                    cur = rows[-1]          # continuation after a page break
                else:
                    cur = ['', '']
                    rows.append(cur)
                first_in_frame = False
            cur[0] += a
            cur[1] += b
    return rows


# ---- ag1 (Notion markdown)
def ag1_sections(text):
    i1 = text.index('## 資料1')
    i2 = text.index('## 資料2')
    i3 = text.index('## 資料3')
    db = text[text.index('## 案件一覧'):text.index('## 進行メモ')]
    rows = [ln for ln in db.splitlines() if ln.startswith('| [')]
    if len(rows) != 3:
        err(f'ag1: expected 3 database rows, got {len(rows)}')
    s1, s2 = text[i1:i2], text[i2:i3]
    ctx = [rows[0] + '\n' + s1, rows[1] + '\n' + s2]

    def details(summary_word):
        m = re.search(r'<details>\s*<summary>[^<]*' + summary_word + r'[^<]*</summary>(.*?)</details>', s1, re.S)
        return m.group(1) if m else ''

    def bullets(block):
        return [ln[2:] for ln in block.splitlines() if ln.startswith('- ')]

    w2 = s2[s2.index('#### 市（教育委員会）が講じる措置'):s2.index('#### 事業者に求める措置')]
    c2 = s2[s2.index('#### 事業者に求める措置'):]
    measures = [
        {'ward': bullets(details('市が講じる措置')), 'contractor': bullets(details('受託者に講じさせる措置'))},
        {'ward': bullets(w2), 'contractor': bullets(c2.split('\n---')[0])},
    ]
    annex = s1[s1.index('### 別記'):]
    arts = re.findall(r'^(\d+)\. (.*)$', annex, re.M)
    articles = [{int(n): body for n, body in arts}, {}]
    return ctx, measures, articles


def check_ag1_format(text):
    need = ['\nステータス: ', '\n担当: ', '\n会議日: ', '\nタグ: ', '<aside>', '</aside>', '<details>',
            '<summary>', '</details>', '\n- [ ] ', '\n- [x] ', '\n---\n', '\n## ', '\n### ', '\n1. ',
            '@髙橋 美咲', '\n    - ']
    for x in need:
        if x not in text:
            err(f'ag1: Notion export feature missing: {x!r}')
    if not text.startswith('# '):
        err('ag1: title line')
    links = re.findall(r'\]\(([^)]*%20[0-9a-f]{32}\.md)\)', text)
    if len(links) < 3:
        err('ag1: sub-page links of the database view')
    sync = [ln for ln in text.splitlines() if ln.startswith('🔁')]
    if len(sync) != 2 or sync[0] != sync[1]:
        err('ag1: the synced block must appear twice, identical')
    if '\r' in text:
        err('ag1: CR in a Notion export')
    if '**使うもの**' not in text or '**使わないもの**' not in text:
        err('ag1: flattened column layout')


# ---- ag2 (CP932 word-processor text)
def check_ag2_format(data):
    try:
        text = data.decode('cp932')
    except UnicodeDecodeError as e:
        err(f'ag2: not CP932: {e}')
        return ''
    if re.search(rb'(?<!\r)\n', data):
        err('ag2: bare LF')
    if re.search(rb'\r(?!\n)', data):
        err('ag2: bare CR')
    if re.search(r'[0-9A-Za-z]', text):
        err('ag2: half-width digits or letters: ' + ','.join(sorted(set(re.findall(r'[0-9A-Za-z]', text)))))
    pages = text.split('\f')
    for n, pg in enumerate(pages, 1):
        lines = pg.split('\r\n')
        if not lines[0].startswith('平成２９年度　第２回　飯田市個人情報保護審査会　資料'):
            err(f'ag2: page {n} header')
        foot = [ln for ln in lines if ln.strip()][-1].strip('\u3000')
        exp = '－　' + ''.join(chr(ord(c) + 0xfee0) for c in str(n)) + '　－'
        if foot != exp:
            err(f'ag2: page {n} footer {foot!r} != {exp!r}')
        for ln in lines:
            if ln[:1] and ln[0] in '┏┃┣┗┌│├└' and len(ln) != 38:
                err(f'ag2: page {n}: box line of width {len(ln)}: {ln}')
            if len(ln) > 38:
                err(f'ag2: page {n}: line longer than 38: {ln}')
    # the broken form: a page ending with a closed frame, the next opening a frame
    # whose first row has an empty label
    broken = False
    for a, b in zip(pages, pages[1:]):
        la = [ln for ln in a.split('\r\n') if ln[:1] and ln[0] in '┏┃┣┗']
        lb = [ln for ln in b.split('\r\n') if ln[:1] and ln[0] in '┏┃┣┗']
        if la and lb and la[-1].startswith('┗') and lb[0].startswith('┏') and lb[1].startswith('┃\u3000\u3000\u3000\u3000\u3000┃'):
            broken = True
    if not broken:
        err('ag2: no form broken across a page break')
    if '┌' not in text or '│' not in text:
        err('ag2: thin table missing')
    return text


def ag2_sections(text):
    pages = text.split('\f')
    p_m1 = '\f'.join(pages[1:4])
    p_m2 = '\f'.join(pages[4:6])
    ctx, measures, articles = [], [], []
    for part, thin in ((p_m1, False), (p_m2, True)):
        lines = part.split('\r\n')
        rows = box_rows(lines)
        joined = '\n'.join(a + '：' + b for a, b in rows)
        free = '\n'.join(ln for ln in lines if not (ln[:1] and ln[0] in '┏┃┣┗┌│├└'))
        ms = {'ward': [], 'contractor': []}
        if not thin:
            for a, b in rows:
                if a == '市が講ずる保護措置':
                    ms['ward'] = [x for x in re.split(r'[①②③④⑤⑥⑦⑧⑨⑩]', b) if x]
                if a == '受託者に講じさせる保護措置':
                    ms['contractor'] = [x for x in re.split(r'[①②③④⑤⑥⑦⑧⑨⑩]', b) if x]
            arts = {}
            ann = free[free.index('個人情報取扱特記事項'):]
            blocks = re.split(r'\n(?=（[^）]+）\n第)', ann)
            for blk in blocks:
                mo = re.match(r'（([^）]+)）\n第([０-９]+)条', blk)
                if mo:
                    n = int(unicodedata.normalize('NFKC', mo.group(2)))
                    arts[n] = blk
            articles.append(arts)
            tjoined = ''
        else:
            i1 = part.index('（１）市が講ずる措置')
            i2 = part.index('（２）結合先の運営主体に講じさせる措置')
            t1 = box_rows(part[i1:i2].split('\r\n'), '│', '┌', '├', '└')
            t2 = box_rows(part[i2:].split('\r\n'), '│', '┌', '├', '└')
            ms['ward'] = [x for a, b in t1[1:] for x in b.split('・') if x]
            ms['contractor'] = [x for a, b in t2[1:] for x in b.split('・') if x]
            tjoined = '\n'.join(a + '：' + b for a, b in t1 + t2)
            articles.append({})
        measures.append(ms)
        ctx.append(joined + '\n' + tjoined + '\n' + free)
    return ctx, measures, articles


# ------------------------------------------------------------------ dates
KANJI = {'元': 1}


def dates_in(text):
    t = unicodedata.normalize('NFKC', text)
    t = re.sub(r'\s+', '', t)
    out = set()
    for era, y, m, d in re.findall(r'(令和|平成)(元|\d+)年(\d+)月(\d+)日', t):
        yy = (2018 if era == '令和' else 1988) + (1 if y == '元' else int(y))
        out.add(f'{yy:04d}-{int(m):02d}-{int(d):02d}')
    for y, m, d in re.findall(r'(?<![0-9成和])(\d{4})年(\d+)月(\d+)日', t):
        out.add(f'{int(y):04d}-{int(m):02d}-{int(d):02d}')
    return out


# ------------------------------------------------------------------ support
def check_matter(w, g, a, ctx_raw, ms, arts, whole):
    ctx = N(ctx_raw)
    plain = strip_parens(ctx)

    def has(x):
        x = N(x)
        return x in ctx or x in plain

    for k in ('title', 'department', 'contractor_contains', 'legal_basis'):
        if g[k] and not has(g[k]):
            err(f'{w}: {k} not in its section: {g[k]}')
    for d in g['divisions']:
        if not has(d):
            err(f'{w}: division not in its section: {d}')
    if g['council_session'] and N(g['council_session']) not in N(whole):
        err(f'{w}: session not in text')
    if g['municipality'] not in N(whole):
        err(f'{w}: municipality not in text')
    # items
    n_items = len(a['items'])
    if not 8 <= n_items <= 20:
        err(f'{w}: {n_items} items (brief: 8-20)')
    for subj, item, raw in a['items']:
        if N(raw) not in ctx:
            err(f'{w}: item as written not in its section: {raw}')
        if strip_parens(N(raw)) != item:
            err(f'{w}: item {item} is not the written form without qualifier ({raw})')
        if subj and not has(subj):
            err(f'{w}: subject not in its section: {subj}')
    if not a['sensitive'] or not a['not_sensitive']:
        err(f'{w}: needs sensitive and look-alike non-sensitive items')
    items = [i for _s, i, _r in a['items']]
    for x in a['not_sensitive']:
        if x not in items:
            err(f'{w}: look-alike {x} not an item')
        if x in a['sensitive']:
            err(f'{w}: {x} both sensitive and look-alike')
    # media
    for code, word in a['media']:
        if code not in MEDIA:
            err(f'{w}: media code {code}')
        if not has(word):
            err(f'{w}: media word not in its section: {word}')
    # period
    ds = dates_in(ctx_raw)
    for k in ('period_start', 'period_end'):
        if g[k] and g[k] not in ds:
            err(f'{w}: {k} {g[k]} not among the dates of its section {sorted(ds)}')
    if (('以降も' in ctx) != bool(g['recurring'])):
        err(f'{w}: recurring {g["recurring"]} vs 以降も in the text')
    # safeguards
    for actor in ('ward', 'contractor'):
        ann = a[actor]
        found = [N(x) for x in ms[actor]]
        if not 4 <= len(found) <= 10:
            err(f'{w}: {actor} has {len(found)} measures (brief: 4-10)')
        if len(found) != len(ann):
            err(f'{w}: {actor}: {len(found)} measures in the text, {len(ann)} annotated')
        for j, (key, codes) in enumerate(ann):
            if j < len(found) and N(key) not in found[j]:
                err(f'{w}: {actor} measure {j + 1}: key {key!r} not in {found[j]!r}')
            for c in codes:
                if c not in CATEGORIES or c in ('general_duty', 'publication', 'liability'):
                    err(f'{w}: {actor} code {c}')
    # clauses
    if a['clauses']:
        if not 10 <= len(a['clauses']) <= 15:
            err(f'{w}: annex of {len(a["clauses"])} articles (brief: 10-15)')
        if sorted(arts) != list(range(1, len(a['clauses']) + 1)):
            err(f'{w}: annex articles in the text {sorted(arts)} vs {len(a["clauses"])} annotated')
        for n, key, codes in a['clauses']:
            if n not in arts or N(key) not in N(arts[n]):
                err(f'{w}: article {n}: key {key!r} not found')
    elif arts:
        err(f'{w}: an annex is in the text but no clauses are annotated')


def main():
    doc_keys, matter_keys = template()
    n = 0
    for stem in STEMS:
        gp = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(gp):
            err(f'{stem}: gold missing')
            continue
        doc = check_structure(gp, doc_keys, matter_keys)
        # 2. gold == derived from annotations
        exp = [make_gold.to_gold(m) for m in make_gold.DOCS[stem]]
        if doc['matters'] != exp:
            err(f'{stem}: gold differs from make_gold.py annotations (hand edit?)')
        rp = raw_path(stem)
        if not rp:
            continue
        data = open(rp, 'rb').read()
        if stem.startswith('ag1'):
            text = data.decode('utf-8')
            check_ag1_format(text)
            ctx, measures, articles = ag1_sections(text)
        else:
            text = check_ag2_format(data)
            ctx, measures, articles = ag2_sections(text)
            text = '\n'.join(ln for a_, b_ in box_rows(text.split('\r\n')) for ln in (a_, b_)) + text
        if len(doc['matters']) != 2:
            err(f'{stem}: {len(doc["matters"])} matters (brief: 2)')
        for i, (g, a) in enumerate(zip(doc['matters'], make_gold.DOCS[stem])):
            check_matter(f'{stem}#{i + 1}', g, a, ctx[i], measures[i], articles[i], text)
            n += 1
    if not any(m['clauses'] for s in STEMS for m in make_gold.DOCS[s]):
        err('no matter has an annex')
    print(f'{len(STEMS)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
