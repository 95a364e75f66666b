#!/usr/bin/env python3
"""Self-check of the ae gold (ae1_shibata_2020, ae2_toyokawa_2023).  Standard library only;
the PDF is read with poppler's pdftotext.

1. Vocabularies are parsed from shared/spec/store.md and shared/spec/taxonomy.md; every code
   of the gold must be in them.
2. Structure: the keys, key order and JSON types of shared/corpus/more/gold/*.json; ISO dates;
   the fiscal-year rule (session if named, else FY of period_start); the file is in
   json.dumps(indent=1, ensure_ascii=False) form; sensitive items ⊆ items; 8–20 items and at
   least one sensitive item per matter; 4–10 safeguard sentences per actor.
3. Support in the raw text, restricted to the matter's own part of the document (sheet pages of
   the PDF, slides of the outline): title, municipality, department, divisions, contractor,
   legal basis, session, every item and subject, a word for every medium, the period text
   (converted from the era date and compared with the gold dates), the recurrence sentence,
   every safeguard sentence and clause article (EVIDENCE below, whose ordered code union must
   equal the gold lists), the clause count, and the traps (ruled-out items and media exist in
   the text and are absent from the gold).
Exit status 1 on any failure."""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SPEC = '/work/shared/spec'
REF_GOLD = '/work/shared/corpus/more/gold'
STEMS = ['ae1_shibata_2020', 'ae2_toyokawa_2023']

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ vocabularies from the spec
def backticked(line):
    return re.findall(r'`([a-z_]+)`', line)


def vocabularies():
    store = open(os.path.join(SPEC, 'store.md'), encoding='utf-8').read()
    tax = open(os.path.join(SPEC, 'taxonomy.md'), encoding='utf-8').read()
    kinds = procs = media = None
    section = ''
    for line in store.splitlines():
        if line.startswith('## '):
            section = line
        if line.startswith('| matter_kind |'):
            kinds = set(backticked(line))
        if line.startswith('| procedure |'):
            procs = set(backticked(line))
        if section.startswith('## media') and line.startswith('| category |'):
            media = set(backticked(line))
    codes = set()
    for line in tax.splitlines():
        m = re.match(r'^\| ([a-z_]+) \| [^|]+ \| (organizational|human|physical|technical|clause) \|', line)
        if m:
            codes.add(m.group(1))
    actors = set(re.findall(r'`(ward|contractor)`', tax))
    if not (kinds and procs and media and len(codes) == 33 and actors == {'ward', 'contractor'}):
        err(f'could not parse the spec vocabularies: {kinds} {procs} {media} {len(codes)} {actors}')
    return kinds, procs, media, codes


KINDS, PROCS, MEDIA, CODES = vocabularies()


