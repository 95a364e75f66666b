#!/usr/bin/env python3
"""ae1_shibata_2020.pdf — an Excel workbook (two sheets, one matter each) printed to PDF
with the cell comments printed at the end of each sheet (Excel: ページ設定 → シート →
コメント: シートの末尾).  The workbook is imitated in HTML (src/ae/ae1_shibata_2020.html)
and printed with headless Chromium.

Imitated print settings of each sheet:
  * 印刷タイトル 行 $1:$3 (repeated on every page of the sheet's form)
  * ヘッダー 左 &[ファイル]  右 &[シート名];  フッター 中央 &[ページ番号] / &[総ページ数]
  * 枠線・行列番号は印刷しない; the form's own ruled borders are printed
  * コメント: シートの末尾 (one page listing セル: / コメント: after the form)
Page numbers run through the whole print job (ブック全体を印刷), 1 / 6 … 6 / 6.

Everything except the municipality name is invented."""
import html
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML_OUT = os.path.join(HERE, 'ae1_shibata_2020.html')
PDF_OUT = os.path.join(ROOT, 'raw', 'ae1_shibata_2020.pdf')

BOOK = 'R2第3回審議会_諮問報告様式（健康福祉部）.xlsx'
SESSION_LINE = '令和２年度第３回　新発田市個人情報保護審議会'

E = html.escape


def para(lines):
    """lines of a wrapped cell; a line starting with '(' or '①' gets a hanging indent."""
    out = []
    for ln in lines:
        cls = 'hang' if ln[:1] in '(（①②③④⑤⑥⑦⑧⑨' else 'ln'
        out.append(f'<div class="{cls}">{E(ln)}</div>')
    return ''.join(out)


# ----------------------------------------------------------------------------- sheet 1
S1_NAME = '諮問1（配食）'
S1_TITLE_ROWS = dict(
    right1='資料２－１',
    title='個人情報の取扱いに関する諮問書',
    sub='（個人情報取扱事務の委託）',
    date_label='記入日',
    date_value='########',   # a date in a column too narrow for it: Excel prints #
)

S1_ROWS_P1 = [
    # (excel row, No, label, value-html, comment?)
    (5, '1', '件名', para(['高齢者見守り配食サービス事業における配食及び安否確認業務の委託について']), False),
    (6, '2', '区分', E('■ 諮問　　□ 報告'), False),
    (7, '3', '取扱いの種類', E('□ 目的外利用　□ 外部提供　■ 業務の委託　□ オンライン結合　□ その他（　　　）'), False),
    (8, '4', '根拠条項', E('新発田市個人情報保護条例第12条第2項'), False),
    (9, '5', '担当部課', 'DEPT', False),
    (10, '6', '事務の名称', E('高齢者見守り配食サービス事業（個人情報取扱事務登録簿 登録番号 R-0412）'), False),
    (11, '7', '委託の内容', para([
        '　在宅で暮らす65歳以上の一人暮らし高齢者及び高齢者のみの世帯に、昼食を自宅まで届け、'
        '手渡しの際に利用者の様子を確かめる。',
        '　様子に異状があったときは市及び担当の地域包括支援センターへ連絡し、'
        '安否確認の結果を月ごとに取りまとめて市へ報告する。']), False),
    (12, '8', '委託先', 'CONTRACTOR', True),
    (13, '9', '委託の理由', para([
        '　調理及び配達の設備と人員を備えた事業者に委ねることで、毎日の配食と見守りを'
        '切れ目なく行うことができるため。']), False),
    (14, '10', '委託期間', E('令和２年１１月１日から令和３年３月３１日まで'), True),
    (15, '11', '対象者', E('配食サービスの利用者（令和２年９月末現在 ２１４人）'), False),
    (16, '12', '個人情報の項目', para([
        '【利用者】',
        '氏名、生年月日、性別、住所、電話番号、世帯構成、緊急連絡先（親族等の氏名及び電話番号）、'
        '要介護度、かかりつけ医療機関名、食物アレルギーの有無、配食希望曜日、利用者負担区分、'
        '市民税の課税状況、生活保護の受給状況、安否確認の結果',
        '※個人番号及び所得の額は受託者に提供しない。']), False),
    (17, '13', '記録媒体', para([
        '紙（利用者台帳、配達票）、ＵＳＢメモリ（市から名簿データを渡すときに限る。）、'
        '受託者事務所のパソコン',
        '※電子メールによる名簿の送付は行わない。']), False),
]

