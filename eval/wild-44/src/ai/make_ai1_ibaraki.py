#!/usr/bin/env python3
"""Writes raw/ai1_ibaraki_2023.html: a Google Sheets spreadsheet published to the web
(「ウェブに公開」) and saved from the browser.

Layout: Google's published-sheet page (top bar with the title, sheet tabs in
<ul id="sheet-menu">, one <div class="ritz grid-container"> per sheet, the second one
hidden with display:none as the tab switcher leaves it, footer 「Google スプレッドシートで
公開済み – 不正使用を報告 – 5 分ごとに自動更新」).  Each sheet is a form of one matter:
No. / 項目 / 内容 (two columns) / 確認 / 担当 / メモ.  Cells carry generated class names
s0… and a generated <style> block per sheet, merged cells use colspan/rowspan, long text
in a cell with empty neighbours overflows as a softmerge div, a freeze bar follows row 3.

Standard library only.  Every sentence was written for this set."""
import html
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw',
                   'ai1_ibaraki_2023.html')

PUB_KEY = '2PACX-1vTq7Hc0wZ3kLmN5sYd8RfA2uJbX9pE4gVvC1oQhWzK6tMiS0nBrYaD3eFjU8lG5xOp'
DOC_TITLE = 'R5第1回審議会_案件調書（公開用）'

# columns A..G: widths in px (Google writes them into the header row)
COLS = ['A', 'B', 'C', 'D', 'E', 'F', 'G']
WIDTHS = [46, 160, 88, 548, 86, 58, 250]

# ---------------------------------------------------------------- styles
BASE = ("background-color:#ffffff;color:#000000;font-family:'Arial';font-size:10pt;"
        "direction:ltr;padding:2px 3px 2px 3px;")
BORDER = "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
WRAP = "white-space:normal;overflow:hidden;word-wrap:break-word;"
NOWRAP = "white-space:nowrap;"

STYLE_DEFS = {
    'plain':      NOWRAP + "text-align:left;vertical-align:bottom;" + BASE,
    'title':      NOWRAP + "text-align:left;vertical-align:bottom;font-weight:bold;"
                  + BASE.replace('font-size:10pt', 'font-size:14pt'),
    'subtitle':   NOWRAP + "text-align:left;vertical-align:bottom;"
                  + BASE.replace('color:#000000', 'color:#666666').replace('font-size:10pt', 'font-size:9pt'),
    'head':       BORDER + NOWRAP + "text-align:center;vertical-align:middle;font-weight:bold;"
                  + BASE.replace('background-color:#ffffff', 'background-color:#d9d9d9'),
    'no':         BORDER + NOWRAP + "text-align:center;vertical-align:top;" + BASE,
    'label':      BORDER + WRAP + "text-align:left;vertical-align:top;font-weight:bold;"
                  + BASE.replace('background-color:#ffffff', 'background-color:#f3f3f3'),
    'group':      BORDER + WRAP + "text-align:center;vertical-align:middle;font-weight:bold;"
                  + BASE.replace('background-color:#ffffff', 'background-color:#fff2cc'),
    'subject':    BORDER + WRAP + "text-align:center;vertical-align:middle;"
                  + BASE.replace('background-color:#ffffff', 'background-color:#fce5cd'),
    'value':      BORDER + WRAP + "text-align:left;vertical-align:top;" + BASE,
    'value_nw':   BORDER + NOWRAP + "text-align:left;vertical-align:top;" + BASE,
    'value_soft': "border-bottom:1px SOLID #000000;" + NOWRAP + "text-align:left;vertical-align:top;" + BASE,
    'circ':       BORDER + NOWRAP + "text-align:center;vertical-align:top;" + BASE,
    'item':       BORDER + NOWRAP + "text-align:left;vertical-align:bottom;" + BASE,
    'excluded':   BORDER + WRAP + "text-align:left;vertical-align:bottom;"
                  + BASE.replace('color:#000000', 'color:#999999'),
    'ok':         BORDER + NOWRAP + "text-align:center;vertical-align:top;"
                  + BASE.replace('color:#000000', 'color:#38761d'),
    'pending':    BORDER + NOWRAP + "text-align:center;vertical-align:top;"
                  + BASE.replace('color:#000000', 'color:#b45f06'),
    'initials':   BORDER + NOWRAP + "text-align:center;vertical-align:top;"
                  + BASE.replace('font-size:10pt', 'font-size:9pt'),
    'memo':       NOWRAP + "text-align:left;vertical-align:top;font-style:italic;"
                  + BASE.replace('color:#000000', 'color:#cc0000').replace('font-size:10pt', 'font-size:9pt'),
    'memo_b':     BORDER + NOWRAP + "text-align:left;vertical-align:top;font-style:italic;"
                  + BASE.replace('color:#000000', 'color:#cc0000').replace('font-size:10pt', 'font-size:9pt'),
    'empty_b':    BORDER + NOWRAP + "text-align:left;vertical-align:bottom;" + BASE,
}


