#!/usr/bin/env python3
"""Self-check of the af gold (af1_chitose_2021, af2_naruto_2019).

1. Structure: the keys, key order and JSON types of shared/corpus/more/gold; the
   vocabularies of store.md and taxonomy.md; ISO dates; the fiscal-year rule
   (session if named, else the FY of period_start); sensitive items among the
   items; 8–20 items per matter; byte-identical json.dumps(indent=1) form.
2. Support in the raw document: title, municipality, department, divisions,
   contractor substring, session, legal basis, every item and subject, the period
   dates (written back in the Japanese era), every media word, every safeguard
   sentence snippet and every annex article heading occur in the text; the
   media / safeguard / clause lists of the gold equal what the evidence tables of
   make_gold.py derive; 4–10 sentences per actor; the annex has as many 第N条 as
   listed (10–15); the ruled-out traps (items, media) are not in the gold.
   The .htm is decoded as CP932, tags stripped, entities unescaped; the PDF is read
   with `pdftotext -raw` (content-stream order, so the two reduced pages of a
   sheet do not interleave).  Text is NFKC-normalised, whitespace and the
   footnote mark [1] removed; parenthesised qualifiers are also tried stripped.
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
import make_gold as MG  # noqa: E402

MORE_GOLD = '/work/shared/corpus/more/gold'
STEMS = ['af1_chitose_2021', 'af2_naruto_2019']

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

# things the documents mention only to rule them out: they must not be in the gold
NOT_ITEMS = {'af1#1': ['パソコン', 'USBメモリ'],
             'af1#2': ['病名', '服薬の状況', '障害福祉サービスの利用実績', '電話番号'],
             'af2#1': [],
             'af2#2': ['個人番号']}
NOT_MEDIA = {'af1#1': ['contractor_pc', 'removable'],
             'af1#2': ['removable'],
             'af2#1': ['email'],
             'af2#2': ['removable']}
# decoy departments / divisions that must not be the matter's
DECOYS = {'af1#1': ['総務部', '行政管理課'],
          'af1#2': ['健康福祉部', '介護保険課', '障がい者支援課', '市民課', '総務部'],
          'af2#1': ['総務部', '総務課'],
          'af2#2': ['総務部', '情報政策課']}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ structure
def ref_form():
    files = sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys())


def check_structure(path, doc_keys, matter_keys):
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
        if not 8 <= len(names) <= 20:
            err(f'{where}: {len(names)} data items (want 8-20)')
        if not m['sensitive_items']:
            err(f'{where}: no sensitive item')
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
        if m['procedure'] in ('outsourcing', 'external_link') and not m['contractor_contains']:
            err(f'{where}: {m["procedure"]} without a contractor / 結合先')
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
        out = subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', p, '-'], check=True,
                             capture_output=True).stdout.decode('utf-8')
        return out
    b = open(p, 'rb').read()
    if p.endswith('.htm'):
        head = b[:400].decode('ascii', 'replace')
        if 'charset=shift_jis' not in head:
            err(f'{stem}: no shift_jis meta')
        if b'\r\n' not in b:
            err(f'{stem}: not CRLF')
        t = b.decode('cp932')
        t = re.sub(r'<style>.*?</style>', '', t, flags=re.S)
        t = re.sub(r'<[^>]+>', '', t)
        return html.unescape(t)
    return b.decode('utf-8')


def norm(text):
    t = unicodedata.normalize('NFKC', text)
    t = t.replace('[1]', '')
    t = re.sub(r'\s+', '', t)
    return t


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def era(iso):
    y, m, d = map(int, iso.split('-'))
    if (y, m, d) >= (2019, 5, 1):
        e, n = '令和', y - 2018
    else:
        e, n = '平成', y - 1988
    ys = ['元', '1'] if n == 1 else [str(n)]
    return [f'{e}{x}年{m}月{d}日' for x in ys]


def check_support(doc):
    stem = doc['source']
    raw = read_raw(stem)
    joined = norm(raw)
    plain = strip_parens(joined)

    def has(x):
        x = norm(x)
        return x in joined or x in plain

    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        key = f'{stem[:3]}#{i}'
        for k in ('title', 'municipality', 'department'):
            if not has(m[k]):
                err(f'{where}: {k} not in text: {m[k]}')
        if m['contractor_contains'] and not has(m['contractor_contains']):
            err(f'{where}: contractor not in text: {m["contractor_contains"]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{where}: division not in text: {d}')
        if m['council_session'] and m['council_session'] not in joined:
            err(f'{where}: session not in text: {m["council_session"]}')
        if m['legal_basis'] and m['legal_basis'] not in joined:
            err(f'{where}: legal basis not in text: {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] and not any(e in joined for e in era(m[k])):
                err(f'{where}: {k} {m[k]} not in text as {era(m[k])}')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{where}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{where}: subject not in text: {d["subject"]}')
        # ruled-out traps and decoys
        names = [d['item'] for d in m['data_items']]
        for x in NOT_ITEMS.get(key, []):
            if x in names:
                err(f'{where}: ruled-out item {x} is in the gold')
            if not has(x):
                err(f'{where}: ruled-out trap word {x} not in the text')
        for x in NOT_MEDIA.get(key, []):
            if x in m['media']:
                err(f'{where}: ruled-out medium {x} is in the gold')
        for x in DECOYS.get(key, []):
            if x == m['department'] or x in m['divisions']:
                err(f'{where}: decoy {x} used as department/division')
            if not has(x):
                err(f'{where}: decoy {x} not in the text')
        # media evidence
        for word, cat in MG.MEDIA[key]:
            if not has(word):
                err(f'{where}: media word not in text: {word}')
        if m['media'] != MG.media(key):
            err(f'{where}: media {m["media"]} != evidence {MG.media(key)}')
        # safeguard sentences
        n_actor = {'ward': 0, 'contractor': 0}
        for actor, snip, cats in MG.SG.get(key, []):
            n_actor[actor] += 1
            if norm(snip) not in joined:
                err(f'{where}: safeguard snippet not in text: {snip}')
        for actor, n in n_actor.items():
            if n and not 4 <= n <= 10:
                err(f'{where}: {n} {actor} sentences (want 4-10)')
            if m['safeguards'][actor] and n == 0:
                err(f'{where}: {actor} categories without sentences')
        if m['safeguards'] != MG.safeguards(key):
            err(f'{where}: safeguards differ from the sentence table')
        # annex
        arts = MG.CLAUSES.get(key, [])
        if m['clauses'] != MG.clauses(key):
            err(f'{where}: clauses differ from the article table')
        if arts:
            if not 10 <= len(arts) <= 15:
                err(f'{where}: {len(arts)} articles (want 10-15)')
            for art, head, _ in arts:
                if norm(f'({head}){art}') not in joined:
                    err(f'{where}: article {art} ({head}) not in text')
            # the annex must have exactly these articles: 第1条 … 第N条 and no 第N+1条 after its title
            start = joined.find('個人情報取扱特記事項' + ('(この特記事項' if stem.startswith('af1') else '(鳴門市を'))
            if start < 0:
                err(f'{where}: annex title not found')
            else:
                tail = joined[start:]
                nums = [int(x) for x in re.findall(r'\)第(\d+)条', tail)]
                seq = []
                for x in nums:
                    if seq and x != seq[-1] + 1:
                        break
                    seq.append(x)
                if seq != list(range(1, len(arts) + 1)):
                    err(f'{where}: annex articles {seq} != 1..{len(arts)}')
    if stem.startswith('af2'):
        # 2-up: 4 landscape sheets, page numbers 2..7 present
        info = subprocess.run(['pdfinfo', os.path.join(ROOT, 'raw', stem + '.pdf')],
                              capture_output=True).stdout.decode()
        if not re.search(r'Pages:\s+4\b', info):
            err(f'{stem}: expected 4 sheets')
        if '841.92 x 594.96' not in info and '842 x 595' not in info:
            err(f'{stem}: sheets are not A4 landscape')
        for n in range(2, 8):
            if f'-{n}-' not in joined:
                err(f'{stem}: page number －{n}－ missing')


def main():
    doc_keys, matter_keys = ref_form()
    n = 0
    for stem in STEMS:
        path = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(path):
            err(f'{stem}: gold missing')
            continue
        doc = check_structure(path, doc_keys, matter_keys)
        check_support(doc)
        n += len(doc['matters'])
    print(f'{len(STEMS)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
