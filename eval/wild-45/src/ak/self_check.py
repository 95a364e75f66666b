#!/usr/bin/env python3
"""Self-check of the ak gold (ak1_beppu_2021, ak2_sakata_2024) against the raw documents.

Structure:
  - top-level and matter keys in the order of /work/shared/corpus/more/gold/*.json, and
    the same JSON types; data items carry only item (+ subject);
  - codes in the vocabularies of store.md / taxonomy.md; ISO dates; fiscal-year rule
    (session if named, else FY of period_start); recurring null without an end date
    unless stated; sensitive_items a subset of the items; each actor's list is the
    ordered union of the sentence readings in make_gold.ANNOT, clauses likewise;
  - the file is byte-identical to json.dumps(indent=1, ensure_ascii=False) + newline.
Support in the raw document (each matter's own block: the tab panel of ak1, the record
of ak2, without its comment thread), after tag stripping and NFKC:
  - title is the 件名 value; department and every division are in the 担当部署 / 所管
    fields; contractor substring in the 委託先 / 結合先 value; legal basis in the 根拠条項
    value; session in the page (ak1) or the 審議会 field (ak2);
  - the item list, subjects and order equal the document's list (parenthesised
    qualifiers dropped); the media categories equal the media marked as used;
  - periods: the era date (ak1) or the date field (ak2) of start and end; recurring
    from the 以降も sentence (ak1) or the 次年度以降 radio (ak2);
  - safeguards: the number of measure sentences per actor block equals the readings,
    each reading's substring is in the sentence at its position; 4–10 per block;
  - clauses: the annex has as many articles as readings, with the headings in order.
Exit status 1 on any failure."""
import glob
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
MORE_GOLD = '/work/shared/corpus/more/gold'
STEMS = ['ak1_beppu_2021', 'ak2_sakata_2024']

sys.path.insert(0, HERE)
import make_gold  # noqa: E402  (sentence readings)

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


def N(s):
    return unicodedata.normalize('NFKC', s)


def text(fragment):
    """Tags stripped, entities decoded, NFKC, whitespace removed."""
    t = re.sub(r'<br\s*/?>', '\n', fragment)
    t = re.sub(r'<[^>]+>', '', t)
    t = html.unescape(t)
    return re.sub(r'\s+', '', N(t))


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def era(iso):
    y, m, d = map(int, iso.split('-'))
    if (y, m, d) >= (2019, 5, 1):
        n = y - 2018
        return '令和%s年%d月%d日' % ('元' if n == 1 else n, m, d)
    return '平成%d年%d月%d日' % (y - 1988, m, d)


# ------------------------------------------------------------------ structure
def shape():
    doc = json.load(open(sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys()), doc['matters'][0]


def check_structure(path, doc_keys, matter_keys, ref):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    stem = os.path.splitext(os.path.basename(path))[0]
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc['source'] != stem:
        err(f'{stem}: source {doc["source"]}')
    if len(doc['matters']) != 2:
        err(f'{stem}: expected 2 matters, found {len(doc["matters"])}')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())}')
            continue
        for k, v in m.items():
            rv = ref[k]
            if v is not None and rv is not None and type(v) is not type(rv):
                err(f'{w}: {k} has type {type(v).__name__}, reference {type(rv).__name__}')
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
        if m['period_end'] is None and m['recurring'] is not None:
            err(f'{w}: start-only period must have recurring null (JC8)')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            n = 1 if mo.group(2) == '元' else int(mo.group(2))
            fy = (2018 if mo.group(1) == '令和' else 1988) + n
        else:
            y, mm, _ = map(int, m['period_start'].split('-'))
            fy = y if mm >= 4 else y - 1
        if fy != m['fiscal_year']:
            err(f'{w}: fiscal_year {m["fiscal_year"]} != {fy}')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != N(d['item']) or '(' in d['item']:
                err(f'{w}: item not normalised: {d["item"]}')
            names.append(d['item'])
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} data items (want 8-20)')
        if not m['sensitive_items']:
            err(f'{w}: no sensitive item')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive item {s} not a data item')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{w}: media {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{w}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys')
        for actor, cats in m['safeguards'].items():
            bad = [c for c in cats if c not in CATEGORIES]
            if bad:
                err(f'{w}: {actor} categories {bad}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {actor} categories')
        for c in m['clauses']:
            if c not in CATEGORIES:
                err(f'{w}: clause {c}')
        key = (stem, i)
        if m['safeguards'] != make_gold.safeguards(key):
            err(f'{w}: safeguards differ from the sentence readings')
        if m['clauses'] != make_gold.clauses(key):
            err(f'{w}: clauses differ from the article readings')
        if m['procedure'] in ('outsourcing', 'external_link') and not m['contractor_contains']:
            err(f'{w}: {m["procedure"]} without contractor')
    return doc


