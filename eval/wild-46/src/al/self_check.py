#!/usr/bin/env python3
"""Self-check of the letter-al gold (al1_nobeoka_2022, al2_ota_2021) against the
spec vocabularies and against the raw documents.  Exits 1 on any mismatch.

1. Structure: keys, key order and JSON types of /work/shared/corpus/more/gold;
   store.md / taxonomy.md vocabularies; ISO dates; fiscal-year rule (session if
   named, else FY of period_start); sensitive items are items; the file is the
   exact json.dumps(indent=1, ensure_ascii=False) + newline form.
2. Support in the raw text (PDF via `pdftotext -layout`, HTML with tags dropped;
   NFKC, whitespace removed, parenthesised qualifiers also tried without):
   municipality, title, contractor substring, department, divisions, session,
   legal basis, every item and subject.
3. Structure of each document, parsed from the raw file itself:
   - al1 (form print): the response is found by its 回答ID; the ● option of the
     session / 区分 / 手続 / 所管部 questions must match the gold; the ☑ options
     of the item question must be exactly the gold's subject-less items and no ☐
     option may be a gold item; the 【group】 lines of 「その他の項目」 must give
     exactly the gold's items with subjects; the ☑ media (plus the 「その他」
     medium named in the supplement) must map to exactly the gold's media; the
     period dates and the ● option of 「次年度以降の実施」 must match the gold.
   - al2 (SharePoint): each matter is the section under its h2; the 区分/項目
     grid must give exactly the gold items (subject = 区分 when it is a person);
     the 使用=○ rows of the media grid must map to the gold's media; the fields
     所管 / 委託先 or 結合先 / 期間 (era dates) must match the gold.
   - Both: every safeguard measure of the table MEASURES below must occur in the
     right actor's block, the block must contain exactly that many measures
     (4–10), and the categories in order of first appearance must equal the
     gold; the annex must have the expected number of articles (10–15), each
     article must occur, and the article codes in order must equal gold clauses.
"""
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
STEMS = ['al1_nobeoka_2022', 'al2_ota_2021']

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


# ================================================================== helpers
def nfkc(s):
    return unicodedata.normalize('NFKC', s)


def squash(s):
    return re.sub(r'\s+', '', nfkc(s))


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


ERA = {'令和': 2018, '平成': 1988}


def era_date(s):
    m = re.search(r'(令和|平成)(元|\d+)年(\d+)月(\d+)日', nfkc(s))
    if not m:
        return None
    y = ERA[m.group(1)] + (1 if m.group(2) == '元' else int(m.group(2)))
    return f'{y:04d}-{int(m.group(3)):02d}-{int(m.group(4)):02d}'


def slash_date(s):
    m = re.fullmatch(r'(\d{4})/(\d{2})/(\d{2})', s.strip())
    return f'{m.group(1)}-{m.group(2)}-{m.group(3)}' if m else None


def order_codes(measures):
    out = []
    for _, codes in measures:
        for c in codes:
            if c not in out:
                out.append(c)
    return out


