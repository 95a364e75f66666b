#!/usr/bin/env python3
"""Self-check of the wild-49 "as" gold against the spec and the raw documents.

Checks (exit status 1 on any failure):
1. Form: each gold file has the keys, key order and JSON types of
   /work/shared/corpus/more/gold/*.json, is in json.dumps(indent=1,
   ensure_ascii=False) form, and its "source" is the file stem; matter_kind,
   procedure, media and safeguard / clause codes are in the vocabularies of
   store.md and taxonomy.md; no duplicate codes; ISO dates; fiscal-year rule
   (session if named, else FY of period_start); sensitive_items ⊆ data items.
2. Support in the raw document (Markdown read as UTF-8; the PDF read with
   pdftotext, and its structure read from the HTML it was printed from):
   title, municipality, department+first division, divisions, contractor
   substring, session, legal basis (with the ordinance name), the period text
   and its conversion to the gold dates, the recurrence wording, every data item
   and subject, items ruled out in the document (present in the text, absent
   from the gold), media words (checked boxes for used media, unchecked for the
   ruled-out ones), every safeguard sentence (in the section of its actor), every
   annex article heading.
3. Counts: data items = rows of the document's item table minus the ruled-out
   rows (8-20); measures per actor = list items under the actor's heading (4-10);
   annex articles in the document = annotated articles (10-15).
4. Codes: each actor's gold list = the codes of its annotated sentences, in order
   of first appearance; the same for clauses.
5. Own wording: no sentence of the documents shares a 24-character run with the seed or
   more/ documents (text formats)."""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, HERE)
import make_gold  # noqa: E402

REF_GOLD = '/work/shared/corpus/more/gold'
REF_TEXTS = (glob.glob('/work/shared/corpus/seeds/*.txt')
             + [p for p in glob.glob('/work/shared/corpus/more/raw/*')
                if p.endswith(('.txt', '.md', '.html'))])

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


def norm(t):
    t = re.sub(r'<[^>]+>', '', t)
    t = unicodedata.normalize('NFKC', t)
    t = t.replace('**', '')
    return re.sub(r'\s+', '', t)


def ordered_union(lists):
    out = []
    for codes in lists:
        for c in codes:
            if c not in out:
                out.append(c)
    return out


KANJI_DIGITS = {'元': 1}


def era_to_iso(text):
    """令和N年M月D日 (N may be 元) -> ISO date strings, in order of appearance."""
    out = []
    for m in re.finditer(r'(令和|平成)(元|\d+)年(\d+)月(\d+)日', unicodedata.normalize('NFKC', text)):
        n = 1 if m.group(2) == '元' else int(m.group(2))
        y = (2018 if m.group(1) == '令和' else 1988) + n
        out.append(f'{y:04d}-{int(m.group(3)):02d}-{int(m.group(4)):02d}')
    return out


# ------------------------------------------------------------------ 1. form
def reference_form():
    files = sorted(glob.glob(os.path.join(REF_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys())


def check_form(path, doc_keys, matter_keys):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    stem = os.path.splitext(os.path.basename(path))[0]
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc.get('source') != stem:
        err(f'{stem}: source {doc.get("source")}')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())} != {matter_keys}')
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
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} {m[k]}')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring {m["recurring"]}')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{w}: recurring false without an end date')
        if not isinstance(m['fiscal_year'], int):
            err(f'{w}: fiscal_year not int')
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
                err(f'{w}: fiscal_year does not follow period_start')
        if not isinstance(m['divisions'], list) or not m['divisions']:
            err(f'{w}: divisions must be a non-empty list')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or re.search(r'[()（）※]', d['item']):
                err(f'{w}: item not normalised: {d["item"]}')
            names.append(d['item'])
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} data items (want 8-20)')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive item {s} is not a data item')
        if not m['sensitive_items']:
            err(f'{w}: no sensitive item')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{w}: media {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{w}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys')
        for actor, cats in list(m['safeguards'].items()) + [('clauses', m['clauses'])]:
            for c in cats:
                if c not in CATEGORIES:
                    err(f'{w}: {actor} code {c}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {actor} codes')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{w}: title not NFKC')
        if m['procedure'] in ('outsourcing', 'external_link') and not m['contractor_contains']:
            err(f'{w}: contractor missing')
    return doc


# ------------------------------------------------------------------ raw readers
def read_raw(stem):
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not unique: {cands}')
        return '', None, []
    p = cands[0]
    if p.endswith('.pdf'):
        pages = []
        n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(
            ['pdfinfo', p], stdout=subprocess.PIPE, check=True).stdout.decode()).group(1))
        for k in range(1, n + 1):
            pages.append(subprocess.run(['pdftotext', '-f', str(k), '-l', str(k), p, '-'],
                                        stdout=subprocess.PIPE, check=True).stdout.decode('utf-8'))
        html = open(os.path.join(HERE, stem + '.html'), encoding='utf-8').read()
        return '\n'.join(pages), html, pages
    return open(p, encoding='utf-8').read(), None, [open(p, encoding='utf-8').read()]


