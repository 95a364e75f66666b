#!/usr/bin/env python3
"""Self-check of the wild-41 "ab" gold (ab1_hirosaki_2021, ab2_tomakomai_2022).

1. Form: each gold file has the keys of shared/corpus/more/gold in the same order and
   JSON types, is json.dumps(indent=1, ensure_ascii=False)+LF, and equals what
   make_gold.py derives from its sentence annotations; codes are in the spec vocabularies
   (store.md, taxonomy.md); dates ISO; fiscal_year follows the session rule.
2. Support, per matter, in the matter's OWN part of the document:
   - ab1 (PDF): page 1 is cut into the sheet's columns with `pdftotext -x -W` (label
     column, 案件１, 案件２, withdrawn 案件３); page 2 is the annex.
   - ab2 (AsciiDoc): document attributes ({市}, {条例} …) are expanded as Asciidoctor does;
     comments (// lines, //// blocks) are removed; the text is cut at [[matter1]],
     [[matter2]] and [[annex]].
   Checked there: title, department, divisions, contractor, legal basis, period dates
   (written back in 令和 form), recurrence wording, every data item and subject, every
   medium's wording, every safeguard sentence (and that the ward sentences stand before
   the contractor sentences, under their headings), every annex article and the article
   count.  Counts: 8–20 items with sensitive and non-sensitive ones, 4–10 sentences per
   actor, 10–15 annex articles.
3. Decoys: every trap string (withdrawn title, secretariat department, ruled-out items and
   media, dates that are not the period …) is in the document and is NOT a gold value.
Exit status 1 on any failure."""
import glob
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
REF_GOLD = '/work/shared/corpus/more/gold'
STEMS = ['ab1_hirosaki_2021', 'ab2_tomakomai_2022']

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


def N(s):
    """NFKC, no whitespace."""
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def era(iso):
    y, m, d = map(int, iso.split('-'))
    if (y, m, d) >= (2019, 5, 1):
        return f'令和{y - 2018}年{m}月{d}日'
    return f'平成{y - 1988}年{m}月{d}日'


# ------------------------------------------------------------------ form
def ref_form():
    doc = json.load(open(sorted(glob.glob(os.path.join(REF_GOLD, '*.json')))[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys()), doc['matters'][0]


def check_form(stem, doc_keys, matter_keys, ref_matter, mg):
    path = os.path.join(ROOT, 'gold', stem + '.json')
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: gold not in json.dumps(indent=1, ensure_ascii=False)+LF form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top keys {list(doc.keys())}')
    if doc['source'] != stem:
        err(f'{stem}: source {doc["source"]}')
    expect = [mg.gold_matter(m) for m in mg.DOCS[stem]]
    if doc['matters'] != expect:
        err(f'{stem}: gold file differs from make_gold.py (rerun make_gold.py)')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())}')
            continue
        for k, v in m.items():
            rv = ref_matter[k]
            if v is not None and rv is not None and type(v) is not type(rv):
                err(f'{w}: {k} type {type(v).__name__} != {type(rv).__name__}')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure {m["procedure"]}')
        if not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis'] or ''):
            err(f'{w}: legal_basis {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} {m[k]}')
        if m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period reversed')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{w}: recurring false without an end')
        mo = re.fullmatch(r'令和(元|\d+)年度第\d+回', m['council_session'] or '')
        if not mo:
            err(f'{w}: session {m["council_session"]}')
        else:
            fy = 2018 + (1 if mo.group(1) == '元' else int(mo.group(1)))
            if fy != m['fiscal_year']:
                err(f'{w}: fiscal_year {m["fiscal_year"]} != {fy}')
        names = [d['item'] for d in m['data_items']]
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: item keys {d}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or '(' in d['item']:
                err(f'{w}: item not normalised {d["item"]}')
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} data items (want 8–20)')
        if not m['sensitive_items'] or len(set(m['sensitive_items'])) == len(set(names)):
            err(f'{w}: want both sensitive and non-sensitive items')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive {s} not an item')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{w}: medium {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{w}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguard keys')
        for actor, cats in m['safeguards'].items():
            if not cats:
                err(f'{w}: no {actor} safeguards')
            for c in cats:
                if c not in CATEGORIES:
                    err(f'{w}: {actor} code {c}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {actor} codes')
        for c in m['clauses']:
            if c not in CATEGORIES:
                err(f'{w}: clause code {c}')
        if m['contractor_contains'] is None:
            err(f'{w}: every matter here has a contractor or 結合先')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{w}: title not NFKC')
    if not any(m['clauses'] for m in doc['matters']):
        err(f'{stem}: no matter with an annex')
    return doc


