#!/usr/bin/env python3
"""ap1_niihama_2022.pdf -- an "Excel 方眼紙" form (新居浜市) printed to PDF.

The workbook is imitated by an HTML table per sheet: 36 equal narrow columns
(about two characters each), equal small rows, thin grey gridlines (the sheet is
printed with "gridlines" on), merged cells for values, thick black borders around
the form's boxes, Excel's print header and footer (sheet tab name, page x / y,
print date).  Three sheets: 様式2（委託）, 様式4（結合）, 別記（特記事項）.

Writes src/ap/ap1_niihama_2022.html and prints raw/ap1_niihama_2022.pdf with
headless Chromium.  Standard library only.
"""
import html
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
HTML_OUT = os.path.join(HERE, 'ap1_niihama_2022.html')
PDF_OUT = os.path.join(ROOT, 'raw', 'ap1_niihama_2022.pdf')

COLS = 36
COL_MM = 5.0
ROW_MM = 4.7
NPAGES = 3
PRINTED = '2022/06/10  14:07'


def esc(s):
    return html.escape(s, quote=False)


class Sheet:
    """A block of Excel cells.  put() places a (possibly merged) cell;
    box() draws a black border around a rectangle of cells."""

    def __init__(self, rows, tab):
        self.rows = rows
        self.tab = tab
        self.cells = {}       # (r, c) -> dict
        self.covered = set()
        self.boxes = []       # (r1, c1, r2, c2, weight)
        self.row_h = {}

    def put(self, r, c, text='', cs=1, rs=1, cls='', style='', raw=False):
        assert 0 <= r and r + rs <= self.rows, (r, text)
        assert 0 <= c and c + cs <= COLS, (c, cs, text)
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                if (rr, cc) in self.covered or (rr, cc) in self.cells:
                    raise ValueError(f'overlap at {rr},{cc}: {text!r}')
        self.cells[(r, c)] = dict(text=text, cs=cs, rs=rs, cls=cls, style=style, raw=raw)
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                if (rr, cc) != (r, c):
                    self.covered.add((rr, cc))

    def chars(self, r, c, label, step=1, cls='c'):
        """A label written one character per cell (件 | | 名)."""
        for i, ch in enumerate(label):
            self.put(r, c + i * step, ch, cls=cls)

    def box(self, r1, c1, r2, c2, w='m'):
        self.boxes.append((r1, c1, r2, c2, w))

    def border(self, r, c, rs, cs):
        sides = {}
        W = {'m': '1px solid #000', 'k': '1.6px solid #000'}
        for (r1, c1, r2, c2, w) in self.boxes:
            rows_ov = not (r + rs - 1 < r1 or r > r2)
            cols_ov = not (c + cs - 1 < c1 or c > c2)
            if r == r1 and cols_ov and c >= c1 and c + cs - 1 <= c2:
                sides['top'] = W[w]
            if r + rs - 1 == r2 and cols_ov and c >= c1 and c + cs - 1 <= c2:
                sides['bottom'] = W[w]
            if c == c1 and rows_ov and r >= r1 and r + rs - 1 <= r2:
                sides['left'] = W[w]
            if c + cs - 1 == c2 and rows_ov and r >= r1 and r + rs - 1 <= r2:
                sides['right'] = W[w]
        return ''.join(f'border-{k}:{v};' for k, v in sides.items())

    def render(self):
        out = ['<table class="xl">', '<colgroup>']
        out += [f'<col style="width:{COL_MM}mm">' for _ in range(COLS)]
        out.append('</colgroup>')
        for r in range(self.rows):
            out.append(f'<tr style="height:{ROW_MM}mm">')
            for c in range(COLS):
                if (r, c) in self.covered:
                    continue
                cell = self.cells.get((r, c))
                if cell is None:
                    b = self.border(r, c, 1, 1)
                    out.append(f'<td style="{b}"></td>' if b else '<td></td>')
                    continue
                attrs = []
                if cell['cs'] > 1:
                    attrs.append(f'colspan="{cell["cs"]}"')
                if cell['rs'] > 1:
                    attrs.append(f'rowspan="{cell["rs"]}"')
                if cell['cls']:
                    attrs.append(f'class="{cell["cls"]}"')
                st = self.border(r, c, cell['rs'], cell['cs']) + cell['style']
                if st:
                    attrs.append(f'style="{st}"')
                txt = cell['text'] if cell['raw'] else esc(cell['text'])
                out.append(f'<td {" ".join(attrs)}>{txt}</td>')
            out.append('</tr>')
        out.append('</table>')
        return '\n'.join(out)


