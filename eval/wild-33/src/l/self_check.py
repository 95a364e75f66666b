#!/usr/bin/env python3
"""Self-check of the wild-33 gold of letter l (l1_hiratsuka_2022, l2_hitachi_2019).

usage: python3 src/l/self_check.py [--gold DIR]     (DIR defaults to gold/)

1. Structure: the keys, key order and JSON types of shared/corpus/gold/*.json; the
   enumerations of store.md and taxonomy.md; ISO dates; the fiscal-year rule (session
   if named, else FY of period_start); sensitive items are data items; NFKC items and
   titles; the json.dumps(indent=1, ensure_ascii=False) form.
2. Support in the raw text, matter by matter.  The raw file is decoded as the tool
   would have to (PDF: pdftotext, else the stdlib extractor pdftext.py; text: strict
   cp932), page furniture is dropped (the l2 page headers), the l2 table columns are
   re-joined, then the text is NFKC-normalised and whitespace removed.  Each matter's
   segment runs from its title to the next title.  In its segment must stand: the
   title, the legal basis, department+division (as one run), the contractor, every
   data item (parenthesised qualifiers dropped) and every subject, the period dates in
   the era form (令和N年M月D日, 元 or 1), 以降 when recurring is true; the session and
   the municipality anywhere.  Media: l2's 有/無 checklist must give exactly the gold
   set; l1's media keywords must stand in the 記録媒体 field.  Safeguards: the gold's
   per-actor lists must equal the union of make_gold.READINGS, and each reading's
   snippet must stand under the right actor heading of the right matter; clause
   snippets must stand in the annex whose heading names 記の1.
3. Format of the raw files: l1 is a PDF with a 「―N―」 footer and the document
   number on every page; l2 is strict cp932 with CRLF, form feeds and a page header
   on every page.
Exit status 1 on any failure."""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import make_gold      # noqa: E402
import pdftext        # noqa: E402

SEED_GOLD = '/work/shared/corpus/gold'
STEMS = ['l1_hiratsuka_2022', 'l2_hitachi_2019']

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

# actor headings as they stand in each document (normalised)
HEADINGS = {
    'l1_hiratsuka_2022': {'ward': '実施機関(平塚市)が講ずる措置', 'contractor': 'に講じさせる措置',
                          'end': ['事務局総務部', '別記(記の1']},
    'l2_hitachi_2019': {'ward': '【保護措置(本市)】', 'contractor': '【保護措置(受託者)】',
                        'end': ['【備考】']},
}
# l1 media keywords, looked up in the 記録媒体 field
MEDIA_WORDS = {'paper': ['紙('], 'removable': ['DVD-R', 'CD-R', 'USB'],
               'contractor_pc': ['受託者の事務所に設置するパソコン'],
               'contractor_server': ['サーバ'], 'ward_system': ['タブレット端末(市の所有)', 'システム'],
               'external_system': ['クラウドサービス(結合先事業者'], 'email': ['メール']}
# l2 checklist codes
MEDIA_CODES = {'01': 'paper', '02': 'removable', '03': 'removable', '04': 'removable',
               '05': 'contractor_pc', '06': 'contractor_server', '07': 'ward_system',
               '08': 'email', '09': None}

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


# ------------------------------------------------------------------ structure
def seed_form():
    doc = json.load(open(sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))[0], encoding='utf-8'))
    return list(doc.keys()), doc['matters'][0]


