#!/usr/bin/env python3
"""Self-check of the wild-47 "ao" gold (ao1_iizuka_2020, ao2_shunan_2023).

Structure: key order and JSON types of /work/shared/corpus/more/gold/*.json; the
vocabularies of store.md / taxonomy.md; ISO dates; the fiscal-year rule; sensitive
items are data items; canonical json.dumps form.
Support (against the raw file, NFKC-normalised, whitespace removed, parenthesised
qualifiers and footnote marks stripped, searched inside the matter's own segment):
title, municipality, department, divisions, contractor substring, session, legal
basis (kanji numerals converted), every data item and subject (or its documented
mis-recognised form), the media words and period words, every safeguard evidence
snippet; the gold safeguard lists equal the codes of the evidence in first-seen
order; the annex articles are re-read from the raw text (ao1: the headings the
secretary reads out; ao2: the <details> block), counted, numbered 1..N, and their
mapped codes equal the gold clauses; ruled-out items are not gold items.
Counts: two documents, two matters each, 8-20 items, 4-10 safeguard sentences per
actor, at least one annex of 10-15 articles.
Exit status 1 on any mismatch."""
import glob
import importlib.util
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
REF_GOLD = '/work/shared/corpus/more/gold'
STEMS = ['ao1_iizuka_2020', 'ao2_shunan_2023']

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


