#!/usr/bin/env python3
"""Writes src/ai/build/ai2_isahaya_2021.html and prints it with headless Chromium to
raw/ai2_isahaya_2021.pdf: a 議案書 of the 諫早市個人情報保護審議会 (令和３年度第２回).

Pages (A4 portrait, 7 pages):
  1  cover (upright): session, date, place, agenda with both titles, secretariat
  2  諮問書 (upright): 文書番号, date, 会長 様, 市長, 「…について諮問します」, 記, two titles
  3  別紙１ part 1  — a landscape ruled form (番号 / 項目 / 内容 / 備考) rotated 90°
                      counter-clockwise onto the portrait page, as in a bound booklet
  4  別紙１ part 2  — the same form continued, with the header row repeated
  5  別紙２         — the second form, rotated the same way
  6  別記 個人情報取扱特記事項 of 別紙２ (upright, 第１条…第１４条)
  7  参考 (upright): older dates, former and other departments, a system that is not the 結合先
The running page number 「－ n －」 stays upright at the foot of pages 2–7.

Standard library only (Chromium is called through subprocess).  Every sentence was
written for this set."""
import html
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, 'build')
HTML_OUT = os.path.join(BUILD, 'ai2_isahaya_2021.html')
PDF_OUT = os.path.join(HERE, '..', '..', 'raw', 'ai2_isahaya_2021.pdf')

ZEN = str.maketrans('0123456789', '０１２３４５６７８９')


def z(s):
    """Full-width digits, as a Word document typed in Japanese would have them."""
    return s.translate(ZEN)


def e(s):
    return html.escape(s, quote=False)


TITLE1 = '電子母子健康手帳サービスの導入に伴う外部結合について'
TITLE2 = '介護保険要介護認定に係る認定調査業務の委託について'

CSS = """
@page { size: A4 portrait; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: "Noto Serif CJK JP", serif; font-size: 10.5pt; color: #000; }
.page { position: relative; width: 210mm; height: 297mm; overflow: hidden;
        page-break-after: always; break-after: page;
        contain: strict; /* keeps the unrotated width of a sideways form from shrinking the print */ }
.page:last-child { page-break-after: auto; break-after: auto; }
.upright { position: absolute; left: 25mm; top: 22mm; width: 162mm; line-height: 1.75; }
.folio { position: absolute; left: 0; width: 210mm; bottom: 10mm; text-align: center;
         font-size: 10pt; }
p { margin: 0; }
.r { text-align: right; }
.c { text-align: center; }
.ind1 { padding-left: 1em; }
.hang { padding-left: 1em; text-indent: -1em; }
.hang2 { padding-left: 2em; text-indent: -1em; }
/* cover */
.cover-title { margin-top: 62mm; text-align: center; font-size: 17pt; line-height: 2.1; letter-spacing: .08em; }
.cover-title .big { font-size: 26pt; letter-spacing: .6em; }
.cover-meta { margin: 22mm 0 0 28mm; font-size: 11.5pt; line-height: 2; }
.cover-meta td { padding: 0 4mm 0 0; vertical-align: top; }
.cover-meta td:first-child { white-space: nowrap; }
.cover-foot { position: absolute; left: 25mm; right: 23mm; bottom: 30mm; font-size: 10pt;
              border: 0.8px solid #000; padding: 3mm 5mm; line-height: 1.7; }
.stamp { display: inline-block; border: 1.2px solid #b00; color: #b00; font-size: 9pt;
         padding: 0.5mm 2mm; transform: rotate(-4deg); margin-left: 6mm; }
/* rotated landscape forms */
.land { position: absolute; width: 265mm; height: 178mm; left: -27.5mm; top: 54mm;
        transform: rotate(-90deg); transform-origin: 50% 50%;
        font-family: "Noto Sans CJK JP", sans-serif; font-size: 8.6pt; line-height: 1.42; }
.land .mark { position: absolute; right: 0; top: 0; border: 0.8px solid #000; padding: 0.4mm 3mm;
              font-size: 10pt; }
.land h2 { font-size: 11.5pt; font-weight: bold; text-align: center; margin: 0 0 1.2mm; }
.land .sub { font-size: 8.6pt; margin-bottom: 1.5mm; }
table.form { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.form th, table.form td { border: 0.7px solid #000; padding: 0.9mm 1.4mm; vertical-align: top; }
table.form th { background: #e8e8e8; font-weight: bold; text-align: center; }
table.form td.no { text-align: center; }
table.form td.lbl { background: #f4f4f4; }
table.form col.no { width: 10.5mm; }
table.form col.lbl { width: 33mm; }
table.form col.note { width: 58mm; }
.cont { font-size: 8.6pt; margin-bottom: 1mm; }
.contd { position: absolute; right: 0; bottom: 0; font-size: 8.6pt; }
/* annex */
.annex h2 { font-size: 12.5pt; text-align: center; font-weight: normal; margin: 2mm 0 4mm; letter-spacing: .2em; }
.annex .art-h { margin-top: 0.6mm; }
.annex { font-size: 9.6pt; line-height: 1.5; }
"""


