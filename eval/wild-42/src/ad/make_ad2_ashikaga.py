#!/usr/bin/env python3
"""Writes src/ad/ad2_ashikaga_2021.html and prints it with headless Chromium to
raw/ad2_ashikaga_2021.pdf (A4 portrait): the printout of an electronic approval
(電子決裁) record of 足利市's document management system.  System header (文書番号,
起案日, 決裁日, 起案者, 起案課 = the secretariat 総務部総務課, 保存年限, 公開区分), the
approval route (起案 / 承認 / 合議 / 決裁, one 合議 with an opinion), the 伺い text,
案１ and 案２ (draft 諮問書 with their form of facts), 別紙 特記事項 of 案２, the list
of attached files, and the system's running header and footer (印刷日時, n / m) on
every page.  Everything except the city's name is invented.  Standard library
only (subprocess runs chromium)."""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HTML = os.path.join(HERE, 'ad2_ashikaga_2021.html')
PDF = os.path.normpath(os.path.join(HERE, '..', '..', 'raw', 'ad2_ashikaga_2021.pdf'))

DOCNO = '足総第1287号'


def zen(s):
    """ASCII digits to full-width (the Word drafts are typed that way)."""
    return ''.join(chr(ord(c) + 0xfee0) if '0' <= c <= '9' else c for c in s)


def circled(i):
    return '①②③④⑤⑥⑦⑧⑨⑩⑪⑫'[i]


def measures(groups):
    """groups: [(heading or None, [sentence, ...])]; numbering runs on across groups."""
    out, n = [], 0
    for head, sents in groups:
        if head:
            out.append(f'<p class="mh">{head}</p>')
        for s in sents:
            out.append(f'<p class="hang">{circled(n)}　{zen(s)}</p>')
            n += 1
    return '\n'.join(out)


def form(rows):
    trs = []
    for i, (label, value) in enumerate(rows, 1):
        trs.append(f'<tr><td class="no">{zen(str(i))}</td><td class="lbl">{label}</td><td class="val">{value}</td></tr>')
    return '<table class="form">\n' + '\n'.join(trs) + '\n</table>'


CSS = '''
@page {
  size: A4 portrait;
  margin: 19mm 14mm 17mm 14mm;
  @top-left { content: "足利市 文書管理システム　［決裁文書詳細］"; font-family: "Noto Sans CJK JP"; font-size: 8pt; color: #333; }
  @top-right { content: "文書番号：足総第1287号　（決裁済）"; font-family: "Noto Sans CJK JP"; font-size: 8pt; color: #333; }
  @bottom-left { content: "印刷日時：2021/10/13 08:52:17　印刷者：総務部総務課 川岸 美和"; font-family: "Noto Sans CJK JP"; font-size: 7.5pt; color: #333; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: "Noto Sans CJK JP"; font-size: 8pt; }
}
body { font-family: "Noto Sans CJK JP", sans-serif; font-size: 9pt; line-height: 1.4; color: #000; margin: 0; }
.bar { background: #d9e2ec; border: 0.6px solid #7b8b9b; font-weight: bold; padding: 1mm 2mm; margin: 4mm 0 1.5mm; font-size: 9.5pt; }
.sys { width: 100%; border-collapse: collapse; table-layout: fixed; }
.sys th { background: #eef2f5; border: 0.6px solid #7b8b9b; padding: 1mm 1.5mm; text-align: left; font-weight: normal; width: 17%; }
.sys td { border: 0.6px solid #7b8b9b; padding: 1mm 1.5mm; }
.route { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 8pt; }
.route th { background: #eef2f5; border: 0.6px solid #7b8b9b; padding: 0.8mm 1mm; font-weight: normal; }
.route td { border: 0.6px solid #7b8b9b; padding: 0.8mm 1mm; vertical-align: top; }
.screen { font-size: 7.5pt; color: #555; border-bottom: 0.6px solid #999; padding-bottom: 1mm; }
.draft { font-family: "Noto Serif CJK JP", serif; font-size: 10pt; line-height: 1.55; }
.draft p { margin: 0; }
.right { text-align: right; }
.center { text-align: center; }
.title { text-align: center; font-size: 11.5pt; margin: 4mm 0 3mm; }
.tag { font-family: "Noto Sans CJK JP"; font-size: 9pt; border: 0.8px solid #000; display: inline-block; padding: 0 2mm; }
table.form { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 2mm; font-size: 9.5pt; }
table.form td { border: 0.7px solid #000; padding: 1.2mm 1.6mm; vertical-align: top; }
table.form td.no { width: 2.1em; text-align: center; padding-left: 0.5mm; padding-right: 0.5mm; }
table.form td.lbl { width: 6.2em; }
.hang { padding-left: 1.2em; text-indent: -1.2em; }
.mh { margin-top: 0.8mm !important; }
.art { margin: 1.2mm 0 0 !important; }
.pb { break-before: page; }
.att { width: 100%; border-collapse: collapse; font-size: 8pt; }
.att th, .att td { border: 0.6px solid #7b8b9b; padding: 0.8mm 1.2mm; }
.att th { background: #eef2f5; font-weight: normal; }
.memo { font-size: 8pt; color: #333; }
'''

