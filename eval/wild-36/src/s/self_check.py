#!/usr/bin/env python3
"""Self-check of the letter-s gold of wild-36 (s1_yaizu_2020.pdf, s2_ebina_2023.txt).

usage: python3 src/s/self_check.py [--gold DIR]     (DIR defaults to wild-36/gold)

1. Structure: each gold file has the keys of /work/shared/corpus/gold/*.json in the same order
   and with the same JSON types; enumerations are those of store.md / taxonomy.md; dates are ISO;
   the fiscal-year rule holds (session if named, else the FY of period_start); sensitive items
   are data items; no duplicate categories; the file is json.dumps(indent=1, ensure_ascii=False).
2. Support in the raw text: the title, municipality, department, every division, the contractor
   substring, the session, the legal basis, every data item and subject, and the period dates
   (converted back to 令和 dates) occur in the document's text.  The PDF is read with
   `pdftotext -raw` (content-stream order; the sideways pages come out reversed in the default
   and -layout modes, see NOTES-s.md); the text file is decoded as UTF-8 with BOM.  Text is
   NFKC-normalised, whitespace removed, and compared with and without parenthesised qualifiers.
3. Evidence: for every matter a hand-written table below quotes, for each medium, each
   safeguard category (per actor) and each clause category, a fragment of the sentence it comes
   from; the gold's lists must equal the table's keys, and every fragment must occur in the raw
   text.  recurring=true needs its quoted sentence.  Items the documents exclude (negated notes)
   must not be gold items.
Exit status 1 on any failure; every failure is printed."""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEED_GOLD = '/work/shared/corpus/gold'
STEMS = ['s1_yaizu_2020', 's2_ebina_2023']

KINDS = {'report', 'consultation'}
PROCEDURES = {'outsourcing', 'external_link', 'purpose_change', 'indirect_collection',
              'external_provision', 'computer_processing', 'other'}
MEDIA = {'paper', 'removable', 'contractor_pc', 'contractor_server', 'ward_system',
         'external_system', 'email'}
CATEGORIES = {
    'contract_terms', 'responsible_staff', 'work_procedure', 'status_report', 'audit',
    'incident_response', 'subcontract_limit', 'purpose_limit', 'copy_limit', 'collection_limit',
    'certification', 'confidentiality', 'training', 'locked_storage', 'entry_control',
    'device_lock', 'takeout_limit', 'transfer_control', 'return_erasure', 'erasure_proof',
    'print_control', 'access_auth', 'access_control', 'encryption', 'password_separation',
    'logging', 'network_protection', 'malware_protection', 'email_safety', 'backup',
    'general_duty', 'publication', 'liability'}

