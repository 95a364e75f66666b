#!/usr/bin/env python3
"""Writes raw/ag2_iida_2017.txt: two 諮問書 typed in an old Japanese word processor
and saved as text.  Shift_JIS (CP932), CRLF, form feeds between pages.

- Forms are drawn with full-width box-drawing characters: heavy lines for the
  諮問書 forms (┏━┳━┓ ┃ ┣━╋━┫ ┗━┻━┛), thin lines for the 別表 of matter 2
  (┌─┬─┐ │ ├─┼─┤ └─┴─┘).
- The label column has a fixed width of LW full-width characters; labels longer
  than that wrap (個人情報の／記録項目, 受託者に講／じさせる保／護措置).
- Every value is wrapped inside its cell with 追い出し line-start rules and padded
  with full-width spaces, so each box line has the same width.
- Every page starts with the running header and ends with 「－ n －」; the first form
  runs over a page break: its frame is closed at the foot of the page and reopened
  on the next page with an empty label cell for the continuing value.
- All digits and Latin letters are full-width.
Encoding is strict: a character outside CP932 aborts."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw',
                   'ag2_iida_2017.txt')

PAGE_LINES = 55          # lines per page, header and footer included
LW = 5                   # label column (full-width characters)
VW = 30                  # value column (heavy form)
TLW = 4                  # label column of the thin table
TVW = 31                 # value column of the thin table
SP = '\u3000'

NO_START = set('、。，．・）」』】〕：；？！ー～ぁぃぅぇぉっゃゅょァィゥェォッャュョ々')
NO_END = set('（「『【〔')


def fw(s):
    """ASCII to full-width (space to U+3000)."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == ' ':
            out.append(SP)
        elif 0x21 <= o <= 0x7e:
            out.append(chr(o + 0xfee0))
        else:
            out.append(ch)
    return ''.join(out)


def wrap(text, width, hang=0):
    """Wrap one paragraph into lines of at most `width` full-width characters.
    Continuation lines are indented by `hang` full-width spaces.  追い出し: a
    character that may not start a line pulls the previous character down with it;
    an opening bracket is not left at a line end."""
    text = fw(text)
    lines = []
    cur = ''
    limit = width
    i = 0
    while i < len(text):
        ch = text[i]
        if len(cur) < limit:
            cur += ch
            i += 1
            continue
        # line is full: decide where to break
        if ch in NO_START:
            # move the last character down (repeat while it is also NO_START)
            k = len(cur) - 1
            while k > 0 and cur[k] in NO_START:
                k -= 1
            carry = cur[k:]
            cur = cur[:k]
        elif cur[-1] in NO_END:
            carry = cur[-1]
            cur = cur[:-1]
        else:
            carry = ''
        lines.append(cur)
        cur = SP * hang + carry
        limit = width
    if cur.strip(SP):
        lines.append(cur)
    return lines


def cell(paragraphs, width):
    """paragraphs: list of (text, hang) or plain strings."""
    out = []
    for p in paragraphs:
        if isinstance(p, tuple):
            out.extend(wrap(p[0], width, p[1]))
        else:
            out.extend(wrap(p, width, 0))
    return out


def pad(s, width):
    assert len(s) <= width, (s, len(s), width)
    return s + SP * (width - len(s))


# ------------------------------------------------------------------ heavy form
def heavy_rows(rows):
    """rows: list of (label, [paragraphs]) -> list of (label_lines, value_lines)."""
    out = []
    for label, paras in rows:
        ll = wrap(label, LW) if label else []
        vl = cell(paras, VW)
        out.append((ll, vl))
    return out


def render_heavy(rows):
    """rows: list of (label_lines, value_lines) -> text lines of one closed frame."""
    lines = ['┏' + '━' * LW + '┳' + '━' * VW + '┓']
    for n, (ll, vl) in enumerate(rows):
        if n:
            lines.append('┣' + '━' * LW + '╋' + '━' * VW + '┫')
        h = max(len(ll), len(vl))
        for j in range(h):
            a = ll[j] if j < len(ll) else ''
            b = vl[j] if j < len(vl) else ''
            lines.append('┃' + pad(a, LW) + '┃' + pad(b, VW) + '┃')
    lines.append('┗' + '━' * LW + '┻' + '━' * VW + '┛')
    return lines


def frame_height(rows):
    return 2 + sum(max(len(a), len(b)) for a, b in rows) + (len(rows) - 1)