# ------------------------------------------------------------------ ak1 (tab panels)
MEDIA_WORDS = [  # (substring of the medium as written, category); first match wins
    ('電子メール', 'email'), ('委託先のパソコン', 'contractor_pc'), ('委託先のサーバ', 'contractor_server'),
    ('結合先のクラウド', 'external_system'), ('市の', 'ward_system'), ('紙', 'paper'),
    ('DVD', 'removable'), ('CD-R', 'removable'), ('USB', 'removable'), ('電子媒体', 'removable'),
]


def media_cat(word):
    w = N(word)
    for k, c in MEDIA_WORDS:
        if k in w:
            return c
    err(f'unknown medium {word}')
    return None


def dd(block, label):
    mo = re.search(r'<dt>%s</dt>\s*<dd>(.*?)</dd>' % re.escape(label), block, re.S)
    if not mo:
        err(f'no <dt>{label}</dt>')
        return ''
    return mo.group(1)


def check_sentences(w, key, blocks):
    """blocks: {'ward': [sentence, ...], 'contractor': [...]} in document order."""
    annot = make_gold.ANNOT[key]
    for actor in ('ward', 'contractor'):
        mine = [(s, c) for a, s, c in annot if a == actor]
        got = blocks.get(actor, [])
        if not 4 <= len(got) <= 10:
            err(f'{w}: {actor} block has {len(got)} measures (want 4-10)')
        if len(mine) != len(got):
            err(f'{w}: {actor} has {len(got)} sentences, {len(mine)} readings')
            continue
        for (snip, _), sent in zip(mine, got):
            if text(snip) not in sent:
                err(f'{w}: {actor} reading "{snip}" not in its sentence "{sent[:40]}…"')