# ------------------------------------------------------------------ ab1: PDF
MM = 72 / 25.4
# geometry of src/ab/make_ab1_hirosaki.py: A3 landscape, 10 mm side margins,
# columns 27 / 152 / 152 / 69 mm
EDGES = [10, 37, 189, 341, 410]


def pdftext(pdf, page, x0=None, x1=None, y0=0.0, y1=None):
    """Text of a page, or of the box x0..x1 (mm) × y0..y1 (pt) of it."""
    cmd = ['pdftotext', '-f', str(page), '-l', str(page)]
    if x0 is not None:
        h = (y1 if y1 is not None else 842) - y0
        cmd += ['-x', str(int(x0 * MM) + 1), '-y', str(int(y0) + 1),
                '-W', str(int((x1 - x0) * MM) - 2), '-H', str(max(1, int(h) - 1))]
    cmd += [pdf, '-']
    return subprocess.run(cmd, check=True, capture_output=True).stdout.decode('utf-8')


def table_rules(pdf):
    """y (pt) of the horizontal rules of the sheet: rows of dark pixels across the whole
    label column in a 144 dpi grey rendering of page 1."""
    tmp = tempfile.mkdtemp(prefix='ab1sc-')
    try:
        subprocess.run(['pdftoppm', '-r', '144', '-gray', '-f', '1', '-l', '1', pdf,
                        os.path.join(tmp, 'p')], check=True)
        data = open(glob.glob(os.path.join(tmp, 'p*.pgm'))[0], 'rb').read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    magic, dims, maxval, px = data.split(b'\n', 3)
    w, h = map(int, dims.split())
    k = 144 / 25.4
    x0, x1 = int(EDGES[0] * k) + 3, int(EDGES[1] * k) - 3
    ys = [y for y in range(h) if sum(1 for b in px[y * w + x0:y * w + x1] if b < 160) > 0.9 * (x1 - x0)]
    groups = []
    for y in ys:
        if groups and y - groups[-1][-1] <= 1:
            groups[-1].append(y)
        else:
            groups.append([y])
    return [sum(g) / len(g) / 2 for g in groups]


ROW_LABELS = ['項目', '番号', '件名', '諮問区分', '根拠条項', '担当部課', '委託先（結合先）', '個人情報の項目',
              '記録媒体', '委託期間', '市が行う対策', '受託者に行わせる対策', '備考']


def ab1_regions():
    pdf = os.path.join(ROOT, 'raw', 'ab1_hirosaki_2021.pdf')
    info = subprocess.run(['pdfinfo', '-f', '1', '-l', '2', pdf], check=True,
                          capture_output=True).stdout.decode()
    if 'Pages:           2' not in info:
        err('ab1: PDF should have 2 pages')
    sizes = re.findall(r'Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)', info)
    if len(sizes) != 2 or not (float(sizes[0][0]) > float(sizes[0][1]) > 800) \
            or not (float(sizes[1][0]) < float(sizes[1][1])):
        err(f'ab1: page 1 must be A3 landscape, page 2 portrait: {sizes}')
    rules = table_rules(pdf)[-(len(ROW_LABELS) + 1):]
    cells = {}
    if len(rules) != len(ROW_LABELS) + 1:
        err(f'ab1: found {len(rules)} table rules')
    else:
        for r, label in enumerate(ROW_LABELS):
            y0, y1 = rules[r], rules[r + 1]
            got = N(pdftext(pdf, 1, EDGES[0], EDGES[1], y0, y1))
            if got != N(label):
                err(f'ab1: row {r} label {got!r} != {label}')
            for c in range(1, 4):
                cells[(label, c)] = pdftext(pdf, 1, EDGES[c], EDGES[c + 1], y0, y1)
    cols = [pdftext(pdf, 1, EDGES[i], EDGES[i + 1]) for i in range(4)]
    whole = pdftext(pdf, 1) + '\n' + pdftext(pdf, 2)
    annex = pdftext(pdf, 2)
    return {'labels': cols[0], 'matters': [cols[1], cols[2]], 'withdrawn': cols[3],
            'annex': annex, 'whole': whole, 'cells': cells}