# ------------------------------------------------------------------ system part
SYS = f'''
<div class="screen">足利市 文書管理システム Ver.4.2 ｜ 文書検索 ＞ 決裁済文書一覧 ＞ 決裁文書詳細　　　ログイン：総務部総務課 川岸 美和</div>
<div class="bar">■ 文書情報</div>
<table class="sys">
<tr><th>文書番号</th><td>{DOCNO}</td><th>文書分類</th><td>01-05-02 個人情報保護審議会</td></tr>
<tr><th>起案日</th><td>2021年10月05日</td><th>決裁日</th><td>2021年10月12日</td></tr>
<tr><th>起案者</th><td>川岸 美和（主査）</td><th>起案課</th><td>総務部 総務課</td></tr>
<tr><th>決裁区分</th><td>部長決裁</td><th>文書の種類</th><td>伺い（起案）</td></tr>
<tr><th>保存年限</th><td>10年（2032年3月31日まで）</td><th>公開区分</th><td>公開</td></tr>
<tr><th>施行予定日</th><td>2021年10月13日</td><th>施行区分</th><td>市長名・公印省略</td></tr>
<tr><th>件名</th><td colspan="3">個人情報保護審議会への諮問について（伺い）</td></tr>
</table>

<div class="bar">■ 決裁経路</div>
<table class="route">
<colgroup><col style="width:4%"><col style="width:6%"><col style="width:19%"><col style="width:8%"><col style="width:10%"><col style="width:11%"><col style="width:14%"><col style="width:28%"></colgroup>
<tr><th>順</th><th>区分</th><th>所属</th><th>職名</th><th>氏名</th><th>処理</th><th>処理日時</th><th>意見</th></tr>
<tr><td>1</td><td>起案</td><td>総務部 総務課</td><td>主査</td><td>川岸 美和</td><td>起案</td><td>2021/10/05 10:14</td><td></td></tr>
<tr><td>2</td><td>承認</td><td>総務部 総務課</td><td>課長補佐</td><td>福地 久美子</td><td>承認</td><td>2021/10/05 13:40</td><td></td></tr>
<tr><td>3</td><td>承認</td><td>総務部 総務課</td><td>課長</td><td>野々村 聡</td><td>承認</td><td>2021/10/06 09:02</td><td></td></tr>
<tr><td>4</td><td>合議</td><td>健康福祉部 介護保険課</td><td>課長</td><td>石動 明宏</td><td>承認</td><td>2021/10/06 15:27</td><td></td></tr>
<tr><td>5</td><td>合議</td><td>健康福祉部 社会福祉課</td><td>課長</td><td>蓮見 典子</td><td>承認</td><td>2021/10/07 10:05</td><td></td></tr>
<tr><td>6</td><td>合議</td><td>総合政策部 デジタル推進課</td><td>課長</td><td>瀬戸口 亮</td><td>承認（意見あり）</td><td>2021/10/08 17:33</td><td>案１の結合先サービスは、本市情報セキュリティポリシーに基づく外部サービス利用の事前確認を終えていることを確認した。委員に貸与するタブレット端末の管理台帳は、運用開始前に当課にも写しを提供されたい。</td></tr>
<tr><td>7</td><td>決裁</td><td>総務部</td><td>部長</td><td>大叶 正樹</td><td>決裁</td><td>2021/10/12 11:20</td><td></td></tr>
</table>
'''