# ------------------------------------------------------------------ evidence
# Per matter: the sentences (shortened to a distinctive run as it appears in the text) and
# their codes, the period text, media words, clause articles and traps.
EVIDENCE = {
    'ae1_shibata_2020#1': dict(
        period=('令和２年１１月１日から令和３年３月３１日まで',),
        recurring='令和３年度以降も同じ内容で継続する予定',
        media=[('paper', '紙（利用者台帳、配達票）'), ('removable', 'ＵＳＢメモリ'),
               ('contractor_pc', '受託者事務所のパソコン')],
        not_media=[('email', '電子メールによる名簿の送付は行わない')],
        not_items=['個人番号', '所得の額'],
        not_divisions=['総務課', '地域包括支援センター'],
        ward=[('契約書に個人情報取扱特記事項を添え', ['contract_terms']),
              ('受領者の署名を得た授受記録簿で引渡しを確かめる', ['transfer_control']),
              ('予告なしに受託者の事務所を訪れ、台帳の保管状況を点検する', ['audit']),
              ('紙の資料を全て市へ戻させ、市が溶解処理する', ['return_erasure']),
              ('ＵＳＢメモリは暗号化機能付きのものを用い、解除用のパスワードは名簿とは別の日に電話で伝える',
               ['encryption', 'password_separation']),
              ('高齢福祉課の担当職員の権限に限って行えるよう設定する', ['access_control'])],
        contractor=[('個人情報管理責任者と配達従事者をあらかじめ決め、その一覧を市に届け出る', ['responsible_staff']),
                    ('個人情報の扱い方についての講習を受けさせる', ['training']),
                    ('事務所内の鍵付き保管庫に収める', ['locked_storage']),
                    ('配達票を事務所の外へ持ち出すのは、その日に配達する分に限る', ['takeout_limit']),
                    ('市から受け取ったデータを、他の記録媒体に写してはならない', ['copy_limit']),
                    ('外部のネットワークから切り離した専用機とし、起動時にＩＤとパスワードによる認証を行う',
                     ['network_protection', 'access_auth']),
                    ('ＥＤＲを導入し、検知用の定義情報を常に最新に保つ', ['malware_protection']),
                    ('配達票の紛失その他の事故が起きたときは、直ちに市へ報告し', ['incident_response']),
                    ('復元できない方法で消し、消去したことを書面で市に届け出る',
                     ['return_erasure', 'erasure_proof'])],
        clauses=[],
        clause_absent='本資料では添付を省略',
        traps=['平成29年度第２回審議会', '総務課 佐藤', '########', '再委託に当たらないか',
               'ウイルス対策ソフトの一種'],
    ),
    'ae1_shibata_2020#2': dict(
        period=('令和３年１月１２日',),
        recurring=None,
        media=[('external_system', '結合先のクラウドサーバ'),
               ('ward_system', '市が委員に貸与するタブレット端末'),
               ('ward_system', '介護保険課の資料登録用パソコン')],
        not_media=[('paper', '紙の審査会資料は令和３年１月から作成・郵送しない'),
                   ('removable', 'ＵＳＢメモリ等の外部記録媒体も使いません')],
        not_items=['被保険者番号', '住所'],
        not_divisions=['総務課'],
        ward=[('端末と資料の取扱い方法を説明し、守秘義務を確認する書面に署名してもらう',
               ['training', 'confidentiality']),
              ('審査会の会場から持ち出させず、会議終了後に回収して介護保険課の施錠できる保管庫に保管する',
               ['takeout_limit', 'locked_storage']),
              ('情報の漏えいが疑われるときの連絡先と対応手順を', ['incident_response']),
              ('ログイン時にはパスワードとワンタイムパスワードの両方を求める', ['access_auth']),
              ('所属する合議体の当日分に限る設定とし、会議終了後は閲覧権限を自動で外す', ['access_control']),
              ('結合はＬＧＷＡＮ回線に限り、インターネット側からは接続できない構成とする', ['network_protection']),
              ('閲覧の操作記録を結合先から毎月取り寄せ、係長が内容を確認する', ['logging'])],
        contractor=[('情報セキュリティマネジメントシステム（ＩＳＭＳ）の認証を取得している', ['certification']),
                    ('サーバ室へは生体認証で許可された者しか入れず、入室の記録が残される', ['entry_control']),
                    ('通信は暗号化され、保存される資料データも暗号化した状態で保管される', ['encryption']),
                    ('ウイルス対策ソフトによる監視を行い、ＯＳ及びソフトウェアの更新を定期的に適用する',
                     ['malware_protection']),
                    ('別の拠点にあるサーバへバックアップされる', ['backup']),
                    ('担当者以外はデータベースを操作できないよう権限を設定している', ['access_control']),
                    ('障害やセキュリティ事故の発生時は、直ちに市へ連絡する体制を整えている', ['incident_response']),
                    ('市のデータを全て消去し、消去証明書を市に提出する', ['return_erasure', 'erasure_proof'])],
        clauses=[],
        clause_absent=None,
        traps=['介護保険法第27条', '2020/10/2', 'ＬＧＷＡＮ－ＡＳＰ', '株式会社北越メディカルリンク',
               '自宅でタブレットを使うことは', '紙資料と併用して試行'],
    ),
    'ae2_toyokawa_2023#1': dict(
        period=('令和5年10月1日から令和6年3月31日まで',),
        recurring='令和6年度以降も同様の内容で委託する予定',
        media=[('paper', '利用申請書、ケア記録票'), ('contractor_pc', '受託者の施設に置くパソコン'),
               ('ward_system', '市の母子保健システム')],
        not_media=[('email', '電子メールによる個人情報のやり取りは行わない')],
        not_items=['個人番号', '勤務先'],
        not_divisions=['行政課'],
        ward=[('委託契約書に「個人情報取扱特記事項」を付け', ['contract_terms']),
              ('職員が受託者に直接手渡し、引渡し簿に双方が記名する', ['transfer_control']),
              ('受託者の施設を訪れ、ケア記録票の保管状況を実地で確かめる', ['audit']),
              ('帳票出力機能は、母子保健係の職員の権限でのみ使えるよう設定する', ['access_control']),
              ('出力した帳票はプリンタに放置せず、出力した枚数を記録簿に残す', ['print_control'])],
        contractor=[('個人情報の管理責任者を置き、ケアに当たる助産師等の名簿を市に提出する', ['responsible_staff']),
                    ('個人情報保護の研修を受けさせる', ['training']),
                    ('紛失や漏えいなどの事故が起きたときは、すぐに保健センターへ報告する', ['incident_response']),
                    ('ケア記録票は施錠できるキャビネットに入れ、施設の外へは持ち出さない',
                     ['locked_storage', 'takeout_limit']),
                    ('記録を市へ返し、パソコンのデータは消去して消去証明書を提出する',
                     ['return_erasure', 'erasure_proof']),
                    ('入力用パソコンはパスワードでログインし、利用者のデータはファイルごとに暗号化する',
                     ['access_auth', 'encryption']),
                    ('ウイルス対策ソフトを導入し、定義ファイルを自動で更新する', ['malware_protection']),
                    ('パソコンの操作ログを保存し、責任者が月末に確認する', ['logging'])],
        clauses=[('第1条（基本的事項）', ['general_duty']),
                 ('第2条（秘密の保持）', ['confidentiality']),
                 ('第3条（取得の制限）', ['collection_limit']),
                 ('第4条（目的外利用及び提供の禁止）', ['purpose_limit']),
                 ('第5条（再委託の禁止）', ['subcontract_limit']),
                 ('第6条（複写及び複製の禁止）', ['copy_limit']),
                 ('第7条（持出しの禁止）', ['takeout_limit']),
                 ('第8条（安全管理措置）', ['locked_storage']),
                 ('第9条（管理責任者及び従事者）', ['responsible_staff', 'training']),
                 ('第10条（事故発生時の報告）', ['incident_response']),
                 ('第11条（資料等の返還等）', ['return_erasure', 'erasure_proof']),
                 ('第12条（調査及び報告）', ['status_report', 'audit']),
                 ('第13条（契約の解除及び損害賠償）', ['liability']),
                 ('第14条（違反の公表）', ['publication'])],
        clause_absent=None,
        traps=['令和3年度から市の直営で試行', '利用申請の受付開始は令和5年9月15日', '第15条（協議）は省略'],
    ),
    'ae2_toyokawa_2023#2': dict(
        period=('令和6年1月4日から令和8年3月31日まで',),
        recurring=None,
        media=[('paper', '申込書、収集カード'), ('contractor_server', '受託者のクラウド型収集管理システム'),
               ('contractor_pc', '収集作業員が携行するタブレット端末（受託者所有）'),
               ('removable', 'CD-R（市から受託者へ申込者データを渡すとき）')],
        not_media=[('removable', 'USBメモリは使用しない')],
        not_items=['病名', '障害の具体的な内容'],
        not_divisions=['介護高齢課', '福祉課', '行政課'],
        ward=[('仕様書及び契約書に、市の特記事項を守る義務を明記する', ['contract_terms']),
              ('業務開始前に受託者の作業マニュアルを確認し', ['work_procedure']),
              ('四半期ごとに個人情報の取扱状況を書面で報告させる', ['status_report']),
              ('受託者の事業所に立ち入り、管理の状況を調べる', ['audit']),
              ('CD-Rは職員が受託者に手渡しし、受渡簿に日時と受領者を記録する', ['transfer_control']),
              ('CD-Rのデータは暗号化し、解除パスワードはCD-Rとは別の日に電話で知らせる',
               ['encryption', 'password_separation'])],
        contractor=[('業務責任者と収集作業員を指定し、名簿を市に提出する', ['responsible_staff']),
                    ('プライバシーマークを取得しており', ['certification']),
                    ('申込者の家庭の事情を口外しない旨の誓約書を取る', ['confidentiality']),
                    ('収集カードの紛失などの事故があったときは、直ちに清掃事業課へ報告する', ['incident_response']),
                    ('ログインは作業員ごとのIDと二要素認証で行う', ['access_auth']),
                    ('作業員が閲覧できるのは、担当ルートの申込者の分に限る', ['access_control']),
                    ('アクセス記録を1年間保存し、不審な操作がないか毎月確認する', ['logging']),
                    ('業務終了後に事業所内の鍵のかかる保管庫へ戻す', ['locked_storage']),
                    ('契約終了時は全データを消去し、消去証明書を市に提出する', ['return_erasure', 'erasure_proof'])],
        clauses=[],
        clause_absent=None,
        traps=['個人情報保護法第129条', '介護高齢課・福祉課の窓口でも受け付け', '令和5年12月28日で終了',
               '事務局：総務部 行政課'],
    ),
}