# ------------------------------------------------------------------ md structure
def md_section_of(lines, snippet):
    """Heading and numbered items of the ### section holding the snippet."""
    ns = norm(snippet)
    for i, ln in enumerate(lines):
        if ns in norm(ln):
            j = i
            while j >= 0 and not lines[j].startswith('#'):
                j -= 1
            k = i
            while k < len(lines) and not (lines[k].startswith('#') and k > j):
                k += 1
            body = lines[j + 1:k]
            return lines[j] if j >= 0 else '', [x for x in body if re.match(r'^\d+\.\s', x)]
    return None, []


def md_item_rows(text):
    """Rows (header excluded) of every ```csv-h block, as lists of cells."""
    blocks = re.findall(r'```csv-h\n(.*?)\n```', text, re.S)
    out = []
    for b in blocks:
        rows = [r.split(',') for r in b.split('\n')]
        out.append(rows[1:])
    return out


def html_outline_groups(html):
    out = []
    for head, inner in re.findall(r'<li class="grp"><span class="gh">(.*?)</span><ul class="ol">(.*?)</ul></li>', html):
        out.append((head, re.findall(r'<li>(.*?)</li>', inner)))
    return out


def html_item_tables(html):
    out = []
    for t in re.findall(r'<table class="on">(.*?)</table>', html, re.S):
        rows = re.findall(r'<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>', t)
        out.append(rows)
    return out


# ------------------------------------------------------------------ 2-4 support
def check_doc(doc):
    stem = doc['source']
    text, html, pages = read_raw(stem)
    J = norm(text)
    is_pdf = html is not None
    lines = text.split('\n')
    item_tables = [[(r[2], r[1], r[3] if len(r) > 3 else '') for r in rows]
                   for rows in md_item_rows(text)] if not is_pdf else html_item_tables(html)
    groups = html_outline_groups(html) if is_pdf else []
    H = norm(html) if is_pdf else ''
    ev_all = make_gold.EVIDENCE[stem]
    if len(ev_all) != len(doc['matters']):
        err(f'{stem}: evidence for {len(ev_all)} matters, gold has {len(doc["matters"])}')
    if len(item_tables) != len(doc['matters']):
        err(f'{stem}: {len(item_tables)} item tables for {len(doc["matters"])} matters')
    for i, (m, ev) in enumerate(zip(doc['matters'], ev_all), 1):
        w = f'{stem}#{i}'

        def has(x):
            return norm(x) in J
        for k in ('title', 'municipality', 'department', 'contractor_contains', 'legal_basis'):
            if m[k] and not has(m[k]):
                err(f'{w}: {k} not in text: {m[k]}')
        if m['council_session'] and not has(m['council_session'] + m['municipality']):
            err(f'{w}: session+municipality not in text')
        if m['legal_basis'] and not has(m['municipality'] + '個人情報保護条例' + m['legal_basis']):
            err(f'{w}: legal basis not written with the ordinance name')
        if not has(m['department'] + m['divisions'][0]):
            err(f'{w}: department+division not in text')
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division not in text: {d}')
        # period
        if not has(ev['period_text']):
            err(f'{w}: period text not in text: {ev["period_text"]}')
        iso = era_to_iso(ev['period_text'])
        want = [x for x in (m['period_start'], m['period_end']) if x]
        if iso != want:
            err(f'{w}: period {want} != text {iso}')
        if ev['recurring_text']:
            if not has(ev['recurring_text']) or m['recurring'] is not True:
                err(f'{w}: recurring wording / value mismatch')
        elif m['recurring'] is True:
            err(f'{w}: recurring true without wording')
        # items
        names = [d['item'] for d in m['data_items']]
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{w}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in text: {d["subject"]}')
        for x in ev['items_out']:
            if not has(x):
                err(f'{w}: ruled-out item not in text: {x}')
            if x in names:
                err(f'{w}: ruled-out item in gold: {x}')
        if i <= len(item_tables):
            rows = item_tables[i - 1]
            if is_pdf:
                struck = [r for r in rows if '<s>' in r[1]]
                kept = [(norm(r[0]), norm(r[1])) for r in rows if '<s>' not in r[1]]
                got = [(d.get('subject', '―'), d['item']) for d in m['data_items']]
                if len(struck) != len([x for x in ev['items_out'] if norm(x) in norm(''.join(r[1] for r in rows))]):
                    err(f'{w}: struck rows {len(struck)} vs ruled-out items')
            else:
                kept = [(norm(r[0]), norm(r[1])) for r in rows
                        if not any(k in r[2] for k in ('提供しない', '対象外'))]
                got = [(d.get('subject', '―'), d['item']) for d in m['data_items']]
            if kept != got:
                err(f'{w}: item table rows != gold items\n   table {kept}\n   gold  {got}')
        # media
        cats = []
        for word, cat in ev['media']:
            mark = '☑' if is_pdf else ''
            if is_pdf:
                if norm(mark + word) not in H:
                    err(f'{w}: used medium not checked in the source: {word}')
                if norm(word.split('(')[0]) not in J:
                    err(f'{w}: medium not in PDF text: {word}')
            elif norm(word) not in J:
                err(f'{w}: used medium not a checked box: {word}')
            if cat not in cats:
                cats.append(cat)
        for word in ev['media_out']:
            probe = norm('☐' + word) if is_pdf else norm(word)
            if probe not in (H if is_pdf else J):
                err(f'{w}: ruled-out medium not an unchecked box: {word}')
        if cats != m['media']:
            err(f'{w}: media {m["media"]} != evidence {cats}')
        # safeguards
        for actor in ('ward', 'contractor'):
            sents = ev[actor]
            if not 4 <= len(sents) <= 10:
                err(f'{w}: {actor} has {len(sents)} measures (want 4-10)')
            codes = ordered_union([c for _, c in sents])
            if codes != m['safeguards'][actor]:
                err(f'{w}: {actor} gold {m["safeguards"][actor]} != evidence {codes}')
            for s, c in sents:
                if not c:
                    err(f'{w}: {actor} sentence without a code: {s}')
                if not has(s):
                    err(f'{w}: {actor} sentence not in text: {s}')
            # section and count
            if is_pdf:
                found = [g for g in groups if all(norm(s) in norm(''.join(g[1])) for s, _ in sents)]
                if len(found) != 1:
                    err(f'{w}: {actor} sentences not in one outline group')
                else:
                    head, lis = found[0]
                    if len(lis) != len(sents):
                        err(f'{w}: {actor} outline has {len(lis)} items, evidence {len(sents)}')
                    ok = ('市（' in head) if actor == 'ward' else ('受託者' in head or '結合先' in head)
                    if not ok:
                        err(f'{w}: {actor} heading looks wrong: {head}')
            else:
                heads = set()
                for s, _ in sents:
                    h, items_ = md_section_of(lines, s)
                    heads.add((h, len(items_)))
                if len(heads) != 1:
                    err(f'{w}: {actor} sentences in several sections: {heads}')
                else:
                    (h, n), = heads
                    if n != len(sents):
                        err(f'{w}: {actor} section has {n} numbered items, evidence {len(sents)}')
                    ok = (('市' in h or '教育委員会' in h) and '受託者' not in h and '事業者' not in h) \
                        if actor == 'ward' else ('受託者' in h or '事業者' in h)
                    if not ok:
                        err(f'{w}: {actor} heading looks wrong: {h}')
        # clauses
        arts = ev['clauses']
        codes = ordered_union([c for _, c in arts])
        if codes != m['clauses']:
            err(f'{w}: clauses gold {m["clauses"]} != evidence {codes}')
        if arts:
            if not 10 <= len(arts) <= 15:
                err(f'{w}: {len(arts)} annex articles (want 10-15)')
            for h, _ in arts:
                if not has(h):
                    err(f'{w}: article heading not in text: {h}')
            if is_pdf:
                last = unicodedata.normalize('NFKC', pages[-1])
                n = len(re.findall(r'^第\d+\s', last, re.M))
                if not norm(last).startswith(norm(m['title'])):
                    err(f'{w}: annex page does not open with the matter title')
            else:
                det = re.search(r'<details>(.*?)</details>', text, re.S)
                n = len(re.findall(r'^\*\*第\d+条（', det.group(1), re.M)) if det else 0
                # the annex must sit inside this matter's part of the page
                mpos = text.find(m['title'])
                nxt = [text.find(o['title']) for o in doc['matters'] if o is not m and text.find(o['title']) > mpos]
                if not det or det.start() < mpos or (nxt and det.start() > min(nxt)):
                    err(f'{w}: annex is not inside the matter\'s part of the page')
            if n != len(arts):
                err(f'{w}: document has {n} annex articles, evidence {len(arts)}')