# ------------------------------------------------------------------ ab2: AsciiDoc
def adoc_expand(src):
    attrs = {}
    for line in src.split('\n'):
        mo = re.match(r'^:([^:!][^:]*):(?:[ \t]+(.*))?$', line)
        if mo:
            val = mo.group(2) or ''
            attrs[mo.group(1)] = re.sub(r'\{([^{}\s]+)\}', lambda x: attrs.get(x.group(1), x.group(0)), val)

    def sub(text):
        return re.sub(r'\{([^{}\s]+)\}', lambda x: attrs.get(x.group(1), x.group(0)), text)
    return attrs, sub


def adoc_uncomment(src):
    src = re.sub(r'(?ms)^////\n.*?^////\n', '', src)
    return '\n'.join(l for l in src.split('\n') if not re.match(r'^//(?!/)', l))


def ab2_regions():
    path = os.path.join(ROOT, 'raw', 'ab2_tomakomai_2022.txt')
    b = open(path, 'rb').read()
    if b.startswith(b'\xef\xbb\xbf'):
        err('ab2: BOM present')
    if b'\r' in b:
        err('ab2: CR found (want LF)')
    src = b.decode('utf-8')
    for feature in ('= 令和', ':toc:', ':sectnums:', ':市: 苫小牧市', '{市}', '\n== ', '\n=== ', '\n==== ',
                    '[cols="1,3",options="header"]', '|===', 'a|', '件名:: ', '担当課:: ', '\n+\n',
                    'NOTE: ', '[WARNING]\n====', '\n// ', '\n////\n', 'include::common/footer.adoc[]',
                    'footnote:[', '<<matter1,', '* [x] ', '\n.. '):
        if feature not in src:
            err(f'ab2: AsciiDoc feature missing: {feature!r}')
    attrs, sub = adoc_expand(src)
    if attrs.get('市') != '苫小牧市':
        err('ab2: attribute 市')
    pub = sub(adoc_uncomment(src))
    whole_with_comments = sub(src)

    def cut(a, b_):
        i = pub.index(a)
        j = pub.index(b_, i) if b_ else len(pub)
        return pub[i:j]
    m1 = cut('[[matter1]]', '[[matter2]]')
    m2 = cut('[[matter2]]', '[[annex]]')
    annex = cut('[[annex]]', None)
    return {'matters': [m1, m2], 'annex': annex, 'whole': pub, 'raw': whole_with_comments,
            'sub': sub, 'src': src}


# ------------------------------------------------------------------ support
def check_matter(stem, i, m, gm, region, whole, sub=lambda s: s):
    w = f'{stem}#{i}'
    R, W = N(region), N(whole)
    Rp = strip_parens(R)

    def has(x, where=R):
        x = N(x)
        return x in where or x in strip_parens(where)
    if not has(m['title']):
        err(f'{w}: title not in its column/section')
    if not has(m['municipality'], W):
        err(f'{w}: municipality not in text')
    if not has(m['department']):
        err(f'{w}: department {m["department"]} not in region')
    for d in m['divisions']:
        if not has(d):
            err(f'{w}: division {d} not in region')
    if not has(m['contractor_contains']):
        err(f'{w}: contractor {m["contractor_contains"]} not in region')
    if N(m['legal_basis']) not in R:
        err(f'{w}: legal basis {m["legal_basis"]} not in region')
    if N(m['council_session']) not in W:
        err(f'{w}: session not in document')
    for k in ('period_start', 'period_end'):
        if m[k] and N(era(m[k])) not in R:
            err(f'{w}: {k} {era(m[k])} not in region')
    if m['recurring'] is True and not re.search(r'以降も継続', R):
        err(f'{w}: recurring true but no 以降も継続 wording')
    if m['recurring'] is not True and re.search(r'以降も継続', R):
        err(f'{w}: recurrence wording present but recurring is {m["recurring"]}')
    for d in m['data_items']:
        if N(d['item']) not in R and N(d['item']) not in Rp:
            err(f'{w}: item {d["item"]} not in region')
        if 'subject' in d and N(d['subject']) not in R:
            err(f'{w}: subject {d["subject"]} not in region')
    for cat, word in gm['media']:
        if N(sub(word)) not in R:
            err(f'{w}: medium word for {cat} not in region: {word}')
    pos = {}
    for actor in ('ward', 'contractor'):
        sents = gm[actor]
        if not 4 <= len(sents) <= 10:
            err(f'{w}: {len(sents)} {actor} sentences (want 4–10)')
        ps = []
        for s, codes in sents:
            k = N(sub(s))
            p = R.find(k)
            if p < 0:
                err(f'{w}: {actor} sentence not in region: {s[:30]}…')
            ps.append(p)
            for c in codes:
                if c not in CATEGORIES:
                    err(f'{w}: code {c}')
        pos[actor] = ps
    if pos['ward'] and pos['contractor'] and max(pos['ward']) > min(pos['contractor']):
        err(f'{w}: a ward sentence stands after a contractor sentence')
    return pos