CLASSES = {}   # semantic style -> generated class name s0, s1, …


class Sheet:
    def __init__(self, gid, name):
        self.gid = gid
        self.name = name
        self.used = []         # semantic styles used on this sheet
        self.rows = []         # (height, [cell html])

    def cls(self, sem):
        # one numbering for the whole workbook, so the per-sheet style blocks agree
        if sem not in CLASSES:
            CLASSES[sem] = 's%d' % len(CLASSES)
        if sem not in self.used:
            self.used.append(sem)
        return CLASSES[sem]

    def css(self):
        out = ['.ritz .waffle a { color: inherit; }']
        for sem in sorted(self.used, key=lambda x: int(CLASSES[x][1:])):
            out.append('.ritz .waffle .%s{%s}' % (CLASSES[sem], STYLE_DEFS[sem]))
        return ''.join(out)

    # cell builders ---------------------------------------------------
    def td(self, sem, text='', colspan=1, rowspan=1, ltr=True):
        attrs = ''
        if colspan > 1:
            attrs += ' colspan="%d"' % colspan
        if rowspan > 1:
            attrs += ' rowspan="%d"' % rowspan
        d = ' dir="ltr"' if (ltr and text) else ''
        return '<td class="%s"%s%s>%s</td>' % (self.cls(sem), d, attrs, cell_text(text))

    def soft(self, sem, text, width):
        return ('<td class="%s softmerge" dir="ltr"><div class="softmerge-inner" '
                'style="width:%dpx;left:-1px">%s</div></td>' % (self.cls(sem), width, cell_text(text)))

    def add(self, height, cells):
        self.rows.append((height, cells))

    # html --------------------------------------------------------------
    def table(self):
        g = self.gid
        head = ['<thead><tr><th class="row-header freezebar-origin-ltr"></th>']
        for i, (c, w) in enumerate(zip(COLS, WIDTHS)):
            head.append('<th id="%sC%d" style="width:%dpx;" class="column-headers-background">%s</th>'
                        % (g, i, w, c))
        head.append('</tr></thead>')
        body = ['<tbody>']
        for n, (h, cells) in enumerate(self.rows, 1):
            body.append('<tr style="height: %dpx">' % h)
            body.append('<th id="%sR%d" style="height: %dpx;" class="row-headers-background">'
                        '<div class="row-header-wrapper" style="line-height: %dpx">%d</div></th>'
                        % (g, n - 1, h, h, n))
            body.extend(cells)
            body.append('</tr>')
            if n == FROZEN_ROWS:
                body.append('<tr style="height: 3px"><th class="freezebar-cell freezebar-horizontal-handle"></th>'
                            + '<td class="freezebar-cell"></td>' * len(COLS) + '</tr>')
        body.append('</tbody>')
        return ('<table class="waffle" cellspacing="0" cellpadding="0">' + ''.join(head)
                + ''.join(body) + '</table>')


FROZEN_ROWS = 3


def cell_text(t):
    """Escape and keep in-cell line breaks as <br>."""
    return '<br>'.join(html.escape(x, quote=False) for x in t.split('\n'))


