#!/usr/bin/env python3
"""Self-check of the gold of letter w (w1_tajimi_2023, w2_fujinomiya_2020).

Usage: python3 src/w/self_check.py [--gold DIR]     (DIR defaults to ../../gold)

1. Structure: keys and key order of /work/shared/corpus/gold/*.json, JSON types,
   the enumerations of store.md / taxonomy.md, ISO dates, the fiscal-year rule
   (session if named, else FY of period_start), sensitive items are items, the file
   is json.dumps(indent=1, ensure_ascii=False) + newline, source = stem.
2. Support in the raw text, within the matter's own section (md: its `##` section;
   CSV: its row, and for clauses the 特記事項 block that names it):
   title, municipality, department, divisions, contractor substring, session,
   legal basis (article), period dates (written as 令和N年M月D日, RN.M.D or
   YYYY年M月D日), recurrence wording, every data item and subject.  Text is decoded
   (UTF-8 / cp932 CSV), NFKC-normalised, stripped of Markdown marks and
   whitespace; parenthesised qualifiers are also tried stripped.
3. Evidence (evidence.py): every safeguard sentence is found under the right party
   (md: the `###` heading; CSV: the 市 / 受託者等 column) and, in the Markdown, in a
   checked box `- [x]`; every not-taken measure is in an unchecked box `- [ ]`; every
   task-list line / numbered measure of the document is accounted for; every clause
   article is found in its annex block, and every article of the block is accounted
   for; media and negated media / items are found in the section.
4. The gold equals what evidence.py implies (media, items, sensitive items,
   safeguard and clause categories in order of first appearance), so a category,
   item or medium that has no evidence is reported.
Exit status 1 on any failure."""
import csv
import io
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from evidence import DOCS  # noqa: E402
import make_gold  # noqa: E402

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
CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ text helpers
def norm(t):
    t = re.sub(r'<br\s*/?>', '\n', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = unicodedata.normalize('NFKC', t)
    t = t.replace('**', '').replace('`', '')
    t = re.sub(r'\s+', '', t)
    return t


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def has(text, x):
    x = norm(x)
    return x in text or x in strip_parens(text)


def date_forms(iso):
    y, m, d = map(int, iso.split('-'))
    forms = [f'{y}年{m}月{d}日', f'{y}/{m}/{d}', iso]
    if (y, m, d) >= (2019, 5, 1):
        n = y - 2018
        forms += [f'令和{n}年{m}月{d}日', f'R{n}.{m}.{d}']
        if n == 1:
            forms.append(f'令和元年{m}月{d}日')
    elif y >= 1989:
        n = y - 1988
        forms += [f'平成{n}年{m}月{d}日', f'H{n}.{m}.{d}']
    return forms


# ------------------------------------------------------------------ documents
class Doc:
    """sections[i]: the raw text of matter i+1; parties[i]: list of (actor, line);
    annex[i]: list of (article, line)."""

    def __init__(self, stem, spec):
        self.stem = stem
        path = os.path.join(ROOT, 'raw', spec['raw'])
        self.path = path
        self.sections, self.parties, self.annex, self.unchecked = [], [], [], []
        if path.endswith('.md'):
            self.full = open(path, encoding='utf-8').read()
            self._md()
        else:
            b = open(path, 'rb').read()
            self.full = b.decode('cp932')
            if b.count(b'\r\n') < 5:
                err(f'{stem}: expected CRLF record ends')
            self._csv()

    # Markdown: `## ` sections, `### ` party headings, task-list lines, <details> annex
    def _md(self):
        parts = re.split(r'(?m)^## ', self.full)
        for sec in parts[1:]:
            self.sections.append(sec)
            parties, unchecked, annex = [], [], []
            actor, in_details = None, False
            for line in sec.splitlines():
                if line.startswith('### '):
                    actor = 'contractor' if ('受託者' in line or '委託先に' in line) else 'ward'
                if '<details' in line:
                    in_details = True
                if '</details>' in line:
                    in_details = False
                mo = re.match(r'- \[( |x)\] (.*)$', line)
                if mo:
                    if actor is None:
                        err(f'{self.stem}: task line outside a party heading: {line}')
                    (parties if mo.group(1) == 'x' else unchecked).append((actor, mo.group(2)))
                mo = re.match(r'\*\*(第\d+条)（', line)
                if mo and in_details:
                    annex.append((mo.group(1), line))
            self.parties.append(parties)
            self.unchecked.append(unchecked)
            self.annex.append(annex)

    # CSV: one row per matter (No. in col 0); col 8 = 市, col 9 = 受託者等; annex block
    def _csv(self):
        rows = list(csv.reader(io.StringIO(self.full, newline='')))
        widths = {len(r) for r in rows}
        if len(widths) != 1:
            err(f'{self.stem}: rows of different widths {widths}')
        header = next(i for i, r in enumerate(rows) if r and r[0] == 'No.')
        n = 1
        annex_of, annex = None, {}
        for r in rows[header + 1:]:
            if r[0] == str(n):
                self.sections.append('\n'.join(r))
                parties = []
                for col, actor in ((8, 'ward'), (9, 'contractor')):
                    for line in r[col].split('\n'):
                        if line and line[0] in CIRCLED:
                            parties.append((actor, line[1:]))
                        elif line:
                            err(f'{self.stem}#{n}: un-numbered measure line: {line}')
                self.parties.append(parties)
                self.unchecked.append([])
                n += 1
                continue
            mo = re.match(r'特記事項（No\.(\d+)', r[0])
            if mo:
                annex_of = int(mo.group(1))
                annex.setdefault(annex_of, [])
                continue
            if annex_of and re.fullmatch(r'第\d+条', r[0]):
                annex[annex_of].append((r[0], r[1] + '：' + r[2]))
        self.annex = [annex.get(i, []) for i in range(1, n)]


# ------------------------------------------------------------------ checks
def seed_form():
    files = sorted(f for f in os.listdir(SEED_GOLD) if f.endswith('.json'))
    doc = json.load(open(os.path.join(SEED_GOLD, files[0]), encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys())


def check_structure(path, doc_keys, matter_keys):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    stem = os.path.splitext(os.path.basename(path))[0]
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc.get('source') != stem:
        err(f'{stem}: source {doc.get("source")} != stem')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())}')
            continue
        for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{w}: {k} must be a non-empty string')
        for k in ('legal_basis', 'contractor_contains', 'council_session'):
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
                err(f'{w}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring {m["recurring"]}')
        if m['period_end'] is None and m['recurring'] is not None:
            err(f'{w}: recurring must be null without an end date (call 8)')
        if not isinstance(m['fiscal_year'], int) or isinstance(m['fiscal_year'], bool):
            err(f'{w}: fiscal_year not int')
        elif m['council_session']:
            mo = re.match(r'(令和|平成)(元|\d+)年度第\d+回$', m['council_session'])
            if not mo:
                err(f'{w}: council_session form {m["council_session"]}')
            else:
                n = 1 if mo.group(2) == '元' else int(mo.group(2))
                fy = (2018 if mo.group(1) == '令和' else 1988) + n
                if fy != m['fiscal_year']:
                    err(f'{w}: fiscal_year {m["fiscal_year"]} != session year {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            if (y if mo_ >= 4 else y - 1) != m['fiscal_year']:
                err(f'{w}: fiscal_year {m["fiscal_year"]} != FY of period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']):
                err(f'{w}: item not NFKC: {d["item"]}')
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
                err(f'{w}: clause category {c}')
        if m['safeguards']['contractor'] and m['contractor_contains'] is None:
            err(f'{w}: contractor safeguards without a contractor')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{w}: title not NFKC')
    return doc


