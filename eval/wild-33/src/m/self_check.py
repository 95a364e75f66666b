#!/usr/bin/env python3
"""Self-check of the letter-m gold of wild-33 (m1_higashiosaka_2021, m2_hiroshima_2020).

Usage: python3 src/m/self_check.py [--gold DIR]   (DIR defaults to ../../gold; only m*.json)

1. Structure: keys and JSON types as in /work/shared/corpus/gold; the enumerations of
   store.md and taxonomy.md; ISO dates; the fiscal-year rule (session if named, else the FY
   of period_start); sensitive_items a subset of the items; json.dumps(indent=1) form.
2. Support in the raw text:
   - title, municipality, department, every division (compact lists 東部・中部・西部保健センター
     checked part by part), contractor substring, every data item and subject;
   - council session, legal basis and both period dates, after turning kanji numerals into
     digits (令和二年八月三日 → 令和2年8月3日, 第八条第二項第五号 → 第8条第2項第5号);
   - a recurrence statement when recurring is true;
   - for every media category and every safeguard / clause code, one of a few words of my own
     reading occurs in the matter's part of the text (a coarse guard against typos, not a
     classifier);
   - negated things stay out of the gold (母子健康手帳の交付番号, 診断名, email, ...).
   The HTML of m1 is read the way its layout is meant: positions from the class table, lines of
   the value column joined in page and baseline order, page furniture dropped.  The PDF of m2
   is read with `pdftotext -raw` when it exists, else with a small standard-library decoder
   (FlateDecode content streams, ToUnicode CMaps, ActualText spans).
Exit status 1 on any failure."""
import glob
import html as htmlmod
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
SEED_GOLD = '/work/shared/corpus/gold'
STEMS = ['m1_higashiosaka_2021', 'm2_hiroshima_2020']

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

# words of my own reading of these two documents, per code (not a general classifier)
WORDS = {
    'contract_terms': ['特記事項を添付', '特記事項を付し', '利用契約において'],
    'responsible_staff': ['作業責任者', '取扱責任者を選任', '管理責任者'],
    'status_report': ['報告を求め'],
    'audit': ['立ち入り', '調査する'],
    'incident_response': ['事故', '紛失・盗難時の連絡体制', '違反する事態'],
    'subcontract_limit': ['再委託', '第三者に委託してはならない'],
    'purpose_limit': ['第三者に提供', '目的以外の目的', '以外の目的に利用しない'],
    'copy_limit': ['複製'],
    'collection_limit': ['取得の制限'],
    'certification': ['プライバシーマーク', 'ISMS'],
    'confidentiality': ['秘密の保持'],
    'training': ['研修', '説明会', '周知'],
    'locked_storage': ['鍵付き', '施錠', '耐火金庫'],
    'entry_control': ['入退室'],
    'takeout_limit': ['持ち出', '持出し'],
    'transfer_control': ['受渡'],
    'return_erasure': ['返却', '返還', '消去', '削除', '廃棄'],
    'erasure_proof': ['消去証明書', '消去した日時', '消去の方法及び日時'],
    'access_auth': ['IDとパスワード', 'ID及びパスワード', '二要素認証', 'ICカード及びパスワード'],
    'access_control': ['権限は', '限定する'],
    'encryption': ['パスワードを設定', '暗号化'],
    'password_separation': ['別途伝達', 'ファイルとは別に'],
    'logging': ['アクセス記録', '操作ログ', '照会履歴'],
    'network_protection': ['切り離して', '閉域網', 'ファイアウォール', '外部のネットワークに接続しない'],
    'malware_protection': ['ウイルス対策', 'セキュリティ更新'],
    'backup': ['バックアップ'],
    'general_duty': ['基本的事項'],
    'liability': ['損害賠償'],
}
MEDIA_WORDS = {
    'paper': ['紙（', '（紙）'],
    'removable': ['USBメモリ'],
    'contractor_pc': ['入力用パソコン', '専用パソコン'],
    'external_system': ['クラウドサーバ'],
    'ward_system': ['介護認定支援システム', 'タブレット端末', '福祉総合情報システム'],
}
# things the documents name only to say they are not there
NEGATED = {
    'm1_higashiosaka_2021#1': {'items': ['母子健康手帳の交付番号', '交付番号'], 'media': ['email']},
    'm1_higashiosaka_2021#2': {'items': ['被保険者番号'], 'media': ['paper']},
    'm2_hiroshima_2020#1': {'items': ['診断名'], 'media': ['email']},
    'm2_hiroshima_2020#2': {'items': ['手当の支給額', '所得の額'], 'media': ['removable']},
}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ structure
def seed_form():
    files = sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys())


