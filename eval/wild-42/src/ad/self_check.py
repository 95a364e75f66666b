#!/usr/bin/env python3
"""Self-check of the wild-42 "ad" gold against its raw documents.  Exit 1 on any
mismatch.

1. Form: each gold file has the top-level and matter keys of
   shared/corpus/more/gold/*.json in the same order and JSON types, data items are
   {item[, subject]}, codes belong to the vocabularies of store.md / taxonomy.md
   (read from the spec files), ISO dates, the fiscal-year rule (session if named,
   else FY of period_start), sensitive_items ⊆ items, the file is byte-identical to
   json.dumps(indent=1, ensure_ascii=False)+"\\n".
2. Support: title, municipality, department, divisions, contractor substring,
   legal basis, session, every item and subject occur in the raw text (HTML: tags and
   scripts stripped; PDF: pdftotext, running header/footer removed; then NFKC,
   whitespace removed, a copy with parenthesised qualifiers removed).
3. Reading table (below): every safeguard sentence, annex article and medium the
   gold was read from, by a fragment of its text and its categories.  Each fragment
   must occur in the raw text; the ordered union per actor must equal the gold;
   4–10 sentences per actor; 10–15 articles per annex; media categories equal the
   gold; period words occur and convert to the gold dates; 8–20 items with both
   sensitive and non-sensitive ones; the traps (items and media only ruled out,
   comment proposals not adopted, secretariat departments) are absent from the gold
   while present in the text.
4. Layout: the Confluence markers of ad1 and the per-page header/footer of ad2."""
import glob
import html
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
SPEC = '/work/shared/spec'
MORE_GOLD = '/work/shared/corpus/more/gold'
STEMS = ['ad1_otaru_2022', 'ad2_ashikaga_2021']

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ vocabularies from the spec
def vocab():
    store = open(os.path.join(SPEC, 'store.md'), encoding='utf-8').read()
    tax = open(os.path.join(SPEC, 'taxonomy.md'), encoding='utf-8').read()
    def codes_in_row(col):
        line = next(l for l in store.splitlines() if l.startswith(f'| {col} |'))
        return set(re.findall(r'`([a-z_]+)`', line))
    kinds = codes_in_row('matter_kind')
    procs = codes_in_row('procedure')
    media_line = next(l for l in store.splitlines() if l.startswith('| category | VARCHAR | `paper`'))
    media = set(re.findall(r'`([a-z_]+)`', media_line))
    cats = set(re.findall(r'^\| ([a-z_]+) \| [^|]+ \| (?:organizational|human|physical|technical|clause) \|', tax, flags=re.M))
    assert len(cats) == 33, cats
    return kinds, procs, media, cats


KINDS, PROCS, MEDIA, CATS = vocab()
SECRETARIAT_DEPTS = {'総務部', '総合政策部'}


# ------------------------------------------------------------------ raw text
def read_raw(stem):
    paths = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(paths) != 1:
        err(f'{stem}: raw file not found uniquely: {paths}')
        return '', []
    p = paths[0]
    if p.endswith('.pdf'):
        out = subprocess.run(['pdftotext', '-enc', 'UTF-8', p, '-'], capture_output=True, text=True).stdout
        pages = out.split('\f')
        if pages and not pages[-1].strip():
            pages = pages[:-1]
        return out, pages
    t = open(p, encoding='utf-8').read()
    return t, [t]


def html_text(t):
    t = re.sub(r'<script\b.*?</script>', ' ', t, flags=re.S)
    t = re.sub(r'<style\b.*?</style>', ' ', t, flags=re.S)
    t = re.sub(r'<!--.*?-->', ' ', t, flags=re.S)
    t = re.sub(r'<[^>]+>', '', t)
    return html.unescape(t)


PDF_RUNNING = [r'^足利市 文書管理システム ［決裁文書詳細］\s*$', r'^文書番号：足総第1287号 （決裁済）\s*$',
               r'^印刷日時：.*$', r'^\d+/\d+\s*$']


def pdf_text(pages):
    keep = []
    for pg in pages:
        for line in pg.splitlines():
            if any(re.match(p, line.strip()) for p in PDF_RUNNING):
                continue
            keep.append(line)
    return '\n'.join(keep)


