#!/usr/bin/env python3
"""Self-check of the wild-46 'am' documents and gold (am1_karatsu_2020, am2_kirishima_2023).

1. Structure: each gold file has the keys of /work/shared/corpus/more/gold/*.json in the same
   order and with the same JSON types; codes are in the vocabularies of store.md / taxonomy.md;
   ISO dates; fiscal-year rule (session if named, else FY of period_start); sensitive items are
   data items; byte form json.dumps(indent=1, ensure_ascii=False) + newline; the gold equals what
   make_gold.py derives from content.py.
2. Raw file form: am1 is UTF-16LE with a BOM, CRLF rows, TAB cells, 5 fields in every row, quoted
   multi-line cells with bare LF and doubled inner quotes; am2 is a PDF whose text (pdftotext)
   carries every page.
3. Support, per matter, in the matter's own column (am1) or section (am2): title, kind, legal
   basis, department, divisions, contractor, session, period dates (converted back to 和暦),
   recurrence wording, every data item and subject, item counts, media (○/× marks in am1, the
   媒体 row in am2), every safeguard sentence (4-10 per actor) and every annex article (10-15,
   numbered consecutively), in order.
Exit status 1 on any failure.
"""
import csv
import glob
import io
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import content as C  # noqa: E402
import make_gold as G  # noqa: E402

MORE_GOLD = '/work/shared/corpus/more/gold'
STEMS = ['am1_karatsu_2020', 'am2_kirishima_2023']

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
SENSITIVE_WORDS = ('健診', '健康診査の結果', '服薬', '既往歴', '傷病名', '病名', '妊娠', 'ワクチン',
                   '要介護', '医療機関', 'アレルギー', '障害', '医療的ケア')
# words on the ruled-out (×) media lines of am1 and the category they would be
X_WORDS = {'紙': 'paper', 'USBメモリ': 'removable', '外部記録媒体': 'removable', '電子メール': 'email',
           'クラウドサービス': 'external_system'}

errors = []
checked = {'values': 0}


def err(msg):
    errors.append(msg)


def ok(cond, msg):
    checked['values'] += 1
    if not cond:
        err(msg)


def N(t):
    """NFKC, no whitespace."""
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', t))


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def plain(t):
    """NFKC, no whitespace, no parenthesised qualifiers, no footnote marks."""
    return strip_parens(N(t)).replace('※', '')


KANJI_DIGITS = '〇一二三四五六七八九'


def wareki(iso):
    y, m, d = map(int, iso.split('-'))
    if (y, m, d) >= (2019, 5, 1):
        era, n = '令和', y - 2018
    else:
        era, n = '平成', y - 1988
    return f'{era}{"元" if n == 1 else n}年{m}月{d}日'


def fy_of(iso):
    y, m, _ = map(int, iso.split('-'))
    return y if m >= 4 else y - 1


# ------------------------------------------------------------------ structure
def reference_form():
    files = sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    m = doc['matters'][0]
    return list(doc.keys()), list(m.keys()), {k: type(v) for k, v in m.items()}


