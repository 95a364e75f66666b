#!/usr/bin/env python3
"""Self-check of the letter-ah gold (ah1_kariya_2022, ah2_ebetsu_2020) against the raw
documents and the spec.  Exit status 1 on any mismatch.

Structure
  - keys, key order and JSON types as /work/shared/corpus/more/gold/*.json; exact
    json.dumps(indent=1, ensure_ascii=False) + '\n' form; source == file stem;
  - every code in the vocabularies of store.md / taxonomy.md (read from the spec files);
  - ISO dates, start <= end, fiscal-year rule (session if named, else FY of start);
  - 8-20 data items, at least one sensitive and one not, sensitive ⊆ items;
  - every actor has 4-10 safeguard sentences in the document (counted in the raw text).
Support in the raw text
  - the raw file is decoded as the family demands (CP932 + CRLF for the Excel page, UTF-8
    + LF for the Markdown) and checked for the family's markers;
  - Excel page: cells Excel saved as hidden (display:none) are removed before reading, and
    the hidden drafts are checked to exist but to differ from the gold;
  - Markdown: grid-table and multiline-table columns are re-joined cell by cell;
  - the text is NFKC-normalised, whitespace, escapes, span markers and footnote marks
    are removed; a second copy also drops parenthesised qualifiers;
  - per matter section: title, legal basis, department, divisions, contractor substring,
    every item and subject, period dates written as era dates, recurrence wording, media
    evidence words, a cue word for every safeguard category of each actor, and for the
    annex: the article count and a cue word for every clause code;
  - the session in the document text."""
import glob
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
SPEC = '/work/shared/spec'
MORE_GOLD = '/work/shared/corpus/more/gold'
STEMS = ['ah1_kariya_2022', 'ah2_ebetsu_2020']

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ vocabularies from the spec
def spec_vocab():
    store = open(os.path.join(SPEC, 'store.md'), encoding='utf-8').read()
    tax = open(os.path.join(SPEC, 'taxonomy.md'), encoding='utf-8').read()

    def backticked(row_name):
        line = [l for l in store.splitlines() if l.startswith('| ' + row_name + ' ')][0]
        return set(re.findall(r'`([a-z_]+)`', line))

    kinds = backticked('matter_kind')
    procs = backticked('procedure')
    media_line = [l for l in store.splitlines() if l.startswith('| category |') and 'paper' in l][0]
    media = set(re.findall(r'`([a-z_]+)`', media_line))
    cats = set(re.findall(r'^\| ([a-z_]+) \| [^|]+ \| (?:organizational|human|physical|technical|clause) \|',
                          tax, re.M))
    return kinds, procs, media, cats


KINDS, PROCS, MEDIA, CATS = spec_vocab()


# ------------------------------------------------------------------ raw text
def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


def slice_dw(line, a, b):
    """Characters of line whose display columns fall in [a, b)."""
    out, col = [], 0
    for c in line:
        w = 2 if unicodedata.east_asian_width(c) in 'WF' else 1
        if a <= col < b:
            out.append(c)
        col += w
    return ''.join(out)


def read_htm(path):
    b = open(path, 'rb').read()
    if b'\r\n' not in b or re.search(rb'[^\r]\n', b):
        err(f'{path}: not CRLF throughout')
    s = b.decode('cp932')
    for marker in ('<meta name=ProgId content=Excel.Sheet>', 'content="Microsoft Excel 15"',
                   'charset=shift_jis', '<x:ExcelWorkbook>', 'mso-data-placement:same-cell',
                   'supportMisalignedColumns', 'x:num', 'xmlns:x="urn:schemas-microsoft-com:office:excel"'):
        if marker not in s:
            err(f'{path}: Excel marker missing: {marker}')
    body = s[s.index('<body'):]
    hidden = re.findall(r"<td class=xl83 style='display:none'>([^<]+)</td>", body)
    hidden += [re.sub(r'<[^>]+>', ' ', r) for r in
               re.findall(r"<tr height=0 style='display:none;mso-height-source[^>]*>(.*?)</tr>", body, re.S)]
    vis = re.sub(r"<tr height=0 style='display:none[^>]*>.*?</tr>", '', body, flags=re.S)
    vis = re.sub(r"<td[^>]*display:none[^>]*>.*?</td>", '', vis, flags=re.S)
    vis = re.sub(r'<!\[if[^>]*>.*?<!\[endif\]>', '', vis, flags=re.S)
    vis = re.sub(r'<br[^>]*>\s*', '\x00', vis)
    vis = re.sub(r'\r\n\s*', '', vis)
    vis = vis.replace('\x00', '\n')
    vis = re.sub(r'</td>', '\t', vis)
    vis = re.sub(r'</tr>', '\n', vis)
    vis = re.sub(r'<[^>]+>', '', vis)
    vis = html.unescape(vis)
    return vis, hidden, s


