#!/usr/bin/env python3
"""Self-check of the gold of letter o (o1_yamato_2020.txt, o2_kishiwada_2022.md).

Usage: python3 src/o/self_check.py [--gold DIR]      (default: ../../gold)

1. Structure: each gold file has the keys of /work/shared/corpus/gold/*.json in the same
   order and with the same JSON types; the enumerations of store.md / taxonomy.md; ISO
   dates; fiscal year = FY of the session when one is named, else of period_start;
   recurring false only with an end date, null without one; sensitive items are data
   items; the file is byte-identical to json.dumps(indent=1, ensure_ascii=False); the
   gold equals what make_gold.READINGS derives (so the sentence-level readings below are
   the ones the gold was made from).
2. Support, against the raw text.  The raw file is normalised: for o1 the page furniture
   (form feeds, the right-aligned 議案 number above each page, the centred 「－ N －」) is
   dropped and the four-character line-number margin is cut off every line; for o2 the
   Markdown is kept.  Then NFKC, and all whitespace removed, so wrapped values join up.
   Each matter has regions (section, items, media, ward, contractor, annex) between
   anchors, and:
   - title, department+division, legal basis, contractor substring and both period dates
     (as 令和/平成 era dates or as western dates) occur in the matter's section; the
     session occurs in the document, and the municipality too;
   - recurring true needs 「以降も」 in the section, false needs its absence;
   - every data item and subject occurs in the items region (HTML tags and parenthesised
     qualifiers removed);
   - every medium fragment occurs in the media region; every negated medium fragment
     occurs there too and its category is not in the gold's media;
   - every safeguard fragment occurs in its actor's region, every clause heading in the
     annex region, and matters without an annex have no clauses;
   - the must_not lists (negated items, secretariat or 保有課 departments, the unticked
     task-list item, codes that only a trap would give) are respected.
Exit status 1 on any failure."""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import make_gold  # noqa: E402

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
STEMS = sorted(make_gold.READINGS)

errors = []


def err(msg):
    errors.append(msg)


def N(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def detag(t):
    return re.sub(r'<[^>]+>|\*\*', '', t)


# ------------------------------------------------------------------ raw text
def normalise(path):
    text = open(path, encoding='utf-8').read()
    if path.endswith('.txt'):
        kept = []
        for line in text.replace('\f', '\n').split('\n'):
            if re.match(r'^ {20,}\S', line):          # right-aligned header / centred page no.
                continue
            if re.match(r'^[ \d]{3}( |$)', line) or re.match(r'^ {0,3}$', line):
                line = line[4:]                       # line-number margin
            else:
                err(f'{os.path.basename(path)}: line without margin: {line!r}')
            kept.append(line)
        text = '\n'.join(kept)
    return N(text)


def region(text, anchors, where, name):
    start, end = anchors
    i = text.find(N(start))
    if i < 0:
        err(f'{where}: {name} start anchor not found: {start}')
        return ''
    if text.find(N(start), i + 1) >= 0 and name == 'section':
        err(f'{where}: section anchor not unique: {start}')
    if end is None:
        return text[i:]
    j = text.find(N(end), i + len(N(start)))
    if j < 0:
        err(f'{where}: {name} end anchor not found: {end}')
        return ''
    return text[i:j]


def date_forms(iso):
    y, m, d = map(int, iso.split('-'))
    forms = [f'{y}年{m}月{d}日', f'{y}/{m}/{d}', iso]
    for era, base in (('令和', 2018), ('平成', 1988)):
        n = y - base
        if n >= 1:
            forms.append(f'{era}{"元" if n == 1 else n}年{m}月{d}日')
    return forms


# ------------------------------------------------------------------ structure
def seed_form():
    doc = json.load(open(sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))[0], encoding='utf-8'))
    return list(doc.keys()), doc['matters'][0]


