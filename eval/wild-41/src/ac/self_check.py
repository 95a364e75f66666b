#!/usr/bin/env python3
"""Self-check of the wild-41 'ac' documents and gold (ac1_tsuchiura_2022, ac2_ise_2021).

Structure: key order and JSON types of shared/corpus/more/gold; spec vocabularies; ISO dates;
fiscal-year rule; sensitive ⊆ items; gold safeguards/clauses equal to the lists derived from the
sentence and article tables of make_gold.py; counts (8–20 items, 4–10 sentences per actor,
10–15 annex articles).

Support in the raw text (NFKC, whitespace removed, parenthesised qualifiers stripped):
  ac1 (PDF, read with pdftotext): every value must be in the 変更後 column (the page cropped to
      that column), the session and titles on the cover; each subject's item list must equal
      the gold list exactly; the traps (old contractor, old period, removed item and media,
      removed safeguards) must be in the 変更前 column and NOT in the 変更後 column; the annex
      must have exactly the articles of make_gold.py, in order, numbered 1..n.
  ac2 (mail text): UTF-8, CRLF only, RFC 2822 headers; every value must be in the message
      body above the quoted part; the box table is re-joined per row; the quoted draft must
      hold the draft period and the removed item, and the message itself must not.
Exit status 1 on any failure."""
import email.utils
import json
import os
import re
import subprocess
import sys
import unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import make_gold  # noqa: E402

REF_GOLD = '/work/shared/corpus/more/gold/h03_suginami_2020.json'
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
STEMS = ['ac1_tsuchiura_2022', 'ac2_ise_2021']

errors = []


def err(msg):
    errors.append(msg)


def norm(t):
    t = unicodedata.normalize('NFKC', t)
    return re.sub(r'\s+', '', t)


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def reiwa(iso):
    y, m, d = map(int, iso.split('-'))
    return f'令和{y - 2018}年{m}月{d}日'


# ------------------------------------------------------------------ per-matter expectations
# subject markers and the end marker of the item list (in the normalised text)
GROUPS = {
    ('ac1_tsuchiura_2022', 0): ([('利用者', '【利用者】'), ('緊急連絡先', '【緊急連絡先】')], 'クラウドサービス'),
    ('ac1_tsuchiura_2022', 1): ([('調査対象者', '【調査対象者】'), ('介護者', '【介護者】')], '紙'),
    ('ac2_ise_2021', 0): ([('養育者', '・養育者:'), ('児童', '・児童:'), ('世帯', '・世帯:')], '【記録媒体】'),
    ('ac2_ise_2021', 1): ([('受給者', '【受給者】'), ('保護者', '【保護者】')], '【記録媒体】'),
}
# media words (category -> word in the media section), words that must be ruled out there,
# and (for ac1) trap media that may only be in the 変更前 column
MEDIA_WORDS = {
    ('ac1_tsuchiura_2022', 0): ({'external_system': 'クラウドサービス(株式会社ノースブリッジが提供する配食管理サービス「みまもりミール」)',
                                 'contractor_pc': '受託者のタブレット端末'}, [], ['紙(配達台帳)', '受託者の事務所のパソコン']),
    ('ac1_tsuchiura_2022', 1): ({'paper': '紙(認定調査票', 'ward_system': '市が貸与するノートパソコン'},
                                ['USBメモリその他の外部記録媒体は使用しない'], []),
    ('ac2_ise_2021', 0): ({'paper': '・紙(訪問記録票、支援計画書の写し)', 'contractor_pc': '・受託者の事務所に設置するパソコン'},
                          ['個人情報を電子メールで送受信することはいたしません'], []),
    ('ac2_ise_2021', 1): ({'ward_system': '・医療助成課の専用端末(福祉医療システム)',
                           'external_system': '・福祉医療費審査支払システム(国保連のサーバ)'},
                          ['CD-Rで行っていた国保連とのデータの受渡しは、回線結合の開始後は行いません'], []),
}
# ac1 traps: strings that must be in the 変更前 column and not in the 変更後 column
AC1_TRAPS = {
    0: ['霞ヶ浦ふれあい会', '令和2年10月1日から令和4年9月30日まで', '氏名、続柄、電話番号、勤務先',
        '配達台帳は、受託者の事業所内の施錠できる書庫に保管させる。',
        '受託者の事務所のパソコンは、インターネットその他の外部の回線に接続させない。',
        '配達台帳は、担当職員が受託者の事業所に持参して責任者に手渡し、受渡記録簿に受領者の署名を得る。'],
    1: ['令和4年4月1日から令和4年9月30日まで(試行実施)'],
}


