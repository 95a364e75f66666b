#!/usr/bin/env python3
"""Self-check of the letter-aa gold of wild-40 (aa1_marugame_2020, aa2_oyama_2023).

1. Form: each gold file is json.dumps(indent=1, ensure_ascii=False)+newline, has the
   keys of shared/corpus/more/gold/*.json in the same order and with the same JSON
   types; codes belong to store.md / taxonomy.md; dates are ISO; fiscal_year follows
   the session (else period_start); sensitive_items are a subset of the items; the
   gold equals what make_gold.py derives from its evidence.
2. Support in the raw text (substitutions of the reST expanded, `\\ ` escapes and
   markup removed, grid-table columns re-joined, HTML comments kept as text,
   NFKC, whitespace removed; parenthesised qualifiers stripped for a second view):
   title, municipality, department, divisions, contractor, session, legal basis,
   period dates written in the 令和 era, every data item and subject, every media
   word, every safeguard snippet inside its actor's section of its own matter, the
   number of list entries in each actor's section equal to the number of safeguard
   rows, every annex article in order and the article count, evidence phrases, and
   decoys (mentioned in the text, absent from the gold).
3. Brief: 8-20 items, some sensitive and some not, 4-10 measures per actor, an
   annex of 10-15 articles in at least one matter.
Exit status 1 on any failure."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, HERE)
import make_gold  # noqa: E402

MORE_GOLD = '/work/shared/corpus/more/gold'
RAW_EXT = {'aa1_marugame_2020': '.txt', 'aa2_oyama_2023': '.md'}

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


# ------------------------------------------------------------------ form
def reference_form():
    path = os.path.join(MORE_GOLD, sorted(os.listdir(MORE_GOLD))[0])
    doc = json.load(open(path, encoding='utf-8'))
    m = doc['matters'][0]
    return list(doc.keys()), list(m.keys()), {k: type(v).__name__ for k, v in m.items()}


def check_form(path, doc_keys, matter_keys, types):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{path}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{path}: top-level keys {list(doc.keys())}')
    stem = os.path.splitext(os.path.basename(path))[0]
    if doc['source'] != stem:
        err(f'{path}: source {doc["source"]} != stem')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())}')
            continue
        for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department',
                  'divisions', 'data_items', 'sensitive_items', 'media', 'safeguards',
                  'clauses', 'fiscal_year'):
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
            err(f'{w}: recurring must be null with a start-only period (call 8)')
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
                err(f'{w}: fiscal_year != FY of period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']):
                err(f'{w}: item not NFKC {d["item"]}')
            names.append(d['item'])
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive item {s} not a data item')
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
                    err(f'{w}: {actor} code {c}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {actor} codes')
        for c in m['clauses']:
            if c not in CATEGORIES:
                err(f'{w}: clause code {c}')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{w}: title not NFKC')
        if m['procedure'] not in ('outsourcing', 'external_link') and m['contractor_contains']:
            err(f'{w}: contractor for {m["procedure"]}')
    return doc


# ------------------------------------------------------------------ raw text
SUBS = {}


def expand_rst(text):
    subs = dict(re.findall(r'^\.\. \|([^|]+)\| replace:: (.+)$', text, flags=re.M))
    SUBS.update(subs)
    for k, v in SUBS.items():
        text = text.replace('|' + k + '|', v)
    return text.replace('\\ ', '')


def rejoin_grid(text):
    out, cols = [], []

    def flush():
        if cols:
            out.extend(''.join(c) for c in cols)
            cols.clear()

    for line in text.splitlines():
        s = line.strip()
        if s.startswith('|') and s.endswith('|') and s.count('|') >= 3:
            parts = s[1:-1].split('|')
            if not cols:
                cols.extend([] for _ in parts)
            for c, p in zip(cols, parts):
                c.append(p.strip())
        elif re.fullmatch(r'\+[-=+]+\+', s):
            flush()
        else:
            flush()
            out.append(line)
    flush()
    return '\n'.join(out)


def read_raw(stem):
    path = os.path.join(ROOT, 'raw', stem + RAW_EXT[stem])
    b = open(path, 'rb').read()
    if b.startswith(b'\xef\xbb\xbf') or b'\r' in b:
        err(f'{stem}: expected UTF-8 without BOM, LF line ends')
    return b.decode('utf-8')


def prepare(stem, raw):
    """Returns the text with markup resolved (lines kept) for region search."""
    t = raw
    if stem.startswith('aa1'):
        t = expand_rst(t)
        t = rejoin_grid(t)
    t = t.replace('<!--', ' ').replace('-->', ' ')
    t = re.sub(r'<br\s*/?>', '', t)
    t = re.sub(r'</?(div|span)[^>]*>', '', t)
    t = t.replace('**', '').replace('~~', '')
    return t


def norm(t):
    t = unicodedata.normalize('NFKC', t)
    return re.sub(r'\s+', '', t)


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def era(iso):
    y, m, d = map(int, iso.split('-'))
    n = y - 2018
    return f'令和{"元" if n == 1 else n}年{m}月{d}日'


def find_line(lines, needle, start):
    for i in range(start, len(lines)):
        if needle in lines[i]:
            return i
    return None


LIST_ENTRY = re.compile(r'^\s*(#\.|\(\d+\)|[a-z]\.|-|\*|\d+\.)\s')


def check_matter(stem, i, m, g, raw, prepared):
    w = f'{stem}#{i}'
    full = norm(prepared)
    plain = strip_parens(full)

    def has(x):
        x = norm(x)
        return x in full or x in plain

    f = m['fields']
    for k in ('title', 'municipality', 'department', 'council_session', 'legal_basis',
              'contractor_contains'):
        if f[k] and not has(f[k]):
            err(f'{w}: {k} not in text: {f[k]}')
    for d in f['divisions']:
        if not has(d):
            err(f'{w}: division not in text: {d}')
    for k in ('period_start', 'period_end'):
        if f[k] and not has(era(f[k])):
            err(f'{w}: {k} {f[k]} not in text as {era(f[k])}')
    for d in g['data_items']:
        if not has(d['item']):
            err(f'{w}: item not in text: {d["item"]}')
        if 'subject' in d and not has(d['subject']):
            err(f'{w}: subject not in text: {d["subject"]}')
    for word, cat in m['media']:
        if not has(word):
            err(f'{w}: media word not in text: {word}')
    for e in m.get('evidence', []):
        if not has(e):
            err(f'{w}: evidence not in text: {e}')

    # decoys: in the text, not in the gold
    dec = m['decoys']
    items = [d['item'] for d in g['data_items']]
    for x in dec.get('items', []):
        if not has(x):
            err(f'{w}: decoy item not in text: {x}')
        if any(x in it for it in items):
            err(f'{w}: decoy item in gold: {x}')
    for x in dec.get('media', []):
        if not has(x):
            err(f'{w}: decoy medium not in text: {x}')
        if any(x == word for word, _ in m['media']):
            err(f'{w}: decoy medium in gold: {x}')
    for x in dec.get('departments', []):
        if not has(x) or x == f['department']:
            err(f'{w}: bad department decoy {x}')
    for x in dec.get('divisions', []):
        if not has(x) or x in f['divisions']:
            err(f'{w}: bad division decoy {x}')
    for x in dec.get('legal', []):
        if not has(x) or x == f['legal_basis']:
            err(f'{w}: bad legal decoy {x}')
    for x in dec.get('dates', []):
        if not has(x) or x in [era(d) for d in (f['period_start'], f['period_end']) if d]:
            err(f'{w}: bad date decoy {x}')

    # safeguards inside their actor's section of this matter
    lines = prepared.splitlines()
    mk = m['markers']
    a = find_line(lines, mk['anchor'], 0)
    wd = find_line(lines, mk['ward'], a + 1) if a is not None else None
    ct = find_line(lines, mk['contractor'], wd + 1) if wd is not None else None
    en = find_line(lines, mk['end'], ct + 1) if ct is not None else None
    if None in (a, wd, ct, en):
        err(f'{w}: section markers not found in order: {a} {wd} {ct} {en}')
        return
    regions = {'ward': lines[wd + 1:ct], 'contractor': lines[ct + 1:en]}
    for actor, reg in regions.items():
        rows = [r for r in m['safeguards'] if r[0] == actor]
        entries = [l for l in reg if LIST_ENTRY.match(l)]
        if len(entries) != len(rows):
            err(f'{w}: {actor}: {len(entries)} list entries in the text, {len(rows)} safeguard rows')
        if not 4 <= len(rows) <= 10:
            err(f'{w}: {actor}: {len(rows)} measures (brief: 4-10)')
        body = norm('\n'.join(reg))
        pos = -1
        for r in rows:
            sn = norm(expand_rst(r[1]) if stem.startswith('aa1') else r[1])
            p = body.find(sn)
            if p < 0:
                err(f'{w}: {actor} snippet not in its section: {r[1]}')
            elif p < pos:
                err(f'{w}: {actor} snippet out of order: {r[1]}')
            else:
                pos = p
            for c in r[2]:
                if c not in CATEGORIES:
                    err(f'{w}: code {c}')

    # annex
    if m['annex']:
        an = m['annex']
        s = find_line(lines, an['start'], 0)
        e = find_line(lines, an['end'], s + 1) if s is not None else None
        if s is None or e is None:
            err(f'{w}: annex bounds not found')
        else:
            reg = lines[s:e]
            arts = [l for l in reg if re.match(an['article_re'], l)]
            if len(arts) != len(m['clauses']):
                err(f'{w}: annex has {len(arts)} articles, gold evidence {len(m["clauses"])}')
            if not 10 <= len(arts) <= 15:
                err(f'{w}: annex of {len(arts)} articles (brief: 10-15)')
            for (head, _), line in zip(m['clauses'], arts):
                if head not in line:
                    err(f'{w}: article heading {head} not at its place: {line[:30]}')
    elif g['clauses']:
        err(f'{w}: clauses without annex evidence')

    # brief
    if not 8 <= len(g['data_items']) <= 20:
        err(f'{w}: {len(g["data_items"])} items (brief: 8-20)')
    if not g['sensitive_items'] or len(g['sensitive_items']) == len(set(items)):
        err(f'{w}: needs some sensitive and some non-sensitive items')

    # gold equals the derivation from the evidence
    if g != make_gold.gold_matter(m):
        err(f'{w}: gold file differs from make_gold derivation (rerun make_gold.py)')
    media_cats = [c for _, c in m['media']]
    if sorted(set(media_cats)) != sorted(g['media']):
        err(f'{w}: media categories differ')


def main():
    doc_keys, matter_keys, types = reference_form()
    annexes = 0
    n = 0
    for stem, matters in make_gold.DOCS.items():
        path = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(path):
            err(f'{stem}: gold missing')
            continue
        doc = check_form(path, doc_keys, matter_keys, types)
        raw = read_raw(stem)
        prepared = prepare(stem, raw)
        if len(doc['matters']) != len(matters):
            err(f'{stem}: {len(doc["matters"])} matters in gold, {len(matters)} in make_gold')
        for i, (m, g) in enumerate(zip(matters, doc['matters']), 1):
            check_matter(stem, i, m, g, raw, prepared)
            annexes += bool(m['annex'])
            n += 1
    if annexes < 1:
        err('no matter with an annex')
    print(f'{len(make_gold.DOCS)} gold files, {n} matters, {annexes} annexes checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