def split_heavy(rows, avail):
    """Split a form so that the first frame takes at most `avail` lines.  The break
    falls inside a row's value: the rest of that row opens the second frame with an
    empty label cell.  Returns (first_lines, second_lines)."""
    used = 1  # top border
    for k, (ll, vl) in enumerate(rows):
        h = max(len(ll), len(vl))
        sep = 1 if k else 0
        if used + sep + h + 1 <= avail:
            used += sep + h
            continue
        room = avail - used - sep - 1  # value lines of row k that fit
        if room < 2 or h - room < 2:
            return None
        first = rows[:k] + [(ll, vl[:room])]
        second = [([], vl[room:])] + rows[k + 1:]
        return render_heavy(first), render_heavy(second)
    raise SystemExit('form fits on one page; no break')


# ------------------------------------------------------------------ thin table
def render_thin(head, rows):
    lines = ['┌' + '─' * TLW + '┬' + '─' * TVW + '┐']
    lines.append('│' + pad(fw(head[0]), TLW) + '│' + pad(fw(head[1]), TVW) + '│')
    for label, paras in rows:
        lines.append('├' + '─' * TLW + '┼' + '─' * TVW + '┤')
        ll = wrap(label, TLW)
        vl = cell(paras, TVW)
        for j in range(max(len(ll), len(vl))):
            a = ll[j] if j < len(ll) else ''
            b = vl[j] if j < len(vl) else ''
            lines.append('│' + pad(a, TLW) + '│' + pad(b, TVW) + '│')
    lines.append('└' + '─' * TLW + '┴' + '─' * TVW + '┘')
    return lines


# ------------------------------------------------------------------ text helpers
def para(text, indent=0, hang=None, width=38):
    """Free paragraph outside boxes, wrapped at `width` with an indent."""
    hang = indent if hang is None else hang
    ls = wrap(text, width - indent, hang - indent if hang > indent else 0)
    return [SP * indent + ls[0]] + [SP * indent + x for x in ls[1:]]


def right(text, width=38):
    t = fw(text)
    return SP * (width - len(t)) + t


def center(text, width=38):
    t = fw(text)
    n = (width - len(t)) // 2
    return SP * n + t


HEADER = '平成２９年度　第２回　飯田市個人情報保護審査会　資料'


def header(tag):
    h = HEADER
    if tag:
        h = h + SP * (38 - len(h) - len(fw(tag))) + fw(tag)
    return [h, '']


def footer(n):
    return ['', center('－ ' + fw(str(n)) + ' －')]


# ================================================================== content
TITLE1 = '妊婦健康診査及び乳児健康診査の受診票に係るデータ入力業務の委託について'
TITLE2 = '在宅医療・介護連携推進事業に係る医療介護連携情報共有システムとの外部結合について'

CIRC = '①②③④⑤⑥⑦⑧⑨⑩'


def numbered(items):
    return [(CIRC[i] + t, 1) for i, t in enumerate(items)]