S1_WARD = [
    '〔管理面〕',
    '(1) 契約書に個人情報取扱特記事項を添え、受託者に条例の定めを守る義務を負わせる。',
    '(2) 名簿データを受け渡すときは、担当職員が受託者の事務所まで持参し、受領者の署名を得た'
    '授受記録簿で引渡しを確かめる。',
    '(3) 年２回以上、予告なしに受託者の事務所を訪れ、台帳の保管状況を点検する。',
    '(4) 契約終了時には配達票を含む紙の資料を全て市へ戻させ、市が溶解処理する。',
    '〔技術面〕',
    '(5) ＵＳＢメモリは暗号化機能付きのものを用い、解除用のパスワードは名簿とは別の日に'
    '電話で伝える。',
    '(6) 高齢者福祉システムから名簿を抽出する操作は、高齢福祉課の担当職員の権限に限って'
    '行えるよう設定する。',
]
S1_CONTR = [
    '(1) 個人情報管理責任者と配達従事者をあらかじめ決め、その一覧を市に届け出る。',
    '(2) 配達従事者には、業務に就く前に個人情報の扱い方についての講習を受けさせる。',
    '(3) 利用者台帳は、使用しないときは事務所内の鍵付き保管庫に収める。',
    '(4) 配達票を事務所の外へ持ち出すのは、その日に配達する分に限る。',
    '(5) 市から受け取ったデータを、他の記録媒体に写してはならない。',
    '(6) 利用者情報を扱うパソコンは外部のネットワークから切り離した専用機とし、起動時に'
    'ＩＤとパスワードによる認証を行う。',
    '(7) 同パソコンにはＥＤＲを導入し、検知用の定義情報を常に最新に保つ。',
    '(8) 配達票の紛失その他の事故が起きたときは、直ちに市へ報告し、市の指示に従う。',
    '(9) 契約終了後はパソコン内のデータを復元できない方法で消し、消去したことを書面で'
    '市に届け出る。',
]
S1_ROWS_P2 = [
    ('SG', 18, 19, '14', S1_WARD, S1_CONTR, '市が講ずる措置', '受託者に講じさせる措置', (False, True)),
    (20, '15', '特記事項', E('契約書に別記「個人情報取扱特記事項」を添付する。（本資料では添付を省略）'), False),
    (21, '16', '備考', para([
        '　本事業の委託は平成29年度第２回審議会で承認を得ているが、公募型プロポーザルにより'
        '委託先が変わるため、改めて諮問するもの。']), False),
]
S1_DEPT = ('健康福祉部', '高齢福祉課', '在宅支援係（内線２３１７）')
S1_CONTRACTOR = ('株式会社北越ミールサポート（新発田事業所）　代表取締役 石黒 雅人　'
                 '電話 0254-28-7716　※公募型プロポーザルにより選定（令和２年９月２８日）')
S1_COMMENTS = [
    ('E12', '総務課 佐藤:', ['配達員の一部は個人事業主と聞いています。再委託に当たらないか、'
                             '担当課で確認していただけますか？']),
    ('E14', '総務課 佐藤:', ['配食の委託は毎年度契約しているもので、担当課に確認したところ'
                             '令和３年度以降も同じ内容で継続する予定とのこと。',
                             '様式の委託期間欄には書かれていないので補足します。']),
    ('E19', '総務課 佐藤:', ['ＥＤＲ＝Endpoint Detection and Response の略。',
                             'パソコン上の不審な動きを検知して止めるウイルス対策ソフトの一種です。']),
]