def check_fields(w, m, gm, F, sub=lambda s: s):
    """Each gold value in the one field (cell / list entry / section) it must come from."""
    def inn(x, key):
        t = N(F.get(key, ''))
        x = N(sub(x))
        return x in t or x in strip_parens(t)
    if not inn(m['title'], 'title'):
        err(f'{w}: title not in the 件名 field')
    if not inn(m['legal_basis'], 'legal'):
        err(f'{w}: legal basis not in its field')
    if not inn(m['department'], 'dept'):
        err(f'{w}: department not in the 担当 field')
    for d in m['divisions']:
        if not inn(d, 'dept'):
            err(f'{w}: division {d} not in the 担当 field')
    if not inn(m['contractor_contains'], 'contractor'):
        err(f'{w}: contractor not in the 委託先/結合先 field')
    for k in ('period_start', 'period_end'):
        if m[k] and not inn(era(m[k]), 'period'):
            err(f'{w}: {k} not in the period field')
    for d in m['data_items']:
        if not inn(d['item'], 'items'):
            err(f'{w}: item {d["item"]} not in the items field')
    for cat, word in gm['media']:
        if not inn(word, 'media'):
            err(f'{w}: medium {cat} not in the media field')
    for actor, key in (('ward', 'ward'), ('contractor', 'contractor_sg')):
        for sent, _ in gm[actor]:
            if not inn(sent, key):
                err(f'{w}: {actor} sentence not in its field: {sent[:25]}…')
    kind = {'consultation': '諮問', 'report': '報告'}[m['matter_kind']]
    if not N(F.get('kind', '')).startswith(kind):
        err(f'{w}: kind {m["matter_kind"]} does not match {F.get("kind", "")[:10]!r}')


def ab1_fields(cells, c):
    g = lambda lab: cells.get((lab, c), '')
    return {'kind': g('番号'), 'title': g('件名'), 'legal': g('根拠条項'), 'dept': g('担当部課'),
            'contractor': g('委託先（結合先）'), 'items': g('個人情報の項目'), 'media': g('記録媒体'),
            'period': g('委託期間'), 'ward': g('市が行う対策'), 'contractor_sg': g('受託者に行わせる対策')}


def adoc_table(region):
    """label -> content of a two-column |=== table written one cell per line group."""
    body = region[region.index('|===') + 4:]
    body = body[:body.index('\n|===')]
    cells = re.split(r'\n(?=\||a\|)', '\n' + body.strip('\n'))
    cells = [re.sub(r'^a?\|', '', c.strip('\n')) for c in cells if c.strip()]
    pairs = {}
    if not cells or N(cells[0]) != N('項目 |内容'):
        err('ab2: table header row')
    for i in range(1, len(cells) - 1, 2):         # skip the header row |項目 |内容
        pairs[cells[i].strip()] = cells[i + 1]
    return pairs


def adoc_dlist(region):
    """key -> value (with + continuations) of a `key:: value` labelled list."""
    out, key = {}, None
    for line in region.split('\n'):
        mo = re.match(r'^(\S[^:]*):: (.*)$', line)
        if mo:
            key = mo.group(1)
            out[key] = mo.group(2)
        elif key and line.strip() and line.strip() != '+' and not line.startswith('='):
            out[key] += '\n' + line
        elif not line.strip() or line.startswith('='):
            key = None if line.startswith('=') else key
    return out


def between(text, a, b):
    i = text.index(a)
    j = text.index(b, i + len(a)) if b else len(text)
    return text[i:j]