def check_structure(path, doc_keys, seed):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    stem = os.path.splitext(os.path.basename(path))[0]
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc.get('source') != stem:
        err(f'{stem}: source {doc.get("source")} != stem')
    if len(doc.get('matters', [])) != 2:
        err(f'{stem}: expected exactly 2 matters')
    for i, m in enumerate(doc.get('matters', []), 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != list(seed.keys()):
            err(f'{w}: keys {list(m.keys())}')
            continue
        for k, v in m.items():
            sv = seed[k]
            if v is not None and sv is not None and type(v) is not type(sv):
                err(f'{w}: {k} has type {type(v).__name__}, seed has {type(sv).__name__}')
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
            if m['fiscal_year'] != (y if mo_ >= 4 else y - 1):
                err(f'{w}: fiscal_year {m["fiscal_year"]} != FY of period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or re.search(r'[()（）※]', d['item']):
                err(f'{w}: item not normalised: {d["item"]}')
            names.append(d['item'])
        for s in m['sensitive_items']:
            if s not in names:
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
                err(f'{w}: clause code {c}')
        if m['procedure'] in ('external_provision', 'purpose_change', 'indirect_collection',
                              'computer_processing') and m['contractor_contains'] is not None:
            err(f'{w}: contractor_contains must be null for {m["procedure"]}')
        if m['safeguards']['contractor'] and m['contractor_contains'] is None:
            err(f'{w}: contractor safeguards without a contractor')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{w}: title not NFKC')
    return doc


# ------------------------------------------------------------------ raw text
def pdf_text(path):
    tool = shutil.which('pdftotext')
    own = pdftext.extract(path)
    if tool:
        pt = subprocess.run([tool, path, '-'], capture_output=True, text=True, check=True).stdout
        # the two extractors must agree on the characters (footer order aside)
        a = sorted(N(own))
        b = sorted(N(pt))
        if a != b:
            err(f'{os.path.basename(path)}: pdftotext and pdftext.py disagree')
        return pt
    return own


def check_l1_format(path, text):
    pages = text.split('\f')
    pages = [p for p in pages if p.strip()]
    if len(pages) < 3:
        err('l1: expected a multi-page PDF')
    for i, p in enumerate(pages, 1):
        np_ = N(p)
        if f'―{i}―' not in np_:
            err(f'l1: page {i} lacks the footer ―{i}―')
        if '平総行第214号' not in np_:
            err(f'l1: page {i} lacks the document number header')
    if not open(path, 'rb').read(5) == b'%PDF-':
        err('l1: not a PDF')


def l2_decode(path):
    b = open(path, 'rb').read()
    try:
        text = b.decode('cp932')
    except UnicodeDecodeError:
        err('l2: not strict cp932')
        return ''
    if b.count(b'\n') != b.count(b'\r\n'):
        err('l2: not CRLF throughout')
    pages = text.split('\f')
    if len(pages) < 2:
        err('l2: no form feeds')
    body = []
    for i, pg in enumerate(pages, 1):
        lines = pg.split('\r\n')
        if not (lines[0].startswith('KJHR0210') and f'頁 {i:03d}' in lines[0]
                and '出力日時' in lines[2] and lines[3].startswith('=====')):
            err(f'l2: page {i} header missing or wrong')
        if len(lines) > 51:
            err(f'l2: page {i} longer than 50 lines')
        body += lines[4:]          # drop the page header (page furniture)
    if not any(re.search(r'[\uff61-\uff9f]', ln) for ln in body):
        err('l2: no half-width katakana')
    return body


def l2_join(body):
    """Re-join the table: each row '|label|value|' gives '【label】' + value, wrapped
    continuation rows (empty label) append to the value; rules end a row group."""
    out = []
    for ln in body:
        s = ln.rstrip()
        if s.startswith('|') and s.endswith('|'):
            parts = s[1:-1].split('|')
            label = parts[0].strip()
            value = '|'.join(parts[1:])
            out.append(('\n【' + label + '】' if label else '') + value)
        elif s.startswith('+'):
            out.append('\n')
        else:
            out.append('\n' + s + '\n')
    return ''.join(out)


def l2_media(body):
    """[(set of categories marked 有) per matter], from the 記録媒体 checklist."""
    per, cur = [], None
    for ln in body:
        if '|案件番号' in ln:
            cur = set()
            per.append(cur)
        mo = re.match(r'\|\s*\|(\d\d)\s+\S+\s+(有|無)', ln)
        if mo and cur is not None:
            if mo.group(2) == '有' and MEDIA_CODES[mo.group(1)]:
                cur.add(MEDIA_CODES[mo.group(1)])
    return per


def era(iso):
    y, m, d = map(int, iso.split('-'))
    out = []
    if (y, m, d) >= (2019, 5, 1):
        n = y - 2018
        out += [f'令和{n}年{m}月{d}日'] + ([f'令和元年{m}月{d}日'] if n == 1 else [])
    else:
        out.append(f'平成{y - 1988}年{m}月{d}日')
    return out


def segments(text, matters):
    """Split the normalised text at each matter's title."""
    starts, pos = [], 0
    for m in matters:
        t = N(m['title'])
        k = text.find(t, pos)
        if k < 0:
            err(f'title not in text: {m["title"]}')
            k = pos
        starts.append(k)
        pos = k + 1
    return [text[s:(starts[i + 1] if i + 1 < len(starts) else len(text))] for i, s in enumerate(starts)]


def actor_part(seg, h, actor):
    a = seg.find(h['ward'])
    c = seg.find(h['contractor'], a + 1 if a >= 0 else 0)
    ends = [seg.find(e, max(a, c)) for e in h['end']]
    ends = [e for e in ends if e > 0]
    end = min(ends) if ends else len(seg)
    if actor == 'ward':
        return seg[a:c] if a >= 0 and c > a else (seg[a:end] if a >= 0 else '')
    return seg[c:end] if c > a >= 0 else ''


def item_field(seg, stem):
    if stem.startswith('l1'):
        mo = re.search(r'(個人情報の項目|結合する項目)(.*?)\(\d+\)記録媒体', seg)
    else:
        mo = re.search(r'(【取扱項目】)(.*?)【', seg)
    if not mo:
        return ''
    return re.sub(r'※[^※]*?。', '', mo.group(2))


def check_support(doc, stem):
    raw = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(raw) != 1:
        err(f'{stem}: raw file not found uniquely')
        return
    path = raw[0]
    if stem.startswith('l1'):
        text = pdf_text(path)
        check_l1_format(path, text)
        joined = N(text)
        media_l2 = None
    else:
        body = l2_decode(path)
        joined = N(l2_join(body))
        media_l2 = l2_media(body)
    plain = strip_parens(joined)
    readings = make_gold.READINGS[stem]
    segs = segments(joined, doc['matters'])
    h = HEADINGS[stem]
    for i, (m, seg) in enumerate(zip(doc['matters'], segs), 1):
        w = f'{stem}#{i}'
        pseg = strip_parens(seg)

        def has(x, where=seg, pwhere=pseg):
            x = N(x)
            return x in where or x in pwhere

        if m['municipality'] not in joined:
            err(f'{w}: municipality not in text')
        if m['council_session'] and m['council_session'] not in plain:
            err(f'{w}: session not in text: {m["council_session"]}')
        if m['legal_basis'] and m['legal_basis'] not in seg:
            err(f'{w}: legal basis not in its matter: {m["legal_basis"]}')
        if m['contractor_contains'] and not has(m['contractor_contains']):
            err(f'{w}: contractor not in its matter: {m["contractor_contains"]}')
        for d in m['divisions']:
            if not has(m['department'] + d):
                err(f'{w}: department+division not in its matter: {m["department"]}{d}')
        if not m['divisions'] and not has(m['department']):
            err(f'{w}: department not in its matter')
        # items and subjects only in the item field, with the ※ notes cut out
        # (the notes name things that are NOT handled: 個人番号, 所得, 氏名 ...)
        field = item_field(seg, stem)
        if not field:
            err(f'{w}: item field not found')
        for d in m['data_items']:
            if not has(d['item'], field, strip_parens(field)):
                err(f'{w}: item not in its item field: {d["item"]}')
            if 'subject' in d and not has(d['subject'], field, strip_parens(field)):
                err(f'{w}: subject not in its item field: {d["subject"]}')
        for k in ('period_start', 'period_end'):
            if m[k] and not any(c in seg for c in era(m[k])):
                err(f'{w}: {k} {m[k]} not in its matter as {era(m[k])}')
        if m['recurring'] is True and '以降' not in seg:
            err(f'{w}: recurring true but no 以降 in its matter')
        if m['recurring'] is False and re.search(r'年度以降も', seg):
            err(f'{w}: recurring false but the matter says 年度以降も')
        # media
        if media_l2 is not None:
            if i > len(media_l2) or media_l2[i - 1] != set(m['media']):
                err(f'{w}: media {sorted(m["media"])} != checklist {sorted(media_l2[i - 1]) if i <= len(media_l2) else None}')
        else:
            k0 = seg.find('記録媒体')
            field = seg[k0:seg.find('保護の措置', k0)] if k0 >= 0 else ''
            field = re.sub(r'※[^※]*?。', '', field)     # negated media stand in ※ notes
            for x in m['media']:
                if not any(N(wd) in field for wd in MEDIA_WORDS[x]):
                    err(f'{w}: media {x} has no support in 記録媒体')
        # safeguards: gold lists == union of readings, snippets under the right heading
        r = readings[i - 1]
        if r['title'] != m['title']:
            err(f'{w}: readings and gold disagree on the matter order')
            continue
        for actor in ('ward', 'contractor'):
            if m['safeguards'][actor] != make_gold.union(r[actor]):
                err(f'{w}: {actor} categories differ from the readings')
            part = actor_part(seg, h, actor)
            for snip, _ in r[actor]:
                if N(snip) not in part:
                    err(f'{w}: {actor} snippet not under its heading: {snip}')
        if m['clauses'] != make_gold.union(r['clauses']):
            err(f'{w}: clauses differ from the readings')
        if r['clauses']:
            k = joined.find('別記(記の1')
            annex = joined[k:] if k >= 0 else ''
            if N(m['title']).replace('について', '')[:12] not in annex[:80]:
                err(f'{w}: annex heading does not name matter 1')
            for snip, _ in r['clauses']:
                if N(snip) not in annex:
                    err(f'{w}: clause snippet not in the annex: {snip}')


def main():
    gold_dir = os.path.join(ROOT, 'gold')
    if '--gold' in sys.argv:
        gold_dir = sys.argv[sys.argv.index('--gold') + 1]
    doc_keys, seed = seed_form()
    n = 0
    for stem in STEMS:
        path = os.path.join(gold_dir, stem + '.json')
        if not os.path.exists(path):
            err(f'{stem}: gold missing')
            continue
        doc = check_structure(path, doc_keys, seed)
        check_support(doc, stem)
        n += len(doc['matters'])
    print(f'{len(STEMS)} gold files, {n} matters checked ({gold_dir})')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
