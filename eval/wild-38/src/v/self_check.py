#!/usr/bin/env python3
"""Self-check of the wild-38 gold of writer "v" (v1_hikone_2021.pdf, v2_matsusaka_2022.html).

Usage: python3 src/v/self_check.py [--gold DIR]   (DIR defaults to wild-38/gold)

1. Structure: each gold file has the keys of /work/shared/corpus/gold/*.json in the same
   order and with the same JSON types; the enumerations of store.md and taxonomy.md;
   ISO dates; the fiscal-year rule (session if named, else FY of period_start);
   sensitive items are a subset of the items; json.dumps(indent=1, ensure_ascii=False) form;
   exactly two matters per document.
2. Support: the title, municipality, department, every division, the contractor substring,
   the session, the legal basis (written after 「条例」), every data item and subject, and the
   period dates (era dates in the text converted to ISO) occur in the raw document.
   The PDF is read with pdftotext twice: the whole page, and a crop of the value column only
   (x >= 86pt), because the vertical label characters interleave with the value lines.
   HTML tags are removed. Then NFKC, whitespace removed; parenthesised qualifiers are also
   stripped for a second search string.
3. Traps: the negated items and media listed in TRAPS must not be in the gold.
Exit status 1 on any failure."""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEED_GOLD = '/work/shared/corpus/gold'
MINE = ('v1_hikone_2021', 'v2_matsusaka_2022')

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

# negated items / media written in the documents (see NOTES-v.md): must not be gold
TRAPS = {
    'v1_hikone_2021': [
        {'items': ['個人番号', 'マイナンバー'], 'media': ['email']},
        {'items': ['個人番号', '病名', '服薬の状況', '服薬状況'], 'media': ['email', 'removable']},
    ],
    'v2_matsusaka_2022': [
        {'items': ['個人番号', '住所'], 'media': []},
        {'items': [], 'media': ['removable']},
    ],
}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ structure
def seed_form():
    files = sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys()), doc['matters'][0]


def same_type(a, b):
    if a is None or b is None:
        return True
    return type(a) is type(b) or (isinstance(a, (int, bool)) and isinstance(b, (int, bool)) and type(a) is type(b))


def check_structure(path, doc_keys, matter_keys, seed_matter):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{path}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{path}: top-level keys {list(doc.keys())} != {doc_keys}')
    stem = os.path.splitext(os.path.basename(path))[0]
    if doc['source'] != stem:
        err(f'{path}: source {doc["source"]} != file stem {stem}')
    if len(doc['matters']) != 2:
        err(f'{stem}: {len(doc["matters"])} matters, the brief asks for exactly 2')
    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{where}: keys {list(m.keys())} != {matter_keys}')
            continue
        for k in matter_keys:
            if not same_type(m[k], seed_matter[k]):
                err(f'{where}: {k} has type {type(m[k]).__name__}, seed has {type(seed_matter[k]).__name__}')
        for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{where}: {k} must be a non-empty string')
        for k in ('legal_basis', 'contractor_contains', 'council_session'):
            if m[k] is not None and not isinstance(m[k], str):
                err(f'{where}: {k} must be string or null')
        if m['matter_kind'] not in KINDS:
            err(f'{where}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{where}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{where}: legal_basis form {m["legal_basis"]}')
        if not isinstance(m['divisions'], list) or not all(isinstance(x, str) for x in m['divisions']):
            err(f'{where}: divisions must be a list of strings')
        for k in ('period_start', 'period_end'):
            v = m[k]
            if v is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', v):
                err(f'{where}: {k} {v}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{where}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{where}: recurring {m["recurring"]}')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{where}: recurring false without an end date')
        if m['period_start'] is None and m['recurring'] is not None:
            err(f'{where}: recurring set without a period')
        if not isinstance(m['fiscal_year'], int) or isinstance(m['fiscal_year'], bool):
            err(f'{where}: fiscal_year not int')
        if m['council_session']:
            mo = re.match(r'(令和|平成)(元|\d+)年度第\d+回$', m['council_session'])
            if not mo:
                err(f'{where}: council_session form {m["council_session"]}')
            else:
                n = 1 if mo.group(2) == '元' else int(mo.group(2))
                fy = (2018 if mo.group(1) == '令和' else 1988) + n
                if fy != m['fiscal_year']:
                    err(f'{where}: fiscal_year {m["fiscal_year"]} != session year {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            fy = y if mo_ >= 4 else y - 1
            if fy != m['fiscal_year']:
                err(f'{where}: fiscal_year {m["fiscal_year"]} != FY of period_start {fy}')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{where}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']):
                err(f'{where}: item not NFKC: {d["item"]}')
            if re.search(r'[()（）※]', d['item']):
                err(f'{where}: item keeps a qualifier or mark: {d["item"]}')
            names.append(d['item'])
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{where}: sensitive item {s} is not a data item')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{where}: media {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{where}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{where}: safeguards keys')
        for actor, cats in m['safeguards'].items():
            for c in cats:
                if c not in CATEGORIES:
                    err(f'{where}: {actor} category {c}')
            if len(set(cats)) != len(cats):
                err(f'{where}: duplicate {actor} categories')
        for c in m['clauses']:
            if c not in CATEGORIES:
                err(f'{where}: clause category {c}')
        if len(set(m['clauses'])) != len(m['clauses']):
            err(f'{where}: duplicate clauses')
        if m['procedure'] in ('external_provision', 'purpose_change', 'indirect_collection',
                              'computer_processing') and m['contractor_contains'] is not None:
            err(f'{where}: contractor_contains should be null for {m["procedure"]}')
        if m['safeguards']['contractor'] and m['contractor_contains'] is None:
            err(f'{where}: contractor safeguards without a contractor')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{where}: title not NFKC')
        if m['municipality'] != unicodedata.normalize('NFKC', m['municipality']):
            err(f'{where}: municipality not NFKC')
    return doc