# ------------------------------------------------------------------ evidence (hand-written)
EVIDENCE = {
    's1_yaizu_2020#1': {
        'media': {
            'paper': '紙（利用申請書の写し、利用者台帳、配達記録票）',
            'removable': 'USBメモリ（暗号化機能付き）',
            'contractor_pc': '受託者事務所のパソコン',
        },
        'ward': {
            'contract_terms': '別紙「個人情報取扱特記事項」を添付し、受託者にその遵守を義務付ける',
            'audit': '受託者の事業所に立ち入り、個人情報の管理状況を検査する',
            'training': '市が実施する個人情報保護研修を受講する',
            'transfer_control': '受託者の責任者に手渡し、受渡簿に受領の署名を得る',
            'encryption': 'USBメモリに保存するデータはパスワードで保護し',
            'password_separation': 'データとは別に電話で受託者に伝える',
        },
        'contractor': {
            'responsible_staff': '管理責任者及び業務に従事する者を定め、その名簿を市に届け出させる',
            'incident_response': '事故が生じたときは、直ちに市へ報告させ',
            'subcontract_limit': '第三者に再委託させない',
            'training': '個人情報の取扱いに関する研修を受けさせる',
            'confidentiality': '秘密を漏らさない旨の誓約書を提出させる',
            'locked_storage': '事務所内の鍵のかかる書庫で保管させる',
            'takeout_limit': '利用者台帳は、事務所の外へ持ち出させない',
            'return_erasure': '資料を市に返却させるとともに',
            'erasure_proof': '消去証明書を提出させる',
            'network_protection': 'インターネット等の外部ネットワークに接続させない',
            'access_auth': '従事者ごとのIDとパスワードによる認証を設定させる',
            'malware_protection': 'ウイルス対策ソフトを導入し、パターンファイルを常に最新の状態に更新させる',
            'logging': '台帳ファイルへのアクセス記録を保存させ',
        },
        'clauses': {
            'general_duty': '(基本的事項)第1条',
            'confidentiality': '(秘密の保持)第2条',
            'collection_limit': '(収集の制限)第3条',
            'purpose_limit': '(目的外利用及び提供の禁止)第4条',
            'copy_limit': '(複写及び複製の禁止)第5条',
            'subcontract_limit': '(再委託の禁止)第6条',
            'takeout_limit': '(持出しの禁止)第7条',
            'locked_storage': '施錠できる保管庫に格納するなど',
            'return_erasure': '(資料等の返還等)第9条',
            'erasure_proof': 'その日時、方法等を記載した証明書を甲に提出しなければならない',
            'responsible_staff': '(取扱責任者等の届出)第10条',
            'status_report': '個人情報の取扱状況について報告を求め',
            'audit': '乙の作業場所に立ち入って検査することができる',
            'incident_response': '(事故発生時の措置)第12条',
            'training': '(従事者への周知及び教育)第13条',
            'liability': '(損害賠償)第15条',
            'publication': '(違反事実の公表)第16条',
        },
        'recurring': '令和4年度以降も同様の内容で委託を継続する予定',
        'absent_items': ['所得の状況', '口座情報', '利用料'],
    },
    's1_yaizu_2020#2': {
        'media': {
            'external_system': 'マイナポータル(ぴったりサービス)のサーバ',
            'ward_system': 'LGWAN接続系端末及び子育て支援システム',
            'paper': '紙(申請内容の出力帳票)',
        },
        'ward': {
            'device_lock': 'セキュリティワイヤーで固定する',
            'locked_storage': '鍵のかかるキャビネットに保管し',
            'return_erasure': '溶解処理により廃棄する',
            'access_auth': 'ICカードと暗証番号により認証する',
            'access_control': '担当職員に権限を付与した端末からのみ行う',
            'network_protection': 'インターネットからは接続できない構成とする',
            'encryption': 'TLSにより暗号化される',
            'malware_protection': 'ウイルス対策ソフトを導入し、定義ファイルを自動で更新する',
            'logging': '端末の操作履歴を取得し',
            'training': '情報セキュリティ研修を年1回以上実施する',
            'incident_response': '情報漏えいのおそれが生じたときは、直ちに結合を停止し',
            'work_procedure': '手順を定めた事務処理要領を作成し',
        },
        'contractor': {},
        'clauses': {},
        'absent_items': ['所得の額', '署名用電子証明書'],
    },
    's2_ebina_2023#1': {
        'media': {
            'paper': '✓紙(調査票、督促はがき)',
            'removable': '✓電子記録媒体(CD-R)',
            'contractor_server': '✓受託者のサーバ(Web回答フォーム)',
        },
        'ward': {
            'contract_terms': '「個人情報取扱特記事項」(別紙)を添付し、その遵守を受託者に義務付ける',
            'encryption': '暗号化したCD-Rに格納し',
            'transfer_control': '職員が受託者の事業所へ持参して責任者に直接手渡す',
            'password_separation': 'CD-Rとは別に、パスワード通知書により郵送で通知する',
            'audit': '受託者の作業場所を訪問し、個人情報の取扱状況を実地に確認する',
            'return_erasure': 'データが消去されたことを確認する',
            'erasure_proof': '受託者から消去証明書を提出させ',
        },
        'contractor': {
            'responsible_staff': '取扱責任者及び作業従事者を指定させ、その名簿を提出させる',
            'training': '個人情報保護に関する研修を実施させる',
            'entry_control': '作業室への入退室はICカードにより管理させ',
            'takeout_limit': '作業室の外へ持ち出させない',
            'locked_storage': '施錠できるキャビネットに保管させる',
            'encryption': 'TLSにより暗号化させる',
            'network_protection': 'ファイアウォールにより外部からの不正な通信を遮断させる',
            'access_auth': 'ID及びパスワードにより認証させ',
            'logging': 'アクセスログを取得して定期的に点検させる',
            'malware_protection': 'ウイルス対策ソフトウェアを導入し',
            'incident_response': '事故が発生し、又は発生するおそれがあるときは、直ちに市に報告させ',
            'return_erasure': '復元できない方法で消去させ',
            'erasure_proof': '消去させ、消去証明書を提出させる',
            'certification': 'プライバシーマークの付与認定を契約期間中維持させる',
        },
        'clauses': {
            'general_duty': '(個人情報保護の基本原則)第1条',
            'confidentiality': '(秘密保持)第2条',
            'collection_limit': '(取得の制限)第3条',
            'purpose_limit': '(利用及び提供の制限)第4条',
            'copy_limit': '(複写又は複製の禁止)第5条',
            'subcontract_limit': '(再委託の制限)第6条',
            'takeout_limit': '当該場所の外に持ち出してはならない',
            'locked_storage': '施錠できる保管庫に保管するなど',
            'training': '教育を行い、適切に監督しなければならない',
            'responsible_staff': '(責任者等の届出)第10条',
            'return_erasure': '(返還、消去等)第11条',
            'erasure_proof': 'その旨を証する書面を甲に提出しなければならない',
            'status_report': '個人情報の取扱状況の報告を求め',
            'audit': '乙の作業場所に立ち入って調査を行うことができる',
            'incident_response': '(事故発生時の報告)第13条',
            'liability': '損害賠償を請求することができる',
        },
        'absent_items': ['疾病名', '交付年月日', '督促はがき'],
        'unchecked_media': [('電子メール', '電子記録媒体(CD-R)電子メール✓受託者のサーバ'),
                            ('市の端末・システム', '(Web回答フォーム)市の端末・システムその他')],
    },
    's2_ebina_2023#2': {
        'media': {
            'ward_system': '✓介護保険システム(照会画面)',
            'paper': '✓紙(ふれあい収集対象者台帳)',
        },
        'ward': {
            'access_control': '照会権限は、資源循環課の担当職員2名に限って付与する',
            'access_auth': '職員ごとのIDと静脈認証により行う',
            'logging': '照会の操作記録はシステムに自動で保存され',
            'locked_storage': '施錠できる書庫に保管し',
            'return_erasure': '細断して廃棄する',
            'purpose_limit': '対象者確認以外の目的には利用しない',
            'training': '個人情報保護に関する研修を受講する',
        },
        'contractor': {},
        'clauses': {},
        'recurring': '令和6年度以降も継続して利用する',
        'absent_items': ['主治医意見書', '認定調査票'],
        'unchecked_media': [('電子記録媒体', '対象者台帳)電子記録媒体電子メール'),
                            ('電子メール', '電子記録媒体電子メール-6-')],
    },
}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ structure
def seed_form():
    files = sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), doc['matters'][0]