def fy_of_session(s):
    mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', s)
    if not mo:
        return None
    n = 1 if mo.group(2) == '元' else int(mo.group(2))
    return (2018 if mo.group(1) == '令和' else 1988) + n


def check_structure(path, doc_keys, matter_keys):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{path}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{path}: top-level keys {list(doc.keys())}')
    stem = os.path.splitext(os.path.basename(path))[0]
    if doc['source'] != stem:
        err(f'{path}: source {doc["source"]} != {stem}')
    if len(doc['matters']) != 2:
        err(f'{stem}: {len(doc["matters"])} matters, the brief asks for 2')
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
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis form {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring {m["recurring"]}')
        if m['recurring'] is False and not m['period_end']:
            err(f'{w}: recurring false without an end date (call 8)')
        if not isinstance(m['fiscal_year'], int):
            err(f'{w}: fiscal_year not int')
        if m['council_session']:
            fy = fy_of_session(m['council_session'])
            if fy is None:
                err(f'{w}: council_session form {m["council_session"]}')
            elif fy != m['fiscal_year']:
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
        for actor, cats in list(m['safeguards'].items()) + [('clauses', m['clauses'])]:
            for c in cats:
                if c not in CATEGORIES:
                    err(f'{w}: {actor} category {c}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {actor} categories')
        if m['procedure'] in ('external_provision', 'purpose_change', 'indirect_collection',
                              'computer_processing') and m['contractor_contains'] is not None:
            err(f'{w}: contractor_contains should be null for {m["procedure"]}')
        if m['safeguards']['contractor'] and m['contractor_contains'] is None:
            err(f'{w}: contractor safeguards without a contractor')
    return doc


# ------------------------------------------------------------------ reading m1 (pdf2htmlEX HTML)
def read_pdf2html(path):
    """Returns (stream, columns, body): the text in emission order; a reading where the lines
    of each table column are joined in page / baseline order (value column, then label
    column); and the emission-order text without the running header and page numbers."""
    src = open(path, encoding='utf-8').read()
    left = {k: float(v) for k, v in re.findall(r'\.(x[0-9a-f]+)\{left:([\d.]+)px;\}', src)}
    bottom = {k: float(v) for k, v in re.findall(r'\.(y[0-9a-f]+)\{bottom:([\d.]+)px;\}', src)}
    pages = re.findall(r'<div id="pf[0-9a-f]+".*?<div class="pi"', src, re.S)
    stream, body, values, labels = [], [], [], []
    for p in pages:
        for cls, inner in re.findall(r'<div class="(t [^"]+)">(.*?)</div>', p, re.S):
            parts = cls.split()
            x = next(left[c] for c in parts if c in left)
            y = next(bottom[c] for c in parts if c in bottom)
            text = htmlmod.unescape(re.sub(r'<[^>]+>', '', inner))
            furniture = 'fs0' in parts          # running header, page number
            stream.append(text)
            if furniture:
                continue
            body.append(text)
            if 150 <= x < 300 and y < 800:
                values.append(text)
            elif 75 <= x < 150:
                labels.append(text)
    return '\n'.join(stream), '\n'.join(values) + '\n' + '\n'.join(labels), '\n'.join(body)


# ------------------------------------------------------------------ reading m2 (PDF)
def pdf_text_stdlib(path):
    """Minimal text dump with the standard library: content streams in page order, fonts'
    ToUnicode maps, ActualText replacements."""
    data = open(path, 'rb').read()
    objs = {}
    for mo in re.finditer(rb'(\d+) 0 obj\s*(.*?)endobj', data, re.S):
        objs[int(mo.group(1))] = mo.group(2)

    def stream(n):
        b = objs[n]
        s = b.index(b'stream') + 6
        while b[s:s + 1] in b'\r\n':
            s += 1
        e = b.rindex(b'endstream')
        raw = b[s:e]
        return zlib.decompress(raw) if b'FlateDecode' in b[:s] else raw

    def cmap(n):
        m, width = {}, 1
        text = stream(n).decode('latin-1')
        csr = re.search(r'begincodespacerange\s*<([0-9A-Fa-f]+)>', text)
        if csr:
            width = len(csr.group(1)) // 2
        for block in re.findall(r'beginbfchar(.*?)endbfchar', text, re.S):
            for a, b in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', block):
                m[int(a, 16)] = bytes.fromhex(b).decode('utf-16-be', 'replace')
        for block in re.findall(r'beginbfrange(.*?)endbfrange', text, re.S):
            for a, b, c in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', block):
                base = int(c, 16)
                for k in range(int(a, 16), int(b, 16) + 1):
                    m[k] = chr(base + k - int(a, 16))
        return m, width

    kids = re.search(rb'/Type /Pages.*?/Kids \[(.*?)\]', data, re.S).group(1)
    out = []
    for pn in map(int, re.findall(rb'(\d+) 0 R', kids)):
        page = objs[pn]
        fonts = {}
        fdict = re.search(rb'/Font <<(.*?)>>', page, re.S).group(1)
        for name, fn in re.findall(rb'/(F\d+) (\d+) 0 R', fdict):
            tu = re.search(rb'/ToUnicode (\d+) 0 R', objs[int(fn)])
            fonts[name.decode()] = cmap(int(tu.group(1))) if tu else ({}, 1)
        cont = re.search(rb'/Contents (\d+) 0 R', page)
        text = stream(int(cont.group(1))).decode('latin-1')
        cur, actual = ({}, 1), None
        for tok in re.finditer(r'/(F\d+) [\d.]+ Tf|/Span\s*<</ActualText <([0-9A-Fa-f]+)>\s*>>\s*BDC|EMC|<([0-9A-Fa-f]*)> ?Tj|\[(.*?)\] ?TJ', text):
            if tok.group(1):
                cur = fonts.get(tok.group(1), ({}, 1))
            elif tok.group(2):
                actual = bytes.fromhex(tok.group(2)[4:]).decode('utf-16-be', 'replace')
                out.append(actual)
            elif tok.group(0) == 'EMC':
                actual = None
            else:
                hexes = [tok.group(3)] if tok.group(3) is not None else re.findall(r'<([0-9A-Fa-f]*)>', tok.group(4))
                if actual is not None:
                    continue
                m, w = cur
                for h in hexes:
                    b = bytes.fromhex(h)
                    for i in range(0, len(b), w):
                        out.append(m.get(int.from_bytes(b[i:i + w], 'big'), ''))
        out.append('\n')
    return ''.join(out)


def use_pdftotext():
    return bool(shutil.which('pdftotext')) and not os.environ.get('M_CHECK_STDLIB')


def read_pdf(path):
    if use_pdftotext():
        r = subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True)
        if r.returncode == 0 and r.stdout.strip():
            return r.stdout
    return pdf_text_stdlib(path)


