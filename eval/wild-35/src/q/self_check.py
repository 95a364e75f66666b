#!/usr/bin/env python3
"""Self-check of the wild-35 "q" gold (q1_misato_2020, q2_kanuma_2023).

1. Structure: key order and JSON types of /work/shared/corpus/gold/*.json; the enumerations
   of store.md / taxonomy.md; ISO dates; fiscal year = the session's FY when a session is
   given, else the FY of period_start; sensitive items are data items; no duplicates.
2. Support in the raw text, for every matter:
   - title, municipality, department, every division, contractor substring;
   - every data item and every subject;
   - legal basis: the article string occurs, and it occurs in the same sentence as 条例;
   - session: occurs;
   - dates: period_start / period_end are era dates written in the text (令和N年M月D日,
     full-width or not), and recurring=true needs an 以降も… statement in the text;
   - clauses: a matter with clauses needs an attached 特記事項 with at least as many
     articles as it has distinct clause codes (minus codes from the same article).
   PDF text comes from `pdftotext` (reading order) and `pdftotext -layout`; the q2 text is
   also read column by column (the label column 0–7, the value column from 8, the
   side-by-side measure columns 0–26 / 27–) so that wrapped cells re-join.
   Before searching, text is NFKC-normalised, whitespace and form feeds are removed, and a
   second copy has parenthesised qualifiers and ※ marks removed.
Usage: self_check.py            check gold/
       self_check.py --negative inject fake values and require each to be reported
Exit status 1 on failure."""
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
STEMS = ['q1_misato_2020', 'q2_kanuma_2023']

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


# ------------------------------------------------------------------ structure
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


def check_structure(doc, stem, doc_keys, matter_keys, err):
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc['source'] != stem:
        err(f'{stem}: source {doc["source"]}')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())}')
            continue
        for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{w}: {k} must be a non-empty string')
        for k in ('legal_basis', 'contractor_contains', 'council_session', 'period_start', 'period_end'):
            if m[k] is not None and not isinstance(m[k], str):
                err(f'{w}: {k} must be string or null')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis form {m["legal_basis"]}')
        if not isinstance(m['divisions'], list) or not all(isinstance(x, str) for x in m['divisions']):
            err(f'{w}: divisions must be a list of strings')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} not ISO: {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring {m["recurring"]}')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{w}: recurring false without an end date')
        if not isinstance(m['fiscal_year'], int) or isinstance(m['fiscal_year'], bool):
            err(f'{w}: fiscal_year not int')
        elif m['council_session']:
            fy = fy_of_session(m['council_session'])
            if fy is None:
                err(f'{w}: council_session form {m["council_session"]}')
            elif fy != m['fiscal_year']:
                err(f'{w}: fiscal_year {m["fiscal_year"]} != session FY {fy}')
        elif m['period_start']:
            y, mo, _ = map(int, m['period_start'].split('-'))
            if (y if mo >= 4 else y - 1) != m['fiscal_year']:
                err(f'{w}: fiscal_year {m["fiscal_year"]} != FY of period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']):
                err(f'{w}: item not NFKC: {d["item"]}')
            names.append((d.get('subject'), d['item']))
        if len(set(names)) != len(names):
            err(f'{w}: duplicate data item')
        for s in m['sensitive_items']:
            if s not in [n for _, n in names]:
                err(f'{w}: sensitive item {s} is not a data item')
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
        for k in ('title', 'department', 'municipality'):
            if m[k] != unicodedata.normalize('NFKC', m[k]):
                err(f'{w}: {k} not NFKC')


# ------------------------------------------------------------------ raw text
def raw_texts(stem):
    """The raw document read in several ways; every reading is searched."""
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        return None
    p = cands[0]
    if p.endswith('.pdf'):
        plain = subprocess.run(['pdftotext', '-enc', 'UTF-8', p, '-'], capture_output=True,
                               check=True).stdout.decode('utf-8')
        layout = subprocess.run(['pdftotext', '-layout', '-enc', 'UTF-8', p, '-'],
                                capture_output=True, check=True).stdout.decode('utf-8')
        return [plain, layout]
    text = open(p, encoding='utf-8').read()
    return [text] + columns(text)