def hanko(name):
    return f'<span class="hanko">{esc(name)}</span>'


UKETSUKE = ('<span class="uke"><span class="u1">新居浜市</span>'
            '<span class="u2">R 4. 6.13</span><span class="u3">総務課</span></span>')

# --------------------------------------------------------------------------------------
# the content of the two matter sheets

MEDIA_ROW1 = ['紙', '電子メール', 'ＵＳＢメモリ', 'ＣＤ－Ｒ・ＤＶＤ－Ｒ']
MEDIA_ROW2 = ['受託者のパソコン', '市の端末（庁内システム）', '外部のシステム']
PROC_ROW1 = ['本人以外からの収集', '目的外利用', '外部提供']
PROC_ROW2 = ['電子計算組織の結合', '業務の委託', 'その他']
BASIS = [('第7条第3項', '（本人外収集）'), ('第9条第1項', '（目的外利用・提供）'),
         ('第10条第2項', '（電子計算組織の結合）'), ('第11条第1項', '（業務の委託）')]

M1 = dict(
    tab='様式2（委託）', page=1,
    kind='諮問', session='令和4年度第2回', held='（6月27日開催）', shiryo='資料３－１', uke_no='第１８号',
    submit=('4', '6', '8'),
    stamps=('近藤', '真鍋', '藤田', '越智'),
    title='糖尿病性腎症重症化予防のための保健指導業務の委託について',
    dept='市民部', divs='国保年金課、保健センター',
    contact='国保年金課 保健事業係（内線２６３１）',
    proc='業務の委託', basis='第11条第1項',
    party_label='委託先',
    party1='株式会社ミナト・ヘルスラボ（愛媛県松山市）',
    party2='従事予定者：保健師３名、管理栄養士２名（うち１名を管理責任者とする）',
    content_label='委託の内容',
    content=('特定健康診査の結果から糖尿病性腎症の重症化リスクが高いと判断した国民健康保険の'
             '被保険者に対し、受託者の保健師等が電話及び訪問により６か月間の保健指導を行い、'
             'その経過を市に報告する。対象者の抽出は市が行い、受託者には抽出後の名簿のみを渡す。'),
    items=[
        ['①被保険者証の記号番号', '②氏名', '③フリガナ', '④生年月日'],
        ['⑤性別', '⑥住所', '⑦電話番号', '⑧特定健康診査の受診日'],
        ['⑨特定健康診査の', '結果（HbA1c・eGFR・尿蛋白）', '⑩服薬状況', '⑪かかりつけ医療機関名'],
        ['⑫指導プログラムの区分', '⑬保健指導の実施日', '⑭食事・運動等の生活習慣', ''],
    ],
    items_note='※個人番号は取り扱わない。家族の氏名等は聞き取らない。',
    media={'紙', 'ＵＳＢメモリ', '受託者のパソコン'},
    sonota='指導記録サーバー（受託者のデータセンター内）',
    period_label='委託期間',
    period=(('令和', '4', '7', '1'), ('令和', '5', '3', '31')),
    recurring=False,
    ward_label='市が講ずる保護措置',
    ward=[
        '①契約書に別記「個人情報取扱特記事項」を添付し、条例の遵守を受託者に義務付ける。',
        '②対象者名簿は暗号化機能付きＵＳＢメモリに格納し、職員が受託者の事業所へ持参して手渡す。',
        '③ＵＳＢメモリのパスワードは、媒体を渡した日とは別の日に電話で受託者へ知らせる。',
        '④受託者の事業所を年１回以上訪れ、名簿等の保管状況を実地に点検する。',
        ['⑤保健指導の実施件数及び個人情報の取扱状況について、', '　毎月、書面による報告を受託者に求める。'],
        '⑥受託者から返された指導記録（紙）は、保健センターの鍵付き書庫で保管する。',
    ],
    con_label='受託者に講じさせる保護措置',
    con=[
        '①業務に携わる保健師等を指名し、従事者名簿を契約締結後速やかに市へ提出させる。',
        '②従事者には、業務開始前に個人情報の取扱いに関する研修を受講させる。',
        '③名簿及び指導記録の紙媒体は、使用する時以外は施錠した書庫に収納させる。',
        '④訪問の際に携行する書類は当日の訪問先の分に限らせ、それ以外は事業所から持ち出させない。',
        '⑤指導記録サーバーとパソコンの間は閉域網で接続させ、インターネットには接続させない。',
        '⑥パソコンの起動及びサーバーへのログインは、担当者ごとのＩＤ・パスワードで認証させる。',
        '⑦ウイルス対策ソフトを導入させ、定義ファイルは自動更新とさせる。',
        '⑧サーバーへのアクセス記録を保存させ、月に１度、不審な操作がないか点検させる。',
        '⑨個人情報の流出、紛失等が発生し、又はそのおそれがあるときは、直ちに市へ報告させる。',
        '⑩業務完了後、ＵＳＢメモリと名簿を返却させ、サーバー内のデータを消去して証明書を提出させる。',
    ],
    biko='※別記「個人情報取扱特記事項」（３／３ページ）を委託契約書に添付する。',
)