def w(*cols):
    return sum(WIDTHS[COLS.index(c)] for c in cols)


# ---------------------------------------------------------------- common rows
def top_rows(sh, title, sub):
    sh.add(30, [sh.td('plain'), sh.soft('title', title, w('B', 'C', 'D', 'E')),
                sh.td('plain'), sh.td('plain'), sh.td('plain'), sh.td('plain'), sh.td('plain')])
    sh.add(21, [sh.td('plain'), sh.soft('subtitle', sub, w('B', 'C', 'D')),
                sh.td('plain'), sh.td('plain'), sh.td('plain'), sh.td('plain'), sh.td('plain')])
    sh.add(24, [sh.td('head', 'No.'), sh.td('head', '項目'), sh.td('head', '内容', colspan=2),
                sh.td('head', '確認'), sh.td('head', '担当'), sh.td('head', 'メモ（事務局用）')])


def status(sh, s):
    if s == 'ok':
        return sh.td('ok', '確認済✓')
    if s == 'pend':
        return sh.td('pending', '修正中')
    return sh.td('empty_b')


def memo(sh, text):
    if not text:
        return sh.td('plain')
    return sh.td('memo', text)


def field(sh, no, label, value, height=21, st='ok', who='', note='', nowrap=False):
    """One label/value row; the value spans C:D."""
    sem = 'value_nw' if nowrap else 'value'
    sh.add(height, [sh.td('no', str(no)), sh.td('label', label), sh.td(sem, value, colspan=2),
                    status(sh, st), sh.td('initials', who) if who else sh.td('empty_b'),
                    memo(sh, note)])


def field_soft(sh, no, label, value, note=''):
    """A label with a one-line value in C that overflows into the empty D:F cells."""
    sh.add(21, [sh.td('no', str(no)), sh.td('label', label),
                sh.soft('value_soft', value, w('C', 'D', 'E', 'F')),
                sh.td('empty_b'), sh.td('empty_b'), sh.td('empty_b'), memo(sh, note)])


def item_block(sh, no, label, groups, tail=None, notes=None):
    """Data items one per row.  groups: [(subject, [items])]; tail: (C text, D text)."""
    notes = notes or {}
    n_rows = sum(len(i) for _, i in groups) + (1 if tail else 0)
    first = True
    k = 0
    for subject, items in groups:
        for j, it in enumerate(items):
            cells = []
            if first:
                cells.append(sh.td('no', str(no), rowspan=n_rows))
                cells.append(sh.td('label', label, rowspan=n_rows))
                first = False
            if j == 0:
                cells.append(sh.td('subject', subject, rowspan=len(items)))
            cells.append(sh.td('item', it))
            cells.append(status(sh, 'ok' if k % 3 == 0 else ''))
            cells.append(sh.td('empty_b'))
            cells.append(memo(sh, notes.get(it, '')))
            sh.add(21, cells)
            k += 1
    if tail:
        sh.add(21, [sh.td('subject', tail[0]), sh.td('excluded', tail[1]), status(sh, 'ok'),
                    sh.td('empty_b'), memo(sh, tail[2] if len(tail) > 2 else '')])


def measure_block(sh, no, label, measures, notes=None):
    """Numbered measures (①…) under one merged group label."""
    notes = notes or {}
    circ = '①②③④⑤⑥⑦⑧⑨⑩'
    for j, (text, h) in enumerate(measures):
        cells = []
        if j == 0:
            cells.append(sh.td('no', str(no), rowspan=len(measures)))
            cells.append(sh.td('group', label, rowspan=len(measures)))
        cells.append(sh.td('circ', circ[j]))
        cells.append(sh.td('value', text))
        cells.append(status(sh, 'ok' if j != 2 else ''))
        cells.append(sh.td('empty_b'))
        cells.append(memo(sh, notes.get(j, '')))
        sh.add(h, cells)


def empty_rows(sh, n):
    for _ in range(n):
        sh.add(21, [sh.td('plain')] * len(COLS))