FORM1 = [
    ('件　　名', [TITLE1]),
    ('担当部課', ['健康福祉部　保健課（母子保健係）']),
    ('委 託 先', ['株式会社ミドリカワ計算センター（平成29年7月26日のプロポーザル審査により選定）']),
    ('委託の目的', ['県内の医療機関で受診した妊婦健康診査及び乳児健康診査の受診票（市が費用を負担する分）について、'
                '医療機関からの請求内容を確かめるとともに、健診の結果をデータにして、'
                '保健師による支援が必要な妊婦及び乳児を早く把握するため。']),
    ('委託の内容', [('(1)母子保健法第13条に基づき実施した健康診査の受診票の記載内容の入力', 3),
                 ('(2)医療機関からの請求額と入力内容との照合', 3),
                 ('(3)入力したデータのCD-Rへの書き出し及び納品', 3)]),
    ('個人情報の記録項目', [
        '【妊婦】氏名、生年月日、住所、母子健康手帳の交付番号、出産予定日、妊娠週数、'
        '健診結果（血圧、尿検査及び血液検査の値等）、保健指導の要否',
        '【乳児】氏名、生年月日、性別、月齢、診察所見',
        '【受診票共通】受診票番号、受診日、公費負担額',
        ('※受診票の電話番号欄及び自由記載欄は入力の対象としない。', 1)]),
    ('記録媒体', ['紙（受診票の写し）、受託者の入力用パソコン（ネットワークに接続しないもの）、'
              'CD-R（納品用）、市の健康管理システム（納品データの取込み先。受託者は操作しない。）']),
    ('委託期間', ['平成29年10月2日から平成30年3月30日まで',
              ('（平成29年4月以降に受診した分の受診票を対象とする。）', 1)]),
    ('市が講ずる保護措置', numbered([
        '契約書に別記「個人情報取扱特記事項」を添付し、条例を守る義務を受託者に負わせる。',
        '受診票の写しは施錠できる運搬用ケースに入れ、職員が受託者の事業所へ持参して引き渡す。',
        '引渡しと返却の都度、件数を記した授受票に双方が押印する。',
        '納品用のCD-Rはデータを暗号化したものとさせ、復号用のパスワードは媒体とは別に書面で通知させる。',
        '職員が受託者の作業場所を随時訪れ、作業の実態を確認する。',
        '取込みを終えたCD-Rは、市で物理的に破砕して廃棄する。',
        '受託者の従事者全員から、業務上知り得た事項を漏らさない旨の誓約書を提出させる。'])),
    ('受託者に講じさせる保護措置', numbered([
        '作業責任者を置かせ、従事者の名簿を提出させる。',
        '入力作業は、入退室を記録する専用の作業室で行わせる。',
        '入力用パソコンは、インターネットその他の回線から切り離させる。',
        '同パソコンは、個人ごとのIDとパスワードを入力しなければ使えないようにさせる。',
        '受診票の写しは、作業時間外は施錠した保管庫に収めさせる。',
        '照合のために印刷した帳票はプリンターに放置させず、当日中にシュレッダーで裁断させる。',
        '業務終了後、パソコンに残るデータを完全に消去させ、消去したことを証する書面を提出させる。',
        '受診票の紛失その他の事故が起きたときは、直ちに保健課に報告させる。',
        '従事者には、業務開始前に個人情報の保護に関する教育を行わせる。',
        '業務の一部であっても、他の事業者に再委託させない。'])),
    ('特記事項', ['契約書に別記「個人情報取扱特記事項」を付す。']),
    ('備　　考', ['平成28年度まで職員が行っていた入力事務を委託するものである。'
              '受診票は県内統一の様式であり、県外の医療機関で受診した分（償還払いによるもの）は対象としない。']),
]

ANNEX1 = [
    ('基本的事項', '受託者は、この契約に係る業務を行うに際しては、飯田市個人情報保護条例の趣旨にのっとり、'
               '個人情報の保護に必要な措置を講じなければならない。'),
    ('秘密の保持', '受託者は、業務の遂行上知り得た個人情報を他人に知らせてはならない。業務が完了した後も、同様とする。'),
    ('収集の制限', '受託者は、業務のために個人情報を集めるときは、業務の目的を達成するために必要な範囲で、'
               '適法かつ公正な手段により行わなければならない。'),
    ('利用及び提供の制限', '受託者は、市の指示がある場合を除き、業務で扱う個人情報を契約の目的の外で使用し、'
                   '又は第三者に提供してはならない。'),
    ('複写及び複製の禁止', '受託者は、市の承諾を得ないで、市が貸与した受診票その他の資料を複写し、又は複製してはならない。'),
    ('再委託の禁止', '受託者は、業務の全部又は一部を第三者に再委託してはならない。ただし、市の書面による承諾を得たときは、'
                 'この限りでない。'),
    ('資料の運搬', '受託者は、市から受け取った資料等を運ぶときは、施錠できる容器に入れ、従事者自らが携行しなければならない。'),
    ('資料等の返還等', '受託者は、業務が完了したときは、市から貸与された資料等を直ちに返還し、入力用パソコンその他の機器に'
                  '記録した個人情報を復元できないように消去しなければならない。'),
    ('従事者の教育', '受託者は、従事者に対し、在職中はもとより退職した後も業務上知り得た個人情報を他に漏らしてはならないことなど、'
                 '個人情報の保護に必要な事項を教育しなければならない。'),
    ('調査', '市は、受託者が取り扱う個人情報の管理の状況について、必要に応じて受託者の事業所に立ち入り、調査することができる。'),
    ('事故の報告', '受託者は、個人情報の漏えい、滅失その他の事故が生じ、又は生ずるおそれがあることを知ったときは、'
               '速やかに市に報告し、市の指示に従わなければならない。'),
    ('損害賠償', '受託者は、故意又は過失により個人情報を漏えいし、市又は第三者に損害を与えたときは、'
              'その損害を賠償しなければならない。'),
]