def check_support(doc, raw):
    stem = doc['source']
    if len(doc['matters']) != len(raw.sections):
        err(f'{stem}: {len(doc["matters"])} gold matters, {len(raw.sections)} sections in the raw file')
    full = norm(raw.full)
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if i > len(raw.sections):
            break
        sec = norm(raw.sections[i - 1])
        for k in ('title', 'department'):
            if not has(sec, m[k]):
                err(f'{w}: {k} not in its section: {m[k]}')
        if not has(full, m['municipality']):
            err(f'{w}: municipality not in text: {m["municipality"]}')
        for d in m['divisions']:
            if not has(sec, d):
                err(f'{w}: division not in its section: {d}')
        if m['contractor_contains'] and not has(sec, m['contractor_contains']):
            err(f'{w}: contractor not in its section: {m["contractor_contains"]}')
        if m['legal_basis'] and m['legal_basis'] not in sec:
            err(f'{w}: legal basis not in its section: {m["legal_basis"]}')
        if m['council_session'] and m['council_session'] not in full:
            err(f'{w}: session not in text: {m["council_session"]}')
        for k in ('period_start', 'period_end'):
            if m[k] and not any(f in sec for f in date_forms(m[k])):
                err(f'{w}: {k} {m[k]} not written in its section')
        said = '以降も' in sec
        if (m['recurring'] is True) != said:
            err(f'{w}: recurring {m["recurring"]} but 以降も {"is" if said else "is not"} in the section')
        for d in m['data_items']:
            if not has(sec, d['item']):
                err(f'{w}: item not in its section: {d["item"]}')
            if 'subject' in d and not has(sec, d['subject']):
                err(f'{w}: subject not in its section: {d["subject"]}')