# ================================================================== expected sentences
# (distinctive substring of the measure, categories).  Order = document order.
MEASURES = {
    ('al1_nobeoka_2022', 1, 'ward'): [
        ('個人情報の取扱いに関する特記事項」を添え', ['contract_terms']),
        ('業務責任者に直接手渡し、授受簿に双方が署名', ['transfer_control']),
        ('保管の状況を実地に確かめる', ['audit']),
        ('利用者IDとパスワードを入力しなければ使えない', ['access_auth']),
        ('暗号化した閉域網に限り、インターネットには接続できない', ['encryption', 'network_protection']),
        ('操作の履歴は健康管理システムに記録され', ['logging']),
    ],
    ('al1_nobeoka_2022', 1, 'contractor'): [
        ('その氏名を記した一覧を市に届け出させる', ['responsible_staff']),
        ('個人情報の扱い方についての講習を受けさせる', ['training']),
        ('その日のうちに健康増進課へ連絡させ', ['incident_response']),
        ('鍵を掛けられるキャビネットにしまわせる', ['locked_storage']),
        ('持ち出すのは訪問当日に必要な分に限らせ', ['takeout_limit']),
        ('ウイルス対策ソフトを入れさせ、定義ファイル', ['malware_protection']),
        ('集計用のファイルにはパスワードを掛けさせる', ['encryption']),
        ('復元できない方法で消させ', ['return_erasure', 'erasure_proof']),
    ],
    ('al1_nobeoka_2022', 2, 'ward'): [
        ('利用契約には、個人情報の取扱いに関する特記事項を付ける', ['contract_terms']),
        ('職員ごとに割り当てた権限の範囲に限定する', ['access_control']),
        ('TLS1.3で暗号化した通信で送る', ['encryption']),
        ('ファイアウォールの内側に設置し', ['network_protection']),
        ('送受信の記録と職員の操作の記録を残し', ['logging']),
        ('ウイルス対策ソフトを入れ、OSの修正プログラム', ['malware_protection']),
        ('連絡窓口と連絡の順番を前もって決めておく', ['incident_response']),
        ('取扱いの注意点を説明する場を設ける', ['training']),
    ],
    ('al1_nobeoka_2022', 2, 'contractor'): [
        ('ISMS(ISO/IEC27001)の認証を契約期間中も継続して取得', ['certification']),
        ('暗号化した状態で保管させる', ['encryption']),
        ('管理者権限は必要最小限の担当者にのみ与えさせ', ['access_control', 'responsible_staff']),
        ('確認コードの入力を求める二段階の認証', ['access_auth']),
        ('アプリでの情報配信にだけ使わせ', ['purpose_limit']),
        ('アクセスの記録は、1年以上残させる', ['logging']),
        ('他の事業者に任せるときは、前もって市の書面による承諾', ['subcontract_limit']),
        ('該当するデータを消去させ、消去を終えたことを書面で報告', ['return_erasure', 'erasure_proof']),
    ],
    ('al2_ota_2021', 1, 'ward'): [
        ('外部に漏らさない義務を契約書の本文にも書き込む', ['contract_terms', 'confidentiality']),
        ('接続できる端末は、市が各窓口に配置したタブレットに限定', ['access_control']),
        ('ワイヤーで固定し、庁舎の外へは持ち出さない', ['device_lock', 'takeout_limit']),
        ('施錠できる書庫に保管する', ['locked_storage']),
        ('通訳センターを訪ねて', ['audit']),
        ('細断して処分する', ['return_erasure']),
    ],
    ('al2_ota_2021', 1, 'contractor'): [
        ('通訳者の名簿を作らせ、市に提出させる', ['responsible_staff']),
        ('個人情報の取扱いに関する研修を受けさせ', ['training']),
        ('通信経路は、すべて暗号化させる', ['encryption']),
        ('IDとワンタイムパスワードで本人確認', ['access_auth']),
        ('接続記録と操作記録を保存させ', ['logging']),
        ('ファイアウォール等を設けさせる', ['network_protection']),
        ('通訳センターの外へ持ち出すことを禁じる', ['takeout_limit']),
        ('多文化共生課に第一報を入れさせ', ['incident_response']),
        ('消去させ、消去証明書を提出させる', ['return_erasure', 'erasure_proof']),
    ],
    ('al2_ota_2021', 2, 'ward'): [
        ('TLSによって暗号化する', ['encryption']),
        ('結合先のサーバ以外からの接続は受け付けない', ['network_protection']),
        ('この2名にだけ操作の権限を与える', ['access_control']),
        ('処理の記録(ログ)は、毎月', ['logging']),
        ('ウイルス対策ソフトを導入し、パターンファイル', ['malware_protection']),
        ('バックアップを毎日夜間に取得', ['backup']),
        ('連携を止める手順をあらかじめ定めておく', ['incident_response']),
    ],
    ('al2_ota_2021', 2, 'contractor'): [
        ('サーバ室に入れる者を事前に登録された者に限らせる', ['entry_control']),
        ('利用者番号とパスワードで本人であることを確かめさせる', ['access_auth']),
        ('貸出サービスの提供以外には用いさせず', ['purpose_limit']),
        ('作業手順書のとおりに行わせる', ['work_procedure']),
        ('消去を終えたことを文書で知らせさせる', ['return_erasure', 'erasure_proof']),
        ('プライバシーマークの付与を受けた状態', ['certification']),
        ('個人情報の取扱いの状況を図書館課へ報告させる', ['status_report']),
    ],
}