# where each matter's part of the document starts and ends (PDF: pages; text: marker lines)
SCOPES = {
    'ae1_shibata_2020#1': ('pages', 1, 3),
    'ae1_shibata_2020#2': ('pages', 4, 6),
    'ae2_toyokawa_2023#1': ('marks', '【報告1】概要', '【諮問1】概要'),
    'ae2_toyokawa_2023#2': ('marks', '【諮問1】概要', None),
}


# ------------------------------------------------------------------ text
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


def pdftotext(path, first, last, crop=None):
    cmd = ['pdftotext', '-layout', '-f', str(first), '-l', str(last)]
    if crop:
        x, w = crop
        cmd += ['-x', str(x), '-y', '0', '-W', str(w), '-H', '842']
    return subprocess.run(cmd + [path, '-'], check=True, capture_output=True).stdout.decode('utf-8')


def pdf_pages(path):
    out = subprocess.run(['pdfinfo', path], check=True, capture_output=True).stdout.decode()
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))


def raw_path(stem):
    c = glob.glob(os.path.join(ROOT, 'raw', stem + '.*'))
    if len(c) != 1:
        err(f'{stem}: raw file not found uniquely: {c}')
        return None
    return c[0]


def read_text(path):
    b = open(path, 'rb').read()
    if path.endswith('.txt'):
        if not b.startswith(b'\xff\xfe'):
            err(f'{path}: no UTF-16 LE BOM')
        t = b[2:].decode('utf-16-le')
        if re.search(r'(?<!\r)\n', t):
            err(f'{path}: bare LF line ends')
        for ln in t.split('\r\n'):
            if ln and not re.fullmatch(r'\t{0,3}[^\t]+', ln):
                err(f'{path}: line is not 0–3 tabs + text: {ln!r}')
        return t
    return None