FORM2 = [
    ('件　　名', [TITLE2]),
    ('担当部課', ['健康福祉部　長寿支援課、介護保険課']),
    ('結 合 先', ['医療介護連携情報共有システム「天竜ケアリンク」（運営主体：一般社団法人南信州在宅ケア連携協議会）']),
    ('結合の目的', ['在宅で療養する高齢者について、主治医、訪問看護師、介護支援専門員等と市の担当職員とが、'
                '必要な情報を速やかに共有し、入退院の前後を通じて切れ目のない支援を行うため。']),
    ('結合の方法', ['長寿支援課に置く連携用端末から、暗号化した通信回線（SSL-VPN）により天竜ケアリンクのサーバに接続する。'
                '介護保険システムからの情報の抽出は、総務部情報化推進課が管理するファイル連携サーバを経由して行う。']),
    ('個人情報の記録項目', [
        '【利用者（在宅療養者）】氏名、生年月日、性別、住所、電話番号、介護保険被保険者番号、要介護状態区分、'
        '認定有効期間、受診中の医療機関名、既往歴、服薬状況、利用者負担割合',
        '【主たる介護者】氏名、続柄、電話番号',
        ('※介護保険料の所得段階は送信しない。', 1)]),
    ('記録媒体', ['市の介護保険システム、連携用端末（長寿支援課）、天竜ケアリンクのサーバ（運営主体が契約する国内のデータセンター）、'
              '紙（利用者の同意書）']),
    ('結合の期間', ['平成29年11月1日から平成30年3月31日まで（試行運用）',
                '平成30年度以降も本格運用として結合を継続する予定である。']),
    ('保護措置', ['別表のとおり']),
    ('備　　考', ['情報を共有するのは、本人（本人が意思を表示できないときは家族）から書面で同意を得た利用者に限る。'
              '同意が撤回されたときは、直ちに共有を停止する。']),
]


def bullets(items):
    return [('・' + t, 1) for t in items]


TABLE2_WARD = [
    ('組織的', bullets([
        '長寿支援課長をシステム管理責任者とし、連携用端末を使う職員を事前に登録する。',
        '運営主体と個人情報の取扱いに関する協定を結び、目的外の利用と第三者への提供の禁止を明記する。'])),
    ('人的', bullets([
        '端末を使う職員には、毎年度、情報セキュリティ研修を受講させる。'])),
    ('物理的', bullets([
        '連携用端末は長寿支援課の執務室内に置き、盗難防止用のワイヤーで机に固定する。',
        '利用者の同意書は、鍵の掛かる書庫に保管する。'])),
    ('技術的', bullets([
        '連携用端末と介護保険システムの間にはファイアウォールを置き、決められた通信以外を遮断する。',
        '端末を使うときは職員ごとのIDとパスワードで本人を確かめ、IDの共用は認めない。',
        '共有の範囲は同意を得た利用者の情報に限り、閲覧できる職員も担当の保健師と社会福祉士に絞る。'])),
]

TABLE2_PARTNER = [
    ('組織的', bullets([
        'システムの運用責任者と保守担当者を定めさせ、その一覧を市に提出させる。',
        '運用の状況を年に1回、書面で市に報告させる。',
        '障害や情報の漏えいが起きたときは、直ちに市へ連絡させる。'])),
    ('物理的', bullets([
        'サーバは、入退館の管理が行われている国内のデータセンターに置かせる。'])),
    ('技術的', bullets([
        '通信はSSL-VPNで暗号化させる。',
        'サーバへのアクセス履歴を取得させ、定期的に点検させる。',
        'ウイルス対策ソフトの定義ファイルとOSの修正プログラムを速やかに適用させる。',
        'データを毎日バックアップさせる。'])),
    ('その他', bullets([
        '結合を終えるときは、市から受けた情報を消去させ、その結果を書面で報告させる。'])),
]


def letter(number, date, article):
    L = []
    L.append(right(number))
    L.append(right(date))
    L.append('')
    L.append(fw('　飯田市個人情報保護審査会'))
    L.append(fw('　　会長　宮坂　澄江　様'))
    L.append('')
    L.append(right('飯田市長　（公印省略）　'))
    L.append('')
    L.append(center('個人情報の取扱いについて（諮問）'))
    L += para(f'　飯田市個人情報保護条例{article}の規定により、下記の事項について、審査会の意見を求めます。')
    L.append('')
    L.append(center('記'))
    L.append('')
    return L