M2 = dict(
    tab='様式4（結合）', page=2,
    kind='報告', session='令和4年度第2回', held='（6月27日開催）', shiryo='資料３－２', uke_no='第２１号',
    submit=('4', '6', '9'),
    stamps=('高橋', '伊藤', '白石', '合田'),
    title='介護認定審査会のペーパーレス化に伴う審査会支援システムとの外部結合について',
    dept='福祉部', divs='介護保険課',
    contact='介護保険課 認定係（内線２４５１）',
    proc='電子計算組織の結合', basis='第10条第2項',
    party_label='結合先',
    party1='株式会社せとうちクラウドワークス（審査会支援システム「ペーパーレス審査会」）',
    party2='接続方法：ＬＧＷＡＮ－ＡＳＰによる接続（市の介護保険システムとは直接接続しない）',
    content_label='結合の内容',
    content=('介護認定審査会の資料（認定調査の結果、主治医意見書等）は、これまで紙に印刷して各委員へ'
             '郵送していたが、これを改め、審査会支援システムに登録した資料を市が貸与する'
             'タブレット端末で閲覧する方式に切り替える。'),
    items=[
        ['①被保険者番号', '②年齢', '③性別', '④申請区分'],
        ['⑤前回の要介護状態区分', '⑥一次判定結果（推計の要介護度）', '⑦障害高齢者の日常生活自立度',
         '⑧認定調査の実施日'],
        ['⑨認知症高齢者の日常生活自立度', '⑩主治医意見書の記載内容', '⑪現在の居住形態（在宅・施設）', ''],
        ['', '', '', ''],
    ],
    items_note='※氏名、住所及び生年月日はシステムに登録しない（被保険者番号は下４桁のみ表示）。',
    media={'市の端末（庁内システム）', '外部のシステム'},
    sonota='審査会委員用タブレット端末（市が貸与）',
    period_label='結合期間',
    period=(('令和', '4', '10', '1'), ('令和', '5', '3', '31')),
    recurring=True,
    ward_label='市が講ずる保護措置',
    ward=[
        '①審査会支援システムへはＬＧＷＡＮ－ＡＳＰ経由でのみ接続し、インターネットからは接続できない構成とする。',
        '②市とシステムの間で送受信する資料データは、すべて暗号化して通信する。',
        '③タブレット端末の起動には、委員ごとに割り当てたＩＤと顔認証による二要素認証を用いる。',
        '④委員が閲覧できる資料は、所属する合議体の当日の審査分に限る設定とする。',
        '⑤審査会の終了後、端末に一時保存された資料は自動で消去されるよう設定する。',
        ['⑥タブレット端末は会場から持ち出させず、', '　閉会後は介護保険課の保管庫に施錠して保管する。'],
        '⑦委員の委嘱時に、端末の取扱方法と注意事項についての説明会を開く。',
    ],
    con_label='結合先（事業者）に講じさせる保護措置',
    con=[
        '①システムを設置するデータセンターは、ＩＳＭＳ認証（ISO/IEC 27001）を取得した施設とさせる。',
        '②サーバー室への入室は生体認証で許可された者に限り、入退室の記録を保存させる。',
        '③操作ログ及びアクセスログを１年間保存させ、不正なアクセスがないか定期的に確認させる。',
        '④資料データは毎日バックアップを取得させ、別の拠点に保管させる。',
        '⑤システム障害や情報漏えいが起きたときは、直ちに市へ連絡させ、市の指示に従って対処させる。',
        '⑥保守作業を行う技術者を指名させ、その名簿を事前に市へ提出させる。',
        '⑦契約終了時には、本市の資料データをサーバーから完全に削除させ、削除完了報告書を提出させる。',
    ],
    biko='※システムの画面イメージ及びネットワーク構成図は別添のとおり（省略）。',
)