def check_structure(stem, doc_keys, matter_keys, types):
    path = os.path.join(ROOT, 'gold', stem + '.json')
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    ok(raw == json.dumps(doc, ensure_ascii=False, indent=1) + '\n', f'{stem}: not in json.dumps(indent=1) form')
    ok(list(doc.keys()) == doc_keys, f'{stem}: top-level keys {list(doc.keys())}')
    ok(doc['source'] == stem, f'{stem}: source {doc["source"]}')
    ok(doc['matters'] == G.DOCS[stem], f'{stem}: gold differs from make_gold.py (rerun make_gold.py)')
    ok(len(doc['matters']) == 2, f'{stem}: expected 2 matters')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        ok(list(m.keys()) == matter_keys, f'{w}: keys {list(m.keys())}')
        for k, v in m.items():
            if v is not None and k in types and types[k] is not type(None):
                ok(isinstance(v, types[k]), f'{w}: {k} has type {type(v).__name__}, reference {types[k].__name__}')
        ok(m['matter_kind'] in KINDS, f'{w}: matter_kind {m["matter_kind"]}')
        ok(m['procedure'] in PROCEDURES, f'{w}: procedure {m["procedure"]}')
        ok(re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis'] or '') is not None,
           f'{w}: legal_basis {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            ok(m[k] is None or re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]), f'{w}: {k} {m[k]}')
        if m['period_start'] and m['period_end']:
            ok(m['period_start'] <= m['period_end'], f'{w}: period reversed')
        ok(m['recurring'] in (True, False, None), f'{w}: recurring')
        if m['period_end'] is None:
            ok(m['recurring'] is not False, f'{w}: recurring false without an end (call 8)')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            ok(mo is not None, f'{w}: session form {m["council_session"]}')
            if mo:
                n = 1 if mo.group(2) == '元' else int(mo.group(2))
                ok(m['fiscal_year'] == (2018 if mo.group(1) == '令和' else 1988) + n, f'{w}: fiscal year vs session')
        elif m['period_start']:
            ok(m['fiscal_year'] == fy_of(m['period_start']), f'{w}: fiscal year vs period_start')
        names = []
        for d in m['data_items']:
            ok(list(d.keys()) in (['item'], ['item', 'subject']), f'{w}: item keys {list(d.keys())}')
            ok(d['item'] == unicodedata.normalize('NFKC', d['item']), f'{w}: item not NFKC {d["item"]}')
            ok('(' not in d['item'] and '※' not in d['item'], f'{w}: qualifier left in {d["item"]}')
            names.append(d['item'])
        ok(8 <= len(names) <= 20, f'{w}: {len(names)} data items (8-20 wanted)')
        ok(len(m['sensitive_items']) >= 1, f'{w}: no sensitive item')
        for s in m['sensitive_items']:
            ok(s in names, f'{w}: sensitive {s} not an item')
            ok(any(x in s for x in SENSITIVE_WORDS), f'{w}: sensitive {s} has no special-care word')
        nonsens = [n for n in names if n not in m['sensitive_items']]
        ok(any(any(x in n for x in ('日', '区分', 'レベル', '番号', '総額', '年月', '手段', '有無', '結果'))
               for n in nonsens), f'{w}: no look-alike non-sensitive item')
        for x in m['media']:
            ok(x in MEDIA, f'{w}: media {x}')
        ok(len(set(m['media'])) == len(m['media']), f'{w}: duplicate media')
        ok(list(m['safeguards'].keys()) == ['ward', 'contractor'], f'{w}: safeguard keys')
        for actor, cs in m['safeguards'].items():
            ok(len(cs) >= 4, f'{w}: {actor} has {len(cs)} categories')
            for c in cs:
                ok(c in CATEGORIES, f'{w}: {actor} category {c}')
            ok(len(set(cs)) == len(cs), f'{w}: duplicate {actor} categories')
        for c in m['clauses']:
            ok(c in CATEGORIES, f'{w}: clause category {c}')
        ok(m['title'] == unicodedata.normalize('NFKC', m['title']), f'{w}: title not NFKC')
    ok(sum(1 for m in doc['matters'] if m['clauses']) >= 1, f'{stem}: no matter with an annex')
    return doc


def check_sentences(w, actor, sentences, text, marks):
    """sentences: content list (text, cats) with headings (cats None); text: the matter's
    normalised cell/section text; marks: regex of the list mark before each sentence."""
    real = [t for t, cs in sentences if cs is not None]
    ok(4 <= len(real) <= 10, f'{w}: {actor} has {len(real)} sentences (4-10 wanted)')
    pos = 0
    for k, t in enumerate(real, 1):
        nt = N(t)
        i = text.find(nt, pos)
        ok(i >= 0, f'{w}: {actor} sentence {k} not found in order: {t[:30]}…')
        if i >= 0:
            before = text[max(0, i - 3):i]
            ok(re.search(marks(k) + '$', before) is not None, f'{w}: {actor} sentence {k} lacks its mark ({before})')
            pos = i + len(nt)
    for t, cs in sentences:
        if cs is not None:
            ok(len(cs) >= 1 and all(c in CATEGORIES for c in cs), f'{w}: bad categories for {t[:20]}')


# ------------------------------------------------------------------ am1 (Excel Unicode text)
def read_am1():
    b = open(os.path.join(ROOT, 'raw', 'am1_karatsu_2020.txt'), 'rb').read()
    ok(b[:2] == b'\xff\xfe', 'am1: no UTF-16LE BOM')
    t = b[2:].decode('utf-16-le')
    ok(t.endswith('\r\n'), 'am1: last row not CRLF-terminated')
    rows = list(csv.reader(io.StringIO(t, newline=''), delimiter='\t', quotechar='"'))
    ok(all(len(r) == 5 for r in rows), f'am1: rows with field counts {sorted({len(r) for r in rows})}')
    for r in rows:
        for c in r:
            ok('\r' not in c, 'am1: CR inside a cell')
    # physical lines: a CRLF ends a row; bare LF only inside quotes
    ok(t.count('\r') == t.count('\r\n') == len(rows), 'am1: CRLF count differs from the row count')
    ok('""' in t, 'am1: no doubled quote in a quoted cell')
    return rows


def check_am1(doc):
    rows = read_am1()
    ok(rows[0][0].startswith(C.AM1_SESSION_ROW) and '審議案件一覧（比較表）' in rows[0][0], 'am1: title row')
    group = ''
    table = {}
    for r in rows[3:]:
        if r[0] and r[1]:
            group = r[0]
        key = (group + '/' + r[1]) if r[1] in ('名称', '所在地', '開始', '終了', '市', '受託者') else r[1]
        if r[1]:
            table[key] = r
    need = ['諮問・報告の別', '件名', '根拠条文', '担当部署', '委託先／結合先/名称', '期間/開始', '期間/終了',
            '取り扱う個人情報', '記録媒体（○使用　×不使用）', '保護対策/市', '保護対策/受託者', '特記事項',
            '備考', '特記事項（案件１）']
    for k in need:
        ok(k in table, f'am1: row {k} missing')
    if errors:
        return
    for i, (m, src) in enumerate(zip(doc['matters'], C.AM1)):
        w = f'am1#{i + 1}'
        col = 2 + i

        def cellv(k):
            return table[k][col]
        ok(cellv('件名') == m['title'], f'{w}: title cell')
        ok(doc['matters'][i]['council_session'] in N(rows[0][0]), f'{w}: session not in the title row')
        ok(('諮問' in cellv('諮問・報告の別')) == (m['matter_kind'] == 'consultation'), f'{w}: kind')
        ok(m['legal_basis'] in N(cellv('根拠条文')) and '個人情報保護条例' in cellv('根拠条文'), f'{w}: basis')
        dep = N(cellv('担当部署'))
        ok(dep.startswith(m['department']), f'{w}: department')
        for d in m['divisions']:
            ok(d in dep or compact_has(dep, d), f'{w}: division {d}')
        ok(m['contractor_contains'] in N(cellv('委託先／結合先/名称')), f'{w}: contractor')
        ok(N(wareki(m['period_start'])) in N(cellv('期間/開始')), f'{w}: start date')
        end = N(cellv('期間/終了'))
        if m['period_end']:
            ok(end.startswith(N(wareki(m['period_end']))), f'{w}: end date')
        else:
            ok('定めなし' in end, f'{w}: open end')
        ok((m['recurring'] is True) == ('以降も' in end), f'{w}: recurring wording')
        items_cell(w, m, src, cellv('取り扱う個人情報'))
        media_lines = cellv('記録媒体（○使用　×不使用）').split('\n')
        used = [l for l in media_lines if l.startswith('○')]
        ok(len(used) == len(m['media']), f'{w}: {len(used)} ○ media lines vs {len(m["media"])} media')
        for used_, raw, cat, wit in src['media']:
            line = [l for l in media_lines if wit in l]
            ok(len(line) >= 1 and line[0] == raw, f'{w}: media line {raw}')
            ok(raw.startswith('○') == used_, f'{w}: mark of {raw}')
            if not used_:
                ok(X_WORDS.get(wit) not in m['media'], f'{w}: ruled-out {wit} in gold media')
        ward = N(cellv('保護対策/市'))
        cont = N(cellv('保護対策/受託者'))
        if src['ward_style'] == 'num':
            check_sentences(w, 'ward', src['ward'], ward, lambda k: str(k))
        else:
            check_sentences(w, 'ward', src['ward'], ward, lambda k: '・')
        if src['contractor_style'] == 'num':
            check_sentences(w, 'contractor', src['contractor'], cont, lambda k: str(k))
        else:
            check_sentences(w, 'contractor', src['contractor'], cont, lambda k: '・')
        for t, cs in src['ward']:
            if cs is None:
                ok(N(t) in ward, f'{w}: heading {t}')
        # annex
        annex_here = '添付' in cellv('特記事項')
        ok(annex_here == bool(m['clauses']), f'{w}: clauses vs 特記事項 row')
        if m['clauses']:
            annex = table['特記事項（案件１）'][2]
            ok(i == 0, f'{w}: annex cell belongs to 案件１')
            check_annex(w, annex, C.AM1_ANNEX, m['clauses'],
                        lambda a: a[0], r'^第(\d+)条[（(]', split_lines=True)
        # traps that must not leak into the gold
        rem = N(cellv('備考'))
        for dd in re.findall(r'令和(?:元|\d+)年\d+月\d+日', rem):
            ok(dd != N(wareki(m['period_start'])) and (m['period_end'] is None or dd != N(wareki(m['period_end']))),
               f'{w}: remark date {dd} equals the period')
        ok(m['department'] not in rem, f'{w}: department appears in remarks')


def compact_has(text, d):
    mo = re.match(r'(.+?)(保健相談室|保健センター|事務所)$', d)
    return bool(mo) and (mo.group(1) + '・' in text or '・' + mo.group(1) + mo.group(2) in text) and mo.group(2) in text


def items_cell(w, m, src, cell):
    lines = [l for l in cell.split('\n') if l]
    heads = [l for l in lines if l.startswith('【')]
    ok([h for h, _s, _i in src['items']] == heads, f'{w}: item group headings')
    n_raw = 0
    gi = -1
    expected = [(s, [it for _r, it, _x in its]) for _h, s, its in src['items']]
    for l in lines:
        if l.startswith('【'):
            gi += 1
            continue
        if l.startswith('※'):
            continue
        # split on 、 outside parentheses
        parts, depth, cur = [], 0, ''
        for ch in l:
            if ch in '（(':
                depth += 1
            elif ch in '）)':
                depth -= 1
            if ch == '、' and depth == 0:
                parts.append(cur)
                cur = ''
            else:
                cur += ch
        parts.append(cur)
        got = [plain(p) for p in parts]
        ok(got == [N(x) for x in expected[gi][1]], f'{w}: items of group {gi + 1}: {got}')
        n_raw += len(parts)
    ok(n_raw == len(m['data_items']), f'{w}: {n_raw} items in the cell vs {len(m["data_items"])} in gold')
    for d in m['data_items']:
        if 'subject' in d:
            ok(any(plain(h).strip('【】').startswith(d['subject']) for h in heads), f'{w}: subject {d["subject"]}')


def check_annex(w, text, articles, gold_clauses, head_of, head_re, split_lines):
    lines = [l.strip('\u3000 ') for l in text.split('\n') if l.strip()]
    nums = [int(mo.group(1)) for l in lines for mo in [re.match(head_re, unicodedata.normalize('NFKC', l))] if mo]
    ok(10 <= len(nums) <= 15, f'{w}: {len(nums)} annex articles (10-15 wanted)')
    ok(nums == list(range(1, len(articles) + 1)), f'{w}: article numbers {nums}')
    body = N(text)
    pos = 0
    for a in articles:
        nb = N(a[-2])
        i = body.find(nb, pos)
        ok(i >= 0, f'{w}: article body not found in order: {a[-2][:25]}…')
        if i >= 0:
            pos = i + len(nb)
        ok(N(head_of(a)) in body, f'{w}: article heading {head_of(a)}')
    ok(G.clause_cats(articles) == gold_clauses, f'{w}: clause codes differ from the article readings')


# ------------------------------------------------------------------ am2 (PDF)
def pdf_pages(path):
    info = subprocess.run(['pdfinfo', path], capture_output=True, text=True, check=True).stdout
    n = int(re.search(r'Pages:\s+(\d+)', info).group(1))
    full, crop = [], []
    for p in range(1, n + 1):
        full.append(subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), path, '-'],
                                   capture_output=True, text=True, check=True).stdout)
        crop.append(subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), '-x', '138', '-y', '0',
                                    '-W', '460', '-H', '842', path, '-'],
                                   capture_output=True, text=True, check=True).stdout)
    return full, crop


