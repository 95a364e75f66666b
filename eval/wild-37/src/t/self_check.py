#!/usr/bin/env python3
"""Self-check of the letter-t gold of wild-37 (gold/t*.json against raw/t*.*).

1. Structure: the keys of every gold file are those of /work/shared/corpus/gold/*.json, in the
   same order and with the same JSON types; enumerations are those of store.md / taxonomy.md;
   ISO dates; the fiscal-year rule (the session's year if a session is named, else the FY of
   period_start); sensitive_items ⊆ data items; the file is exactly
   json.dumps(indent=1, ensure_ascii=False) + newline; source = file stem.
2. Support: the title, municipality, department, every division, the contractor substring,
   the session, the legal basis (as 第N条第N項…), both period dates (written back in the
   Japanese era, e.g. 2022-10-01 → 令和4年10月1日), every data item and every subject occur
   in the raw text; a recurring matter's text says so (以降 / 毎年).
   Reading the raw text:
   - PDF: `pdftotext` (reading order), `pdftotext -layout`, and, for the Excel-like sheet,
     one crop per sheet column (pdftotext -x/-y/-W/-H), the left-band pages (1, 2) and the
     right-band pages (3, 4) of the same column joined, so that a cell wrapped over lines or
     split over the page break reads as one run.  The column edges come from the generator's
     geometry (make_t1_anjo.py).
   - HTML: strict Shift_JIS decoding (the charset declared in <meta http-equiv>), scripts and
     tags removed, entities unescaped.
   Then NFKC, footnote marks (※) and all whitespace removed; a second copy also has the
   parenthesised qualifiers removed.
3. Layout assertions of t1: 5 pages, footers 「n / 4」 on pages 1-4, the sheet name on pages 1-4,
   no 件名 on the right-band pages 3-4, matter 2's rows continue on pages 2 and 4.

`python3 self_check.py --negative` also runs a negative test: fake values are injected into a
copy of the gold (item, subject, division, contractor, department, dates, article, session,
title, fiscal year, sensitive item, media code) and every one must be reported.
Exit status 1 on any failure.
"""
import copy
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
SEED_GOLD = '/work/shared/corpus/gold'
LETTER = 't'

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