def matter_sheet(m):
    rows = 56
    s = Sheet(rows, m['tab'])
    # ---- top band: 事務局記入欄 / 受付印 / 決裁欄
    s.put(0, 0, '事務局記入欄', cs=11, cls='c hd')
    s.put(1, 0, '審議会', cs=4, cls='c')
    s.put(1, 4, m['session'] + m['held'], cls='spill')
    s.put(2, 0, '資料番号', cs=4, cls='c')
    s.put(2, 4, m['shiryo'], cs=7)
    s.put(3, 0, '受付番号', cs=4, cls='c')
    s.put(3, 4, m['uke_no'], cs=7)
    s.box(0, 0, 3, 10)
    s.put(0, 12, '受付印', cs=6, cls='c hd')
    s.put(1, 12, UKETSUKE, cs=6, rs=3, cls='c stamp', raw=True)
    s.box(0, 12, 3, 17)
    s.put(0, 19, '決<br>裁', cs=2, rs=4, cls='c', raw=True)
    for i, (lab, name) in enumerate(zip(('部長', '課長', '係長', '担当'), m['stamps'])):
        c = 21 + 4 * i
        w = 4 if i < 3 else 3
        s.put(0, c, lab, cs=w, cls='c hd')
        s.put(1, c, hanko(name), cs=w, rs=3, cls='c stamp', raw=True)
    s.box(0, 19, 3, 35)
    # ---- title
    s.put(5, 0, '個人情報の取扱いに関する諮問（報告）書', cs=36, rs=2, cls='c title')
    k1, k2 = ('■', '□') if m['kind'] == '諮問' else ('□', '■')
    s.put(7, 13, k1, cls='c chk')
    s.put(7, 14, '諮問', cs=2)
    s.put(7, 18, k2, cls='c chk')
    s.put(7, 19, '報告', cs=2)
    y, mo, d = m['submit']
    s.put(8, 24, '令和', cs=2, cls='c')
    s.put(8, 26, y, cls='c')
    s.put(8, 27, '年', cls='c')
    s.put(8, 28, mo, cls='c')
    s.put(8, 29, '月', cls='c')
    s.put(8, 30, d, cls='c')
    s.put(8, 31, '日', cls='c')
    s.put(9, 0, '新居浜市個人情報保護審議会　会長　様', cs=16)
    s.put(10, 24, '新居浜市長', cs=6)
    s.put(11, 1, '新居浜市個人情報保護条例の規定に基づき、下記のとおり諮問（報告）します。', cs=34)
    s.put(12, 17, '記', cs=2, cls='c')
    # ---- form body
    r = 13
    # 件名 : one character per cell
    s.put(r, 1, '件', rs=2, cls='c')
    s.put(r, 3, '名', rs=2, cls='c')
    s.put(r, 5, m['title'], cs=31, rs=2, cls='val big')
    s.box(r, 0, r + 1, 35)
    r += 2
    s.put(r, 0, '担　当　部', cs=5, cls='c')
    s.put(r, 5, m['dept'], cs=8, cls='val')
    s.put(r, 13, '担　当　課', cs=5, cls='c')
    s.put(r, 18, m['divs'], cs=18, cls='val')
    s.box(r, 0, r, 12)
    s.box(r, 13, r, 35)
    r += 1
    s.put(r, 0, '連　絡　先', cs=5, cls='c')
    s.put(r, 5, m['contact'], cs=31, cls='val')
    s.box(r, 0, r, 35)
    r += 1
    # 区分 (kind) with check boxes
    s.put(r, 0, '区', cls='c')
    s.put(r, 4, '分', cls='c')
    s.put(r, 5, k1, cls='c chk')
    s.put(r, 6, '諮問', cs=2)
    s.put(r, 9, k2, cls='c chk')
    s.put(r, 10, '報告', cs=2)
    s.put(r, 13, '※条例第１５条に基づく諮問・報告の別', cs=16, cls='note')
    s.box(r, 0, r, 35)
    r += 1
    # 事務の種別 (procedure)
    s.put(r, 0, '事務の種別', cs=5, rs=2, cls='c')
    for row_i, opts in enumerate((PROC_ROW1, PROC_ROW2)):
        for j, o in enumerate(opts):
            c = 5 + j * 10
            s.put(r + row_i, c, '■' if o == m['proc'] else '□', cls='c chk')
            lab = o if o != 'その他' else 'その他（　　　　　　）'
            s.put(r + row_i, c + 1, lab, cs=9)
    s.box(r, 0, r + 1, 35)
    r += 2
    # 根拠条項 (legal basis): the ordinance, then four options in two rows
    s.put(r, 0, '根拠条項', cs=5, rs=3, cls='c')
    s.put(r, 5, '新居浜市個人情報保護条例', cs=31, cls='val')
    for j, (art, desc) in enumerate(BASIS):
        rr = r + 1 + j // 2
        c = 5 if j % 2 == 0 else 20
        s.put(rr, c, '■' if art == m['basis'] else '□', cls='c chk')
        s.put(rr, c + 1, art + desc, cs=14 if j % 2 == 0 else 15)
    s.box(r, 0, r + 2, 35)
    r += 3
    # 委託先 / 結合先: values typed into one cell and spilling to the right
    s.put(r, 0, '　'.join(m['party_label']), cs=5, rs=2, cls='c')
    s.put(r, 5, m['party1'], cls='spill val')
    s.put(r + 1, 5, m['party2'], cls='spill')
    s.box(r, 0, r + 1, 35)
    r += 2
    # 委託の内容 / 結合の内容
    s.put(r, 0, m['content_label'], cs=5, rs=3, cls='c')
    s.put(r, 5, m['content'], cs=31, rs=3, cls='wrap')
    s.box(r, 0, r + 2, 35)
    r += 3
    # 個人情報の項目: 4-across grid
    nrows = len(m['items'])
    s.put(r, 0, '個人情報<br>の項目', cs=5, rs=nrows + 1, cls='c', raw=True)
    widths = [(5, 8), (13, 8), (21, 8), (29, 7)]
    for i, row in enumerate(m['items']):
        for j, txt in enumerate(row):
            c, w = widths[j]
            s.put(r + i, c, txt, cs=w, cls='item' + (' shrink' if len(txt) > 14 else ''))
    s.put(r + nrows, 5, m['items_note'], cs=31, cls='note')
    s.box(r, 0, r + nrows, 35)
    r += nrows + 1
    # 記録媒体: check boxes in two rows + その他（ ）
    s.chars(r, 0, '記録媒体', step=1)
    s.put(r + 1, 0, '', cs=5, rs=2)
    for j, o in enumerate(MEDIA_ROW1):
        c = 5 + j * 8
        s.put(r, c, '■' if o in m['media'] else '□', cls='c chk')
        s.put(r, c + 1, o, cs=7 if j < 3 else 6)
    for j, o in enumerate(MEDIA_ROW2):
        c = 5 + j * 10
        s.put(r + 1, c, '■' if o in m['media'] else '□', cls='c chk')
        s.put(r + 1, c + 1, o, cs=9)
    s.put(r + 2, 5, '■', cls='c chk')
    s.put(r + 2, 6, 'その他（', cs=3)
    s.put(r + 2, 9, f'<span class="hand">{esc(m["sonota"])}</span>', cs=24, raw=True)
    s.put(r + 2, 33, '）', cls='c')
    s.box(r, 0, r + 2, 35)
    r += 3
    # period: 令和 | 4 | 年 | 7 | 月 | 1 | 日 ～ ...
    s.put(r, 0, m['period_label'], cs=5, cls='c')
    (e1, y1, m1, d1), (e2, y2, m2, d2) = m['period']
    c = 5
    for part in ((e1, 2), (y1, 1), ('年', 1), (m1, 1), ('月', 1), (d1, 1), ('日', 1), ('～', 1),
                 (e2, 2), (y2, 1), ('年', 1), (m2, 1), ('月', 1), (d2, 1), ('日', 1)):
        s.put(r, c, part[0], cs=part[1], cls='c')
        c += part[1]
    s.box(r, 0, r, 35)
    r += 1
    s.put(r, 0, '継　　続', cs=5, cls='c')
    s.put(r, 5, '次年度以降の継続', cs=6)
    s.put(r, 11, '■' if m['recurring'] else '□', cls='c chk')
    s.put(r, 12, '有', cls='c')
    s.put(r, 14, '□' if m['recurring'] else '■', cls='c chk')
    s.put(r, 15, '無', cls='c')
    s.box(r, 0, r, 35)
    r += 1
    # safeguards
    for label, lst in ((m['ward_label'], m['ward']), (m['con_label'], m['con'])):
        n = sum(2 if isinstance(x, list) else 1 for x in lst)
        lab = label.replace('に講じさせる', '<br>に講じさせる').replace('が講ずる', '<br>が講ずる')
        s.put(r, 0, lab, cs=5, rs=n, cls='c lab', raw=True)
        rr = r
        for x in lst:
            if isinstance(x, list):
                s.put(rr, 5, '<br>'.join(esc(t) for t in x), cs=31, rs=2, cls='meas', raw=True)
                rr += 2
            else:
                s.put(rr, 5, x, cs=31, cls='meas')
                rr += 1
        s.box(r, 0, rr - 1, 35)
        r = rr
    s.put(r, 0, '備　　考', cs=5, cls='c')
    s.put(r, 5, m['biko'], cs=31, cls='note')
    s.box(r, 0, r, 35)
    s.box(13, 0, r, 35, 'k')
    assert r < rows, r
    s.rows = r + 1
    return s


