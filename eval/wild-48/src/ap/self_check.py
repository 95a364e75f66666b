#!/usr/bin/env python3
"""Self-check of the ap gold (wild-48, letter ap).  Standard library + poppler's pdftotext.

1. Structure: each gold file has the keys, key order and JSON types of
   shared/corpus/more/gold; codes are in the vocabularies of store.md / taxonomy.md;
   ISO dates; fiscal-year rule; sensitive items are data items; the file is exactly
   json.dumps(indent=1, ensure_ascii=False) + newline; it equals what make_gold.py derives.
2. Support in the raw document (matter by matter: PDF page i / wiki section 案件i):
   title, kind (■ box / 区分), procedure (■ box / 区分), legal basis (the ■ one / 根拠),
   department, divisions, contractor, session, period (parsed from the cells / 期間
   parameter), recurring (■有 / 以降も), every data item as written and the item count,
   ruled-out and withdrawn items absent from the gold, media (■ boxes and その他 /
   記録媒体 bullets) against the gold categories, every safeguard sentence inside the
   right actor's block and the sentence count of each block, annex article count,
   numbering and headings.  Comments, <ref> footnotes and <s> strikes are removed from
   the wikitext before any support is looked for, so nothing rests on them.
Exits 1 on any mismatch."""
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

MORE_GOLD = '/work/shared/corpus/more/gold'
STEMS = ['ap1_niihama_2022', 'ap2_saijo_2021']

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
CLAUSE_ONLY = {'general_duty', 'publication', 'liability'}
# words of the sensitive facts of store.md as they occur in these documents
SENS_WORDS = ['結果', '服薬', '医療機関', '要介護', '自立度', '意見書', '妊娠', '心身', '生活保護',
              '障害者手帳', '療育手帳', '保健福祉手帳']

errors = []


def err(msg):
    errors.append(msg)


CIRCLED = ''.join(chr(0x2460 + k) for k in range(20))   # ①..⑳ (NFKC would turn them into digits)


def N(s):
    """NFKC (circled numbers kept), wiki emphasis marks dropped, no whitespace."""
    parts = re.split('([' + CIRCLED + '])', s)
    out = ''.join(p if p and p in CIRCLED else unicodedata.normalize('NFKC', p) for p in parts)
    out = out.replace("'''", '').replace("''", '')
    return re.sub(r'\s+', '', out)


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def era(y, m, d):
    return f'{2018 + int(y):04d}-{int(m):02d}-{int(d):02d}'


# ------------------------------------------------------------------------------ structure
def more_form():
    files = sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys()), doc['matters'][0]