class Checker:
    def __init__(self):
        self.errors = []
        self._text = {}

    def err(self, msg):
        self.errors.append(msg)

    # -------------------------------------------------------------- structure
    def check_structure(self, doc, stem, doc_keys, matter_keys, seed_matter):
        if list(doc.keys()) != doc_keys:
            self.err(f'{stem}: top-level keys {list(doc.keys())} != {doc_keys}')
        if doc.get('source') != stem:
            self.err(f'{stem}: source {doc.get("source")} != file stem')
        if not doc.get('matters'):
            self.err(f'{stem}: no matters')
        for i, m in enumerate(doc.get('matters', []), 1):
            w = f'{stem}#{i}'
            if list(m.keys()) != matter_keys:
                self.err(f'{w}: keys {list(m.keys())} != {matter_keys}')
                continue
            for k in matter_keys:
                sv, mv = seed_matter[k], m[k]
                if mv is None or sv is None:
                    continue
                if type(sv) is not type(mv):
                    self.err(f'{w}: {k} has type {type(mv).__name__}, seed has {type(sv).__name__}')
            for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department'):
                if not isinstance(m[k], str) or not m[k]:
                    self.err(f'{w}: {k} must be a non-empty string')
            if m['matter_kind'] not in KINDS:
                self.err(f'{w}: matter_kind {m["matter_kind"]}')
            if m['procedure'] not in PROCEDURES:
                self.err(f'{w}: procedure {m["procedure"]}')
            if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
                self.err(f'{w}: legal_basis form {m["legal_basis"]}')
            for k in ('period_start', 'period_end'):
                v = m[k]
                if v is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', v):
                    self.err(f'{w}: {k} not ISO: {v}')
            if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
                self.err(f'{w}: period_start after period_end')
            if m['recurring'] not in (True, False, None):
                self.err(f'{w}: recurring {m["recurring"]}')
            if m['recurring'] is False and m['period_end'] is None:
                self.err(f'{w}: recurring false without an end date (call 8)')
            if m['recurring'] is None and m['period_end'] is not None:
                self.err(f'{w}: recurring null with a bounded period (call 8)')
            if not isinstance(m['fiscal_year'], int) or isinstance(m['fiscal_year'], bool):
                self.err(f'{w}: fiscal_year not int')
            elif m['council_session']:
                mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第(\d+)回', m['council_session'])
                if not mo:
                    self.err(f'{w}: council_session form {m["council_session"]}')
                else:
                    n = 1 if mo.group(2) == '元' else int(mo.group(2))
                    fy = (2018 if mo.group(1) == '令和' else 1988) + n
                    if fy != m['fiscal_year']:
                        self.err(f'{w}: fiscal_year {m["fiscal_year"]} != session year {fy}')
            elif m['period_start']:
                y, mo_, _ = map(int, m['period_start'].split('-'))
                fy = y if mo_ >= 4 else y - 1
                if fy != m['fiscal_year']:
                    self.err(f'{w}: fiscal_year {m["fiscal_year"]} != FY of period_start {fy}')
            names = []
            for d in m['data_items']:
                if list(d.keys()) not in (['item'], ['item', 'subject']):
                    self.err(f'{w}: data item keys {list(d.keys())}')
                    continue
                if d['item'] != unicodedata.normalize('NFKC', d['item']) or re.search(r'[()（）※\s]', d['item']):
                    self.err(f'{w}: item not normalised: {d["item"]}')
                names.append(d['item'])
            for s in m['sensitive_items']:
                if s not in names:
                    self.err(f'{w}: sensitive item {s} is not a data item')
            for x in m['media']:
                if x not in MEDIA:
                    self.err(f'{w}: media code {x}')
            if len(set(m['media'])) != len(m['media']):
                self.err(f'{w}: duplicate media')
            if list(m['safeguards'].keys()) != ['ward', 'contractor']:
                self.err(f'{w}: safeguards keys {list(m["safeguards"].keys())}')
            for actor, cats in m['safeguards'].items():
                for c in cats:
                    if c not in CATEGORIES:
                        self.err(f'{w}: {actor} category {c}')
                if len(set(cats)) != len(cats):
                    self.err(f'{w}: duplicate {actor} categories')
            for c in m['clauses']:
                if c not in CATEGORIES:
                    self.err(f'{w}: clause category {c}')
            if len(set(m['clauses'])) != len(m['clauses']):
                self.err(f'{w}: duplicate clauses')
            if m['procedure'] in ('external_provision', 'purpose_change', 'indirect_collection',
                                  'computer_processing') and m['contractor_contains'] is not None:
                self.err(f'{w}: contractor_contains must be null for {m["procedure"]}')
            if m['safeguards']['contractor'] and m['contractor_contains'] is None:
                self.err(f'{w}: contractor safeguards without a contractor')
            if m['title'] != unicodedata.normalize('NFKC', m['title']) or re.search(r'\s', m['title']):
                self.err(f'{w}: title not normalised')

    # -------------------------------------------------------------- raw text
    @staticmethod
    def pdftotext(path, *args):
        r = subprocess.run(['pdftotext', *args, path, '-'], capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(r.stderr)
        return r.stdout

    def pdf_columns(self, path):
        """Per-column crops of the Excel-like sheet (pages 1-4)."""
        sys.path.insert(0, HERE)
        import make_t1_anjo as g
        pt = 72 / 25.4
        out = []
        for band, pages in ((g.LEFT, (1, 2)), (g.RIGHT, (3, 4))):
            x = g.MARGIN_L
            for c in band:
                w = g.col_mm(c)
                runs = []
                for p in pages:
                    runs.append(self.pdftotext(path, '-f', str(p), '-l', str(p), '-r', '72',
                                               '-x', str(int(x * pt)), '-y', str(int(g.MARGIN_T * pt)),
                                               '-W', str(int(w * pt) + 1),
                                               '-H', str(int((g.PAGE_H - g.MARGIN_T - g.MARGIN_B) * pt))))
                out.append(f'[{c}]\n' + '\n'.join(runs))
                x += w
        return '\n'.join(out)

    def read_raw(self, stem):
        if stem in self._text:
            return self._text[stem]
        cands = [p for p in glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))]
        if len(cands) != 1:
            self.err(f'{stem}: raw file not found uniquely: {cands}')
            return '', ''
        p = cands[0]
        if p.endswith('.pdf'):
            flow = self.pdftotext(p)
            layout = self.pdftotext(p, '-layout')
            cols = self.pdf_columns(p) if stem.startswith('t1_') else ''
            text = flow + '\n' + layout + '\n' + cols
            self.pdf_layout_checks(p, stem)
        else:
            b = open(p, 'rb').read()
            head = b[:2000].decode('ascii', 'replace')
            mo = re.search(r'<meta\s+http-equiv="Content-Type"\s+content="text/html;\s*charset=([\w-]+)"', head, re.I)
            if not mo:
                self.err(f'{stem}: no <meta http-equiv> charset')
                enc = 'utf-8'
            else:
                enc = mo.group(1).lower().replace('-', '_')
            try:
                t = b.decode(enc)      # strict
            except (UnicodeDecodeError, LookupError) as e:
                self.err(f'{stem}: does not decode as declared {enc}: {e}')
                t = b.decode(enc, 'replace')
            t = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', t)
            t = re.sub(r'<[^>]+>', '\n', t)
            text = html.unescape(t)
        self._text[stem] = (text, stem)
        return self._text[stem]

    def pdf_layout_checks(self, path, stem):
        info = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
        mo = re.search(r'Pages:\s+(\d+)', info)
        if not mo or int(mo.group(1)) != 5:
            self.err(f'{stem}: expected 5 pages')
            return
        sys.path.insert(0, HERE)
        import make_t1_anjo as g
        title1 = norm(g.M1['B'][0])
        for p in range(1, 5):
            t = self.pdftotext(path, '-f', str(p), '-l', str(p))
            n = norm(t)
            if f'{p}/4' not in n:
                self.err(f'{stem}: page {p} lacks footer {p} / 4')
            if norm(g.SHEET_NAME) not in n:
                self.err(f'{stem}: page {p} lacks the sheet-name header')
            if p in (3, 4) and ('件名' in n or title1[:8] in n):
                self.err(f'{stem}: right-band page {p} repeats the 件名')
        p5 = norm(self.pdftotext(path, '-f', '5', '-l', '5'))
        if '特記事項' not in p5 or '第14条' not in p5:
            self.err(f'{stem}: page 5 is not the annex')
        # the split row: matter 2 continues on page 2 (E) and page 4 (I)
        if '受取口座' not in norm(self.pdftotext(path, '-f', '2', '-l', '2')):
            self.err(f'{stem}: matter 2 items do not continue on page 2')
        if '情報セキュリティ研修' not in norm(self.pdftotext(path, '-f', '4', '-l', '4')):
            self.err(f'{stem}: matter 2 measures do not continue on page 4')

    # -------------------------------------------------------------- support
    def check_support(self, doc):
        stem = doc['source']
        raw, _ = self.read_raw(stem)
        joined = norm(raw)
        plain = strip_parens(joined)

        def has(x):
            x = norm(x)
            return x in joined or x in plain

        for i, m in enumerate(doc['matters'], 1):
            w = f'{stem}#{i}'
            if not has(m['title']):
                self.err(f'{w}: title not in text: {m["title"]}')
            if not has(m['municipality']):
                self.err(f'{w}: municipality not in text: {m["municipality"]}')
            if not has(m['department']):
                self.err(f'{w}: department not in text: {m["department"]}')
            for d in m['divisions']:
                if not has(d):
                    self.err(f'{w}: division not in text: {d}')
            if m['contractor_contains'] and not has(m['contractor_contains']):
                self.err(f'{w}: contractor not in text: {m["contractor_contains"]}')
            if m['council_session'] and norm(m['council_session']) not in joined:
                self.err(f'{w}: session not in text: {m["council_session"]}')
            if m['legal_basis'] and norm(m['legal_basis']) not in joined:
                self.err(f'{w}: legal basis not in text: {m["legal_basis"]}')
            for k in ('period_start', 'period_end'):
                if m[k] and re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                    forms = era_forms(m[k])
                    if not any(f in joined for f in forms):
                        self.err(f'{w}: {k} {m[k]} not in text as {forms}')
            if m['recurring'] is True and not re.search(r'以降|毎年', joined):
                self.err(f'{w}: recurring true but no 以降/毎年 in text')
            for d in m['data_items']:
                if not has(d['item']):
                    self.err(f'{w}: item not in text: {d["item"]}')
                if 'subject' in d and not has(d['subject']):
                    self.err(f'{w}: subject not in text: {d["subject"]}')


