#!/usr/bin/env python3
"""Writes raw/ah1_kariya_2022.htm: one worksheet of an Excel 2016 workbook saved as
「Web ページ (*.htm)」 — Excel's own HTML (ProgId Excel.Sheet, x:ExcelWorkbook XML in a
conditional comment, generated .xl65… classes, <col> widths, rows with heights,
merged cells, x:num / x:str, same-cell <br>, a hidden helper column J and one hidden
row), in Shift_JIS (CP932) with CRLF line ends.

The sheet is a 諮問・報告案件調書 of the 刈谷市個人情報保護審議会 with two matters and, further
down, the contract annex of matter 1.  Column J was hidden by the secretariat: it keeps
an earlier draft's contractor names and periods, which a browser does not show.
Everything (companies, people, article numbers, divisions, dates) is invented except
the municipality's name."""
import os
import re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw',
                   'ah1_kariya_2022.htm')

# ------------------------------------------------------------------ columns
# A (margin), B (labels), C-H (six value columns), I (margin), J (hidden draft column)
COLS_PX = [14, 120, 88, 88, 88, 88, 88, 88, 14]
PT = lambda px: ('%.1f' % (px * 0.75)).rstrip('0').rstrip('.')
TABLE_PX = sum(COLS_PX)

BR = "<br style='mso-data-placement:same-cell'>"


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def text(s):
    """Cell text: '\n' becomes Excel's same-cell <br>."""
    return (BR + '\r\n  ').join(esc(p) for p in s.split('\n'))


def td(cls, body='', colspan=1, rowspan=1, style=None, extra=''):
    a = ['<td']
    if rowspan > 1:
        a.append('rowspan=%d' % rowspan)
    if colspan > 1:
        a.append('colspan=%d' % colspan)
    a.append('class=%s' % cls)
    if extra:
        a.append(extra)
    if style:
        a.append("style='%s'" % style)
    return ' '.join(a) + '>' + body + '</td>'