# annex articles: (heading, codes)
ANNEX = {
    ('al1_nobeoka_2022', 1): [
        ('基本的事項', ['general_duty']), ('秘密の保持', ['confidentiality']), ('収集の制限', ['collection_limit']),
        ('目的外利用及び提供の禁止', ['purpose_limit']), ('複写及び複製の禁止', ['copy_limit']),
        ('再委託の禁止', ['subcontract_limit']), ('持出しの禁止', ['takeout_limit']), ('適正な保管', ['locked_storage']),
        ('従事者への教育', ['training']), ('資料の返還等', ['return_erasure', 'erasure_proof']),
        ('報告及び検査', ['status_report', 'audit']), ('事故発生時の措置', ['incident_response']),
        ('契約の解除及び損害賠償', ['liability']),
    ],
    ('al2_ota_2021', 1): [
        ('総則', ['general_duty']), ('守秘義務', ['confidentiality']), ('取扱者の届出', ['responsible_staff']),
        ('従事者への周知', ['training']), ('目的外利用等の禁止', ['purpose_limit']), ('再委託の禁止', ['subcontract_limit']),
        ('複製等の制限', ['copy_limit']), ('持出しの禁止', ['takeout_limit']), ('適正管理', ['locked_storage']),
        ('返還及び消去', ['return_erasure', 'erasure_proof']), ('実地調査', ['audit']),
        ('事故発生時の報告', ['incident_response']), ('違反事実の公表', ['publication']), ('損害賠償', ['liability']),
    ],
}

# form option / grid wording -> media category
MEDIA_WORDS = {
    '紙': 'paper', 'CD-R・DVD-R': 'removable', 'USBメモリ等': 'removable', '委託先のパソコン': 'contractor_pc',
    '委託先のサーバ・クラウド': 'contractor_server', '市の情報システム・端末': 'ward_system', '電子メール': 'email',
    # al1 response 2: 「その他」 named in the supplement
    'その他:アプリ運営事業者が管理する配信基盤のクラウドサーバ': 'external_system',
    # al2 grids
    '紙(通訳記録票)': 'paper', 'USBメモリ等の外部記録媒体': 'removable',
    '委託先のサーバ(クラウド型映像通訳システム)': 'contractor_server', '市のタブレット端末': 'ward_system',
    '図書館システム(市のサーバ及び業務端末)': 'ward_system',
    '電子図書館サービスのクラウドサーバ(結合先)': 'external_system',
}
KIND_WORDS = {'諮問': 'consultation', '報告': 'report'}
PROC_WORDS = {'本人以外からの収集': 'indirect_collection', '目的外利用': 'purpose_change',
              '外部提供': 'external_provision', '業務の委託': 'outsourcing',
              'オンライン結合（外部結合）': 'external_link',
              '電子計算機処理（記録項目の追加・変更）': 'computer_processing', 'その他': 'other'}
RECUR_WORDS = {'次年度以降も同様に実施する': True, '今年度限り': False, '未定・その他': None}
NON_PERSON_GROUPS = {'通訳記録'}


# ================================================================== 1. structure
def seed_form():
    files = sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys())