def matter_texts(stem, n_matters):
    """Return per matter: list of normalised texts in which to search."""
    p = raw_path(stem)
    if not p:
        return [[''] for _ in range(n_matters)]
    out = []
    if p.endswith('.pdf'):
        total = pdf_pages(p)
        for i in range(1, n_matters + 1):
            kind, a, b = SCOPES[f'{stem}#{i}']
            if b > total:
                err(f'{stem}: scope page {b} > {total}')
            full = pdftotext(p, a, b)
            # value column of the form only (x ≥ 63 mm), so that wrapped cells join up
            val = pdftotext(p, a, b, crop=(180, 595 - 180 - 45))
            out.append([norm(full), norm(val)])
        return out
    t = read_text(p)
    whole = norm(t)
    for i in range(1, n_matters + 1):
        kind, a, b = SCOPES[f'{stem}#{i}']
        s = t.index(a)
        e = t.index(b) if b else len(t)
        out.append([norm(t[s:e]), whole])   # own slides first; whole deck for the session
    return out


# ------------------------------------------------------------------ dates
def era(s):
    s = unicodedata.normalize('NFKC', s)
    m = re.fullmatch(r'(令和|平成)(元|\d+)年(\d+)月(\d+)日', s)
    n = 1 if m.group(2) == '元' else int(m.group(2))
    y = (2018 if m.group(1) == '令和' else 1988) + n
    return f'{y:04d}-{int(m.group(3)):02d}-{int(m.group(4)):02d}'


def period_from_text(s):
    dates = re.findall(r'(?:令和|平成)(?:元|\d+)年\d+月\d+日', unicodedata.normalize('NFKC', s))
    dates = [era(d) for d in dates]
    return (dates + [None, None])[:2]


# ------------------------------------------------------------------ checks
def ordered_union(pairs):
    out = []
    for _, codes in pairs:
        for c in codes:
            if c not in out:
                out.append(c)
    return out