def check_ak1(doc):
    stem = doc['source']
    page = open(os.path.join(ROOT, 'raw', stem + '.html'), encoding='utf-8').read()
    if not re.search(r'<div role="tablist"', page):
        err(f'{stem}: no tablist')
    if 'hidden' not in re.search(r'<div role="tabpanel" id="panel-2"[^>]*>', page).group(0):
        err(f'{stem}: panel-2 is not hidden')
    h1 = text(re.search(r'<h1>(.*?)</h1>', page, re.S).group(1))
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        mo = re.search(r'<div role="tabpanel" id="panel-%d".*?<!-- /#panel-%d -->' % (i, i), page, re.S)
        block = mo.group(0)
        if text(dd(block, '件名')) != m['title']:
            err(f'{w}: 件名 {text(dd(block, "件名"))} != title')
        kind = text(dd(block, '諮問・報告の別'))
        if {'諮問': 'consultation', '報告': 'report'}[kind] != m['matter_kind']:
            err(f'{w}: kind {kind}')
        if m['legal_basis'] not in text(dd(block, '根拠条項')):
            err(f'{w}: legal basis not in 根拠条項')
        tanto = text(dd(block, '担当部署'))
        if not tanto.startswith(m['department']):
            err(f'{w}: department {m["department"]} not at the head of 担当部署 {tanto}')
        for d in m['divisions']:
            if d not in tanto:
                err(f'{w}: division {d} not in 担当部署')
        label = '委託先' if m['procedure'] == 'outsourcing' else '結合先'
        if m['contractor_contains'] not in text(dd(block, label)):
            err(f'{w}: contractor not in {label}')
        if m['council_session'] not in h1 or '別府市' not in h1:
            err(f'{w}: session/municipality not in h1')
        period = text(dd(block, '委託期間' if m['procedure'] == 'outsourcing' else '結合の開始'))
        if era(m['period_start']) not in period:
            err(f'{w}: start {era(m["period_start"])} not in {period}')
        if m['period_end'] and era(m['period_end']) not in period:
            err(f'{w}: end not in period')
        if (m['recurring'] is True) != ('以降も' in period):
            err(f'{w}: recurring {m["recurring"]} vs period text')
        # items: the <ul class="item-list"> lists, subject from the preceding 【…】
        got = []
        for subj, ul in re.findall(r'<p class="item-group">【(.*?)】</p>\s*<ul class="item-list">(.*?)</ul>', block, re.S):
            for li in re.findall(r'<li>(.*?)</li>', ul, re.S):
                li = re.sub(r'<span class="badge">.*?</span>', '', li)
                got.append({'item': strip_parens(text(li)), 'subject': subj})
        if got != m['data_items']:
            err(f'{w}: items differ:\n  doc  {got}\n  gold {m["data_items"]}')
        # media table rows marked ○
        used = []
        for med, mark in re.findall(r'<tr><th scope="row">(.*?)</th><td class="use">(.*?)</td>', block):
            if mark == '○':
                c = media_cat(med)
                if c not in used:
                    used.append(c)
        if sorted(used) != sorted(m['media']):
            err(f'{w}: media {used} != gold {m["media"]}')
        # safeguards
        blocks = {}
        for actor, cls in (('ward', 'measure-city'), ('contractor', 'measure-contractor')):
            det = re.search(r'<details class="measure %s".*?</details>' % cls, block, re.S).group(0)
            blocks[actor] = [text(x) for x in re.findall(r'<li>(.*?)</li>', det, re.S)]
        check_sentences(w, (stem, i), blocks)
        # clauses
        readings = make_gold.CLAUSES[(stem, i)]
        tok = re.search(r'<ol class="tokki-list">(.*?)</ol>', block, re.S)
        arts = [text(x) for x in re.findall(r'<li>(.*?)</li>', tok.group(1), re.S)] if tok else []
        if len(arts) != len(readings):
            err(f'{w}: annex has {len(arts)} articles, {len(readings)} readings')
        else:
            for (head, _), a in zip(readings, arts):
                if not a.startswith(text(head)):
                    err(f'{w}: article heading {head} not at {a[:20]}')
        if arts and not 10 <= len(arts) <= 15:
            err(f'{w}: annex of {len(arts)} articles')
        if arts:
            summ = text(re.search(r'<details class="tokki">\s*<summary>(.*?)</summary>', block, re.S).group(1))
            if '全%d条' % len(arts) not in summ:
                err(f'{w}: summary {summ} does not give the article count')


# ------------------------------------------------------------------ ak2 (kintone records)
def fval(block, label):
    mo = re.search(r'<span class="control-label-text-gaia">%s</span></div>'
                   r'<div class="control-value-gaia[^"]*">(.*?)</div><div class="control-design-gaia">'
                   % re.escape(label), block, re.S)
    if not mo:
        err(f'no field {label}')
        return ''
    return mo.group(1)


def subrows(block, label):
    mo = re.search(r'<span class="subtable-label-inner-gaia">%s</span></div>\s*<table class="subtable-gaia">(.*?)</table>'
                   % re.escape(label), block, re.S)
    body = mo.group(1).split('<tbody>')[1]
    rows = []
    for tr in re.findall(r'<tr>(.*?)</tr>', body, re.S):
        rows.append([text(x) for x in re.findall(r'<span class="control-value-content-gaia">(.*?)</span>', tr, re.S)])
    return rows