def check_evidence(doc, raw, spec):
    stem = doc['source']
    for i, (m, ev) in enumerate(zip(doc['matters'], spec['matters']), 1):
        w = f'{stem}#{i}'
        if i > len(raw.sections):
            break
        sec = norm(raw.sections[i - 1])
        # -- gold equals what the evidence implies
        want = make_gold.matter(ev)
        for k, v in want.items():
            if m.get(k) != v:
                err(f'{w}: gold {k} = {m.get(k)!r}, evidence gives {v!r}')
        # -- safeguards: each measure line of the document <-> one evidence entry
        taken = [('ward', s, c) for s, c in ev['ward']] + [('contractor', s, c) for s, c in ev['contractor_sg']]
        for lines, entries, what in ((raw.parties[i - 1], taken, 'taken'),
                                     (raw.unchecked[i - 1], ev['not_taken'], 'not taken')):
            used = [False] * len(entries)
            for actor, line in lines:
                hits = [j for j, (a, s, _) in enumerate(entries) if norm(s) in norm(line)]
                if len(hits) != 1:
                    err(f'{w}: {what} measure without exactly one evidence entry: {line}')
                    continue
                j = hits[0]
                used[j] = True
                if entries[j][0] != actor:
                    err(f'{w}: {what} measure under {actor}, evidence says {entries[j][0]}: {line}')
            for j, u in enumerate(used):
                if not u:
                    err(f'{w}: {what} evidence not found as a {what} measure: {entries[j][1]}')
        # -- not-taken measures: their categories may enter the gold only through a taken measure
        for actor, s, cats in ev['not_taken']:
            for c in cats:
                have = {x for a, _, cs in taken if a == actor for x in cs}
                if c in m['safeguards'][actor] and c not in have:
                    err(f'{w}: {actor} {c} comes only from a measure that is not taken')
        # -- clauses
        annex = raw.annex[i - 1]
        if [a for a, _ in annex] != [a for a, _, _ in ev['clauses']]:
            err(f'{w}: annex articles {[a for a, _ in annex]} != evidence {[a for a, _, _ in ev["clauses"]]}')
        for (art, line), (art2, s, _) in zip(annex, ev['clauses']):
            if art == art2 and norm(s) not in norm(line):
                err(f'{w}: clause {art} snippet not in its article: {s}')
        # -- media and negations
        for c, s in ev['media']:
            if norm(s) not in sec:
                err(f'{w}: media evidence not in section: {s}')
        for c, s in ev['not_media']:
            if norm(s) not in sec:
                err(f'{w}: negated-media evidence not in section: {s}')
            if c in m['media'] and c not in [x for x, _ in ev['media']]:
                err(f'{w}: medium {c} is only mentioned as not used')
        names = [d['item'] for d in m['data_items']]
        for item, s in ev['not_items']:
            if norm(s) not in sec:
                err(f'{w}: negated-item evidence not in section: {s}')
            if item in names:
                err(f'{w}: item {item} is mentioned only as not handled')


def main():
    gold_dir = os.path.join(ROOT, 'gold')
    if '--gold' in sys.argv:
        gold_dir = sys.argv[sys.argv.index('--gold') + 1]
    doc_keys, matter_keys = seed_form()
    n = 0
    for stem, spec in DOCS.items():
        path = os.path.join(gold_dir, stem + '.json')
        if not os.path.exists(path):
            err(f'{stem}: gold file missing')
            continue
        doc = check_structure(path, doc_keys, matter_keys)
        raw = Doc(stem, spec)
        check_support(doc, raw)
        check_evidence(doc, raw, spec)
        n += len(doc['matters'])
    print(f'{len(DOCS)} gold files of letter w, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