# ------------------------------------------------------------------ raw text
def pdftotext(path, *args):
    return subprocess.run(['pdftotext', *args, path, '-'], check=True, capture_output=True,
                          text=True).stdout


def read_raw(stem):
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not found uniquely: {cands}')
        return []
    p = cands[0]
    if p.endswith('.pdf'):
        # whole page, and the value column alone (the label columns end at about 31 mm = 88 pt)
        return [pdftotext(p), pdftotext(p, '-x', '86', '-y', '0', '-W', '520', '-H', '842')]
    b = open(p, 'rb').read()
    try:
        return [b.decode('utf-8')]
    except UnicodeDecodeError:
        err(f'{stem}: not UTF-8')
        return []


def norm(text):
    t = re.sub(r'<[^>]+>', '', text)                       # HTML tags
    t = t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>')
    t = unicodedata.normalize('NFKC', t)
    t = re.sub(r'※\d*', '', t)                             # note / footnote marks
    t = re.sub(r'\s+', '', t)
    return t


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


KANJI = {'〇': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def era_dates(t):
    """ISO dates of every era date in the (normalised) text"""
    out = set()
    for era, y, mo, d in re.findall(r'(令和|平成)(元|\d+)年(\d+)月(\d+)日', t):
        y = 1 if y == '元' else int(y)
        year = (2018 if era == '令和' else 1988) + y
        out.add(f'{year:04d}-{int(mo):02d}-{int(d):02d}')
    return out


def check_support(doc):
    stem = doc['source']
    texts = read_raw(stem)
    if not texts:
        return
    joined = [norm(t) for t in texts]
    plain = [strip_parens(j) for j in joined]
    dates = set().union(*(era_dates(j) for j in joined))
    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'

        def has(x):
            x = norm(x)
            return any(x in j for j in joined) or any(x in p for p in plain)

        for k in ('title', 'municipality', 'department'):
            if not has(m[k]):
                err(f'{where}: {k} not in text: {m[k]}')
        if m['contractor_contains'] and not has(m['contractor_contains']):
            err(f'{where}: contractor not in text: {m["contractor_contains"]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{where}: division not in text: {d}')
        if m['council_session'] and not any(m['council_session'] in j for j in joined):
            err(f'{where}: session not in text: {m["council_session"]}')
        if m['legal_basis'] and not any('条例' + m['legal_basis'] in j for j in joined):
            err(f'{where}: legal basis not in text after 条例: {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] and m[k] not in dates:
                err(f'{where}: {k} {m[k]} is not an era date of the text')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{where}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{where}: subject not in text: {d["subject"]}')
        # traps: negated items / media
        traps = TRAPS.get(stem, [])
        if i <= len(traps):
            names = {d['item'] for d in m['data_items']}
            for x in traps[i - 1]['items']:
                if x in names:
                    err(f'{where}: negated item is in the gold: {x}')
            for x in traps[i - 1]['media']:
                if x in m['media']:
                    err(f'{where}: negated medium is in the gold: {x}')


def main():
    gold_dir = os.path.join(ROOT, 'gold')
    if '--gold' in sys.argv:
        gold_dir = sys.argv[sys.argv.index('--gold') + 1]
    doc_keys, matter_keys, seed_matter = seed_form()
    files = [os.path.join(gold_dir, s + '.json') for s in MINE]
    n_matters = 0
    for p in files:
        if not os.path.exists(p):
            err(f'missing gold file {p}')
            continue
        doc = check_structure(p, doc_keys, matter_keys, seed_matter)
        check_support(doc)
        n_matters += len(doc['matters'])
    for s in MINE:
        if len(glob.glob(os.path.join(ROOT, 'raw', s + '.*'))) != 1:
            err(f'raw file for {s} missing')
    print(f'{len(files)} gold files, {n_matters} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