# ================================================================ sheet 1
def sheet1():
    sh = Sheet('0', '報告1（委託）')
    top_rows(sh, '令和5年度第1回 茨木市個人情報保護審議会　案件調書（報告事項1）',
             '資料2-1　作成：総務部 法務コンプライアンス課（審議会事務局）　最終更新 2023/07/05 16:42')
    field(sh, 1, '件名', '国民健康保険糖尿病性腎症重症化予防事業に係る保健指導業務の委託について',
          who='森', nowrap=True)
    field(sh, 2, '区分', '報告事項', who='森')
    field(sh, 3, '手続の種別', '個人情報取扱事務の委託（外部委託）', who='森')
    field(sh, 4, '根拠規定', '茨木市個人情報の保護に関する法律施行条例第7条第1項', who='森',
          note='※条番号を施行条例に合わせて修正→済')
    field(sh, 5, '担当部署', '健康医療部　保険年金課（国保給付係）・健康づくり課', who='森',
          note='※健康づくり課は保健師の派遣で共管')
    field(sh, 6, '事業の概要',
          '国民健康保険の被保険者のうち、特定健康診査の結果から糖尿病性腎症の重症化リスクが高いと'
          '判断される者に対し、専門職による個別の保健指導を行い、人工透析への移行を防ぐ。\n'
          '保健指導の実施には専門的な知見と体制が必要であるため、糖尿病の療養指導の実績を有する'
          '事業者に委託する。', height=84, who='森')
    field(sh, 7, '委託先',
          '株式会社ケアリンク関西\n（所在地：大阪市淀川区西中島四丁目／選定方法：公募型プロポーザル）',
          height=42, who='森', note='※所在地は登記簿の表記に統一')
    field(sh, 8, '委託期間',
          '令和5年8月1日から令和6年3月29日まで\n'
          '※令和6年度以降も同様の内容で委託を継続する予定', height=42, who='森')
    field(sh, 9, '委託する業務の内容',
          '(1) 対象者への参加勧奨（電話による）\n'
          '(2) 個別面談による保健指導（1人につき6か月間、面談3回）\n'
          '(3) 保健指導記録票の作成及び市への提出', height=63, who='森')
    item_block(sh, 10, '取り扱う個人情報の項目',
               [('指導対象者', ['被保険者記号番号', '氏名', '生年月日', '性別', '住所', '電話番号',
                                '特定健康診査の結果（HbA1c、尿蛋白、eGFR等）', '健診受診日',
                                '糖尿病の治療状況', '服薬状況', 'かかりつけ医療機関名',
                                '保健指導の実施区分（電話・面談）', '面談予約日時'])],
               tail=('対象外', '※個人番号（マイナンバー）は取り扱わない', '※要確認→済（7/3 保険年金課回答）'),
               notes={'健診受診日': '※R4様式の「受診日」から名称変更',
                      '服薬状況': '※要確認→済'})
    field(sh, 11, '対象者数（見込み）', '約180人', who='森')
    field(sh, 12, '記録媒体',
          '紙（保健指導記録票）\n'
          '受託者のパソコン（外部ネットワークに接続しないもの）\n'
          'USBメモリ（暗号化機能付き。市と受託者との間の受渡しに限って使用）\n'
          '※電子メールによる個人情報の送受信は行わない', height=84, who='森')
    measure_block(sh, 13, '市が講ずる保護措置', [
        ('委託契約書には個人情報の取扱いに関する特記事項を付け、受託者がこれを遵守しなければ'
         'ならないことを契約上明らかにする。', 42),
        ('受託者へ渡す対象者データは暗号化してUSBメモリに収め、復号用のパスワードはデータの'
         '引渡しとは別の日に電話で受託者の責任者へ伝える。', 42),
        ('USBメモリの受渡しは職員と受託者の責任者とが対面で行い、日時・件数・受領者を授受記録簿に'
         '記入する。', 42),
        ('契約期間中に少なくとも1回、職員が受託者の事業所を訪れ、個人情報の管理状況を実地に点検する。', 42),
        ('受託者から戻された保健指導記録票は、保険年金課内の施錠できる書庫で保管する。', 21),
    ], notes={1: '※「別の日」→「別の機会」案もあり。原案どおり'})
    measure_block(sh, 14, '受託者に講じさせる保護措置', [
        ('業務に従事する者の中から個人情報管理責任者を1名置かせ、従事者全員の氏名を記した一覧を'
         '契約後すみやかに市へ届け出させる。', 42),
        ('従事者には、業務に就く前に個人情報の適正な取扱いについての講習を受けさせる。', 21),
        ('保健指導記録票は、市の指定する相談室及び受託者の事業所以外の場所へ持ち出させない。', 42),
        ('業務に使うパソコンは、インターネットをはじめ外部のネットワークに一切つながない状態で'
         '使用させる。', 42),
        ('パソコンの起動時には、従事者ごとに割り当てたIDとパスワードの入力を必須とする設定にさせる。', 42),
        ('ウイルス対策ソフトを導入させ、定義ファイルを常に最新の状態に保たせる。', 21),
        ('漏えい・滅失・き損その他の事故が起きたとき、又はそのおそれがあるときは、直ちに市へ'
         '第一報を入れさせ、市の指示に従って対処させる。', 42),
        ('委託期間が終わったときは、USBメモリ及び保健指導記録票を市へ返却させ、パソコン内のデータは'
         '復元できない方法で消去させたうえ、消去の日時と方法を記した報告書を提出させる。', 63),
    ], notes={3: '※要確認→済（スタンドアロン運用）'})
    field(sh, 15, '特記事項', '「個人情報取扱特記事項」を契約書に添付する（本調書への添付は省略）',
          who='森', nowrap=True)
    field_soft(sh, 16, '備考', '令和4年度までは市の保健師が直接実施しており、委託は今年度が初めてとなる。')
    empty_rows(sh, 6)
    return sh


