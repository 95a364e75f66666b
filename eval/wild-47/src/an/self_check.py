#!/usr/bin/env python3
"""Self-check of the wild-47 / an gold (an1_kanoya_2021, an2_omuta_2022).

1. Structure: every gold file has the keys of shared/corpus/more/gold/*.json in the same
   order and JSON types; codes are in the spec vocabularies (store.md, taxonomy.md); dates
   ISO; fiscal-year rule (session if named, else FY of period_start); sensitive items are
   data items; the file is byte-identical to json.dumps(indent=1, ensure_ascii=False)+"\n";
   the gold equals what make_gold.py derives from its evidence.
2. Support in the raw documents: the HTML is read with its tags stripped; the vertical PDF
   is read with `pdftotext -bbox` and its glyphs re-ordered into columns (right to left,
   top to bottom).  Text is NFKC-normalised with all white space removed.  Then, inside
   each matter's region: title, department, divisions (compact list expanded), contractor,
   legal basis (kanji article numbers converted), session (kanji converted), period (ISO or
   kanji era dates converted back from the gold), recurrence wording, every data item's raw
   form and its normalised item, item counts (sub-table rows / the 、-run / the ア… list),
   medium words and the words that rule media out, every safeguard sentence between its
   actor's heading and the next heading, sentence counts per actor (4–10), annex article
   count and headings (10–15 articles), kanji page numbers and no Arabic digits in the
   vertical document outside the received stamp.
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
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import make_gold  # noqa: E402

MORE_GOLD = '/work/shared/corpus/more/gold'
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


# ------------------------------------------------------------------ kanji numerals
KD = '〇一二三四五六七八九'


def kan(n):
    if n < 10:
        return KD[n]
    if n < 20:
        return '十' + (KD[n - 10] if n > 10 else '')
    return KD[n // 10] + '十' + (KD[n % 10] if n % 10 else '')


def unkan(s):
    if s.isdigit():
        return int(s)
    if '十' in s:
        a, b = s.split('十')
        return (KD.index(a) if a else 1) * 10 + (KD.index(b) if b else 0)
    return KD.index(s)


def era_kanji(iso):
    y, m, d = map(int, iso.split('-'))
    return f'令和{kan(y - 2018)}年{kan(m)}月{kan(d)}日'


def norm_article(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'第([〇一二三四五六七八九十\d]+)(条|項|号|回)',
                  lambda m: f'第{unkan(m.group(1))}{m.group(2)}', s)


def norm_session(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'(令和|平成)([〇一二三四五六七八九十]+)年度',
                  lambda m: f'{m.group(1)}{unkan(m.group(2))}年度', norm_article(s))


# ------------------------------------------------------------------ raw text
def squeeze(t):
    t = unicodedata.normalize('NFKC', t)
    return re.sub(r'\s+', '', t)


def html_text(path):
    raw = open(path, encoding='utf-8').read()
    t = re.sub(r'<(script|style)\b.*?</\1>', ' ', raw, flags=re.S | re.I)
    t = re.sub(r'<!--.*?-->', ' ', t, flags=re.S)
    t = re.sub(r'<[^>]+>', ' ', t)
    return raw, html.unescape(t)


PAGE_FOOT = 770.0   # pt from the top: below this is the bottom margin (page numbers)


def pdf_pages(path):
    out = subprocess.run(['pdftotext', '-bbox', path, '-'], capture_output=True, text=True, check=True).stdout
    pages = []
    for pg in out.split('<page ')[1:]:
        words = [(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', pg)]
        body = [w for w in words if w[1] < PAGE_FOOT]
        foot = [w for w in words if w[1] >= PAGE_FOOT]
        cols = []
        for w in sorted(body, key=lambda w: -(w[0] + w[2]) / 2):
            cx = (w[0] + w[2]) / 2
            if cols and abs(cols[-1][0] - cx) < 6:
                cols[-1][1].append(w)
            else:
                cols.append([cx, [w]])
        text = '\n'.join(''.join(w[4] for w in sorted(ws, key=lambda w: w[1])) for _, ws in cols)
        pages.append((text, ''.join(w[4] for w in sorted(foot, key=lambda w: w[0]))))
    return pages


# ------------------------------------------------------------------ structure
def more_form():
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
        err(f'{path}: source {doc["source"]} != stem {stem}')
    expect = [make_gold.gold_matter(m) for m in make_gold.SPEC[stem]]
    if doc['matters'] != expect:
        err(f'{stem}: gold differs from make_gold.py derivation (rerun make_gold.py)')
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
            err(f'{w}: recurring')
        if not isinstance(m['fiscal_year'], int):
            err(f'{w}: fiscal_year not int')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            if not mo:
                err(f'{w}: session form {m["council_session"]}')
            else:
                n = 1 if mo.group(2) == '元' else int(mo.group(2))
                fy = (2018 if mo.group(1) == '令和' else 1988) + n
                if fy != m['fiscal_year']:
                    err(f'{w}: fiscal_year {m["fiscal_year"]} != session FY {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            if m['fiscal_year'] != (y if mo_ >= 4 else y - 1):
                err(f'{w}: fiscal_year != FY of period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']):
                err(f'{w}: item not NFKC {d["item"]}')
            names.append(d['item'])
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} data items, want 8-20')
        if not m['sensitive_items'] or len(set(m['sensitive_items'])) >= len(set(names)):
            err(f'{w}: want some sensitive and some non-sensitive items')
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
                err(f'{w}: clause category {c}')
        if m['safeguards']['contractor'] and m['contractor_contains'] is None:
            err(f'{w}: contractor safeguards without a contractor')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{w}: title not NFKC')
    return doc


# ------------------------------------------------------------------ support
def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def norm_items(raw, subject):
    t = strip_parens(unicodedata.normalize('NFKC', raw))
    if subject and t.startswith(subject + 'の'):
        t = t[len(subject) + 1:]
    return t.split('及び')


def expand_divisions(raw, department):
    raw = unicodedata.normalize('NFKC', raw)
    if raw.startswith(department):
        raw = raw[len(department):]
    out = []
    for part in re.split('[、,]', strip_parens(raw)):
        if '・' in part:
            heads = part.split('・')
            last = heads[-1]
            suffix = last[len(heads[0]):]
            out += [h + suffix for h in heads[:-1]] + [last]
        else:
            out.append(part)
    return out


def region(text, start, end, w):
    a = text.find(squeeze(start))
    if a < 0:
        err(f'{w}: region start not found: {start}')
        return ''
    b = len(text) if end is None else text.find(squeeze(end), a + 1)
    if b < 0:
        err(f'{w}: region end not found: {end}')
        b = len(text)
    return text[a:b]


def check_matter(stem, i, m, full, R, kanji):
    w = f'{stem}#{i}'
    ev = m['ev']

    def has(x, where=R, what='text'):
        if squeeze(x) not in where:
            err(f'{w}: {what} not in text: {x}')
            return False
        return True

    has(m['title'], R, 'title')
    has(m['municipality'], full, 'municipality')
    has(m['department'], R, 'department')
    has(ev['division_raw'], R, 'division list')
    if expand_divisions(ev['division_raw'], m['department']) != m['divisions']:
        err(f'{w}: divisions {m["divisions"]} != expansion {expand_divisions(ev["division_raw"], m["department"])}')
    if m['contractor_contains']:
        has(m['contractor_contains'], R, 'contractor')
    has(ev['kind_word'], full, 'kind word')
    if (m['matter_kind'] == 'consultation') != ('諮問' in ev['kind_word']):
        err(f'{w}: matter_kind does not follow {ev["kind_word"]}')
    if has(ev['legal_raw'], R, 'legal basis'):
        lb = re.search(r'第\d+条(第\d+項)?(第\d+号)?$', norm_article(ev['legal_raw']))
        if not lb or lb.group(0) != m['legal_basis']:
            err(f'{w}: legal_basis {m["legal_basis"]} != {ev["legal_raw"]}')
    if has(ev['session_raw'], full, 'session') and norm_session(ev['session_raw']) != m['council_session']:
        err(f'{w}: session {m["council_session"]} != {ev["session_raw"]}')
    for p in ev['period_raw']:
        has(p, R, 'period')
    joined_period = squeeze(''.join(ev['period_raw']))
    for d in (m['period_start'], m['period_end']):
        if d and (era_kanji(d) if kanji else d) not in joined_period:
            err(f'{w}: period date {d} not in raw period {ev["period_raw"]}')
    if ev['recurring_raw']:
        has(ev['recurring_raw'], R, 'recurrence')
    if m['recurring'] != bool(ev['recurring_raw'] and '以降も' in ev['recurring_raw']):
        err(f'{w}: recurring {m["recurring"]} does not follow the recurrence wording')
    # items
    for it in m['items']:
        has(it['raw'], R, 'item')
        if it['item'] not in norm_items(it['raw'], it['subject']):
            err(f'{w}: item {it["item"]} is not the normalised form of {it["raw"]}')
        if it['subject']:
            has(it['subject'], R, 'subject')
    # media
    for word, cat in m['media']:
        has(word, R, 'medium')
        if cat not in MEDIA:
            err(f'{w}: medium category {cat}')
    for word in m['media_ruled_out']:
        has(word, R, 'ruled-out medium')
    # safeguards: each sentence between its actor's heading and the next heading
    n = {'ward': 0, 'contractor': 0}
    for actor, sub, cats in m['safeguards']:
        n[actor] += 1
        h0, h1 = ev['ward_heading'] if actor == 'ward' else ev['contr_heading']
        a = R.find(squeeze(h0))
        b = len(R) if h1 is None else R.find(squeeze(h1), a + len(squeeze(h0)))
        pos = R.find(squeeze(sub), a)
        if a < 0 or b < 0 or pos < 0 or pos > b:
            err(f'{w}: {actor} safeguard not under its heading: {sub}')
        for c in cats:
            if c not in CATEGORIES:
                err(f'{w}: category {c}')
    for actor, k in n.items():
        if not 4 <= k <= 10:
            err(f'{w}: {k} {actor} sentences, want 4-10')
    # annex
    if ev['annex']:
        start, end, style = ev['annex']
        A = region(R if style == 'arabic' else full, start, end, w + ' annex')
        if style == 'arabic':
            nums = [int(x) for x in re.findall(r'第(\d+)条\(', A)]
            for no, head, _ in m['clauses']:
                has(f'{no}（{head}）', A, 'article')
        else:
            nums = [unkan(x) for x in re.findall(r'第([一二三四五六七八九十]+)条(?=乙|甲)', A)]
            for no, head, _ in m['clauses']:
                has(f'（{head}）{no}', A, 'article')
        if nums != list(range(1, len(m['clauses']) + 1)):
            err(f'{w}: annex articles {nums} != 1..{len(m["clauses"])}')
        if not 10 <= len(nums) <= 15:
            err(f'{w}: {len(nums)} annex articles, want 10-15')
    elif m['clauses']:
        err(f'{w}: clauses without an annex')


def main():
    doc_keys, matter_keys = more_form()
    files = sorted(glob.glob(os.path.join(ROOT, 'gold', 'an*.json')))
    stems = [os.path.splitext(os.path.basename(p))[0] for p in files]
    if stems != sorted(make_gold.SPEC):
        err(f'gold files {stems} != {sorted(make_gold.SPEC)}')
    for p in files:
        check_structure(p, doc_keys, matter_keys)

    # ---- an1: kintone HTML
    raw, t = html_text(os.path.join(ROOT, 'raw', 'an1_kanoya_2021.html'))
    full = squeeze(t)
    for mark in ['control-group-gaia', 'group-label-arrow-close-gaia', 'style="display:none;"',
                 'class="subtable-gaia"', 'control-check_box-field-gaia', 'control-user_select-field-gaia',
                 'control-reference_table-field-gaia', 'control-file-field-gaia', 'itemlist-item-gaia',
                 'gaia-app-statusbar', '<div style="page-break-before:always">',
                 'control-label-gaia"><span>', 'control-value-gaia']:
        if mark not in raw:
            err(f'an1: kintone markup missing: {mark}')
    for word in ['レコード番号37', 'ステータス:審議済', '作業者:', '申請する', '差し戻す', '要配慮(本人申告)',
                 'No.項目名区分備考']:
        if word not in full:
            err(f'an1: kintone text missing: {word}')
    parts = raw.split('<div style="page-break-before:always">')
    for i, (part, m) in enumerate(zip(parts, make_gold.SPEC['an1_kanoya_2021']), 1):
        tb = re.search(r'<table class="subtable-gaia">.*?<tbody>(.*?)</tbody>', part, re.S)
        rows = tb.group(1).count('<tr>') if tb else -1
        if rows != len(m['items']):
            err(f'an1#{i}: sub-table has {rows} rows, gold has {len(m["items"])} items')
        R = region(full, *m['ev']['region'], f'an1#{i}')
        check_matter('an1_kanoya_2021', i, m, full, R, kanji=False)

    # ---- an2: vertical PDF
    pages = pdf_pages(os.path.join(ROOT, 'raw', 'an2_omuta_2022.pdf'))
    full2 = squeeze('\n'.join(p[0] for p in pages))
    for k, (_, foot) in enumerate(pages, 1):
        if squeeze(foot) != squeeze(f'－{kan(k)}－'):
            err(f'an2: page {k} number is {foot!r}, want －{kan(k)}－')
    rest = full2.replace('4.6.21', '')
    if re.search(r'[0-9]', rest):
        err(f'an2: Arabic digits in the vertical text: {re.findall(r".{8}[0-9].{8}", rest)[:3]}')
    for word in ['大個審第六号', '令和四年六月二十日', '大牟田市長様', '次のとおり答申します', '記', '第一結論',
                 '第二理由', '第三付帯意見', '令和四年五月二十日', '令和四年六月二十七日']:
        if word not in full2:
            err(f'an2: letter text missing: {word}')
    for i, m in enumerate(make_gold.SPEC['an2_omuta_2022'], 1):
        R = region(full2, *m['ev']['region'], f'an2#{i}')
        check_matter('an2_omuta_2022', i, m, full2, R, kanji=True)
        groups = {}
        for it in m['items']:
            groups.setdefault(it['subject'], [])
            if it['raw'] not in groups[it['subject']]:
                groups[it['subject']].append(it['raw'])
        for subj, raws in groups.items():
            run = '、'.join(raws)
            kana = ''.join(k + r for k, r in zip('アイウエオカキクケコサシス', raws))
            if squeeze(run) not in R and squeeze(kana) not in R:
                err(f'an2#{i}: the {subj} items are not one run / list in the document')
    # 付帯意見 are not filed measures: their sentences must lie outside every matter region
    opin = region(full2, '第三付帯意見', '審議の経過', 'an2 opinions')
    for x in ['暗号化の措置を講じられたい', 'システムの操作の記録を定期的に点検', '速やかにシステムから削除されたい']:
        if squeeze(x) not in opin:
            err(f'an2: 付帯意見 sentence missing: {x}')

    raws = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(ROOT, 'raw', 'an*')))
    if raws != stems:
        err(f'raw/gold stems differ: {raws} vs {stems}')
    n = sum(len(v) for v in make_gold.SPEC.values())
    print(f'{len(files)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
