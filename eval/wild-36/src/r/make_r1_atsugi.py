#!/usr/bin/env python3
"""Generates src/r/r1_atsugi_2021.html and prints it to raw/r1_atsugi_2021.pdf.

The document imitates a Word file of 厚木市 printed by mistake with 「変更履歴とコメントを
表示して印刷」: every A4 page is shrunk into a left area of 140 mm, and a grey markup pane
of 70 mm on the right carries the balloons (削除 / 書式変更 / コメント) joined to their
anchors by dotted leader lines.  Inserted text is underlined and coloured, some deleted
text is struck through in place.  The balloons are placed and the leader lines drawn by
a small script when Chromium loads the page (before printing).

Mini mark-up used in the page texts below:
  {+text+}        inserted text (underlined, coloured)
  {-text-}        deleted text struck through in place
  [[id|text]]     anchor of balloon `id` (text may be empty: a deletion moved to a balloon)
Everything, including all sentences, is invented for this evaluation set; only the
municipality name is real.
"""
import html
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML_OUT = os.path.join(HERE, 'r1_atsugi_2021.html')
PDF_OUT = os.path.join(ROOT, 'raw', 'r1_atsugi_2021.pdf')

SOMU = '総務部文書法制課　木村'
KAIGO = '健康長寿部介護保険課　佐藤'


def mark(s):
    """Mini mark-up → HTML."""
    s = re.sub(r'\{\+(.+?)\+\}', lambda m: f'<span class="ins">{m.group(1)}</span>', s)
    s = re.sub(r'\{-(.+?)-\}', lambda m: f'<span class="del">{m.group(1)}</span>', s)
    s = re.sub(r'\[\[(\w+)\|(.*?)\]\]',
               lambda m: f'<span class="anc" data-b="{m.group(1)}">{m.group(2)}'
                         f'{"" if m.group(2) else "<span class=caret></span>"}</span>', s)
    return s


def balloon(bid, kind, label, text, who=None, when=None):
    """kind: del | fmt | cs (総務 comment) | ck (介護 comment)."""
    head = f'<span class="bl">{label}</span>'
    meta = f'<div class="meta">{who}　{when}</div>' if who else ''
    return (f'<div class="balloon b-{kind}" id="{bid}">{head}{meta}'
            f'<div class="bt">{text}</div></div>')


def row(label, content):
    return f'<tr><th>{label}</th><td>{mark(content)}</td></tr>'


def items_list(lines):
    return ''.join(f'<p class="hang">{mark(x)}</p>' for x in lines)