def folio(n):
    return '<div class="folio">－ %s －</div>' % z(str(n))


# ---------------------------------------------------------------- page 1: cover
def cover():
    return f"""
<div class="page">
<div class="upright" style="top:18mm">
<p class="r" style="font-size:9.5pt">資料番号　審２１－２</p>
<div class="cover-title">{z('令和3年度第2回')}<br>諫早市個人情報保護審議会<br><span class="big">議案書</span></div>
<table class="cover-meta">
<tr><td>日　時</td><td>{z('令和3年11月18日（木）　午後2時から')}</td></tr>
<tr><td>場　所</td><td>{z('諫早市役所　本館5階　第2委員会室')}</td></tr>
<tr><td>議　事</td><td>{z('1')}　諮問事項
<p style="padding-left:3em;text-indent:-2em">（１）{e(TITLE1)}　（別紙１）</p>
<p style="padding-left:3em;text-indent:-2em">（２）{e(TITLE2)}　（別紙２）</p>
{z('2')}　その他</td></tr>
</table>
</div>
<div class="cover-foot">
事務局　諫早市総務部総務課（情報公開・個人情報保護担当）<br>
{z('電話　0957-47-2186（直通）')}<br>
※本議案書は会議終了後に回収します。持ち帰らないでください。<span class="stamp">委員用</span>
</div>
</div>"""


# ---------------------------------------------------------------- page 2: 諮問書
def letter():
    return f"""
<div class="page">
<div class="upright">
<p class="r">諫総第{z('1235')}号</p>
<p class="r">{z('令和3年11月4日')}</p>
<p style="margin-top:8mm">諫早市個人情報保護審議会</p>
<p>会長　松尾　和彦　様</p>
<p class="r" style="margin-top:8mm">諫早市長　中島　信行　</p>
<p class="r" style="font-size:9pt">（公印省略）</p>
<p class="c" style="margin-top:14mm;font-size:12pt">個人情報の取扱いについて（諮問）</p>
<p style="margin-top:8mm;text-indent:1em">諫早市個人情報保護条例第{z('32')}条第{z('2')}項の規定に基づき、下記の事項について諮問します。</p>
<p class="c" style="margin-top:8mm">記</p>
<p class="hang" style="margin-top:4mm">{z('1')}　{e(TITLE1)}（別紙１）</p>
<p class="hang">{z('2')}　{e(TITLE2)}（別紙２）</p>
<p style="margin-top:60mm;font-size:9.5pt;margin-left:80mm;line-height:1.6">担当　総務部総務課<br>
{z('電話　0957-47-2186')}</p>
</div>
{folio(1)}
</div>"""