# ================================================================ sheet 2
def sheet2():
    sh = Sheet('1853417902', '諮問1（外部結合）')
    top_rows(sh, '令和5年度第1回 茨木市個人情報保護審議会　案件調書（諮問事項1）',
             '資料3　作成：総務部 法務コンプライアンス課（審議会事務局）　最終更新 2023/07/05 16:58')
    field(sh, 1, '件名', '障害児通所支援の利用調整に係る事業所連携クラウドサービスとの外部結合について',
          who='上田', nowrap=True)
    field(sh, 2, '区分', '諮問事項', who='上田')
    field(sh, 3, '手続の種別', '外部結合（通信回線を用いた電子計算機の結合）', who='上田')
    field(sh, 4, '根拠規定', '茨木市個人情報の保護に関する法律施行条例第8条第2項', who='上田')
    field(sh, 5, '担当部署', '福祉部　障害福祉課（障害児支援係）', who='上田')
    field_soft(sh, 6, '（参考）関係課', '総務部　情報政策課（庁内ネットワーク及び端末の管理）',
               note='※情報政策課とは協議済（6/28）')
    field(sh, 7, '結合の目的',
          '児童発達支援・放課後等デイサービスの利用を希望する児童について、市と市内の事業所とが'
          '空き状況と利用希望を共有し、利用調整にかかる期間を短くする。\n'
          'これまで電話とFAXで行っていた照会を、クラウドサービス上での登録・回答に切り替える。',
          height=84, who='上田')
    field(sh, 8, '結合先', 'ケアつなぎクラウド\n（株式会社ミツバ情報サービスが提供するクラウドサービス）',
          height=42, who='上田')
    field(sh, 9, '結合の方法',
          '市の障害福祉システムから利用調整に必要な項目を抽出し、障害福祉課の専用端末から結合先へ登録する。'
          '事業所は結合先の画面で内容を閲覧し、受入れの可否を回答する。', height=63, who='上田')
    field(sh, 10, '結合の開始日', '令和5年10月2日（予定）', who='上田')
    item_block(sh, 11, '取り扱う個人情報の項目',
               [('児童', ['氏名', '生年月日', '性別', '通所受給者証番号', '障害の状況', '療育手帳の等級',
                          '医療的ケアの内容', '支給決定日', '利用希望日']),
                ('保護者', ['氏名', '住所', '電話番号', '児童との続柄', '利用者負担上限月額',
                            '生活保護の受給状況'])],
               tail=('送信しない情報', '個人番号、医師の診断書（画像データ）'),
               notes={'医療的ケアの内容': '※受入れ判断に必要（事業所連絡会の要望）',
                      '生活保護の受給状況': '※上限月額0円の根拠として表示'})
    field(sh, 12, '記録媒体',
          '市の障害福祉システム（庁内サーバ）及び障害福祉課の専用端末\n'
          '結合先のクラウドサービス（ケアつなぎクラウド）のサーバ\n'
          '※事業所への紙媒体・FAXによる送付は、本結合の開始をもって取りやめる', height=63, who='上田')
    measure_block(sh, 13, '市が講ずる安全管理措置', [
        ('結合先との利用契約に個人情報の取扱いに関する条項を設け、事業者とその従業者が業務上'
         '知り得た情報を他に漏らしてはならない旨を明記する。', 42),
        ('結合先のクラウドを利用できる端末は、障害福祉課の執務室に置く専用端末2台に限定する。', 21),
        ('専用端末の利用者は、指静脈による生体認証とパスワードの二段階で本人確認を行う。', 21),
        ('市の端末とクラウドとの間の通信は、TLS1.3により暗号化する。', 21),
        ('専用端末での操作履歴を自動で記録し、毎月、係長がその内容を点検する。', 21),
        ('専用端末にはウイルス対策ソフトを導入し、OSの更新プログラムを速やかに適用する。', 21),
        ('担当職員には、年度当初に情報セキュリティ研修を受講させる。', 21),
    ])
    measure_block(sh, 14, '結合先事業者に講じさせる安全管理措置', [
        ('運用・保守に携わる者を指名させ、その名簿を市に提出させる。', 21),
        ('サーバは、ISMS（ISO/IEC 27001）の認証を取得した国内のデータセンターに設置させる。', 21),
        ('データセンターへの入館及びサーバ室への入室は、あらかじめ登録した者に限らせ、'
         'その記録を保存させる。', 42),
        ('保存するデータはAES-256方式で暗号化させるとともに、日次でバックアップを取得させる。', 21),
        ('ファイアウォールと侵入検知システムにより、外部からの不正なアクセスを遮断させる。', 21),
        ('システム障害や情報漏えいが起きた場合に備えて連絡体制と対応手順を定めさせ、発生時は'
         '直ちに市へ報告させる。', 42),
        ('市の承諾を得ずに運用業務の全部又は一部を他の事業者に請け負わせることを禁止する。', 21),
        ('結合を終了するときは、クラウド上の本市のデータをすべて消去させ、その結果を書面で報告させる。', 42),
    ], notes={4: '※IDS/IPSの別は仕様書で確認→済'})
    field(sh, 15, '備考',
          '事業所向け説明会：令和5年9月12日（火）開催予定\n'
          '結合先の利用料は令和5年度当初予算で措置済み', height=42, st='', who='')
    empty_rows(sh, 6)
    return sh