# ----------------------------------------------------------------------------- sheet 2
S2_NAME = '報告1（審査会）'
S2_TITLE_ROWS = dict(
    right1='資料３－１',
    title='個人情報の取扱いに関する報告書',
    sub='（オンライン結合）',
    date_label='記入日',
    date_value='2020/10/2',
)
S2_ROWS_P1 = [
    (5, '1', '件名', para(['介護認定審査会ペーパーレス会議システムの導入に伴うオンライン結合について']), False),
    (6, '2', '区分', E('□ 諮問　　■ 報告'), False),
    (7, '3', '取扱いの種類', E('□ 目的外利用　□ 外部提供　□ 業務の委託　■ オンライン結合　□ その他（　　　）'), False),
    (8, '4', '根拠条項', E('新発田市個人情報保護条例第11条第3項'), False),
    (9, '5', '担当部課', 'DEPT', False),
    (10, '6', '結合の目的', para([
        '　介護保険法第27条の規定による要介護認定の審査及び判定を行う介護認定審査会について、'
        'これまで委員に郵送していた紙の審査会資料に代え、委員がタブレット端末で資料を閲覧できるようにするため。']), False),
    (11, '7', '結合先', E('株式会社北越メディカルリンクが提供するペーパーレス会議システム「かいごボード」'), False),
    (12, '8', '結合の方法', E('ＬＧＷＡＮ－ＡＳＰによる接続（市の端末及び貸与タブレットの専用アプリから利用）'), True),
    (13, '9', '結合開始日', E('令和３年１月１２日（同日開催の第１合議体の審査会から使用）'), False),
    (14, '10', '対象者', E('要介護・要支援認定の申請者（月平均 約３６０件）、介護認定審査会委員（２５人）'), False),
    (15, '11', '個人情報の項目', para([
        '【申請者】',
        '整理番号、年齢、性別、申請区分（新規・更新・区分変更）、認定調査実施日、'
        '前回の要介護度（更新申請のみ）、前回の認定有効期間、認定調査の結果、認定調査票の特記事項、'
        '主治医意見書の記載内容、傷病名、障害高齢者の日常生活自立度、認知症高齢者の日常生活自立度',
        '※氏名、住所及び被保険者番号は資料上でマスキングし、結合先には送信しない。',
        '【審査会委員】',
        '氏名、メールアドレス、所属機関名']), False),
    (16, '12', '記録媒体', E('結合先のクラウドサーバ、市が委員に貸与するタブレット端末、'
                           '介護保険課の資料登録用パソコン'), True),
]
S2_WARD = [
    '［管理的措置］',
    '① 委員の委嘱時に端末と資料の取扱い方法を説明し、守秘義務を確認する書面に署名してもらう。',
    '② タブレット端末は審査会の会場から持ち出させず、会議終了後に回収して介護保険課の'
    '施錠できる保管庫に保管する。',
    '③ システム障害や情報の漏えいが疑われるときの連絡先と対応手順を、あらかじめ結合先と'
    '取り決めておく。',
    '［技術的措置］',
    '④ 利用者ＩＤは委員及び担当職員一人ごとに発行し、ログイン時にはパスワードと'
    'ワンタイムパスワードの両方を求める。',
    '⑤ 委員が閲覧できる資料は、所属する合議体の当日分に限る設定とし、会議終了後は'
    '閲覧権限を自動で外す。',
    '⑥ 結合はＬＧＷＡＮ回線に限り、インターネット側からは接続できない構成とする。',
    '⑦ 資料の登録及び閲覧の操作記録を結合先から毎月取り寄せ、係長が内容を確認する。',
]
S2_CONTR = [
    '① 事業者は情報セキュリティマネジメントシステム（ＩＳＭＳ）の認証を取得している。',
    '② サーバは国内のデータセンターに設置され、サーバ室へは生体認証で許可された者しか入れず、'
    '入室の記録が残される。',
    '③ 通信は暗号化され、保存される資料データも暗号化した状態で保管される。',
    '④ ウイルス対策ソフトによる監視を行い、ＯＳ及びソフトウェアの更新を定期的に適用する。',
    '⑤ データは毎日、別の拠点にあるサーバへバックアップされる。',
    '⑥ 運用担当者を限定し、担当者以外はデータベースを操作できないよう権限を設定している。',
    '⑦ 障害やセキュリティ事故の発生時は、直ちに市へ連絡する体制を整えている。',
    '⑧ 契約終了時には市のデータを全て消去し、消去証明書を市に提出する。',
]
S2_ROWS_P2 = [
    ('SG', 17, 18, '13', S2_WARD, S2_CONTR, '市が講ずる措置', '結合先事業者が講ずる措置', (True, False)),
    (19, '14', '備考', para([
        '　令和２年１２月に委員向けの操作説明会を開き、同月の審査会で紙資料と併用して試行した。']), False),
]
S2_DEPT = ('健康福祉部', '介護保険課', '認定審査係（内線２２４５）')
S2_COMMENTS = [
    ('E12', '総務課 佐藤:', ['ＬＧＷＡＮ－ＡＳＰ：総合行政ネットワーク（ＬＧＷＡＮ）を通じて'
                             '事業者が提供するアプリケーションサービスのことです。']),
    ('E16', '総務課 佐藤:', ['担当課に確認済み。紙の審査会資料は令和３年１月から作成・郵送しない。',
                             'ＵＳＢメモリ等の外部記録媒体も使いません。']),
    ('E17', '総務課 佐藤:', ['オンライン開催になった場合、委員が自宅でタブレットを使うことは'
                             'ありませんか？']),
]