# ---------------------------------------------------------------- forms
def form_table(rows):
    out = ['<table class="form"><colgroup><col class="no"><col class="lbl"><col><col class="note"></colgroup>',
           '<thead><tr><th>番号</th><th>項　目</th><th>内　容</th><th>備　考</th></tr></thead><tbody>']
    for no, label, content, note in rows:
        out.append('<tr><td class="no">%s</td><td class="lbl">%s</td><td>%s</td><td>%s</td></tr>'
                   % (z(str(no)), label, content, note))
    out.append('</tbody></table>')
    return ''.join(out)


def items_html(groups):
    out = []
    for head, items in groups:
        out.append('<p>%s　%s</p>' % (head, '、'.join(e(z(i)) for i in items)))
    return ''.join(out)


def measures_html(marks, texts):
    return ''.join('<p class="hang">%s　%s</p>' % (m, e(z(t))) for m, t in zip(marks, texts))


KANA = ['ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク']
PAREN = ['（１）', '（２）', '（３）', '（４）', '（５）', '（６）', '（７）', '（８）']

WARD1 = [
    '連携サーバは健康管理システムと同じ庁内の閉域ネットワークに置き、外部との境界に設けたファイアウォールで、'
    '許可した通信以外を遮断する。',
    '結合先とのデータの送受信は、暗号化した専用の通信経路（IPsec-VPN）に限って行う。',
    '連携の処理を行うことができる職員は母子保健係の職員に限り、システム上の権限を個人ごとに付与する。',
    '職員による操作の記録を保存し、四半期ごとに不審な操作がないか点検する。',
    '結合先事業者との契約書に、個人情報の保護に関する条項を定める。',
    '連携に使う端末にはウイルス対策ソフトを導入し、パターンファイルを自動で更新する。',
]
CONT1 = [
    'プライバシーマークの認定を契約期間を通じて維持させる。',
    '利用者がアプリにログインする際は、パスワードに加えて携帯電話に送る確認コードの入力を求める二要素認証とさせる。',
    'サーバに保存するデータは暗号化させ、毎日バックアップを取得させる。',
    'サーバを設置する室への入退室は、許可を受けた者に限らせ、その記録を残させる。',
    '管理者権限を付与する者を必要最小限に絞らせ、その者の名簿を市に提出させる。',
    '情報漏えい等の事故が発生したときは、直ちに市へ報告させ、市の指示に従って被害の拡大防止に当たらせる。',
    '契約が終了したときは、本市から受け取ったデータを全て消去させ、消去証明書を提出させる。',
]
WARD2 = [
    '委託契約書に別記「個人情報取扱特記事項」を添付し、受託者にその遵守を義務付ける。',
    '認定調査の依頼書類は、職員が受託者の事務責任者に直接手渡し、受渡簿に受領の署名を得る。',
    '調査員に貸与するタブレット端末は、調査員ごとのIDと暗証番号で認証しなければ使えない設定とする。',
    'タブレット端末に保存されるデータは、全て暗号化する。',
    '年1回以上、職員が受託者の事務所に出向き、調査票の保管状況を確かめる。',
    '委託の開始前に調査員を対象とした説明会を開き、個人情報を取り扱う際の注意点を周知する。',
]
CONT2 = [
    '事務責任者及び調査員を定めさせ、その名簿を市に届け出させる。',
    '記入を終えた調査票は、事務所内の鍵の掛かるロッカーに収めさせる。',
    '調査を通じて知り得た情報を認定調査以外の目的に使わせず、第三者にも提供させない。',
    '調査票の写しを作らせない。',
    '貸与したタブレット端末から外部記録媒体その他の機器へデータを書き出すことを禁止し、情報の持出しを防ぐ。',
    '調査票の紛失や端末の盗難などの事故が発生し、又は発生するおそれがあるときは、速やかに市へ報告させる。',
    '調査が終わったときは、調査票及び貸与した端末を速やかに市へ返却させる。',
]

ITEMS1 = [('【妊婦】', ['氏名', '生年月日', '住所', 'メールアドレス', '妊娠週数', '出産予定日',
                      '妊婦健康診査の受診日', '妊婦健康診査の結果']),
          ('【子】', ['氏名', '生年月日', '性別', '乳幼児健康診査の結果', '予防接種の接種履歴',
                     '予防接種の接種予定日']),
          ('【共通】', ['アプリ利用者ID'])]