def jtype(v):
    return 'null' if v is None else type(v).__name__


def check_structure(path, doc_keys, seed_matter):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw.rstrip('\n') != json.dumps(doc, ensure_ascii=False, indent=1):
        err(f'{path}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{path}: top-level keys {list(doc.keys())} != {doc_keys}')
    stem = os.path.splitext(os.path.basename(path))[0]
    if doc.get('source') != stem:
        err(f'{path}: source {doc.get("source")} != file stem {stem}')
    if len(doc['matters']) != 2:
        err(f'{stem}: expected exactly 2 matters, got {len(doc["matters"])}')
    mkeys = list(seed_matter.keys())
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != mkeys:
            err(f'{w}: keys {list(m.keys())} != seed keys')
            continue
        for k in mkeys:   # same JSON type as the seed, null allowed where the spec allows it
            if m[k] is None and k in ('legal_basis', 'contractor_contains', 'period_start', 'period_end',
                                      'recurring', 'council_session'):
                continue
            if jtype(m[k]) != jtype(seed_matter[k]) and not (
                    k in ('contractor_contains', 'council_session', 'period_start', 'period_end', 'recurring')
                    and seed_matter[k] is None):
                err(f'{w}: {k} has type {jtype(m[k])}, seed has {jtype(seed_matter[k])}')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis form {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} not ISO: {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period_start after period_end')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{w}: recurring false without an end date (call 8)')
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
            if m['fiscal_year'] != (y if mo_ >= 4 else y - 1):
                err(f'{w}: fiscal_year {m["fiscal_year"]} != FY of period_start')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or re.search(r'[()（）※]', d['item']):
                err(f'{w}: item not normalised: {d["item"]}')
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
        if len(set(m['clauses'])) != len(m['clauses']):
            err(f'{w}: duplicate clauses')
        if m['procedure'] in ('external_provision', 'purpose_change', 'indirect_collection',
                              'computer_processing') and m['contractor_contains'] is not None:
            err(f'{w}: contractor_contains should be null for {m["procedure"]}')
        if m['safeguards']['contractor'] and m['contractor_contains'] is None:
            err(f'{w}: contractor safeguards without a contractor')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{w}: title not NFKC')
    return doc


