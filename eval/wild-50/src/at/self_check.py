#!/usr/bin/env python3
"""Self-check of the wild-50 gold of letter `at` (at1_shimanto_2022, at2_ozu_2021).

1. Structure: each gold file has the keys of /work/shared/corpus/more/gold/*.json in the
   same order and of the same JSON types; enumerations are those of store.md and
   taxonomy.md; dates are ISO; fiscal_year follows the session (else period_start);
   sensitive_items are a subset of the items; the file is byte-identical to
   json.dumps(indent=1, ensure_ascii=False) + newline; the file equals what make_gold.py
   derives from its per-sentence readings.
2. Brief: two matters per document; 8-20 items; at least one sensitive and one
   non-sensitive item; 4-10 measures per actor; one annex of 10-15 articles per document.
3. Support in the raw document (text extracted with html tags stripped, or with
   pdftotext for the PDF; NFKC; whitespace removed), inside the matter's own region:
   title, municipality, department, divisions, contractor substring, session, legal
   basis, each period date as written, each item (and subject), each media word, each
   safeguard sentence snippet (in document order per actor), each article label of
   the annex and the article count.  Ruled-out things are checked too: struck measures
   sit inside <s>, unchecked media boxes are unchecked, ruled-out items are not gold.
Exit status 1 on any failure."""
import glob
import html
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
MORE_GOLD = '/work/shared/corpus/more/gold'
sys.dont_write_bytecode = True
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

STEMS = ['at1_shimanto_2022', 'at2_ozu_2021']
errors = []


def err(msg):
    errors.append(msg)


def N(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'\s+', '', s)


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


# ------------------------------------------------------------------ structure
def reference_form():
    f = sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))[0]
    doc = json.load(open(f, encoding='utf-8'))
    m = doc['matters'][0]
    return list(doc.keys()), list(m.keys()), {k: type(v).__name__ for k, v in m.items()}