def cover():
    L = header('')
    L.append('')
    L.append(center('平成２９年度第２回飯田市個人情報保護審査会　次第'))
    L.append('')
    L.append(right('日時　平成２９年８月３０日（水）午後１時３０分　'))
    L.append(right('場所　飯田市役所　本庁舎４階　第２会議室　　　　'))
    L.append('')
    L.append('１　開　　会')
    L.append('')
    L.append('２　会長あいさつ')
    L.append('')
    L.append('３　諮問事項')
    L += para('（１）' + TITLE1 + '　【資料１】', indent=1, hang=4)
    L += para('（２）' + TITLE2 + '　【資料２】', indent=1, hang=4)
    L.append('')
    L.append('４　報告事項')
    L += para('（１）平成２８年度における個人情報取扱事務の登録状況について（口頭報告）', indent=1, hang=4)
    L.append('')
    L.append('５　その他')
    L += para('　次回の開催予定　平成２９年１１月下旬', indent=1)
    L.append('')
    L.append('６　閉　　会')
    L.append('')
    L.append('')
    L.append('〔配付資料〕')
    L += para('資料１　諮問書（妊婦健康診査等の受診票に係るデータ入力業務の委託）', indent=1, hang=5)
    L += para('資料２　諮問書（医療介護連携情報共有システムとの外部結合）', indent=1, hang=5)
    L += para('参　考　飯田市個人情報保護審査会委員名簿', indent=1, hang=5)
    L.append('')
    L.append('')
    L.append(right('事務局　総務部庶務課　文書法制係　'))
    L.append(right('電話　内線２２１５　　　　　　　'))
    return L


def annex_page():
    L = header('資料１')
    L.append('別記')
    L.append('')
    L.append(center('個人情報取扱特記事項'))
    L.append('')
    for n, (head, body) in enumerate(ANNEX1, 1):
        L.append(fw(f'（{head}）'))
        num = '第' + fw(str(n)) + '条　'
        L += para(num + body, indent=0, hang=1)
    return L


def build_pages():
    pages = []
    # p1 cover
    pages.append(cover())
    # p2-3 matter 1: letter + form over a page break
    p = header('資料１') + letter('飯健保第３０８号', '平成２９年８月１８日', '第１３条第２項')
    rows1 = heavy_rows([(fw(a), b) for a, b in FORM1])
    avail = PAGE_LINES - len(p) - len(footer(0))
    for a in range(avail, avail - 12, -1):   # end the page a little early if needed
        res = split_heavy(rows1, a)
        if res:
            break
    first, second = res
    pages.append(p + first)
    tail = header('資料１') + second
    pages.append(tail)
    # p4 annex of matter 1
    pages.append(annex_page())
    # p5 matter 2: letter + form
    p = header('資料２') + letter('飯健長第１９５号', '平成２９年８月１８日', '第１５条第２項')
    p += render_heavy(heavy_rows([(fw(a), b) for a, b in FORM2]))
    pages.append(p)
    # p6 別表 of matter 2
    L = header('資料２')
    L.append('別表　個人情報の保護措置')
    L.append('')
    L.append('（１）市が講ずる措置')
    L += render_thin(('区分', '措置の内容'), TABLE2_WARD)
    L.append('')
    L.append('（２）結合先の運営主体に講じさせる措置')
    L += render_thin(('区分', '措置の内容'), TABLE2_PARTNER)
    pages.append(L)
    return pages


def main():
    pages = build_pages()
    out = []
    for n, lines in enumerate(pages, 1):
        body = lines + [''] * (PAGE_LINES - len(lines) - 2) + footer(n)
        if len(body) > PAGE_LINES:
            raise SystemExit(f'page {n} too long: {len(body)} lines')
        text = '\r\n'.join(body) + '\r\n'
        out.append(text)
    data = '\f'.join(out)
    raw = data.encode('cp932')          # strict: fails on a non-CP932 character
    with open(OUT, 'wb') as f:
        f.write(raw)
    print('wrote', os.path.normpath(OUT), len(pages), 'pages')


if __name__ == '__main__':
    main()