# ------------------------------------------------------------------ raw text
def read_raw(stem):
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not found uniquely: {cands}')
        return ''
    p = cands[0]
    if p.endswith('.pdf'):
        r = subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', p, '-'], capture_output=True, check=True)
        return r.stdout.decode('utf-8')
    b = open(p, 'rb').read()
    if stem == 's2_ebina_2023':
        if not b.startswith(b'\xef\xbb\xbf'):
            err(f'{stem}: no UTF-8 BOM')
        if b.count(b'\r\n') != b.count(b'\n') or b'\f' in b:
            err(f'{stem}: not pure CRLF, or a form feed present')
    return b.decode('utf-8-sig')


def norm(t):
    t = unicodedata.normalize('NFKC', t)
    t = t.replace('−', '-').replace('－', '-')
    return re.sub(r'\s+', '', t)


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def era(iso):
    y, m, d = map(int, iso.split('-'))
    n = y - 2018
    return f'令和{"元" if n == 1 else n}年{m}月{d}日'


def check_support(doc, gold_dir):
    stem = doc['source']
    joined = norm(read_raw(stem))
    plain = strip_parens(joined)

    def has(x):
        x = norm(x)
        return x in joined or x in plain

    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        for k in ('title', 'municipality', 'department'):
            if not has(m[k]):
                err(f'{w}: {k} not in text: {m[k]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division not in text: {d}')
        if m['contractor_contains'] and not has(m['contractor_contains']):
            err(f'{w}: contractor not in text: {m["contractor_contains"]}')
        if m['council_session'] and not has(m['council_session']):
            err(f'{w}: session not in text: {m["council_session"]}')
        if m['legal_basis'] and not has(m['legal_basis']):
            err(f'{w}: legal basis not in text: {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            if m[k] and not has(era(m[k])):
                err(f'{w}: {k} {m[k]} ({era(m[k])}) not in text')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{w}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in text: {d["subject"]}')
        ev = EVIDENCE.get(w)
        if ev is None:
            err(f'{w}: no evidence table')
            continue
        if sorted(m['media']) != sorted(ev['media']):
            err(f'{w}: media {m["media"]} != evidence {sorted(ev["media"])}')
        for cat, frag in ev['media'].items():
            if not has(frag):
                err(f'{w}: media evidence for {cat} not in text: {frag}')
        for actor in ('ward', 'contractor'):
            if sorted(m['safeguards'][actor]) != sorted(ev[actor]):
                err(f'{w}: {actor} safeguards {sorted(m["safeguards"][actor])} != evidence {sorted(ev[actor])}')
            for cat, frag in ev[actor].items():
                if not has(frag):
                    err(f'{w}: {actor} evidence for {cat} not in text: {frag}')
        if m['clauses'] != list(ev['clauses']):
            err(f'{w}: clauses {m["clauses"]} != evidence (in order) {list(ev["clauses"])}')
        for cat, frag in ev['clauses'].items():
            if not has(frag):
                err(f'{w}: clause evidence for {cat} not in text: {frag}')
        if m['recurring'] is True and not has(ev.get('recurring', '\0')):
            err(f'{w}: recurring true but the recurrence sentence is missing')
        if m['recurring'] is not True and 'recurring' in ev:
            err(f'{w}: evidence has a recurrence sentence but recurring is {m["recurring"]}')
        names = [d['item'] for d in m['data_items']]
        for a in ev.get('absent_items', []):
            if not has(a):
                err(f'{w}: negated note {a} not in text (evidence table stale)')
            if a in names:
                err(f'{w}: {a} is excluded by the document but is a gold item')
        for u, ctx in ev.get('unchecked_media', []):
            # the context shows the name with no tick right before it
            if u not in ctx or '✓' + u in ctx or not has(ctx):
                err(f'{w}: unticked medium {u}: context not found or ticked: {ctx}')


def main():
    gold_dir = os.path.join(ROOT, 'gold')
    if '--gold' in sys.argv:
        gold_dir = sys.argv[sys.argv.index('--gold') + 1]
    doc_keys, seed_matter = seed_form()
    n = 0
    for stem in STEMS:
        p = os.path.join(gold_dir, stem + '.json')
        if not os.path.exists(p):
            err(f'{p}: missing')
            continue
        doc = check_structure(p, doc_keys, seed_matter)
        check_support(doc, gold_dir)
        n += len(doc['matters'])
    print(f'{len(STEMS)} gold files (letter s), {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