# ================================================================ page
CHROME_CSS = """
html{overflow:auto}body{margin:0;font-family:Arial,sans-serif;}
#top-bar{background:#f1f3f4;border-bottom:1px solid #dadce0;padding:0 16px;height:48px;display:flex;align-items:center}
#doc-title{font-size:18px;color:#202124;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#doc-title .name{font-family:'Google Sans',Roboto,Arial,sans-serif}
#sheet-menu{list-style:none;margin:0;padding:0 8px;background:#f1f3f4;border-bottom:1px solid #dadce0;height:32px;display:flex}
#sheet-menu li{display:inline-block;padding:0 14px;line-height:32px;font-size:13px;color:#5f6368}
#sheet-menu li.active{background:#fff;color:#188038;font-weight:bold;border-bottom:2px solid #188038}
#sheet-menu li a{color:inherit;text-decoration:none}
#sheets-viewport{overflow:auto;position:relative}
.ritz .waffle{table-layout:fixed;border-collapse:collapse;width:0}
.ritz .waffle td,.ritz .waffle th{overflow:hidden;}
.ritz .waffle .row-headers-background,.ritz .waffle .column-headers-background{background:#f8f9fa;color:#5f6368;font-size:8pt;text-align:center;border:1px solid #c0c0c0}
.ritz .waffle .row-header-wrapper{overflow:hidden;width:45px}
.ritz .waffle .freezebar-cell{background:#c0c0c0;height:3px;padding:0}
.ritz .waffle .softmerge{overflow:visible;}
.ritz .waffle .softmerge-inner{overflow:hidden;position:relative;text-overflow:clip;white-space:nowrap}
#footer{font-size:12px;color:#5f6368;padding:12px 16px;border-top:1px solid #dadce0}
#footer a{color:#5f6368}
.dash{padding:0 6px}
"""