def read_md(path):
    b = open(path, 'rb').read()
    if b'\r' in b:
        err(f'{path}: CR found; pandoc writes LF')
    s = b.decode('utf-8')
    for marker in ('+====', '.anchor}', '[^1]:', '\\~', '\\*', '\\[', '{.underline}', '{.mark}',
                   '\n| ', '\n-   ', '\n  ---- '):
        if marker not in s:
            err(f'{path}: pandoc marker missing: {marker!r}')
    out = []
    lines = s.split('\n')
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('+-') or ln.startswith('+='):
            # grid table: one text run per cell, rows between separators
            widths = [len(x) for x in ln.strip('+').split('+')]
            cells = [[] for _ in widths]
            i += 1
            while i < len(lines) and (lines[i].startswith('|') or lines[i].startswith('+')):
                if lines[i].startswith('+'):
                    out.extend('\n'.join(c) for c in cells)
                    cells = [[] for _ in widths]
                else:
                    parts = lines[i][1:-1].split(' | ')
                    for k, p in enumerate(parts[:len(widths)]):
                        p = p.strip()
                        p = re.sub(r'^(-|\d+\.)\s+', lambda mo: '\n' + mo.group(1) + ' ', p)
                        cells[k].append(p)
                i += 1
            continue
        if re.match(r'^  -{20,}$', ln):
            # multiline table: column bounds from the dashed underline of the header
            j = i + 1
            while not re.match(r'^  -+( -+)+$', lines[j]):
                j += 1
            bounds, col = [], 2
            for d in lines[j][2:].split(' '):
                bounds.append((col, col + len(d)))
                col += len(d) + 1
            bounds[-1] = (bounds[-1][0], 10 ** 6)
            i = j + 1
            cells = [[] for _ in bounds]
            while not re.match(r'^  -{20,}$', lines[i]):
                if lines[i].strip() == '':
                    out.extend('\n'.join(c) for c in cells)
                    cells = [[] for _ in bounds]
                else:
                    for k, (a, b2) in enumerate(bounds):
                        cells[k].append(slice_dw(lines[i], a, b2).strip())
                i += 1
            out.extend('\n'.join(c) for c in cells)
            i += 1
            continue
        out.append(ln)
        i += 1
    return '\n'.join(out), s


def norm(t):
    t = unicodedata.normalize('NFKC', t)
    t = re.sub(r'\[\^\d+\]', '', t)
    t = re.sub(r'\[\]\{[^}]*\}', '', t)
    t = re.sub(r'\]\{\.[a-z]+\}', '', t)
    t = t.replace('[**', '').replace('**', '')
    t = re.sub(r'\\(.)', r'\1', t)
    t = t.replace('\\', '')
    t = re.sub(r'※\d*', '', t)
    t = re.sub(r'\s+', '', t)
    return t


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


# ------------------------------------------------------------------ per-document facts to verify
ERA = {'令和': 2018, '平成': 1988}


def era_forms(iso):
    y, m, d = map(int, iso.split('-'))
    forms = []
    for era, base in ERA.items():
        n = y - base
        if n >= 1:
            forms.append(f'{era}{n}年{m}月{d}日')
            if n == 1:
                forms.append(f'{era}元年{m}月{d}日')
    return forms


# cue words that must occur in an actor's section for each category given in the gold
CUES = {
    'contract_terms': r'特記事項|契約上の義務|条文に書き込む', 'responsible_staff': r'責任者|担当者|名簿|一覧',
    'work_procedure': r'手順書', 'status_report': r'取扱状況', 'audit': r'訪れ|実地|調査',
    'incident_response': r'紛失|事故|漏えい|障害', 'subcontract_limit': r'再委託|委託してはならない',
    'purpose_limit': r'目的以外', 'copy_limit': r'複製|複写', 'collection_limit': r'集める|収集',
    'certification': r'ISMS|プライバシーマーク', 'confidentiality': r'漏らさ|漏らして',
    'training': r'研修|説明|講習|周知', 'locked_storage': r'施錠|鍵', 'entry_control': r'入室',
    'takeout_limit': r'持ち出', 'transfer_control': r'手渡し|受渡', 'return_erasure': r'返還|消去|廃棄|削除',
    'erasure_proof': r'報告書|書面で市に報告|書面で市に届け出', 'access_auth': r'パスワード|ID',
    'access_control': r'権限|に限る|限定|限らせ', 'encryption': r'暗号化|パスワードを付',
    'password_separation': r'電話で', 'logging': r'履歴|操作の記録', 'network_protection':
    r'インターネット|ファイアウォール|閉域', 'malware_protection': r'ウイルス', 'email_safety': r'宛先',
    'backup': r'バックアップ', 'general_duty': r'基本的事項', 'publication': r'公表', 'liability': r'損害',
}

