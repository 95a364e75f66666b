#!/usr/bin/env python3
"""Self-check of the wild-48 aq gold (aq1_sakaide_2023, aq2_anan_2020).

1. Form: each gold file has the top-level keys, matter keys (in order) and JSON types
   of /work/shared/corpus/more/gold/*.json; it is byte-identical to
   json.dumps(indent=1, ensure_ascii=False) + '\\n'; codes are in the vocabularies of
   store.md / taxonomy.md; dates are ISO; fiscal year follows the session (else the
   FY of period_start); recurring is consistent with the period.
2. Counts: 8–20 data items per matter, at least one sensitive and one non-sensitive;
   4–10 safeguard sentences per actor; an annex of 10–15 articles where there is one.
3. Support in the raw text (decoded, running heads / folios / tags removed, NFKC,
   whitespace removed; items also compared with parenthesised qualifiers stripped):
   title, municipality, department, divisions, contractor, session, legal basis,
   every item and subject inside the matter's segment; media phrases; the period
   phrase and its era dates; the recurrence phrase; every safeguard fragment inside
   the segment (ward ones before contractor ones) and the gold category lists equal
   to the codes of those fragments in order; every annex article heading and the
   article count; traps (ruled-out items and media, the errata) present and kept
   out of the gold.
4. Layout: aq1 carries the WordPress block markup the brief asks for and its tags
   balance; aq2 is cp932 with CRLF, every printed page starts with the running head
   and ends with 「― N ―」, and the errata points at the right page.
Exits 1 on any failure."""
import glob
import html
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, HERE)
import make_gold  # noqa: E402

MORE_GOLD = '/work/shared/corpus/more/gold'
STEMS = ['aq1_sakaide_2023', 'aq2_anan_2020']
HEAD = '阿南市公報　　第２３８号　　令和２年１１月１６日'

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


def nf(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


# ------------------------------------------------------------------ reference form
def reference_form():
    files = sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))
    top, mkeys, types = None, None, {}
    for p in files:
        d = json.load(open(p, encoding='utf-8'))
        top = top or list(d.keys())
        for m in d['matters']:
            mkeys = mkeys or list(m.keys())
            for k, v in m.items():
                types.setdefault(k, set()).add(type(v).__name__)
    return top, mkeys, types


# ------------------------------------------------------------------ raw text
class Strip(HTMLParser):
    VOID = {'meta', 'link', 'br', 'img', 'input', 'hr', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'track'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.stack, self.problems = [], 0, [], []

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f'</{tag}> closes <{self.stack[-1] if self.stack else None}>')
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def raw_text(stem):
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not found uniquely: {cands}')
        return ''
    p = cands[0]
    b = open(p, 'rb').read()
    if p.endswith('.html'):
        t = b.decode('utf-8')
        for needle in ('application/ld+json', '"datePublished"', '"dateModified"', '<!-- wp:', 'wp-block-group',
                       'class="wp-block-heading"', '<figure class="wp-block-table', '<figcaption', 'wp-block-list',
                       'class="wp-block-columns', 'class="wp-block-column', '<details class="wp-block-details',
                       '<summary>特記事項を表示</summary>', 'class="wp-block-file"', 'class="wp-block-quote"',
                       '最近の投稿', 'tag-cloud-link', 'この記事を書いた人', 'role="search"', 'id="breadcrumbs"',
                       'Copyright'):
            if needle not in t:
                err(f'{stem}: WordPress markup missing: {needle}')
        if 'R4-03_shingikai_shiryo.pdf' not in t:
            err(f'{stem}: the other-year file name trap is missing')
        s = Strip()
        s.feed(t)
        s.close()
        if s.problems or s.stack:
            err(f'{stem}: unbalanced tags: {s.problems[:3]} open={s.stack[:5]}')
        return ''.join(s.out)
    # aq2: cp932, CRLF, pages
    t = b.decode('cp932')
    if '\r\n' not in t or re.search(r'(?<!\r)\n', t):
        err(f'{stem}: not CRLF throughout')
    t = t.replace('\r\n', '\n')
    pages = t.split('\f')
    printed, errata = pages[:-1], pages[-1]
    if '正　誤　表' not in errata:
        err(f'{stem}: errata is not the last form-feed block')
    for n, pg in enumerate(printed, 1):
        lines = pg.split('\n')
        nonblank = [ln for ln in lines if ln.strip(' \u3000')]
        if lines[0] != HEAD:
            err(f'{stem}: page {n} does not start with the running head')
        want = '― ' + str(n).translate({ord(c): ord(c) + 0xFEE0 for c in '0123456789'}) + ' ―'
        if nonblank[-1].strip(' \u3000') != want:
            err(f'{stem}: page {n} does not end with {want}: {nonblank[-1]!r}')
        if sum(1 for ln in lines if ln == HEAD) != 1:
            err(f'{stem}: page {n} has the running head more than once')
    if re.search(r'[0-9A-Za-z]', re.sub(r'\s', '', t)):
        err(f'{stem}: half-width digits or letters present: {re.findall(r".{5}[0-9A-Za-z].{5}", t)[:3]}')
    # errata page points at the page that holds the wrong item
    wrong = make_gold.EVIDENCE[stem][1]['errata'][0]
    holder = [n for n, pg in enumerate(printed, 1) if wrong in pg]
    mo = re.search(r'ページ\u3000([０-９]+)', errata)
    if not mo or not holder or int(unicodedata.normalize('NFKC', mo.group(1))) != holder[0]:
        err(f'{stem}: errata page {mo and mo.group(1)} != page of the wrong item {holder}')
    body = []
    for ln in t.split('\n'):
        s = ln.replace('\f', '')
        if s == HEAD or re.fullmatch(r'[\u3000 ]*― [０-９]+ ―[\u3000 ]*', s):
            continue
        body.append(s)
    return '\n'.join(body)


