#!/usr/bin/env python3
"""Self-check of the gold of letter r (wild-36): r1_atsugi_2021.pdf, r2_neyagawa_2022.md.

1. Structure: key order and JSON types of /work/shared/corpus/gold/*.json; the
   enumerations of store.md / taxonomy.md; ISO dates; fiscal-year rule (session if
   named, else FY of period_start); sensitive items ⊆ items; json.dumps form.
2. Support in the raw text, matter by matter: the raw text is read (PDF with
   `pdftotext` in reading order and in `-raw` order; Markdown with <br>, emphasis and
   superscript digits removed), NFKC-normalised, whitespace removed, and also searched
   with parenthesised qualifiers and footnote marks removed.  Each matter's segment runs
   from the last occurrence of its title to the last occurrence of the next title.
   Checked: title, municipality, department, divisions, contractor substring, session,
   legal basis (in the segment), period dates written in the Japanese era, a
   recurrence phrase when recurring is true, every data item and subject group label,
   and one evidence phrase for every safeguard category and clause code of the gold.
3. Traps (TRAPS in make_gold.py): every trap string occurs in the raw text, and the
   gold does not carry it (items, media categories, safeguard or clause codes, dates).
Run with --negative to inject fake values and verify that each one is reported.
Exit status 1 on any failure."""
import copy
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
STEMS = ['r1_atsugi_2021', 'r2_neyagawa_2022']
sys.path.insert(0, HERE)
from make_gold import TRAPS  # noqa: E402

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

# the phrase of the document that supports each gold category, per matter
# (stem, matter number) -> {actor: {category: phrase}}
EVIDENCE = {
    ('r1_atsugi_2021', 1): {
        'ward': {
            'contract_terms': '個人情報取扱特記事項」を添付し、受託者に厚木市個人情報保護条例の遵守義務を課す',
            'transfer_control': '受渡票に件数と受領者を記録する',
            'encryption': '格納するデータは暗号化させ',
            'password_separation': '解除用のパスワードは媒体とは別に郵送で通知させる',
            'audit': '受託者の作業場所に立ち入り',
        },
        'contractor': {
            'responsible_staff': 'その名簿を作業の開始前に市へ提出すること',
            'entry_control': '入退室の記録を保存すること',
            'locked_storage': '施錠できる保管庫に収納すること',
            'network_protection': '外部ネットワークに接続しない端末とすること',
            'access_auth': 'ID及びパスワードによる認証を行うこと',
            'logging': '操作ログを取得し',
            'malware_protection': 'パターンファイルを最新の状態に保つこと',
            'training': '個人情報の保護に関する研修を実施すること',
            'incident_response': '事故が発生し、又はそのおそれがあるときは、直ちに市に報告すること',
            'return_erasure': '復元できない方法で消去し',
            'erasure_proof': '消去証明書を市に提出すること',
        },
        'clauses': {
            'general_duty': '(基本的事項)', 'confidentiality': '(秘密の保持)',
            'collection_limit': '(収集の制限)', 'purpose_limit': '(目的外利用及び提供の禁止)',
            'copy_limit': '(複写及び複製の禁止)', 'subcontract_limit': '(再委託の禁止)',
            'takeout_limit': '当該作業場所から持ち出してはならない',
            'locked_storage': '施錠できる保管庫に収納するなど',
            'return_erasure': '速やかに甲に返還するとともに',
            'erasure_proof': 'その旨を記載した証明書を甲に提出しなければならない',
            'responsible_staff': '(責任者等の届出)', 'training': '(従事者の教育)',
            'status_report': '取扱いの状況について報告を求め',
            'audit': '作業場所に立ち入って検査することができる',
            'incident_response': '(事故発生時の報告)', 'liability': '(損害賠償)',
        },
    },
    ('r1_atsugi_2021', 2): {
        'ward': {
            'access_auth': '利用者ID及びパスワードにより認証を行う',
            'access_control': '閲覧権限を設定する',
            'network_protection': 'インターネットから分離されたLGWAN回線',
            'encryption': '通信を暗号化する',
            'locked_storage': '鍵付きの保管庫に保管する',
            'training': '遵守事項を周知する',
            'logging': 'アクセス記録を毎月確認し',
        },
        'contractor': {
            'certification': '(ISMS)の認証を維持すること',
            'entry_control': 'サーバ室への入退室を生体認証により制限すること',
            'encryption': '保存するデータを暗号化する',
            'backup': '毎日バックアップを取得すること',
            'network_protection': 'ファイアウォール及び不正侵入検知システム',
            'return_erasure': '復元できない方法で削除すること',
            'incident_response': '直ちに市へ連絡する体制を整えること',
            'contract_terms': '利用契約書に秘密保持義務を定めること',
            'confidentiality': '秘密保持義務',
        },
        'clauses': {},
    },
    ('r2_neyagawa_2022', 1): {
        'ward': {
            'access_auth': 'ID及びパスワードに加え、静脈認証により利用者を確認する',
            'access_control': '閲覧の権限を付与する',
            'network_protection': 'インターネットには接続しない',
            'logging': '操作履歴を保存し',
            'training': '情報セキュリティ研修を受講させる',
        },
        'contractor': {
            'encryption': '保管するデータを暗号化すること',
            'entry_control': '施設への入退室を記録し',
            'malware_protection': 'ソフトを導入し、セキュリティ更新プログラムを速やかに適用すること',
            'incident_response': '情報漏えいのおそれがあるときは、直ちに本市に連絡すること',
            'return_erasure': '30日以内にサーバから消去すること',
            'status_report': '運用の状況を年1回書面で本市に報告すること',
        },
        'clauses': {},
    },
    ('r2_neyagawa_2022', 2): {
        'ward': {
            'contract_terms': '個人情報取扱特記事項」を添付し、その遵守を受託者に義務付ける',
            'encryption': 'CD-Rに格納して暗号化し',
            'transfer_control': '職員が受託者に直接手渡す',
            'password_separation': 'CD-Rとは別に電話で伝える',
            'audit': '個人情報の管理状況を実地に調査する',
        },
        'contractor': {
            'responsible_staff': '名簿を本市に届け出ること',
            'work_procedure': '作業手順書を作成し',
            'entry_control': '印刷工場の入退室は、警備システムにより記録し',
            'locked_storage': '施錠できるキャビネットに保管すること',
            'print_control': '印刷枚数及び損紙の枚数を記録し',
            'return_erasure': '損紙は裁断の上廃棄すること',
            'subcontract_limit': '第三者に再委託しないこと',
            'erasure_proof': '消去証明書を本市に提出すること',
        },
        'clauses': {},
    },
}