# ----------------------------------------------------------------------------- html
CSS = """
@page { size: A4 portrait; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK JP", sans-serif; color: #000; }
.page { width: 210mm; height: 296.5mm; position: relative; overflow: hidden; page-break-after: always; }
.page:last-child { page-break-after: auto; }
.hdr { position: absolute; top: 9mm; left: 18mm; right: 18mm; font-size: 8.5pt;
       display: flex; justify-content: space-between; }
.ftr { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font-size: 8.5pt; }
.sheet { position: absolute; top: 19mm; left: 18mm; width: 174mm; }
table.pt { width: 174mm; border-collapse: collapse; table-layout: fixed; font-size: 9pt; }
table.pt td { padding: 0.4mm 1mm; height: 6mm; }
td.t { font-size: 14pt; text-align: center; letter-spacing: 0.15em; height: 9mm !important; }
td.r { text-align: right; }
td.dl { text-align: right; }
td.dv { border-bottom: 0.5pt solid #000; text-align: center; }
table.f { width: 174mm; border-collapse: collapse; table-layout: fixed; font-size: 9pt;
          border: 1.4pt solid #000; margin-top: 3mm; }
table.f td { border: 0.5pt solid #000; padding: 0.8mm 1.2mm; vertical-align: middle;
             line-height: 1.45; position: relative; }
table.f td.no { text-align: center; background: #f2f2f2; }
table.f td.lb { background: #f2f2f2; }
table.f td.lbc { background: #f2f2f2; text-align: center; }
table.f td.v { vertical-align: top; }
table.f td.shrink { font-size: 5.0pt; white-space: nowrap; overflow: hidden; vertical-align: middle; }
td.cm::after { content: ""; position: absolute; top: 0; right: 0; width: 0; height: 0;
               border-top: 1.6mm solid #e00000; border-left: 1.6mm solid transparent; }
div.hang { padding-left: 1.7em; text-indent: -1.7em; }
div.ln { }
.cmts { position: absolute; top: 19mm; left: 18mm; width: 174mm; font-size: 9.5pt; line-height: 1.6; }
.cmts .c { margin-bottom: 5mm; }
"""

COLS = ('<colgroup><col style="width:7mm"><col style="width:22mm"><col style="width:16mm">'
        '<col style="width:29mm"><col style="width:14mm"><col style="width:29mm">'
        '<col style="width:14mm"><col style="width:43mm"></colgroup>')


def title_rows(t):
    return (f'<table class="pt">{COLS}'
            f'<tr><td colspan="6">{E(SESSION_LINE)}</td><td colspan="2" class="r">{E(t["right1"])}</td></tr>'
            f'<tr><td colspan="8" class="t">{E(t["title"])}</td></tr>'
            f'<tr><td colspan="5">{E(t["sub"])}</td><td></td><td class="dl">{E(t["date_label"])}</td>'
            f'<td class="dv">{E(t["date_value"])}</td></tr>'
            '</table>')