# ------------------------------------------------------------------ 5. own wording
def check_wording():
    ref = ''
    for p in REF_TEXTS:
        b = open(p, 'rb').read()
        for enc in ('utf-8-sig', 'cp932'):
            try:
                ref += norm(b.decode(enc))
                break
            except UnicodeDecodeError:
                pass
    n = 24
    for stem in make_gold.EVIDENCE:
        text, html, _ = read_raw(stem)
        for sent in norm(text).split('。'):
            for x in range(0, len(sent) - n + 1):
                if sent[x:x + n] in ref:
                    err(f'{stem}: a sentence shares a {n}-char run with the reference corpus: {sent[x:x+n]}')
                    break


def main():
    doc_keys, matter_keys = reference_form()
    files = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json')))
    mine = [p for p in files if os.path.basename(p).startswith('as')]
    n = 0
    for p in mine:
        doc = check_form(p, doc_keys, matter_keys)
        check_doc(doc)
        n += len(doc['matters'])
    raws = sorted(os.path.splitext(os.path.basename(p))[0]
                  for p in glob.glob(os.path.join(ROOT, 'raw', 'as*')))
    golds = sorted(os.path.splitext(os.path.basename(p))[0] for p in mine)
    if raws != golds or len(golds) != 2:
        err(f'raw/gold stems differ: {raws} vs {golds}')
    if n != 4:
        err(f'{n} matters, want 4')
    check_wording()
    print(f'{len(mine)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
