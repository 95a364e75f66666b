#!/usr/bin/env python3
"""Self-check of the letter-y gold of wild-39 (y1_ikoma_2023, y2_kashihara_2019).

1. Structure: keys and key order of /work/shared/corpus/gold/*.json, enumerations of
   store.md / taxonomy.md, ISO dates, fiscal-year rule (session if named, else FY of
   period_start), sensitive items ⊂ items, json.dumps(indent=1, ensure_ascii=False) form.
2. Support in the raw text: the raw file is read, FAX header lines are dropped, OCR ruled
   lines (runs of ー, |) and YAML quoting are removed, then NFKC with whitespace removed
   (and a second copy with parenthesised qualifiers stripped).  Each matter's section runs
   from the last occurrence of its title to the last occurrence of the next title.
   Within its section: every data item, every subject, the contractor substring, the
   department, every division, the period dates (written back as 令和/平成 era dates)
   and, when clauses are given, a 特記事項 with numbered articles.  In the whole text:
   title, municipality, session, legal basis.
Usage: self_check.py [--gold DIR]   (exit 1 on any failure)"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STEMS = ['y1_ikoma_2023', 'y2_kashihara_2019']
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
errors = []


def err(m):
    errors.append(m)


def seed_form():
    doc = json.load(open(sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys())


def check_structure(path, stem, doc_keys, matter_keys):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1) form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys')
    if doc['source'] != stem:
        err(f'{stem}: source {doc["source"]}')
    if len(doc['matters']) != 2:
        err(f'{stem}: {len(doc["matters"])} matters, expected 2')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())}')
            continue
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis form')
        for k in ('period_start', 'period_end'):
            if m[k] is not None:
                try:
                    datetime.date.fromisoformat(m[k])
                except ValueError:
                    err(f'{w}: {k} {m[k]}')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring')
        if m['period_end'] is None and m['recurring'] is not None:
            err(f'{w}: recurring must be null without an end date (judgment call 8)')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            if not mo:
                err(f'{w}: session form')
            else:
                n = 1 if mo.group(2) == '元' else int(mo.group(2))
                fy = (2018 if mo.group(1) == '令和' else 1988) + n
                if fy != m['fiscal_year']:
                    err(f'{w}: fiscal_year {m["fiscal_year"]} != {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            if (y if mo_ >= 4 else y - 1) != m['fiscal_year']:
                err(f'{w}: fiscal_year vs period_start')
        names = [d['item'] for d in m['data_items']]
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: item keys')
            if d['item'] != unicodedata.normalize('NFKC', d['item']):
                err(f'{w}: item not NFKC {d["item"]}')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive {s} not an item')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{w}: media {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{w}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys')
        for a, cats in m['safeguards'].items():
            for c in cats:
                if c not in CATEGORIES:
                    err(f'{w}: {a} category {c}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {a} categories')
        for c in m['clauses']:
            if c not in CATEGORIES:
                err(f'{w}: clause {c}')
        if m['safeguards']['contractor'] and not m['contractor_contains']:
            err(f'{w}: contractor safeguards without contractor')
        if m['procedure'] in ('external_provision', 'purpose_change', 'indirect_collection',
                              'computer_processing') and m['contractor_contains']:
            err(f'{w}: contractor must be null for {m["procedure"]}')
    return doc


def read_raw(stem):
    c = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(c) != 1:
        err(f'{stem}: raw not found')
        return ''
    t = open(c[0], encoding='utf-8').read()
    lines = [l for l in t.splitlines()
             if not re.match(r'^\d{4}/\d{2}/\d{2}\s+\d{1,2}:\d{2}\s+[\d-]+\s+.*P\.\d+\s*$', l)]
    return '\n'.join(lines)


def norm(t):
    t = unicodedata.normalize('NFKC', t)
    t = re.sub(r'ー{3,}|\|', '', t)
    t = re.sub(r'["\']', '', t)
    t = re.sub(r'※\d*', '', t)
    return re.sub(r'\s+', '', t)


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


KANJI = '〇一二三四五六七八九'


def era_forms(iso):
    d = datetime.date.fromisoformat(iso)
    if d >= datetime.date(2019, 5, 1):
        era, n = '令和', d.year - 2018
    else:
        era, n = '平成', d.year - 1988
    ys = ['元', '1'] if n == 1 else [str(n)]
    return [f'{era}{y}年{d.month}月{d.day}日' for y in ys]


def check_support(doc):
    stem = doc['source']
    whole = norm(read_raw(stem))
    plain = strip_parens(whole)
    titles = [unicodedata.normalize('NFKC', m['title']) for m in doc['matters']]
    starts = [whole.rfind(t) for t in titles]
    for i, m in enumerate(doc['matters']):
        w = f'{stem}#{i + 1}'
        if starts[i] < 0:
            err(f'{w}: title not in text: {m["title"]}')
            continue
        end = starts[i + 1] if i + 1 < len(starts) and starts[i + 1] > starts[i] else len(whole)
        sec = whole[starts[i]:end]
        sec_plain = strip_parens(sec)

        def in_sec(x):
            x = unicodedata.normalize('NFKC', x)
            return x in sec or x in sec_plain

        def in_doc(x):
            x = unicodedata.normalize('NFKC', x)
            return x in whole or x in plain
        if not in_doc(m['municipality']):
            err(f'{w}: municipality not in text')
        if m['council_session'] and not in_doc(m['council_session']):
            err(f'{w}: session not in text: {m["council_session"]}')
        if m['legal_basis'] and not in_doc(m['legal_basis']):
            err(f'{w}: legal basis not in text: {m["legal_basis"]}')
        if m['contractor_contains'] and not in_sec(m['contractor_contains']):
            err(f'{w}: contractor not in section: {m["contractor_contains"]}')
        if not in_sec(m['department']):
            err(f'{w}: department not in section: {m["department"]}')
        for d in m['divisions']:
            if not in_sec(d):
                err(f'{w}: division not in section: {d}')
        for k in ('period_start', 'period_end'):
            if m[k] and not any(f in sec for f in era_forms(m[k])):
                err(f'{w}: {k} {m[k]} not in section as {era_forms(m[k])}')
        for d in m['data_items']:
            if not in_sec(d['item']):
                err(f'{w}: item not in section: {d["item"]}')
            if 'subject' in d and not in_sec(d['subject']):
                err(f'{w}: subject not in section: {d["subject"]}')
        if m['clauses'] and not ('特記事項' in sec and re.search(r'第\d+条', sec)):
            err(f'{w}: clauses given but no annex in section')


def main():
    gold_dir = os.path.join(ROOT, 'gold')
    if '--gold' in sys.argv:
        gold_dir = sys.argv[sys.argv.index('--gold') + 1]
    doc_keys, matter_keys = seed_form()
    n = 0
    for stem in STEMS:
        p = os.path.join(gold_dir, stem + '.json')
        if not os.path.exists(p):
            err(f'{stem}: gold missing')
            continue
        doc = check_structure(p, stem, doc_keys, matter_keys)
        check_support(doc)
        n += len(doc['matters'])
    print(f'{len(STEMS)} gold files (letter y), {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