# media evidence: (category, word that must be in the matter's 記録媒体 text)
MEDIA_EVIDENCE = {
    ('ah1_kariya_2022', 1): [('paper', '■紙'), ('contractor_pc', '■受託者のパソコン'), ('email', '■電子メール')],
    ('ah1_kariya_2022', 2): [('external_system', '■結合先のクラウドサービス'),
                             ('ward_system', '■市が委員に貸与するタブレット端末'),
                             ('ward_system', '■介護認定支援システム')],
    ('ah2_ebetsu_2020', 1): [('paper', '紙(利用申請書の写し'), ('removable', 'CD-R(利用者名簿データ)'),
                             ('contractor_pc', '受託者の事務所に設置するパソコン')],
    ('ah2_ebetsu_2020', 2): [('ward_system', '市の健康管理システム'),
                             ('contractor_server', '受託事業者が管理するアプリ用サーバ')],
}
# media that the document mentions only to rule out (must be present as ruled out)
MEDIA_RULED_OUT = {
    ('ah1_kariya_2022', 1): ['□USBメモリ等の外部記録媒体', '□市の児童クラブ入会管理システム'],
    ('ah1_kariya_2022', 2): ['□紙'],
    ('ah2_ebetsu_2020', 1): ['USBメモリの使用及び電子メールによる個人情報の送付は行わない'],
    ('ah2_ebetsu_2020', 2): ['紙及び外部記録媒体は用いない'],
}


# traps: each must be written in the matter's section (or the whole text) and must NOT
# be taken into the gold
TRAPS = {
    ('ah1_kariya_2022', 1): {
        'department': ['総務部', '教育委員会'], 'divisions': ['学校教育課', '文書法制課'],
        'items': ['個人番号', '健康保険被保険者証の記号番号'],
        'contractor': ['みどりの森こども会'], 'legal_basis': ['第6条'],
        'session': ['令和3年度第4回'], 'dates': ['令和4年10月14日', '9月29日']},
    ('ah1_kariya_2022', 2): {
        'department': ['企画財政部'], 'divisions': ['情報システム課'],
        'items': ['氏名、住所及び生年月日'], 'contractor': ['トヨアケ情報システム'],
        'legal_basis': ['第27条'], 'dates': ['令和4年12月1日']},
    ('ah2_ebetsu_2020', 1): {
        'department': ['建設部', '総務部'], 'divisions': ['土木事務所', '総務課'],
        'items': ['個人番号', '市民税の所得割額'], 'legal_basis': ['第31条第2項'],
        'session': ['令和元年度第3回'], 'dates': ['令和2年10月22日']},
    ('ah2_ebetsu_2020', 2): {
        'department': ['健康福祉部'], 'divisions': ['保健センター', '母子保健係'],
        'items': ['母子健康手帳の交付番号', '個人番号'], 'legal_basis': ['第16条'],
        'dates': ['令和3年1月18日']},
}


def sections(stem, text):
    """Split the (un-normalised) visible text into matter sections, actor sections and annex."""
    if stem.startswith('ah1'):
        a = text.index('案件１')
        b = text.index('案件２')
        c = text.index('別記　個人情報取扱特記事項')
        m = [text[a:b], text[b:c]]
        annex = text[c:]
        actors = []
        for sec in m:
            w = sec.index('市が講じる保護対策')
            k = sec.index('に講じさせる保護対策')
            e = sec.rindex('備考')
            actors.append((sec[w:k], sec[k:e]))
        return m, actors, annex
    a = text.index('諮問事項１\n\n## １')
    b = text.index('諮問事項２\n\n## １')
    m = [text[a:b], text[b:]]
    actors = []
    s1 = m[0]
    actors.append((s1[s1.index('【市が講じる対策】'):s1.index('【受託者に講じさせる対策】')],
                   s1[s1.index('【受託者に講じさせる対策】'):s1.index('## ４')]))
    s2 = m[1]
    actors.append((s2[s2.index('【運用上の措置】'):s2.index('【組織的措置】')],
                   s2[s2.index('【組織的措置】'):s2.index('## ４')]))
    return m, actors, None


