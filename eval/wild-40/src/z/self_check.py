#!/usr/bin/env python3
"""Self-check of the wild-40 letter-z gold (z1_yonago_2021, z2_takaoka_2022).

1. Structure: the keys, key order and JSON types of /work/shared/corpus/more/gold; the
   vocabularies of store.md and taxonomy.md (read from the spec files themselves); ISO dates;
   the fiscal-year rule (session if named, else FY of period_start); sensitive items a subset
   of the items; 8-20 items per matter; json.dumps(indent=1, ensure_ascii=False) + newline.
2. Support in the raw document: title, municipality, department, divisions, contractor
   substring, session, legal basis, every item and subject, both period dates (as written
   in the document's era form), media evidence words, and no evidence for a medium that the
   document rules out.
3. Counts: safeguard measures per party (4-10) counted in the raw document; the annex
   articles (10-15) counted in the raw document and mapped heading by heading to codes whose
   union must equal the gold's clauses.
4. Layout promises: z1 has 16 pages, alternating running heads, folios equal to the page
   index, a matter crossing a page break, marginal notes beside the main column; z2 has every
   matter in a desktop table, a phone card and the __NEXT_DATA__ blob, hidden by a media
   query only, and the annex accordion in the desktop version only.
Exit status 1 on any failure.  Standard library only (pdftotext is called as a program)."""
import glob
import html
import json
import os
import re
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MORE_GOLD = '/work/shared/corpus/more/gold'
SPEC = '/work/shared/spec'
STEMS = ['z1_yonago_2021', 'z2_takaoka_2022']

errors = []


def err(msg):
    errors.append(msg)


def nfkc(s):
    return unicodedata.normalize('NFKC', s)


def norm(t):
    t = nfkc(t)
    t = re.sub(r'[＊*※]\d+', '', t)
    t = re.sub(r'\s+', '', t)
    return t


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


# ------------------------------------------------------------------ vocabularies from the spec
def spec_vocab():
    store = open(os.path.join(SPEC, 'store.md'), encoding='utf-8').read()
    tax = open(os.path.join(SPEC, 'taxonomy.md'), encoding='utf-8').read()

    def codes_in_row(name):
        row = next(l for l in store.splitlines() if l.startswith('| ' + name + ' '))
        return set(re.findall(r'`([a-z_]+)`', row))
    kinds = codes_in_row('matter_kind')
    procs = codes_in_row('procedure')
    media_row = [l for l in store.splitlines() if l.startswith('| category |') and 'paper' in l][0]
    media = set(re.findall(r'`([a-z_]+)`', media_row))
    table = tax.split('## Actors')[0]
    cats = set(re.findall(r'^\| ([a-z_]+) \|', table, re.M)) - {'code'}
    if len(cats) != 33:
        err(f'taxonomy: parsed {len(cats)} categories, expected 33')
    return kinds, procs, media, cats


KINDS, PROCS, MEDIA, CATS = spec_vocab()