# ------------------------------------------------------------------ 伺い
UKAGAI = f'''
<div class="bar">■ 起案内容</div>
<div class="draft">
<p>件名　個人情報保護審議会への諮問について（伺い）</p>
<p>&nbsp;</p>
<p>　標記について、下記の２件を、令和３年１０月２７日に開催予定の令和３年度第３回足利市個人情報保護審議会に諮問してよろしいか伺います。</p>
<p class="center">記</p>
<p>１　諮問する案件</p>
<p class="hang">　(1)　案１　介護認定審査会のペーパーレス化に伴うクラウド型審査会支援サービスとの電子計算組織の結合について（健康福祉部介護保険課）</p>
<p class="hang">　(2)　案２　ひきこもり相談支援業務の委託について（健康福祉部社会福祉課・障がい福祉課）</p>
<p>２　諮問の方法</p>
<p>　　市長名の諮問書（案１、案２）を審議会会長あてに送付する。</p>
<p>３　審議会の日程（予定）</p>
<p>　　令和３年１０月２７日（水）午後１時３０分から　本庁舎３階　第一委員会室</p>
<p>４　その他</p>
<p class="hang">　　答申を受けた後、各担当課において契約等の手続を進める。なお、委員への資料送付は開催日の１週間前までに総務課が行う。</p>
</div>
'''

# ------------------------------------------------------------------ 案１
A1_ITEMS = ('【審査対象者】<br>審査対象者番号（審査会ごとに市が付番するもの）、性別、年齢、申請区分（新規・更新・区分変更の別）、'
            '前回の要介護度、認定調査の結果、傷病名（主治医意見書に記載されたもの）、特別な医療の実施状況、'
            '障害高齢者の日常生活自立度、認知症高齢者の日常生活自立度、一次判定の結果、認定調査の実施日、申請日<br>'
            '【審査会委員】<br>氏名、メールアドレス、所属する合議体<br>'
            '※審査対象者の氏名、住所及び生年月日は、登録前にマスキングするため結合先には送信しない。')
A1_WARD = [
    ('（組織的対策）', [
        '結合先事業者とのサービス利用契約には個人情報の取扱いに関する特記事項を付し、本市の条例を遵守する義務を課す。',
        '介護保険課長を運用管理者、認定審査係長を運用責任者とし、委員及び職員の利用者登録は運用責任者が一元的に管理する体制とする。',
    ]),
    ('（人的対策）', [
        '委員の就任時及び毎年度当初に、貸与するタブレット端末の適正な使い方についての説明会を開催する。',
    ]),
    ('（技術的対策）', [
        '委員及び職員がサービスにログインする際は、個人ごとのIDとパスワードに加え、市が貸与した端末に導入した電子証明書による認証を必要とする。',
        '委員が閲覧できる審査資料は、当該委員が属する合議体が審査する案件に限定する。',
        'タブレット端末にはウイルス対策ソフトを導入し、基本ソフトの更新プログラムを自動で適用する。',
    ]),
    ('（事故時の対応）', [
        'タブレット端末を紛失し、又は盗まれたときは、委員から直ちに介護保険課へ連絡してもらい、当該端末からの接続を即時に停止する。',
    ]),
]
A1_CON = [
    (None, [
        'サービスを運用するデータセンターは国内に置かせ、サーバ室への入退室を生体認証により管理させる。',
        '通信経路をTLSにより暗号化し、サーバに保存する審査資料も暗号化させる。',
        'ファイアウォール及び不正侵入検知システムにより、外部からの不正な接続を遮断させる。',
        'サーバへのアクセス記録を取得し、1年以上保存させる。',
        '情報セキュリティマネジメントシステム（ISMS）の認証を取得し、維持させる。',
        '審査資料は、審査会の開催日から30日を経過した後にサーバから消去させる。',
        '⑥の消去を行ったときは、消去した資料の範囲と日付を記載した報告書を毎月市に提出させる。',
        'サービスに障害が発生したとき又は情報の漏えいが疑われるときは、速やかに市へ報告させ、原因の究明と再発防止策を講じさせる。',
    ]),
]