def height_for(s, chars_per_line, line_pt=15.0, pad=4.5, minimum=18.75):
    lines = 0
    for part in s.split('\n'):
        n = len(part)
        lines += max(1, -(-n // chars_per_line))
    return max(minimum, lines * line_pt + pad)


ROWS = []          # each: (height_pt, [td strings for columns B..H], hidden_j_text, hidden_row)


def add(height, cells, j='', hidden=False):
    ROWS.append((height, cells, j, hidden))


def blank(height=9.0):
    add(height, [td('xl65', colspan=7, style='mso-ignore:colspan')])


def label_value(label, value, cls_val='xl71', j='', rowspan_label=1, chars=37, extra=''):
    h = max(height_for(value, chars), height_for(label, 8))
    add(h, [td('xl70', text(label), rowspan=rowspan_label), td(cls_val, text(value), colspan=6,
                                                                style='border-left:none', extra=extra)], j)


def measures(label, groups):
    """groups: [(subheading, [sentences])]; numbered 1.. across the whole label."""
    nrows = sum(1 + len(s) for _, s in groups)
    first = True
    n = 0
    for sub, sentences in groups:
        cells = []
        if first:
            cells.append(td('xl70', text(label), rowspan=nrows))
            first = False
        cells.append(td('xl79', esc(sub), colspan=6, style='border-left:none'))
        add(18.0, cells)
        for s in sentences:
            n += 1
            add(height_for(s, 31),
                [td('xl77', str(n), extra='align=center x:num'),
                 td('xl78', text(s), colspan=5, style='border-left:none')])


def item_grid(label, groups, note, hidden_rows=()):
    """groups: [(group label, [items])]; three items to a row.  hidden_rows: list of
    (after_group_index, [3 cells]) rows written with display:none."""
    body = []
    for gi, (glabel, items) in enumerate(groups):
        body.append(('g', glabel))
        for k in range(0, len(items), 3):
            body.append(('r', (items[k:k + 3] + ['', '', ''])[:3]))
    body.append(('n', note))
    total = len(body)
    first = True
    for kind, v in body:
        cells = []
        if first:
            cells.append(td('xl70', text(label), rowspan=total))
            first = False
        if kind == 'g':
            cells.append(td('xl75', esc(v), colspan=6, style='border-left:none'))
            add(18.0, cells)
        elif kind == 'r':
            for c in v:
                cells.append(td('xl74', esc(c), colspan=2, style='border-left:none'))
            add(18.0, cells)
        else:
            cells.append(td('xl76', text(v), colspan=6, style='border-left:none'))
            add(height_for(v, 42, line_pt=13.5), cells)
    # rows Excel saved as hidden: a row of its own, after the block
    for hlabel, hcells in hidden_rows:
        add(18.0, [td('xl70', text(hlabel))] +
            [td('xl74', esc(c), colspan=2, style='border-left:none') for c in hcells], hidden=True)


def header_bar(s):
    add(21.0, [td('xl72', esc(s), colspan=7)])


# ------------------------------------------------------------------ content
TITLE = '令和４年度第２回　刈谷市個人情報保護審議会　諮問・報告案件調書'

add(9.0, [td('xl65', colspan=7, style='mso-ignore:colspan')])
add(27.0, [td('xl66', esc(TITLE), colspan=7)])
blank()
# 作成日 / 担当 block at the top right (columns F, G-H)
add(18.75, [td('xl65', colspan=4, style='mso-ignore:colspan'),
            td('xl67', '作成日'),
            td('xl68', '令和4年10月14日', colspan=2, style='border-left:none', extra='x:num="44848"')])
add(18.75, [td('xl65', colspan=4, style='mso-ignore:colspan'),
            td('xl67', '担当', style='border-top:none'),
            td('xl69', '総務部文書法制課', colspan=2, style='border-left:none')])
add(18.75, [td('xl65', colspan=4, style='mso-ignore:colspan'),
            td('xl67', '連絡先', style='border-top:none'),
            td('xl69', '内線２３６４', colspan=2, style='border-left:none', extra='x:str')])
blank()
add(27.0, [td('xl84', text('※各案件の担当課が記入した調書を、審議会事務局（文書法制課）で取りまとめたもの。'
                           '\n※□は該当なし、■は該当あり。網掛けの欄は記入しないこと。'), colspan=7)])
blank()

# ================================================================ 案件１
header_bar('案件１')
label_value('案件番号', '諮問第５号',
            extra='x:str x:fmla="=&quot;諮問第&quot;&amp;DBCS(5)&amp;&quot;号&quot;"')
add(18.75, [td('xl70', '区分', rowspan=2),
            td('xl73', esc('■諮問　　□報告'), colspan=6, style='border-left:none')])
add(18.75, [td('xl73', esc('■業務委託　□回線結合　□目的外利用・提供　□本人以外からの収集　□電子計算機処理'),
               colspan=6, style='border-left:none')])
label_value('件名', '市立児童クラブ運営業務の民間事業者への委託について', cls_val='xl85')
label_value('根拠条項', '刈谷市個人情報保護条例第１３条第１項')
label_value('担当部課', '次世代育成部　子育て支援課')
label_value('事業の概要',
            '市は、児童福祉法第６条の３第２項に規定する放課後児童健全育成事業として、小学校区ごとに市立児童クラブ'
            '（１４クラブ）を設け、会計年度任用職員の支援員により運営してきた。\n'
            '支援員の確保が年々難しくなっていることから、令和５年度から全クラブの運営を一つの民間事業者に一括して'
            '委ね、開所時間の延長と安定した運営体制を図る。\n'
            '入会申請の受付、入会の決定及び利用料の徴収は、これまでどおり市が行う。\n'
            'クラブ室として使う小学校の余裕教室の管理については、教育委員会学校教育課と調整済みである。')
label_value('委託先', '株式会社クローバー・キッズサポート（本社：名古屋市東区）',
            j='特定非営利活動法人みどりの森こども会')
label_value('委託期間', '令和５年４月１日から令和８年３月３１日まで（長期継続契約）',
            j='令和５年４月１日から令和６年３月３１日まで（令和６年度以降も同様に委託する予定）')
label_value('受託者の選定',
            '令和４年８月に公募型プロポーザルを実施し、同年９月２９日に選定委員会で受託候補者を決定した。')
item_grid('委託先に取り扱わせる個人情報',
          [('【児童】', ['氏名', '生年月日', '性別', '学校名', '学年', '障害の状況',
                       '服薬の状況', 'かかりつけ医療機関名']),
           ('【保護者】', ['氏名', '住所', '電話番号', '勤務先', '緊急連絡先（祖父母等の氏名及び電話番号）',
                        '生活保護の受給状況※', '児童扶養手当の受給状況※', '利用料の減免区分※'])],
          '※利用料の減免を申請した世帯に限る。\n'
          '個人番号及び健康保険被保険者証の記号番号は、委託先に取り扱わせない。')
label_value('記録媒体',
            '■紙（入会申請書の写し、児童台帳、保護者との連絡票）\n'
            '■受託者のパソコン（各クラブ室に１台設置）\n'
            '■電子メール（市と受託者本部との連絡用）\n'
            '□ＵＳＢメモリ等の外部記録媒体\n'
            '□市の児童クラブ入会管理システム（受託者には操作させない）')
measures('市が講じる保護対策', [
    ('〔運用上の対策〕', [
        '契約書に別記「個人情報取扱特記事項」を添付し、刈谷市個人情報保護条例及び刈谷市情報セキュリティポリシー'
        'に従う義務を受託者に負わせる旨を条文に書き込む。',
        '運営開始前に、個人情報の扱いに関する作業手順書を受託者から提出させ、子育て支援課がその内容を審査して'
        '必要な修正を求める。',
        '入会申請書の写しを受託者に引き渡すときは、子育て支援課の窓口で職員が本部の担当者に手渡しし、'
        '件数を記した受領書に署名を受ける。',
        '子育て支援課の職員が年２回以上、予告なしに各クラブ室を訪れ、台帳類の扱いが手順書のとおりか確かめる。',
        '受託者の支援員全員を対象に、運営開始前に市職員が個人情報の扱い方を説明する場を設ける。',
        '契約期間の満了時には、受託者が保管する児童台帳その他の書類を市に返還させ、職員が件数を照合して受け取る。']),
    ('〔技術的対策〕', [
        '個人情報を含むファイルを電子メールで送るときはファイルを暗号化し、解除用のパスワードは送信後に電話で'
        '相手方に伝える。',
        'メールを送る前に、宛先と添付ファイルを送信者以外の職員が確かめてから送信する。']),
])
measures('受託者に講じさせる保護対策', [
    ('〔組織的対策〕', [
        'クラブごとに個人情報の管理責任者を置かせ、責任者と取扱者の氏名を一覧にして市に届け出させる。',
        '個人情報の紛失、誤送信その他の事故が生じたときは、時間帯を問わず直ちに子育て支援課へ第一報を入れさせ、'
        'その後の経過を書面で報告させる。',
        '市が書面で承諾した場合を除き、個人情報を扱う業務を再委託させない。']),
    ('〔人的対策〕', [
        '支援員その他の従事者には、採用時と毎年度の初めに、個人情報の適正な扱いに関する研修を受けさせる。',
        '従事者から、業務で知った児童や家庭の事情をほかに漏らさない旨の誓約書を徴し、退職後も同じ義務を負わせる。']),
    ('〔物理的対策〕', [
        '入会申請書の写しと児童台帳は、クラブ室内の鍵の掛かる書庫に納めさせ、閉所時は必ず施錠させる。',
        '児童台帳等の書類は、クラブ室の外へ持ち出させない。']),
    ('〔技術的対策〕', [
        'クラブ室のパソコンは起動時にパスワードの入力を求める設定とし、従事者ごとに利用者ＩＤを分けて使わせる。',
        '児童の情報を記録したファイルには、開くためのパスワードを付けさせる。',
        '契約が終わるときは、パソコンに残る個人情報を復元できない方法で消去させ、消去の日付と方法を記した報告書を'
        '提出させる。']),
])
label_value('特記事項', '別記のとおり（本調書の末尾に掲載）')
label_value('備考', '類似の案件として、令和３年度第４回審議会で「児童クラブ入会申請書の入力業務の委託について」を'
                   '報告している。')
blank(18.75)

# ================================================================ 案件２
header_bar('案件２')
label_value('案件番号', '報告第３号',
            extra='x:str x:fmla="=&quot;報告第&quot;&amp;DBCS(3)&amp;&quot;号&quot;"')
add(18.75, [td('xl70', '区分', rowspan=2),
            td('xl73', esc('□諮問　　■報告'), colspan=6, style='border-left:none')])
add(18.75, [td('xl73', esc('□業務委託　■回線結合　□目的外利用・提供　□本人以外からの収集　□電子計算機処理'),
               colspan=6, style='border-left:none')])
label_value('件名', '介護認定審査会資料の電子化に伴うクラウドサービスとの回線結合について', cls_val='xl85')
label_value('根拠条項', '刈谷市個人情報保護条例第１６条第３項')
label_value('担当部課', '福祉健康部　長寿課')
label_value('結合の理由',
            '介護保険法第２７条に基づく要介護認定の審査判定は、介護認定審査会（５合議体）で行っている。'
            'これまで審査資料は紙に印刷して委員へ郵送していたが、印刷と郵送の手間に加えて紛失のおそれがあるため、'
            '令和５年１月の審査会から、クラウドサービス上で資料を閲覧する方式に改める。')
label_value('結合先',
            '株式会社ミカワデータサービス（本社：名古屋市中村区）が提供するクラウドサービス「ケアレビュークラウド」\n'
            '（市と同社との間でサービス利用契約を締結する。）',
            j='株式会社トヨアケ情報システム「ｅ－審査会ボード」')
label_value('結合の方法',
            '長寿課の介護認定支援システム端末からＬＧＷＡＮ－ＡＳＰを通じて資料を登録し、委員は市が貸与する'
            'タブレット端末から閉域のモバイル回線を経由して閲覧する。\n'
            '接続の方式は、企画財政部情報システム課と協議済みである。')
label_value('結合の開始日', '令和５年１月１０日から', j='令和４年１２月１日から')
item_grid('結合により取り扱う個人情報',
          [('【審査対象者】', ['被保険者番号', '年齢', '性別', '申請区分（新規・更新・区分変更）',
                           '前回認定の要介護度', '認定調査の実施日', '傷病名', '特別な医療の実施状況',
                           '主治医の医療機関名']),
           ('【審査会委員】', ['氏名', 'ログインＩＤ'])],
          '※審査対象者の氏名、住所及び生年月日は、資料を登録する前に介護認定支援システムで伏せ字に置き換えるため、'
          '結合先には送られない。',
          hidden_rows=[('【審査対象者】', ['氏名', '住所', '生年月日'])])
label_value('記録媒体',
            '■結合先のクラウドサービス（ケアレビュークラウド）\n'
            '■市が委員に貸与するタブレット端末\n'
            '■介護認定支援システム（長寿課内の端末）\n'
            '□紙（審査資料の郵送は、本結合の開始をもって廃止する。）')
measures('市が講じる保護対策', [
    ('〔運用上の対策〕', [
        '資料を登録する権限は、長寿課の認定担当職員のアカウントにのみ与える。',
        '委員が閲覧できる資料は、本人が属する合議体のその回の審査分に限る設定とする。',
        '委員には、委嘱の際と毎年度最初の審査会で、端末の扱い方と守るべき事項を市が説明する。',
        '委員が端末を紛失したときはすぐに長寿課へ連絡してもらい、市が当該委員のアカウントを停止する。']),
    ('〔物理的対策〕', [
        '貸与タブレットを使わない期間は、長寿課内の鍵付き保管庫に収めておく。']),
    ('〔技術的対策〕', [
        '委員のログインには、個人ごとのＩＤとパスワードに加え、端末に表示されるワンタイムコードの入力を必須とする。',
        '資料を端末に保存する機能は無効にし、資料の複製ができないようにする。',
        'タブレットは閉域のモバイル回線にのみ接続し、インターネットへはつながらない設定とする。']),
])
measures('受託事業者（結合先）に講じさせる保護対策', [
    ('〔組織的対策〕', [
        'サービスの運用担当者を指名させ、その名簿を市に提出させる。',
        'ISMS認証（ISO/IEC 27001）及びISMSクラウドセキュリティ認証（ISO/IEC 27017）を、契約期間を通じて維持させる。',
        '障害の発生や情報漏えいの疑いを把握したときは、ただちに長寿課へ通報させる。']),
    ('〔物理的対策〕', [
        'サーバは国内のデータセンターに置かせ、サーバ室への入室は生体認証で許可された者に限らせ、入退室の記録を残させる。']),
    ('〔技術的対策〕', [
        '保存される資料と通信経路を暗号化させる。',
        '資料の登録、閲覧及び削除の履歴を記録させ、１年間保存させる。',
        'データを毎日バックアップさせ、バックアップデータは暗号化した上で遠隔地のデータセンターに保管させる。',
        '審査会の終了から３０日を経過した資料は、サーバから自動で削除させる。']),
])
label_value('備考', '本件は、刈谷市個人情報保護条例施行規則に定める報告事項に該当するため、報告とする。')
blank(18.75)
blank(18.75)

# ================================================================ 別記
header_bar('別記　個人情報取扱特記事項（案件１　市立児童クラブ運営業務の委託関係）')
ANNEX = [
    ('第１条', '（基本的事項）', '受託者は、この契約による業務で個人情報を扱うに当たっては、その重要性を認識し、個人の'
     '権利利益を損なうことのないよう適正に取り扱わなければならない。'),
    ('第２条', '（秘密の保持）', '受託者は、業務を通じて知り得た個人情報の内容を他に漏らしてはならない。契約期間の満了後'
     '又は契約の解除後も同様とする。'),
    ('第３条', '（収集の制限）', '受託者は、業務のために個人情報を集めるときは、業務の目的を達するのに必要な範囲で、'
     '適法かつ公正な手段によらなければならない。'),
    ('第４条', '（目的外利用及び提供の禁止）', '受託者は、市の指示又は承諾がある場合を除き、業務で扱う個人情報を契約の'
     '目的以外に利用し、又は第三者に提供してはならない。'),
    ('第５条', '（複写及び複製の禁止）', '受託者は、市の承諾なく、市から渡された個人情報を記した書類等を複写し、'
     '又は複製してはならない。'),
    ('第６条', '（再委託の禁止）', '受託者は、個人情報を扱う業務を他の者に委託してはならない。ただし、あらかじめ市の'
     '書面による承諾を得たときは、この限りでない。'),
    ('第７条', '（持出しの禁止）', '受託者は、市の承諾を得ずに、個人情報を記した書類等をクラブ室その他市が指定する場所'
     'から持ち出してはならない。'),
    ('第８条', '（事故発生時の報告）', '受託者は、個人情報の漏えい、滅失、き損その他の事故が生じ、又は生じるおそれがある'
     'ことを知ったときは、直ちに市に報告し、市の指示に従わなければならない。'),
    ('第９条', '（資料等の返還等）', '受託者は、契約が終了し、又は解除されたときは、市から受け取った書類等を速やかに市に'
     '返還し、受託者が作成した個人情報の記録は復元できない方法で消去した上、その旨を書面で市に届け出なければならない。'),
    ('第１０条', '（従事者への周知）', '受託者は、業務に従事する者に対し、在職中も退職後も業務で知った個人情報を漏らしては'
     'ならないことなど、個人情報の保護に必要な事項を周知しなければならない。'),
    ('第１１条', '（調査及び報告）', '市は、必要と認めるときは、受託者に個人情報の取扱状況を報告させ、又は職員にクラブ室等を'
     '実地に調査させることができる。'),
    ('第１２条', '（契約の解除及び損害賠償）', '市は、受託者がこの特記事項に違反したときは、契約を解除し、及びこれにより'
     '生じた損害の賠償を受託者に請求することができる。'),
    ('第１３条', '（違反の公表）', '市は、受託者がこの特記事項に違反したときは、受託者の名称及び違反の事実を公表すること'
     'ができる。'),
]
for no, head, body in ANNEX:
    s = head + body
    add(height_for(s, 37), [td('xl81', esc(no)), td('xl82', esc(s), colspan=6, style='border-left:none')])
blank()
add(18.75, [td('xl86', '刈谷市', colspan=7)])


# ------------------------------------------------------------------ rendering
STYLE = r'''<style>
<!--table
	{mso-displayed-decimal-separator:"\.";
	mso-displayed-thousand-separator:"\,";}
@page
	{margin:.59in .39in .59in .39in;
	mso-header-margin:.31in;
	mso-footer-margin:.31in;
	mso-header-data:"&R令和４年度第２回審議会　資料１";
	mso-footer-data:"&C&P \/ &N";
	mso-horizontal-page-align:center;}
tr
	{mso-height-source:auto;
	mso-ruby-visibility:none;}
col
	{mso-width-source:auto;
	mso-ruby-visibility:none;}
br
	{mso-data-placement:same-cell;}
.style0
	{mso-number-format:General;
	text-align:general;
	vertical-align:middle;
	white-space:nowrap;
	mso-rotate:0;
	mso-background-source:auto;
	mso-pattern:auto;
	color:black;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:游ゴシック, monospace;
	mso-font-charset:128;
	border:none;
	mso-protection:locked visible;
	mso-style-name:標準;
	mso-style-id:0;}
td
	{mso-style-parent:style0;
	padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:游ゴシック, monospace;
	mso-font-charset:128;
	mso-number-format:General;
	text-align:general;
	vertical-align:middle;
	border:none;
	mso-background-source:auto;
	mso-pattern:auto;
	mso-protection:locked visible;
	white-space:nowrap;
	mso-rotate:0;}
.xl65
	{mso-style-parent:style0;
	font-size:10.5pt;}
.xl66
	{mso-style-parent:style0;
	font-size:14.0pt;
	font-weight:700;
	text-align:center;}
.xl67
	{mso-style-parent:style0;
	font-size:9.0pt;
	text-align:center;
	border:.5pt solid windowtext;
	background:#D9D9D9;
	mso-pattern:black none;}
.xl68
	{mso-style-parent:style0;
	font-size:9.0pt;
	mso-number-format:"\[$-ja-JP-x-gannen\]ggge\0022年\0022m\0022月\0022d\0022日\0022\;\@";
	text-align:center;
	border:.5pt solid windowtext;}
.xl69
	{mso-style-parent:style0;
	font-size:9.0pt;
	mso-number-format:"\@";
	text-align:center;
	border:.5pt solid windowtext;}
.xl70
	{mso-style-parent:style0;
	font-size:10.0pt;
	mso-number-format:"\@";
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;
	background:#D9D9D9;
	mso-pattern:black none;
	white-space:normal;}
.xl71
	{mso-style-parent:style0;
	font-size:10.5pt;
	mso-number-format:"\@";
	text-align:left;
	vertical-align:top;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl72
	{mso-style-parent:style0;
	color:white;
	font-size:11.0pt;
	font-weight:700;
	text-align:left;
	border:.5pt solid windowtext;
	background:#1F4E78;
	mso-pattern:black none;}
.xl73
	{mso-style-parent:style0;
	font-size:9.0pt;
	mso-number-format:"\@";
	text-align:left;
	border:.5pt solid windowtext;}
.xl74
	{mso-style-parent:style0;
	font-size:10.0pt;
	mso-number-format:"\@";
	text-align:left;
	border:.5pt hairline windowtext;
	white-space:normal;}
.xl75
	{mso-style-parent:style0;
	font-size:10.0pt;
	font-weight:700;
	mso-number-format:"\@";
	text-align:left;
	border:.5pt solid windowtext;
	background:#F2F2F2;
	mso-pattern:black none;}
.xl76
	{mso-style-parent:style0;
	font-size:9.0pt;
	mso-number-format:"\@";
	text-align:left;
	vertical-align:top;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl77
	{mso-style-parent:style0;
	font-size:10.0pt;
	mso-number-format:"0_\)\;\\\(0\\\)";
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;}
.xl78
	{mso-style-parent:style0;
	font-size:10.0pt;
	mso-number-format:"\@";
	text-align:left;
	vertical-align:top;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl79
	{mso-style-parent:style0;
	font-size:10.0pt;
	font-weight:700;
	mso-number-format:"\@";
	text-align:left;
	border:.5pt solid windowtext;}
.xl80
	{mso-style-parent:style0;
	color:#7F7F7F;
	font-size:9.0pt;
	mso-number-format:"\@";}
.xl81
	{mso-style-parent:style0;
	font-size:10.0pt;
	mso-number-format:"\@";
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;
	font-family:"ＭＳ 明朝", serif;
	mso-font-charset:128;}
.xl82
	{mso-style-parent:style0;
	font-size:10.0pt;
	mso-number-format:"\@";
	text-align:left;
	vertical-align:top;
	border:.5pt solid windowtext;
	white-space:normal;
	font-family:"ＭＳ 明朝", serif;
	mso-font-charset:128;}
.xl83
	{mso-style-parent:style0;
	color:#7F7F7F;
	font-size:9.0pt;
	mso-number-format:"\@";
	white-space:normal;}
.xl84
	{mso-style-parent:style0;
	font-size:9.0pt;
	mso-number-format:"\@";
	text-align:left;
	vertical-align:top;
	white-space:normal;}
.xl85
	{mso-style-parent:style0;
	font-size:10.5pt;
	font-weight:700;
	mso-number-format:"\@";
	text-align:left;
	vertical-align:middle;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl86
	{mso-style-parent:style0;
	font-size:9.0pt;
	text-align:right;}
.xl87
	{mso-style-parent:style0;
	font-size:10.5pt;
	text-align:center;}
.xl88
	{mso-style-parent:style0;
	font-size:10.5pt;
	mso-number-format:"Short Date";}
.xl89
	{mso-style-parent:style0;
	font-size:10.5pt;
	border-top:.5pt solid windowtext;}
.xl90
	{mso-style-parent:style0;
	font-size:10.5pt;
	text-align:right;
	mso-number-format:"\#\,\#\#0";}
ruby
	{ruby-align:left;}
rt
	{color:windowtext;
	font-size:6.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:游ゴシック, monospace;
	mso-font-charset:128;
	mso-char-type:katakana;
	display:none;}
-->
</style>'''

XML = '''<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>案件調書</x:Name>
    <x:WorksheetOptions>
     <x:DefaultRowHeight>375</x:DefaultRowHeight>
     <x:FitToPage/>
     <x:FitToPage/>
     <x:Print>
      <x:FitHeight>0</x:FitHeight>
      <x:ValidPrinterInfo/>
      <x:PaperSizeIndex>9</x:PaperSizeIndex>
      <x:Scale>86</x:Scale>
      <x:HorizontalResolution>600</x:HorizontalResolution>
      <x:VerticalResolution>600</x:VerticalResolution>
     </x:Print>
     <x:PageBreakZoom>85</x:PageBreakZoom>
     <x:Selected/>
     <x:DoNotDisplayGridlines/>
     <x:TopRowVisible>30</x:TopRowVisible>
     <x:Panes>
      <x:Pane>
       <x:Number>3</x:Number>
       <x:ActiveRow>41</x:ActiveRow>
       <x:ActiveCol>9</x:ActiveCol>
      </x:Pane>
     </x:Panes>
     <x:ProtectContents>False</x:ProtectContents>
     <x:ProtectObjects>False</x:ProtectObjects>
     <x:ProtectScenarios>False</x:ProtectScenarios>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:WindowHeight>11385</x:WindowHeight>
  <x:WindowWidth>20490</x:WindowWidth>
  <x:WindowTopX>32767</x:WindowTopX>
  <x:WindowTopY>32767</x:WindowTopY>
  <x:TabRatio>638</x:TabRatio>
  <x:ProtectStructure>False</x:ProtectStructure>
  <x:ProtectWindows>False</x:ProtectWindows>
 </x:ExcelWorkbook>
 <x:ExcelName>
  <x:Name>Print_Area</x:Name>
  <x:SheetIndex>1</x:SheetIndex>
  <x:Formula>=案件調書!$B$2:$H$%d</x:Formula>
 </x:ExcelName>
</xml><![endif]-->'''


def render():
    out = []
    out.append('<html xmlns:v="urn:schemas-microsoft-com:vml"\n'
               'xmlns:o="urn:schemas-microsoft-com:office:office"\n'
               'xmlns:x="urn:schemas-microsoft-com:office:excel"\n'
               'xmlns="http://www.w3.org/TR/REC-html40">\n\n<head>')
    out.append('<meta http-equiv=Content-Type content="text/html; charset=shift_jis">')
    out.append('<meta name=ProgId content=Excel.Sheet>')
    out.append('<meta name=Generator content="Microsoft Excel 15">')
    out.append(STYLE)
    out.append(XML % (len(ROWS) - 2))
    out.append('</head>\n\n<body link="#0563C1" vlink="#954F72">\n')
    w_pt = PT(TABLE_PX)
    out.append("<table border=0 cellpadding=0 cellspacing=0 width=%d style='border-collapse:\n"
               " collapse;table-layout:fixed;width:%spt'>" % (TABLE_PX, w_pt))
    out.append(" <col class=xl65 width=14 style='mso-width-source:userset;mso-width-alt:448;width:11pt'>")
    out.append(" <col class=xl65 width=120 style='mso-width-source:userset;mso-width-alt:3840;width:90pt'>")
    out.append(" <col class=xl65 width=88 span=6 style='mso-width-source:userset;mso-width-alt:2816;\n"
               " width:66pt'>")
    out.append(" <col class=xl65 width=14 style='mso-width-source:userset;mso-width-alt:448;width:11pt'>")
    out.append(" <col class=xl80 width=0 style='display:none;mso-width-source:userset;mso-width-alt:\n"
               " 9984'>")
    for i, (h, cells, j, hidden) in enumerate(ROWS):
        hs = ('%.2f' % h).rstrip('0').rstrip('.')
        hpx = int(round(h / 0.75))
        if hidden:
            out.append(" <tr height=0 style='display:none;mso-height-source:userset;mso-height-alt:360'>")
            out.append("  <td class=xl65></td>")
        else:
            out.append(" <tr height=%d style='height:%spt'>" % (hpx, hs))
            if i == 0:
                out.append("  <td height=%d class=xl65 width=14 style='height:%spt;width:11pt'></td>" % (hpx, hs))
            else:
                out.append("  <td height=%d class=xl65 style='height:%spt'></td>" % (hpx, hs))
        for c in cells:
            out.append('  ' + c)
        out.append('  <td class=xl65></td>')
        out.append("  <td class=xl83 style='display:none'>%s</td>" % esc(j))
        out.append(' </tr>')
    out.append(' <![if supportMisalignedColumns]>')
    out.append(" <tr height=0 style='display:none'>")
    for px in COLS_PX:
        out.append("  <td width=%d style='width:%spt'></td>" % (px, PT(px)))
    out.append("  <td width=0></td>")
    out.append(' </tr>')
    out.append(' <![endif]>')
    out.append('</table>\n\n</body>\n\n</html>\n')
    s = '\n'.join(out)
    s = s.replace('\r\n', '\n').replace('\n', '\r\n')
    return s


def main():
    s = render()
    data = s.encode('cp932')          # strict: every character must exist in CP932
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'wb') as f:
        f.write(data)
    print('wrote', os.path.normpath(OUT), len(data), 'bytes,', len(ROWS), 'rows')


if __name__ == '__main__':
    main()