# ------------------------------------------------------------------ structure
def check_structure(stem, doc):
    ref = json.load(open(REF_GOLD, encoding='utf-8'))
    raw = open(os.path.join(ROOT, 'gold', stem + '.json'), encoding='utf-8').read()
    if raw != json.dumps(doc, ensure_ascii=False, indent=1) + '\n':
        err(f'{stem}: gold not in json.dumps(indent=1, ensure_ascii=False) form')
    if list(doc.keys()) != list(ref.keys()):
        err(f'{stem}: top-level keys differ from the reference gold')
    if doc['source'] != stem:
        err(f'{stem}: source {doc["source"]}')
    rm = ref['matters'][0]
    exp = make_gold.MATTERS[stem]
    if len(doc['matters']) != len(exp) or len(doc['matters']) != 2:
        err(f'{stem}: {len(doc["matters"])} matters')
    for i, m in enumerate(doc['matters']):
        w = f'{stem}#{i + 1}'
        if list(m.keys()) != list(rm.keys()):
            err(f'{w}: keys {list(m.keys())}')
            continue
        for k in ('title', 'municipality', 'department'):
            if not isinstance(m[k], str) or not m[k]:
                err(f'{w}: {k} empty')
            if m[k] != unicodedata.normalize('NFKC', m[k]):
                err(f'{w}: {k} not NFKC')
        if m['matter_kind'] not in KINDS or m['procedure'] not in PROCEDURES:
            err(f'{w}: kind/procedure vocabulary')
        if not re.fullmatch(r'第\d+条(第\d+項)?(第\d+号)?', m['legal_basis'] or ''):
            err(f'{w}: legal_basis form {m["legal_basis"]}')
        for k in ('period_start', 'period_end'):
            v = m[k]
            if v is not None:
                try:
                    date.fromisoformat(v)
                except ValueError:
                    err(f'{w}: {k} {v}')
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            err(f'{w}: period order')
        if m['recurring'] not in (True, False, None):
            err(f'{w}: recurring')
        if m['period_end'] is None and m['recurring'] is False:
            err(f'{w}: recurring false without end')
        mo = re.fullmatch(r'令和(\d+)年度第(\d+)回', m['council_session'] or '')
        if not mo:
            err(f'{w}: session form')
        elif 2018 + int(mo.group(1)) != m['fiscal_year']:
            err(f'{w}: fiscal_year {m["fiscal_year"]} != session year')
        names = [d['item'] for d in m['data_items']]
        for d in m['data_items']:
            if list(d.keys()) not in (['item'], ['item', 'subject']):
                err(f'{w}: item keys {list(d.keys())}')
            if d['item'] != unicodedata.normalize('NFKC', d['item']):
                err(f'{w}: item not NFKC {d["item"]}')
        if not 8 <= len(names) <= 20:
            err(f'{w}: {len(names)} data items (want 8–20)')
        if not m['sensitive_items']:
            err(f'{w}: no sensitive items')
        for s in m['sensitive_items']:
            if s not in names:
                err(f'{w}: sensitive {s} not an item')
        if len(set(m['sensitive_items'])) == len(set(names)):
            err(f'{w}: every item sensitive; look-alikes missing')
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
                    err(f'{w}: {actor} code {c}')
            if len(set(cats)) != len(cats):
                err(f'{w}: duplicate {actor} codes')
        # derived lists
        e = exp[i]
        g = make_gold.gold_matter(e)
        if g != m:
            err(f'{w}: gold differs from make_gold.py tables')
        for actor in ('ward', 'contractor'):
            n = sum(1 for a, _, _ in e['sentences'] if a == actor)
            if not 4 <= n <= 10:
                err(f'{w}: {n} {actor} sentences (want 4–10)')
        if e['annex'] and not 10 <= len(e['annex']) <= 15:
            err(f'{w}: annex of {len(e["annex"])} articles')