def count_measures(stem, idx, actor_text, raw_actor_text):
    if stem.startswith('ah1'):
        return len(re.findall(r'^\t+\d+\t', actor_text, re.M))
    if idx == 0:
        return len(re.findall(r'^\d+\. ', actor_text, re.M))
    return len(re.findall(r'（[１-９０]+）', actor_text))


# ------------------------------------------------------------------ structure
def check_structure(path):
    ref = json.load(open(sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))[0], encoding='utf-8'))
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{path}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != list(ref.keys()):
        err(f'{path}: top-level keys differ from more/gold')
    stem = os.path.splitext(os.path.basename(path))[0]
    if doc['source'] != stem:
        err(f'{path}: source != stem')
    rm = ref['matters'][0]
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != list(rm.keys()):
            err(f'{w}: matter keys differ from more/gold')
            continue
        for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{w}: {k} empty')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: kind {m["matter_kind"]}')
        if m['procedure'] not in PROCS:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis form')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} form')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: start after end')
        if m['period_end'] is None and m['recurring'] is not None and m['recurring'] is not True:
            err(f'{w}: recurring false without an end date')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            fy = ERA[mo.group(1)] + (1 if mo.group(2) == '元' else int(mo.group(2)))
        else:
            y, mm, _ = map(int, m['period_start'].split('-'))
            fy = y if mm >= 4 else y - 1
        if fy != m['fiscal_year']:
            err(f'{w}: fiscal_year {m["fiscal_year"]} != {fy}')
        names = [d['item'] for d in m['data_items']]
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: item keys')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or re.search(r'[()（）※\s]', d['item']):
                err(f'{w}: item not normalised: {d["item"]}')
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} items, want 8-20')
        if not m['sensitive_items'] or len(set(m['sensitive_items'])) == len(set(names)):
            err(f'{w}: need some sensitive and some non-sensitive items')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive {s} not an item')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{w}: media {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{w}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys')
        for actor, cs in m['safeguards'].items():
            if not cs:
                err(f'{w}: no {actor} safeguards')
            for c in cs:
                if c not in CATS:
                    err(f'{w}: {actor} code {c}')
            if len(set(cs)) != len(cs):
                err(f'{w}: duplicate {actor} codes')
        for c in m['clauses']:
            if c not in CATS:
                err(f'{w}: clause code {c}')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{w}: title not NFKC')
    return doc


