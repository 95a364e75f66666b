#!/usr/bin/env python3
"""Self-check of the wild-44 (letter ai) gold against the spec and the raw documents.

1. Form: every gold file has the keys of /work/shared/corpus/more/gold/*.json in the same
   order and with the same JSON types, is byte-identical to json.dumps(indent=1,
   ensure_ascii=False)+"\\n", and equals what make_gold.py produces; codes are in the
   vocabularies of store.md / taxonomy.md; dates are ISO; the fiscal-year rule holds
   (session if named, else the FY of period_start); sensitive items are data items.
2. The brief's counts: two matters per document; 8–20 items with some sensitive and some
   look-alike non-sensitive ones; 4–10 measures per actor; one annex of 10–15 articles.
3. Support in the raw text, each matter searched in its own region (its sheet of the
   published spreadsheet; its pages of the PDF): title, department, divisions, contractor,
   legal basis, every item and subject, the media words, the raw period strings (and their
   era conversion equals the gold dates), the recurrence sentence, every safeguard
   sentence with its codes (the union equals the gold lists), every annex article (the
   count of 第N条 equals the clause evidence), the ruled-out items and media, and the decoy
   departments (present in the text but not the gold department).

Text is read with the standard library and poppler's pdftotext: the HTML's tags are
dropped (<br> and cell ends become line breaks); upright PDF pages come from pdftotext;
the sideways pages (forms rotated 90° counter-clockwise) are rebuilt from
`pdftotext -bbox-layout` word boxes, turned back to landscape and read column by column,
so wrapped cell lines join up.  Before searching the text is NFKC-normalised and white
space removed; a second copy also drops parenthesised qualifiers.
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
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import make_gold  # noqa: E402

REF_GOLD = '/work/shared/corpus/more/gold'

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
CLAUSE_ONLY = {'general_duty', 'publication', 'liability'}

errors = []
notes = []


def err(msg):
    errors.append(msg)


# ================================================================== form
def ref_form():
    files = sorted(glob.glob(os.path.join(REF_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    m = doc['matters'][0]
    return list(doc.keys()), list(m.keys()), {k: type(v).__name__ for k, v in m.items()}


def check_form(path, doc_keys, matter_keys, types):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    stem = os.path.splitext(os.path.basename(path))[0]
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc.get('source') != stem:
        err(f'{stem}: source {doc.get("source")} != stem')
    want = {'source': stem, 'matters': make_gold.DOCS.get(stem)}
    if doc != want:
        err(f'{stem}: gold file differs from make_gold.py (run make_gold.py)')
    if len(doc['matters']) != 2:
        err(f'{stem}: {len(doc["matters"])} matters, the brief asks for 2')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())}')
            continue
        for k, t in types.items():
            if m[k] is None:
                continue
            if type(m[k]).__name__ != t and t != 'NoneType':
                err(f'{w}: {k} is {type(m[k]).__name__}, reference has {t}')
        for k in ('title', 'municipality', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{w}: {k} empty')
            elif m[k] != unicodedata.normalize('NFKC', m[k]) or re.search(r'\s', m[k]):
                err(f'{w}: {k} not NFKC / has spaces: {m[k]}')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis form {m["legal_basis"]}')
        if not m['divisions'] or not all(isinstance(x, str) and x for x in m['divisions']):
            err(f'{w}: divisions')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring {m["recurring"]}')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{w}: recurring false without an end date (call 8)')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            if not mo:
                err(f'{w}: council_session form {m["council_session"]}')
            else:
                n = 1 if mo.group(2) == '元' else int(mo.group(2))
                fy = (2018 if mo.group(1) == '令和' else 1988) + n
                if fy != m['fiscal_year']:
                    err(f'{w}: fiscal_year {m["fiscal_year"]} != session FY {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            if (y if mo_ >= 4 else y - 1) != m['fiscal_year']:
                err(f'{w}: fiscal_year does not follow period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or re.search(r'[()（）※\s]', d['item']):
                err(f'{w}: item not normalised: {d["item"]}')
            names.append(d['item'])
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} data items, the brief asks for 8–20')
        if not m['sensitive_items']:
            err(f'{w}: no sensitive item')
        if len(set(m['sensitive_items'])) == len(set(names)):
            err(f'{w}: every item sensitive, no look-alikes')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive item {s} is not a data item')
        if not m['media'] or len(set(m['media'])) != len(m['media']) or not set(m['media']) <= MEDIA:
            err(f'{w}: media {m["media"]}')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys')
        for actor, cats in m['safeguards'].items():
            if len(set(cats)) != len(cats) or not set(cats) <= CATEGORIES:
                err(f'{w}: {actor} categories {cats}')
            if set(cats) & CLAUSE_ONLY:
                err(f'{w}: clause-only code among {actor} safeguards')
        if len(set(m['clauses'])) != len(m['clauses']) or not set(m['clauses']) <= CATEGORIES:
            err(f'{w}: clauses {m["clauses"]}')
        if m['procedure'] in ('outsourcing', 'external_link') and not m['contractor_contains']:
            err(f'{w}: no contractor / 結合先')
    return doc


# ================================================================== raw text
def nf(t):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', t))


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def html_regions(path):
    s = open(path, encoding='utf-8').read()
    s = re.sub(r'<script.*?</script>|<style.*?</style>', '', s, flags=re.S)
    regions = {}
    parts = re.split(r'<div id="([^"]+)" class="ritz grid-container" dir="ltr"[^>]*>', s)
    if len(parts) != 5:
        err(f'{path}: expected two ritz grid-container sheets, found {(len(parts) - 1) // 2}')
    for gid, body in zip(parts[1::2], parts[2::2]):
        t = re.sub(r'<br>', '\n', body)
        t = re.sub(r'</t[dh]>', '\n', t)
        t = html.unescape(re.sub(r'<[^>]+>', '', t))
        regions['sheet:' + gid] = t
    whole = html.unescape(re.sub(r'<[^>]+>', '\n', s))
    return regions, whole, s


def pdftotext(args):
    try:
        return subprocess.run(['pdftotext'] + args, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        err(f'pdftotext failed: {e}')
        return ''


MM = 72 / 25.4
# Table columns along the landscape width, in mm from the table's left edge
# (番号 10.5 / 項目 33 / 内容 rest / 備考 58, total 265, as in make_ai2_isahaya.py's CSS).
LAND_EDGES = [0, 10.5, 43.5, 207.0, 265.0]


def bbox_words(pdf, page):
    x = pdftotext(['-bbox-layout', '-f', str(page), '-l', str(page), pdf, '-'])
    lines = []
    for l in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', x, re.S):
        words = [tuple(map(float, w.groups()[:4])) + (html.unescape(w.group(5)),)
                 for w in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                                      l.group(5), re.S)]
        lines.append((tuple(map(float, l.groups()[:4])), words))
    return lines


def is_rotated(lines):
    vert = sum(1 for (x0, y0, x1, y1), ws in lines if len(ws) > 2 and (y1 - y0) > 2 * (x1 - x0))
    horiz = sum(1 for (x0, y0, x1, y1), ws in lines if len(ws) > 2 and (x1 - x0) > 2 * (y1 - y0))
    return vert > horiz


def rotated_text(lines):
    """Turn a page whose landscape content was rotated 90° CCW back to reading order,
    one stream per table column (wrapped cell lines join up).  The table's left edge is
    found from the header cell 「番号」, which is centred in the 10.5 mm number column."""
    words = []
    for _, ws in lines:
        for (x0, y0, x1, y1, t) in ws:
            X = -(y0 + y1) / 2 / MM          # landscape left→right (page bottom→top), mm
            Y = (x0 + x1) / 2                # landscape top→bottom (page left→right), pt
            words.append((X, Y, t))
    ban = [(X, Y) for X, Y, t in words if t == '番']
    go = [(X, Y) for X, Y, t in words if t == '号' and ban and abs(Y - ban[0][1]) < 2]
    if not ban or not go:
        err('rotated page: header 「番号」 not found')
        return ''
    left = (ban[0][0] + go[0][0]) / 2 - LAND_EDGES[1] / 2
    cols = [[] for _ in range(len(LAND_EDGES))]
    for X, Y, t in words:
        x = X - left
        k = next((i for i in range(len(LAND_EDGES) - 1) if LAND_EDGES[i] <= x < LAND_EDGES[i + 1]),
                 len(LAND_EDGES) - 1)
        cols[k].append((Y, x, t))
    out = []
    for col in [cols[2], cols[1], cols[3], cols[0], cols[4]]:
        col.sort()
        rows, cur, last = [], [], None
        for Y, x, t in col:
            if last is not None and Y - last > 3:
                rows.append(cur)
                cur = []
            cur.append((x, t))
            last = Y
        if cur:
            rows.append(cur)
        out.append(''.join(''.join(t for _, t in sorted(r)) for r in rows))
    return '\n'.join(out)


def pdf_regions(path):
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout).group(1))
    pages = {}
    rotated = []
    for p in range(1, n + 1):
        lines = bbox_words(path, p)
        if is_rotated(lines):
            rotated.append(p)
            pages[p] = rotated_text(lines)
        else:
            pages[p] = pdftotext(['-f', str(p), '-l', str(p), path, '-'])
    notes.append(f'{os.path.basename(path)}: {n} pages, rotated pages {rotated}')
    return pages, rotated


# ================================================================== support
ERA = {'令和': 2018, '平成': 1988}


def era_to_iso(s):
    mo = re.fullmatch(r'(令和|平成)(元|\d+)年(\d+)月(\d+)日', s)
    y = ERA[mo.group(1)] + (1 if mo.group(2) == '元' else int(mo.group(2)))
    return '%04d-%02d-%02d' % (y, int(mo.group(3)), int(mo.group(4)))


def check_support(doc, ev_list):
    stem = doc['source']
    path = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(path) != 1:
        err(f'{stem}: raw file not found uniquely')
        return
    path = path[0]
    if path.endswith('.html'):
        regions, whole, src = html_regions(path)
        for needle in ('<div id="top-bar">', '<ul id="sheet-menu">', 'Google スプレッドシートで公開済み',
                       '不正使用を報告', '5 分ごとに自動更新', 'class="freezebar-cell"', 'softmerge-inner',
                       'class="column-headers-background">A</th>', 'class="row-headers-background">',
                       'style="display:none"', 'class="waffle" cellspacing="0" cellpadding="0"'):
            if needle not in src:
                err(f'{stem}: published-sheet feature missing: {needle}')
        classes = set(re.findall(r'class="(s\d+)', src))
        if not classes or max(int(c[1:]) for c in classes) > 20:
            err(f'{stem}: generated classes outside s0…s20')
        doc_text = whole
    else:
        pages, rotated = pdf_regions(path)
        regions = {}
        for ev in ev_list:
            ps = [int(x) for x in ev['region'].split(':')[1].split(',')]
            regions[ev['region']] = '\n'.join(pages[p] for p in ps)
        doc_text = '\n'.join(pages[p] for p in sorted(pages))
        if rotated != [3, 4, 5]:
            err(f'{stem}: rotated pages {rotated}, expected [3, 4, 5]')
        for p in range(2, len(pages) + 1):
            # the running folio 「－ n －」 (n = p - 1) stays upright on every page after the cover
            t = pages[p] if p not in rotated else pdftotext(['-f', str(p), '-l', str(p), path, '-'])
            if not re.search(r'[－-]\s*%d\s*[－-]' % (p - 1), unicodedata.normalize('NFKC', t)):
                err(f'{stem}: page {p}: running folio 「－ {p - 1} －」 missing')
    D = nf(doc_text)
    for i, (m, ev) in enumerate(zip(doc['matters'], ev_list), 1):
        w = f'{stem}#{i}'
        R = nf(regions.get(ev['region'], ''))
        if not R:
            err(f'{w}: region {ev["region"]} empty')
            continue
        Rp = strip_parens(R)

        def has(x, where=R, wherep=Rp):
            x = nf(x)
            return x in where or x in wherep

        for k in ('title', 'department', 'municipality'):
            if not (has(m[k]) or (k == 'municipality' and has(m[k], D, D))):
                err(f'{w}: {k} not in its region: {m[k]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division not in region: {d}')
        if m['contractor_contains'] and not has(m['contractor_contains']):
            err(f'{w}: contractor not in region: {m["contractor_contains"]}')
        if m['legal_basis'] and nf(m['legal_basis']) not in R:
            err(f'{w}: legal basis not in region: {m["legal_basis"]}')
        if m['council_session'] and m['council_session'] not in D:
            err(f'{w}: session not in the document: {m["council_session"]}')
        if nf(ev['kind_word']) not in R:
            err(f'{w}: kind word not in region: {ev["kind_word"]}')
        want_kind = 'report' if '報告' in ev['kind_word'] else 'consultation'
        if want_kind != m['matter_kind']:
            err(f'{w}: matter_kind {m["matter_kind"]} but region says {ev["kind_word"]}')
        # items and subjects
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{w}: item not in region: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in region: {d["subject"]}')
        names = [d['item'] for d in m['data_items']]
        for x in ev['not_items']:
            if not has(x):
                err(f'{w}: ruled-out item not in region: {x}')
            if x in names:
                err(f'{w}: ruled-out item {x} is in the gold')
        for x in ev['not_sensitive']:
            if x not in names:
                err(f'{w}: look-alike {x} is not a data item')
            if x in m['sensitive_items']:
                err(f'{w}: look-alike {x} marked sensitive')
        # media
        if set(ev['media_text']) != set(m['media']):
            err(f'{w}: media evidence {sorted(ev["media_text"])} != gold {sorted(m["media"])}')
        for cat, word in ev['media_text'].items():
            if nf(word) not in R:
                err(f'{w}: media word for {cat} not in region: {word}')
        for x in ev['not_media_text']:
            if nf(x) not in R:
                err(f'{w}: ruled-out medium sentence not in region: {x}')
        # period
        texts = ev['period_text']
        for t in texts:
            if nf(t) not in R:
                err(f'{w}: period text not in region: {t}')
        iso = [era_to_iso(nf(t)) for t in texts]
        if iso[0] != m['period_start'] or (iso[1] if len(iso) > 1 else None) != m['period_end']:
            err(f'{w}: period {m["period_start"]}–{m["period_end"]} != raw {texts} → {iso}')
        if ev['recurring_text']:
            if nf(ev['recurring_text']) not in R or m['recurring'] is not True:
                err(f'{w}: recurrence sentence / recurring mismatch')
        elif m['recurring'] is True:
            err(f'{w}: recurring true without a recurrence sentence')
        # safeguards
        for actor in ('ward', 'contractor'):
            pairs = ev['safeguards'][actor]
            if not 4 <= len(pairs) <= 10:
                err(f'{w}: {len(pairs)} {actor} measures, the brief asks for 4–10')
            if nf(ev['headings'][actor]) not in R:
                err(f'{w}: {actor} heading not in region: {ev["headings"][actor]}')
            for frag, codes in pairs:
                if nf(frag) not in R:
                    err(f'{w}: {actor} safeguard not in region: {frag}')
                if not set(codes) <= CATEGORIES:
                    err(f'{w}: bad code in {codes}')
            if make_gold.first_seen(pairs) != m['safeguards'][actor]:
                err(f'{w}: {actor} codes from the sentences != gold')
        if path.endswith('.html'):
            # order inside the sheet: ward heading < ward sentences < contractor heading < contractor sentences
            hw, hc = R.find(nf(ev['headings']['ward'])), R.find(nf(ev['headings']['contractor']))
            for frag, _ in ev['safeguards']['ward']:
                if not hw < R.find(nf(frag)) < hc:
                    err(f'{w}: ward sentence outside the ward group: {frag}')
            for frag, _ in ev['safeguards']['contractor']:
                if not hc < R.find(nf(frag)):
                    err(f'{w}: contractor sentence outside the contractor group: {frag}')
        # clauses
        arts = sorted(set(int(a) for a in re.findall(r'第(\d+)条(?:受託者|市)は', R)))
        if ev['articles']:
            if arts != list(range(1, ev['articles'] + 1)):
                err(f'{w}: annex articles {arts} != 1..{ev["articles"]}')
            if not 10 <= ev['articles'] <= 15 or len(ev['clauses']) != ev['articles']:
                err(f'{w}: annex size')
            for frag, codes in ev['clauses']:
                if nf(frag) not in R:
                    err(f'{w}: annex article not in region: {frag}')
            if make_gold.first_seen(ev['clauses']) != m['clauses']:
                err(f'{w}: clause codes != gold')
        elif m['clauses'] or arts:
            err(f'{w}: clauses without an annex in the region')
        # decoy departments: present in the document, not the matter's
        for x in ev['decoy_departments']:
            if nf(x) not in D or x == m['department']:
                err(f'{w}: decoy department {x} missing or equal to the gold')


def main():
    doc_keys, matter_keys, types = ref_form()
    # the output directory is shared with other letters: check only this letter's stems
    mine = sorted(make_gold.DOCS)
    files = [os.path.join(ROOT, 'gold', s + '.json') for s in mine]
    for p in files:
        if not os.path.exists(p):
            err(f'missing gold file {os.path.relpath(p, ROOT)}')
    files = [p for p in files if os.path.exists(p)]
    for s in mine:
        if len(glob.glob(os.path.join(ROOT, 'raw', s + '.*'))) != 1:
            err(f'raw file for {s} missing or not unique')
    n = 0
    clauses = 0
    for p in files:
        doc = check_form(p, doc_keys, matter_keys, types)
        check_support(doc, make_gold.EVIDENCE[doc['source']])
        n += len(doc['matters'])
        clauses += sum(1 for m in doc['matters'] if m['clauses'])
    if clauses < 1:
        err('no matter with a clause annex')
    for x in notes:
        print(x)
    print(f'{len(files)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