def check_structure(stem, doc_keys, matter_keys, ref_matter):
    path = os.path.join(ROOT, 'gold', stem + '.json')
    if not os.path.exists(path):
        err(f'{path}: missing')
        return None
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc['source'] != stem:
        err(f'{stem}: source {doc["source"]}')
    derived = [make_gold.gold_matter(m) for m in make_gold.READINGS[stem]]
    if doc['matters'] != derived:
        err(f'{stem}: gold file differs from make_gold.py readings (rerun make_gold.py)')
    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{where}: keys {list(m.keys())}')
            continue
        for k in matter_keys:
            rv, mv = ref_matter[k], m[k]
            if rv is not None and mv is not None and type(rv) is not type(mv):
                err(f'{where}: {k} is {type(mv).__name__}, more/ gold has {type(rv).__name__}')
        for k in ('title', 'municipality', 'department'):
            if not isinstance(m[k], str) or not m[k] or m[k] != unicodedata.normalize('NFKC', m[k]):
                err(f'{where}: {k} must be a non-empty NFKC string')
        if m['matter_kind'] not in KINDS:
            err(f'{where}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{where}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{where}: legal_basis form {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{where}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{where}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{where}: recurring')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{where}: recurring false without an end date')
        mo = re.fullmatch(r'令和(元|\d+)年度第\d+回', m['council_session'] or '')
        if m['council_session'] and not mo:
            err(f'{where}: council_session form')
        if mo:
            fy = 2018 + (1 if mo.group(1) == '元' else int(mo.group(1)))
            if fy != m['fiscal_year']:
                err(f'{where}: fiscal_year {m["fiscal_year"]} != session year {fy}')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{where}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or '(' in d['item']:
                err(f'{where}: item not normalised: {d["item"]}')
            names.append(d['item'])
        if not 8 <= len(names) <= 20:
            err(f'{where}: {len(names)} data items (want 8-20)')
        if not m['sensitive_items']:
            err(f'{where}: no sensitive item')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{where}: sensitive item {s} is not a data item')
        for n in set(names):
            flagged = n in m['sensitive_items']
            looks = any(w in n for w in SENS_WORDS)
            if flagged != looks:
                err(f'{where}: sensitive reading of {n} ({flagged}) disagrees with the word list')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{where}: media {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{where}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{where}: safeguards keys')
        for actor, cats in m['safeguards'].items():
            if len(set(cats)) != len(cats):
                err(f'{where}: duplicate {actor} categories')
            for c in cats:
                if c not in CATEGORIES or c in CLAUSE_ONLY:
                    err(f'{where}: {actor} category {c}')
        for c in m['clauses']:
            if c not in CATEGORIES:
                err(f'{where}: clause category {c}')
        if m['procedure'] not in ('outsourcing', 'external_link') and m['contractor_contains']:
            err(f'{where}: contractor for {m["procedure"]}')
    return doc


# ------------------------------------------------------------------------------ raw text
def pdf_pages(stem):
    p = os.path.join(ROOT, 'raw', stem + '.pdf')
    out = subprocess.run(['pdftotext', '-raw', p, '-'], capture_output=True, check=True).stdout
    pages = out.decode('utf-8').split('\f')
    return [pg for pg in pages if pg.strip()]


def wiki_clean(text):
    t = re.sub(r'<!--.*?-->', '', text, flags=re.S)
    t = re.sub(r'<ref[^>/]*/>', '', t)
    t = re.sub(r'<ref[^>]*>.*?</ref>', '', t, flags=re.S)
    t = re.sub(r'<s>.*?</s>', '', t, flags=re.S)
    return t


def between(text, start, end):
    i = text.find(start)
    if i < 0:
        return None
    j = text.find(end, i + len(start)) if end else len(text)
    return text[i + len(start): j if j >= 0 else len(text)]


def check_measures(where, actor, block_lines, readings, prefix_re):
    """block_lines: the raw lines of one actor's block.  Each reading must sit in exactly
    one measure; the measure count must equal the number of readings and be 4-10."""
    measures = []
    for ln in block_lines:
        s = N(ln)
        if not s:
            continue
        if re.match(prefix_re, s):
            measures.append(re.sub(prefix_re, '', s))
        elif measures:
            measures[-1] += s            # a wrapped (Alt+Enter) continuation line
    if len(measures) != len(readings):
        err(f'{where}: {actor} block has {len(measures)} sentences, readings {len(readings)}')
    if not 4 <= len(measures) <= 10:
        err(f'{where}: {actor} has {len(measures)} measures (want 4-10)')
    for snippet, codes in readings:
        hits = [m for m in measures if N(snippet) in m]
        if len(hits) != 1:
            err(f'{where}: {actor} sentence found {len(hits)} times: {snippet}')
        for c in codes:
            if c not in CATEGORIES:
                err(f'{where}: code {c}')


def check_common(where, m, g):
    if g['municipality'] != m['municipality']:
        err(f'{where}: municipality')


def check_ap1(doc):
    stem = 'ap1_niihama_2022'
    pages = pdf_pages(stem)
    if len(pages) != 3:
        err(f'{stem}: {len(pages)} pages, want 3')
        return
    readings = make_gold.READINGS[stem]
    footers = ['様式2(委託)1/3ページ', '様式4(結合)2/3ページ', '別記(特記事項)3/3ページ']
    for i, pg in enumerate(pages):
        if footers[i] not in N(pg):
            err(f'{stem} p{i + 1}: footer {footers[i]} missing')
        if '新居浜市個人情報保護審議会資料' not in N(pg):
            err(f'{stem} p{i + 1}: print header missing')
    for i, (m, g) in enumerate(zip(readings, doc['matters'])):
        where = f'{stem}#{i + 1}'
        raw = pages[i]
        t = N(raw)
        check_common(where, m, g)
        if '新居浜市' not in t:
            err(f'{where}: municipality not in text')
        if '件名' + m['title'] not in t:
            err(f'{where}: title not after 件名')
        # kind: title row and 区分 row
        want = '■諮問□報告' if m['matter_kind'] == 'consultation' else '□諮問■報告'
        other = '□諮問■報告' if m['matter_kind'] == 'consultation' else '■諮問□報告'
        if t.count(want) != 2 or ('区分' + want) not in t or other in t:
            err(f'{where}: kind boxes do not read {want}')
        # procedure: exactly one ■ among the options
        proc_label = {'outsourcing': '業務の委託', 'external_link': '電子計算組織の結合'}[m['procedure']]
        sect = between(t, '事務の種別', '根拠条項') or ''
        ticked = re.findall(r'■([^□■]+)', sect)
        if ticked != [proc_label]:
            err(f'{where}: procedure boxes ticked {ticked}, want {proc_label}')
        sect = between(t, '根拠条項', '委託先' if m['procedure'] == 'outsourcing' else '結合先') or ''
        ticked = re.findall(r'■(第\d+条第\d+項)', sect)
        if ticked != [m['legal_basis']] or '新居浜市個人情報保護条例' not in sect:
            err(f'{where}: legal basis ticked {ticked}')
        if '担当部' + m['department'] + '担当課' not in t:
            err(f'{where}: department')
        if '担当課' + '、'.join(m['divisions']) + '連絡先' not in t:
            err(f'{where}: divisions')
        lab = '委託先' if m['procedure'] == 'outsourcing' else '結合先'
        if not re.search(lab + r'株式会社' + re.escape(m['contractor_contains']), t):
            err(f'{where}: contractor not after {lab}')
        if '審議会' + m['council_session'] not in t:
            err(f'{where}: session not in 事務局記入欄')
        lab = '委託期間' if m['procedure'] == 'outsourcing' else '結合期間'
        mo = re.search(lab + r'令和(\d+)年(\d+)月(\d+)日~令和(\d+)年(\d+)月(\d+)日', t)
        if not mo:
            err(f'{where}: period cells not found')
        else:
            if (era(*mo.group(1, 2, 3)), era(*mo.group(4, 5, 6))) != (m['period_start'], m['period_end']):
                err(f'{where}: period {mo.group(0)}')
        want = '次年度以降の継続■有□無' if m['recurring'] else '次年度以降の継続□有■無'
        if want not in t:
            err(f'{where}: recurring box')
        # items: the numbered grid between の項目 and 記録媒体
        grid = between(t, 'の項目', '記録媒体') or ''
        nums = re.findall(r'[①-⑳]', grid)
        if len(nums) != len(m['items']):
            err(f'{where}: grid has {len(nums)} numbered items, readings {len(m["items"])}')
        grid_items = [strip_parens(x) for x in re.split(r'[①-⑳]', grid.split('※')[0])[1:]]
        if grid_items != [it['item'] for it in m['items']]:
            err(f'{where}: grid items {grid_items}')
        for it in m['items']:
            if N(it['raw']) not in grid:
                err(f'{where}: item as written not in grid: {it["raw"]}')
        note = grid.split('※', 1)[1] if '※' in grid else ''
        for x in m['not_items']:
            if x not in note:
                err(f'{where}: ruled-out item {x} not in the note')
            if x in [it['item'] for it in m['items']]:
                err(f'{where}: ruled-out item {x} is in the gold')
        # media
        med = between(t, '記録媒体', lab) or ''
        for cat, ev in m['media']:
            if N(ev) not in med:
                err(f'{where}: medium evidence {ev} not in text')
        for ev in m['not_media']:
            if N(ev) not in med:
                err(f'{where}: unticked box {ev} not in text')
        boxes = re.findall(r'([■□])([^■□]+)', med)
        mapping = {'紙': 'paper', '電子メール': 'email', 'USBメモリ': 'removable',
                   'CD-R・DVD-R': 'removable', '受託者のパソコン': 'contractor_pc',
                   '市の端末(庁内システム)': 'ward_system', '外部のシステム': 'external_system'}
        cats = []
        for mark, label in boxes:
            if mark != '■':
                continue
            if label.startswith('その他'):
                inner = label[len('その他('):-1]
                cats.append('contractor_server' if '受託者' in inner and 'サーバー' in inner
                            else 'ward_system' if '市が貸与' in inner else '?')
            else:
                cats.append(mapping.get(label, '?'))
        if make_gold.uniq(cats) != g['media'] or make_gold.uniq(cats) != make_gold.uniq(c for c, _ in m['media']):
            err(f'{where}: ticked media {cats} vs gold {g["media"]}')
        for cat, ev in m['media']:
            if not ev.startswith('■'):
                err(f'{where}: medium {ev} rests on an unticked box')
        # safeguards: the two blocks
        lines = raw.splitlines()
        wi = next((k for k, ln in enumerate(lines) if N(ln).endswith('が講ずる保護措置')), None)
        ci = next((k for k, ln in enumerate(lines) if 'に講じさせる保護措' in N(ln)), None)
        bi = next((k for k, ln in enumerate(lines) if N(ln).startswith('備考')), None)
        if None in (wi, ci, bi):
            err(f'{where}: safeguard blocks not found')
        else:
            check_measures(where, 'ward', lines[wi + 1:ci], m['ward'], r'^[①-⑩]')
            check_measures(where, 'contractor', [ln for ln in lines[ci + 1:bi] if N(ln) != '置'],
                           m['contractor'], r'^[①-⑩]')
    # annex on page 3 belongs to matter 1
    t = N(pages[2])
    if '個人情報取扱特記事項' not in t or readings[0]['title'] not in t:
        err(f'{stem}: annex page does not name matter 1')
    arts = re.findall(r'第(\d+)条\(([^)]+)\)', t)
    check_annex(f'{stem}#1', arts, readings[0]['clauses'])
    if readings[1]['clauses']:
        err(f'{stem}#2: clauses should be empty (no annex attached)')


def check_annex(where, arts, clauses):
    nums = [int(a) for a, _ in arts]
    if nums != list(range(1, len(nums) + 1)):
        err(f'{where}: annex numbering {nums}')
    if not 10 <= len(arts) <= 15:
        err(f'{where}: annex has {len(arts)} articles')
    if len(arts) != len(clauses):
        err(f'{where}: annex has {len(arts)} articles, readings {len(clauses)}')
    for (n, head), (lab, rhead, codes) in zip(arts, clauses):
        if f'第{n}条' != lab or head != rhead:
            err(f'{where}: article {n} ({head}) vs reading {lab} ({rhead})')


def check_ap2(doc):
    stem = 'ap2_saijo_2021'
    text = open(os.path.join(ROOT, 'raw', stem + '.txt'), encoding='utf-8').read()
    for must in ('__TOC__', '{| class="wikitable sortable"', 'rowspan="2"', '<references />',
                 '[[Category:個人情報保護審議会]]', '<pre>', '</pre>', '{{要確認', '<s>', '<!--',
                 '[[審議会案件/令和2年度第3回|前年度の案件]]', '<br />', '*:', '##', "'''", "''"):
        if must not in text:
            err(f'{stem}: wikitext lacks {must}')
    clean = wiki_clean(text)
    if '令和3年度第2回' not in N(clean) or '西条市' not in N(clean):
        err(f'{stem}: session / municipality missing')
    parts = re.split(r'^== 案件\d', clean, flags=re.M)
    secs = parts[1:]
    if len(secs) != 2:
        err(f'{stem}: {len(secs)} matter sections')
        return
    secs[-1] = secs[-1].split('\n== 審議結果')[0]
    readings = make_gold.READINGS[stem]
    for i, (m, g, sec) in enumerate(zip(readings, doc['matters'], secs)):
        where = f'{stem}#{i + 1}'
        check_common(where, m, g)
        tmpl = between(sec, '{{案件情報', '\n}}') or ''
        params = dict(re.findall(r'^\|([^=\n]+)=(.*)$', tmpl, flags=re.M))
        for k in ('件名', '担当部', '担当課', '区分', '根拠', '委託先', '期間', '関連案件', '備考'):
            if k not in params:
                err(f'{where}: template parameter {k} missing')
        if N(params.get('件名', '')) != m['title']:
            err(f'{where}: 件名 {params.get("件名")}')
        kind = params.get('区分', '')
        if (kind.startswith('諮問') and m['matter_kind'] != 'consultation') or \
           (kind.startswith('報告') and m['matter_kind'] != 'report') or '業務委託' not in kind \
           or m['procedure'] != 'outsourcing':
            err(f'{where}: 区分 {kind}')
        if N(params.get('根拠', '')) != '西条市個人情報保護条例' + m['legal_basis']:
            err(f'{where}: 根拠 {params.get("根拠")}')
        dept = N(params.get('担当部', ''))
        if dept != m['department']:
            if dept != '{{要確認}}' or '(所管:' + m['department'] + '障がい福祉課)' not in N(sec):
                err(f'{where}: department {dept}')
        if N(params.get('担当課', '')).split('<br/>') != m['divisions']:
            err(f'{where}: divisions {params.get("担当課")}')
        if m['contractor_contains'] not in N(params.get('委託先', '')):
            err(f'{where}: 委託先 {params.get("委託先")}')
        mo = re.fullmatch(r'令和(\d+)年(\d+)月(\d+)日(?:~|から)令和(\d+)年(\d+)月(\d+)日(?:まで)?',
                          N(params.get('期間', '')))
        if not mo or (era(*mo.group(1, 2, 3)), era(*mo.group(4, 5, 6))) != (m['period_start'], m['period_end']):
            err(f'{where}: 期間 {params.get("期間")}')
        if ('以降も' in N(sec)) != bool(m['recurring']):
            err(f'{where}: recurring reading')
        # items
        body = between(sec, '=== 取り扱う個人情報 ===', '=== 記録媒体 ===') or ''
        found = []
        if '{|' in body:
            rows = re.split(r'^\|-', body, flags=re.M)[1:]
            subject = None
            for row in rows:
                cells = [c.strip() for c in re.split(r'\|\||\n\|', row.replace('\n|}', '')) if c.strip()]
                cells = [re.sub(r'^rowspan="2" \|\s*', '', c) for c in cells]
                if len(cells) == 3:
                    subject = strip_parens(N(cells[0]))
                    names = cells[1]
                else:
                    names = cells[0]
                for n in N(names).strip('、').split('、'):
                    if n:
                        found.append((strip_parens(n), subject))
        else:
            for ln in body.splitlines():
                if re.match(r'^#(?!#)', ln):
                    n = strip_parens(N(ln[1:]))
                    if n:
                        found.append((n, '受給者'))
        want = [(it['item'], it['subject']) for it in m['items']]
        if found != want:
            err(f'{where}: items in text {found} != readings {want}')
        for it in m['items']:
            if N(it['raw']) not in N(body):
                err(f'{where}: item as written not found: {it["raw"]}')
        raw_body = between(text, m['title'], '=== 記録媒体 ===') or ''
        for x in m['not_items']:
            if x in [it['item'] for it in m['items']]:
                err(f'{where}: withdrawn / ruled-out item {x} in gold')
            if x not in raw_body:
                err(f'{where}: withdrawn / ruled-out item {x} not mentioned in text')
        # media
        med = between(sec, '=== 記録媒体 ===', '=== 保護措置 ===') or ''
        bullets = [N(ln[1:]) for ln in med.splitlines() if re.match(r'^\*(?!:)', ln)]
        cats = []
        for b in bullets:
            cats.append('paper' if b.startswith('紙') else 'removable' if b.startswith('DVD-R')
                        else 'contractor_pc' if 'パソコン' in b else 'contractor_server' if 'サーバー' in b
                        else 'email' if b.startswith('電子メール') else '?')
        if make_gold.uniq(cats) != g['media'] or make_gold.uniq(cats) != make_gold.uniq(c for c, _ in m['media']):
            err(f'{where}: media bullets {cats} vs gold {g["media"]}')
        for cat, ev in m['media']:
            if N(ev) not in bullets:
                err(f'{where}: medium bullet {ev} not found')
        for ev in m['not_media']:
            if N(ev) not in N(med) and N(ev) not in N(between(text, m['title'], '=== 保護措置 ===') or ''):
                err(f'{where}: ruled-out medium {ev} not in text')
        # safeguards
        wblock = between(sec, '==== 市が講ずる措置 ====', '==== 受託者に講じさせる措置 ====')
        cblock = between(sec, '==== 受託者に講じさせる措置 ====', '=== 特記事項 ===' if i == 0 else None)
        if wblock is None or cblock is None:
            err(f'{where}: safeguard blocks not found')
        else:
            wl = [ln for ln in wblock.splitlines() if re.match(r'^[#*]', ln)]
            cl = [ln for ln in cblock.splitlines() if re.match(r'^[#*]', ln)]
            check_measures(where, 'ward', [re.sub(r'^[#*:]+', '①', ln) for ln in wl], m['ward'], r'^①')
            check_measures(where, 'contractor', [re.sub(r'^[#*:]+', '①', ln) for ln in cl],
                           m['contractor'], r'^①')
        # annex
        if m['clauses']:
            pre = between(sec, '<pre>', '</pre>')
            if pre is None:
                err(f'{where}: no <pre> annex')
                continue
            lines = pre.splitlines()
            arts = []
            for k, ln in enumerate(lines):
                mo = re.match(r'^第(\d+)条', N(ln))
                if mo:
                    head = N(lines[k - 1])
                    arts.append((mo.group(1), head.strip('()')))
            check_annex(where, arts, m['clauses'])
        elif '<pre>' in sec:
            err(f'{where}: has a <pre> but no clauses')


def main():
    doc_keys, matter_keys, ref = more_form()
    docs = {}
    for stem in STEMS:
        d = check_structure(stem, doc_keys, matter_keys, ref)
        if d:
            docs[stem] = d
    if 'ap1_niihama_2022' in docs:
        check_ap1(docs['ap1_niihama_2022'])
    if 'ap2_saijo_2021' in docs:
        check_ap2(docs['ap2_saijo_2021'])
    n = sum(len(d['matters']) for d in docs.values())
    print(f'{len(docs)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
