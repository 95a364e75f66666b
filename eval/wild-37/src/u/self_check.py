#!/usr/bin/env python3
"""Self-check of the letter-u gold of wild-37 (u1_kusatsu_2021, u2_mishima_2023).

Only files whose stem starts with "u" are read; the other writer's files in the same
folders are ignored.

1. Structure: the keys of /work/shared/corpus/gold/*.json in the same order and of
   the same JSON types; the enumerations of store.md and taxonomy.md; ISO dates;
   the fiscal-year rule (session if named, else FY of period_start); sensitive
   items are a subset of the items; the file is json.dumps(indent=1,
   ensure_ascii=False) plus a newline; source == file stem.
2. Support in the raw text (PDF via `pdftotext`, text as UTF-8):
   title, municipality, department, every division, contractor substring, session,
   legal basis (and that it follows 条例 within a few characters), every data item
   and subject (after NFKC, whitespace removal, parenthesised qualifiers dropped),
   period dates written back as Japanese era dates, recurring=true backed by 以降,
   each medium category backed by a word of the document, each safeguard and clause
   category backed by a cue of taxonomy.md in the document, clauses only where the
   document carries a 特記事項 with articles.
3. Format: u1 is a 4-page PDF; u2 is UTF-8 without BOM, CRLF only.

Usage: python3 src/u/self_check.py [--gold DIR] [--raw DIR]
Exit status 1 on any failure."""
import argparse
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

KINDS = {'report', 'consultation'}
PROCEDURES = {'outsourcing', 'external_link', 'purpose_change', 'indirect_collection',
              'external_provision', 'computer_processing', 'other'}
MEDIA = {'paper', 'removable', 'contractor_pc', 'contractor_server', 'ward_system',
         'external_system', 'email'}

# cue words written for this check from taxonomy.md (a category in the gold must
# have at least one of its cues somewhere in the document; the PDF's two-column
# measure tables interleave in pdftotext, hence the gap in the network cue)
CUES = {
    'contract_terms': r'特記事項を(添付|付)|遵守を(受託者に)?義務付け|条項及び秘密保持義務を定め',
    'responsible_staff': r'責任者|名簿|指名',
    'work_procedure': r'作業手順書|定めた手順',
    'status_report': r'取扱状況の報告|取扱状況について報告',
    'audit': r'立ち入|立入|調査|検査',
    'incident_response': r'事故|障害や情報漏えい',
    'subcontract_limit': r'再委託|第三者に委託',
    'purpose_limit': r'目的以外|第三者に提供|その他の事務には利用しない',
    'copy_limit': r'複写|複製',
    'collection_limit': r'収集',
    'certification': r'プライバシーマーク|ISMS|ISMAP',
    'confidentiality': r'秘密|漏らしてはならない|他人に知らせてはならない',
    'training': r'研修|周知|教育',
    'locked_storage': r'施錠|鍵のかかる',
    'entry_control': r'入退室',
    'device_lock': r'セキュリティワイヤー|固定',
    'takeout_limit': r'持ち出|持出し',
    'transfer_control': r'手渡し|受渡|受領書',
    'return_erasure': r'返却|返還|消去|削除|溶解|廃棄',
    'erasure_proof': r'消去証明書|消去を証明する書面|その旨を書面|日時及び方法を記載した書面',
    'print_control': r'印刷した枚数|専用プリンタ',
    'access_auth': r'ID.{0,12}(認証|パスワード)|ログイン',
    'access_control': r'権限',
    'encryption': r'暗号化',
    'password_separation': r'パスワード.{0,30}別|別.{0,20}電話で',
    'logging': r'操作履歴|アクセス記録|アクセスログ|操作者の記録',
    'network_protection': r'インターネットに.{0,40}接続し|ネットワークに接続させず|ファイアウォール|IDS',
    'malware_protection': r'ウイルス対策|セキュリティ更新プログラム|定義ファイル|パターンファイル',
    'email_safety': r'BCC|専用アカウント',
    'backup': r'バックアップ',
    'general_duty': r'基本的?事項',
    'publication': r'公表',
    'liability': r'損害.{0,4}賠償',
}
MEDIA_CUES = {
    'paper': r'紙',
    'removable': r'CD-R|DVD-R|USB|電子媒体',
    'contractor_pc': r'(受託者|委託先)の(事務所の|作業用)?パソコン',
    'contractor_server': r'(受託者|委託先)のサーバ',
    'ward_system': r'市の(児童手当|健康管理)システム',
    'external_system': r'クラウドサービス',
    'email': r'電子メール',
}