def columns(text):
    """Re-join the form's cells of the q2 layout: label column [0,8), value column [8,),
    measure columns [0,27) and [27,)."""
    label, value, left, right = [], [], [], []
    for line in text.split('\n'):
        line = line.replace('\f', '')
        label.append(line[:8])
        value.append(line[8:])
        left.append(line[:27])
        right.append(line[27:])
    return ['\n'.join(x) for x in (label, value, left, right)]


def norm(t):
    t = unicodedata.normalize('NFKC', t)
    return re.sub(r'\s+', '', t)


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t.replace('※', '')


KANJI_NUM = {'元': 1}


def era_dates(t):
    """All 令和/平成 dates of a normalised text, as ISO strings."""
    out = set()
    for era, y, m, d in re.findall(r'(令和|平成)(元|\d+)年(\d+)月(\d+)日', t):
        n = 1 if y == '元' else int(y)
        year = (2018 if era == '令和' else 1988) + n
        out.add(f'{year:04d}-{int(m):02d}-{int(d):02d}')
    return out


def check_support(doc, err):
    stem = doc['source']
    texts = raw_texts(stem)
    if texts is None:
        err(f'{stem}: raw file not found')
        return
    # pdftotext -layout interleaves the two text columns line by line, so a matter's
    # stretch of text is only taken from the other readings
    seg_texts = [texts[0]] if stem.startswith('q1') else texts
    hay = []
    for t in texts:
        n = norm(t)
        hay += [n, strip_parens(n)]
    full = norm(texts[0])
    dates = era_dates(full)

    def has(x):
        x = norm(x)
        return any(x in h for h in hay)

    def in_matter(x, k):
        """x occurs inside matter k's own stretch of text in some reading."""
        x = norm(x)
        for t in seg_texts:
            seg = segment(norm(t), doc['matters'], k)
            if x in seg or x in strip_parens(seg):
                return True
        return False

    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        for k in ('title', 'municipality', 'department'):
            if not has(m[k]):
                err(f'{w}: {k} not in text: {m[k]}')
        if not in_matter(m['department'], i - 1):
            err(f'{w}: department not in the matter\'s own text: {m["department"]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division not in text: {d}')
            elif not in_matter(d, i - 1):
                err(f'{w}: division not in the matter\'s own text: {d}')
        if m['contractor_contains'] and not has(m['contractor_contains']):
            err(f'{w}: contractor not in text: {m["contractor_contains"]}')
        if m['council_session'] and not has(m['council_session']):
            err(f'{w}: session not in text: {m["council_session"]}')
        if m['legal_basis']:
            lb = m['legal_basis']
            if not has(lb):
                err(f'{w}: legal basis not in text: {lb}')
            elif not re.search(r'条例[^。]*?' + re.escape(lb) + r'|' + re.escape(lb) + r'（審議会', full):
                # the article must be the ordinance's (条例…第N条) or the bare article of the
                # 条例上の根拠 heading of q1#1
                if not re.search(r'条例上の根拠' + re.escape(lb), full):
                    err(f'{w}: legal basis not tied to an ordinance: {lb}')
        for k in ('period_start', 'period_end'):
            if m[k] and m[k] not in dates:
                err(f'{w}: {k} {m[k]} is not a date written in the text')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{w}: item not in text: {d["item"]}')
            elif not in_matter(d['item'], i - 1):
                err(f'{w}: item not in the matter\'s own text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in text: {d["subject"]}')
        seg = segment(full, doc['matters'], i - 1)
        if m['recurring'] is True and '以降も' not in seg:
            err(f'{w}: recurring true but no 以降も statement in the matter')
        if m['clauses']:
            n_arts = 0
            for t in texts:                      # the reading order differs per reading
                n = norm(t)
                arts = re.findall(r'第(\d+)(?:条)?(?:\(|[^\d条項号])', n[n.find('特記事項'):])
                n_arts = max(n_arts, len(set(a for a in arts if int(a) <= 30)))
            if '特記事項' not in seg or n_arts < 10:
                err(f'{w}: clauses given but no 特記事項 attached to this matter')
            elif len(m['clauses']) > 2 * n_arts:
                err(f'{w}: more clause codes than the annex can hold')