# ------------------------------------------------------------------ ac1 (PDF)
AFTER_X, AFTER_W = 116, 343      # 変更後 column of the landscape pages (pt)
BEFORE_X, BEFORE_W = 459, 344    # 変更前 column


def pdftext(path, page, crop=None):
    cmd = ['pdftotext', '-f', str(page), '-l', str(page)]
    if crop:
        x, wdt = crop
        cmd += ['-x', str(x), '-y', '0', '-W', str(wdt), '-H', '600']
    cmd += [path, '-']
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def pdfpages(path):
    out = subprocess.run(['pdfinfo', '-f', '1', '-l', '99', path], check=True, capture_output=True,
                         text=True).stdout
    return [(float(a), float(b)) for a, b in re.findall(r'Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)', out)]


def item_groups(text, groups, end):
    """Return {subject: [items]} from text (normalised, parens stripped)."""
    markers = [mk for _, mk in groups]
    res = {}
    for subj, mk in groups:
        lst = []
        for mo in re.finditer(re.escape(mk), text):
            start = mo.end()
            stop = len(text)
            for other in markers + [end]:
                j = text.find(other, start)
                if j != -1 and j < stop:
                    stop = j
            seg = text[start:stop].strip('・')
            lst += [x for x in seg.split('、') if x]
        res[subj] = lst
    return res


def check_matter_text(stem, i, m, text, plain):
    """text: normalised text holding the matter's current facts; plain: same, parens stripped."""
    w = f'{stem}#{i + 1}'
    for k in ('title', 'legal_basis', 'department', 'contractor_contains'):
        if m[k] and m[k] not in text:
            err(f'{w}: {k} not in text: {m[k]}')
    for d in m['divisions']:
        if d not in text:
            err(f'{w}: division not in text: {d}')
    if m['period_start'] and reiwa(m['period_start']) not in text:
        err(f'{w}: period start {reiwa(m["period_start"])} not in text')
    if m['period_end'] and reiwa(m['period_end']) not in text:
        err(f'{w}: period end {reiwa(m["period_end"])} not in text')
    groups, end = GROUPS[(stem, i)]
    got = item_groups(plain, groups, end)
    for subj, _ in groups:
        want = [d['item'] for d in m['data_items'] if d.get('subject') == subj]
        if got.get(subj) != want:
            err(f'{w}: items of {subj}: text {got.get(subj)} != gold {want}')
    words, ruled, _ = MEDIA_WORDS[(stem, i)]
    if sorted(words) != sorted(m['media']):
        err(f'{w}: media words {sorted(words)} != gold {sorted(m["media"])}')
    for cat, word in words.items():
        if word not in text:
            err(f'{w}: medium word not in text: {word}')
    for r in ruled:
        if r not in text:
            err(f'{w}: ruled-out medium sentence not in text: {r}')
    e = make_gold.MATTERS[stem][i]
    last_ward, first_con = -1, len(text)
    for actor, s, _ in e['sentences']:
        j = text.find(norm(s))
        if j == -1:
            err(f'{w}: safeguard sentence not in text: {s}')
            continue
        if actor == 'ward':
            last_ward = max(last_ward, j)
        else:
            first_con = min(first_con, j)
    if last_ward > first_con:
        err(f'{w}: a ward sentence stands after a contractor sentence')


def check_annex(w, text, articles, pattern):
    found = re.findall(pattern, text)
    heads = [h for h, _ in found]
    nums = [int(n) for _, n in found]
    want = [h for h, _ in articles]
    if heads != want:
        err(f'{w}: annex headings {heads} != {want}')
    if nums != list(range(1, len(nums) + 1)):
        err(f'{w}: annex numbering {nums}')