def check_ak2(doc):
    stem = doc['source']
    page = open(os.path.join(ROOT, 'raw', stem + '.html'), encoding='utf-8').read()
    recs = re.findall(r'<div class="gaia-argoui-app-print-record" id="record-(\d+)">(.*?)<!-- /record-\1 -->', page, re.S)
    if len(recs) != len(doc['matters']):
        err(f'{stem}: {len(recs)} records')
    for i, (m, (recno, full)) in enumerate(zip(doc['matters'], recs), 1):
        w = f'{stem}#{i}'
        block = full.split('<div class="gaia-argoui-app-comments-gaia">')[0]
        if text(fval(block, 'レコード番号')) != recno:
            err(f'{w}: record number')
        if text(fval(block, '件名')) != m['title']:
            err(f'{w}: 件名 != title')
        if {'諮問': 'consultation', '報告': 'report'}[text(fval(block, '区分'))] != m['matter_kind']:
            err(f'{w}: kind')
        proc = {'業務委託': 'outsourcing', '外部結合': 'external_link'}[text(fval(block, '手続の種類'))]
        if proc != m['procedure']:
            err(f'{w}: procedure')
        lb = text(fval(block, '根拠条項'))
        if not lb.endswith(m['legal_basis']) or '酒田市' not in lb:
            err(f'{w}: legal basis {lb}')
        if text(fval(block, '所管部')) != m['department']:
            err(f'{w}: department')
        if re.split('[・、]', text(fval(block, '所管課'))) != m['divisions']:
            err(f'{w}: divisions')
        if m['contractor_contains'] not in text(fval(block, '委託先・結合先')):
            err(f'{w}: contractor')
        if text(fval(block, '審議会')) != m['council_session']:
            err(f'{w}: session')
        if text(fval(block, '期間（開始）')) != m['period_start']:
            err(f'{w}: period_start')
        if text(fval(block, '期間（終了）')) != (m['period_end'] or ''):
            err(f'{w}: period_end')
        rec = {'継続予定あり': True, '継続予定なし': False, '該当なし': None}[text(fval(block, '次年度以降'))]
        if rec != m['recurring']:
            err(f'{w}: recurring')
        got = [{'item': strip_parens(r[1]), 'subject': r[0]} for r in subrows(block, '取り扱う個人情報')]
        if got != m['data_items']:
            err(f'{w}: items differ:\n  doc  {got}\n  gold {m["data_items"]}')
        used = []
        for med in text(fval(block, '記録媒体')).split(','):
            c = media_cat(med)
            if c not in used:
                used.append(c)
        if sorted(used) != sorted(m['media']):
            err(f'{w}: media {used} != {m["media"]}')
        blocks = {'ward': [], 'contractor': []}
        for who, _, content in subrows(block, '個人情報の保護措置'):
            blocks['ward' if who == '市' else 'contractor'].append(content)
        check_sentences(w, (stem, i), blocks)
        readings = make_gold.CLAUSES[(stem, i)]
        full_text = fval(block, '特記事項（全文）')
        lines = [text(x) for x in re.split(r'<br\s*/?>', full_text)]
        arts = [x for x in lines if re.match(r'第\d+条', x)]
        heads = [x for x in lines if re.fullmatch(r'\(.*\)', x)]
        if len(arts) != len(readings) or len(heads) != len(readings):
            err(f'{w}: annex has {len(arts)} articles / {len(heads)} headings, {len(readings)} readings')
        else:
            for (head, _), h in zip(readings, heads):
                if text(head) != h:
                    err(f'{w}: heading {head} != {h}')
            for n, a in enumerate(arts, 1):
                if not a.startswith('第%d条' % n):
                    err(f'{w}: article numbering at {a[:8]}')
        if arts and not 10 <= len(arts) <= 15:
            err(f'{w}: annex of {len(arts)} articles')
        if arts and '特記事項.pdf' not in text(fval(block, '添付ファイル')):
            err(f'{w}: annex record without 特記事項.pdf attachment')
    # the second record's related-record field points to the first
    if '<a href="/k/143/show#record=%s">' % recs[0][0] not in recs[1][1]:
        err(f'{stem}: related record link missing')


def main():
    doc_keys, matter_keys, ref = shape()
    n = 0
    annex = 0
    for stem in STEMS:
        path = os.path.join(ROOT, 'gold', stem + '.json')
        doc = check_structure(path, doc_keys, matter_keys, ref)
        (check_ak1 if stem.startswith('ak1') else check_ak2)(doc)
        n += len(doc['matters'])
        annex += sum(1 for m in doc['matters'] if m['clauses'])
        for ext in ('html',):
            if not os.path.exists(os.path.join(ROOT, 'raw', stem + '.' + ext)):
                err(f'{stem}: raw file missing')
    if annex < 1:
        err('no matter with a clause annex')
    print(f'{len(STEMS)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
