#!/usr/bin/env python3
"""Self-check of the wild-39 letter-x gold (gold/x*.json against raw/x*.*).

1. Structure: keys and key order of /work/shared/corpus/gold/*.json, enumerations of store.md /
   taxonomy.md, ISO dates, fiscal-year rule, sensitive_items a subset of the items, canonical
   json.dumps(indent=1, ensure_ascii=False) form.
2. Support: title, municipality, department, divisions, contractor substring, council session,
   legal basis, every data item and subject, and both period dates (converted back to 令和/平成
   era form) occur in the raw text.  PDF text comes from pdftotext; HTML is read without <style>,
   the viewer toolbar, Word comments (<aside class="comment">) and footnote markers, so that a
   value supported only by a comment does not pass.  Text is NFKC-normalised, whitespace and
   parenthesised qualifiers removed.
3. Traps: values the documents name only as negated or in comments must not be in the gold.

Usage: self_check.py            check the gold
       self_check.py --negative inject fake values into an in-memory copy and require that every
                                one is reported (exit 0 only if all are caught)
Exit status 1 on any failure."""
import copy
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
LETTER = 'x'

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

# values the documents mention only negated, as a note, or in a Word comment
TRAPS = {
    ('x1_ogaki_2022', 1): {'items': {'電話番号', '勤務先'}, 'media': {'email', 'ward_system'}},
    ('x1_ogaki_2022', 2): {'items': {'病名', '服薬の状況', '主治医の氏名'}, 'media': {'removable'}},
    ('x2_kakamigahara_2021', 1): {'items': {'既往歴', '勤務先名', '心電図所見'},
                                  'media': {'email', 'external_system'}},
    ('x2_kakamigahara_2021', 2): {'items': {'年収', '障害者手帳等の写し'},
                                  'media': {'email', 'external_system', 'contractor_server'}},
}
TRAP_DEPARTMENTS = {'x1_ogaki_2022': {'総務部', '福祉部'}, 'x2_kakamigahara_2021': {'総務部'}}

errors = []


def err(msg):
    errors.append(msg)


def seed_form():
    files = sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys())


def check_structure(doc, raw_json, stem, doc_keys, matter_keys):
    if raw_json is not None and raw_json != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())} != {doc_keys}')
    if doc['source'] != stem:
        err(f'{stem}: source {doc["source"]} != file stem')
    if len(doc['matters']) != 2:
        err(f'{stem}: {len(doc["matters"])} matters, expected 2')
    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{where}: keys {list(m.keys())} != {matter_keys}')
            continue
        for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{where}: {k} must be a non-empty string')
        if m['matter_kind'] not in KINDS:
            err(f'{where}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{where}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{where}: legal_basis form {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            v = m[k]
            if v is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', v):
                err(f'{where}: {k} {v}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{where}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{where}: recurring {m["recurring"]}')
        if m['period_end'] is None and m['recurring'] is not None:
            err(f'{where}: recurring must be null without an end date (judgment call 8)')
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
            if (y if mo_ >= 4 else y - 1) != m['fiscal_year']:
                err(f'{where}: fiscal_year does not follow period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{where}: data item keys {list(d.keys())}')
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
        if m['procedure'] != 'outsourcing' and m['procedure'] != 'external_link' and m['contractor_contains']:
            err(f'{where}: contractor_contains should be null for {m["procedure"]}')
        if m['safeguards']['contractor'] and m['contractor_contains'] is None:
            err(f'{where}: contractor safeguards without a contractor')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{where}: title not NFKC')


def read_raw(stem):
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not found uniquely: {cands}')
        return ''
    p = cands[0]
    if p.endswith('.pdf'):
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', p, '-'], capture_output=True,
                              check=True).stdout.decode('utf-8')
    t = open(p, encoding='utf-8').read()
    if p.endswith('.html'):
        t = re.sub(r'<style.*?</style>', '', t, flags=re.S)
        t = re.sub(r'<title>.*?</title>', '', t, flags=re.S)
        t = re.sub(r'<div class="viewer-toolbar".*?</div>', '', t, flags=re.S)
        t = re.sub(r'<aside class="comment".*?</aside>', '', t, flags=re.S)
        t = re.sub(r'<sup>.*?</sup>', '', t, flags=re.S)
        t = re.sub(r'<[^>]+>', '', t)
        t = t.replace('&nbsp;', ' ')
    return t


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