AN1 = '''
<div class="draft pb">
<p><span class="tag">案１</span></p>
<p class="right">足総第　　　　号</p>
<p class="right">令和３年１０月　　日</p>
<p>足利市個人情報保護審議会</p>
<p>　会長　　　　　　　　様</p>
<p class="right">足利市長　　　　　　　　　　　</p>
<p class="title">個人情報の電子計算組織の結合について（諮問）</p>
<p>　足利市個人情報保護条例第１７条第２項の規定により、下記の事項について貴審議会の意見を求めます。</p>
<p class="center">記</p>
''' + form([
    ('件名', '介護認定審査会のペーパーレス化に伴うクラウド型審査会支援サービスとの電子計算組織の結合について'),
    ('根拠', '足利市個人情報保護条例第１７条第２項（実施機関以外のものとの電子計算組織の結合）'),
    ('担当部課', '健康福祉部　介護保険課'),
    ('結合先', '株式会社ケアブリッジ・システムズが提供するクラウド型審査会支援サービス「しんさポート」'),
    ('結合の目的', zen('　介護保険法第27条の規定による要介護認定の審査判定を行う介護認定審査会（5合議体、委員30人）では、'
                   'これまで紙の審査会資料を作成して委員に郵送してきた。資料の印刷・発送に要する時間と、郵送中の紛失のおそれを減らすため、'
                   '審査会資料を電子化し、委員が市の貸与するタブレット端末で閲覧する方式に改める。'
                   'このため、介護認定支援システムから出力した審査会資料をクラウド型の審査会支援サービスに登録し、委員の端末と当該サービスを通信回線で結合する。')),
    ('結合の方法', zen('　介護保険課の登録用端末から、審査会資料（PDF）を結合先のサービスに登録する。'
                   '委員は、貸与されたタブレット端末から閉域のモバイル回線を経由してサービスに接続し、自らが属する合議体の資料を閲覧する。'
                   '審査の結果は、従来どおり事務局職員が介護認定支援システムに入力する。')),
    ('個人情報の項目', zen(A1_ITEMS)),
    ('記録媒体', 'クラウド型審査会支援サービス「しんさポート」のサーバ（クラウドサービス）、介護保険課の介護認定支援システム及び登録用端末、'
                 '委員に貸与するタブレット端末（市所有）<br>※紙の審査会資料は作成しない。'),
    ('結合期間', zen('令和4年1月4日から令和4年3月31日まで（サービスの利用契約は年度ごとに締結し、令和4年度以降も継続して結合する。）<br>'
                 '※令和3年12月中に職員による接続試験を行う。')),
    ('市が講ずる対策', measures(A1_WARD)),
    ('結合先事業者に講じさせる対策', measures(A1_CON)),
    ('添付資料', 'しんさポート機能概要（別添）'),
]) + '''
<p class="right">以上</p>
</div>
'''

# ------------------------------------------------------------------ 案２
A2_ITEMS = ('【相談の対象となる本人】<br>氏名、年齢、性別、住所、電話番号、ひきこもりの状態にある期間、'
            '精神科等への通院歴（医療機関名を含む。）、障害者手帳の所持の有無及び種類、生活保護の受給状況、'
            '就学及び就労の経歴、世帯の収入の状況、相談内容、支援の経過<br>'
            '【相談者（家族等）】<br>氏名、本人との続柄、電話番号')
A2_WARD = [
    (None, [
        '委託契約書に別紙「個人情報取扱特記事項」を添付し、受託者にその遵守を義務付ける。',
        '市が直営で受け付けた相談記録（令和3年4月から11月までの分）の引継ぎには、暗号化してパスワードを設定したDVD-Rを用い、パスワードは媒体を渡す日とは別の日に口頭で伝える。',
        'DVD-Rは職員が受託者の事務所へ持参して責任者に手渡し、受領書を徴する。',
        '受託者から毎月、相談件数とともに個人情報の取扱状況の報告書を提出させる。',
        '少なくとも四半期に1回、職員が受託者の事務所を訪問し、相談記録の保管状況を実地に確認する。',
    ]),
]
A2_CON = [
    (None, [
        '相談員のうちから個人情報の取扱責任者を選任させ、業務に従事する者の名簿とともに市へ届け出させる。',
        '相談員には、業務開始前に、ひきこもり支援における個人情報の取扱いについての研修を受講させる。',
        '相談員から、在職中はもとより退職後も業務上知り得た秘密を漏らさない旨の誓約書を徴させる。',
        '相談受付票及び支援記録の紙ファイルは、鍵の掛かる書庫に保管させる。',
        '相談記録は事務所の外へ持ち出させず、訪問支援の際は訪問先の住所と氏名のみを記した訪問票を携行させる。',
        '相談記録を入力するパソコンは、インターネットその他の外部ネットワークに接続しない専用機とさせる。',
        'パソコンは、相談員ごとのユーザーIDとパスワードでなければ起動できないよう設定させる。',
        'パソコン本体はセキュリティワイヤーで机に固定させる。',
        '個人情報の漏えい、紛失等の事故が生じたときは、直ちに社会福祉課に報告させる。',
        '契約終了時には、紙の記録を市へ引き渡させるとともに、パソコン内のデータを復元できない方法で消去させ、消去証明書を提出させる。',
    ]),
]