def check_structure(path, doc_keys, matter_keys, types):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    stem = os.path.splitext(os.path.basename(path))[0]
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc.get('source') != stem:
        err(f'{stem}: source {doc.get("source")}')
    expected = [make_gold.gold_matter(m) for m in make_gold.MATTERS[stem]]
    if doc['matters'] != expected:
        err(f'{stem}: gold file differs from make_gold.py readings (re-run make_gold.py)')
    if len(doc['matters']) != 2:
        err(f'{stem}: {len(doc["matters"])} matters, expected 2')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())}')
            continue
        for k in ('title', 'municipality', 'department', 'data_items', 'divisions', 'media',
                  'sensitive_items', 'safeguards', 'clauses', 'fiscal_year', 'matter_kind', 'procedure'):
            if type(m[k]).__name__ != types[k]:
                err(f'{w}: {k} has type {type(m[k]).__name__}, reference {types[k]}')
        for k in ('legal_basis', 'contractor_contains', 'council_session', 'period_start', 'period_end'):
            if m[k] is not None and not isinstance(m[k], str):
                err(f'{w}: {k} must be string or null')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis form {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring {m["recurring"]}')
        if m['period_end'] is None and m['recurring'] is not None:
            err(f'{w}: recurring must be null without an end date (call 8)')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            if not mo:
                err(f'{w}: council_session form')
            else:
                n = 1 if mo.group(2) == '元' else int(mo.group(2))
                fy = (2018 if mo.group(1) == '令和' else 1988) + n
                if fy != m['fiscal_year']:
                    err(f'{w}: fiscal_year {m["fiscal_year"]} != session FY {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            if (y if mo_ >= 4 else y - 1) != m['fiscal_year']:
                err(f'{w}: fiscal_year vs period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or re.search(r'[()（）※]', d['item']):
                err(f'{w}: item not normalised: {d["item"]}')
            names.append(d['item'])
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} items (brief: 8-20)')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive item {s} is not an item')
        if not m['sensitive_items'] or len(set(names) - set(m['sensitive_items'])) == 0:
            err(f'{w}: needs both sensitive and non-sensitive items')
        if len(set(m['media'])) != len(m['media']) or not set(m['media']) <= MEDIA:
            err(f'{w}: media {m["media"]}')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys')
        for a, cats in m['safeguards'].items():
            if not set(cats) <= CATEGORIES or len(set(cats)) != len(cats):
                err(f'{w}: {a} categories {cats}')
        if not set(m['clauses']) <= CATEGORIES or len(set(m['clauses'])) != len(m['clauses']):
            err(f'{w}: clauses {m["clauses"]}')
        if m['contractor_contains'] is None and m['safeguards']['contractor']:
            err(f'{w}: contractor safeguards without a contractor')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{w}: title not NFKC')
    return doc


# ------------------------------------------------------------------ raw text
def raw_path(stem):
    c = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(c) != 1:
        err(f'{stem}: raw file not found uniquely: {c}')
        return None
    return c[0]


def html_text(src):
    t = re.sub(r'<(br|/div|/li|/tr|/p|/h\d|hr)[^>]*>', '\n', src)
    t = re.sub(r'<[^>]+>', '', t)
    return html.unescape(t)


def pdf_pages(path):
    # -raw keeps the content-stream order, so a wrapped cell stays joined and a Latin run
    # (USB) stays with its Japanese neighbour; the default mode splits them.
    out = subprocess.run(['pdftotext', '-raw', path, '-'], check=True, capture_output=True).stdout.decode('utf-8')
    return out.split('\f')


def regions_at1(src):
    """Return ([region text per matter], annex region per matter) as normalised text."""
    full = N(html_text(src))
    a = full.find(N('■ 諮問第5号'))
    b = full.find(N('■ 諮問第6号'))
    c = full.find(N('以下、市HPの審議会ページ'))
    if min(a, b, c) < 0 or not a < b < c:
        err('at1: matter markers not found in order')
        return [full, full], ['', '']
    r1, r2 = full[a:b], full[b:c]
    s = r1.find(N('▼別紙（諮問第5号）個人情報取扱特記事項'))
    annex1 = r1[s:] if s >= 0 else ''
    if s < 0:
        err('at1#1: annex marker not found')
    return [r1, r2], [annex1, '']


def regions_at2(path):
    pages = [p for p in pdf_pages(path) if p.strip()]
    recs = {'SG-2021-0007': '', 'SG-2021-0011': ''}
    for p in pages:
        hits = [k for k in recs if k + ' | 審議案件 | Salesforce' in p or k + ' |' in p]
        if len(hits) != 1:
            err(f'at2: a page does not carry exactly one record header: {hits}')
            continue
        recs[hits[0]] += p + '\n'
    regs = [N(recs['SG-2021-0007']), N(recs['SG-2021-0011'])]
    annexes = []
    for r in regs:
        s = r.find(N('特記事項（全文）'))
        e = r.find(N('付帯意見'))
        annexes.append(r[s:e] if 0 <= s < e else '')
    return regs, annexes


def check_support(doc, path):
    stem = doc['source']
    src = open(path, encoding='utf-8').read() if path.endswith('.html') else None
    if stem.startswith('at1'):
        regs, annexes = regions_at1(src)
    else:
        regs, annexes = regions_at2(path)
    full = N(html_text(src)) if src else N('\n'.join(pdf_pages(path)))
    struck = [N(html_text(x)) for x in re.findall(r'<s>(.*?)</s>', src or '', re.S)]
    for i, (g, m) in enumerate(zip(doc['matters'], make_gold.MATTERS[stem]), 1):
        w = f'{stem}#{i}'
        reg = regs[i - 1]
        plain = strip_parens(reg)

        def has(x, where=reg):
            x = N(x)
            return x in where or x in strip_parens(where)

        for k in ('title', 'department', 'contractor_contains', 'legal_basis'):
            if g[k] and not has(g[k]):
                err(f'{w}: {k} not in the matter region: {g[k]}')
        # at1 names the session once, in the note header; at2 in each record's 付議会議
        if g['council_session'] and not has(g['council_session'], full if stem.startswith('at1') else reg):
            err(f'{w}: council_session not in text: {g["council_session"]}')
        if not has(g['municipality'], full):
            err(f'{w}: municipality not in text')
        for d in g['divisions']:
            if not has(d):
                err(f'{w}: division not in region: {d}')
        for x in m['dates']:
            if not has(x):
                err(f'{w}: period date not in region: {x}')
        # items: each item (and subject) in the region, outside struck text
        for d in g['data_items']:
            if not has(d['item']):
                err(f'{w}: item not in region: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in region: {d["subject"]}')
        names = [d['item'] for d in g['data_items']]
        for x in m['items_x']:
            if not has(x):
                err(f'{w}: ruled-out item not in region: {x}')
            if x in names:
                err(f'{w}: ruled-out item is gold: {x}')
        # media
        cats = []
        for word, cat in m['media_w']:
            if not has(word):
                err(f'{w}: media word not in region: {word}')
            cats.append(cat)
        if sorted(set(cats)) != sorted(g['media']):
            err(f'{w}: media words give {sorted(set(cats))}, gold {sorted(g["media"])}')
        for x in m['media_x']:
            if not has(x):
                err(f'{w}: ruled-out media word not in region: {x}')
        if src is not None:
            boxes = re.findall(r'<div>(<input type="checkbox"( checked="checked")?/>|<en-todo checked="(true|false)"/>)(.*?)</div>', src)
            state = {N(html_text(lbl)): bool(c1) or c2 == 'true' for _, c1, c2, lbl in boxes}
            for word, _ in m['media_w']:
                if state.get(N(word)) is not True:
                    err(f'{w}: media box not checked: {word}')
            for x in m['media_x']:
                if state.get(N(x)) is not False:
                    err(f'{w}: ruled-out media box is not an unchecked box: {x}')
        else:
            sel = ';'.join(N(wd) for wd, _ in m['media_w'])
            if sel not in reg:
                err(f'{w}: multi-select value not found as one list: {sel}')
            for x in m['media_x']:
                if N(x) in sel:
                    err(f'{w}: ruled-out media word inside the multi-select: {x}')
        # safeguards: snippets in order per actor, not struck, 4-10 per actor
        for actor in ('ward', 'contractor'):
            pos = -1
            sents = [(s, c) for a, s, c in m['sg'] if a == actor]
            if not 4 <= len(sents) <= 10:
                err(f'{w}: {len(sents)} {actor} measures (brief: 4-10)')
            for s, c in sents:
                p = reg.find(N(s))
                if p < 0:
                    err(f'{w}: {actor} sentence not in region: {s}')
                    continue
                if p < pos:
                    err(f'{w}: {actor} sentence out of order: {s}')
                pos = p
                if any(N(s) in x for x in struck):
                    err(f'{w}: gold sentence is struck: {s}')
                for cc in c:
                    if cc not in CATEGORIES:
                        err(f'{w}: category {cc}')
        for s in m['struck']:
            if not any(N(s) in x for x in struck):
                err(f'{w}: withdrawn snippet not inside <s>: {s}')
            if not has(s):
                err(f'{w}: withdrawn snippet not in region: {s}')
        # count of live numbered measures in the HTML equals the readings
        if src is not None:
            count_measures_html(w, src, i, m)
        # clauses
        annex = annexes[i - 1]
        arts = re.findall(r'第(\d+)条\(', annex)
        if m['clauses']:
            if not 10 <= len(m['clauses']) <= 15:
                err(f'{w}: {len(m["clauses"])} articles (brief: 10-15)')
            if [int(x) for x in arts] != list(range(1, len(m['clauses']) + 1)):
                err(f'{w}: annex articles {arts} vs {len(m["clauses"])} readings')
            for label, _ in m['clauses']:
                if N(label) not in annex:
                    err(f'{w}: article label not in annex: {label}')
        elif arts:
            err(f'{w}: clauses [] but the region has articles {arts}')
    n_annex = sum(1 for m in make_gold.MATTERS[stem] if m['clauses'])
    if n_annex != 1:
        err(f'{stem}: {n_annex} annexes, expected 1')


def count_measures_html(w, src, i, m):
    """at1: numbered lines 「N．…」 under the two measure headings of matter i, not struck."""
    heads = {1: ('市が講ずる措置', '受託者に講じさせる措置', '審議会の結論'),
             2: ('市（教育委員会）の措置', 'サービス提供事業者（ヨツバ教育システム）に求める措置', '審議会の結論')}[i]
    marker = ['■ 諮問第5号', '■ 諮問第6号'][i - 1]
    part = src[src.find(marker):]
    lines = re.findall(r'<div>(.*?)</div>', part)
    cur, counts = None, {'ward': 0, 'contractor': 0}
    for ln in lines:
        t = html_text(ln)
        if heads[0] in t and len(t) < 20:
            cur = 'ward'
        elif heads[1] in t and len(t) < 40:
            cur = 'contractor'
        elif heads[2] in t:
            break
        elif cur and re.match(r'\d+．', t) and not ln.startswith('<s>'):
            counts[cur] += 1
    for actor in counts:
        n = sum(1 for a, _, _ in m['sg'] if a == actor)
        if counts[actor] != n:
            err(f'{w}: {counts[actor]} live {actor} measures in the note, {n} readings')


def main():
    doc_keys, matter_keys, types = reference_form()
    n = 0
    for stem in STEMS:
        gp = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(gp):
            err(f'{stem}: gold missing')
            continue
        doc = check_structure(gp, doc_keys, matter_keys, types)
        rp = raw_path(stem)
        if rp:
            check_support(doc, rp)
        n += len(doc['matters'])
    print(f'{len(STEMS)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