def check_doc_ab1(doc, mg):
    stem = 'ab1_hirosaki_2021'
    r = ab1_regions()
    labels = N(r['labels'])
    order = ['番号', '件名', '諮問区分', '根拠条項', '担当部課', '委託先(結合先)', '個人情報の項目', '記録媒体',
             '委託期間', '市が行う対策', '受託者に行わせる対策', '備考']
    p = -1
    for lab in order:
        q = labels.find(N(lab))
        if q <= p:
            err(f'ab1: row label {lab} missing or out of order')
        p = q
    for i, (m, gm) in enumerate(zip(doc['matters'], mg.DOCS[stem]), 1):
        region = r['matters'][i - 1]
        pos = check_matter(stem, i, m, gm, region, r['whole'])
        R = N(region)
        # ward cell below the period cell, contractor cell above 備考
        per = R.find(N(era(m['period_start'])))
        if pos['ward'] and min(pos['ward']) < per:
            err(f'ab1#{i}: ward sentence above the period row')
        if i == 1:
            tail = R.find(N('令和４年度以降も継続して実施する予定'))
        else:
            tail = R.find(N('要介護認定は介護保険法第２７条に基づく'))
        if tail < 0 or (pos['contractor'] and max(pos['contractor']) > tail):
            err(f'ab1#{i}: contractor sentences not above 備考')
        check_fields(f'{stem}#{i}', m, gm, ab1_fields(r['cells'], i))
        if m['recurring'] and '以降も継続' not in N(r['cells'].get(('備考', i), '')):
            err(f'ab1#{i}: recurrence not in 備考')
    if N('本件は取下げ') not in N(r['cells'].get(('備考', 3), '')):
        err('ab1: 本件は取下げ not in the withdrawn 備考 cell')
    # withdrawn column
    W3 = N(r['withdrawn'])
    for x in ('本件は取下げ', '案件3(取下げ)', '市営住宅家賃の減免審査に係る生活保護受給情報の目的外利用について'):
        if N(x) not in W3:
            err(f'ab1: withdrawn column lacks {x}')
    # annex (page 2), belongs to matter 1
    A = N(r['annex'])
    if N('別紙') not in A or N('個人情報取扱特記事項') not in A or N('諮問第５号関係') not in A:
        err('ab1: annex page header')
    nums = [int(x) for x in re.findall(r'第(\d+)条', A)]
    for i, m in enumerate(doc['matters'], 1):
        annex = mg.DOCS[stem][i - 1]['annex']
        if not annex:
            continue
        if nums != list(range(1, len(annex) + 1)):
            err(f'ab1: annex article numbers {nums} != 1..{len(annex)}')
        check_annex(f'{stem}#{i}', annex, A, lambda h, b, k: f'({h})第{k}条{b}')
    check_decoys(stem, doc, mg.DECOYS[stem], r['whole'])


def check_doc_ab2(doc, mg):
    stem = 'ab2_tomakomai_2022'
    r = ab2_regions()
    sub = r['sub']
    for i, (m, gm) in enumerate(zip(doc['matters'], mg.DOCS[stem]), 1):
        region = r['matters'][i - 1]
        pos = check_matter(stem, i, m, gm, region, r['whole'], sub)
        R = N(region)
        if i == 1:
            heads = ('|市が講ずる措置', '|受託者に講じさせる措置')
        else:
            heads = ('.市が講ずる措置', '.サービス提供事業者に講じさせる措置')
        h1, h2 = R.find(N(heads[0])), R.find(N(heads[1]))
        if not (0 <= h1 < min(pos['ward']) and max(pos['ward']) < h2 < min(pos['contractor'])):
            err(f'{stem}#{i}: sentences not under their headings')
        if i == 1:
            t = adoc_table(region)
            F = {'kind': region.split('\n', 2)[1].split('　')[0].lstrip('= '),
                 'title': t.get('件名', ''), 'legal': between(region, '\n\n', '.報告第４号の概要'),
                 'dept': t.get('担当課', ''), 'contractor': t.get('委託先', ''),
                 'period': t.get('委託期間', ''), 'items': t.get('委託先に取り扱わせる個人情報', ''),
                 'media': t.get('記録媒体', ''), 'ward': t.get('市が講ずる措置', ''),
                 'contractor_sg': t.get('受託者に講じさせる措置', '')}
        else:
            dl = adoc_dlist(between(region, '==== 諮問の概要', '==== 取り扱う個人情報'))
            F = {'kind': dl.get('区分', ''), 'title': dl.get('件名', ''), 'legal': dl.get('根拠', ''),
                 'dept': dl.get('担当課', ''), 'contractor': dl.get('結合先', ''),
                 'period': dl.get('結合の開始時期', ''),
                 'items': between(region, '==== 取り扱う個人情報', '==== 記録媒体'),
                 'media': between(region, '==== 記録媒体', '==== 安全管理措置'),
                 'ward': between(region, '.市が講ずる措置', '.サービス提供事業者に講じさせる措置'),
                 'contractor_sg': between(region, '.サービス提供事業者に講じさせる措置', '.事務局確認欄')}
            if m['recurring'] and '以降も継続' not in dl.get('結合の開始時期', ''):
                err(f'{stem}#2: recurrence not in 結合の開始時期')
            if 'デジタル推進課' not in dl.get('担当課', ''):
                err(f'{stem}#2: the デジタル推進課 trap left the 担当課 entry')
        check_fields(f'{stem}#{i}', m, gm, F, sub)
    # the title of #1 exists only through the attribute
    if '苫小牧市高齢者等緊急通報' in r['src']:
        err('ab2: the {市} trap in the title is gone')
    annex_src = r['annex']
    arts = [l for l in annex_src.split('\n') if re.match(r'^\. \S', l)]
    for i, m in enumerate(doc['matters'], 1):
        annex = mg.DOCS[stem][i - 1]['annex']
        if not annex:
            continue
        if len(arts) != len(annex):
            err(f'ab2: annex has {len(arts)} top-level articles, gold annotates {len(annex)}')
        check_annex(f'{stem}#{i}', annex, N(annex_src), lambda h, b, k: f'.*{h}*{b}')
        if '報告第４号関係' not in annex_src:
            err('ab2: annex does not name its matter')
    check_decoys(stem, doc, mg.DECOYS[stem], r['raw'])


