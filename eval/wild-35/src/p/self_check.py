#!/usr/bin/env python3
"""Self-check of the letter-p gold (p1_sakura_2021, p2_itami_2022).

1. Structure: keys and key order of /work/shared/corpus/gold/*.json, JSON types, the
   enumerations of store.md / taxonomy.md, ISO dates, the fiscal-year rule, sensitive
   items among the items, no duplicates, byte-identical json.dumps(indent=1) form.
2. Support in the raw text: title, municipality, department, every division, the
   contractor substring, the legal basis, the session, every data item and subject,
   and the period dates (written back as 令和N年M月D日) must occur in the document's
   text.  The PDF is read with pdftotext (its OCR layer); the HTML with tags removed,
   and with the <style>, the Google Docs comment (div holding id="cmnt…") and the
   struck-through suggested deletions (class c20) cut out first, since a reader does
   not take those as part of the document.  Text is NFKC-normalised, whitespace
   removed, parenthesised qualifiers stripped for the item search.
3. Clauses only where the document carries a 第N条 annex; traps stay out of the gold.
Usage: python3 self_check.py [gold_dir]   (default: ../../gold)
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
GOLD_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'gold')
MINE = ['p1_sakura_2021', 'p2_itami_2022']
SEED_GOLD = '/work/shared/corpus/gold'

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

# values a careful reader must NOT put in the gold (negated, struck, comment, secretariat)
TRAPS = {
    'p1_sakura_2021': {
        'items': {'個人番号', '前回認定結果', '特記事項'},
        'media': {1: {'removable', 'email'}, 2: {'paper', 'removable'}},
        'departments': {'総務部'},
        'divisions': {'文書行政課', '認定審査班', '情報公開係'},
    },
    'p2_itami_2022': {
        'items': {'勤務先', 'FAX番号', '緊急連絡先', '携帯電話番号', '保育所', '幼稚園', '学校'},
        'items_by_matter': {2: {'電話番号'}},
        'media': {1: {'paper', 'removable'}},
        'departments': {'総務部', '市民自治部'},
        'divisions': {'総務課', '市民課', '介護保険課'},
    },
}

errors = []


def err(msg):
    errors.append(msg)


def seed_form():
    files = sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys())


def fy_of_session(s):
    mo = re.match(r'(令和|平成)(元|\d+)年度第\d+回$', s)
    if not mo:
        return None
    n = 1 if mo.group(2) == '元' else int(mo.group(2))
    return (2018 if mo.group(1) == '令和' else 1988) + n


def check_structure(path, doc_keys, matter_keys):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1):
        err(f'{path}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{path}: top-level keys {list(doc.keys())}')
    stem = os.path.splitext(os.path.basename(path))[0]
    if doc['source'] != stem:
        err(f'{path}: source {doc["source"]} != {stem}')
    if len(doc['matters']) != 2:
        err(f'{stem}: expected exactly 2 matters')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())}')
            continue
        for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{w}: {k} must be a non-empty string')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis form {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring {m["recurring"]}')
        if m['period_end'] is None and m['recurring'] is not None:
            err(f'{w}: recurring must be null with a start-only period (call 8)')
        if not isinstance(m['fiscal_year'], int):
            err(f'{w}: fiscal_year not int')
        if m['council_session']:
            fy = fy_of_session(m['council_session'])
            if fy != m['fiscal_year']:
                err(f'{w}: fiscal_year {m["fiscal_year"]} != session year {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            if (y if mo_ >= 4 else y - 1) != m['fiscal_year']:
                err(f'{w}: fiscal_year != FY of period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or re.search(r'[()（）※\s]', d['item']):
                err(f'{w}: item not normalised: {d["item"]}')
            names.append(d['item'])
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive item {s} is not a data item')
        if len(set(m['sensitive_items'])) != len(m['sensitive_items']):
            err(f'{w}: duplicate sensitive items')
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
                err(f'{w}: clause category {c}')
        if len(set(m['clauses'])) != len(m['clauses']):
            err(f'{w}: duplicate clauses')
        if m['procedure'] in ('external_provision', 'purpose_change', 'indirect_collection',
                              'computer_processing') and m['contractor_contains'] is not None:
            err(f'{w}: contractor_contains should be null for {m["procedure"]}')
        if m['safeguards']['contractor'] and m['contractor_contains'] is None:
            err(f'{w}: contractor safeguards without a contractor')
    return doc


def read_raw(stem):
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not found uniquely: {cands}')
        return ''
    p = cands[0]
    if p.endswith('.pdf'):
        return subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True, check=True).stdout
    t = open(p, encoding='utf-8').read()
    t = re.sub(r'<style[^>]*>.*?</style>', '', t, flags=re.S)
    t = re.sub(r'<title>.*?</title>', '', t, flags=re.S)
    t = re.sub(r'<div class="c26">.*?</div>', '', t, flags=re.S)          # the Docs comment
    t = re.sub(r'<span class="c20">.*?</span>', '', t, flags=re.S)        # suggested deletion
    t = re.sub(r'<sup>.*?</sup>', '', t, flags=re.S)                       # comment anchor
    return t


def norm(text):
    t = re.sub(r'<[^>]+>', '\n', text)
    t = t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>')
    t = unicodedata.normalize('NFKC', t)
    t = re.sub(r'※\d*', '', t)
    return re.sub(r'\s+', '', t)


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def wareki(iso):
    y, m, d = map(int, iso.split('-'))
    n = y - 2018
    return f'令和{"元" if n == 1 else n}年{m}月{d}日'


def check_support(doc):
    stem = doc['source']
    raw = read_raw(stem)
    joined = norm(raw)
    plain = strip_parens(joined)

    def has(x):
        x = re.sub(r'\s+', '', unicodedata.normalize('NFKC', x))
        return x in joined or x in plain

    traps = TRAPS.get(stem, {})
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        for k in ('title', 'municipality', 'department', 'contractor_contains', 'council_session'):
            if m[k] and not has(m[k]):
                err(f'{w}: {k} not in text: {m[k]}')
        if m['legal_basis'] and m['legal_basis'] not in joined:
            err(f'{w}: legal basis not in text: {m["legal_basis"]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division not in text: {d}')
        for k in ('period_start', 'period_end'):
            if m[k] and wareki(m[k]) not in joined:
                err(f'{w}: {k} not in text as {wareki(m[k])}')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{w}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in text: {d["subject"]}')
        names = {d['item'] for d in m['data_items']}
        bad = names & (traps.get('items', set()) | traps.get('items_by_matter', {}).get(i, set()))
        if bad:
            err(f'{w}: trap items in gold: {sorted(bad)}')
        bad = set(m['media']) & traps.get('media', {}).get(i, set())
        if bad:
            err(f'{w}: trap media in gold: {sorted(bad)}')
        if m['department'] in traps.get('departments', set()):
            err(f'{w}: secretariat / holding department in gold: {m["department"]}')
        bad = set(m['divisions']) & traps.get('divisions', set())
        if bad:
            err(f'{w}: trap divisions in gold: {sorted(bad)}')
        if m['clauses'] and not re.search(r'第1条.*第2条', joined):
            err(f'{w}: clauses without an annex of articles in the text')
    # recurring true must be backed by a 以降も statement
    for i, m in enumerate(doc['matters'], 1):
        if m['recurring'] is True and '以降も' not in joined:
            err(f'{stem}#{i}: recurring true but no 以降も in text')


def main():
    doc_keys, matter_keys = seed_form()
    n = 0
    for stem in MINE:
        path = os.path.join(GOLD_DIR, stem + '.json')
        if not os.path.exists(path):
            err(f'missing gold {path}')
            continue
        doc = check_structure(path, doc_keys, matter_keys)
        check_support(doc)
        n += len(doc['matters'])
    print(f'{len(MINE)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