def segment(full, matters, k):
    """The text of matter k: from the last occurrence of its title to the last occurrence
    of the next matter's title (titles also appear in tables of contents)."""
    pos = [full.rfind(norm(m['title'])) for m in matters]
    start = pos[k]
    end = pos[k + 1] if k + 1 < len(pos) else len(full)
    return full[start:end] if start >= 0 else ''


def run(golds):
    errors = []
    err = errors.append
    doc_keys, matter_keys = seed_form()
    for stem, doc in golds.items():
        check_structure(doc, stem, doc_keys, matter_keys, err)
        check_support(doc, err)
    return errors


def load():
    golds = {}
    for stem in STEMS:
        p = os.path.join(ROOT, 'gold', stem + '.json')
        raw = open(p, encoding='utf-8').read()
        golds[stem] = json.loads(raw)
        if raw.rstrip('\n') != json.dumps(golds[stem], ensure_ascii=False, indent=1):
            print(f'FAIL {stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
            sys.exit(1)
    return golds


def negative(golds):
    """Each mutation must produce at least one error."""
    muts = [
        ('fake item', lambda g: g['q1_misato_2020']['matters'][1]['data_items'].append({'item': '血液型', 'subject': '対象者'})),
        ('fake division', lambda g: g['q2_kanuma_2023']['matters'][0]['divisions'].append('こども家庭課')),
        ('secretariat as department', lambda g: g['q1_misato_2020']['matters'][0].__setitem__('department', '総務部')),
        ('item of the other matter', lambda g: g['q2_kanuma_2023']['matters'][0]['data_items'].append({'item': '傷病名'})),
        ('保有課 as division', lambda g: g['q1_misato_2020']['matters'][1]['divisions'].append('市民税課')),
        ('wrong contractor', lambda g: g['q2_kanuma_2023']['matters'][1].__setitem__('contractor_contains', 'ケアサポート栃木')),
        ('wrong start date', lambda g: g['q1_misato_2020']['matters'][1].__setitem__('period_start', '2020-12-16')),
        ('wrong end date', lambda g: g['q2_kanuma_2023']['matters'][1].__setitem__('period_end', '2024-03-30')),
        ('wrong article', lambda g: g['q2_kanuma_2023']['matters'][1].__setitem__('legal_basis', '第6条第2項')),
        ('wrong session', lambda g: g['q2_kanuma_2023']['matters'][0].__setitem__('council_session', '令和5年度第2回')),
        ('wrong fiscal year', lambda g: g['q1_misato_2020']['matters'][0].__setitem__('fiscal_year', 2021)),
        ('sensitive not an item', lambda g: g['q2_kanuma_2023']['matters'][1]['sensitive_items'].append('病名')),
        ('bad media code', lambda g: g['q2_kanuma_2023']['matters'][1]['media'].append('usb')),
        ('clauses on a matter without annex', lambda g: g['q2_kanuma_2023']['matters'][0]['clauses'].append('liability')),
        ('recurring true without statement', lambda g: g['q2_kanuma_2023']['matters'][1].__setitem__('recurring', True)),
        ('subject not in text', lambda g: g['q2_kanuma_2023']['matters'][0]['data_items'].append({'item': '氏名', 'subject': '祖父母'})),
    ]
    ok = True
    base = run(golds)
    if base:
        print('baseline has errors; fix them first')
        return False
    for name, f in muts:
        g = copy.deepcopy(golds)
        f(g)
        errs = [e for e in run(g) if e not in base]
        print(('caught ' if errs else 'MISSED ') + name + (f': {errs[0]}' if errs else ''))
        ok &= bool(errs)
    return ok


def main():
    golds = load()
    if '--negative' in sys.argv:
        ok = negative(golds)
        print('negative test ' + ('OK' if ok else 'FAILED'))
        sys.exit(0 if ok else 1)
    errors = run(golds)
    raws = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(ROOT, 'raw', 'q*')))
    if raws != STEMS:
        errors.append(f'raw stems {raws} != {STEMS}')
    n = sum(len(d['matters']) for d in golds.values())
    print(f'{len(golds)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