# per matter: where the group labels of subjects are written (for the subject check)
RECUR_PHRASES = ['以降も同様に委託する予定', '以降も継続して結合する']

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ raw text
def pdf_texts(path):
    outs = []
    for mode in ([], ['-raw']):
        r = subprocess.run(['pdftotext', *mode, path, '-'], capture_output=True, check=True)
        outs.append(r.stdout.decode('utf-8'))
    return outs


def raw_texts(stem):
    cands = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not found uniquely: {cands}')
        return ['']
    p = cands[0]
    if p.endswith('.pdf'):
        return pdf_texts(p)
    t = open(p, encoding='utf-8').read()
    t = re.sub(r'<br\s*/?>', '\n', t)
    return [t]


SUPERSCRIPTS = '¹²³⁴⁵⁶⁷⁸⁹⁰'


def norm(text):
    t = re.sub(r'<[^>]+>', '', text)
    t = re.sub(f'[{SUPERSCRIPTS}]', '', t)          # bare superscript footnote marks
    t = unicodedata.normalize('NFKC', t)
    t = re.sub(r'※\d*', '', t)
    t = t.replace('**', '').replace('*', '')          # md emphasis (split runs)
    t = re.sub(r'\s+', '', t)
    return t


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def era(iso):
    y, m, d = map(int, iso.split('-'))
    if (y, m, d) >= (2019, 5, 1):
        n = y - 2018
        return f'令和{"元" if n == 1 else n}年{m}月{d}日'
    n = y - 1988
    return f'平成{"元" if n == 1 else n}年{m}月{d}日'


# ------------------------------------------------------------------ structure
def seed_form():
    files = sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys())