def check_ac1(doc):
    stem = 'ac1_tsuchiura_2022'
    path = os.path.join(ROOT, 'raw', stem + '.pdf')
    sizes = pdfpages(path)
    if not sizes or sizes[0][0] > sizes[0][1]:
        err(f'{stem}: cover is not portrait')
    if any(a < b for a, b in sizes[1:]):
        err(f'{stem}: a table page is not landscape')
    n = len(sizes)
    full = [norm(pdftext(path, p)) for p in range(1, n + 1)]
    after = [norm(pdftext(path, p, (AFTER_X, AFTER_W))) for p in range(1, n + 1)]
    before = [norm(pdftext(path, p, (BEFORE_X, BEFORE_W))) for p in range(1, n + 1)]
    cover = full[0]
    p1 = next(k for k in range(n) if '報告1新旧対照表' in full[k])
    pa = next(k for k in range(1, n) if '(参考)現行の特記事項' in full[k])
    p2 = next(k for k in range(n) if '報告2新旧対照表' in full[k])
    if not p1 < pa < p2:
        err(f'{stem}: page order {p1} {pa} {p2}')
    spans = [(p1, pa), (p2, n)]
    if '個人情報取扱事務の委託内容の変更について(報告)' not in cover:
        err(f'{stem}: cover title missing')
    for i, m in enumerate(doc['matters']):
        w = f'{stem}#{i + 1}'
        a = ''.join(after[k] for k in range(*spans[i]))
        b = ''.join(before[k] for k in range(*spans[i]))
        if m['title'] not in cover:
            err(f'{w}: title not on the cover')
        if m['council_session'] not in cover:
            err(f'{w}: session not on the cover')
        check_matter_text(stem, i, m, a, strip_parens(a))
        for t in AC1_TRAPS[i]:
            if t not in b:
                err(f'{w}: trap not in the 変更前 column: {t}')
            if t in a:
                err(f'{w}: trap in the 変更後 column: {t}')
        for t in MEDIA_WORDS[(stem, i)][2]:
            if t not in b or t in a:
                err(f'{w}: trap medium misplaced: {t}')
        # the department of the 変更前 column is the pre-reorganisation 福祉部
        if not re.search(r'(?<!保健)福祉部', b):
            err(f'{w}: old department trap missing from 変更前')
        e = make_gold.MATTERS[stem][i]
        if e['annex']:
            # the annex is set in two columns: read the left half, then the right half
            annex = ''.join(norm(pdftext(path, k + 1, (0, 421))) + norm(pdftext(path, k + 1, (421, 421)))
                            for k in range(pa, p2))
            check_annex(w, annex, e['annex'], r'\(([^()]+)\)第(\d+)条')
    # the annex belongs to 報告１ only
    if '報告1関係' not in ''.join(full[pa:p2]):
        err(f'{stem}: annex heading does not name 報告１')


# ------------------------------------------------------------------ ac2 (mail)
def rejoin_box(lines):
    """Box table rows (│…│…│) → one line per row group: 【col1】col2 (col3)."""
    out, cols = [], None
    for line in lines:
        s = line.strip().lstrip('>').strip()
        if s.startswith('│'):
            parts = s.strip('│').split('│')
            if cols is None:
                cols = [''] * len(parts)
            for k, p in enumerate(parts):
                cols[k] += p.replace('\u3000', '')
        elif s[:1] in ('├', '└', '┌'):
            if cols:
                out.append(f'【{cols[0]}】{cols[1]}（{cols[2]}）')
            cols = None
        else:
            out.append(line)
    return out


