#!/usr/bin/env python3
"""Self-check of the aj gold (aj1_ueda_2022, aj2_kakegawa_2023) against the spec and
against the raw documents.  Exit status 1 on any mismatch.

1. Form: the keys, key order and JSON types of shared/corpus/more/gold; the file is
   byte-identical to json.dumps(indent=1, ensure_ascii=False)+"\\n"; codes are in the
   vocabularies of shared/spec/store.md and shared/spec/taxonomy.md (parsed from the
   spec files); ISO dates; the fiscal-year rule (session if named, else the FY of
   period_start); sensitive items are data items; the gold equals what make_gold.py
   derives from its evidence.
2. Support in the raw text (Markdown read as UTF-8 with the markup stripped; the PDF
   read with pdftotext, page by page and column by column): municipality and session
   in the document; in the matter's own region: title, department, divisions,
   contractor, legal basis, every data item and subject, each medium's word, the
   period as written (and its era dates convert to the gold's ISO dates), the
   recurrence sentence; the traps (items and media ruled out) are in the text and not
   in the gold.
3. Counts: 8-20 items; 4-10 measures per actor, equal to the number of measures in
   the actor's own block of the raw document, each snippet found in that block (so the
   actor is right); annex articles 10-15, equal to the articles in the raw annex, each
   heading found there."""
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, HERE)
import make_gold  # noqa: E402

SPEC = '/work/shared/spec'
MORE_GOLD = '/work/shared/corpus/more/gold/h05_komae_2023.json'
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ vocabularies
def vocab():
    tax = open(os.path.join(SPEC, 'taxonomy.md'), encoding='utf-8').read()
    cats = set(re.findall(r'^\| ([a-z_]+) \| [^|]+ \| (?:organizational|human|physical|technical|clause) \|', tax, re.M))
    store = open(os.path.join(SPEC, 'store.md'), encoding='utf-8').read()
    def enum(col):
        line = next(l for l in store.splitlines() if l.startswith('| ' + col + ' |'))
        return set(re.findall(r'`([a-z_]+)`', line))
    procs = enum('procedure')
    kinds = enum('matter_kind')
    media_line = [l for l in store.splitlines() if l.startswith('| category |') and 'paper' in l][0]
    media = set(re.findall(r'`([a-z_]+)`', media_line))
    return cats, procs, kinds, media


CATS, PROCS, KINDS, MEDIA = vocab()
assert len(CATS) == 33, CATS
assert PROCS == {'outsourcing', 'external_link', 'purpose_change', 'indirect_collection',
                 'external_provision', 'computer_processing', 'other'}, PROCS
assert KINDS == {'report', 'consultation'}, KINDS
assert MEDIA == {'paper', 'removable', 'contractor_pc', 'contractor_server', 'ward_system',
                 'external_system', 'email'}, MEDIA


# ------------------------------------------------------------------ normalisation
def norm(t):
    t = re.sub(r'<[^>]+>', '', t)
    t = unicodedata.normalize('NFKC', t)
    t = re.sub(r':[a-z0-9]+(-[a-z0-9]+)+:', '', t)          # emoji shortcodes
    t = re.sub(r'\[\^\d+\]', '', t)                           # footnote refs
    t = re.sub(r'\{[^{}]*\}', '', t)                          # attr lists { .annotate }
    t = t.replace('`', '').replace('**', '').replace('__', '')
    t = re.sub(r'\s+', '', t)
    return t


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


ERA = {'令和': 2018, '平成': 1988}


def era_dates(s):
    out = []
    for era, y, m, d in re.findall(r'(令和|平成)(元|\d+)年(\d+)月(\d+)日', s):
        yy = ERA[era] + (1 if y == '元' else int(y))
        out.append(f'{yy:04d}-{int(m):02d}-{int(d):02d}')
    return out


# ------------------------------------------------------------------ raw readers
def pdftext(path, first=None, last=None, crop=None):
    cmd = ['pdftotext', '-enc', 'UTF-8']
    if first:
        cmd += ['-f', str(first), '-l', str(last or first)]
    if crop:
        x, y, w, h = crop
        cmd += ['-x', str(x), '-y', str(y), '-W', str(w), '-H', str(h)]
    cmd += [path, '-']
    return subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')


def block(text, start, end):
    i = text.find(start)
    if i < 0:
        err(f'block start not found: {start!r}')
        return ''
    j = text.find(end, i + len(start)) if end else len(text)
    if j < 0:
        err(f'block end not found: {end!r}')
        return ''
    return text[i:j]