def norm(text):
    t = unicodedata.normalize('NFKC', text)
    t = t.replace('※', '')
    t = re.sub(r'\s+', '', t)
    return t


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def era_forms(iso):
    y, m, d = map(int, iso.split('-'))
    out = []
    if (y, m, d) >= (2019, 5, 1):
        n = y - 2018
        out.append(f'令和{"元" if n == 1 else n}年{m}月{d}日')
    if (1989, 1, 8) <= (y, m, d) <= (2019, 4, 30):
        n = y - 1988
        out.append(f'平成{"元" if n == 1 else n}年{m}月{d}日')
    return out


def load_gold():
    files = sorted(glob.glob(os.path.join(ROOT, 'gold', f'{LETTER}[0-9]*.json')))
    docs = []
    for p in files:
        raw = open(p, encoding='utf-8').read()
        doc = json.loads(raw)
        stem = os.path.splitext(os.path.basename(p))[0]
        docs.append((stem, raw, doc))
    return docs


def seed_form():
    files = sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys()), doc['matters'][0]


def run(docs, ck):
    doc_keys, matter_keys, seed_matter = seed_form()
    for stem, raw, doc in docs:
        if raw is not None and raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
            ck.err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
        ck.check_structure(doc, stem, doc_keys, matter_keys, seed_matter)
        if not ck.errors or True:
            ck.check_support(doc)
    return ck


