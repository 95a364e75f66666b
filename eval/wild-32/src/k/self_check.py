#!/usr/bin/env python3
"""Self-check of the wild-32 gold of writer k (files k*; the j files are not read).

1. Structure: every gold file has the keys of /work/shared/corpus/gold/*.json in the
   same order and of the same JSON types; enumerations are the spec's (store.md,
   taxonomy.md); dates are ISO; sensitive_items are a subset of the matter's items;
   the file is byte-identical to json.dumps(indent=1, ensure_ascii=False).
2. Support: every data item, the title, the contractor substring, the department,
   every division (or its compact-list parts), the session and the legal basis
   occur in the raw document's text.  The text is read with the right decoder
   (PDF via pypdf, cp932, UTF-8 with BOM), table columns of box-drawing and pandoc
   grid tables are re-joined, then NFKC-normalised with whitespace, footnote marks
   and parenthesised qualifiers removed.
Exit status 1 on any failure."""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))   # eval/wild-32
PREFIX = 'k'
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


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ structure
def seed_form():
    files = sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys()), doc['matters'][0]


def jtype(v):
    return type(v).__name__


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
        if not isinstance(m['fiscal_year'], int):
            err(f'{where}: fiscal_year not int')
        # fiscal year rule: session if named, else period_start
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
        if m['procedure'] in ('external_provision', 'purpose_change', 'indirect_collection',
                              'computer_processing') and m['contractor_contains'] is not None:
            err(f'{where}: contractor_contains should be null for {m["procedure"]}')
        if m['safeguards']['contractor'] and m['contractor_contains'] is None:
            err(f'{where}: contractor safeguards without a contractor')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{where}: title not NFKC')
    return doc


# ------------------------------------------------------------------ raw text
def read_raw(stem):
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not found uniquely: {cands}')
        return ''
    p = cands[0]
    if p.endswith('.pdf'):
        import pypdf
        r = pypdf.PdfReader(p)
        return '\n'.join(pg.extract_text() for pg in r.pages)
    b = open(p, 'rb').read()
    for enc in ('utf-8-sig', 'cp932'):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    err(f'{stem}: undecodable')
    return ''


def rejoin_columns(text):
    """Box-drawing (┃) and pandoc grid (|) tables: emit the label column and the
    content column each as one run, so wrapped cell lines join up."""
    out, labels, contents = [], [], []

    def flush():
        if labels or contents:
            out.append(''.join(labels))
            out.append(''.join(contents))
            labels.clear()
            contents.clear()

    for line in text.splitlines():
        s = line.strip()
        if s.startswith('┃') and s.count('┃') >= 3:
            parts = s.strip('┃').split('┃')
            labels.append(parts[0].strip('\u3000 '))
            contents.append(parts[-1].rstrip('\u3000 '))
        elif s.startswith('|') and s.endswith('|') and s.count('|') >= 3:
            parts = [x.strip() for x in s.strip('|').split('|')]
            labels.append(parts[0])
            contents.append(re.sub(r'^(-|\d+\.)\s+', '', parts[-1]) + ('\n' if parts[-1] == '' else ''))
        elif re.match(r'^[┏┣┗+]', s):
            flush()
        else:
            flush()
            out.append(line)
    flush()
    return '\n'.join(out)


def norm(text):
    t = re.sub(r'<[^>]+>', '', text)                       # HTML tags
    t = unicodedata.normalize('NFKC', t)
    t = re.sub(r'\[\^\d+\]|※\d*', '', t)                  # footnote marks
    t = re.sub(r'\*\*|\[\]\{[^}]*\}', '', t)                # md emphasis, anchors
    t = re.sub(r'\s+', '', t)
    return t


KD = {'〇': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def kanji_int(k):
    """一 .. 九千九百九十九 (十/百/千 positional forms)."""
    n, cur = 0, 0
    for ch in k:
        if ch in KD:
            cur = KD[ch]
        else:
            mult = {'十': 10, '百': 100, '千': 1000}[ch]
            n += (cur or 1) * mult
            cur = 0
    return n + cur


def arabic(t):
    """第十一条 → 第11条, 令和三年度第五回 → 令和3年度第5回 (for support checks only)."""
    return re.sub(r'(第|令和|平成)([〇一二三四五六七八九十百千]+)(条|項|号|回|年)',
                  lambda m: m.group(1) + str(kanji_int(m.group(2))) + m.group(3), t)


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def check_support(doc):
    stem = doc['source']
    raw = read_raw(stem)
    joined = norm(rejoin_columns(raw))
    joined = joined + '\n' + arabic(joined)
    plain = strip_parens(joined)
    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        def has(x):
            x = unicodedata.normalize('NFKC', x)
            return x in joined or x in plain
        if not has(m['title']):
            err(f'{where}: title not in text: {m["title"]}')
        if m['contractor_contains'] and not has(m['contractor_contains']):
            err(f'{where}: contractor not in text: {m["contractor_contains"]}')
        if not has(m['department']):
            err(f'{where}: department not in text: {m["department"]}')
        if not has(m['municipality']):
            err(f'{where}: municipality not in text: {m["municipality"]}')
        for d in m['divisions']:
            if not has(d):
                # compact list: 仙台中央・仙台南県税事務所 → check head and suffix separately
                mo = re.match(r'(.+?)(県税事務所|保健福祉事務所|福祉事務所|保健センター)$', d)
                if not (mo and mo.group(1) in joined and (mo.group(1) + '・' in joined or '・' + mo.group(1) in joined)):
                    err(f'{where}: division not in text: {d}')
        if m['council_session']:
            if m['council_session'] not in joined:
                err(f'{where}: session not in text: {m["council_session"]}')
        if m['legal_basis'] and m['legal_basis'] not in joined:
            err(f'{where}: legal basis not in text: {m["legal_basis"]}')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{where}: item not in text: {d["item"]}')
            if 'subject' in d:
                subj = strip_parens(unicodedata.normalize('NFKC', d['subject']))
                if not has(subj):
                    err(f'{where}: subject not in text: {d["subject"]}')


def main():
    doc_keys, matter_keys, seed_matter = seed_form()
    files = sorted(glob.glob(os.path.join(ROOT, 'gold', PREFIX + '*.json')))
    n_matters = 0
    for p in files:
        doc = check_structure(p, doc_keys, matter_keys, seed_matter)
        check_support(doc)
        n_matters += len(doc['matters'])
    raws = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(ROOT, 'raw', PREFIX + '*')))
    golds = sorted(os.path.splitext(os.path.basename(p))[0] for p in files)
    if raws != golds:
        err(f'raw/gold stems differ: {raws} vs {golds}')
    print(f'{len(files)} gold files, {n_matters} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