# ------------------------------------------------------------------ normalising
KNUM = {'〇': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
KUNIT = {'十': 10, '百': 100, '千': 1000}


def kanji_int(s):
    if not any(c in KUNIT for c in s):
        return int(''.join(str(KNUM[c]) for c in s))
    total, cur = 0, 0
    for c in s:
        if c in KNUM:
            cur = KNUM[c]
        else:
            total += (cur or 1) * KUNIT[c]
            cur = 0
    return total + cur


def kanji_digits(t):
    return re.sub(r'[〇一二三四五六七八九十百千]+', lambda m: str(kanji_int(m.group(0))), t)


def norm(t):
    t = unicodedata.normalize('NFKC', t)
    t = re.sub(r'※\d*', '', t)
    return re.sub(r'\s+', '', t)


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def era(iso):
    y, m, d = map(int, iso.split('-'))
    if (y, m, d) >= (2019, 5, 1):
        e = y - 2018
        return f'令和{"元" if e == 1 else e}年{m}月{d}日'
    return f'平成{y - 1988}年{m}月{d}日'


# ------------------------------------------------------------------ support
def read_raw(stem):
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not found uniquely: {cands}')
        return '', '', ''
    p = cands[0]
    if p.endswith('.pdf'):
        t = read_pdf(p)
        # the page numbers (－２－) stand at the end of each page's text
        return t, t, re.sub(r'－[0-9０-９]+－', '', t)
    return read_pdf2html(p)


# where each matter's own part of the text starts (after the agenda / letter that repeats titles)
ANCHORS = {
    'm1_higashiosaka_2021': ['報告第5号個人情報取扱事務の委託について', '諮問第3号東大阪市個人情報保護審議会'],
    'm2_hiroshima_2020': ['別紙一特定不妊治療費助成事業', '目的外利用について1事案の概要'],
}


def segments(text, stem):
    starts = []
    for a in ANCHORS[stem]:
        k = text.find(a)
        if k < 0:
            err(f'{stem}: anchor not found: {a}')
            k = 0
        starts.append(k)
    return [text[s:(starts[i + 1] if i + 1 < len(starts) else len(text))] for i, s in enumerate(starts)]


def check_support(doc):
    stem = doc['source']
    stream, columns, bodytext = read_raw(stem)
    joined = norm(stream) + '\n' + norm(columns)
    plain = strip_parens(joined)
    digits = kanji_digits(joined)
    body = norm(bodytext)
    segs = segments(body, stem)

    def has(x):
        x = norm(x)
        return x in joined or x in plain

    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        seg = segs[i - 1]
        for k in ('title', 'municipality', 'department'):
            if not has(m[k]):
                err(f'{w}: {k} not in text: {m[k]}')
        if m['contractor_contains'] and not has(m['contractor_contains']):
            err(f'{w}: contractor not in text: {m["contractor_contains"]}')
        for dv in m['divisions']:
            if not has(dv):
                mo = re.match(r'(.+?)(保健センター|保健所|福祉事務所)$', dv)
                if not (mo and re.search(re.escape(mo.group(1)) + r'(・[^、]*)?' + mo.group(2), joined)):
                    err(f'{w}: division not in text: {dv}')
        if m['council_session'] and m['council_session'] not in digits:
            err(f'{w}: session not in text: {m["council_session"]}')
        if m['legal_basis'] and m['legal_basis'] not in kanji_digits(seg):
            err(f'{w}: legal basis not in the matter text: {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] and era(m[k]) not in kanji_digits(seg):
                err(f'{w}: {k} {m[k]} ({era(m[k])}) not in the matter text')
        if m['recurring'] and not re.search(r'以降も', seg):
            err(f'{w}: recurring true but no 以降も in the matter text')
        if m['recurring'] is False and re.search(r'以降も', seg):
            err(f'{w}: recurring false but the matter text says 以降も')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{w}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in text: {d["subject"]}')
        for x in m['media']:
            if not any(norm(k) in seg for k in MEDIA_WORDS.get(x, [])):
                err(f'{w}: no word for medium {x} in the matter text')
        for actor, cats in list(m['safeguards'].items()) + [('clauses', m['clauses'])]:
            for c in cats:
                if not any(norm(k) in seg for k in WORDS.get(c, [])):
                    err(f'{w}: no word for {actor} {c} in the matter text')
        neg = NEGATED.get(w, {})
        for it in neg.get('items', []):
            if any(d['item'] == it for d in m['data_items']):
                err(f'{w}: negated item in gold: {it}')
        for x in neg.get('media', []):
            if x in m['media']:
                err(f'{w}: negated medium in gold: {x}')


def main():
    gold_dir = os.path.join(ROOT, 'gold')
    if '--gold' in sys.argv:
        gold_dir = sys.argv[sys.argv.index('--gold') + 1]
    doc_keys, matter_keys = seed_form()
    files = sorted(os.path.join(gold_dir, s + '.json') for s in STEMS)
    n = 0
    for p in files:
        if not os.path.exists(p):
            err(f'missing gold {p}')
            continue
        doc = check_structure(p, doc_keys, matter_keys)
        check_support(doc)
        n += len(doc['matters'])
    print(f'{len(files)} gold files, {n} matters checked (pdf text via '
          f'{"pdftotext -raw" if use_pdftotext() else "stdlib decoder"})')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