def pdf_band_text(path):
    """A second reading of the PDF that keeps table columns apart: the words of each
    page (running header and footer dropped) in two streams, the number and label
    columns (x < 135pt) and the content column, each in reading order.  pdftotext's
    default output interleaves a wrapped label (結合先事業者 / に講じさせる / 対策)
    with the content lines; this view does not."""
    out = subprocess.run(['pdftotext', '-bbox-layout', path, '-'], capture_output=True, text=True).stdout
    texts = []
    for page in re.findall(r'<page\b.*?</page>', out, flags=re.S):
        left, right = [], []
        for x, y, w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</word>', page):
            x, y = float(x), float(y)
            if y < 40 or y > 790:
                continue
            (left if x < 135 else right).append((round(y), x, html.unescape(w)))
        for stream in (left, right):
            texts.append(''.join(w for _, _, w in sorted(stream)))
    return '\n'.join(texts)


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


def jp_date(s):
    s = unicodedata.normalize('NFKC', s)
    m = re.fullmatch(r'令和(元|\d+)年(\d+)月(\d+)日', s)
    if not m:
        return None
    y = 2018 + (1 if m.group(1) == '元' else int(m.group(1)))
    return f'{y:04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}'


# ------------------------------------------------------------------ reading table
# actor W = ward, C = contractor; fragments are NFKC-normalised before the search.
READ = {
    'ad1_otaru_2022': [
        {   # 案件1
            'title_count': 2,   # heading + details row (+ not in page tree)
            'sentences': [
                ('W', '特記事項」を添えるとともに', ['contract_terms']),
                ('W', '受渡記録簿に双方が署名する', ['transfer_control']),
                ('W', '解除用のパスワードはUSBメモリを渡す日とは別の日に電話で', ['encryption', 'password_separation']),
                ('W', '鍵の掛かるキャビネットに収めて管理する', ['locked_storage']),
                ('W', '契約どおりに行われているかを実地に点検する', ['audit']),
                ('W', '紙の台帳から当該利用者の情報を消去させる', ['return_erasure']),
                ('C', 'その氏名を記した名簿を市に届け出させる', ['responsible_staff']),
                ('C', '時間帯を問わず直ちに高齢者支援課長へ連絡させ', ['incident_response']),
                ('C', '個人情報の適正な取扱いについての講習を受けさせる', ['training']),
                ('C', '入退室の記録を残させる', ['entry_control']),
                ('C', '使用するとき以外は施錠した書庫に納めさせる', ['locked_storage']),
                ('C', 'IDとパスワードによらなければログインできない', ['access_auth']),
                ('C', 'ファイアウォールにより外部のネットワークから隔て', ['network_protection']),
                ('C', 'ウイルス対策ソフトを導入し、検知パターン', ['malware_protection']),
                ('C', 'アクセスと操作の記録を保存させ、月に1回', ['logging']),
                ('C', '復元できない方法で消去させ、消去を証明する書面', ['return_erasure', 'erasure_proof']),
            ],
            'clauses': [
                ('(基本的事項)受託者は、この契約に基づく業務', ['general_duty']),
                ('(秘密の保持)受託者は', ['confidentiality']),
                ('(収集の制限)受託者は', ['collection_limit']),
                ('(目的外利用及び提供の禁止)受託者は', ['purpose_limit']),
                ('(複写及び複製の禁止)受託者は', ['copy_limit']),
                ('(再委託の禁止)受託者は', ['subcontract_limit']),
                ('(持出しの禁止)受託者は', ['takeout_limit']),
                ('(適正管理)受託者は', ['locked_storage']),
                ('(従事者の教育)受託者は', ['training']),
                ('(資料等の返還及び消去)受託者は', ['return_erasure']),
                ('(消去の証明)受託者は', ['erasure_proof']),
                ('(取扱状況の報告及び調査)市は', ['status_report', 'audit']),
                ('(事故の報告)受託者は', ['incident_response']),
                ('(契約の解除及び損害賠償)市は', ['liability']),
            ],
            'media': [('紙(利用申請書の写し、利用者台帳)', 'paper'),
                      ('受託者の受信センターに設置するサーバ', 'contractor_server'),
                      ('受信センターのオペレーター用パソコン', 'contractor_pc'),
                      ('USBメモリ(暗号化機能付きのもの', 'removable')],
            'period': ('令和4年12月1日', '令和5年3月31日'),
            'recurring_phrase': '令和5年度以降も同様の内容で委託を継続する予定',
            'legal_text': '小樽市個人情報保護条例第11条第3項',
            'traps_text': ['電子メールによる個人情報の送受信は行わない', '利用者の個人番号は取り扱わない',
                           '令和7年3月31日まで', 'ご提案は採用しないこととしました', '令和4年11月30日',
                           '総務部総務課'],
            'absent_items': ['個人番号'],
            'absent_media': ['email'],
            'not_period_end': '2025-03-31',
        },
        {   # 案件2
            'sentences': [
                ('W', '手順を事務処理要領に定め', ['work_procedure']),
                ('W', '指名した手当担当の職員に限る', ['access_control']),
                ('W', '施錠できる書庫で保管し、保存期間が過ぎたものは溶解処理', ['locked_storage', 'return_erasure']),
                ('W', '電子申請データの取扱いに関する研修を年1回', ['training']),
                ('W', 'ワンタイムパスワードによる二要素認証', ['access_auth']),
                ('W', 'インターネットに接続された結合先とは直接つながない', ['network_protection']),
                ('W', '基幹系に取り込む前に、ウイルス検査', ['malware_protection']),
                ('W', '入力を終えた時点で端末から削除する', ['return_erasure']),
                ('C', 'サービスの運用責任者を定め', ['responsible_staff']),
                ('C', '(ISMS)の認証を維持させる', ['certification']),
                ('C', 'サーバに保存するデータを暗号化させる', ['encryption']),
                ('C', '不正侵入検知・防御装置(IDS/IPS)', ['network_protection']),
                ('C', 'ログイン及び操作の履歴を1年間保存させる', ['logging']),
                ('C', '毎日バックアップを取得し', ['backup']),
                ('C', '受付から90日を経過したときにサーバから自動で消去', ['return_erasure']),
                ('C', '情報漏えい等の事故が生じたときは、直ちに市に報告させる', ['incident_response']),
                ('C', '他の事業者に再委託させない', ['subcontract_limit']),
            ],
            'clauses': [],
            'media': [('電子申請サービス「てつづきナビ」(クラウドサービス)', 'external_system'),
                      ('子育て支援課のインターネット接続系端末及び児童扶養手当システム', 'ward_system'),
                      ('審査用に出力する帳票(紙)', 'paper')],
            'period': ('令和5年1月10日', None),
            'recurring_phrase': None,
            'legal_text': '小樽市個人情報保護条例第13条第2項',
            'traps_text': ['本籍及び国籍は電子申請の入力項目とせず', '総務部情報システム課', '項目には追加しないこととしました',
                           '毎年8月に行う現況届', '児童扶養手当法第6条'],
            'absent_items': ['国籍', '本籍', '在留資格'],
            'absent_media': ['email'],
        },
    ],
    'ad2_ashikaga_2021': [
        {   # 案１
            'sentences': [
                ('W', 'サービス利用契約には個人情報の取扱いに関する特記事項を付し', ['contract_terms']),
                ('W', '介護保険課長を運用管理者、認定審査係長を運用責任者', ['responsible_staff']),
                ('W', 'タブレット端末の適正な使い方についての説明会', ['training']),
                ('W', '電子証明書による認証を必要とする', ['access_auth']),
                ('W', '当該委員が属する合議体が審査する案件に限定する', ['access_control']),
                ('W', 'ウイルス対策ソフトを導入し、基本ソフトの更新プログラム', ['malware_protection']),
                ('W', '紛失し、又は盗まれたときは、委員から直ちに介護保険課へ連絡', ['incident_response']),
                ('C', 'サーバ室への入退室を生体認証により管理させる', ['entry_control']),
                ('C', '通信経路をTLSにより暗号化し', ['encryption']),
                ('C', 'ファイアウォール及び不正侵入検知システム', ['network_protection']),
                ('C', 'サーバへのアクセス記録を取得し、1年以上保存させる', ['logging']),
                ('C', '(ISMS)の認証を取得し、維持させる', ['certification']),
                ('C', '開催日から30日を経過した後にサーバから消去させる', ['return_erasure']),
                ('C', '消去した資料の範囲と日付を記載した報告書', ['erasure_proof']),
                ('C', '情報の漏えいが疑われるときは、速やかに市へ報告させ', ['incident_response']),
            ],
            'clauses': [],
            'media': [('「しんさポート」のサーバ(クラウドサービス)', 'external_system'),
                      ('介護保険課の介護認定支援システム及び登録用端末', 'ward_system'),
                      ('委員に貸与するタブレット端末(市所有)', 'ward_system')],
            'period': ('令和4年1月4日', '令和4年3月31日'),
            'recurring_phrase': '令和4年度以降も継続して結合する',
            'legal_text': '足利市個人情報保護条例第17条第2項',
            'traps_text': ['紙の審査会資料は作成しない', '登録前にマスキングするため結合先には送信しない',
                           '令和3年12月中に職員による接続試験', '介護保険法第27条', '起案課', '総務部総務課',
                           '総合政策部デジタル推進課', '承認(意見', '案1の結合先サービスは'],
            'absent_items': [],
            'absent_subject_items': [('氏名', '審査対象者'), ('住所', '審査対象者'), ('生年月日', '審査対象者')],
            'absent_media': ['paper'],
        },
        {   # 案２
            'sentences': [
                ('W', '別紙「個人情報取扱特記事項」を添付し、受託者にその遵守を義務付ける', ['contract_terms']),
                ('W', 'パスワードは媒体を渡す日とは別の日に口頭で伝える', ['encryption', 'password_separation']),
                ('W', '持参して責任者に手渡し、受領書を徴する', ['transfer_control']),
                ('W', '個人情報の取扱状況の報告書を提出させる', ['status_report']),
                ('W', '相談記録の保管状況を実地に確認する', ['audit']),
                ('C', '個人情報の取扱責任者を選任させ', ['responsible_staff']),
                ('C', '個人情報の取扱いについての研修を受講させる', ['training']),
                ('C', '秘密を漏らさない旨の誓約書', ['confidentiality']),
                ('C', '紙ファイルは、鍵の掛かる書庫に保管させる', ['locked_storage']),
                ('C', '相談記録は事務所の外へ持ち出させず', ['takeout_limit']),
                ('C', '外部ネットワークに接続しない専用機', ['network_protection']),
                ('C', 'ユーザーIDとパスワードでなければ起動できない', ['access_auth']),
                ('C', 'セキュリティワイヤーで机に固定させる', ['device_lock']),
                ('C', '紛失等の事故が生じたときは、直ちに社会福祉課に報告させる', ['incident_response']),
                ('C', '復元できない方法で消去させ、消去証明書を提出させる', ['return_erasure', 'erasure_proof']),
            ],
            'clauses': [
                ('(基本的事項)第1条', ['general_duty']),
                ('(秘密の保持)第2条', ['confidentiality']),
                ('(収集の制限)第3条', ['collection_limit']),
                ('(目的外利用及び提供の禁止)第4条', ['purpose_limit']),
                ('(複写又は複製の禁止)第5条', ['copy_limit']),
                ('(再委託の禁止)第6条', ['subcontract_limit']),
                ('(作業場所の指定等)第7条', ['takeout_limit']),
                ('(資料等の返還等)第8条', ['return_erasure']),
                ('(取扱責任者等の届出)第9条', ['responsible_staff']),
                ('(従事者への周知及び教育)第10条', ['training']),
                ('(調査及び報告)第11条', ['audit', 'status_report']),
                ('(事故発生時における報告)第12条', ['incident_response']),
                ('(契約の解除)第13条', []),
                ('(損害賠償)第14条', ['liability']),
                ('(公表)第15条', ['publication']),
            ],
            'media': [('紙(相談受付票、支援記録)', 'paper'),
                      ('受託者の事務所に設置する相談記録用パソコン', 'contractor_pc'),
                      ('DVD-R(市が直営で受け付けた相談記録の引継ぎに限る。)', 'removable')],
            'period': ('令和3年12月1日', '令和4年3月31日'),
            'recurring_phrase': None,
            'non_recurring_phrase': '令和4年度以降の実施方法は、本年度の実績を踏まえて改めて判断する',
            'legal_text': '足利市個人情報保護条例第15条第3項',
            'traps_text': ['電子メール及びファクシミリによる個人情報のやり取りは行わない', '社会福祉法第106条の4',
                           '令和3年4月から11月までの分'],
            'absent_items': [],
            'absent_media': ['email'],
        },
    ],
}