# ------------------------------------------------------------------ page 1
P1 = f'''
<p class="sess">[[f1|令和３年度第２回厚木市個人情報保護審議会]]</p>
<h1>個人情報の取扱いに係る報告及び諮問について</h1>
<p class="right">健康長寿部介護保険課</p>
<h2>１　報告事項</h2>
<p class="lead">　厚木市個人情報保護条例の規定に基づき、個人情報を取り扱う事務の外部委託について、次のとおり報告します。</p>
<table class="form">
<colgroup><col class="c1"><col class="c2"></colgroup>
{row('件名', '要介護認定に係る認定調査票等のデータ入力及び点検業務の委託について')}
{row('所管課', '健康長寿部　介護保険課（認定審査係）')}
{row('根拠規定', '厚木市個人情報保護条例第１２条第１項')}
{row('委託する事務の内容', '　要介護認定及び要支援認定（以下「要介護認定等」という。）の申請ごとに作成される認定調査票及び主治医意見書の記載内容を、介護認定審査会の資料作成のため電子データ化する。受託者は、市から受け取った写しを基に入力を行い、[[d1|]]二人一組で入力内容を照合した上で、入力済みデータを市に納品する。')}
{row('委託先', '株式会社丹沢データサービス（厚木市旭町九丁目８番３号）')}
<tr><th>取り扱う個人情報の項目</th><td>{items_list([
    '【申請者】被保険者番号、氏名、生年月日、性別、[[c1|住所、{-電話番号、-}]]申請区分、認定調査の結果、[[c3|主治医意見書の記載内容]]{+、前回の要介護度+}',
    '【認定調査員】氏名、所属'])}</td></tr>
{row('記録媒体', '紙（認定調査票及び主治医意見書の写し）、[[c5|ＤＶＤ－Ｒ（入力済みデータの納品用）]]、受託者の入力用パソコン')}
{row('委託期間', '令和３年１０月１日から令和４年３月３１日まで{+（令和４年度以降も同様に委託する予定）+}')}
<tr><th>市が講ずる措置</th><td>{items_list([
    '(1)　契約書に別記「個人情報取扱特記事項」を添付し、受託者に厚木市個人情報保護条例の遵守義務を課す。',
    '(2)　認定調査票等の写しは、職員が受託者の作業場所へ持参して責任者に直接引き渡し、受渡票に件数と受領者を記録する。',
    '(3)　納品用のＤＶＤ－Ｒに格納するデータは暗号化させ、解除用のパスワードは媒体とは別に郵送で通知させる。',
    '(4)　[[d2|]]委託期間中に{+１回以上+}、受託者の作業場所に立ち入り、個人情報の管理の状況を確認する。'])}</td></tr>
</table>
'''
B1 = [
    balloon('f1', 'fmt', '書式変更:', 'フォント : (日) ＭＳ 明朝, 10.5 pt, 右揃え'),
    balloon('d1', 'del', '削除:', '入力後に'),
    balloon('c1', 'cs', 'コメント [総務1]:', '電話番号を項目から外した理由を教えてください。', SOMU, '2021/07/30 16:42'),
    balloon('c2', 'ck', 'コメント [介護2R1]:', '審査会資料に使わないため、入力項目から除きました。', KAIGO, '2021/08/02 9:15'),
    balloon('c3', 'cs', 'コメント [総務3]:', '個人番号は入力の対象外という理解でよいですか。', SOMU, '2021/07/30 16:45'),
    balloon('c4', 'ck', 'コメント [介護4R3]:', 'はい。調査票・意見書とも個人番号の記載欄はなく、入力しません。', KAIGO, '2021/08/02 9:20'),
    balloon('c5', 'cs', 'コメント [総務5]:', '納品に電子メールやクラウドストレージは使わないということでよいですか。', SOMU, '2021/07/30 16:51'),
    balloon('c6', 'ck', 'コメント [介護6R5]:', '使いません。手渡しのＤＶＤ－Ｒのみです。', KAIGO, '2021/08/02 9:26'),
    balloon('d2', 'del', '削除:', '必要に応じて'),
]
# anchors with two balloons (comment + reply): the reply hangs on the same anchor
REPLIES = {'c2': 'c1', 'c4': 'c3', 'c6': 'c5', 'c8': 'c7', 'c10': 'c9', 'c12': 'c11', 'c14': 'c13'}

# ------------------------------------------------------------------ page 2
# the row 受託者に講じさせる措置 breaks across pages 1 and 2 (Word lets rows break);
# the label cell is not repeated on page 2.
C_MEASURES_1 = [
    '(1)　個人情報の取扱責任者及び入力作業の従事者を指定し、その名簿を作業の開始前に市へ提出すること。',
    '(2)　作業室の入退室はＩＣカードで管理し、入退室の記録を保存すること。',
    '(3)　認定調査票等の写しは、作業時間外は施錠できる保管庫に収納すること。',
    '(4)　[[c7|入力用パソコンは、インターネットその他の外部ネットワークに接続しない端末とすること。]]',
    '(5)　入力用パソコンの起動及び入力システムの利用に当たっては、従事者ごとのＩＤ及びパスワードによる認証を行うこと。',
    '(6)　入力用パソコンの操作ログを取得し{+、責任者が定期的に確認する+}こと。']
C_MEASURES_2 = [
    '(7)　ウイルス対策ソフトウェアを導入し、パターンファイルを最新の状態に保つこと。',
    '(8)　従事者に対し、作業の開始前に個人情報の保護に関する研修を実施すること。',
    '(9)　個人情報の漏えい、滅失等の事故が発生し、又はそのおそれがあるときは、{+直ちに+}[[d3|]]市に報告すること。',
    '(10)　業務の完了後、入力用パソコンに記録されたデータを復元できない方法で消去し、消去証明書を市に提出すること。[[d4|]]']