errors = []


def err(msg):
    errors.append(msg)


def seed_form():
    files = sorted(glob.glob(os.path.join(SEED_GOLD, '*.json')))
    doc = json.load(open(files[0], encoding='utf-8'))
    return list(doc.keys()), list(doc['matters'][0].keys()), doc['matters'][0]


def era(date):
    """2021-12-01 -> ['令和3年12月1日']  (平成 too, 元年 written both ways)"""
    y, m, d = map(int, date.split('-'))
    out = []
    if (y, m, d) >= (2019, 5, 1):
        n = y - 2018
        out.append(f'令和{n}年{m}月{d}日')
        if n == 1:
            out.append(f'令和元年{m}月{d}日')
    else:
        n = y - 1988
        out.append(f'平成{n}年{m}月{d}日')
        if n == 1:
            out.append(f'平成元年{m}月{d}日')
    return out


def check_structure(path, doc_keys, matter_keys, seed_matter):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{path}: not in json.dumps(indent=1, ensure_ascii=False) form')
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
        for k, v in m.items():
            sv = seed_matter[k]
            if v is not None and sv is not None and type(v) is not type(sv):
                err(f'{where}: {k} has type {type(v).__name__}, seed has {type(sv).__name__}')
        for k in ('title', 'municipality', 'matter_kind', 'procedure', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{where}: {k} must be a non-empty string')
        if m['matter_kind'] not in KINDS:
            err(f'{where}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCEDURES:
            err(f'{where}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{where}: legal_basis form {m["legal_basis"]}')
        if not re.search(r'(部|局|事務局)$', m['department']):
            err(f'{where}: department is not a 部/局: {m["department"]}')
        for k in ('period_start', 'period_end'):
            v = m[k]
            if v is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', v):
                err(f'{where}: {k} {v}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{where}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{where}: recurring {m["recurring"]}')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{where}: recurring false without an end date')
        if m['period_start'] and m['period_end'] is None and m['recurring'] is not None:
            err(f'{where}: start-only period must have recurring null (call 8)')
        if not isinstance(m['fiscal_year'], int):
            err(f'{where}: fiscal_year not int')
        if m['council_session']:
            mo = re.match(r'(令和|平成)(元|\d+)年度第\d+回$', m['council_session'])
            if not mo:
                err(f'{where}: council_session form {m["council_session"]}')
            else:
                n = 1 if mo.group(2) == '元' else int(mo.group(2))
                fy = (2018 if mo.group(1) == '令和' else 1988) + n
                if fy != m['fiscal_year']:
                    err(f'{where}: fiscal_year {m["fiscal_year"]} != session year {fy}')
        elif m['period_start']:
            y, mo_, _ = map(int, m['period_start'].split('-'))
            fy = y if mo_ >= 4 else y - 1
            if fy != m['fiscal_year']:
                err(f'{where}: fiscal_year {m["fiscal_year"]} != FY of period_start {fy}')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{where}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']):
                err(f'{where}: item not NFKC: {d["item"]}')
            names.append(d['item'])
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{where}: sensitive item {s} is not a data item')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{where}: media {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{where}: duplicate media')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{where}: safeguards keys')
        for actor, cats in m['safeguards'].items():
            for c in cats:
                if c not in CUES:
                    err(f'{where}: {actor} category {c}')
            if len(set(cats)) != len(cats):
                err(f'{where}: duplicate {actor} categories')
        for c in m['clauses']:
            if c not in CUES:
                err(f'{where}: clause category {c}')
        if len(set(m['clauses'])) != len(m['clauses']):
            err(f'{where}: duplicate clauses')
        if m['procedure'] in ('external_provision', 'purpose_change', 'indirect_collection',
                              'computer_processing') and m['contractor_contains'] is not None:
            err(f'{where}: contractor_contains should be null for {m["procedure"]}')
        if m['safeguards']['contractor'] and m['contractor_contains'] is None:
            err(f'{where}: contractor safeguards without a contractor')
        if m['title'] != unicodedata.normalize('NFKC', m['title']):
            err(f'{where}: title not NFKC')
    return doc


# ------------------------------------------------------------------ raw text
def read_raw(raw_dir, stem):
    cands = glob.glob(os.path.join(raw_dir, stem + '.*'))
    if len(cands) != 1:
        err(f'{stem}: raw file not found uniquely: {cands}')
        return ''
    p = cands[0]
    if p.endswith('.pdf'):
        info = subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout
        mo = re.search(r'Pages:\s+(\d+)', info)
        if stem == 'u1_kusatsu_2021' and (not mo or mo.group(1) != '4'):
            err(f'{stem}: expected a 4-page PDF, pdfinfo says {mo and mo.group(1)}')
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', p, '-'], capture_output=True,
                              text=True, check=True).stdout
    b = open(p, 'rb').read()
    if stem == 'u2_mishima_2023':
        if b.startswith(b'\xef\xbb\xbf'):
            err(f'{stem}: unexpected BOM')
        if b.count(b'\n') != b.count(b'\r\n') or b.count(b'\r') != b.count(b'\r\n'):
            err(f'{stem}: not CRLF throughout')
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        err(f'{stem}: not UTF-8')
        return ''