def regions_aj1():
    raw = open(os.path.join(ROOT, 'raw', 'aj1_ueda_2022.md'), encoding='utf-8').read()
    tab1 = block(raw, '=== "諮問第１号"', '=== "報告第２号"')
    tab2 = block(raw, '=== "報告第２号"', '\n## その他')
    r1 = {
        'all': tab1,
        'ward': block(tab1, '    === "市の対策"', '    === "受託者の対策"'),
        'contractor': block(tab1, '    === "受託者の対策"', '    ??? info'),
        'annex': block(tab1, '    ??? info "別記', None),
    }
    r2 = {
        'all': tab2,
        'ward': block(tab2, '上田市（実施機関）の措置', 'サービス提供事業者の措置'),
        'contractor': block(tab2, 'サービス提供事業者の措置', '</div>'),
        'annex': '',
    }
    # raw counts of measures and articles
    cnt = lambda t, pat: len(re.findall(pat, t, re.M))
    r1['n_ward'] = cnt(r1['ward'], r'^ {8}\d+\. ')
    r1['n_contractor'] = cnt(r1['contractor'], r'^ {8}\d+\. ')
    r1['n_annex'] = cnt(r1['annex'], r'^ {8}\d+\. \*\*')
    r2['n_ward'] = cnt(r2['ward'], r'^ {8}- ')
    r2['n_contractor'] = cnt(r2['contractor'], r'^ {8}- ')
    r2['n_annex'] = 0
    return raw, [r1, r2]


def regions_aj2():
    pdf = os.path.join(ROOT, 'raw', 'aj2_kakegawa_2023.pdf')
    whole = pdftext(pdf)
    pages = lambda a, b: ''.join(pdftext(pdf, p) for p in range(a, b + 1))
    # measure slides: left column x 9-123 mm, right column x 130-246 mm (72 dpi points)
    L = (20, 88, 330, 300)
    R = (365, 88, 340, 300)
    out = []
    for (a, b, meas, annex) in ((3, 8, 7, None), (9, 14, 12, 14)):
        left = pdftext(pdf, meas, crop=L)
        right = pdftext(pdf, meas, crop=R)
        ann = pdftext(pdf, annex) if annex else ''
        ann_body = ann.split('関係）', 1)[1] if annex else ''
        out.append({
            'all': pages(a, b),
            'ward': left, 'contractor': right, 'annex': ann,
            'n_ward': len(re.findall(r'^\d+\. ', left, re.M)),
            'n_contractor': len(re.findall(r'^\d+\. ', right, re.M)),
            'n_annex': len(re.findall(r'^第[０-９]+\s', ann_body, re.M)),
        })
    return whole, out


# ------------------------------------------------------------------ checks
def check_form(path, ref):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{path}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc) != list(ref):
        err(f'{path}: top keys {list(doc)}')
    rm = ref['matters'][0]
    stem = os.path.splitext(os.path.basename(path))[0]
    if doc['source'] != stem:
        err(f'{path}: source')
    if doc != make_gold.gold_doc(stem):
        err(f'{path}: differs from what make_gold.py derives')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m) != list(rm):
            err(f'{w}: keys {list(m)}')
            continue
        for k in rm:
            if rm[k] is not None and m[k] is not None and type(rm[k]) is not type(m[k]):
                err(f'{w}: type of {k}')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind')
        if m['procedure'] not in PROCS:
            err(f'{w}: procedure')
        if not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis'] or ''):
            err(f'{w}: legal_basis form')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k}')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{w}: recurring false without an end')
        if m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period order')
        mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'] or '')
        if mo:
            fy = ERA[mo.group(1)] + (1 if mo.group(2) == '元' else int(mo.group(2)))
        else:
            y, mth = map(int, m['period_start'].split('-')[:2])
            fy = y if mth >= 4 else y - 1
        if fy != m['fiscal_year']:
            err(f'{w}: fiscal_year {m["fiscal_year"]} != {fy}')
        names = [d['item'] for d in m['data_items']]
        for d in m['data_items']:
            if list(d) not in (['item'], ['item', 'subject']):
                err(f'{w}: item keys {list(d)}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']):
                err(f'{w}: item not NFKC {d["item"]}')
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} items (want 8-20)')
        if not m['sensitive_items']:
            err(f'{w}: no sensitive item')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive {s} not an item')
        if len(set(m['media'])) != len(m['media']) or not set(m['media']) <= MEDIA:
            err(f'{w}: media {m["media"]}')
        for a in ('ward', 'contractor'):
            cs = m['safeguards'][a]
            if not set(cs) <= CATS or len(set(cs)) != len(cs):
                err(f'{w}: {a} codes {cs}')
        if not set(m['clauses']) <= CATS:
            err(f'{w}: clause codes')
        if m['procedure'] in ('outsourcing', 'external_link') and not m['contractor_contains']:
            err(f'{w}: contractor missing')
    return doc