def check_structure(path, doc_keys, seed_matter, expected):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    stem = os.path.splitext(os.path.basename(path))[0]
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc.get('source') != stem:
        err(f'{stem}: source {doc.get("source")} != stem')
    if doc != expected:
        err(f'{stem}: gold differs from make_gold.READINGS (edit make_gold.py, not the JSON)')
    if len(doc['matters']) != 2:
        err(f'{stem}: {len(doc["matters"])} matters, 2 expected')
    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        if list(m.keys()) != list(seed_matter.keys()):
            err(f'{where}: keys {list(m.keys())}')
            continue
        for k, v in seed_matter.items():
            if v is not None and m[k] is not None and type(m[k]) is not type(v):
                err(f'{where}: {k} has type {type(m[k]).__name__}, seed has {type(v).__name__}')
        if m['matter_kind'] not in KINDS:
            err(f'{where}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{where}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{where}: legal_basis form {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{where}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{where}: period_start after period_end')
        if m['recurring'] is False and m['period_end'] is None:
            err(f'{where}: recurring false without an end date')
        if m['period_start'] and m['period_end'] is None and m['recurring'] is not None \
                and m['recurring'] is not True:
            err(f'{where}: start-only period must have recurring null or true')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            if not mo:
                err(f'{where}: council_session form {m["council_session"]}')
            else:
                n = 1 if mo.group(2) == '元' else int(mo.group(2))
                fy = (2018 if mo.group(1) == '令和' else 1988) + n
                if fy != m['fiscal_year']:
                    err(f'{where}: fiscal_year {m["fiscal_year"]} != session FY {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            if m['fiscal_year'] != (y if mo_ >= 4 else y - 1):
                err(f'{where}: fiscal_year {m["fiscal_year"]} != FY of period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{where}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or '(' in d['item']:
                err(f'{where}: item not normalised: {d["item"]}')
            names.append(d['item'])
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{where}: sensitive item {s} is not a data item')
        if len(set(m['media'])) != len(m['media']) or not set(m['media']) <= MEDIA:
            err(f'{where}: media {m["media"]}')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{where}: safeguards keys')
        for actor, cats in m['safeguards'].items():
            if not set(cats) <= CATEGORIES or len(set(cats)) != len(cats):
                err(f'{where}: {actor} categories {cats}')
        if not set(m['clauses']) <= CATEGORIES:
            err(f'{where}: clauses {m["clauses"]}')
        if m['procedure'] not in ('outsourcing', 'external_link') and m['contractor_contains']:
            err(f'{where}: contractor_contains should be null for {m["procedure"]}')
        if m['safeguards']['contractor'] and not m['contractor_contains']:
            err(f'{where}: contractor safeguards without a contractor')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{where}: title not NFKC')
    return doc


# ------------------------------------------------------------------ support
def check_support(doc, readings):
    stem = doc['source']
    raws = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(raws) != 1:
        err(f'{stem}: raw file not found uniquely')
        return
    text = normalise(raws[0])
    for i, (m, r) in enumerate(zip(doc['matters'], readings), 1):
        where = f'{stem}#{i}'
        # the section is found in the whole text, the annex too (o1 prints it after the
        # last matter); every other region is looked for inside the section
        R = {'section': region(text, r['regions']['section'], where, 'section')}
        for k, v in r['regions'].items():
            if k != 'section':
                R[k] = region(text if k == 'annex' else R['section'], v, where, k)
        sec = R['section']
        if N(m['title']) not in sec:
            err(f'{where}: title not in section: {m["title"]}')
        if N(m['municipality']) not in text:
            err(f'{where}: municipality not in text')
        if m['council_session'] and N(m['council_session']) not in text:
            err(f'{where}: session not in text: {m["council_session"]}')
        for dv in m['divisions']:
            if N(m['department'] + dv) not in sec:
                err(f'{where}: department+division not in section: {m["department"]}{dv}')
        if m['legal_basis'] and N(m['legal_basis']) not in sec:
            err(f'{where}: legal basis not in section: {m["legal_basis"]}')
        if m['contractor_contains'] and N(m['contractor_contains']) not in sec:
            err(f'{where}: contractor not in section: {m["contractor_contains"]}')
        for k in ('period_start', 'period_end'):
            if m[k] and not any(N(f) in sec for f in date_forms(m[k])):
                err(f'{where}: {k} {m[k]} not in section')
        if m['recurring'] is True and '以降も' not in sec:
            err(f'{where}: recurring true but no 以降も in section')
        if m['recurring'] is False and '以降も' in sec:
            err(f'{where}: recurring false but 以降も in section')
        items_text = detag(R['items'])
        items_plain = strip_parens(items_text)
        for d in m['data_items']:
            it = N(d['item'])
            if it not in items_text and it not in items_plain:
                err(f'{where}: item not in items region: {d["item"]}')
            if 'subject' in d and N(d['subject']) not in items_text:
                err(f'{where}: subject not in items region: {d["subject"]}')
        for frag, cat in r['media']:
            if N(frag) not in R['media']:
                err(f'{where}: medium fragment not in media region: {frag}')
        for frag, cat in r['media_negated']:
            if N(frag) not in R['media']:
                err(f'{where}: negated medium fragment not in media region: {frag}')
            if cat in m['media']:
                err(f'{where}: negated medium category {cat} in gold media')
        for actor, key in (('ward', 'ward'), ('contractor', 'contractor_sg')):
            for frag, cats in r[key]:
                if N(frag) not in R.get(actor, ''):
                    err(f'{where}: {actor} safeguard fragment not in {actor} region: {frag}')
        if r['clauses']:
            for frag, cats in r['clauses']:
                if N(frag) not in R.get('annex', ''):
                    err(f'{where}: clause heading not in annex: {frag}')
        elif m['clauses']:
            err(f'{where}: clauses without an annex')
        mn = r.get('must_not', {})
        names = {d['item'] for d in m['data_items']}
        for x in mn.get('items', []):
            if x in names:
                err(f'{where}: negated item in gold: {x}')
            if N(x) not in sec:
                err(f'{where}: negated item trap missing from raw: {x}')
        for x in mn.get('departments', []):
            if m['department'] == x:
                err(f'{where}: department is a trap: {x}')
        for x in mn.get('divisions', []):
            if x in m['divisions']:
                err(f'{where}: division is a trap (保有課): {x}')
        for x in mn.get('contractor_codes', []):
            if x in m['safeguards']['contractor']:
                err(f'{where}: contractor code from a trap: {x}')
        for x in mn.get('ward_codes', []):
            if x in m['safeguards']['ward']:
                err(f'{where}: ward code from a trap: {x}')
        for x in mn.get('unticked', []):
            if N(x) not in R.get('contractor', '') + R.get('ward', ''):
                err(f'{where}: unticked trap missing from raw: {x}')
            for frag, _ in r['ward'] + r['contractor_sg']:
                if N(frag) in N(x):
                    err(f'{where}: a safeguard fragment comes from the unticked item: {frag}')


def main():
    gold_dir = os.path.join(ROOT, 'gold')
    if '--gold' in sys.argv:
        gold_dir = sys.argv[sys.argv.index('--gold') + 1]
    doc_keys, seed_matter = seed_form()
    expected = make_gold.build()
    n = 0
    for stem in STEMS:
        path = os.path.join(gold_dir, stem + '.json')
        if not os.path.exists(path):
            err(f'{stem}: gold missing')
            continue
        doc = check_structure(path, doc_keys, seed_matter, expected[stem])
        check_support(doc, make_gold.READINGS[stem])
        n += len(doc['matters'])
    print(f'{len(STEMS)} gold files of letter o, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