# ------------------------------------------------------------------ checks
def more_form():
    files = sorted(glob.glob(os.path.join(MORE_GOLD, '*.json')))
    docs = [json.load(open(f, encoding='utf-8')) for f in files]
    doc_keys = list(docs[0].keys())
    matter_keys = list(docs[0]['matters'][0].keys())
    for d in docs:
        assert list(d.keys()) == doc_keys
        for m in d['matters']:
            assert list(m.keys()) == matter_keys
    return doc_keys, matter_keys


def ordered_union(lists):
    out = []
    for l in lists:
        for c in l:
            if c not in out:
                out.append(c)
    return out


def check_form(path, stem, doc_keys, matter_keys):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{path}: not json.dumps(indent=1, ensure_ascii=False) + newline')
    if list(doc.keys()) != doc_keys:
        err(f'{stem}: top-level keys {list(doc.keys())}')
    if doc.get('source') != stem:
        err(f'{stem}: source {doc.get("source")}')
    for i, m in enumerate(doc['matters'], 1):
        w = f'{stem}#{i}'
        if list(m.keys()) != matter_keys:
            err(f'{w}: keys {list(m.keys())}')
            continue
        for k in ('title', 'municipality', 'department'):
            if not isinstance(m[k], str) or not m[k] or m[k] != unicodedata.normalize('NFKC', m[k]):
                err(f'{w}: {k} must be a non-empty NFKC string')
        if m['matter_kind'] not in KINDS:
            err(f'{w}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCS:
            err(f'{w}: procedure {m["procedure"]}')
        if m['legal_basis'] is not None and not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis']):
            err(f'{w}: legal_basis {m["legal_basis"]}')
        if not (isinstance(m['divisions'], list) and m['divisions'] and all(isinstance(x, str) for x in m['divisions'])):
            err(f'{w}: divisions')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{w}: {k} {m[k]}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period_start after period_end')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring')
        if m['period_end'] is None and m['recurring'] is not None:
            err(f'{w}: start-only period must have recurring null unless a recurrence is stated (JC8)')
        if type(m['fiscal_year']) is not int:
            err(f'{w}: fiscal_year type')
        if m['council_session']:
            mo = re.fullmatch(r'令和(元|\d+)年度第\d+回', m['council_session'])
            fy = 2018 + (1 if mo.group(1) == '元' else int(mo.group(1))) if mo else None
        else:
            y, mth, _ = map(int, m['period_start'].split('-'))
            fy = y if mth >= 4 else y - 1
        if fy != m['fiscal_year']:
            err(f'{w}: fiscal_year {m["fiscal_year"]} != {fy}')
        names = []
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: data item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or re.search(r'[()（）※]', d['item']):
                err(f'{w}: item not normalised: {d["item"]}')
            names.append(d['item'])
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} data items (8-20 wanted)')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive item {s} not an item')
        if not m['sensitive_items'] or len(set(m['sensitive_items'])) >= len(set(names)):
            err(f'{w}: need both sensitive and non-sensitive items')
        if len(set(m['media'])) != len(m['media']) or not set(m['media']) <= MEDIA:
            err(f'{w}: media {m["media"]}')
        if list(m['safeguards'].keys()) != ['ward', 'contractor']:
            err(f'{w}: safeguards keys')
        for actor, cats in m['safeguards'].items():
            if len(set(cats)) != len(cats) or not set(cats) <= CATS:
                err(f'{w}: {actor} categories {cats}')
        if len(set(m['clauses'])) != len(m['clauses']) or not set(m['clauses']) <= CATS:
            err(f'{w}: clauses {m["clauses"]}')
        if m['procedure'] in ('outsourcing', 'external_link') and not m['contractor_contains']:
            err(f'{w}: contractor missing')
        if m['department'] in SECRETARIAT_DEPTS:
            err(f'{w}: department is the secretariat / a 合議 department: {m["department"]}')
    return doc