# ------------------------------------------------------------------ era dates
def era_dates(s):
    out = []
    for era, y, m, d in re.findall(r'(令和|平成)(元|\d+)年(\d+)月(\d+)日', s):
        y = 1 if y == '元' else int(y)
        out.append(f'{(2018 if era == "令和" else 1988) + y:04d}-{int(m):02d}-{int(d):02d}')
    return out


# ------------------------------------------------------------------ checks
def check_form(path, top, mkeys, types):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{path}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != top:
        err(f'{path}: top-level keys {list(doc.keys())} != {top}')
    stem = os.path.splitext(os.path.basename(path))[0]
    if doc['source'] != stem:
        err(f'{path}: source {doc["source"]} != {stem}')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != mkeys:
            err(f'{w}: keys {list(m.keys())} != {mkeys}')
            continue
        for k, v in m.items():
            if type(v).__name__ not in types[k]:
                err(f'{w}: {k} has type {type(v).__name__}, reference has {types[k]}')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period_start after period_end')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{w}: recurring false without an end date')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            fy = None if not mo else (2018 if mo.group(1) == '令和' else 1988) + (1 if mo.group(2) == '元' else int(mo.group(2)))
            if fy != m['fiscal_year']:
                err(f'{w}: fiscal_year {m["fiscal_year"]} != session year {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            if (y if mo_ >= 4 else y - 1) != m['fiscal_year']:
                err(f'{w}: fiscal_year != FY of period_start')
        if m['title'] != unicodedata.normalize('NFKC', m['title']) or re.search(r'\s', m['title']):
            err(f'{w}: title not NFKC / has spaces')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or '(' in d['item']:
                err(f'{w}: item not normalised: {d["item"]}')
            names.append(d['item'])
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} data items (want 8–20)')
        sens = m['sensitive_items']
        if not sens or not set(names) - set(sens):
            err(f'{w}: need both sensitive and non-sensitive items')
        for s in sens:
            if s not in names:
                err(f'{w}: sensitive item {s} not a data item')
        if len(set(sens)) != len(sens):
            err(f'{w}: duplicate sensitive items')
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
                    err(f'{w}: {actor} category {c}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {actor} categories')
        if m['procedure'] in ('outsourcing', 'external_link') and not m['contractor_contains']:
            err(f'{w}: contractor missing')
    return doc


