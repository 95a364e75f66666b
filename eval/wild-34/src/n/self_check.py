#!/usr/bin/env python3
"""Self-check of the letter-n gold of wild-34 (gold/n*.json against raw/n*.*).

Usage: python3 src/n/self_check.py [--gold DIR]   (DIR defaults to wild-34/gold)

1. Structure: the keys of /work/shared/corpus/gold/*.json in the same order and of the
   same JSON types; the enumerations of store.md / taxonomy.md; ISO dates; the fiscal-year
   rule (session if named, else the FY of period_start); sensitive items are data items;
   the file is exactly json.dumps(indent=1, ensure_ascii=False).
2. Support in the raw text: title, municipality, department, every division, contractor
   substring, session, legal basis (after NFKC), every data item and subject, and the
   period dates (as era dates 令和N年M月D日 / 令和元年…).  The PDF is read with pdftotext
   twice (whole page, and the content column cropped at x >= 140pt so that the wrapped
   label column does not cut items); the HTML is read with every <del>…</del> removed,
   because struck-out text is no longer valid.  Text is NFKC-normalised, whitespace and
   footnote marks removed; items are also searched with parenthesised qualifiers removed.
3. Readings: the safeguard lists (per actor, in order of first appearance) and the clause
   list are re-derived from the per-sentence annotations in the generators
   (make_n1_kumagaya.py, make_n2_odawara.py; struck-out measures skipped) and compared.
4. Traps: values that a careful reader must NOT put in the gold (negated items and media,
   struck-out values, secretariat departments, sessions from the side menu, ...).
Exit status 1 on any failure."""
import glob
import html
import importlib.util
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEED_GOLD = '/work/shared/corpus/gold'
STEMS = ['n1_kumagaya_2023', 'n2_odawara_2019']
GENERATORS = {'n1_kumagaya_2023': 'make_n1_kumagaya.py', 'n2_odawara_2019': 'make_n2_odawara.py'}

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

# values a careful reader must not put in the gold: (stem, matter no.) -> {field: [values]}
TRAPS = {
    ('n1_kumagaya_2023', 1): {
        'items': ['個人番号', '所得', 'フリガナ', '身長', '体重', '血圧'],
        'media': ['email'],
        'department': ['総務部'],
        'legal_basis': ['第66条第2項', '第20条', '第9条第1項'],
    },
    ('n1_kumagaya_2023', 2): {
        'items': ['氏名', '住所', '被保険者番号', '医療機関名', '身体機能', '認知機能'],
        'media': ['paper'],
        'department': ['総務部'],
        'contractor_contains': ['ラクヨウ情報システム'],
        'clauses_nonempty': True,
    },
    ('n2_odawara_2019', 1): {
        'items': ['要介護度', '医療費の額', 'BMI', '血圧'],
        'department': ['市民部', '総務部'],
        'divisions': ['保険課'],
        'period_start': ['2019-12-01'],
        'recurring': [None, False],
    },
    ('n2_odawara_2019', 2): {
        'items': ['電話番号'],
        'media': ['email'],
        'department': ['総務部'],
        'contractor_contains': ['湘南データプロセス'],
        'ward': ['email_safety'],
        'clauses_nonempty': True,
    },
}
FORBIDDEN_SESSIONS = ['令和元年度第1回', '令和元年度第3回', '平成30年度第4回']

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ structure
def seed_form():
    files = sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys())


def check_structure(path, doc_keys, matter_keys):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1):
        err(f'{path}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{path}: top-level keys {list(doc.keys())} != {doc_keys}')
    stem = os.path.splitext(os.path.basename(path))[0]
    if doc['source'] != stem:
        err(f'{path}: source {doc["source"]} != file stem {stem}')
    if len(doc['matters']) != 2:
        err(f'{stem}: expected exactly 2 matters, got {len(doc["matters"])}')
    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{where}: keys {list(m.keys())} != {matter_keys}')
            continue
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
    return doc


# ------------------------------------------------------------------ raw text
def pdftotext(path, crop=None):
    args = ['pdftotext', '-enc', 'UTF-8']
    if crop:
        args += ['-x', str(crop[0]), '-y', '0', '-W', str(crop[1]), '-H', '900']
    out = subprocess.run(args + [path, '-'], capture_output=True, check=True)
    return out.stdout.decode('utf-8')


def read_raw(stem):
    """Returns (valid text, struck-out text)."""
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not found uniquely: {cands}')
        return '', ''
    p = cands[0]
    if p.endswith('.pdf'):
        whole = pdftotext(p)
        column = pdftotext(p, crop=(140, 460))   # content column of the forms
        return whole + '\n' + column, ''
    t = open(p, encoding='utf-8').read()
    t = re.sub(r'<style.*?</style>', '', t, flags=re.S)
    struck = ' '.join(re.findall(r'<del>(.*?)</del>', t, flags=re.S))
    t = re.sub(r'<del>.*?</del>', '', t, flags=re.S)
    strip = lambda s: html.unescape(re.sub(r'<[^>]+>', '', s))
    return strip(t), strip(struck)