P1 = P1.replace('</table>', '<tr><th>受託者に講じさせる措置</th><td>' + items_list(C_MEASURES_1) + '</td></tr>\n</table>')
B1 += [
    balloon('c7', 'cs', 'コメント [総務7]:', '入力したデータを受託者の社内ファイルサーバに保存することはありますか。', SOMU, '2021/07/30 17:02'),
    balloon('c8', 'ck', 'コメント [介護8R7]:', 'ありません。ファイルサーバは使わず、ネットワークに接続しない入力用パソコンだけで作業します。', KAIGO, '2021/08/02 9:31'),
]
P2 = f'''
<table class="form">
<colgroup><col class="c1"><col class="c2"></colgroup>
<tr><th></th><td>{items_list(C_MEASURES_2)}</td></tr>
{row('備考', '別記「個人情報取扱特記事項」は次頁のとおり。')}
</table>
'''
B2 = [
    balloon('d3', 'del', '削除:', '速やかに'),
    balloon('d4', 'del', '削除:', '(11)　作業の進捗及び個人情報の取扱状況を、毎月末に書面で市に報告すること。'),
]

# ------------------------------------------------------------------ page 3 (annex)
ANNEX = [
    ('基本的事項', '第１条　乙は、この契約による業務（以下「本業務」という。）の実施に当たっては、個人情報の保護の重要性を認識し、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('秘密の保持', '第２条　乙は、本業務に関して知り得た個人情報の内容を他に漏らしてはならない。この契約が終了し、又は解除された後においても、同様とする。'),
    ('収集の制限', '第３条　乙は、本業務のために個人情報を収集するときは、本業務の目的を達成するために必要な範囲内で、適法かつ公正な手段により収集しなければならない。'),
    ('目的外利用及び提供の禁止', '第４条　乙は、甲の指示がある場合を除き、本業務に関して知り得た個人情報を契約の目的以外の目的に利用し、又は第三者に提供してはならない。'),
    ('複写及び複製の禁止', '第５条　乙は、甲の承諾を得ることなく、甲から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。'),
    ('再委託の禁止', '第６条　乙は、本業務の全部又は一部を第三者に委託してはならない。ただし、あらかじめ甲の書面による承諾を得たときは、この限りでない。'),
    ('作業場所の指定等', '第７条　乙は、本業務を甲が承認した作業場所において行うものとし、個人情報が記録された資料等を当該作業場所から持ち出してはならない。'),
    ('適正管理', '第８条　乙は、本業務に係る個人情報の漏えい、滅失及び毀損の防止のため、資料等を施錠できる保管庫に収納するなど、必要な措置を講じなければならない。'),
    ('資料等の返還及び消去', '第９条　乙は、本業務の完了後、甲から引き渡された資料等を速やかに甲に返還するとともに、乙の電子計算機等に記録された個人情報を復元できない方法により消去しなければならない。<br>２　乙は、前項の規定により個人情報を消去したときは、その旨を記載した証明書を甲に提出しなければならない。'),
    ('責任者等の届出', '第１０条　乙は、本業務における個人情報の取扱いに係る責任者及び従事者を定め、書面により甲に届け出なければならない。これらを変更するときも、同様とする。'),
    ('従事者の教育', '第１１条　乙は、従事者に対し、在職中及び退職後において本業務に関して知り得た個人情報を漏らしてはならないことその他個人情報の保護に必要な事項を教育しなければならない。'),
    ('報告及び検査', '第１２条　甲は、必要があると認めるときは、乙に対し個人情報の取扱いの状況について報告を求め、又は乙の作業場所に立ち入って検査することができる。'),
    ('事故発生時の報告', '第１３条　乙は、この特記事項に違反する事態が生じ、又は生じるおそれがあることを知ったときは、直ちに甲に報告し、甲の指示に従わなければならない。'),
    ('契約の解除', '第１４条　甲は、乙がこの特記事項に違反したと認めるときは、この契約を解除することができる。'),
    ('損害賠償', '第１５条　乙は、この特記事項に違反したことにより甲又は第三者に損害を与えたときは、その損害を賠償しなければならない。[[c9|]]'),
]
P3 = ('<p class="bekki">別記</p><h1 class="annex">[[f2|個人情報取扱特記事項]]</h1>'
      + ''.join(f'<p class="art-h">（{h}）</p><p class="art">{mark(t)}</p>' for h, t in ANNEX))
P3 = mark(P3)
B3 = [
    balloon('f2', 'fmt', '書式変更:', 'インデント : 左 0 mm, 最初の行 : 1 字, 間隔 段落前 : 0.5 行'),
    balloon('c9', 'cs', 'コメント [総務9]:', '市の標準様式にある違反時の「公表」の条が見当たりません。意図したものであれば理由を補記してください。', SOMU, '2021/07/30 17:10'),
    balloon('c10', 'ck', 'コメント [介護10R9]:', '従前の契約様式を引き継いでいるため、今回はこのままとさせてください。', KAIGO, '2021/08/02 9:40'),
]
REPLY_ANCHOR = {'c10': 'c9'}

W2_MEASURES = [
    '(1)　貸与するタブレット端末は、委員ごとの利用者ＩＤ及びパスワードにより認証を行う。',
    '(2)　委員が閲覧できる資料は、当該委員が属する合議体の資料に限るよう閲覧権限を設定する。',
    '(3)　タブレット端末とクラウドサービスとの通信は、インターネットから分離されたＬＧＷＡＮ回線により行い、通信を暗号化する。',
    '(4)　タブレット端末は、審査会の開催日以外は、事務局の鍵付きの保管庫に保管する。',
    '(5)　委員の委嘱時に、端末及び資料の取扱いについて説明を行い、遵守事項を周知する。',
    '(6)　クラウドサービスへのアクセス記録を毎月確認し、不審なアクセスの有無を点検する。']
C2_MEASURES = [
    '(1)　情報セキュリティマネジメントシステム（ＩＳＭＳ）の認証を維持すること。',
    '(2)　データセンターは国内に設置し、サーバ室への入退室を生体認証により制限すること。',
    '(3)　保存するデータを暗号化するとともに、毎日バックアップを取得すること。',
    '(4)　ファイアウォール及び不正侵入検知システムにより、外部からの不正なアクセスを防止すること。',
    '(5)　審査会資料は、審査会の開催日の翌日から起算して{+９０+}[[d6|]]日を経過した後に、復元できない方法で削除すること。',
    '(6)　システム障害又は情報漏えいが発生したときに、直ちに市へ連絡する体制を整えること。',
    '(7)　[[f3|利用契約書に秘密保持義務を定めること。]]']

# ------------------------------------------------------------------ page 4
P4 = f'''
<h2>２　諮問事項</h2>
<p class="lead">　厚木市個人情報保護条例の規定に基づき、個人情報の外部結合について、次のとおり諮問します。</p>
<table class="form">
<colgroup><col class="c1"><col class="c2"></colgroup>
{row('件名', '介護認定審査会資料の電子化に伴う審査会支援クラウドサービスとの外部結合について')}
{row('所管課', '健康長寿部　介護保険課・長寿政策課')}
{row('根拠規定', '厚木市個人情報保護条例第１１条第２項')}
{row('結合の目的', '　介護認定審査会の委員へ郵送していた紙の審査会資料に代えて、委員がクラウドサービス上で資料を閲覧できるようにし、資料の紛失や誤送付を防ぐとともに、審査の迅速化を図る。')}
{row('結合先', '株式会社さがみケアシステムズが提供するクラウドサービス「ケアボード審査会」（ＬＧＷＡＮ－ＡＳＰ）')}
<tr><th>結合により提供する個人情報の項目</th><td>{items_list([
    '【審査対象者】審査会用整理番号、年齢、性別、被保険者区分、申請区分、前回の要介護度、前回認定の有効期間、認定調査の結果、主治医意見書の記載内容、特定疾病名',
    '（注）氏名、住所及び被保険者番号は、審査会資料に表示しない。',
    '【審査会委員】[[c11|氏名、利用者ＩＤ]]'])}</td></tr>
{row('記録媒体', 'ケアボード審査会のクラウドサーバ、市の介護認定支援システム端末、[[c13|審査会委員に貸与するタブレット端末]]')}
{row('結合開始日', '[[d5|]]{+令和３年１１月１日+}（予定）')}
<tr><th>市が講ずる安全対策</th><td>{items_list(W2_MEASURES)}</td></tr>
<tr><th>結合先事業者に講じさせる安全対策</th><td>{items_list(C2_MEASURES[:4])}</td></tr>
</table>
'''
B4 = [
    balloon('c11', 'cs', 'コメント [総務11]:', '委員のメールアドレスも登録する必要はありませんか。', SOMU, '2021/07/30 17:21'),
    balloon('c12', 'ck', 'コメント [介護12R11]:', '開催の連絡は事務局から電話で行うため、メールアドレスは登録しません。', KAIGO, '2021/08/02 10:02'),
    balloon('c13', 'cs', 'コメント [総務13]:', '資料のＰＤＦを委員に電子メールで送る運用は残りますか。', SOMU, '2021/07/30 17:25'),
    balloon('c14', 'ck', 'コメント [介護14R13]:', '残りません。電子メールでの送付は行わず、閲覧は貸与するタブレット端末に限ります。', KAIGO, '2021/08/02 10:05'),
    balloon('d5', 'del', '削除:', '令和３年１０月１日'),
]

# ------------------------------------------------------------------ page 5
P5 = f'''
<table class="form">
<colgroup><col class="c1"><col class="c2"></colgroup>
<tr><th></th><td>{items_list(C2_MEASURES[4:])}</td></tr>
</table>
<p class="end">以上</p>
'''
B5 = [
    balloon('d6', 'del', '削除:', '３０'),
    balloon('f3', 'fmt', '書式変更:', 'フォント : (日) ＭＳ 明朝, 10.5 pt, 下線なし'),
]

PAGES = [(P1, B1), (P2, B2), (P3, B3), (P4, B4), (P5, B5)]
ALL_REPLIES = dict(REPLIES, **REPLY_ANCHOR)

CSS = r'''
@page { size: 210mm 297mm; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: "Noto Serif CJK JP", serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { position: relative; width: 210mm; height: 297mm; overflow: hidden; page-break-after: always; break-after: page; background: #fff; }
.sheet:last-child { page-break-after: auto; break-after: auto; }
.page { position: absolute; left: 0; top: 0; width: 140mm; height: 297mm; }
.hdr { position: absolute; top: 9mm; right: 11mm; font-size: 7.6pt; border: 0.6pt solid #000; padding: 0.4mm 2mm; }
.ftr { position: absolute; bottom: 10mm; left: 0; width: 140mm; text-align: center; font-size: 7pt; }
.body { position: absolute; top: 19mm; left: 14mm; width: 114mm; font-size: 7.3pt; line-height: 1.55; }
.pane { position: absolute; left: 140mm; top: 0; width: 70mm; height: 297mm; background: #e3e3e3; }
svg.leaders { position: absolute; left: 0; top: 0; width: 210mm; height: 297mm; pointer-events: none; }
p { margin: 0; }
.sess { text-align: right; font-size: 7pt; }
h1 { font-size: 9.6pt; text-align: center; margin: 3mm 0 2mm; font-weight: bold; letter-spacing: 0.05em; }
h1.annex { margin-top: 1mm; }
h2 { font-size: 8pt; margin: 3mm 0 1mm; }
.right { text-align: right; }
.lead { margin-bottom: 1.5mm; }
.bekki { font-size: 7.3pt; }
table.form { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.form col.c1 { width: 23mm; }
table.form th, table.form td { border: 0.5pt solid #000; padding: 1mm 1.4mm; vertical-align: top; text-align: left; }
table.form th { font-weight: normal; background: #f2f2f2; }
.hang { padding-left: 2.2em; text-indent: -2.2em; }
.art-h { margin-top: 1.2mm; }
.art { padding-left: 1em; text-indent: -1em; }
.end { text-align: right; margin-top: 2mm; }
.ins { color: #b8006b; text-decoration: underline; text-decoration-color: #b8006b; }
.del { color: #b8006b; text-decoration: line-through; }
.anc { background: transparent; }
.caret { display: inline-block; width: 0; height: 0.9em; border-left: 0.5pt solid #b8006b; vertical-align: -0.1em; }
.balloon { position: absolute; left: 6mm; width: 59mm; box-sizing: border-box; font-family: "Noto Sans CJK JP", sans-serif; font-size: 5.9pt; line-height: 1.4; padding: 0.8mm 1.2mm; border: 0.5pt solid #b8006b; background: #fff; border-radius: 1.2mm; }
.balloon.b-cs { background: #f6dde4; border-color: #c0395a; }
.balloon.b-ck { background: #dce6f4; border-color: #3b6cb0; }
.balloon.b-fmt { border-color: #7f7f7f; }
.balloon .bl { font-weight: bold; margin-right: 0.8mm; }
.balloon .meta { color: #444; font-size: 5.4pt; }
.bar { position: absolute; width: 0; border-left: 0.8pt solid #000; }
'''

JS = r'''
function layout() {
  document.querySelectorAll('.sheet').forEach(function (sheet) {
    var sr = sheet.getBoundingClientRect();
    var pane = sheet.querySelector('.pane');
    var svg = sheet.querySelector('svg.leaders');
    var pageRight = sheet.querySelector('.page').getBoundingClientRect().right - sr.left;
    var paneLeft = pane.getBoundingClientRect().left - sr.left;
    // change bars in the left margin
    sheet.querySelectorAll('.body .ins, .body .del').forEach(function (el) {
      Array.prototype.forEach.call(el.getClientRects(), function (r) {
        var b = document.createElement('div');
        b.className = 'bar';
        b.style.left = (sheet.querySelector('.body').getBoundingClientRect().left - sr.left - 10) + 'px';
        b.style.top = (r.top - sr.top) + 'px';
        b.style.height = r.height + 'px';
        sheet.appendChild(b);
      });
    });
    var anchors = Array.prototype.slice.call(sheet.querySelectorAll('.anc'));
    var order = [];
    anchors.forEach(function (a) {
      var rects = a.getClientRects();
      var r = rects[rects.length - 1];
      var y = r.bottom - sr.top - 1;
      var x = r.right - sr.left;
      order.push({id: a.dataset.b, x: x, y: y});
      REPLIES_OF[a.dataset.b] && REPLIES_OF[a.dataset.b].forEach(function (rid) {
        order.push({id: rid, x: x, y: y + 0.5});
      });
    });
    order.sort(function (p, q) { return p.y - q.y; });
    var last = 8;
    var placed = [];
    order.forEach(function (o) {
      var el = document.getElementById(o.id);
      var h = el.getBoundingClientRect().height;
      var top = Math.max(o.y - 8, last + 5);
      placed.push({o: o, el: el, top: top, h: h});
      last = top + h;
    });
    var limit = sr.height - 12;
    for (var i = placed.length - 1; i >= 0; i--) {
      var lim = (i === placed.length - 1) ? limit : placed[i + 1].top - 5;
      if (placed[i].top + placed[i].h > lim) placed[i].top = lim - placed[i].h;
    }
    placed.forEach(function (p) {
      p.el.style.top = p.top + 'px';
      var color = getComputedStyle(p.el).borderTopColor;
      var bx = paneLeft + p.el.offsetLeft;
      var by = p.top + 6;
      var path = document.createElementNS('http://www.w3.org/2000/svg', 'polyline');
      path.setAttribute('points', p.o.x + ',' + p.o.y + ' ' + pageRight + ',' + p.o.y + ' ' + bx + ',' + by);
      path.setAttribute('fill', 'none');
      path.setAttribute('stroke', color);
      path.setAttribute('stroke-width', '0.7');
      path.setAttribute('stroke-dasharray', '1.2,1.6');
      svg.appendChild(path);
    });
  });
  document.body.setAttribute('data-laid-out', '1');
}
if (document.fonts && document.fonts.ready) { document.fonts.ready.then(layout); } else { window.addEventListener('load', layout); }
'''


def build():
    replies_of = {}
    for rid, parent in ALL_REPLIES.items():
        replies_of.setdefault(parent, []).append(rid)
    sheets = []
    for n, (body, balloons) in enumerate(PAGES, 1):
        sheets.append(
            '<div class="sheet">'
            '<div class="page">'
            '<div class="hdr">資料２</div>'
            f'<div class="body">{mark(body)}</div>'
            f'<div class="ftr">- {n} -</div>'
            '</div>'
            f'<div class="pane">{"".join(balloons)}</div>'
            '<svg class="leaders" xmlns="http://www.w3.org/2000/svg"></svg>'
            '</div>')
    import json
    doc = ('<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8">'
           '<title>資料２（介護保険課）.docx</title>'
           f'<style>{CSS}</style></head><body>\n' + '\n'.join(sheets) +
           f'\n<script>var REPLIES_OF = {json.dumps(replies_of)};\n{JS}</script>\n</body></html>\n')
    with open(HTML_OUT, 'w', encoding='utf-8') as f:
        f.write(doc)
    print('wrote', HTML_OUT)


def render():
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
           '--virtual-time-budget=8000', '--run-all-compositor-stages-before-draw',
           f'--print-to-pdf={PDF_OUT}', 'file://' + HTML_OUT]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print('wrote', PDF_OUT)


if __name__ == '__main__':
    build()
    if '--html-only' not in sys.argv:
        render()