def check_am2(doc):
    path = os.path.join(ROOT, 'raw', 'am2_kirishima_2023.pdf')
    ok(open(path, 'rb').read(5) == b'%PDF-', 'am2: not a PDF')
    full, crop = pdf_pages(path)
    ok(len(full) >= 6, f'am2: only {len(full)} pages')
    # assign pages to sections
    sec = {}
    cur = 'cover'
    marks = [('諮問事項1諮問事項調書', 'form1'), ('別紙1業務の流れ図', 'fig1'), ('諮問事項2諮問事項調書', 'form2'),
             ('別紙2業務の流れ図', 'fig2'), ('別記(諮問第4号関係)', 'annex')]
    for p, t in enumerate(full):
        nt = N(t)
        for mk, name in marks:
            if mk in nt:
                cur = name
        sec.setdefault(cur, []).append(p)
    for _mk, name in marks:
        ok(name in sec, f'am2: section {name} not found')
    if errors:
        return
    cover = N(full[0])
    ok('(諮問)' in cover and '会長' in cover and '霧島市長' in cover and re.search(r'霧総第\d+号', cover),
       'am2: cover letter parts')
    ok(doc['matters'][0]['council_session'] in cover, 'am2: session not on the cover')
    ok(N('霧島市個人情報の保護に関する法律施行条例第７条第２項') in cover, 'am2: basis not on the cover')
    for i, (m, src) in enumerate(zip(doc['matters'], C.AM2)):
        w = f'am2#{i + 1}'
        form = N(''.join(full[p] for p in sec[f'form{i + 1}']))
        formc = N(''.join(crop[p] for p in sec[f'form{i + 1}']))
        fig = N(''.join(full[p] for p in sec[f'fig{i + 1}']))
        ok(N(src['no']) in cover and m['title'] in cover, f'{w}: not listed on the cover')
        ok(m['title'] in formc, f'{w}: title')
        ok(m['title'] in fig, f'{w}: title not on its diagram')
        ok(m['legal_basis'] in formc, f'{w}: legal basis')
        ok(N(src['dept_cell']) in formc and N(src['dept_cell']).startswith(m['department']), f'{w}: department')
        for d in m['divisions']:
            ok(d in N(src['dept_cell']), f'{w}: division {d}')
        ok(m['contractor_contains'] in formc and m['contractor_contains'] in fig, f'{w}: contractor')
        per = N(src['period_cell'])
        ok(per in formc, f'{w}: period cell')
        ok(per.startswith(N(wareki(m['period_start'])) + 'から' + N(wareki(m['period_end'])) + 'まで'),
           f'{w}: period dates')
        ok((m['recurring'] is True) == ('以降も' in per), f'{w}: recurring wording')
        # items: the item row of the form, group by group
        for h, subj, its in src['items']:
            line = N(h + '、'.join(r for r, _i, _s in its))
            ok(line in formc, f'{w}: item group {h} not in the form')
            got = [plain(x) for x in split_top(N('、'.join(r for r, _i, _s in its)))]
            ok(got == [N(it) for _r, it, _s in its], f'{w}: items of {h}')
            if subj:
                ok(plain(h).strip('【】') == subj, f'{w}: subject {subj}')
        ok(sum(len(its) for _h, _s, its in src['items']) == len(m['data_items']), f'{w}: item count')
        ok(N(src['not_items']) in formc, f'{w}: ruled-out items row')
        for used, raw, cat, wit in src['media']:
            ok(N(raw) in formc, f'{w}: media line {raw}')
            ok(used == (not raw.startswith('※')), f'{w}: media line kind {raw}')
        ok(len([x for x in src['media'] if x[0]]) == len(m['media']), f'{w}: media count')
        mk = lambda k: str(k)  # noqa: E731  (NFKC turns ① into 1)
        check_sentences(w, 'ward', src['ward'], formc, mk)
        check_sentences(w, 'contractor', src['contractor'], formc, mk)
        ok(N(src['subcontract']).startswith('なし') and '再委託なし' in fig, f'{w}: no subcontracting')
        if m['clauses']:
            annex = '\n'.join(full[p] for p in sec['annex'])
            ok('別記のとおり' in src['annex_row'] and N(src['annex_row']) in formc, f'{w}: annex row')
            check_annex(w, annex, C.AM2_ANNEX, m['clauses'], lambda a: '（' + a[0] + '）',
                        r'^第(\d+)条', split_lines=True)
        else:
            ok('別記' not in src['annex_row'], f'{w}: annex row says 別記 but no clauses')
        # traps: the 作成日 of the diagram is not the period
        for dd in re.findall(r'令和\d+年\d+月\d+日現在', fig):
            ok(N(wareki(m['period_start'])) not in dd, f'{w}: diagram date equals the period start')


C_MARK = '①②③④⑤⑥⑦⑧⑨⑩'


def split_top(s):
    parts, depth, cur = [], 0, ''
    for ch in s:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == '、' and depth == 0:
            parts.append(cur)
            cur = ''
        else:
            cur += ch
    parts.append(cur)
    return parts


def main():
    doc_keys, matter_keys, types = reference_form()
    docs = {}
    for stem in STEMS:
        for d in ('raw', 'gold'):
            ok(len(glob.glob(os.path.join(ROOT, d, stem + '.*'))) == 1, f'{stem}: {d} file missing')
        docs[stem] = check_structure(stem, doc_keys, matter_keys, types)
    if not errors:
        check_am1(docs['am1_karatsu_2020'])
    if not errors:
        check_am2(docs['am2_kirishima_2023'])
    print(f'{len(STEMS)} documents, 4 matters, {checked["values"]} checks')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