def negative(docs):
    """Inject fakes one at a time; each must be reported."""
    base = {stem: doc for stem, _, doc in docs}
    t1, t2 = base['t1_anjo_2022'], base['t2_uji_2006']
    cases = [
        ('fake item', 't1_anjo_2022', lambda d: d['matters'][0]['data_items'].append({'item': '年金番号'})),
        ('fake subject', 't1_anjo_2022', lambda d: d['matters'][1]['data_items'].append({'item': '氏名', 'subject': '祖父母'})),
        ('negated item (所得)', 't1_anjo_2022', lambda d: d['matters'][0]['data_items'].append({'item': '所得金額'})),
        ('fake division', 't1_anjo_2022', lambda d: d['matters'][1]['divisions'].append('保育課')),
        ('fake contractor', 't1_anjo_2022', lambda d: d['matters'][0].__setitem__('contractor_contains', '三河ハートフル食品')),
        ('fake department', 't2_uji_2006', lambda d: d['matters'][0].__setitem__('department', '市民福祉部')),
        ('fake start date', 't1_anjo_2022', lambda d: d['matters'][0].__setitem__('period_start', '2022-10-11')),
        ('fake end date', 't2_uji_2006', lambda d: d['matters'][1].__setitem__('period_end', '2007-03-30')),
        ('fake article', 't2_uji_2006', lambda d: d['matters'][1].__setitem__('legal_basis', '第10条第1項')),
        ('fake session', 't2_uji_2006', lambda d: d['matters'][0].__setitem__('council_session', '平成18年度第2回')),
        ('wrong fiscal year', 't1_anjo_2022', lambda d: d['matters'][1].__setitem__('fiscal_year', 2023)),
        ('fake title', 't2_uji_2006', lambda d: d['matters'][1].__setitem__('title', '基本健康診査結果データの入力及び発送業務の委託について')),
        ('sensitive not an item', 't2_uji_2006', lambda d: d['matters'][0]['sensitive_items'].append('病名')),
        ('bad media code', 't1_anjo_2022', lambda d: d['matters'][1]['media'].append('cloud')),
        ('bad category', 't2_uji_2006', lambda d: d['matters'][1]['safeguards']['contractor'].append('shredding')),
        ('recurring false without end', 't1_anjo_2022', lambda d: d['matters'][1].__setitem__('recurring', False)),
    ]
    failed = 0
    for name, stem, mutate in cases:
        mutated = copy.deepcopy(base[stem])
        mutate(mutated)
        ck = Checker()
        run([(stem, None, mutated)], ck)
        if ck.errors:
            print(f'negative ok   {name}: {ck.errors[0]}')
        else:
            print(f'NEGATIVE FAIL {name}: not reported')
            failed += 1
    return failed


def main():
    docs = load_gold()
    ck = Checker()
    if not docs:
        ck.err('no gold files')
    run(docs, ck)
    golds = sorted(stem for stem, _, _ in docs)
    raws = sorted(os.path.splitext(os.path.basename(p))[0]
                  for p in glob.glob(os.path.join(ROOT, 'raw', f'{LETTER}[0-9]*')))
    if raws != golds:
        ck.err(f'raw/gold stems differ: {raws} vs {golds}')
    print(f'{len(docs)} gold files, {sum(len(d["matters"]) for _, _, d in docs)} matters checked')
    for e in ck.errors:
        print('FAIL ' + e)
    status = 1 if ck.errors else 0
    if '--negative' in sys.argv:
        if negative(docs):
            status = 1
    print('OK' if status == 0 else 'FAILED')
    sys.exit(status)


if __name__ == '__main__':
    main()