def norm(text):
    t = unicodedata.normalize('NFKC', text)
    t = re.sub(r'※\d*', '', t)
    return re.sub(r'\s+', '', t)


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def era_forms(iso):
    y, m, d = map(int, iso.split('-'))
    forms = []
    if (y, m, d) >= (2019, 5, 1):
        n = y - 2018
        forms.append(f'令和{n}年{m}月{d}日')
        if n == 1:
            forms.append(f'令和元年{m}月{d}日')
    else:
        n = y - 1988
        forms.append(f'平成{n}年{m}月{d}日')
        if n == 1:
            forms.append(f'平成元年{m}月{d}日')
    return forms


def check_support(doc):
    stem = doc['source']
    valid, struck = read_raw(stem)
    joined = norm(valid)
    plain = strip_parens(joined)
    struck_n = norm(struck)

    def has(x):
        x = norm(x)
        return x in joined or x in plain

    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        for k in ('title', 'municipality', 'department'):
            if not has(m[k]):
                err(f'{where}: {k} not in text: {m[k]}')
        if m['contractor_contains']:
            if not has(m['contractor_contains']):
                err(f'{where}: contractor not in text: {m["contractor_contains"]}')
            if struck_n and norm(m['contractor_contains']) in struck_n:
                err(f'{where}: contractor is struck-out text: {m["contractor_contains"]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{where}: division not in text: {d}')
        if m['council_session'] and norm(m['council_session']) not in joined:
            err(f'{where}: session not in text: {m["council_session"]}')
        if m['legal_basis'] and m['legal_basis'] not in joined:
            err(f'{where}: legal basis not in text: {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] and not any(f in joined for f in era_forms(m[k])):
                err(f'{where}: {k} {m[k]} not in text as {era_forms(m[k])}')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{where}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{where}: subject not in text: {d["subject"]}')


# ------------------------------------------------------------------ readings
def load_generator(stem):
    path = os.path.join(HERE, GENERATORS[stem])
    spec = importlib.util.spec_from_file_location('gen_' + stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def first_order(codes):
    out = []
    for c in codes:
        if c not in out:
            out.append(c)
    return out


def derive(stem, no):
    mod = load_generator(stem)
    acc = {'ward': [], 'contractor': []}
    for part in mod.MEASURES[no]:
        if stem.startswith('n1'):
            actor, groups = part
            for _heading, sents in groups:
                for _text, codes in sents:
                    acc[actor] += codes
        else:
            actor, _heading, sents = part
            for mark, _text, codes in sents:
                if mark != 'del':
                    acc[actor] += codes
    clauses = []
    for art in mod.ANNEX[no]:
        clauses += art[-1]
    return {a: first_order(v) for a, v in acc.items()}, first_order(clauses)


def check_readings(doc):
    stem = doc['source']
    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        sg, clauses = derive(stem, i)
        for actor in ('ward', 'contractor'):
            if m['safeguards'][actor] != sg[actor]:
                err(f'{where}: {actor} safeguards {m["safeguards"][actor]} != annotated {sg[actor]}')
        if m['clauses'] != clauses:
            err(f'{where}: clauses {m["clauses"]} != annotated {clauses}')


def check_traps(doc):
    stem = doc['source']
    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        if m['council_session'] in FORBIDDEN_SESSIONS:
            err(f'{where}: session taken from the side menu: {m["council_session"]}')
        for field, bad in TRAPS.get((stem, i), {}).items():
            if field == 'items':
                names = [d['item'] for d in m['data_items']]
                for b in bad:
                    if b in names:
                        err(f'{where}: trap item in gold: {b}')
            elif field == 'clauses_nonempty':
                if m['clauses']:
                    err(f'{where}: clauses should be empty (no annex attached)')
            elif field in ('media', 'divisions'):
                for b in bad:
                    if b in m[field]:
                        err(f'{where}: trap {field} in gold: {b}')
            elif field == 'ward':
                for b in bad:
                    if b in m['safeguards']['ward']:
                        err(f'{where}: trap ward category in gold: {b}')
            else:
                if m[field] in bad:
                    err(f'{where}: trap {field} in gold: {m[field]}')


def main():
    gold_dir = os.path.join(ROOT, 'gold')
    if '--gold' in sys.argv:
        gold_dir = sys.argv[sys.argv.index('--gold') + 1]
    doc_keys, matter_keys = seed_form()
    n_matters = 0
    for stem in STEMS:
        p = os.path.join(gold_dir, stem + '.json')
        if not os.path.exists(p):
            err(f'{stem}: gold missing in {gold_dir}')
            continue
        doc = check_structure(p, doc_keys, matter_keys)
        check_support(doc)
        check_readings(doc)
        check_traps(doc)
        n_matters += len(doc['matters'])
    print(f'{len(STEMS)} gold files, {n_matters} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