def load_make_gold():
    spec = importlib.util.spec_from_file_location('make_gold', os.path.join(HERE, 'make_gold.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ------------------------------------------------------------------ text helpers
KNUM = {'〇': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def kanji_to_int(s):
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch == '十':
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = KNUM[ch]
    return total + cur


def arabic_articles(t):
    return re.sub(r'第([〇一二三四五六七八九十]+)(条|項|号)',
                  lambda m: f'第{kanji_to_int(m.group(1))}{m.group(2)}', t)


def norm(t):
    t = unicodedata.normalize('NFKC', t)
    t = re.sub(r'\[\^\d+\]|※\d*', '', t)          # footnote marks
    t = re.sub(r'<br\s*/>', '', t)
    t = t.replace('**', '')
    t = re.sub(r'\s+', '', t)
    return t


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def read_raw(stem):
    c = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(c) != 1:
        err(f'{stem}: raw file not found uniquely: {c}')
        return ''
    b = open(c[0], 'rb').read()
    if b.startswith(b'\xef\xbb\xbf'):
        err(f'{stem}: unexpected BOM')
    return b.decode('utf-8')


def segment(raw, start, end):
    i = raw.find(start)
    j = raw.find(end, i + 1)
    if i < 0 or j < 0:
        err(f'segment markers not found: {start!r} .. {end!r}')
        return raw
    return raw[i:j]


# ------------------------------------------------------------------ structure
def check_structure(path, ref_doc_keys, ref_matter_keys):
    text = open(path, encoding='utf-8').read()
    doc = json.loads(text)
    stem = os.path.splitext(os.path.basename(path))[0]
    if text != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != ref_doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc['source'] != stem:
        err(f'{stem}: source {doc["source"]}')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != ref_matter_keys:
            err(f'{w}: keys {list(m.keys())} != {ref_matter_keys}')
            continue
        for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{w}: {k} must be a non-empty string')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis {m["legal_basis"]}')
        if not (isinstance(m['divisions'], list) and m['divisions'] and all(isinstance(x, str) for x in m['divisions'])):
            err(f'{w}: divisions')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period start after end')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring')
        if m['period_end'] is None and m['recurring'] is not None and m['recurring'] is False:
            err(f'{w}: recurring false without an end date (call 8)')
        if m['period_start'] and not m['period_end'] and m['recurring'] is not None:
            err(f'{w}: start-only period should have recurring null unless recurrence is stated')
        if not isinstance(m['fiscal_year'], int):
            err(f'{w}: fiscal_year type')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            if not mo:
                err(f'{w}: council_session {m["council_session"]}')
            else:
                n = 1 if mo.group(2) == '元' else int(mo.group(2))
                fy = (2018 if mo.group(1) == '令和' else 1988) + n
                if fy != m['fiscal_year']:
                    err(f'{w}: fiscal_year {m["fiscal_year"]} != session FY {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            if (y if mo_ >= 4 else y - 1) != m['fiscal_year']:
                err(f'{w}: fiscal_year vs period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or '(' in d['item']:
                err(f'{w}: item not normalised: {d["item"]}')
            names.append(d['item'])
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} data items (want 8-20)')
        if not m['sensitive_items']:
            err(f'{w}: no sensitive items')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive item {s} not a data item')
        if len(set(m['media'])) != len(m['media']) or not set(m['media']) <= MEDIA:
            err(f'{w}: media {m["media"]}')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys')
        for actor, cats in m['safeguards'].items():
            if not set(cats) <= CATEGORIES or len(set(cats)) != len(cats):
                err(f'{w}: {actor} categories {cats}')
            if not cats:
                err(f'{w}: no {actor} safeguards')
        if not set(m['clauses']) <= CATEGORIES or len(set(m['clauses'])) != len(m['clauses']):
            err(f'{w}: clauses {m["clauses"]}')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{w}: title not NFKC')
        if m['contractor_contains'] is None and m['procedure'] in ('outsourcing', 'external_link'):
            err(f'{w}: an outsourcing / link matter without contractor')
    return doc


# ------------------------------------------------------------------ annex re-reading
def read_annex_ao1(seg):
    """The secretary reads 「第N条、見出し。」 one by one."""
    t = unicodedata.normalize('NFKC', seg)
    i = t.find('各条の見出しのみ読み上げ')
    j = t.find('以上、', i)
    part = t[i:j]
    return [(kanji_to_int(n), h) for n, h in re.findall(r'第([0-9〇一二三四五六七八九十]+)条、([^。]+)。', part)], t[j:j + 12]


def read_annex_ao2(seg):
    t = unicodedata.normalize('NFKC', seg)
    i = t.find('<summary>特記事項(全文)</summary>')
    j = t.find('</details>', i)
    part = t[i:j]
    return [(int(n), h) for h, n in re.findall(r'\(([^()]+)\)<br />\n第(\d+)条', part)]


# ------------------------------------------------------------------ support
def check_support(stem, doc, spec_matters):
    raw = read_raw(stem)
    if stem == 'ao1_iizuka_2020':
        if b'\r\n' not in open(glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))[0], 'rb').read():
            err(f'{stem}: expected CRLF line ends')
        for must in ('録音時間：01:42:17', 'この文書は音声認識により自動作成されたもので、誤認識を含む可能性があります',
                     '話者2 → 会長', 'ごー年間', '令和3年、失礼しました、令和2年の10月1日から'):
            if must not in raw:
                err(f'{stem}: layout feature missing: {must}')
    else:
        for must in ("import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';",
                     "import MatterCard from '@site/src/components/MatterCard';", ':::info', ':::caution 注意',
                     '<details>', '[^1]:', '{/*', 'last_update:', '<TabItem value="items" label="個人情報の項目"'):
            if must not in raw:
                err(f'{stem}: layout feature missing: {must}')
        # MDX: a blank line after every opening <TabItem ...> and before </TabItem>
        for mo in re.finditer(r'<TabItem[^>]*>\n(.)', raw):
            if mo.group(1) != '\n':
                err(f'{stem}: no blank line after a TabItem opening tag')
        if raw.count('<TabItem') != raw.count('</TabItem>') or raw.count('<Tabs') != raw.count('</Tabs>'):
            err(f'{stem}: unbalanced Tabs/TabItem')
    whole = norm(raw)
    if len(doc['matters']) != len(spec_matters):
        err(f'{stem}: {len(doc["matters"])} matters in gold, {len(spec_matters)} in make_gold')
    for i, (m, sp) in enumerate(zip(doc['matters'], spec_matters), 1):
        w = f'{stem}#{i}'
        seg_raw = segment(raw, *sp['segment'])
        seg = norm(seg_raw)
        seg_np = strip_parens(seg)
        seg_art = arabic_articles(seg)

        def has(x, where=seg):
            x = norm(x)
            return x in where or x in strip_parens(where)

        if not has(m['title']):
            err(f'{w}: title not in segment')
        if not has(m['municipality'], whole):
            err(f'{w}: municipality not in text')
        if not has(m['department']):
            err(f'{w}: department not in segment')
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division {d} not in segment')
        if m['contractor_contains']:
            if not has(m['contractor_contains']):
                err(f'{w}: contractor not in segment')
            dec = sp['decoded'].get(m['contractor_contains'])
            if dec and not has(dec):
                err(f'{w}: mis-split contractor form not in segment: {dec}')
        if m['council_session'] and norm(m['council_session']) not in whole:
            err(f'{w}: session not in text')
        if m['legal_basis'] and m['legal_basis'] not in seg_art:
            err(f'{w}: legal basis {m["legal_basis"]} not in segment')
        names = [d['item'] for d in m['data_items']]
        for d in m['data_items']:
            dec = sp['decoded'].get(d['item'])
            if dec:
                if not has(dec):
                    err(f'{w}: decoded form {dec} not in segment')
                if has(d['item']):
                    err(f'{w}: {d["item"]} appears verbatim; the decode is not needed')
            elif not has(d['item']):
                err(f'{w}: item not in segment: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in segment: {d["subject"]}')
        for x in sp['ruled_out']:
            if x in names:
                err(f'{w}: ruled-out {x} is a gold item')
            if not has(x):
                err(f'{w}: ruled-out word {x} not in segment (nothing to test)')
        for x in sp['media_words']:
            if not has(x):
                err(f'{w}: media word not in segment: {x}')
        for x in sp['period_words']:
            if not has(x):
                err(f'{w}: period words not in segment: {x}')
        # safeguards from evidence
        counts = {'ward': 0, 'contractor': 0}
        for actor, snip, codes in sp['evidence']:
            counts[actor] += 1
            if norm(snip) not in seg:
                err(f'{w}: evidence not in segment: {snip}')
            if not set(codes) <= CATEGORIES:
                err(f'{w}: evidence codes {codes}')
        for actor in ('ward', 'contractor'):
            if not 4 <= counts[actor] <= 10:
                err(f'{w}: {counts[actor]} {actor} safeguard sentences (want 4-10)')
            derived = []
            for a, _, codes in sp['evidence']:
                if a == actor:
                    for c in codes:
                        if c not in derived:
                            derived.append(c)
            if derived != m['safeguards'][actor]:
                err(f'{w}: {actor} safeguards {m["safeguards"][actor]} != evidence {derived}')
        # annex
        spec_annex = sp['annex']
        if spec_annex:
            if stem == 'ao1_iizuka_2020':
                arts, tail = read_annex_ao1(seg_raw)
                mo = re.match(r'以上、(\d+)条', tail)
                if not mo or int(mo.group(1)) != len(arts):
                    err(f'{w}: secretary\'s article count {tail!r} != {len(arts)}')
            else:
                arts = read_annex_ao2(seg_raw)
            if [n for n, _ in arts] != list(range(1, len(arts) + 1)):
                err(f'{w}: annex article numbers {[n for n, _ in arts]}')
            if not 10 <= len(arts) <= 15:
                err(f'{w}: annex has {len(arts)} articles')
            if [(n, h) for n, h in arts] != [(n, h) for n, h, _ in spec_annex]:
                err(f'{w}: annex headings differ from make_gold:\n  {arts}\n  {[(n, h) for n, h, _ in spec_annex]}')
            derived = []
            for _, _, codes in spec_annex:
                for c in codes:
                    if c not in derived:
                        derived.append(c)
            if derived != m['clauses']:
                err(f'{w}: clauses {m["clauses"]} != annex {derived}')
        elif m['clauses']:
            err(f'{w}: clauses without an annex')
    return raw


def check_traps(raw1, raw2, docs):
    m1, m2 = docs['ao1_iizuka_2020']['matters']
    # the AI summary's uncorrected date must not be the gold start
    if '令和3年10月1日' not in raw1 or m1['period_start'] == '2021-10-01':
        err('ao1: AI-summary date trap broken')
    if '九州ヘルス社' not in raw1:
        err('ao1: AI-summary contractor trap missing')
    # departments that are not the matters'
    for dep in ('総務部総務課', '健康福祉部の健康増進課', '市民課'):
        if dep not in raw1:
            err(f'ao1: trap department missing: {dep}')
    for dep in ('総務部行政経営課', '福祉部介護保険課', '健康医療部健康づくり推進課', 'こども家庭課'):
        if dep not in raw2:
            err(f'ao2: trap department missing: {dep}')
    # previous-year values are not the matter's
    a1, a2 = docs['ao2_shunan_2023']['matters']
    if '有限会社徳山フードサービス' not in raw2 or '令和4年4月1日～令和5年7月31日' not in raw2:
        err('ao2: previous-year table trap missing')
    if a1['period_start'] != '2023-08-01':
        err('ao2#1: period_start should come from this contract')
    if '地方自治法第234条の3' not in raw2 or a1['legal_basis'] == '第234条の3':
        err('ao2: legal-basis decoy')
    if '2024-02-06' not in raw2:
        err('ao2: last_update trap missing')


def main():
    mg = load_make_gold()
    ref = sorted(glob.glob(os.path.join(REF_GOLD, '*.json')))
    refdoc = json.load(open(ref[0], encoding='utf-8'))
    ref_doc_keys = list(refdoc.keys())
    ref_matter_keys = list(refdoc['matters'][0].keys())
    docs, raws = {}, {}
    n = 0
    for stem in STEMS:
        path = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(path):
            err(f'{stem}: gold missing')
            continue
        doc = check_structure(path, ref_doc_keys, ref_matter_keys)
        docs[stem] = doc
        # gold on disk must equal what make_gold.py derives
        expect = {'source': stem, 'matters': [mg.gold_matter(m) for m in mg.DOCS[stem]]}
        if doc != expect:
            err(f'{stem}: gold on disk differs from make_gold.py output (rerun make_gold.py)')
        raws[stem] = check_support(stem, doc, mg.DOCS[stem])
        n += len(doc['matters'])
        if len(doc['matters']) != 2:
            err(f'{stem}: {len(doc["matters"])} matters (want 2)')
    if len(docs) == 2:
        check_traps(raws[STEMS[0]], raws[STEMS[1]], docs)
        annexes = [len(m['annex']) for s in STEMS for m in mg.DOCS[s] if m['annex']]
        if not any(10 <= a <= 15 for a in annexes):
            err('no annex of 10-15 articles')
    print(f'{len(docs)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