AN2 = '''
<div class="draft pb">
<p><span class="tag">案２</span></p>
<p class="right">足総第　　　　号</p>
<p class="right">令和３年１０月　　日</p>
<p>足利市個人情報保護審議会</p>
<p>　会長　　　　　　　　様</p>
<p class="right">足利市長　　　　　　　　　　　</p>
<p class="title">個人情報取扱事務の委託について（諮問）</p>
<p>　足利市個人情報保護条例第１５条第３項の規定により、下記の事項について貴審議会の意見を求めます。</p>
<p class="center">記</p>
''' + form([
    ('件名', 'ひきこもり相談支援業務の委託について'),
    ('根拠', '足利市個人情報保護条例第１５条第３項（要配慮個人情報を含む個人情報取扱事務の委託）'),
    ('担当部課', '健康福祉部　社会福祉課（主管）・障がい福祉課'),
    ('委託先', '特定非営利活動法人わたらせ若者サポートネット'),
    ('委託の理由', zen('　ひきこもりの状態にある方とその家族からの相談には、令和3年4月から社会福祉課の窓口で職員が直接応じてきたが、'
                   '相談件数が見込みを大きく上回り、継続的な訪問支援や居場所づくりまで手が回らない状況にある。'
                   'このため、社会福祉法第106条の4に規定する重層的支援体制整備事業の一環として、若者の就労と社会参加の支援に実績のある法人に相談支援業務を委託する。')),
    ('委託の内容', zen('（1）電話及び来所による相談の受付<br>（2）家庭訪問による支援<br>（3）居場所（フリースペース）の運営<br>'
                   '（4）医療機関、ハローワーク等の関係機関との連絡調整<br>（5）相談実績の月次報告')),
    ('個人情報の項目', zen(A2_ITEMS)),
    ('記録媒体', '紙（相談受付票、支援記録）、受託者の事務所に設置する相談記録用パソコン、'
                 'ＤＶＤ－Ｒ（市が直営で受け付けた相談記録の引継ぎに限る。）<br>※電子メール及びファクシミリによる個人情報のやり取りは行わない。'),
    ('委託期間', zen('令和3年12月1日から令和4年3月31日まで<br>（令和4年度以降の実施方法は、本年度の実績を踏まえて改めて判断する。）')),
    ('市が講ずる対策', measures(A2_WARD)),
    ('受託者に講じさせる対策', measures(A2_CON)),
    ('特記事項', '委託契約書に別紙「個人情報取扱特記事項」を添付する。'),
]) + '''
<p class="right">以上</p>
</div>
'''

