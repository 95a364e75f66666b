#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the ar gold (ar1_uwajima_2021, ar2_kanonji_2022).

A. Shape: the gold has the keys, key order and JSON types of
   /work/shared/corpus/more/gold/*.json; codes are in the store.md / taxonomy.md
   vocabularies; dates are ISO; the fiscal-year rule holds; sensitive items are
   data items; the file is exactly json.dumps(indent=1, ensure_ascii=False)+"\\n".
B. Support in the raw document (HTML: tags, scripts and styles dropped, entities
   unescaped; PDF: pdftotext, both reading order and -layout): title,
   municipality, department, divisions (compact lists expanded), contractor
   substring, session, legal basis, every data item and subject, the evidence
   word of every medium, the period dates as written (令和 or yyyy/mm/dd), the
   recurrence wording, every safeguard sentence and every annex article.
   The text is NFKC-normalised, whitespace removed, and compared both with and
   without parenthesised qualifiers.
C. Counts and cross-checks against content.py (the annotated text the generators
   render): 8-20 data items; 4-10 measures per actor; 10-15 annex articles for
   at least one matter; the hand-written gold categories equal the union of the
   per-sentence readings in order of first appearance; the clause codes equal the
   union of the article readings; items, media and facts ruled out in the text
   are absent from the gold.
Exit status 1 on any failure."""
import glob
import html
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

MORE_GOLD = '/work/shared/corpus/more/gold'
STEMS = ['ar1_uwajima_2021', 'ar2_kanonji_2022']

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
CLAUSE_ONLY = {'general_duty', 'publication', 'liability'}

# matter -> content record, in document order
CONTENT = {'ar1_uwajima_2021': [C.AR1_M1, C.AR1_M2], 'ar2_kanonji_2022': [C.AR2_M1, C.AR2_M2]}

# evidence words in the raw text for each gold medium (my reading, see NOTES-ar.md)
MEDIA_EVIDENCE = {
    ('ar1_uwajima_2021', 1): {'paper': '紙（利用者台帳、配達記録票）',
                              'contractor_pc': '受託者の事務所に設置するパソコン'},
    ('ar1_uwajima_2021', 2): {'external_system': '結合先サービスのサーバ（クラウド）',
                              'ward_system': '庁内の専用端末（インターネット接続系）',
                              'paper': '紙（予約情報を印刷した面談票）'},
    ('ar2_kanonji_2022', 1): {'paper': '紙（調査票、返信用封筒、宛名ラベル）',
                              'removable': 'DVD-R（発送用宛名データの受渡しに使用）',
                              'contractor_pc': '受託者の事務所内のパソコン',
                              'contractor_server': '受託者のサーバ（Web回答フォーム）'},
    ('ar2_kanonji_2022', 2): {'external_system': '結合先のクラウドサービス（ミエルノート）',
                              'ward_system': '市が委員に貸与するタブレット端末'},
}

# things the text mentions only to rule them out: (kind, value, evidence in the raw text)
RULED_OUT = {
    ('ar1_uwajima_2021', 1): [('item', '介護保険被保険者番号', '受託者には提供しない'),
                              ('item', '生活保護の受給状況', '受託者には提供しない'),
                              ('media', 'email', '電子メール及びUSBメモリ等の外部記録媒体による個人情報の受渡しは行わない'),
                              ('media', 'removable', '電子メール及びUSBメモリ等の外部記録媒体による個人情報の受渡しは行わない')],
    ('ar1_uwajima_2021', 2): [('item', '個人番号', '個人番号は予約サービスでは取り扱わず')],
    ('ar2_kanonji_2022', 1): [('item', '介護保険の要介護度', '6/10の課内協議で取得しないこととした'),
                              ('item', '要介護度', '6/10の課内協議で取得しないこととした'),
                              ('media', 'email', '電子メールによる個人情報の送受信は行わない')],
    ('ar2_kanonji_2022', 2): [('item', '主治医の氏名', '6/3の課内協議で掲載しないこととした'),
                              ('item', '氏名', 'マスキングし、サービスには掲載しない'),
                              ('item', '住所', 'マスキングし、サービスには掲載しない'),
                              ('item', '被保険者番号', 'マスキングし、サービスには掲載しない'),
                              ('media', 'paper', '紙の審査資料の郵送は、令和4年9月開催分をもって終了する')],
}

# traps that must not be in the gold: (field, value)
TRAPS = {
    ('ar1_uwajima_2021', 1): [('department', '総務部'), ('department', '市民生活部'),
                              ('period_start', '2021-11-26'), ('period_start', '2021-09-24')],
    ('ar1_uwajima_2021', 2): [('department', '総務部'), ('period_start', '2021-12-20'),
                              ('council_session', '令和3年度第2回')],
    ('ar2_kanonji_2022', 1): [('period_start', '2022-05-18'), ('period_start', '2022-06-30'),
                              ('council_session', 'R4-1 事前説明')],
    ('ar2_kanonji_2022', 2): [('period_start', '2022-05-26'), ('period_end', '2022-06-24')],
}

errors = []
NOTES = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ A. shape
def more_form():
    files = sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys()), files


def types_of(files):
    """JSON types seen per matter key in more/gold (None counted as 'NoneType')."""
    seen = {}
    for p in files:
        for m in json.load(open(p, encoding='utf-8'))['matters']:
            for k, v in m.items():
                seen.setdefault(k, set()).add(type(v).__name__)
    return seen


def era_year(era, n):
    n = 1 if n == '元' else int(n)
    return {'令和': 2018, '平成': 1988}[era] + n


def check_shape(path, doc_keys, matter_keys, types):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    stem = os.path.splitext(os.path.basename(path))[0]
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) + newline form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc['source'] != stem:
        err(f'{stem}: source {doc["source"]}')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())} != {matter_keys}')
            continue
        for k, v in m.items():
            if type(v).__name__ not in types[k]:
                err(f'{w}: {k} has type {type(v).__name__}, more/gold has {types[k]}')
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
            err(f'{w}: start after end')
        if m['period_end'] is None and m['recurring'] is not None:
            err(f'{w}: recurring must be null with a start-only period (JC8)')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            if not mo:
                err(f'{w}: session form {m["council_session"]}')
            elif era_year(mo.group(1), mo.group(2)) != m['fiscal_year']:
                err(f'{w}: fiscal_year {m["fiscal_year"]} != session year')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            if (y if mo_ >= 4 else y - 1) != m['fiscal_year']:
                err(f'{w}: fiscal_year does not follow period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or re.search(r'[()（）※]', d['item']):
                err(f'{w}: item not normalised: {d["item"]}')
            names.append(d['item'])
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} data items, want 8-20')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive item {s} not a data item')
        if not m['sensitive_items']:
            err(f'{w}: no sensitive items')
        if len(set(m['sensitive_items'])) == len(set(names)):
            err(f'{w}: every item sensitive, no look-alikes')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{w}: medium {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{w}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys')
        for actor, cats in m['safeguards'].items():
            for c in cats:
                if c not in CATEGORIES or c in CLAUSE_ONLY:
                    err(f'{w}: {actor} category {c}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {actor} categories')
        for c in m['clauses']:
            if c not in CATEGORIES:
                err(f'{w}: clause {c}')
        if len(set(m['clauses'])) != len(m['clauses']):
            err(f'{w}: duplicate clauses')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{w}: title not NFKC')
    return doc


# ------------------------------------------------------------------ B. raw text
def read_raw(stem):
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not unique: {cands}')
        return ['']
    p = cands[0]
    if p.endswith('.pdf'):
        a = subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True, check=True).stdout
        b = subprocess.run(['pdftotext', '-layout', p, '-'], capture_output=True, text=True, check=True).stdout
        return [a, b]
    t = open(p, encoding='utf-8').read()
    t = re.sub(r'<!--.*?-->', '', t, flags=re.S)
    t = re.sub(r'<(script|style)\b.*?</\1>', '', t, flags=re.S | re.I)
    t = re.sub(r'<[^>]+>', '', t)
    return [html.unescape(t)]


def norm(t):
    t = unicodedata.normalize('NFKC', t)
    return re.sub(r'\s+', '', t)


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def jp_dates(iso):
    y, m, d = map(int, iso.split('-'))
    r = y - 2018
    return [f'令和{r}年{m}月{d}日', f'{y}/{m:02d}/{d:02d}']


def check_support(doc, cont):
    stem = doc['source']
    texts = [norm(t) for t in read_raw(stem)]
    plains = [strip_parens(t) for t in texts]

    def has(x):
        x = norm(x)
        return any(x in t for t in texts) or any(x in t for t in plains)

    def has_wrapped(x):
        # a PDF table cell that wraps lets the next column's first line slip in
        # between the two halves of the item (障害高齢者の日常生活自立 / 認定調査票・主治医意 / 度)
        pat = '.{0,16}?'.join(re.escape(ch) for ch in norm(x))
        return stem.startswith('ar2') and any(re.search(pat, t) for t in texts)

    for i, (m, c) in enumerate(zip(doc['matters'], cont), 1):
        w = f'{stem}#{i}'
        for k in ('title', 'municipality', 'department', 'contractor_contains', 'council_session', 'legal_basis'):
            if m[k] and not has(m[k]):
                err(f'{w}: {k} not in text: {m[k]}')
        for d in m['divisions']:
            if not has(d):
                mo = re.match(r'(.+?)(保健センター)$', d)
                if not (mo and has(mo.group(1)) and has(mo.group(1) + '・') or mo and has('・' + mo.group(1))):
                    err(f'{w}: division not in text: {d}')
        for d in m['data_items']:
            if not has(d['item']):
                if has_wrapped(d['item']):
                    NOTES.append(f'{w}: item split by a wrapped PDF cell: {d["item"]}')
                else:
                    err(f'{w}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in text: {d["subject"]}')
        ev = MEDIA_EVIDENCE[(stem, i)]
        if set(ev) != set(m['media']):
            err(f'{w}: media {m["media"]} != evidence table {sorted(ev)}')
        for cat, word in ev.items():
            if not has(word):
                err(f'{w}: medium evidence not in text: {cat} {word}')
        for k in ('period_start', 'period_end'):
            if m[k] and not any(has(x) for x in jp_dates(m[k])):
                err(f'{w}: {k} {m[k]} not in text as {jp_dates(m[k])}')
        period_text = c.get('period') or (c['start'] + c['end'] + c['recurring'])
        if m['recurring'] is True and not ('以降も' in period_text or c.get('recurring') == 'はい'):
            err(f'{w}: recurring true without wording')
        if m['recurring'] is False and c.get('recurring') != 'いいえ' and '以降' in period_text:
            err(f'{w}: recurring false but the period says it recurs')
        if m['period_end'] is None and '日まで' in period_text:
            err(f'{w}: period_end null but the text has an end date')
        for actor, key in (('ward', 'ward'), ('contractor', 'contractor_measures')):
            for s, _ in c[key]:
                if not has(s):
                    err(f'{w}: {actor} sentence not in text: {s[:30]}…')
        for art in c['annex']:
            if not has(art[1]) or not has(art[2]):
                err(f'{w}: annex article not in text: {art[0]} {art[1]}')
        # ruled-out things appear in the text with their ruling, and not in the gold
        names = [d['item'] for d in m['data_items']]
        for kind, value, evidence in RULED_OUT.get((stem, i), []):
            if not has(evidence):
                err(f'{w}: ruling-out evidence not in text: {evidence}')
            if kind == 'item' and value in names:
                err(f'{w}: ruled-out item in gold: {value}')
            if kind == 'media' and value in m['media']:
                err(f'{w}: ruled-out medium in gold: {value}')
        for field, value in TRAPS.get((stem, i), []):
            if m[field] == value:
                err(f'{w}: trap value in gold: {field}={value}')
            if not any(has(x) for x in trap_forms(field, value)):
                err(f'{w}: trap {field}={value} is not in the text (stale trap list)')


def trap_forms(field, value):
    if not field.startswith('period'):
        return [value]
    y, m, d = map(int, value.split('-'))
    return jp_dates(value) + [f'{y}年{m}月{d}日', f'{m}月{d}日', f'{m}/{d}']


# ------------------------------------------------------------------ C. cross-checks
def ordered_union(lists):
    out = []
    for codes in lists:
        for c in codes:
            if c not in out:
                out.append(c)
    return out


def content_items(c):
    """items as the gold must hold them: qualifiers dropped, struck rows removed."""
    out = []
    if isinstance(c['items'][0], tuple) and isinstance(c['items'][0][1], list):
        for label, names in c['items']:
            subj = label.strip('【】')
            for n in names:
                out.append((strip_parens(unicodedata.normalize('NFKC', n)), subj))
    else:
        for row in c['items']:
            struck = row[-1]
            name = row[1] if len(row) == 5 else row[0]
            if not struck:
                out.append((strip_parens(unicodedata.normalize('NFKC', name)), None))
    return out


def check_cross(doc, cont):
    stem = doc['source']
    any_annex = False
    for i, (m, c) in enumerate(zip(doc['matters'], cont), 1):
        w = f'{stem}#{i}'
        if m['title'] != c['title']:
            err(f'{w}: title differs from content.py')
        if m['matter_kind'] != {'報告': 'report', '諮問': 'consultation'}[c['kind']]:
            err(f'{w}: matter_kind differs from 区分 {c["kind"]}')
        if m['legal_basis'] and m['legal_basis'] not in norm(c['basis']):
            err(f'{w}: legal_basis not in the 根拠条項 field')
        if m['department'] != c['dept']:
            err(f'{w}: department differs from the 担当 field')
        want = content_items(c)
        got = [(d['item'], d.get('subject')) for d in m['data_items']]
        if want != got:
            err(f'{w}: data items differ from content.py:\n  gold    {got}\n  content {want}')
        for actor, key in (('ward', 'ward'), ('contractor', 'contractor_measures')):
            n = len(c[key])
            if not 4 <= n <= 10:
                err(f'{w}: {n} {actor} measures, want 4-10')
            u = ordered_union(codes for _, codes in c[key])
            if u != m['safeguards'][actor]:
                err(f'{w}: {actor} safeguards {m["safeguards"][actor]} != readings {u}')
        u = ordered_union(a[3] for a in c['annex'])
        if u != m['clauses']:
            err(f'{w}: clauses {m["clauses"]} != article readings {u}')
        if c['annex']:
            any_annex = True
            if not 10 <= len(c['annex']) <= 15:
                err(f'{w}: {len(c["annex"])} annex articles, want 10-15')
        if m['procedure'] in ('outsourcing', 'external_link') and not m['contractor_contains']:
            err(f'{w}: no contractor / linked system')
    if not any_annex:
        err(f'{stem}: no matter carries an annex')
    if len(doc['matters']) != 2:
        err(f'{stem}: {len(doc["matters"])} matters, want 2')


def check_annex_count_in_raw():
    """Count the annex articles as they appear in the raw text."""
    t = norm(read_raw('ar1_uwajima_2021')[0])
    start = t.index('(基本的事項)')
    seg = t[start:t.index('━', start)]
    n = len(C.AR1_M1['annex'])
    nums = [int(x) for x in re.findall(r'第(\d+)条', seg)]
    if nums != list(range(1, n + 1)):
        err(f'ar1: annex articles in text {nums}, content has {n}')
    t = read_raw('ar2_kanonji_2022')[1]
    heads = [a[1] for a in C.AR2_M1['annex']]
    found = re.findall(r'^\s*(\d+)\.\s*（([^）]+)）', t, flags=re.M)
    if [h for _, h in found] != heads or [int(x) for x, _ in found] != list(range(1, len(heads) + 1)):
        err(f'ar2: numbered annex list in text {found} != content {heads}')


def main():
    doc_keys, matter_keys, files = more_form()
    types = types_of(files)
    n = 0
    for stem in STEMS:
        p = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(p):
            err(f'{stem}: gold missing')
            continue
        doc = check_shape(p, doc_keys, matter_keys, types)
        check_support(doc, CONTENT[stem])
        check_cross(doc, CONTENT[stem])
        n += len(doc['matters'])
    check_annex_count_in_raw()
    print(f'{len(STEMS)} gold files, {n} matters checked')
    for x in NOTES:
        print('note', x)
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