# ------------------------------------------------------------------ structure
def more_form():
    doc = json.load(open(sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys())


def era_forms(iso):
    y, m, d = map(int, iso.split('-'))
    out = []
    if y >= 2019:
        n = y - 2018
        out.append(f'令和{"元" if n == 1 else n}年{m}月{d}日')
    return out


def check_structure(path, doc_keys, matter_keys):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    stem = os.path.splitext(os.path.basename(path))[0]
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) + newline form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc['source'] != stem:
        err(f'{stem}: source {doc["source"]}')
    if len(doc['matters']) != 2:
        err(f'{stem}: expected 2 matters, got {len(doc["matters"])}')
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
        if m['procedure'] not in PROCS:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis form {m["legal_basis"]}')
        if not isinstance(m['divisions'], list) or not m['divisions']:
            err(f'{w}: divisions must be a non-empty list')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring {m["recurring"]}')
        if m['period_end'] is None and m['recurring'] is not None:
            err(f'{w}: start-only period needs recurring null (JC8)')
        if not isinstance(m['fiscal_year'], int) or isinstance(m['fiscal_year'], bool):
            err(f'{w}: fiscal_year not int')
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
            if (y if mo_ >= 4 else y - 1) != m['fiscal_year']:
                err(f'{w}: fiscal_year does not follow period_start')
        names = []
        if not 8 <= len(m['data_items']) <= 20:
            err(f'{w}: {len(m["data_items"])} data items, want 8-20')
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != nfkc(d['item']) or re.search(r'[（(※＊]', d['item']):
                err(f'{w}: item not normalised: {d["item"]}')
            names.append(d['item'])
        if not m['sensitive_items']:
            err(f'{w}: no sensitive items')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive item {s} is not a data item')
        if len(m['sensitive_items']) == len(set(names)):
            err(f'{w}: every item sensitive: no look-alikes')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{w}: media {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{w}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys')
        for actor, cats in m['safeguards'].items():
            if not cats:
                err(f'{w}: no {actor} safeguards')
            for c in cats:
                if c not in CATS:
                    err(f'{w}: {actor} category {c}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {actor} categories')
        for c in m['clauses']:
            if c not in CATS:
                err(f'{w}: clause category {c}')
        if len(set(m['clauses'])) != len(m['clauses']):
            err(f'{w}: duplicate clause categories')
        if m['procedure'] in ('outsourcing', 'external_link') and not m['contractor_contains']:
            err(f'{w}: {m["procedure"]} without contractor_contains')
    return doc


# ------------------------------------------------------------------ z1 PDF text
MM = 72 / 25.4
PAGE_W, PAGE_H = 148 * MM, 210 * MM


def pdftotext(path, first=None, last=None, crop=None, layout=False):
    cmd = ['pdftotext', '-enc', 'UTF-8']
    if layout:
        cmd.append('-layout')
    if first:
        cmd += ['-f', str(first), '-l', str(last)]
    if crop:
        x, y, wdt, hgt = crop
        cmd += ['-x', str(int(x)), '-y', str(int(y)), '-W', str(int(wdt)), '-H', str(int(hgt))]
    cmd += [path, '-']
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def pdf_pages(path):
    info = subprocess.run(['pdfinfo', path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', info).group(1))


def main_column(path, p):
    # odd pages: main column 16mm..109mm; even pages: 39mm..132mm (notes in the outer 25mm)
    x0 = 16 if p % 2 else 39
    return pdftotext(path, p, p, crop=(x0 * MM, 13 * MM, 93 * MM, 182 * MM))


def note_column(path, p):
    x0 = 113 if p % 2 else 10
    return pdftotext(path, p, p, crop=(x0 * MM, 13 * MM, 25 * MM, 170 * MM))


# ------------------------------------------------------------------ z2 HTML regions
class Regions(HTMLParser):
    """Collects the text of u-pc-only / u-sp-only blocks, the JSON blob, and per-block details."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, region-or-None)
        self.text = {'pc': [], 'sp': [], 'all': []}
        self.blocks = []         # list of (region, [texts])
        self.json = ''
        self.in_json = False
        self.in_script = False
        self.details_in = []     # region of each <details>
        self.ids = set()
        self.hrefs = []
        self.inline_hidden = []

    def region(self):
        for _, r in reversed(self.stack):
            if r:
                return r
        return None

    VOID = {'meta', 'link', 'img', 'br', 'input', 'hr'}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if 'id' in a:
            self.ids.add(a['id'])
        if tag == 'a' and a.get('href', '').startswith('#'):
            self.hrefs.append((self.region(), a['href'][1:]))
        cls = (a.get('class') or '').split()
        style = a.get('style') or ''
        r = None
        if 'u-pc-only' in cls:
            r = 'pc'
        elif 'u-sp-only' in cls:
            r = 'sp'
        if r and 'display' in style:
            self.inline_hidden.append(r)
        if r:
            self.blocks.append((r, []))
        if tag == 'details':
            self.details_in.append(self.region())
        if tag == 'script':
            self.in_script = True
            self.in_json = a.get('id') == '__NEXT_DATA__' and a.get('type') == 'application/json'
        if tag not in self.VOID:
            self.stack.append((tag, r))

    def handle_endtag(self, tag):
        if tag == 'script':
            self.in_script = self.in_json = False
        if tag in self.VOID:
            return
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        if self.in_json:
            self.json += data
            return
        if self.in_script:
            return
        r = self.region()
        self.text['all'].append(data)
        if r:
            self.text[r].append(data)
            self.blocks[-1][1].append(data) if self.blocks and self.blocks[-1][0] == r else None


# ------------------------------------------------------------------ document-specific expectations
# media category -> words in the raw text that evidence it (per matter); ruled-out media with
# the sentence that rules them out
MEDIA_EVIDENCE = {
    'z1_yonago_2021': [
        {'paper': '紙の書類', 'contractor_pc': '受託者の事務所に置くパソコン', 'email': '電子メールに添付'},
        {'external_system': '結合先のクラウドサービスであるつなぐプラン', 'ward_system': '校務用パソコン'},
    ],
    'z2_takaoka_2022': [
        {'paper': '紙(利用申込書、医師連絡票)', 'contractor_pc': '受託者の事務室に設置するパソコン',
         'contractor_server': '受託者が運用するインターネット予約システム'},
        {'ward_system': '市の障害福祉システム', 'removable': 'DVD-R', 'contractor_server': '受託者のデータ変換用サーバ',
         'paper': '紙(移行結果の検証用リスト)'},
    ],
}
RULED_OUT = {
    'z1_yonago_2021': [
        [('removable', '名簿の受渡しにUSBメモリ等の外部記録媒体は用いない')],
        [('removable', 'USBメモリ等によるデータの持ち運びは、本件では行わない'),
         ('paper', '接続開始後は、計画を紙で作成・保管することはしない')],
    ],
    'z2_takaoka_2022': [
        [(None, '医師連絡票をファクシミリで送付する運用は行いません')],
        [('email', '電子メールによるデータの送受信は行いません')],
    ],
}
# annex article headings -> codes (JC10 readings); the union must equal the gold's clauses
ANNEX_CODES = {
    'z1_yonago_2021': [
        ('基本的事項', ['general_duty']), ('秘密の保持', ['confidentiality']), ('収集の制限', ['collection_limit']),
        ('目的外利用及び提供の禁止', ['purpose_limit']), ('複写及び複製の禁止', ['copy_limit']),
        ('再委託の禁止', ['subcontract_limit']), ('持出しの禁止', ['takeout_limit']), ('適正な管理', ['locked_storage']),
        ('従事者への教育', ['training']), ('資料等の返還等', ['return_erasure']), ('消去の報告', ['erasure_proof']),
        ('取扱状況の報告及び調査', ['status_report', 'audit']), ('事故発生時の報告', ['incident_response']),
        ('契約の解除及び損害賠償', ['liability']),
    ],
    'z2_takaoka_2022': [
        ('総則', ['general_duty']), ('秘密保持', ['confidentiality']), ('目的外利用等の禁止', ['purpose_limit']),
        ('再委託の制限', ['subcontract_limit']), ('複写等の制限', ['copy_limit']), ('持出しの禁止', ['takeout_limit']),
        ('安全管理', ['locked_storage']), ('従事者への周知', ['training']), ('報告及び検査', ['status_report', 'audit']),
        ('事故時の対応', ['incident_response']), ('返還及び廃棄', ['return_erasure', 'erasure_proof']),
        ('違反の公表', ['publication']), ('損害賠償', ['liability']),
    ],
}


ALL_FIELDS = ('title', 'municipality', 'department', 'divisions', 'contractor', 'session', 'legal_basis',
              'items', 'periods')


def support(w, m, text, fields=ALL_FIELDS):
    """text: the normalised raw text; items may also match with parenthesised qualifiers removed."""
    plain = strip_parens(text)

    def has(x):
        x = norm(x)
        return x in text or x in plain
    for k in ('title', 'municipality', 'department'):
        if k in fields and not has(m[k]):
            err(f'{w}: {k} not in text: {m[k]}')
    if 'divisions' in fields:
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division not in text: {d}')
    if 'contractor' in fields and m['contractor_contains'] and not has(m['contractor_contains']):
        err(f'{w}: contractor not in text: {m["contractor_contains"]}')
    if 'session' in fields and m['council_session'] and norm(m['council_session']) not in text:
        err(f'{w}: session not in text: {m["council_session"]}')
    if 'legal_basis' in fields and m['legal_basis'] and norm(m['legal_basis']) not in text:
        err(f'{w}: legal basis not in text: {m["legal_basis"]}')
    if 'items' in fields:
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{w}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in text: {d["subject"]}')
    if 'periods' in fields:
        for k in ('period_start', 'period_end'):
            if m[k] and not any(norm(f) in text for f in era_forms(m[k])):
                err(f'{w}: {k} {m[k]} not in text as {era_forms(m[k])}')


def check_media(w, stem, i, m, text):
    ev = MEDIA_EVIDENCE[stem][i]
    if set(ev) != set(m['media']):
        err(f'{w}: media {m["media"]} != evidenced {sorted(ev)}')
    for cat, word in ev.items():
        if norm(word) not in text:
            err(f'{w}: media evidence for {cat} not in text: {word}')
    for cat, sentence in RULED_OUT[stem][i]:
        if norm(sentence) not in text:
            err(f'{w}: ruled-out sentence not in text: {sentence}')
        if cat in m['media']:
            err(f'{w}: ruled-out medium {cat} is in the gold')


def check_annex(w, stem, m, headings):
    table = ANNEX_CODES[stem]
    if [h for h, _ in table] != headings:
        err(f'{w}: annex headings {headings} != expected {[h for h, _ in table]}')
    if not 10 <= len(headings) <= 15:
        err(f'{w}: {len(headings)} annex articles, want 10-15')
    codes = []
    for _, cs in table:
        for c in cs:
            if c not in codes:
                codes.append(c)
    if codes != m['clauses']:
        err(f'{w}: clauses {m["clauses"]} != annex codes {codes}')


# ------------------------------------------------------------------ z1
def check_z1(doc):
    stem = 'z1_yonago_2021'
    pdf = os.path.join(ROOT, 'raw', stem + '.pdf')
    n = pdf_pages(pdf)
    if n != 16:
        err(f'{stem}: {n} pages, want 16')
    full = pdftotext(pdf)
    mains = {p: main_column(pdf, p) for p in range(1, n + 1)}
    notes = {p: note_column(pdf, p) for p in range(1, n + 1)}
    joined = norm(full) + '|' + ''.join(norm(mains[p]) for p in range(1, n + 1))
    # department, division and contractor from the fact box rows (not from the traps elsewhere)
    facts = ''.join(norm(pdftotext(pdf, p, p, crop=((16 if p % 2 else 39) * MM, 13 * MM, 93 * MM, 182 * MM), layout=True))
                    for p in range(7, 11))
    for i, (label, m) in enumerate(zip(('委託先', '結合先'), doc['matters'])):
        if norm('所管' + m['department'] + m['divisions'][0]) not in facts:
            err(f'{stem}#{i + 1}: fact box 所管 row does not hold {m["department"]} {m["divisions"]}')
        mo = re.search(norm(label) + r'(.{0,60}?)' + '(開始|結果)', facts)
        if not mo or m['contractor_contains'] not in mo.group(1):
            err(f'{stem}#{i + 1}: fact box {label} row does not hold {m["contractor_contains"]}')
    # running heads and folios
    book = norm('米子市個人情報保護審議会年報（令和３年度）')
    for p in range(2, 16):
        top = norm(pdftotext(pdf, p, p, crop=(0, 0, PAGE_W, 14 * MM)))
        bottom = norm(pdftotext(pdf, p, p, crop=(0, 195 * MM, PAGE_W, 15 * MM)))
        if p % 2 == 0 and top != book:
            err(f'{stem}: p.{p} running head {top!r} is not the book title')
        if p % 2 == 1 and (top == book or not top):
            err(f'{stem}: p.{p} running head {top!r} should be a chapter title')
        if bottom != str(p):
            err(f'{stem}: p.{p} folio {bottom!r}')
        side = 'right' if p % 2 else 'left'
        outer = pdftotext(pdf, p, p, crop=((118 if p % 2 else 0) * MM, 14 * MM, 30 * MM, 180 * MM))
        if p in (7, 8, 9, 10, 11) and not norm(outer):
            err(f'{stem}: p.{p} has no marginal note in the {side} margin')
    # matter 1 crosses p.7 -> p.8 inside its item sentence; matter 2 crosses p.9 -> p.10
    if '利用者の氏名、生年月日、性別、' not in norm(mains[7]) or not norm(mains[8]).startswith('住所、電話番号、要介護度'):
        err(f'{stem}: matter 1 does not run across the p.7/p.8 break as designed')
    if 'つなぐプラン' not in norm(mains[9]) or 'つなぐプラン' not in norm(mains[10]):
        err(f'{stem}: matter 2 does not run across the p.9/p.10 break')
    # the note that carries a real fact
    if norm('令和４年度以降も同様の内容で委託を継続する予定') not in norm(notes[8]):
        err(f'{stem}: the recurrence note is not in the p.8 margin')
    for i, m in enumerate(doc['matters']):
        w = f'{stem}#{i + 1}'
        support(w, m, joined)
        check_media(w, stem, i, m, norm(full) + ''.join(norm(t) for t in mains.values()) + ''.join(norm(t) for t in notes.values()))
    # safeguard measure counts: （ア）… labels between the party headings
    mtext = ''.join(norm(mains[p]) for p in range(7, 13))
    spans = [('#1 ward', 'ア市が講ずる措置', 'イ受託者に講じさせる措置'),
             ('#1 contractor', 'イ受託者に講じさせる措置', '⑸審議の経過'),
             ('#2 ward', 'ア教育委員会が講ずる措置', 'イサービス提供事業者に講じさせる措置'),
             ('#2 contractor', 'イサービス提供事業者に講じさせる措置', '⑸審議の経過委員から、診断名')]
    for name, a, b in spans:
        i0 = mtext.find(norm(a))
        i1 = mtext.find(norm(b), i0 + 1)
        if i0 < 0 or i1 < 0:
            err(f'{stem}: cannot find measure span {name}')
            continue
        k = len(re.findall(r'\([ア-ン]\)', mtext[i0:i1]))
        if not 4 <= k <= 10:
            err(f'{stem}: {name}: {k} measures, want 4-10')
    # annex 資料２: article headings in order
    # two columns: read each column by cropping (p.14 even: text block 10-132mm; p.15 odd: 16-138mm)
    cols = [(14, 10, 58.5, 13, 182), (14, 73.5, 58.5, 13, 182), (15, 16, 58.5, 13, 60), (15, 79.5, 58.5, 13, 60)]
    t14_15 = ''.join(norm(pdftotext(pdf, pg, pg, crop=(x * MM, y * MM, wd * MM, ht * MM))) for pg, x, wd, y, ht in cols)
    if '個人情報取扱特記事項' not in t14_15:
        err(f'{stem}: 資料2 heading not found')
    heads = []
    for h, x in re.findall(r'\(([^()]+)\)第(\d+)条', t14_15):
        if int(x) == len(heads) + 1:       # the 資料3 excerpt (第12条, 第15条) breaks the sequence
            heads.append((h, x))
    nums = [int(x) for _, x in heads]
    if nums != list(range(1, len(nums) + 1)):
        err(f'{stem}: annex article numbers {nums}')
    check_annex(f'{stem}#1', stem, doc['matters'][0], [h for h, _ in heads])
    if doc['matters'][1]['clauses']:
        err(f'{stem}#2: clauses should be []')


# ------------------------------------------------------------------ z2
def check_z2(doc):
    stem = 'z2_takaoka_2022'
    path = os.path.join(ROOT, 'raw', stem + '.html')
    src = open(path, encoding='utf-8').read()
    p = Regions()
    p.feed(src)
    # hiding by media query only
    css = ''.join(re.findall(r'<style[^>]*>(.*?)</style>', src, re.S))
    if not re.search(r'\.u-sp-only\{display:none\}', css):
        err(f'{stem}: .u-sp-only is not hidden by default in the stylesheet')
    mq = re.search(r'@media screen and \(max-width:767px\)\{(.*?)\n\}', css, re.S)
    if not mq or '.u-pc-only{display:none}' not in mq.group(1) or '.u-sp-only{display:block}' not in mq.group(1):
        err(f'{stem}: media query does not swap u-pc-only / u-sp-only')
    if p.inline_hidden:
        err(f'{stem}: inline display style on {p.inline_hidden}')
    # annex accordion only in the desktop version, linked from the card
    if p.details_in != ['pc']:
        err(f'{stem}: <details> regions {p.details_in}, want exactly one in pc')
    links = [h for r, h in p.hrefs if r == 'sp' and h.startswith('tokki-')]
    if not links or any(h not in p.ids for h in links):
        err(f'{stem}: card annex link missing or dangling: {links}')
    blob = json.loads(p.json)
    jm = blob['props']['pageProps']['page']['matters']
    pcs = [norm(''.join(t)) for r, t in p.blocks if r == 'pc']
    sps = [norm(''.join(t)) for r, t in p.blocks if r == 'sp']
    if not (len(pcs) == len(sps) == len(jm) == len(doc['matters'])):
        err(f'{stem}: copies pc={len(pcs)} sp={len(sps)} json={len(jm)} gold={len(doc["matters"])}')
        return
    alltext = norm(html.unescape(''.join(p.text['all'])))
    for i, m in enumerate(doc['matters']):
        w = f'{stem}#{i + 1}'
        j = jm[i]
        jtext = norm(json.dumps(j, ensure_ascii=False))
        # every fact in all three copies (the page heading carries the session, the intro the ordinance)
        support(w + '[page]', m, alltext)
        support(w + '[pc]', m, pcs[i], ('title', 'department', 'divisions', 'contractor', 'legal_basis', 'items', 'periods'))
        support(w + '[sp]', m, sps[i], ('title', 'department', 'divisions', 'contractor', 'legal_basis', 'items', 'periods'))
        support(w + '[json]', m, jtext, ('title', 'department', 'divisions', 'contractor', 'legal_basis', 'items', 'periods'))
        if j['period']['startDate'] != m['period_start'] or j['period']['endDate'] != m['period_end']:
            err(f'{w}[json]: period {j["period"]}')
        # department, division and contractor from their rows / dt-dd pairs
        if norm('担当課' + m['department'] + m['divisions'][0] + '根拠規定') not in pcs[i]:
            err(f'{w}[pc]: 担当課 row does not hold {m["department"]} {m["divisions"]}')
        if norm('所管課' + m['divisions'][0] + '(' + m['department'] + ')条例上の根拠') not in sps[i]:
            err(f'{w}[sp]: 所管課 does not hold {m["department"]} {m["divisions"]}')
        if j['department'] != m['department'] or [j['division']] != m['divisions']:
            err(f'{w}[json]: department/division')
        if not re.search(norm('委託先') + r'[^委]{0,20}' + re.escape(norm(m['contractor_contains'])), pcs[i]):
            err(f'{w}[pc]: 委託先 row does not hold {m["contractor_contains"]}')
        if m['contractor_contains'] not in norm(j['contractor']):
            err(f'{w}[json]: contractor')
        # session: in the page heading (outside the copies)
        if norm(m['council_session']) not in alltext:
            err(f'{w}: session not in page text')
        check_media(w, stem, i, m, pcs[i] + sps[i])
        # measure counts equal in the three copies and 4-10
        for actor, key in (('ward', 'city'), ('contractor', 'contractor')):
            k = len(j['measures'][key])
            if not 4 <= k <= 10:
                err(f'{w}: {actor}: {k} measures, want 4-10')
            for x in j['measures'][key]:
                if norm(x) not in pcs[i] or norm(x) not in sps[i]:
                    err(f'{w}: measure not in both HTML copies: {x}')
        # annex
        if m['clauses']:
            heads = re.findall(r'<dt>（([^）]+)）</dt><dd>第(\d+)条', src)
            nums = [int(x) for _, x in heads]
            if nums != list(range(1, len(nums) + 1)):
                err(f'{w}: annex numbering {nums}')
            check_annex(w, stem, m, [h for h, _ in heads])
    # the page shows each matter once: one h2 per matter outside the pc/sp copies
    h2 = re.findall(r'<h2 id="(r4-[^"]+)">', src)
    if len(h2) != len(doc['matters']):
        err(f'{stem}: {len(h2)} matter headings, want {len(doc["matters"])}')


def main():
    doc_keys, matter_keys = more_form()
    docs = {}
    for stem in STEMS:
        path = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(path):
            err(f'{stem}: gold missing')
            continue
        docs[stem] = check_structure(path, doc_keys, matter_keys)
        if len(glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))) != 1:
            err(f'{stem}: raw file not found uniquely')
    if 'z1_yonago_2021' in docs:
        check_z1(docs['z1_yonago_2021'])
    if 'z2_takaoka_2022' in docs:
        check_z2(docs['z2_takaoka_2022'])
    n = sum(len(d['matters']) for d in docs.values())
    print(f'{len(docs)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