def check_structure(doc, raw_json, doc_keys, matter_keys):
    stem = doc['source']
    if raw_json is not None and raw_json != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())} != {doc_keys}')
    if len(doc['matters']) != 2:
        err(f'{stem}: {len(doc["matters"])} matters, the brief asks for 2')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())} != {matter_keys}')
            continue
        for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{w}: {k} must be a non-empty string')
        for k in ('legal_basis', 'contractor_contains', 'council_session'):
            if m[k] is not None and not isinstance(m[k], str):
                err(f'{w}: {k} must be a string or null')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis form {m["legal_basis"]}')
        if not isinstance(m['divisions'], list) or not all(isinstance(x, str) for x in m['divisions']):
            err(f'{w}: divisions must be a list of strings')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring {m["recurring"]}')
        if m['recurring'] is False and m['period_end'] is None:
            err(f'{w}: recurring false without an end date (call 8)')
        if m['recurring'] is None and m['period_end'] is not None:
            err(f'{w}: recurring null with an end date (call 8)')
        if not isinstance(m['fiscal_year'], int) or isinstance(m['fiscal_year'], bool):
            err(f'{w}: fiscal_year not int')
        elif m['council_session']:
            mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第\d+回', m['council_session'])
            if not mo:
                err(f'{w}: council_session form {m["council_session"]}')
            else:
                n = 1 if mo.group(2) == '元' else int(mo.group(2))
                fy = (2018 if mo.group(1) == '令和' else 1988) + n
                if fy != m['fiscal_year']:
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
        pairs = [(d.get('subject'), d['item']) for d in m['data_items']]
        if len(set(pairs)) != len(pairs):
            err(f'{w}: duplicate (subject, item)')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive item {s} is not a data item')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{w}: media {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{w}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys {list(m["safeguards"].keys())}')
        for actor, cats in m['safeguards'].items():
            for c in cats:
                if c not in CATEGORIES:
                    err(f'{w}: {actor} category {c}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {actor} categories')
        for c in m['clauses']:
            if c not in CATEGORIES:
                err(f'{w}: clause category {c}')
        if m['safeguards']['contractor'] and not m['contractor_contains']:
            err(f'{w}: contractor safeguards without a contractor')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{w}: title not NFKC')


# ------------------------------------------------------------------ support
def segments(texts, doc):
    """For each extraction, the normalised text of each matter's segment."""
    out = []
    for raw in texts:
        t = norm(raw)
        starts = []
        for m in doc['matters']:
            title = unicodedata.normalize('NFKC', m['title'])
            pos = t.rfind(title)
            starts.append(pos)
        segs = []
        for i, s in enumerate(starts):
            if s < 0:
                segs.append(None)
                continue
            e = starts[i + 1] if i + 1 < len(starts) and starts[i + 1] > s else len(t)
            segs.append(t[s:e])
        out.append((t, segs))
    return out


def check_support(doc):
    stem = doc['source']
    texts = raw_texts(stem)
    views = segments(texts, doc)
    whole_any = [t for t, _ in views]

    def in_whole(x):
        x = unicodedata.normalize('NFKC', x)
        return any(x in t or x in strip_parens(t) for t in whole_any)

    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        segs = [s[i - 1] for _, s in views if s[i - 1] is not None]
        if not segs:
            err(f'{w}: title not in text: {m["title"]}')
            continue

        def has(x):
            x = unicodedata.normalize('NFKC', x)
            return any(x in s or x in strip_parens(s) for s in segs)

        for k in ('department', 'contractor_contains', 'legal_basis'):
            if m[k] and not has(m[k]):
                err(f'{w}: {k} not in the matter\'s text: {m[k]}')
        if not in_whole(m['municipality']):
            err(f'{w}: municipality not in text: {m["municipality"]}')
        if m['council_session'] and not in_whole(m['council_session']):
            err(f'{w}: session not in text: {m["council_session"]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division not in the matter\'s text: {d}')
        for k in ('period_start', 'period_end'):
            if m[k] and not has(era(m[k])):
                err(f'{w}: {k} {m[k]} ({era(m[k])}) not in the matter\'s text')
        if m['recurring'] is True and not any(has(p) for p in RECUR_PHRASES):
            err(f'{w}: recurring true without a recurrence phrase')
        if m['recurring'] is False and any(has(p) for p in RECUR_PHRASES):
            err(f'{w}: recurring false but a recurrence phrase is present')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{w}: item not in the matter\'s text: {d["item"]}')
            if 'subject' in d and not has('【' + d['subject']):
                err(f'{w}: subject label not in the matter\'s text: {d["subject"]}')
        ev = EVIDENCE.get((stem, i), {'ward': {}, 'contractor': {}, 'clauses': {}})
        for actor in ('ward', 'contractor'):
            for c in m['safeguards'][actor]:
                phrase = ev[actor].get(c)
                if not phrase:
                    err(f'{w}: {actor} category {c} has no evidence phrase')
                elif not has(phrase):
                    err(f'{w}: evidence for {actor}/{c} not in text: {phrase}')
            for c, phrase in ev[actor].items():
                if c not in m['safeguards'][actor]:
                    err(f'{w}: evidence listed for {actor}/{c} but the gold lacks it')
        for c in m['clauses']:
            phrase = ev['clauses'].get(c)
            if not phrase:
                err(f'{w}: clause {c} has no evidence phrase')
            elif not has(phrase):
                err(f'{w}: evidence for clause {c} not in text: {phrase}')
        for c in ev['clauses']:
            if c not in m['clauses']:
                err(f'{w}: evidence listed for clause {c} but the gold lacks it')