SWITCH_JS = """
function switchToSheet(gid){var v=document.getElementById('sheets-viewport').children;
for(var i=0;i<v.length;i++){v[i].style.display=(v[i].id==gid)?'':'none';}
var m=document.getElementById('sheet-menu').children;
for(var j=0;j<m.length;j++){m[j].className=(m[j].id=='sheet-button-'+gid)?'active':'';}
return false;}
"""


def page(sheets):
    url = 'https://docs.google.com/spreadsheets/d/e/%s/pubhtml' % PUB_KEY
    out = ['<!DOCTYPE html>',
           '<!-- saved from url=(%04d)%s -->' % (len(url), url),
           '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
           '<meta name="google" content="notranslate">',
           '<meta http-equiv="X-UA-Compatible" content="IE=edge;">',
           '<link rel="shortcut icon" href="https://ssl.gstatic.com/docs/spreadsheets/spreadsheets_2023q4.ico">',
           '<title>%s - Google ドライブ</title>' % html.escape(DOC_TITLE),
           '<link rel="stylesheet" href="./%s_files/waffle_k_ltr.css">' % DOC_TITLE,
           '<style>%s</style>' % CHROME_CSS,
           '<script type="text/javascript" nonce="mQ3c8kVf1bT0xZr9yLw2Hg">%s</script>' % SWITCH_JS,
           '</head><body>',
           '<div id="top-bar"><div id="doc-title"><span class="name">%s</span></div></div>'
           % html.escape(DOC_TITLE),
           '<ul id="sheet-menu">']
    for i, sh in enumerate(sheets):
        out.append('<li id="sheet-button-%s"%s><a href="#" onclick="switchToSheet(\'%s\')">%s</a></li>'
                   % (sh.gid, ' class="active"' if i == 0 else '', sh.gid, html.escape(sh.name)))
    out.append('</ul>')
    out.append('<div id="sheets-viewport">')
    for i, sh in enumerate(sheets):
        tbl = sh.table()     # builds the class map
        hidden = '' if i == 0 else ' style="display:none"'
        out.append('<div id="%s" class="ritz grid-container" dir="ltr"%s>' % (sh.gid, hidden))
        out.append('<style type="text/css">%s</style>' % sh.css())
        out.append(tbl)
        out.append('</div>')
    out.append('</div>')
    out.append('<div id="footer"><a target="_blank" rel="noreferrer" href="%s">Google スプレッドシートで公開済み</a>'
               '<span class="dash">–</span><a target="_blank" rel="noreferrer" '
               'href="https://docs.google.com/abuse?id=e/%s">不正使用を報告</a>'
               '<span class="dash">–</span><span>5 分ごとに自動更新</span></div>' % (url, PUB_KEY))
    out.append('<script type="text/javascript" nonce="mQ3c8kVf1bT0xZr9yLw2Hg">'
               'if(window.location.hash){switchToSheet(window.location.hash.slice(5));}</script>')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


def main():
    sheets = [sheet1(), sheet2()]
    assert len(CLASSES) <= 21, len(CLASSES)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(page(sheets))
    print('wrote', os.path.relpath(OUT))


if __name__ == '__main__':
    main()