def check_annex(w, annex, A, fmt):
    if not 10 <= len(annex) <= 15:
        err(f'{w}: {len(annex)} annex articles (want 10–15)')
    last = -1
    for k, (head, body, codes) in enumerate(annex, 1):
        key = N(fmt(head, body, k))
        p = A.find(key)
        if p < 0:
            err(f'{w}: annex article {k} ({head}) not found')
        elif p < last:
            err(f'{w}: annex article {k} out of order')
        last = max(last, p)
        for c in codes:
            if c not in CATEGORIES:
                err(f'{w}: clause code {c}')


def check_decoys(stem, doc, dec, whole):
    W = N(whole)
    golds = doc['matters']
    for s in dec.get('not_titles', []):
        if N(s) not in W:
            err(f'{stem}: decoy title not in text: {s}')
        if any(m['title'] == s for m in golds):
            err(f'{stem}: decoy title used as a matter: {s}')
    for s in dec.get('not_contractors', []):
        if N(s) not in W:
            err(f'{stem}: decoy contractor not in text: {s}')
        if any(m['contractor_contains'] and (s in m['contractor_contains'] or m['contractor_contains'] in s)
               for m in golds):
            err(f'{stem}: decoy contractor in gold: {s}')
    for s in dec.get('not_departments', []):
        if N(s) not in W:
            err(f'{stem}: decoy department not in text: {s}')
        if any(m['department'] == s for m in golds):
            err(f'{stem}: decoy department in gold: {s}')
    for s in dec.get('not_divisions', []):
        if N(s) not in W:
            err(f'{stem}: decoy division not in text: {s}')
        if any(s in m['divisions'] for m in golds):
            err(f'{stem}: decoy division in gold: {s}')
    for s in dec.get('not_items', []):
        if N(s) not in W:
            err(f'{stem}: decoy item not in text: {s}')
        if any(d['item'] == s for m in golds for d in m['data_items']):
            err(f'{stem}: decoy item in gold: {s}')
    for s in dec.get('not_legal', []):
        if N(s) not in W:
            err(f'{stem}: decoy article not in text: {s}')
        if any(m['legal_basis'] == s for m in golds):
            err(f'{stem}: decoy article in gold: {s}')
    for s in dec.get('not_media_words', []):
        if N(s) not in W:
            err(f'{stem}: decoy medium word not in text: {s}')
    for s in dec.get('not_dates', []):
        if N(s) not in W:
            err(f'{stem}: decoy date not in text: {s}')
        for m in golds:
            for k in ('period_start', 'period_end'):
                if m[k] and N(era(m[k])) == N(s):
                    err(f'{stem}: decoy date is a gold period: {s}')
    if dec.get('withdrawn_mark') and N(dec['withdrawn_mark']) not in W:
        err(f'{stem}: withdrawn mark missing')


def main():
    mg = load_make_gold()
    doc_keys, matter_keys, ref_matter = ref_form()
    n = 0
    for stem in STEMS:
        doc = check_form(stem, doc_keys, matter_keys, ref_matter, mg)
        n += len(doc['matters'])
        if len(doc['matters']) != 2:
            err(f'{stem}: want 2 matters')
        if stem.startswith('ab1'):
            check_doc_ab1(doc, mg)
        else:
            check_doc_ab2(doc, mg)
    print(f'{len(STEMS)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