def check_support(stem, whole, regions):
    W = norm(whole)
    for i, (m, reg) in enumerate(zip(make_gold.MATTERS[stem], regions), 1):
        w = f'{stem}#{i}'
        R = norm(reg['all'])
        RP = strip_parens(R)
        has = lambda x, t=None: norm(x) in (t if t is not None else R) or (t is None and norm(x) in RP)
        if m['municipality'] not in W:
            err(f'{w}: municipality not in text')
        if m['council_session'] not in W:
            err(f'{w}: session not in text')
        for k in ('title', 'department', 'contractor_contains', 'legal_basis'):
            if not has(m[k]):
                err(f'{w}: {k} not in region: {m[k]}')
        if not has(m['department'] + m['divisions'][0]):
            err(f'{w}: department+division not written together')
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division {d} not in region')
        for subj, names in m['items']:
            if subj and not has(subj):
                err(f'{w}: subject {subj} not in region')
            for n in names.split('、'):
                if not has(n):
                    err(f'{w}: item {n} not in region')
        for n in m['not_items']:
            if not has(n):
                err(f'{w}: trap item {n} not in text')
            if n in [d['item'] for d in make_gold.gold_matter(m)['data_items']]:
                err(f'{w}: trap item {n} is in the gold')
        for word, cat in m['media']:
            for part in word.split('|'):
                if not has(part):
                    err(f'{w}: medium word {part} ({cat}) not in region')
        for t in m['not_media']:
            if not has(t):
                err(f'{w}: ruled-out medium sentence not in region: {t}')
        dates = []
        for part in m['period_text'].split('|'):
            if not has(part):
                err(f'{w}: period text {part} not in region')
            dates += era_dates(part)
        want = [x for x in (m['period_start'], m['period_end']) if x]
        if dates != want:
            err(f'{w}: period dates {dates} != gold {want}')
        if m['recurring'] is True and not (m['recurring_text'] and has(m['recurring_text'])):
            err(f'{w}: recurring true without its sentence in the text')
        if m['recurring'] is not True and m['recurring_text']:
            err(f'{w}: recurring_text given but recurring not true')
        # safeguards: each snippet in its actor's block; counts equal the raw counts
        for actor in ('ward', 'contractor'):
            snippets = [s for a, s, _ in m['sg'] if a == actor]
            B = norm(reg[actor])
            for s in snippets:
                if norm(s) not in B:
                    err(f'{w}: {actor} snippet not in its block: {s}')
            if not 4 <= len(snippets) <= 10:
                err(f'{w}: {len(snippets)} {actor} measures (want 4-10)')
            if len(snippets) != reg['n_' + actor]:
                err(f'{w}: {actor} measures {len(snippets)} != raw count {reg["n_" + actor]}')
        # clauses
        A = norm(reg['annex'])
        if m['clauses']:
            if not 10 <= len(m['clauses']) <= 15:
                err(f'{w}: {len(m["clauses"])} articles (want 10-15)')
            for h, _ in m['clauses']:
                if norm(h) not in A:
                    err(f'{w}: article heading not in annex: {h}')
        if len(m['clauses']) != reg['n_annex']:
            err(f'{w}: articles {len(m["clauses"])} != raw count {reg["n_annex"]}')
    if not any(m['clauses'] for m in make_gold.MATTERS[stem]):
        err(f'{stem}: no matter with an annex')


def main():
    ref = json.load(open(MORE_GOLD, encoding='utf-8'))
    n = 0
    for stem, reader in (('aj1_ueda_2022', regions_aj1), ('aj2_kakegawa_2023', regions_aj2)):
        path = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(path):
            err(f'{path} missing')
            continue
        doc = check_form(path, ref)
        n += len(doc['matters'])
        whole, regions = reader()
        if len(regions) != len(doc['matters']):
            err(f'{stem}: {len(regions)} regions for {len(doc["matters"])} matters')
        check_support(stem, whole, regions)
    print(f'aj: 2 gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