ITEMS2 = [('【被保険者】', ['被保険者番号', '氏名', '生年月日', '性別', '住所', '電話番号', '申請区分',
                         '前回の要介護度', '認定有効期間', '既往歴', '受診している医療機関名',
                         '心身の状況に関する調査結果', '認定調査の実施日']),
          ('【立会人】', ['氏名', '本人との続柄', '電話番号'])]


def land_page(mark, heading, sub, table, n, cont_top='', cont_bottom=''):
    return f"""
<div class="page">
<div class="land">
<div class="mark">{mark}</div>
<h2>{heading}</h2>
<div class="sub">{sub}</div>
{cont_top}
{table}
{cont_bottom}
</div>
{folio(n)}
</div>"""


def form1_pages():
    rows_a = [
        (1, '件名', e(TITLE1), ''),
        (2, '担当部課', 'こども未来部　こども家庭課', z('母子保健係（内線2317）')),
        (3, '根拠条文', z('諫早市個人情報保護条例第11条第2項'), '電子計算組織の結合の制限'),
        (4, '事務の目的',
         '妊娠の届出から子が小学校に就学するまでの間、妊婦健康診査や乳幼児健康診査の結果、予防接種の記録等を'
         'スマートフォンで確認できるようにし、保護者自身による健康管理と子育てを支える。あわせて、健診や予防接種の'
         '案内を対象者ごとに通知する。', ''),
        (5, '結合先',
         '株式会社ミライエヘルスケア（本社：福岡市中央区）が提供する電子母子健康手帳サービス「はぐくみノート」',
         'クラウドサービス（国内のデータセンターで運用）'),
        (6, '結合の方法',
         z('市の健康管理システムから連携サーバに必要な項目を抽出し、暗号化した専用の通信経路を通じて1日1回、'
           '結合先のサーバへ送信する。'), ''),
        (7, '結合の開始時期', z('令和4年4月1日から'),
         z('令和4年2月から3月までは、架空のテストデータのみを用いて試行する。')),
        (8, '結合する個人情報の項目', items_html(ITEMS1), '個人番号及び住民票コードは結合しない。'),
        (9, '対象者数', z('約1,100人'), z('令和2年度の妊娠届出数　812件')),
        (10, '本人の同意', '利用登録の画面で、結合する項目と利用の目的を示し、同意した者の情報に限って結合する。', ''),
        (11, '記録媒体', '市の健康管理システム（庁内サーバ）及び連携サーバ<br>結合先「はぐくみノート」のクラウドサーバ',
         '紙の母子健康手帳は従来どおり交付する（本件の記録媒体ではない）。'),
    ]
    rows_b = [
        (12, '市が講ずる保護措置', measures_html(KANA, WARD1), ''),
        (13, '結合先事業者に講じさせる保護措置', measures_html(KANA, CONT1),
         'オの名簿は、契約締結後速やかに提出させる。'),
        (14, 'その他', '本市ホームページ及び母子健康手帳の交付時に配布するチラシにより、サービスの周知を図る。', ''),
    ]
    heading = '電子計算組織の外部結合について（概要）'
    p3 = land_page('別紙１', heading, '諮問事項１', form_table(rows_a), 2,
                   cont_bottom='<div class="contd">（次頁に続く）</div>')
    p4 = land_page('別紙１', heading, '諮問事項１（続き）', form_table(rows_b), 3)
    return p3 + p4