def form_rows(rows, dept, contractor):
    out = []
    for r in rows:
        if r[0] == 'SG':
            _, r1, r2, no, ward, contr, l1, l2, cms = r
            out.append(f'<tr><td class="no" rowspan="2">{no}</td><td class="lb" rowspan="2">個人情報の<br>保護措置</td>'
                       f'<td class="lbc">{E(l1)}</td><td colspan="5" class="v{" cm" if cms[0] else ""}">{para(ward)}</td></tr>')
            out.append(f'<tr><td class="lbc">{E(l2)}</td><td colspan="5" class="v{" cm" if cms[1] else ""}">{para(contr)}</td></tr>')
            continue
        row, no, label, value, cm = r
        cmc = ' cm' if cm else ''
        if value == 'DEPT':
            out.append(f'<tr><td class="no">{no}</td><td class="lb" colspan="2">{E(label)}</td>'
                       f'<td class="v{cmc}">{E(dept[0])}</td><td class="lbc">課名</td><td>{E(dept[1])}</td>'
                       f'<td class="lbc">担当</td><td>{E(dept[2])}</td></tr>')
        elif value == 'CONTRACTOR':
            out.append(f'<tr><td class="no">{no}</td><td class="lb" colspan="2">{E(label)}</td>'
                       f'<td colspan="5" class="shrink{cmc}">{E(contractor)}</td></tr>')
        else:
            out.append(f'<tr><td class="no">{no}</td><td class="lb" colspan="2">{E(label)}</td>'
                       f'<td colspan="5" class="v{cmc}">{value}</td></tr>')
    return f'<table class="f">{COLS}' + ''.join(out) + '</table>'


def page(sheet, pno, total, inner):
    return (f'<div class="page"><div class="hdr"><span>{E(BOOK)}</span><span>{E(sheet)}</span></div>'
            f'{inner}<div class="ftr">{pno} / {total}</div></div>')


def comments_page(comments):
    blocks = []
    for cell, author, lines in comments:
        body = '<br>'.join(E(x) for x in lines)
        blocks.append(f'<div class="c">セル: {E(cell)}<br>コメント: {E(author)}<br>{body}</div>')
    return '<div class="cmts">' + ''.join(blocks) + '</div>'


def build():
    total = 6
    pages = []
    pages.append(page(S1_NAME, 1, total, '<div class="sheet">' + title_rows(S1_TITLE_ROWS)
                      + form_rows(S1_ROWS_P1, S1_DEPT, S1_CONTRACTOR) + '</div>'))
    pages.append(page(S1_NAME, 2, total, '<div class="sheet">' + title_rows(S1_TITLE_ROWS)
                      + form_rows(S1_ROWS_P2, S1_DEPT, S1_CONTRACTOR) + '</div>'))
    pages.append(page(S1_NAME, 3, total, comments_page(S1_COMMENTS)))
    pages.append(page(S2_NAME, 4, total, '<div class="sheet">' + title_rows(S2_TITLE_ROWS)
                      + form_rows(S2_ROWS_P1, S2_DEPT, None) + '</div>'))
    pages.append(page(S2_NAME, 5, total, '<div class="sheet">' + title_rows(S2_TITLE_ROWS)
                      + form_rows(S2_ROWS_P2, S2_DEPT, None) + '</div>'))
    pages.append(page(S2_NAME, 6, total, comments_page(S2_COMMENTS)))
    return ('<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8">'
            f'<title>{E(BOOK)}</title><style>{CSS}</style></head><body>\n'
            + '\n'.join(pages) + '\n</body></html>\n')


def main():
    with open(HTML_OUT, 'w', encoding='utf-8') as f:
        f.write(build())
    os.makedirs(os.path.dirname(PDF_OUT), exist_ok=True)
    exe = shutil.which('chromium') or shutil.which('chromium-browser')
    if not exe:
        sys.exit('chromium not found')
    prof = tempfile.mkdtemp(prefix='ae1-chromium-')
    try:
        subprocess.run([exe, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
                        '--no-first-run', '--disable-background-networking',
                        '--disable-component-update', '--disable-sync', f'--user-data-dir={prof}',
                        '--no-pdf-header-footer', f'--print-to-pdf={PDF_OUT}',
                        'file://' + HTML_OUT], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    print('wrote', HTML_OUT, 'and', PDF_OUT)


if __name__ == '__main__':
    main()