def check_ac2(doc):
    stem = 'ac2_ise_2021'
    path = os.path.join(ROOT, 'raw', stem + '.txt')
    b = open(path, 'rb').read()
    try:
        raw = b.decode('utf-8')
    except UnicodeDecodeError:
        err(f'{stem}: not UTF-8')
        return
    if raw.startswith('\ufeff'):
        err(f'{stem}: BOM present')
    if re.search(r'(?<!\r)\n', raw) or raw.count('\r') != raw.count('\n'):
        err(f'{stem}: not CRLF throughout')
    head, _, body = raw.partition('\r\n\r\n')
    hdr = {}
    for line in re.sub(r'\r\n[ \t]', ' ', head).split('\r\n'):
        k, _, v = line.partition(': ')
        hdr[k] = v
    for k in ('From', 'To', 'Cc', 'Date', 'Subject', 'Message-ID'):
        if k not in hdr:
            err(f'{stem}: header {k} missing')
    try:
        dt = email.utils.parsedate_to_datetime(hdr.get('Date', ''))
        if email.utils.format_datetime(dt) != hdr['Date']:
            err(f'{stem}: Date not in canonical RFC 2822 form')
    except (TypeError, ValueError):
        err(f'{stem}: Date unparsable')
    if '【書面審議】' not in hdr.get('Subject', ''):
        err(f'{stem}: subject lacks 【書面審議】')
    if hdr.get('To', '').count('@') < 3:
        err(f'{stem}: To has fewer than three members')
    lines = body.split('\r\n')
    qstart = next(k for k, l in enumerate(lines) if l.endswith('wrote:'))
    final_lines = lines[:qstart]
    quoted_lines = [l for l in lines[qstart + 1:] if l.startswith('>')]
    if not all(l.startswith('>') for l in lines[qstart + 1:] if l):
        err(f'{stem}: unquoted text below the quote')
    final = norm('\n'.join(rejoin_box(final_lines)))
    quoted = norm('\n'.join(rejoin_box(quoted_lines)).replace('>', ''))
    if '添付:資料1.pdf' not in final:
        err(f'{stem}: attachment list missing')
    sig = final[final.find('伊勢市総務部法務文書課'):]
    if not sig:
        err(f'{stem}: signature missing')
    deadline = '令和3年9月10日'
    if deadline not in final:
        err(f'{stem}: deadline missing')
    # split the final body at the matter headers
    j1, j2 = final.find('■諮問第3号【件名】'), final.find('■諮問第4号【件名】')
    if not 0 < j1 < j2:
        err(f'{stem}: matter headers not found')
    parts = [final[j1:j2], final[j2:final.find('ご不明な点')]]
    for i, m in enumerate(doc['matters']):
        w = f'{stem}#{i + 1}'
        t = parts[i]
        check_matter_text(stem, i, m, t, strip_parens(t))
        if m['council_session'] not in final:
            err(f'{w}: session not in the mail')
        for d in (m['period_start'], m['period_end']):
            if d and reiwa(d) == deadline:
                err(f'{w}: the deadline equals a period date')
        if m['department'] in '法務文書課総務部' or '総務部' == m['department']:
            err(f'{w}: department is the secretariat')
        e = make_gold.MATTERS[stem][i]
        if e['annex']:
            k0 = t.find('個人情報取扱特記事項(基本的事項)')
            if k0 == -1:
                err(f'{w}: annex not found')
            else:
                check_annex(w, t[k0:], e['annex'], r'\(([^()]+)\)第(\d+)(?=受託者|市は)')
    # the quoted draft: a different period for 諮問第3号 and 傷病名 in 諮問第4号
    if '令和3年10月1日から令和4年3月31日まで' not in quoted or '令和3年10月1日' in final:
        err(f'{stem}: draft period trap misplaced')
    if '傷病名' not in quoted or '傷病名' in final:
        err(f'{stem}: removed-item trap misplaced')
    if '(予定)' not in quoted:
        err(f'{stem}: draft marker missing')


def main():
    for stem in STEMS:
        p = os.path.join(ROOT, 'gold', stem + '.json')
        doc = json.load(open(p, encoding='utf-8'))
        check_structure(stem, doc)
        if stem.startswith('ac1'):
            check_ac1(doc)
        else:
            check_ac2(doc)
    print(f'{len(STEMS)} gold files checked')
    if errors:
        print('\n'.join('FAIL ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