def norm(text):
    t = unicodedata.normalize('NFKC', text)
    t = re.sub(r'※\d*', '', t)
    t = re.sub(r'\s+', '', t)
    return t


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def check_support(doc, raw_dir):
    stem = doc['source']
    raw = read_raw(raw_dir, stem)
    joined = norm(raw)
    plain = strip_parens(joined)

    def has(x):
        x = unicodedata.normalize('NFKC', x)
        return x in joined or x in plain

    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        for k in ('title', 'municipality', 'department'):
            if not has(m[k]):
                err(f'{where}: {k} not in text: {m[k]}')
        if m['contractor_contains'] and not has(m['contractor_contains']):
            err(f'{where}: contractor not in text: {m["contractor_contains"]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{where}: division not in text: {d}')
        if m['council_session'] and m['council_session'] not in joined:
            err(f'{where}: session not in text: {m["council_session"]}')
        lb = m['legal_basis']
        if lb:
            if lb not in joined:
                err(f'{where}: legal basis not in text: {lb}')
            elif not re.search(r'条例.{0,4}' + re.escape(lb), joined):
                err(f'{where}: legal basis {lb} does not follow 条例')
        for k in ('period_start', 'period_end'):
            if m[k] and not any(e in joined for e in era(m[k])):
                err(f'{where}: {k} {m[k]} not in text as {era(m[k])}')
        if m['recurring'] is True and '以降も' not in joined:
            err(f'{where}: recurring true but no 以降も in text')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{where}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{where}: subject not in text: {d["subject"]}')
        for x in m['media']:
            if x in MEDIA_CUES and not re.search(MEDIA_CUES[x], joined):
                err(f'{where}: medium {x} has no support in text')
        for actor, cats in m['safeguards'].items():
            for c in cats:
                if c in CUES and not re.search(CUES[c], joined):
                    err(f'{where}: {actor} {c} has no cue in text')
        if m['clauses']:
            arts = re.findall(r'第\d+条', joined[joined.find('特記事項'):]) if '特記事項' in joined else []
            if len(set(arts)) < 10:
                err(f'{where}: clauses given but no 特記事項 with articles in text')
            for c in m['clauses']:
                if c in CUES and not re.search(CUES[c], joined):
                    err(f'{where}: clause {c} has no cue in text')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gold', default=os.path.join(ROOT, 'gold'))
    ap.add_argument('--raw', default=os.path.join(ROOT, 'raw'))
    a = ap.parse_args()
    doc_keys, matter_keys, seed_matter = seed_form()
    files = sorted(glob.glob(os.path.join(a.gold, 'u*.json')))
    n_matters = 0
    for p in files:
        doc = check_structure(p, doc_keys, matter_keys, seed_matter)
        check_support(doc, a.raw)
        n_matters += len(doc['matters'])
        if len(doc['matters']) != 2:
            err(f'{p}: expected exactly 2 matters')
    raws = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(a.raw, 'u*')))
    golds = sorted(os.path.splitext(os.path.basename(p))[0] for p in files)
    if raws != golds or len(golds) != 2:
        err(f'raw/gold stems differ or not two documents: {raws} vs {golds}')
    print(f'{len(files)} gold files, {n_matters} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