def check_doc(doc, stem):
    raw, pages = read_raw(stem)
    if raw.lstrip().startswith('<!DOCTYPE'):
        views = [norm(html_text(raw))]
    else:
        views = [norm(pdf_text(pages)), norm(pdf_band_text(glob.glob(os.path.join(ROOT, 'raw', stem + '.pdf'))[0]))]
    views += [strip_parens(v) for v in views]
    joined = views[0]

    def has(x):
        x = norm(x)
        return any(x in v for v in views)

    reads = READ[stem]
    if len(reads) != len(doc['matters']):
        err(f'{stem}: {len(doc["matters"])} matters in gold, {len(reads)} in the reading table')
    n_annex = 0
    for i, (m, r) in enumerate(zip(doc['matters'], reads), 1):
        w = f'{stem}#{i}'
        for k in ('title', 'municipality', 'department', 'contractor_contains', 'council_session'):
            if m[k] and not has(m[k]):
                err(f'{w}: {k} not in text: {m[k]}')
        for d in m['divisions']:
            if not has(d):
                err(f'{w}: division not in text: {d}')
        if not has(r['legal_text']) or not norm(r['legal_text']).endswith(m['legal_basis']):
            err(f'{w}: legal basis {m["legal_basis"]} vs {r["legal_text"]}')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{w}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{w}: subject not in text: {d["subject"]}')
        # safeguards
        for actor, key in (('W', 'ward'), ('C', 'contractor')):
            sents = [s for s in r['sentences'] if s[0] == actor]
            if not 4 <= len(sents) <= 10:
                err(f'{w}: {len(sents)} {key} sentences (4-10 wanted)')
            for _, frag, cats in sents:
                if not has(frag):
                    err(f'{w}: safeguard fragment not in text: {frag}')
                if not set(cats) <= CATS:
                    err(f'{w}: bad codes {cats}')
            union = ordered_union(c for _, _, c in sents)
            if union != m['safeguards'][key]:
                err(f'{w}: {key} gold {m["safeguards"][key]} != reading {union}')
        # clauses
        if r['clauses']:
            n_annex += 1
            if not 10 <= len(r['clauses']) <= 15:
                err(f'{w}: {len(r["clauses"])} annex articles (10-15 wanted)')
            for frag, _ in r['clauses']:
                if not has(frag):
                    err(f'{w}: clause fragment not in text: {frag}')
        cl = ordered_union(c for _, c in r['clauses'])
        if cl != m['clauses']:
            err(f'{w}: clauses gold {m["clauses"]} != reading {cl}')
        # media
        for frag, _ in r['media']:
            if not has(frag):
                err(f'{w}: medium not in text: {frag}')
        md = ordered_union([c] for _, c in r['media'])
        if md != m['media']:
            err(f'{w}: media gold {m["media"]} != reading {md}')
        for x in r.get('absent_media', []):
            if x in m['media']:
                err(f'{w}: ruled-out medium {x} in gold')
        # period
        ps, pe = r['period']
        for word, gold in ((ps, m['period_start']), (pe, m['period_end'])):
            if word is None:
                if gold is not None:
                    err(f'{w}: gold has a period date the text lacks: {gold}')
                continue
            if not has(word):
                err(f'{w}: period word not in text: {word}')
            if jp_date(word) != gold:
                err(f'{w}: period {word} -> {jp_date(word)} != gold {gold}')
        if r['recurring_phrase']:
            if not has(r['recurring_phrase']) or m['recurring'] is not True:
                err(f'{w}: recurring phrase / gold mismatch')
        elif m['period_end'] is not None and m['recurring'] is not False:
            err(f'{w}: bounded period without a recurrence statement must be recurring false (JC8)')
        if r.get('non_recurring_phrase') and not has(r['non_recurring_phrase']):
            err(f'{w}: non-recurring phrase not in text')
        if r.get('not_period_end') and m['period_end'] == r['not_period_end']:
            err(f'{w}: period follows the comment proposal, not the page body')
        # traps
        for t in r['traps_text']:
            if not has(t):
                err(f'{w}: trap text missing from the document: {t}')
        names = {d['item'] for d in m['data_items']}
        for x in r.get('absent_items', []):
            if x in names:
                err(f'{w}: ruled-out item {x} in gold')
            if not has(x):
                err(f'{w}: ruled-out item {x} not even mentioned (trap missing)')
        pairs = {(d['item'], d.get('subject')) for d in m['data_items']}
        for pair in r.get('absent_subject_items', []):
            if pair in pairs:
                err(f'{w}: ruled-out item {pair} in gold')
    if n_annex != sum(1 for m in doc['matters'] if m['clauses']):
        err(f'{stem}: annex count mismatch')
    # each title appears at least twice (heading / agenda and the 件名 row)
    for i, m in enumerate(doc['matters'], 1):
        if joined.count(norm(m['title'])) < 2:
            err(f'{stem}#{i}: title appears fewer than two times')
    return raw, pages