# ------------------------------------------------------------------ support
def check_support(doc):
    stem = doc['source']
    p = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(p) != 1:
        err(f'{stem}: raw file not unique: {p}')
        return
    p = p[0]
    if stem.startswith('ah1'):
        if not p.endswith('.htm'):
            err(f'{stem}: want .htm')
        text, hidden, rawtext = read_htm(p)
    else:
        if not p.endswith('.md'):
            err(f'{stem}: want .md')
        text, rawtext = read_md(p)
        hidden = []
    whole = norm(text)
    hidall = norm(' '.join(hidden))
    msecs, asecs, annex = sections(stem, text)
    if len(msecs) != len(doc['matters']):
        err(f'{stem}: {len(msecs)} sections vs {len(doc["matters"])} matters')
    if stem.startswith('ah1'):
        # the hidden drafts exist, are invisible, and differ from the gold
        hid = [norm(h) for h in hidden]
        for m in doc['matters']:
            if any(m['contractor_contains'] in h for h in hid):
                err(f'{stem}: gold contractor found in a hidden draft cell')
        if len([h for h in hid if h]) < 5:
            err(f'{stem}: expected hidden draft values (2 contractors, 2 periods, 1 row)')
        for h in hid:
            if h and len(h) > 6 and h in whole:
                err(f'{stem}: hidden draft value is visible: {h}')
    for i, (m, sec) in enumerate(zip(doc['matters'], msecs), 1):
        w = f'{stem}#{i}'
        S = norm(sec)
        P = strip_parens(S)

        def has(x, where=None):
            x = unicodedata.normalize('NFKC', x)
            return x in (where or S) or x in strip_parens(where or S) or x in P

        for k in ('title', 'department', 'contractor_contains'):
            if m[k] and not has(m[k]):
                err(f'{w}: {k} not in section: {m[k]}')
        if m['municipality'] not in whole:
            err(f'{w}: municipality not in text')
        if m['legal_basis'] and not re.search(r'個人情報保護条例' + re.escape(m['legal_basis']) + r'(?!第\d)', S):
            err(f'{w}: legal basis not written after the ordinance name: {m["legal_basis"]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division not in section: {d}')
        if m['council_session'] and m['council_session'] not in whole:
            err(f'{w}: session not in text')
        for k in ('period_start', 'period_end'):
            if m[k] and not any(f in S for f in era_forms(m[k])):
                err(f'{w}: {k} {m[k]} not written in the section')
        if m['recurring'] is True and '以降も' not in S:
            err(f'{w}: recurring true without 以降も')
        if m['recurring'] is False and '以降も' in S:
            err(f'{w}: recurring false but 以降も in the visible section')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{w}: item not in section: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in section: {d["subject"]}')
        ev = MEDIA_EVIDENCE[(stem, i)]
        for cat, word in ev:
            if norm(word) not in S:
                err(f'{w}: media evidence missing: {word}')
        if set(c for c, _ in ev) != set(m['media']):
            err(f'{w}: media {m["media"]} != evidence {sorted(set(c for c, _ in ev))}')
        for word in MEDIA_RULED_OUT[(stem, i)]:
            if norm(word) not in S:
                err(f'{w}: ruled-out medium missing: {word}')
        wt, ct = asecs[i - 1]
        for actor, t in (('ward', wt), ('contractor', ct)):
            n = count_measures(stem, i - 1, t, t)
            if not 4 <= n <= 10:
                err(f'{w}: {actor} has {n} measures, want 4-10')
            nt = norm(t)
            for c in m['safeguards'][actor]:
                if not re.search(CUES[c], nt):
                    err(f'{w}: {actor} category {c} has no cue in its section')
        T = TRAPS[(stem, i)]
        for word in sum(T.values(), []):
            if norm(word) not in S and norm(word) not in whole and norm(word) not in hidall:
                err(f'{w}: trap text missing from the document: {word}')
        if m['department'] in T['department']:
            err(f'{w}: department is a trap: {m["department"]}')
        for d in m['divisions']:
            if any(d == x or d in x for x in T['divisions']):
                err(f'{w}: division is a trap: {d}')
        names = [d['item'] for d in m['data_items']]
        for x in T['items']:
            if any(x == n or (len(n) > 2 and n in x and n not in ('氏名',)) for n in names):
                err(f'{w}: ruled-out item in gold: {x}')
            if x in names:
                err(f'{w}: ruled-out item in gold: {x}')
        for x in T.get('contractor', []):
            if m['contractor_contains'] and (x in m['contractor_contains'] or m['contractor_contains'] in x):
                err(f'{w}: contractor is the hidden draft: {x}')
        for x in T.get('legal_basis', []):
            if m['legal_basis'] and m['legal_basis'].startswith(x):
                err(f'{w}: legal basis is a decoy: {x}')
        for x in T.get('session', []):
            if m['council_session'] == x:
                err(f'{w}: session is a decoy: {x}')
        if stem.startswith('ah1') and (stem, i) == ('ah1_kariya_2022', 2):
            if any(d.get('subject') == '審査対象者' and d['item'] in ('氏名', '住所', '生年月日')
                   for d in m['data_items']):
                err(f'{w}: masked item (hidden row / ruled out) in gold')
        if m['clauses']:
            if annex is None:
                err(f'{w}: clauses but no annex')
            else:
                arts = re.findall(r'第[０-９]+条\t', annex)
                if not 10 <= len(arts) <= 15:
                    err(f'{w}: annex has {len(arts)} articles, want 10-15')
                na = norm(annex)
                for c in m['clauses']:
                    if not re.search(CUES[c], na):
                        err(f'{w}: clause {c} has no cue in the annex')
                if '案件1' not in na[:40]:
                    err(f'{w}: annex heading does not name its matter')
        elif stem.startswith('ah2') and '別記の添付を省略' not in S and i == 1:
            err(f'{w}: the annex should be said to be left out')
    return True


def main():
    n = 0
    for stem in STEMS:
        p = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(p):
            err(f'{stem}: gold missing')
            continue
        doc = check_structure(p)
        check_support(doc)
        n += len(doc['matters'])
    print(f'{len(STEMS)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