def form2_page():
    rows = [
        (1, '件名', e(TITLE2), ''),
        (2, '担当部課', '健康福祉部　介護保険課', z('認定係（内線2451）')),
        (3, '根拠条文', z('諫早市個人情報保護条例第12条第2項'), '要配慮個人情報を含む事務の委託'),
        (4, '委託の内容', '要介護認定及び要支援認定の申請（新規・更新・区分変更）に係る訪問調査の実施並びに認定調査票の作成', ''),
        (5, '委託先', '一般社団法人県央ケアマネジメント協会',
         '選定理由：認定調査員研修を修了した介護支援専門員を市内で十分に確保できるため'),
        (6, '委託期間', z('令和4年1月4日から令和5年3月31日まで<br>（令和5年度以降も同様の内容で委託する予定）'), ''),
        (7, '委託に伴い取り扱う個人情報の項目', items_html(ITEMS2), '個人番号は認定調査依頼書に記載しない。'),
        (8, '件数', z('年間　約2,400件'), z('令和2年度実績　2,218件')),
        (9, '記録媒体', '紙（認定調査依頼書、認定調査票）<br>市が貸与するタブレット端末',
         '受託者が所有するパソコン等には個人情報を保存させない。'),
        (10, '市が講ずる保護措置', measures_html(PAREN, WARD2), ''),
        (11, '受託者に講じさせる保護措置', measures_html(PAREN, CONT2), ''),
        (12, '特記事項', '委託契約書に別記「個人情報取扱特記事項」を添付する（次頁のとおり）。', ''),
    ]
    return land_page('別紙２', '個人情報取扱事務の委託について（概要）', '諮問事項２', form_table(rows), 4)


# ---------------------------------------------------------------- annex
ANNEX = [
    ('基本的事項', '受託者は、この契約に係る業務を行うに当たり、個人情報が個人の人格と密接に関わるものであることを'
     '踏まえ、諫早市個人情報保護条例その他の関係法令の趣旨に沿って、その取扱いに万全を期さなければならない。'),
    ('秘密の保持', '受託者は、業務を通じて知った個人情報の内容をみだりに他人に知らせてはならない。契約期間が満了し、'
     '又は契約が解除された後も、同様とする。'),
    ('収集の制限', '受託者は、業務のために個人情報を集めるときは、業務に必要な範囲に限り、適法かつ公正な方法で'
     '行わなければならない。'),
    ('目的外利用及び提供の禁止', '受託者は、市の指示がある場合を除き、業務を通じて知った個人情報を契約の目的以外の'
     'ために使い、又は第三者に渡してはならない。'),
    ('複写及び複製の禁止', '受託者は、市の承諾を得た場合を除き、市から引き渡された調査票その他の資料を複写し、又は'
     '複製してはならない。'),
    ('再委託の禁止', '受託者は、業務の全部又は一部を他の者に行わせてはならない。ただし、あらかじめ市が書面で承諾'
     'したときは、この限りでない。'),
    ('持出しの禁止', '受託者は、調査を行う場所へ携行する場合を除き、個人情報が記録された資料を市が認めた場所の外へ'
     '持ち出してはならない。'),
    ('安全管理', '受託者は、個人情報が記録された資料を施錠できる保管設備に収めるなど、その漏えい、紛失及び損傷を'
     '防ぐために必要な措置を講じなければならない。'),
    ('資料等の返還', '受託者は、業務が完了したとき、又は市から求められたときは、市から引き渡された資料及び受託者が'
     '作成した資料を直ちに市に返還しなければならない。'),
    ('従事者の教育', '受託者は、業務に従事する者に対し、在職中及び退職後においても業務上知った個人情報を他に'
     '漏らしてはならないことなど、個人情報の保護に必要な事項を教え、指導しなければならない。'),
    ('調査及び報告', '市は、必要と認めるときは、受託者に対し個人情報の取扱いの状況について報告を求め、又は職員に'
     '受託者の事務所へ立ち入って調べさせることができる。'),
    ('事故発生時の報告', '受託者は、個人情報の漏えい、紛失その他の事故が生じ、又は生じるおそれがあると知ったときは、'
     'ただちにその状況を市に知らせ、市の指示を受けて対応しなければならない。'),
    ('契約の解除及び損害賠償', '市は、受託者がこの特記事項に違反したときは、契約を解除することができる。受託者は、'
     '違反によって市又は第三者に損害を与えたときは、その損害を賠償しなければならない。'),
    ('違反の公表', '市は、受託者がこの特記事項に違反したときは、その事実を公表することができる。'),
]