def era(iso):
    y, m, d = map(int, iso.split('-'))
    if (y, m, d) >= (2019, 5, 1):
        n = y - 2018
        e = '令和'
    else:
        n = y - 1988
        e = '平成'
    return f'{e}{"元" if n == 1 else n}年{m}月{d}日'


def check_support(doc):
    stem = doc['source']
    text = read_raw(stem)
    # a wrapped label cell of a printed table (取り扱う個人情 / 報) interleaves with its value:
    # also test a variant with such short spill lines dropped
    despilled = '\n'.join(l for l in text.splitlines() if len(l.strip()) > 3)
    joined = norm(text) + '\u0000' + norm(despilled)
    plain = strip_parens(joined)

    def has(x):
        x = norm(x)
        return x in joined or x in plain

    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        for k in ('title', 'municipality', 'department', 'contractor_contains', 'council_session', 'legal_basis'):
            if m[k] and not has(m[k]):
                err(f'{where}: {k} not in text: {m[k]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{where}: division not in text: {d}')
        for k in ('period_start', 'period_end'):
            if m[k] and not has(era(m[k])):
                err(f'{where}: {k} {m[k]} ({era(m[k])}) not in text')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{where}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{where}: subject not in text: {d["subject"]}')
        trap = TRAPS.get((stem, i), {})
        for b in sorted({d['item'] for d in m['data_items']} & trap.get('items', set())):
            err(f'{where}: trap item in gold: {b}')
        for x in sorted(set(m['media']) & trap.get('media', set())):
            err(f'{where}: trap medium in gold: {x}')
        if m['department'] in TRAP_DEPARTMENTS.get(stem, set()):
            err(f'{where}: trap department in gold: {m["department"]}')


def load():
    out = []
    for p in sorted(glob.glob(os.path.join(ROOT, 'gold', LETTER + '*.json'))):
        raw = open(p, encoding='utf-8').read()
        out.append((os.path.splitext(os.path.basename(p))[0], json.loads(raw), raw))
    return out


def run(docs):
    doc_keys, matter_keys = seed_form()
    for stem, doc, raw in docs:
        check_structure(doc, raw, stem, doc_keys, matter_keys)
        check_support(doc)
    raws = sorted(os.path.splitext(os.path.basename(p))[0]
                  for p in glob.glob(os.path.join(ROOT, 'raw', LETTER + '*')))
    if raws != sorted(s for s, _, _ in docs):
        err(f'raw/gold stems differ: {raws}')


def negative():
    fakes = [
        ('item', lambda m: m['data_items'].append({'item': 'マイナンバー'})),
        ('division', lambda m: m['divisions'].append('市民課')),
        ('contractor', lambda m: m.__setitem__('contractor_contains', '株式会社架空商事')),
        ('period_start', lambda m: m.__setitem__('period_start', '2022-12-13')),
        ('legal_basis', lambda m: m.__setitem__('legal_basis', '第99条第1項')),
        ('session', lambda m: m.__setitem__('council_session', '令和4年度第1回')),
        ('trap item', lambda m: m['data_items'].append({'item': '勤務先名' if m['municipality'] == '各務原市' else '電話番号'})),
        ('trap medium', lambda m: m['media'].append('email')),
        ('recurring without end', lambda m: (m.__setitem__('period_end', None), m.__setitem__('recurring', True))),
        ('trap department', lambda m: m.__setitem__('department', '総務部')),
    ]
    docs = load()
    missed = []
    for name, f in fakes:
        for stem, doc, _ in docs:
            errors.clear()
            d = copy.deepcopy(doc)
            f(d['matters'][0])
            run([(stem, d, None)])
            if not errors:
                missed.append(f'{name} in {stem}')
    errors.clear()
    if missed:
        print('NEGATIVE TEST FAILED, not reported: ' + '; '.join(missed))
        sys.exit(1)
    print(f'negative test OK: {len(fakes)} kinds of fake value x {len(docs)} documents all reported')


def main():
    if '--negative' in sys.argv:
        negative()
        return
    docs = load()
    run(docs)
    print(f'{len(docs)} gold files, {sum(len(d["matters"]) for _, d, _ in docs)} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