def check_traps(doc):
    stem = doc['source']
    texts = raw_texts(stem)
    whole = [norm(t) for t in texts]
    traps = TRAPS.get(stem, [])
    for i, (m, tr) in enumerate(zip(doc['matters'], traps), 1):
        w = f'{stem}#{i}'
        names = {d['item'] for d in m['data_items']}
        for x in tr['items']:
            if not any(unicodedata.normalize('NFKC', x) in t for t in whole):
                err(f'{w}: trap item {x} does not occur in the raw text')
        subj_items = {(d.get('subject'), d['item']) for d in m['data_items']}
        for x in tr['items']:
            # the trap may share its name with a real item of another subject (r1#2 氏名);
            # a trap item must not appear at all here
            if x in names:
                err(f'{w}: trap item {x} is in the gold')
        for x in tr['media_words']:
            if not any(unicodedata.normalize('NFKC', x) in t for t in whole):
                err(f'{w}: trap medium word {x} does not occur in the raw text')
        for x in tr['not_media']:
            if x in m['media']:
                err(f'{w}: trap medium {x} is in the gold')
        for x in tr['not_contractor_sg']:
            if x in m['safeguards']['contractor']:
                err(f'{w}: deleted/negated contractor safeguard {x} is in the gold')
        for x in tr['not_clauses']:
            if x in m['clauses']:
                err(f'{w}: clause {x} (only in a comment) is in the gold')
        if tr['not_period_start'] and m['period_start'] == tr['not_period_start']:
            err(f'{w}: period_start is the deleted date {tr["not_period_start"]}')
        del subj_items


def run(docs, raw_jsons):
    doc_keys, matter_keys = seed_form()
    for doc, rj in zip(docs, raw_jsons):
        check_structure(doc, rj, doc_keys, matter_keys)
        check_support(doc)
        check_traps(doc)


def load():
    docs, raws = [], []
    for stem in STEMS:
        p = os.path.join(ROOT, 'gold', stem + '.json')
        rj = open(p, encoding='utf-8').read()
        doc = json.loads(rj)
        if doc['source'] != stem:
            err(f'{p}: source {doc["source"]} != {stem}')
        docs.append(doc)
        raws.append(rj)
    return docs, raws


def negative():
    """Inject fake values one at a time; each must be reported."""
    docs, _ = load()
    cases = []

    def case(name, fn):
        d = copy.deepcopy(docs)
        fn(d)
        cases.append((name, d))

    case('fake item', lambda d: d[0]['matters'][0]['data_items'].append({'item': 'ふるさと納税額'}))
    case('deleted item 電話番号', lambda d: d[0]['matters'][0]['data_items'].append({'item': '電話番号', 'subject': '申請者'}))
    case('comment item 個人番号', lambda d: d[0]['matters'][0]['data_items'].append({'item': '個人番号'}))
    case('fake division', lambda d: d[1]['matters'][0]['divisions'].append('観光振興課'))
    case('fake contractor', lambda d: d[1]['matters'][1].update(contractor_contains='浪速印刷'))
    case('wrong fiscal year', lambda d: d[0]['matters'][1].update(fiscal_year=2022))
    case('wrong end date', lambda d: d[1]['matters'][1].update(period_end='2023-03-30'))
    case('deleted start date', lambda d: d[0]['matters'][1].update(period_start='2021-10-01'))
    case('wrong article', lambda d: d[1]['matters'][0].update(legal_basis='第10条第2項第3号'))
    case('wrong session', lambda d: d[1]['matters'][0].update(council_session='令和4年度第2回'))
    case('deleted safeguard', lambda d: d[0]['matters'][0]['safeguards']['contractor'].append('status_report'))
    case('comment clause', lambda d: d[0]['matters'][0]['clauses'].append('publication'))
    case('negated medium', lambda d: d[1]['matters'][1]['media'].append('email'))
    case('sensitive not an item', lambda d: d[1]['matters'][0]['sensitive_items'].append('病名'))
    case('bad enum', lambda d: d[0]['matters'][0].update(procedure='outsource'))
    ok = True
    for name, d in cases:
        errors.clear()
        run(d, [None] * len(d))
        status = 'reported' if errors else 'NOT REPORTED'
        if not errors:
            ok = False
        print(f'negative [{name}]: {status}' + (f' — {errors[0]}' if errors else ''))
    errors.clear()
    return ok


def main():
    if '--negative' in sys.argv:
        ok = negative()
        print('negative test OK' if ok else 'negative test FAILED')
        sys.exit(0 if ok else 1)
    docs, raws = load()
    run(docs, raws)
    n = sum(len(d['matters']) for d in docs)
    print(f'{len(docs)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
