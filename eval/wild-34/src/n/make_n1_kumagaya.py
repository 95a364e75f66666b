#!/usr/bin/env python3
"""Writes src/n/n1_kumagaya_2023.html (a Word-made report form) and prints it to
raw/n1_kumagaya_2023.pdf with headless Chromium.

Layout: A4 portrait; each form is a table with a thick solid outer border and
dotted (vertical) / dashed (horizontal) inner borders, shaded label cells in a narrow
column so that labels wrap over two to four lines; a running header with the session
and a page number 「N / M」 on every page.  Matter 1's contractor measures are cut at a
page break and go on in a row headed 「（前頁からの続き）」; its annex (特記事項) follows
as its own table of articles.

Every measure sentence carries the taxonomy codes of its gold reading; self_check.py
re-derives the gold safeguard lists from these annotations and compares them.
All names, companies, articles, dates and addresses are invented (only 熊谷市 is real).
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML = os.path.join(HERE, 'n1_kumagaya_2023.html')
PDF = os.path.join(ROOT, 'raw', 'n1_kumagaya_2023.pdf')

# ----------------------------------------------------------------------------- data
# measures: list of (party, heading, [(text, [codes])]); party 'ward' / 'contractor'
M1_WARD = [
    ('〔組織的措置〕', [
        ('契約書に別記「個人情報の取扱いに関する特記事項」を添付し、個人情報の保護に関する法律及び熊谷市情報セキュリティポリシーを遵守する義務を受託者に課す。',
         ['contract_terms']),
        ('業務の開始前に、受託者から作業手順書を提出させ、データの受領から消去に至るまでの手順を保険年金課において審査する。',
         ['work_procedure']),
        ('委託期間中に１回以上、職員が受託者のコールセンターに赴き、個人情報の管理の実態を実地に調査する。',
         ['audit']),
    ]),
    ('〔技術的措置〕', [
        ('ＤＶＤ－Ｒに書き込むデータは暗号化したファイルとし、復号用のパスワードはＤＶＤ－Ｒとは別に、電話で受託者の責任者に伝える。',
         ['encryption', 'password_separation']),
    ]),
    ('〔物理的措置〕', [
        ('ＤＶＤ－Ｒの受渡しは、保険年金課の職員と受託者の責任者とが対面で行い、受渡確認書に双方が記名する。',
         ['transfer_control']),
        ('受託者から返却されたＤＶＤ－Ｒは、保険年金課の施錠できる保管庫に収め、委託業務の完了後に破砕して廃棄する。',
         ['locked_storage', 'return_erasure']),
    ]),
]

M1_CONTRACTOR_P1 = [
    ('〔組織的措置〕', [
        ('個人情報取扱責任者及び業務従事者を指定させ、その名簿を業務開始前に市へ提出させる。',
         ['responsible_staff']),
        ('毎月の業務完了報告書に、個人情報の取扱状況を記載させる。',
         ['status_report']),
        ('個人情報の漏えい、滅失その他の事故が発生し、又は発生のおそれがあるときは、直ちに保険年金課へ報告させ、市の指示に従わせる。',
         ['incident_response']),
        ('プライバシーマークの付与認定を受けた状態を、委託期間を通じて維持させる。',
         ['certification']),
    ]),
    ('〔人的措置〕', [
        ('電話勧奨を担当するオペレーターには、業務に就く前及び委託期間の中間に、個人情報の保護に関する研修を受講させる。',
         ['training']),
    ]),
    ('〔物理的措置〕', [
        ('電話勧奨の作業は、入退室者をＩＣカードで記録するコールセンター内の専用区画で行わせる。',
         ['entry_control']),
        ('電話勧奨記録票は、使用しないときは施錠できるキャビネットに収納させ、専用区画の外へは持ち出させない。',
         ['locked_storage', 'takeout_limit']),
    ]),
]

M1_CONTRACTOR_P2 = [
    (None, [
        ('勧奨通知書を印刷したときは、プリンタに放置させず、印刷部数を発送対象者数と突き合わせて確認させる。',
         ['print_control']),
    ]),
    ('〔技術的措置〕', [
        ('勧奨管理サーバは、ファイアウォールにより外部からの不正な接続を遮断させる。',
         ['network_protection']),
        ('コールセンターの端末は、従事者ごとに付与したＩＤ及びパスワードによる認証を経て利用させ、閲覧できる項目を担当業務に必要な範囲に制限させる。',
         ['access_auth', 'access_control']),
        ('サーバ及び端末の操作履歴を記録させ、責任者に毎週点検させる。',
         ['logging']),
        ('ウイルス対策ソフトを導入させ、パターンファイルを常に最新の状態に保たせる。',
         ['malware_protection']),
        ('委託期間の満了後、サーバ及び端末に保存した個人情報を復元できない方法で消去させ、消去証明書を提出させる。',
         ['return_erasure', 'erasure_proof']),
    ]),
]

# annex: (article, heading, text, [codes])
M1_ANNEX = [
    ('第１条', '基本的事項', '乙は、個人情報の保護の重要性を認識し、この契約による業務（以下「業務」という。）を実施するに当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。', ['general_duty']),
    ('第２条', '秘密の保持', '乙は、業務に関して知り得た個人情報を他人に漏らしてはならない。この契約が終了し、又は解除された後においても、同様とする。', ['confidentiality']),
    ('第３条', '収集の制限', '乙は、業務を行うために個人情報を収集するときは、業務の目的を達成するために必要な範囲内で、適法かつ公正な手段により収集しなければならない。', ['collection_limit']),
    ('第４条', '目的外利用及び提供の禁止', '乙は、甲の指示がある場合を除き、業務に関して知り得た個人情報を契約の目的以外の目的に利用し、又は第三者に提供してはならない。', ['purpose_limit']),
    ('第５条', '再委託の禁止', '乙は、業務を第三者に委託してはならない。ただし、あらかじめ甲の書面による承諾を得たときは、この限りでない。', ['subcontract_limit']),
    ('第６条', '複写等の禁止', '乙は、甲の承諾があるときを除き、甲から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。', ['copy_limit']),
    ('第７条', '持出しの禁止', '乙は、甲の承諾があるときを除き、個人情報が記録された資料等を甲が指定した作業場所の外へ持ち出してはならない。', ['takeout_limit']),
    ('第８条', '適正な管理', '乙は、個人情報が記録された資料等を施錠できる保管庫に保管するなど、個人情報の漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。', ['locked_storage']),
    ('第９条', '取扱責任者等の届出', '乙は、個人情報の取扱責任者及び業務に従事する者を定め、書面により甲に届け出なければならない。これらの者を変更したときも、同様とする。', ['responsible_staff']),
    ('第１０条', '従事者への研修', '乙は、業務に従事する者に対し、個人情報の保護に関して必要な研修を実施しなければならない。', ['training']),
    ('第１１条', '資料等の返還等', '乙は、業務が完了したときは、甲から引き渡された資料等を直ちに甲に返還し、乙が作成した個人情報は、復元できない方法により消去し、又は廃棄しなければならない。', ['return_erasure']),
    ('第１２条', '消去等の証明', '乙は、前条の規定により個人情報を消去し、又は廃棄したときは、その日時及び方法を記載した証明書を甲に提出しなければならない。', ['erasure_proof']),
    ('第１３条', '報告及び検査', '甲は、必要があると認めるときは、乙に対し個人情報の取扱状況について報告を求め、又は乙の作業場所に立ち入って検査することができる。', ['status_report', 'audit']),
    ('第１４条', '事故発生時の報告', '乙は、個人情報の漏えい等の事故が発生し、又は発生するおそれがあることを知ったときは、速やかに甲に報告し、甲の指示に従わなければならない。', ['incident_response']),
    ('第１５条', '契約の解除', '甲は、乙がこの特記事項に違反したときは、この契約を解除することができる。', []),
    ('第１６条', '損害賠償', '乙は、この特記事項に違反したことにより甲に損害を与えたときは、その損害を賠償しなければならない。', ['liability']),
    ('第１７条', '違反事実の公表', '甲は、乙がこの特記事項に違反したときは、その事実を公表することができる。', ['publication']),
]

M2_WARD = [
    ('〔組織的措置〕', [
        ('介護保険課長をシステム管理者とし、審査資料の登録を行う職員は課長が指名する職員に限定する。',
         ['responsible_staff', 'access_control']),
        ('本サービスの利用に関する運用要領を定め、資料の登録、閲覧及び削除の手順を明らかにする。',
         ['work_procedure']),
    ]),
    ('〔人的措置〕', [
        ('委員の委嘱時及び毎年度最初の審査会において、タブレット端末の取扱いと個人情報の保護について説明を行う。',
         ['training']),
    ]),
    ('〔物理的措置〕', [
        ('タブレット端末は、審査会の開催日以外は介護保険課の施錠できる保管庫に保管し、委員の自宅等へ持ち帰らせない。',
         ['locked_storage', 'takeout_limit']),
    ]),
    ('〔技術的措置〕', [
        ('本サービスへの接続はＬＧＷＡＮ－ＡＳＰ及び閉域のモバイル回線に限り、インターネットからは接続できない構成とする。',
         ['network_protection']),
        ('委員ごとにＩＤを発行し、パスワードと端末に格納した電子証明書とによる二要素認証を行う。',
         ['access_auth']),
        ('委員が閲覧できる資料は、当該委員の所属する合議体の審査分に限る。',
         ['access_control']),
        ('資料の閲覧履歴は本サービス上に記録され、介護保険課において毎月確認する。',
         ['logging']),
        ('審査資料は、審査会の開催日の翌日に本サービスから自動的に削除されるよう設定する。',
         ['return_erasure']),
        ('タブレット端末にはウイルス対策ソフトを導入し、ＯＳの更新プログラムを速やかに適用する。',
         ['malware_protection']),
    ]),
]

M2_CONTRACTOR = [
    (None, [
        ('情報セキュリティマネジメントシステム（ＩＳＭＳ）の認証を取得させ、契約期間中これを維持させる。',
         ['certification']),
        ('本サービスの運用保守に従事する者を定め、あらかじめ市に届け出させる。',
         ['responsible_staff']),
        ('本サービスの運用の一部を他の事業者に再委託するときは、事前に市の書面による承認を得させる。',
         ['subcontract_limit']),
        ('クラウド上に保存する審査資料のデータは、暗号化させる。',
         ['encryption']),
        ('審査資料のデータは毎日バックアップを取得させ、国内の別のデータセンターに保管させる。',
         ['backup']),
        ('障害、情報漏えいその他の事故が発生したときは、直ちに介護保険課へ連絡させ、市の指示により対応させる。',
         ['incident_response']),
        ('契約の終了時には、本サービス上の市のデータを全て消去させ、消去したことを証明する書面を提出させる。',
         ['return_erasure', 'erasure_proof']),
    ]),
]

# matters' measures in document order, for self_check.py
MEASURES = {
    1: [('ward', M1_WARD), ('contractor', M1_CONTRACTOR_P1), ('contractor', M1_CONTRACTOR_P2)],
    2: [('ward', M2_WARD), ('contractor', M2_CONTRACTOR)],
}
ANNEX = {1: M1_ANNEX, 2: []}

CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'
FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fw(n):
    return str(n).translate(FW)


def measures_html(groups, start=1, style='circled'):
    out = []
    n = start
    for heading, sents in groups:
        if heading:
            out.append(f'<p class="mh">{heading}</p>')
        for text, _codes in sents:
            mark = CIRCLED[n - 1] if style == 'circled' else f'（{fw(n)}）'
            out.append(f'<p class="ind">{mark}　{text}</p>')
            n += 1
    return '\n'.join(out), n


def row(no, label, content, cls=''):
    return (f'<tr class="{cls}"><td class="no">{no}</td><td class="lbl">{label}</td>'
            f'<td class="val">{content}</td></tr>')


CSS = r'''
@page {
  size: A4 portrait;
  margin: 24mm 20mm 20mm 22mm;
  @top-left { content: "熊谷市個人情報保護審議会資料"; font-family: "Noto Sans CJK JP"; font-size: 8pt; color: #444; }
  @top-right { content: "令和５年度第１回　資料２"; font-family: "Noto Sans CJK JP"; font-size: 8pt; color: #444; }
  @bottom-center { content: counter(page) " / " counter(pages); font-family: "Noto Serif CJK JP"; font-size: 9pt; }
}
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Serif CJK JP", serif; font-size: 10.5pt; line-height: 1.5; margin: 0; }
p { margin: 0; }
.right { text-align: right; }
h1 { font-family: "Noto Sans CJK JP"; font-size: 13pt; text-align: center; font-weight: bold; margin: 7mm 0 5mm; }
h2 { font-family: "Noto Sans CJK JP"; font-size: 11pt; font-weight: bold; margin: 5mm 0 2mm; }
.list td { padding: 0.5mm 2mm; vertical-align: top; white-space: nowrap; }
table.frm { border-collapse: collapse; width: 100%; table-layout: fixed; border: 2.25pt solid #000; }
table.frm td { border-top: 1px dashed #000; border-bottom: 1px dashed #000;
               border-left: 1px dotted #000; border-right: 1px dotted #000;
               padding: 1.3mm 1.6mm; vertical-align: top; }
table.frm tr { break-inside: avoid; }
table.frm td.no { width: 2.1em; text-align: center; background: #d9d9d9; }
table.frm td.lbl { width: 4.1em; background: #d9d9d9; }
table.frm tr.head td { text-align: center; background: #bfbfbf; font-family: "Noto Sans CJK JP"; }
.ind { padding-left: 1em; text-indent: -1em; }
.note { padding-left: 1.5em; text-indent: -1.5em; font-size: 9.5pt; }
.mh { margin-top: 0.8mm; }
table.annex { border-collapse: collapse; width: 100%; table-layout: fixed; border: 2.25pt solid #000; font-size: 9.5pt; }
table.annex td, table.annex th { border-top: 1px dashed #000; border-bottom: 1px dashed #000;
               border-left: 1px dotted #000; border-right: 1px dotted #000; padding: 1mm 1.5mm; vertical-align: top; }
table.annex th { background: #d9d9d9; font-weight: normal; font-family: "Noto Sans CJK JP"; }
table.annex td.art { width: 4.3em; background: #d9d9d9; text-align: center; }
table.annex td.hd { width: 6.2em; }
table.annex tr { break-inside: avoid; }
.pb { break-before: page; }
.bottom { margin-top: 3mm; font-size: 9pt; }
'''


def build():
    w1, _ = measures_html(M1_WARD)
    c1a, n = measures_html(M1_CONTRACTOR_P1)
    c1b, _ = measures_html(M1_CONTRACTOR_P2, start=n)
    w2, _ = measures_html(M2_WARD, style='paren')
    c2, _ = measures_html(M2_CONTRACTOR, style='paren')

    annex_rows = '\n'.join(
        f'<tr><td class="art">{a}</td><td class="hd">{h}</td><td>{t}</td></tr>'
        for a, h, t, _c in M1_ANNEX)

    head = '<tr class="head"><td class="no">No</td><td class="lbl">項目</td><td>内容</td></tr>'

    m1_items = ('<p>【対象者】</p>'
                '<p>被保険者番号、氏名（フリガナを含む。）、性別、生年月日、住所、電話番号、'
                '過去３年度の特定健康診査の受診歴、前年度の健診結果（身長、体重、血圧、血糖、脂質等の検査値）、'
                '服薬の有無（問診票の回答による。）、勧奨区分、電話勧奨の結果</p>'
                '<p class="note">※１　対象者の抽出は市が行い、受託者には抽出後のデータのみを引き渡す。</p>'
                '<p class="note">※２　個人番号及び所得に関する情報は、受託者に取り扱わせない。</p>')
    m1_media = ('<p>紙（勧奨通知書、電話勧奨記録票）</p>'
                '<p>ＤＶＤ－Ｒ（市から受託者へ対象者データを引き渡すときに限り使用）</p>'
                '<p>受託者のデータセンターに設置する勧奨管理サーバ</p>'
                '<p>受託者のコールセンターの端末</p>'
                '<p class="note">※　電子メールによる個人情報の送受信は行わない。</p>')

    m2_items = ('<p>《基本情報》</p>'
                '<p>資料番号、年齢、性別、申請区分、前回の要介護度</p>'
                '<p>《認定調査票》</p>'
                '<p>基本調査の結果（身体機能、認知機能等の状況）、特記事項の記載内容</p>'
                '<p>《主治医意見書》</p>'
                '<p>傷病名、特別な医療の内容、心身の状態に関する意見</p>'
                '<p class="note">（注）審査対象者の氏名、住所及び被保険者番号並びに主治医の氏名及び医療機関名は、'
                '登録の前にマスキングするため、本サービスでは取り扱わない。</p>')
    m2_media = ('<p>本サービスのクラウド環境（データセンターは国内に限る。）</p>'
                '<p>市の介護認定支援システム及びＬＧＷＡＮ接続系端末</p>'
                '<p>委員に貸与するタブレット端末</p>'
                '<p class="note">※　接続の開始後は、紙による審査資料の作成及び郵送は行わない。</p>')

    html = f'''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和５年度第１回熊谷市個人情報保護審議会　資料２</title>
<style>{CSS}</style>
</head>
<body>

<p class="right">令和５年７月２６日</p>
<p class="right">令和５年度第１回熊谷市個人情報保護審議会</p>

<h1>個人情報の取扱いに関する報告事項について</h1>

<p>　熊谷市個人情報の保護に関する法律施行条例第９条第１項の規定に基づき、実施機関における個人情報の取扱いについて、下記のとおり報告します。</p>
<p style="text-align:center;margin:3mm 0 2mm">記</p>
<table class="list">
<tr><td>報告事項１</td><td>特定健康診査未受診者に対する受診勧奨業務の委託について（市民部）</td></tr>
<tr><td>報告事項２</td><td>介護認定審査会資料の電子化に伴うクラウド型審査支援サービスとの接続について（福祉部）</td></tr>
</table>
<p class="bottom">（事務局）総務部総務課　文書法制係　電話０４８－５２４－１１１１（内線２３６）</p>

<h2>報告事項１</h2>
<table class="frm">
{head}
{row('１', '件名', '特定健康診査未受診者に対する受診勧奨業務の委託について')}
{row('２', '根拠規定', '熊谷市個人情報の保護に関する法律施行条例第９条第１項第１号（個人情報を取り扱う事務の委託）')}
{row('３', '担当部課', '市民部　保険年金課、健康づくり課')}
{row('４', '事業の概要', '<p>　市は、高齢者の医療の確保に関する法律第２０条の規定に基づき、４０歳から７４歳までの国民健康保険被保険者に特定健康診査を実施している。受診率の向上を図るため、過去の受診状況及び健診結果を分析し、対象者の特性に応じた勧奨通知の送付と電話による受診勧奨を行う業務を委託する。</p><p>　なお、受託者は、個人情報の保護に関する法律第６６条第２項の規定により、市と同様の安全管理措置を講ずる義務を負う。</p>')}
{row('５', '委託先', '株式会社ヘルスナビ・ラボ（東京都千代田区神田小川町三丁目８番地２）')}
{row('６', '委託期間', '<p>令和５年８月１日から令和６年３月２９日まで</p><p class="note">※　令和６年度以降も同様の内容で委託する予定である。</p>')}
{row('７', '委託する業務の内容', '<p>(1)　対象者データの分析及び勧奨区分の設定</p><p>(2)　勧奨通知書の作成、印刷及び発送</p><p>(3)　電話による受診勧奨及びその結果の記録</p><p>(4)　業務実績の集計及び報告</p>')}
{row('８', '取り扱う個人情報の項目', m1_items)}
{row('９', '記録媒体', m1_media)}
{row('１０', '市が講ずる安全管理措置', w1)}
{row('１１', '受託者に講じさせる安全管理措置', c1a)}
</table>

<table class="frm pb">
{row('', '（前頁からの続き）', c1b)}
</table>

<h2>別記　個人情報の取扱いに関する特記事項（報告事項１の契約に添付）</h2>
<table class="annex">
<thead><tr><th style="width:4.3em">条</th><th style="width:6.2em">見出し</th><th>内容</th></tr></thead>
<tbody>
{annex_rows}
</tbody>
</table>
<p class="note" style="margin-top:1.5mm">※　甲は熊谷市を、乙は受託者をいう。</p>

<h2 style="margin-top:8mm">報告事項２</h2>
<table class="frm">
{head}
{row('１', '件名', '介護認定審査会資料の電子化に伴うクラウド型審査支援サービスとの接続について')}
{row('２', '根拠規定', '同条例第９条第１項第２号（市の機関以外の者の電子計算機との接続）')}
{row('３', '担当部課', '福祉部　介護保険課')}
{row('４', '事業の概要', '<p>　介護認定審査会（５合議体、委員３５人）の審査資料は、これまで紙に印刷して委員宅へ郵送していた。資料作成の負担を軽くし、郵送途中の紛失のおそれをなくすため、審査資料をクラウド型の審査支援サービス（以下「本サービス」という。）に登録し、委員が市の貸与するタブレット端末で閲覧する方式に改める。</p>')}
{row('５', '接続先', 'クラウド型審査支援サービス「ケアビューア・クラウド」（提供事業者：株式会社ラクヨウ情報システム）')}
{row('６', '接続の開始', '令和５年１０月２日（最初の電子化審査会の資料配信日）')}
{row('７', '接続の方法', '　市の介護認定支援システムから出力した審査資料のデータを、介護保険課に設置したＬＧＷＡＮ接続系端末からＬＧＷＡＮ－ＡＳＰを経由して本サービスに登録する。委員は、市が貸与するタブレット端末から閉域のモバイル回線を用いて閲覧する。')}
{row('８', '取り扱う個人情報の項目', m2_items)}
{row('９', '記録媒体', m2_media)}
{row('１０', '市が講ずる安全管理措置', w2)}
{row('１１', '提供事業者に講じさせる安全管理措置', c2)}
</table>
<p class="right" style="margin-top:2mm">以上</p>

</body>
</html>
'''
    with open(HTML, 'w', encoding='utf-8') as f:
        f.write(html)


def render():
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
                    '--no-pdf-header-footer', f'--print-to-pdf={PDF}', 'file://' + HTML],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    build()
    render()
    print('wrote', PDF)