def check_structure(path, doc_keys, matter_keys):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{path}: not in json.dumps(indent=1, ensure_ascii=False) + newline form')
    if list(doc.keys()) != doc_keys:
        err(f'{path}: top-level keys {list(doc.keys())} != {doc_keys}')
    stem = os.path.splitext(os.path.basename(path))[0]
    if doc['source'] != stem:
        err(f'{path}: source {doc["source"]} != file stem {stem}')
    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{where}: keys {list(m.keys())} != {matter_keys}')
            continue
        for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{where}: {k} must be a non-empty string')
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
            err(f'{where}: recurring {m["recurring"]}')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{where}: recurring false without an end date')
        if m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            if not mo:
                err(f'{where}: council_session form {m["council_session"]}')
            else:
                fy = ERA[mo.group(1)] + (1 if mo.group(2) == '元' else int(mo.group(2)))
                if fy != m['fiscal_year']:
                    err(f'{where}: fiscal_year {m["fiscal_year"]} != session FY {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            if (y if mo_ >= 4 else y - 1) != m['fiscal_year']:
                err(f'{where}: fiscal_year does not follow period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{where}: data item keys {list(d.keys())}')
            if d['item'] != nfkc(d['item']):
                err(f'{where}: item not NFKC: {d["item"]}')
            names.append(d['item'])
        if not 8 <= len(names) <= 20:
            err(f'{where}: {len(names)} data items, brief asks 8–20')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{where}: sensitive item {s} is not a data item')
        if not m['sensitive_items']:
            err(f'{where}: no sensitive item')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{where}: media {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{where}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{where}: safeguards keys')
        for actor, cats in m['safeguards'].items():
            for c in cats:
                if c not in CATEGORIES:
                    err(f'{where}: {actor} category {c}')
            if len(set(cats)) != len(cats):
                err(f'{where}: duplicate {actor} categories')
        for c in m['clauses']:
            if c not in CATEGORIES:
                err(f'{where}: clause category {c}')
        if len(set(m['clauses'])) != len(m['clauses']):
            err(f'{where}: duplicate clause categories')
        if m['safeguards']['contractor'] and m['contractor_contains'] is None:
            err(f'{where}: contractor safeguards without a contractor')
        if m['title'] != nfkc(m['title']):
            err(f'{where}: title not NFKC')
    return doc


# ================================================================== raw text
class TextOut(HTMLParser):
    """HTML to text: drops <script>/<style>, one line per block element."""
    BLOCK = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'br', 'tr', 'section', 'nav', 'footer', 'button', 'ol', 'ul'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def read_raw(stem):
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not found uniquely: {cands}')
        return '', ''
    p = cands[0]
    if p.endswith('.pdf'):
        r = subprocess.run(['pdftotext', '-layout', p, '-'], capture_output=True, text=True, check=True)
        return r.stdout, p
    src = open(p, encoding='utf-8').read()
    t = TextOut()
    t.feed(src)
    return ''.join(t.parts), p


def check_support(doc, text):
    stem = doc['source']
    joined = squash(text)
    plain = strip_parens(joined)
    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'

        def has(x):
            x = squash(x)
            return x in joined or x in plain
        for k in ('title', 'department', 'municipality'):
            if not has(m[k]):
                err(f'{where}: {k} not in text: {m[k]}')
        if m['contractor_contains'] and not has(m['contractor_contains']):
            err(f'{where}: contractor not in text: {m["contractor_contains"]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{where}: division not in text: {d}')
        if m['council_session'] and not has(m['council_session']):
            err(f'{where}: session not in text: {m["council_session"]}')
        if m['legal_basis'] and not has(m['legal_basis']):
            err(f'{where}: legal basis not in text: {m["legal_basis"]}')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{where}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{where}: subject not in text: {d["subject"]}')


def check_measures(stem, idx, actor, block, gold_codes, where):
    exp = MEASURES[(stem, idx, actor)]
    b = squash(block)
    for sub, _ in exp:
        if squash(sub) not in b:
            err(f'{where}: {actor} measure not in its block: {sub}')
    if not 4 <= len(exp) <= 10:
        err(f'{where}: {actor} has {len(exp)} measures, brief asks 4–10')
    if order_codes(exp) != gold_codes:
        err(f'{where}: {actor} categories {gold_codes} != measures table {order_codes(exp)}')


def check_annex(stem, idx, articles, gold_clauses, where):
    """articles: list of (heading, text) parsed from the raw document."""
    exp = ANNEX.get((stem, idx))
    if exp is None:
        if gold_clauses:
            err(f'{where}: gold clauses but no annex expected')
        if articles:
            err(f'{where}: annex found in text but gold clauses empty')
        return
    if not 10 <= len(exp) <= 15:
        err(f'{where}: annex table has {len(exp)} articles, brief asks 10–15')
    if [h for h, _ in articles] != [h for h, _ in exp]:
        err(f'{where}: annex headings in text {[h for h, _ in articles]} != table {[h for h, _ in exp]}')
    if order_codes(exp) != gold_clauses:
        err(f'{where}: clauses {gold_clauses} != annex table {order_codes(exp)}')


# ================================================================== al1 (form print)
NOISE = re.compile(r'^(FormBridge for 自治体.*|印刷日時 \d{4}/\d{2}/\d{2} \d{2}:\d{2}\s+\d+ / \d+)$')


def split_questions(lines):
    """-> {qno: (title, [answer lines])} for one response."""
    qs, cur = {}, None
    for ln in lines:
        mo = re.match(r'^(\d{1,2})\. (.+?)( 必須)?$', ln)
        if mo and int(mo.group(1)) == (cur + 1 if cur else 1):
            cur = int(mo.group(1))
            qs[cur] = (mo.group(2), [])
        elif cur:
            qs[cur][1].append(ln)
    return qs


def chosen(ans, on):
    return [ln[1:].strip() for ln in ans if ln.startswith(on)]


def free(ans):
    return [ln for ln in ans if not ln.startswith(('※', '例）'))]


def check_al1(doc, text):
    stem = doc['source']
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not NOISE.match(ln)]
    starts = [i for i, ln in enumerate(lines) if ln.startswith('回答ID')]
    if len(starts) != len(doc['matters']):
        err(f'{stem}: {len(starts)} responses in the PDF, {len(doc["matters"])} matters in gold')
        return
    starts.append(len(lines))
    for idx, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{idx}'
        q = split_questions(lines[starts[idx - 1]:starts[idx]])
        if len(q) != 29:
            err(f'{where}: parsed {len(q)} questions, expected 29')
            continue
        one = lambda n: chosen(q[n][1], '●')
        if len(one(1)) != 1 or squash(m['council_session']) not in squash(one(1)[0]):
            err(f'{where}: session option {one(1)}')
        if KIND_WORDS.get(one(2)[0]) != m['matter_kind']:
            err(f'{where}: kind option {one(2)}')
        if PROC_WORDS.get(one(3)[0]) != m['procedure']:
            err(f'{where}: procedure option {one(3)}')
        if squash(m['legal_basis']) not in squash(''.join(free(q[4][1]))):
            err(f'{where}: legal basis answer {free(q[4][1])}')
        if squash(''.join(free(q[5][1]))) != squash(m['title']):
            err(f'{where}: title answer {free(q[5][1])}')
        if one(6) != [m['department']]:
            err(f'{where}: department option {one(6)}')
        divs = [strip_parens(nfkc(x)) for x in free(q[7][1])]
        if divs != m['divisions']:
            err(f'{where}: division answer {divs} != {m["divisions"]}')
        if m['contractor_contains'] not in ''.join(free(q[10][1])):
            err(f'{where}: contractor answer {free(q[10][1])}')
        start = slash_date(free(q[12][1])[0])
        end_l = free(q[13][1])
        end = slash_date(end_l[0]) if end_l and end_l[0] != '（未回答）' else None
        if (start, end) != (m['period_start'], m['period_end']):
            err(f'{where}: period {start}–{end} != gold {m["period_start"]}–{m["period_end"]}')
        if RECUR_WORDS.get(one(14)[0], 'x') != m['recurring']:
            err(f'{where}: recurring option {one(14)} vs gold {m["recurring"]}')
        # items: check boxes (no subject) + 【group】 lines
        ticked = [strip_parens(nfkc(x)) for x in chosen(q[18][1], '☑')]
        unticked = [strip_parens(nfkc(x)) for x in chosen(q[18][1], '☐')]
        no_subj = [d['item'] for d in m['data_items'] if 'subject' not in d]
        if ticked != no_subj:
            err(f'{where}: ticked items {ticked} != gold subject-less items {no_subj}')
        names = {d['item'] for d in m['data_items']}
        for u in unticked:
            if u in names:
                err(f'{where}: unticked option {u} is a gold item')
        grouped, subj = [], None
        for ln in free(q[19][1]):
            mo = re.match(r'^【(.+)】$', ln)
            if mo:
                subj = strip_parens(nfkc(mo.group(1)))
            else:
                grouped.append((subj, strip_parens(nfkc(ln))))
        gold_grouped = [(d.get('subject'), d['item']) for d in m['data_items'] if 'subject' in d]
        if grouped != gold_grouped:
            err(f'{where}: その他の項目 {grouped} != gold {gold_grouped}')
        # media
        cats = []
        for o in chosen(q[22][1], '☑'):
            if o == 'その他':
                for ln in free(q[23][1]):
                    key = strip_parens(nfkc(ln))
                    if key.startswith('その他:'):
                        cats.append(MEDIA_WORDS[key])
            else:
                cats.append(MEDIA_WORDS[o])
        if cats != m['media']:
            err(f'{where}: media from check boxes {cats} != gold {m["media"]}')
        # safeguards
        ward_block = '\n'.join(free(q[24][1]))
        con_block = '\n'.join(free(q[25][1]))
        check_measures(stem, idx, 'ward', ward_block, m['safeguards']['ward'], where)
        check_measures(stem, idx, 'contractor', con_block, m['safeguards']['contractor'], where)
        for block, actor in ((ward_block, 'ward'), (con_block, 'contractor')):
            n = len([ln for ln in block.splitlines() if re.match(r'^(\d+ |\d+\)|・|[①-⑩])', ln)])
            if n != len(MEASURES[(stem, idx, actor)]):
                err(f'{where}: {actor} block has {n} measure lines, table {len(MEASURES[(stem, idx, actor)])}')
        # annex pasted into Q27
        annex = ''.join(free(q[27][1]))
        arts = re.findall(r'（([^（）]+)）第(\d+)条', annex)
        nums = [int(n) for _, n in arts]
        if nums and nums != list(range(1, len(nums) + 1)):
            err(f'{where}: annex article numbers {nums}')
        check_annex(stem, idx, [(h, '') for h, _ in arts], m['clauses'], where)


# ================================================================== al2 (SharePoint)
class Page(HTMLParser):
    """Collects, per h2 section: text, grids (rows of cells), lists (after a <strong> label),
    and the collapsed annex."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections = []          # dicts
        self.skip = 0
        self.stack = []             # open tags with role info
        self.cell = None
        self.row = None
        self.grid = None
        self.li = None
        self.list_owner = None
        self.label = None
        self.in_strong = False
        self.in_h2 = False
        self.in_annex = 0

    def cur(self):
        return self.sections[-1] if self.sections else None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ('script', 'style'):
            self.skip += 1
        if tag == 'h2' and 'id' in a:
            self.in_h2 = True
            self.sections.append({'h2': '', 'text': [], 'grids': [], 'lists': {}, 'annex': []})
        role = a.get('role')
        if tag == 'div' and a.get('id', '').startswith('cs-annex'):
            self.in_annex = 1
        elif tag == 'div' and self.in_annex:
            self.in_annex += 1
        if role == 'grid':
            # the document library web part is not part of any matter
            self.grid = [] if a.get('aria-label') != '審議会資料' else None
        elif role == 'row' and self.grid is not None:
            self.row = []
        elif role in ('gridcell', 'columnheader') and self.row is not None:
            self.cell = []
        if tag == 'strong':
            self.in_strong = True
            self.label = ''
        if tag in ('ul', 'ol') and self.cur() is not None and not self.in_annex:
            self.list_owner = self.label
            self.cur()['lists'][self.list_owner] = []
        if tag == 'li':
            self.li = []
        self.stack.append((tag, role))

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1
        opened = self.stack.pop() if self.stack else (tag, None)
        role = opened[1]
        if tag == 'h2':
            self.in_h2 = False
        if tag == 'div' and self.in_annex:
            self.in_annex -= 1
        if role in ('gridcell', 'columnheader') and self.cell is not None:
            self.row.append(''.join(self.cell).strip())
            self.cell = None
        elif role == 'row' and self.row is not None:
            self.grid.append(self.row)
            self.row = None
        elif role == 'grid' and self.grid is not None:
            if self.cur() is not None:
                self.cur()['grids'].append(self.grid)
            self.grid = None
        if tag == 'strong':
            self.in_strong = False
        if tag == 'li' and self.li is not None:
            t = ''.join(self.li).strip()
            if self.in_annex and self.cur() is not None:
                self.cur()['annex'].append(t)
            elif self.cur() is not None and self.list_owner in self.cur()['lists']:
                self.cur()['lists'][self.list_owner].append(t)
            self.li = None

    def handle_data(self, data):
        if self.skip:
            return
        if self.in_h2:
            self.cur()['h2'] += data
        if self.cell is not None:
            self.cell.append(data)
        if self.li is not None:
            self.li.append(data)
        if self.in_strong and self.label is not None and self.li is None:
            self.label += data
        if self.cur() is not None:
            self.cur()['text'].append(data)


def check_al2(doc, path):
    stem = doc['source']
    pg = Page()
    pg.feed(open(path, encoding='utf-8').read())
    secs = pg.sections
    if len(secs) != len(doc['matters']):
        err(f'{stem}: {len(secs)} matter sections, {len(doc["matters"])} matters in gold')
        return
    for idx, (m, s) in enumerate(zip(doc['matters'], secs), 1):
        where = f'{stem}#{idx}'
        h2 = nfkc(s['h2'])
        if not re.fullmatch(r'(報告|諮問)第\d+号 ' + re.escape(m['title']), h2):
            err(f'{where}: h2 {h2!r} is not prefix + title')
        if KIND_WORDS[h2[:2]] != m['matter_kind']:
            err(f'{where}: kind from heading {h2[:2]}')
        text = nfkc(''.join(s['text']))
        mo = re.search(r'所管:(\S+) (\S+)', text)
        if not mo or mo.group(1) != m['department'] or [mo.group(2)] != m['divisions']:
            err(f'{where}: 所管 line {mo.group(0) if mo else None}')
        mo = re.search(r'(委託先|結合先):([^\n]+)', text)
        if not mo or m['contractor_contains'] not in mo.group(2):
            err(f'{where}: contractor field {mo.group(2) if mo else None}')
        mo = re.search(r'(委託期間|結合開始予定日):([^\n]+)', text)
        if not mo:
            err(f'{where}: no period field')
        else:
            dates = re.findall(r'(?:令和|平成)(?:元|\d+)年\d+月\d+日', mo.group(2))
            got = [era_date(d) for d in dates] + [None] * (2 - len(dates))
            if got[:2] != [m['period_start'], m['period_end']]:
                err(f'{where}: period field {dates} != gold {m["period_start"]}–{m["period_end"]}')
            rec = True if '以降も' in mo.group(2) and '継続' in mo.group(2) else (None if len(dates) == 1 else False)
            if rec != m['recurring']:
                err(f'{where}: recurring from period field {rec} != gold {m["recurring"]}')
        if len(s['grids']) != 2:
            err(f'{where}: {len(s["grids"])} grids, expected 2')
            continue
        items_grid, media_grid = s['grids']
        hdr = items_grid[0][1:]
        if hdr != ['区分', '項目', '要配慮']:
            err(f'{where}: item grid header {hdr}')
        got = []
        for row in items_grid[1:]:
            grp, item = row[1], strip_parens(nfkc(row[2]))
            got.append((None if grp in NON_PERSON_GROUPS else grp, item))
        gold = [(d.get('subject'), d['item']) for d in m['data_items']]
        if got != gold:
            err(f'{where}: item grid {got} != gold {gold}')
        if media_grid[0][1:3] != ['媒体', '使用']:
            err(f'{where}: media grid header {media_grid[0]}')
        cats = []
        for row in media_grid[1:]:
            if row[2] == '○':
                cats.append(MEDIA_WORDS[nfkc(row[1])])
            elif row[2] != '－':
                err(f'{where}: media grid use mark {row[2]!r}')
        if cats != m['media']:
            err(f'{where}: media grid {cats} != gold {m["media"]}')
        labels = list(s['lists'].keys())
        ward_l = [k for k in labels if k and k.startswith('市')]
        con_l = [k for k in labels if k and (k.startswith('委託先') or k.startswith('結合先'))]
        if len(ward_l) != 1 or len(con_l) != 1:
            err(f'{where}: safeguard list labels {labels}')
            continue
        for actor, key in (('ward', ward_l[0]), ('contractor', con_l[0])):
            lis = s['lists'][key]
            if len(lis) != len(MEASURES[(stem, idx, actor)]):
                err(f'{where}: {actor} list has {len(lis)} items, table {len(MEASURES[(stem, idx, actor)])}')
            check_measures(stem, idx, actor, '\n'.join(lis), m['safeguards'][actor], where)
        arts = []
        for li in s['annex']:
            mo = re.match(r'（([^（）]+)）', li)
            arts.append((mo.group(1) if mo else '?', li))
        check_annex(stem, idx, arts, m['clauses'], where)


# ================================================================== main
def main():
    doc_keys, matter_keys = seed_form()
    n = 0
    for stem in STEMS:
        gpath = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(gpath):
            err(f'{stem}: gold missing')
            continue
        doc = check_structure(gpath, doc_keys, matter_keys)
        n += len(doc['matters'])
        text, rpath = read_raw(stem)
        if not text:
            continue
        check_support(doc, text)
        if stem.startswith('al1'):
            check_al1(doc, text)
        else:
            check_al2(doc, rpath)
    print(f'{len(STEMS)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