ART = [
    ('基本的事項', '乙は、個人情報の保護が個人の尊厳に関わる重要な事柄であることを認識し、この契約による業務を実施するに当たっては、個人情報を適正に取り扱わなければならない。'),
    ('秘密の保持', '乙は、この契約による業務の処理に当たって知り得た個人情報を、正当な理由なく他人に知らせてはならない。契約の終了後においても、この義務は存続する。'),
    ('収集の制限', '乙は、この契約による業務のために個人情報を収集するときは、当該業務の目的を達成するために必要な最小限度の範囲で、適法かつ公正な手段により行わなければならない。'),
    ('目的外利用及び提供の禁止', '乙は、甲の指示がある場合を除き、この契約による業務に関して知り得た個人情報を契約の目的以外の目的に利用し、又は甲の承諾なしに第三者に提供してはならない。'),
    ('複写又は複製の禁止', '乙は、この契約による業務を処理するために甲から引き渡された個人情報が記録された資料等を、甲の承諾なしに複写し、又は複製してはならない。'),
    ('再委託の禁止', '乙は、この契約による業務を第三者に委託してはならない。ただし、甲の承諾を得たときは、この限りでない。'),
    ('作業場所の指定等', '乙は、この契約による業務を甲が指定する場所で行うものとし、甲の承諾なしに個人情報を当該場所から持ち出してはならない。'),
    ('資料等の返還等', '乙は、この契約による業務を処理するために甲から引き渡され、又は乙が収集し、若しくは作成した個人情報が記録された資料等を、業務完了後直ちに甲に返還し、又は引き渡すものとする。ただし、甲が別に指示したときは、その指示に従うものとする。'),
    ('取扱責任者等の届出', '乙は、個人情報の取扱責任者及び業務に従事する者を定め、書面により甲に届け出なければならない。これを変更するときも、同様とする。'),
    ('従事者への周知及び教育', '乙は、業務に従事する者に対し、個人情報の保護に関して必要な事項を周知し、教育を行わなければならない。'),
    ('調査及び報告', '甲は、必要があると認めるときは、乙の個人情報の取扱状況について調査し、又は乙に対し報告を求めることができる。'),
    ('事故発生時における報告', '乙は、個人情報の漏えい、滅失等の事故が生じ、又は生ずるおそれがあることを知ったときは、速やかに甲に報告し、甲の指示に従わなければならない。'),
    ('契約の解除', '甲は、乙がこの特記事項に定める義務を履行しないときは、この契約を解除することができる。'),
    ('損害賠償', '乙は、この特記事項に違反したことにより甲又は第三者に損害を与えたときは、その損害を賠償しなければならない。'),
    ('公表', '甲は、乙がこの特記事項に違反したときは、乙の名称及び違反の事実を公表することができる。'),
]
ANNEX = ('<div class="draft pb">\n<p><span class="tag">案２　別紙</span></p>\n'
         '<p class="title">個人情報取扱特記事項</p>\n'
         '<p>　（以下、足利市を「甲」、受託者を「乙」という。）</p>\n'
         + '\n'.join(f'<p class="art">（{h}）</p>\n<p class="hang">第{zen(str(i))}条　{zen(t)}</p>'
                     for i, (h, t) in enumerate(ART, 1))
         + '\n</div>\n')

ATTACH = '''
<div class="bar">■ 添付ファイル</div>
<table class="att">
<tr><th>No</th><th>ファイル名</th><th>サイズ</th><th>登録者</th><th>登録日時</th><th>区分</th></tr>
<tr><td>1</td><td>案1_諮問書_介護認定審査会クラウド.docx</td><td>41 KB</td><td>川岸 美和</td><td>2021/10/05 10:11</td><td>本文</td></tr>
<tr><td>2</td><td>案1_別添_しんさポート機能概要.pdf</td><td>1,208 KB</td><td>川岸 美和</td><td>2021/10/05 10:12</td><td>参考</td></tr>
<tr><td>3</td><td>案2_諮問書_ひきこもり相談支援.docx</td><td>38 KB</td><td>川岸 美和</td><td>2021/10/05 10:12</td><td>本文</td></tr>
<tr><td>4</td><td>案2_別紙_個人情報取扱特記事項.docx</td><td>29 KB</td><td>川岸 美和</td><td>2021/10/05 10:13</td><td>本文</td></tr>
<tr><td>5</td><td>R3第3回審議会_日程調整表.xlsx</td><td>15 KB</td><td>福地 久美子</td><td>2021/10/05 13:38</td><td>参考</td></tr>
</table>
<p class="memo">※本文ファイルの内容は「起案内容」欄に転記済み。施行文書：{docno}の2（2021/10/13 施行予定）。</p>
<p class="memo">― 以上 ―</p>
'''.replace('{docno}', DOCNO)

HTML_TEXT = ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
             f'<title>決裁文書詳細 {DOCNO}</title>\n<style>{CSS}</style>\n</head>\n<body>\n'
             + SYS + UKAGAI + AN1 + AN2 + ANNEX + ATTACH + '</body>\n</html>\n')


def main():
    with open(HTML, 'w', encoding='utf-8', newline='\n') as f:
        f.write(HTML_TEXT)
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    prof = tempfile.mkdtemp(prefix='chr-')
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           f'--user-data-dir={prof}', '--no-pdf-header-footer', f'--print-to-pdf={PDF}',
           'file://' + HTML]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    if r.returncode != 0 or not os.path.exists(PDF):
        sys.stderr.write(r.stderr)
        sys.exit(1)
    print('wrote', HTML)
    print('wrote', PDF, os.path.getsize(PDF), 'bytes')


if __name__ == '__main__':
    main()