def check_support(doc):
    stem = doc['source']
    raw = raw_text(stem)
    text = nf(raw)
    evs = make_gold.EVIDENCE[stem]
    if len(evs) != len(doc['matters']):
        err(f'{stem}: evidence for {len(evs)} matters, gold has {len(doc["matters"])}')
    for i, (m, ev) in enumerate(zip(doc['matters'], evs), 1):
        w = f'{stem}#{i}'
        a, b = (nf(x) for x in ev['segment'])
        ia = text.find(a)
        ib = text.find(b, ia + 1)
        if ia < 0 or ib < 0:
            err(f'{w}: segment markers not found ({ia}, {ib})')
            continue
        seg = text[ia:ib]
        plain = strip_parens(seg)

        def has(x, where=seg):
            x = nf(x)
            return x in where or x in strip_parens(where)

        for k in ('title', 'department', 'contractor_contains', 'legal_basis'):
            if m[k] and not has(m[k]):
                err(f'{w}: {k} not in the matter segment: {m[k]}')
        if not has(m['municipality'], text):
            err(f'{w}: municipality not in text')
        if m['council_session'] and nf(m['council_session']) not in text:
            err(f'{w}: session not in text')
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division not in segment: {d}')
        corrected = ev['errata'][1] if 'errata' in ev else None
        for d in m['data_items']:
            if d['item'] == corrected:
                continue            # only in the 正誤表; checked below
            if nf(d['item']) not in plain and nf(d['item']) not in seg:
                err(f'{w}: item not in segment: {d["item"]}')
            if 'subject' in d and nf(d['subject']) not in seg:
                err(f'{w}: subject not in segment: {d["subject"]}')
        # period and recurrence
        per = nf(ev['period'])
        if per not in seg:
            err(f'{w}: period phrase not in segment: {ev["period"]}')
        ds = era_dates(per)
        want = [x for x in (m['period_start'], m['period_end']) if x]
        if ds != want:
            err(f'{w}: period dates {ds} != gold {want}')
        if ev['recurring']:
            if m['recurring'] is not True or nf(ev['recurring']) not in seg:
                err(f'{w}: recurrence phrase / flag mismatch')
        else:
            if m['recurring'] is True:
                err(f'{w}: recurring true without a phrase')
            if '以降も' in seg:
                err(f'{w}: segment says 以降も but recurring is {m["recurring"]}')
            if m['recurring'] is False and not m['period_end']:
                err(f'{w}: recurring false needs an end date')
        # media
        cats = []
        for cat, phrase in ev['media']:
            if nf(phrase) not in seg:
                err(f'{w}: media phrase not in segment: {phrase}')
            if cat not in cats:
                cats.append(cat)
        if sorted(cats) != sorted(m['media']):
            err(f'{w}: media {m["media"]} != evidence {cats}')
        for cat, phrase in ev['media_not']:
            if nf(phrase) not in seg:
                err(f'{w}: ruled-out media phrase not in segment: {phrase}')
            if cat in m['media']:
                err(f'{w}: ruled-out medium {cat} is in the gold')
        names = {d['item'] for d in m['data_items']}
        for x in ev['not_items']:
            if nf(x) not in seg:
                err(f'{w}: trap item not in segment: {x}')
            if x in names:
                err(f'{w}: trap item {x} is in the gold')
        if 'errata' in ev:
            wrong, right = ev['errata']
            tail = text[text.find(nf('正誤表'), ib):]
            if nf(wrong) not in tail or nf(right) not in tail:
                err(f'{w}: errata pair not in the 正誤表')
            if right not in names or wrong in names:
                err(f'{w}: errata not applied in the gold')
        # safeguards
        pos = {}
        for actor in ('ward', 'contractor'):
            frags = ev[actor]
            if not 4 <= len(frags) <= 10:
                err(f'{w}: {actor} has {len(frags)} measures (want 4–10)')
            pos[actor] = []
            for frag, codes in frags:
                p = seg.find(nf(frag))
                if p < 0:
                    err(f'{w}: {actor} fragment not in segment: {frag}')
                pos[actor].append(p)
                if seg.count(nf(frag)) > 1:
                    err(f'{w}: {actor} fragment not unique: {frag}')
            if pos[actor] != sorted(pos[actor]):
                err(f'{w}: {actor} fragments out of document order')
            if m['safeguards'][actor] != make_gold.firsts(frags):
                err(f'{w}: gold {actor} categories differ from the fragments')
        if pos['ward'] and pos['contractor'] and max(pos['ward']) > min(pos['contractor']):
            err(f'{w}: a ward measure stands after the contractor heading')
        # annex
        if ev['annex']:
            x, y = (nf(s) for s in ev['annex'])
            ja = text.find(x)
            jb = text.find(y, ja + 1)
            if ja < 0 or jb < 0:
                err(f'{w}: annex markers not found')
            else:
                ann = text[ja:jb]
                nums = [int(n) for n in re.findall(r'第(\d+)条', ann)]
                heads = sorted(set(nums), key=nums.index)
                if heads != list(range(1, ev['articles'] + 1)):
                    err(f'{w}: annex articles {heads} != 1..{ev["articles"]}')
                if not 10 <= ev['articles'] <= 15:
                    err(f'{w}: annex has {ev["articles"]} articles (want 10–15)')
                if len(ev['clauses']) != ev['articles']:
                    err(f'{w}: {len(ev["clauses"])} clause readings for {ev["articles"]} articles')
                for frag, codes in ev['clauses']:
                    if nf(frag) not in ann:
                        err(f'{w}: annex heading not found: {frag}')
                if m['clauses'] != make_gold.firsts(ev['clauses']):
                    err(f'{w}: gold clauses differ from the article readings')
        elif m['clauses']:
            err(f'{w}: clauses without an annex')


def main():
    top, mkeys, types = reference_form()
    n = 0
    for stem in STEMS:
        p = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(p):
            err(f'{stem}: gold missing')
            continue
        doc = check_form(p, top, mkeys, types)
        check_support(doc)
        n += len(doc['matters'])
        # the gold file must be what make_gold.py writes
        if doc['matters'] != json.loads(json.dumps(make_gold.DOCS[stem], ensure_ascii=False)):
            err(f'{stem}: gold file differs from make_gold.py (rerun it)')
    print(f'{len(STEMS)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