def check(path, ref_doc_keys, ref_matter_keys, ref_matter):
    raw = open(path, encoding='utf-8').read()
    doc = json.loads(raw)
    stem = os.path.splitext(os.path.basename(path))[0]
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc) != ref_doc_keys:
        err(f'{stem}: top-level keys {list(doc)}')
    if doc['source'] != stem:
        err(f'{stem}: source {doc["source"]}')
    if len(doc['matters']) != 2:
        err(f'{stem}: expected two matters')
    texts = matter_texts(stem, len(doc['matters']))
    for i, m in enumerate(doc['matters'], 1):
        where = f'{stem}#{i}'
        ev = EVIDENCE[where]
        T = texts[i - 1]

        def has(x):
            x = norm(x)
            return any(x in t or x in strip_parens(t) for t in T)

        # ---- structure
        if list(m) != ref_matter_keys:
            err(f'{where}: keys {list(m)}')
            continue
        for k, v in m.items():
            rv = ref_matter[k]
            if v is not None and rv is not None and type(v) is not type(rv):
                err(f'{where}: {k} type {type(v).__name__} != {type(rv).__name__}')
        if m['matter_kind'] not in KINDS:
            err(f'{where}: matter_kind {m["matter_kind"]}')
        if m['procedure'] not in PROCS:
            err(f'{where}: procedure {m["procedure"]}')
        if not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis'] or ''):
            err(f'{where}: legal_basis {m["legal_basis"]}')
        for k in ('title', 'municipality', 'department', 'council_session'):
            if m[k] != unicodedata.normalize('NFKC', m[k]) or re.search(r'\s', m[k]):
                err(f'{where}: {k} not normalised')
        for k in ('period_start', 'period_end'):
            if m[k] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m[k]):
                err(f'{where}: {k} {m[k]}')
        if m['recurring'] not in (True, False, None):
            err(f'{where}: recurring')
        if m['period_end'] is None and m['recurring'] is not None:
            err(f'{where}: start-only period must have recurring null (call 8)')
        if m['period_end'] is not None and m['recurring'] is None:
            err(f'{where}: bounded period must have recurring true/false (call 8)')
        mo = re.fullmatch(r'(令和|平成)(元|\d+)年度第(\d+)回', m['council_session'] or '')
        if not mo:
            err(f'{where}: session {m["council_session"]}')
        else:
            fy = (2018 if mo.group(1) == '令和' else 1988) + (1 if mo.group(2) == '元' else int(mo.group(2)))
            if fy != m['fiscal_year']:
                err(f'{where}: fiscal_year {m["fiscal_year"]} != session FY {fy}')
        names = [d['item'] for d in m['data_items']]
        for d in m['data_items']:
            if list(d) not in (['item'], ['item', 'subject']):
                err(f'{where}: item keys {list(d)}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']) or re.search(r'[()（）※]', d['item']):
                err(f'{where}: item not normalised: {d["item"]}')
        if not 8 <= len(names) <= 20:
            err(f'{where}: {len(names)} items (want 8–20)')
        if not m['sensitive_items']:
            err(f'{where}: no sensitive item')
        if len(m['sensitive_items']) >= len(set(names)):
            err(f'{where}: no non-sensitive look-alikes')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{where}: sensitive item {s} not an item')
        for x in m['media']:
            if x not in MEDIA:
                err(f'{where}: medium {x}')
        if len(set(m['media'])) != len(m['media']):
            err(f'{where}: duplicate media')
        if list(m['safeguards']) != ['ward', 'contractor']:
            err(f'{where}: safeguard keys')
        for actor in ('ward', 'contractor'):
            cats = m['safeguards'][actor]
            if len(set(cats)) != len(cats):
                err(f'{where}: duplicate {actor} codes')
            for c in cats:
                if c not in CODES:
                    err(f'{where}: {actor} code {c} not in taxonomy')
        for c in m['clauses']:
            if c not in CODES:
                err(f'{where}: clause code {c}')
        if m['procedure'] in ('outsourcing', 'external_link') and not m['contractor_contains']:
            err(f'{where}: contractor missing')

        # ---- support in the matter's own text
        for k in ('title', 'municipality', 'department', 'contractor_contains', 'legal_basis'):
            if m[k] and not has(m[k]):
                err(f'{where}: {k} not in text: {m[k]}')
        if m['municipality'] + '個人情報' not in ''.join(T):
            err(f'{where}: municipality not named with its council/ordinance')
        for d in m['divisions']:
            if not has(d):
                err(f'{where}: division not in text: {d}')
        if not has(m['council_session']):
            err(f'{where}: session not in text')
        for d in m['data_items']:
            if not has(d['item']):
                err(f'{where}: item not in text: {d["item"]}')
            if 'subject' in d and not has(d['subject']):
                err(f'{where}: subject not in text: {d["subject"]}')
        # period
        ptxt = ev['period'][0]
        if not has(ptxt):
            err(f'{where}: period text not in text: {ptxt}')
        start, end = period_from_text(ptxt)
        if (start, end) != (m['period_start'], m['period_end']):
            err(f'{where}: period {m["period_start"]}..{m["period_end"]} != text {start}..{end}')
        if ev['recurring']:
            if not has(ev['recurring']):
                err(f'{where}: recurrence sentence not in text')
            if m['recurring'] is not True:
                err(f'{where}: recurrence stated but gold recurring is {m["recurring"]}')
        elif m['recurring'] is True:
            err(f'{where}: recurring true without a sentence')
        # media
        cats = []
        for cat, word in ev['media']:
            if not has(word):
                err(f'{where}: media word not in text: {word}')
            if cat not in cats:
                cats.append(cat)
        if cats != m['media']:
            err(f'{where}: media {m["media"]} != evidence {cats}')
        for cat, word in ev['not_media']:
            if not has(word):
                err(f'{where}: ruled-out medium not in text: {word}')
            if cat in m['media'] and cat not in [c for c, _ in ev['media']]:
                err(f'{where}: ruled-out medium {cat} in gold')
        for w in ev['not_divisions']:
            if not has(w):
                err(f'{where}: decoy division not in text: {w}')
            if w in m['divisions']:
                err(f'{where}: decoy division {w} is in the gold')
        for w in ev['not_items']:
            if not has(w):
                err(f'{where}: ruled-out item word not in text: {w}')
            if w in names:
                err(f'{where}: ruled-out item {w} is in the gold')
        # safeguards
        for actor in ('ward', 'contractor'):
            pairs = ev[actor]
            if not 4 <= len(pairs) <= 10:
                err(f'{where}: {len(pairs)} {actor} sentences (want 4–10)')
            for s, codes in pairs:
                if not has(s):
                    err(f'{where}: {actor} sentence not in text: {s}')
                for c in codes:
                    if c not in CODES:
                        err(f'{where}: evidence code {c}')
            if ordered_union(pairs) != m['safeguards'][actor]:
                err(f'{where}: {actor} {m["safeguards"][actor]} != evidence {ordered_union(pairs)}')
        # clauses
        if ev['clauses']:
            if not 10 <= len(ev['clauses']) <= 15:
                err(f'{where}: {len(ev["clauses"])} clause articles (want 10–15)')
            arts = set(re.findall(r'第(\d+)条\(', T[0]))
            evn = {re.match(r'第(\d+)条', norm(x)).group(1) for x, _ in ev['clauses']}
            if len(evn) != len(ev['clauses']) or not evn <= arts:
                err(f'{where}: annex articles in text {sorted(arts, key=int)} vs evidence {sorted(evn, key=int)}')
            for a in arts - evn:
                if not re.search(f'第{a}条\\([^)]*\\)は省略', T[0]):
                    err(f'{where}: article {a} is in the text but neither in the evidence nor marked 省略')
            for s, _ in ev['clauses']:
                if not has(s):
                    err(f'{where}: clause article not in text: {s}')
        if ordered_union(ev['clauses']) != m['clauses']:
            err(f'{where}: clauses {m["clauses"]} != evidence {ordered_union(ev["clauses"])}')
        if ev['clause_absent'] and not has(ev['clause_absent']):
            err(f'{where}: note that the annex is not attached is missing')
        for t in ev['traps']:
            if not has(t):
                err(f'{where}: trap not in text: {t}')
    return doc


def main():
    ref = json.load(open(sorted(glob.glob(os.path.join(REF_GOLD, '*.json')))[0], encoding='utf-8'))
    ref_doc_keys, ref_matter_keys, ref_matter = list(ref), list(ref['matters'][0]), ref['matters'][0]
    # reference types: take a non-null example of each key across the more/ gold
    for p in sorted(glob.glob(os.path.join(REF_GOLD, '*.json'))):
        for m in json.load(open(p, encoding='utf-8'))['matters']:
            if list(m) != ref_matter_keys:
                err(f'reference gold {p} has other keys')
            for k, v in m.items():
                if ref_matter[k] is None and v is not None:
                    ref_matter = dict(ref_matter, **{k: v})
    n = 0
    for stem in STEMS:
        p = os.path.join(ROOT, 'gold', stem + '.json')
        if not os.path.exists(p):
            err(f'{stem}: gold missing')
            continue
        doc = check(p, ref_doc_keys, ref_matter_keys, ref_matter)
        n += len(doc['matters'])
    print(f'{len(STEMS)} gold files, {n} matters checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