def check_layout(stem, raw, pages):
    if stem == 'ad1_otaru_2022':
        needed = ['id="main-content" class="wiki-content"', 'id="breadcrumbs"', 'plugin_pagetree',
                  'page-metadata-modification-info', '作成者', '最終更新日',
                  'class="plugin-tabmeta-details', 'class="confluenceTable"', 'class="confluenceTh"',
                  'class="confluenceTd"', 'confluence-information-macro-note',
                  'confluence-information-macro-information', 'confluence-information-macro-warning',
                  'class="expand-container', 'class="expand-content expand-hidden"',
                  'status-macro aui-lozenge', 'confluence-userlink', 'class="inline-task-list"',
                  'plugin_attachments_container', 'id="comments-section"', 'class="comment-thread"']
        for n in needed:
            if n not in raw:
                err(f'{stem}: Confluence marker missing: {n}')
        # the expand macro holds matter 1's measures; the annex is an <ol> after matter 2
        exp = raw[raw.index('class="expand-content'):]
        exp = exp[:exp.index('</div>\n</div>')]
        if '受渡記録簿に双方が署名' not in exp or '消去を証明する書面' not in exp:
            err(f'{stem}: expand macro does not hold matter 1 measures')
        if not (raw.index('案件2　児童扶養手当') < raw.index('（基本的事項）') < raw.index('id="comments-section"')):
            err(f'{stem}: annex placement')
        if raw.count('<li class="checked"') < 1:
            err(f'{stem}: task list has no done task')
        if raw.count('class="plugin-tabmeta-details') != 2:
            err(f'{stem}: one page-properties macro per matter expected')
    else:
        if len(pages) < 5:
            err(f'{stem}: {len(pages)} pages')
        for k, pg in enumerate(pages, 1):
            if '印刷日時：2021/10/13' not in pg or not re.search(rf'^\s*{k}\s*/\s*{len(pages)}\s*$', pg, flags=re.M):
                err(f'{stem}: page {k} lacks the system footer')
            if '文書番号：足総第1287号' not in pg:
                err(f'{stem}: page {k} lacks the system header')
        t = norm(pdf_text(pages))
        for n in ['文書管理システム', '文書番号', '起案日', '決裁日', '起案者', '起案課', '保存年限', '公開区分',
                  '区分', '職名', '氏名', '処理日時', '意見', '起案', '合議', '決裁',
                  '個人情報保護審議会への諮問について(伺い)', '下記の2件を', '諮問してよろしいか伺います',
                  '案1', '案2', '別紙', '添付ファイル']:
            if norm(n) not in t:
                err(f'{stem}: e-approval element missing: {n}')
        info = subprocess.run(['pdfinfo', glob.glob(os.path.join(ROOT, 'raw', stem + '.pdf'))[0]],
                              capture_output=True, text=True).stdout
        if 'A4' not in info:
            err(f'{stem}: not A4')


def main():
    doc_keys, matter_keys = more_form()
    n = 0
    for stem in STEMS:
        path = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(path):
            err(f'{stem}: gold missing')
            continue
        doc = check_form(path, stem, doc_keys, matter_keys)
        if len(doc['matters']) != 2:
            err(f'{stem}: {len(doc["matters"])} matters (2 wanted)')
        raw, pages = check_doc(doc, stem)
        check_layout(stem, raw, pages)
        n += len(doc['matters'])
    raws = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(ROOT, 'raw', 'ad[0-9]_*')))
    if raws != STEMS:
        err(f'raw stems {raws}')
    print(f'{len(STEMS)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