ANNEX_TITLE = '個人情報取扱特記事項'
ANNEX_REF = ('（様式2（委託）「糖尿病性腎症重症化予防のための保健指導業務の委託について」に係る'
             '委託契約書の別記）')
ANNEX = [
    ('第1条', '（基本的事項）', '受託者は、個人情報が個人の人格と密接に関わるものであることを踏まえ、この契約による業務を行うに当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('第2条', '（秘密の保持）', '受託者は、この契約による業務に関して知り得た個人情報の内容を他人に知らせてはならない。この契約が終了し、又は解除された後においても、同様とする。'),
    ('第3条', '（目的外利用及び提供の禁止）', '受託者は、市の指示又は承諾がある場合を除き、この契約による業務に関して知り得た個人情報を契約の目的以外の目的に利用し、又は第三者に提供してはならない。'),
    ('第4条', '（複写又は複製の禁止）', '受託者は、市の承諾を得ることなく、市から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。'),
    ('第5条', '（再委託の禁止）', '受託者は、この契約による業務を第三者に委託してはならない。ただし、あらかじめ市の書面による承諾を得た場合は、この限りでない。'),
    ('第6条', '（持出しの禁止）', '受託者は、市の承諾なく、個人情報が記録された資料等を市が指定する場所の外へ持ち出してはならない。'),
    ('第7条', '（適正な管理）', '受託者は、個人情報の漏えい、滅失及びき損を防ぐため、個人情報が記録された資料等を施錠できる保管庫に収納する等、適正な管理に努めなければならない。'),
    ('第8条', '（従事者の指定及び教育）', '受託者は、個人情報を取り扱う従事者を指定して市に届け出るとともに、従事者に対し、在職中及び退職後の秘密の保持その他個人情報の保護に必要な事項を教育しなければならない。'),
    ('第9条', '（資料等の返還及び消去）', '受託者は、この契約による業務を完了したときは、市から引き渡された資料等を直ちに市に返還し、受託者が作成した電子データは復元できない方法により消去の上、消去証明書を市に提出しなければならない。'),
    ('第10条', '（報告及び調査）', '市は、必要があると認めるときは、受託者に対し個人情報の取扱状況について報告を求め、又は職員に受託者の事業所を調査させることができる。'),
    ('第11条', '（事故発生時の報告）', '受託者は、この契約による業務に関し個人情報の漏えい、滅失その他の事故が生じ、又は生じるおそれがあることを知ったときは、直ちに市に報告し、市の指示に従わなければならない。'),
    ('第12条', '（損害賠償）', '受託者は、この特記事項に違反したことにより市又は第三者に損害を与えたときは、その損害を賠償しなければならない。'),
]


def annex_sheet():
    rows = 56
    s = Sheet(rows, '別記（特記事項）')
    s.put(0, 0, '別記', cs=3)
    s.put(2, 0, ANNEX_TITLE, cs=36, rs=2, cls='c title')
    s.put(4, 0, ANNEX_REF, cs=36, cls='c note')
    r = 6
    per_line = 56   # characters per row in the 31-column merged cell
    for art, head, body in ANNEX:
        text = head + body
        n = -(-len(text) // per_line)
        s.put(r, 0, art, cs=4, rs=n, cls='c lab')
        s.put(r, 4, text, cs=32, rs=n, cls='wrap art')
        s.box(r, 0, r + n - 1, 35)
        r += n
    s.box(6, 0, r - 1, 35, 'k')
    r += 1
    s.put(r, 20, '（問合せ先）総務部総務課 文書法制係', cs=16, cls='note')
    s.rows = r + 1
    return s


CSS = f"""
@page {{ size: A4 portrait; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Noto Sans CJK JP", sans-serif; font-size: 7.2pt; color: #000; }}
.page {{ width: 210mm; height: 296mm; position: relative; overflow: hidden;
         page-break-after: always; break-after: page; }}
.page:last-child {{ page-break-after: auto; break-after: auto; }}
.phead {{ position: absolute; top: 7mm; left: 15mm; width: 180mm; text-align: center;
          font-size: 8pt; }}
.phead .r {{ position: absolute; right: 0; top: 0; }}
.grid {{ position: absolute; top: 14mm; left: 15mm; }}
.pfoot {{ position: absolute; bottom: 7mm; left: 15mm; width: 180mm; font-size: 7.5pt; }}
.pfoot .l {{ position: absolute; left: 0; }}
.pfoot .c {{ position: absolute; left: 0; width: 100%; text-align: center; }}
.pfoot .r {{ position: absolute; right: 0; }}
table.xl {{ border-collapse: collapse; table-layout: fixed; width: {COLS * COL_MM}mm; }}
table.xl td {{ border: 0.5px solid #c6c6c6; padding: 0 0.4mm; white-space: nowrap;
              overflow: hidden; vertical-align: middle; line-height: 1.15; }}
table.xl td.c {{ text-align: center; }}
table.xl td.hd {{ background: #f2f2f2; }}
table.xl td.title {{ font-size: 13pt; font-weight: bold; letter-spacing: 0.15em; }}
table.xl td.big {{ font-size: 8.6pt; font-weight: bold; }}
table.xl td.chk {{ font-size: 8pt; }}
table.xl td.sm {{ font-size: 6.4pt; }}
table.xl td.note {{ font-size: 6.6pt; }}
table.xl td.wrap {{ white-space: normal; vertical-align: top; padding-top: 0.5mm; line-height: 1.32; }}
table.xl td.art {{ line-height: 1.45; }}
table.xl td.spill {{ overflow: visible; }}
table.xl td.meas {{ vertical-align: middle; }}
table.xl td.lab {{ white-space: normal; line-height: 1.3; }}
table.xl td.stamp {{ overflow: visible; }}
table.xl td.item {{ font-size: 7pt; }}
table.xl td.shrink {{ font-size: 6.2pt; letter-spacing: -0.02em; }}
.hanko {{ display: inline-block; width: 8.6mm; height: 8.6mm; line-height: 8.6mm;
          border: 1.1px solid #d8262b; border-radius: 50%; color: #d8262b; font-size: 7pt;
          font-family: "Noto Serif CJK JP", serif; transform: rotate(-8deg); }}
.uke {{ display: inline-block; width: 17mm; height: 12.6mm; border: 1.2px solid #d8262b;
        border-radius: 50%; color: #d8262b; font-family: "Noto Serif CJK JP", serif;
        font-size: 6pt; line-height: 4mm; transform: rotate(4deg); }}
.uke span {{ display: block; }}
.uke .u2 {{ border-top: 0.8px solid #d8262b; border-bottom: 0.8px solid #d8262b; font-size: 6.4pt; }}
.hand {{ font-family: "Noto Serif CJK JP", serif; color: #1b2a78; font-size: 8pt;
         letter-spacing: 0.04em; }}
"""


def page(sheet, n):
    return f"""<div class="page">
<div class="phead">新居浜市　個人情報保護審議会資料<span class="r">令和4年度第2回</span></div>
<div class="grid">
{sheet.render()}
</div>
<div class="pfoot"><span class="l">{esc(sheet.tab)}</span><span class="c">{n} / {NPAGES} ページ</span><span class="r">{PRINTED}</span></div>
</div>"""


def build():
    sheets = [matter_sheet(M1), matter_sheet(M2), annex_sheet()]
    body = '\n'.join(page(s, i + 1) for i, s in enumerate(sheets))
    doc = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>個人情報の取扱いに関する諮問（報告）書</title>
<style>{CSS}</style>
</head>
<body>
{body}
</body>
</html>
"""
    with open(HTML_OUT, 'w', encoding='utf-8') as f:
        f.write(doc)


def print_pdf():
    os.makedirs(os.path.dirname(PDF_OUT), exist_ok=True)
    prof = tempfile.mkdtemp(prefix='chr-')
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
           '--no-first-run', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', f'--user-data-dir={prof}', '--no-pdf-header-footer',
           f'--print-to-pdf={PDF_OUT}', 'file://' + HTML_OUT]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    if not os.path.exists(PDF_OUT):
        sys.exit('PDF not written')


if __name__ == '__main__':
    build()
    if '--html-only' not in sys.argv:
        print_pdf()
    print('wrote', HTML_OUT, 'and', PDF_OUT)