def annex_page():
    arts = []
    for i, (head, body) in enumerate(ANNEX, 1):
        arts.append('<p class="art-h">（%s）</p><p class="hang">第%s条　%s</p>' % (head, z(str(i)), e(body)))
    return f"""
<div class="page">
<div class="upright annex" style="top:15mm">
<p>別記</p>
<h2>個人情報取扱特記事項</h2>
<p class="r" style="font-size:9pt">（別紙２　{e(TITLE2)}　関係）</p>
{''.join(arts)}
</div>
{folio(5)}
</div>"""


# ---------------------------------------------------------------- 参考
def reference_page():
    return f"""
<div class="page">
<div class="upright" style="line-height:1.8">
<p style="font-size:12pt">参考　これまでの経過等</p>
<p style="margin-top:5mm">{z('1')}　母子保健関係</p>
<p class="hang2">・{z('平成29年度第3回審議会（平成29年12月14日開催）において、健康福祉部健康推進課（当時）から「乳幼児健康診査問診票の電子化に伴う記録項目の追加」について諮問し、同日答申を受けた。')}</p>
<p class="hang2">・{z('令和3年4月1日の組織改正により、母子保健事務は健康福祉部健康推進課からこども未来部こども家庭課へ移管された。')}</p>
<p class="hang2">・{z('国が運営するマイナポータルを通じた乳幼児健診情報の閲覧（令和2年6月開始）は本件とは別の仕組みであり、本件の結合先には含まれない。')}</p>
<p style="margin-top:4mm">{z('2')}　要介護認定調査関係</p>
<p class="hang2">・{z('認定調査は、平成28年4月1日から令和3年12月28日まで、長寿福祉部高齢者支援課（当時）が市内の居宅介護支援事業所（23事業所）と個別に契約して委託してきた。')}</p>
<p class="hang2">・{z('この委託は平成28年度第1回審議会（平成28年6月9日開催）に報告済みである。今回、委託先を一団体に集約し、タブレット端末を導入することから、改めて諮問するものである。')}</p>
<p class="hang2">・{z('主治医意見書の作成依頼は、従来どおり介護保険課が医療機関に直接行うため、本件の委託の範囲に含まない。')}</p>
<p style="margin-top:4mm">{z('3')}　問合せ先</p>
<p class="hang2">・別紙１　こども未来部こども家庭課母子保健係</p>
<p class="hang2">・別紙２　健康福祉部介護保険課認定係</p>
<p class="hang2">・審議会の運営　総務部総務課</p>
</div>
{folio(6)}
</div>"""


def document():
    return ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
            '<title>令和３年度第２回諫早市個人情報保護審議会　議案書</title>\n'
            '<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (CSS, cover() + letter() + form1_pages() + form2_page() + annex_page() + reference_page()))


def print_pdf(src, dst):
    exe = shutil.which('chromium') or shutil.which('chromium-browser') or shutil.which('google-chrome')
    if not exe:
        sys.exit('chromium not found')
    prof = tempfile.mkdtemp(prefix='ai2-chromium-')
    try:
        cmd = [exe, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
               '--disable-background-networking', '--disable-component-update', '--disable-sync',
               '--user-data-dir=' + prof, '--no-pdf-header-footer',
               '--print-to-pdf=' + os.path.abspath(dst), 'file://' + os.path.abspath(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def main():
    os.makedirs(BUILD, exist_ok=True)
    with open(HTML_OUT, 'w', encoding='utf-8') as f:
        f.write(document())
    os.makedirs(os.path.dirname(PDF_OUT), exist_ok=True)
    print_pdf(HTML_OUT, PDF_OUT)
    print('wrote', os.path.relpath(HTML_OUT), 'and', os.path.relpath(PDF_OUT))


if __name__ == '__main__':
    main()
