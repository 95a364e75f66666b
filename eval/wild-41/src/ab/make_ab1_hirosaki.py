#!/usr/bin/env python3
"""ab1_hirosaki_2021.pdf: an Excel comparison sheet (matters as columns, fields as
rows) printed on A3 landscape, followed by a portrait A4 annex page.

Writes src/ab/ab1_hirosaki_2021.html and prints it with headless Chromium to
raw/ab1_hirosaki_2021.pdf.  The A3 sheet and the A4 annex are two named pages of one
HTML file (CSS `page:`).  Standard library only; needs chromium on PATH.
Every sentence here was written for this evaluation set; only 弘前市 is real."""
import html
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STEM = 'ab1_hirosaki_2021'
HTML_OUT = os.path.join(HERE, STEM + '.html')
PDF_OUT = os.path.join(ROOT, 'raw', STEM + '.pdf')


def cell(*lines):
    """Alt+Enter line breaks of an Excel cell -> <br>.  A line starting with an
    ideographic space continues the previous item (the cell wraps it itself)."""
    joined = []
    for x in lines:
        if x.startswith('\u3000') and joined and not x.startswith('\u3000\u3000'):
            joined[-1] += x[1:]
        else:
            joined.append(x)
    return '<br>'.join(html.escape(x) for x in joined)


# ------------------------------------------------------------------ the sheet
# Each row: (label, column 1, column 2, column 3 (withdrawn), optional css class of col 1/2)
ROWS = [
    ('番号',
     cell('諮問第５号'),
     cell('諮問第６号'),
     cell('諮問第７号')),
    ('件名',
     cell('子どもの発達相談に係る心理検査及び個別相談業務の委託について'),
     cell('介護認定審査会のペーパーレス化に伴うクラウドサービスとの外部結合について'),
     cell('市営住宅家賃の減免審査に係る生活保護受給情報の目的外利用について')),
    ('諮問区分',
     cell('個人情報取扱事務の委託', '（電子計算機処理を伴うもの）'),
     cell('電子計算組織の結合', '（市の機関以外のものとの通信回線による結合）'),
     cell('保有個人情報の目的外利用')),
    ('根拠条項',
     cell('弘前市個人情報保護条例', '第１２条第２項'),
     cell('弘前市個人情報保護条例', '第１４条第２項'),
     cell('弘前市個人情報保護条例', '第８条第２項第４号')),
    ('担当部課',
     cell('健康こども部', 'こども家庭課（発達支援係）', '内線 ２４１７'),
     cell('福祉部', '介護福祉課（認定審査係）', '内線 ２２６３'),
     cell('建設部', '建築住宅課', '内線 ３１０８')),
    ('委託先（結合先）',
     cell('一般社団法人つがる発達臨床研究所',
          '（公認心理師・臨床心理士 計６名在籍）',
          '※随意契約。令和３年１２月中旬に契約締結予定'),
     cell('結合先：ペーパーレス会議サービス「ボードリンク」',
          '（提供事業者：株式会社ミドリノ・ソリューションズ）',
          '※以下、同社を「受託者」という。'),
     cell('－')),
    ('個人情報の項目',
     cell('【児童】',
          '・氏名、生年月日、性別、住所',
          '・在籍園名（保育所、幼稚園、認定こども園）',
          '・乳幼児健康診査の受診日',
          '・乳幼児健康診査の結果',
          '・発達検査の結果（新版Ｋ式発達検査等）',
          '・療育手帳の等級',
          '・通院先医療機関名',
          '・相談内容',
          '【保護者】',
          '・氏名、続柄、電話番号、就労状況',
          '※個人番号は取り扱わない。'),
     cell('【審査対象者】',
          '・審査番号、年齢、性別',
          '・申請区分（新規・更新・区分変更）',
          '・居住形態（在宅・施設）',
          '・前回の要介護度',
          '・一次判定結果',
          '・認定調査の結果（基本調査及び特記事項）',
          '・傷病名（主治医意見書に記載されたもの）',
          '・障害高齢者の日常生活自立度',
          '・認知症高齢者の日常生活自立度',
          '※審査対象者の氏名、住所及び被保険者番号はマスキングし、',
          '　クラウドサービスには登録しない。',
          '【審査委員】',
          '・氏名、所属機関名、メールアドレス（ログイン用）'),
     cell('【入居者】', '・氏名、住所、世帯員数', '・生活保護の受給状況', '（以下調整中）')),
    ('記録媒体',
     cell('・紙（相談記録票、発達検査の記録用紙）',
          '・ＵＳＢメモリ（暗号化機能付き。市から受託者へ対象児童名簿を',
          '　渡す場合に限る）',
          '・受託者のパソコン（インターネットに接続しないもの）',
          '※電子メールによるデータの送受信は行わない。'),
     cell('・クラウドサービス上の審査会資料データ',
          '・市が委員に貸与するタブレット端末（閲覧専用）',
          '・介護福祉課の事務用パソコン（資料の登録に使用）',
          '※紙の審査会資料の作成及び委員への郵送は廃止する。'),
     cell('')),
    ('委託期間',
     cell('令和４年１月４日～令和４年３月３１日'),
     cell('令和４年４月１日～', '（本格運用の開始日。終期は定めない）'),
     cell('')),
    ('市が行う対策',
     cell('【運用面】',
          '①契約書に別紙「個人情報取扱特記事項」を添え、条例及び弘前市情報セキュリティ',
          '　ポリシーに従う義務を受託者に負わせる。',
          '②対象児童名簿を入れたＵＳＢメモリは、係員が研究所まで携行して担当者に直接',
          '　渡し、受渡簿に双方が記名する。',
          '③委託期間中に１回以上、職員が研究所を訪れ、記録票の保管や端末の管理の状況',
          '　を実地に確かめる。',
          '④業務終了時には記録票をすべて引き揚げ、端末内のデータを消去したことを証する',
          '　書面を提出させる。',
          '【技術面】',
          '⑤名簿ファイルには開封用のパスワードを掛け、その文字列はＵＳＢメモリを渡した',
          '　後に電話で伝える。'),
     cell('【運用面】',
          '①サービス利用契約書に、受託者が弘前市情報セキュリティポリシーを守るべき旨の',
          '　条項を設ける。',
          '②管理画面を操作できる職員は課長が指名した者に限定し、その職員ごとに個別の',
          '　ＩＤ及びパスワードを付与する。',
          '③委員の委嘱時に、端末の扱い方と資料の管理上の留意点を説明する場を設ける。',
          '④審査会が終わった資料は、開催日の翌週までに担当職員がクラウド上から削除する。',
          '【技術面】',
          '⑤委員に貸与するタブレット端末は、指紋による本人確認を経なければ起動できない',
          '　設定とする。',
          '⑥委員の閲覧画面では、資料を印刷する機能を停止しておく。',
          '⑦クラウドへの接続には、基幹系ネットワークから切り離されたインターネット接続',
          '　用の端末のみを使う。'),
     cell('（調整中）')),
    ('受託者に行わせる対策',
     cell('・業務責任者を１名置き、従事する心理士等の名簿と併せて市に届け出させる。',
          '・着任前に、個人情報の適正な取扱いに関する研修を全従事者に受講させる。',
          '・相談記録票及び検査用紙は、鍵の掛かる書庫に収め、使用する時以外は出して',
          '　おかせない。',
          '・記録票等は研究所の外へ持ち出させない。',
          '・データを扱うパソコンは、インターネットや他のネットワークにつながない単体の',
          '　端末とさせる。',
          '・パソコンの起動時には、従事者ごとのＩＤとパスワードの入力を求める設定と',
          '　させる。',
          '・検査結果のファイルを保存するフォルダは、担当の心理士以外が開けないよう',
          '　権限を設定させる。',
          '・パソコンにはウイルス対策ソフトを入れ、定義ファイルを常に最新に保たせる。',
          '・紛失、盗難、漏えい等が生じ、又はそのおそれがあるときは、直ちにこども家庭課',
          '　へ電話で知らせ、その後書面で経過を報告させる。'),
     cell('・サービスを置くデータセンターは日本国内にあり、ＩＳＯ／ＩＥＣ ２７００１',
          '　（ＩＳＭＳ）の認証を得ていること。',
          '・利用者の端末とサービスとの間の通信、及び保存するデータは、いずれも暗号化',
          '　させる。',
          '・管理者の操作やログインの記録を１年以上保存させ、不審な操作の有無を定期的に',
          '　点検させる。',
          '・データのバックアップを毎日取得し、別の拠点で保管させる。',
          '・外部からの不正侵入を防ぐため、ファイアウォール及び侵入検知の仕組みを備え',
          '　させる。',
          '・障害や情報流出が発生したときは、直ちに介護福祉課へ連絡させ、原因と対応を',
          '　報告させる。',
          '・契約が終了したときは、保存データを復元できない方法で消去させ、その証明書',
          '　を提出させる。',
          '・運用保守に従事する技術者の名簿を、作業の開始前に提出させる。'),
     cell('－')),
    ('備考',
     cell('・令和４年度以降も継続して実施する予定（次年度は４月から通年で委託する見込み）。',
          '・対象は１歳６か月児健康診査等で経過観察となった児童のうち、保護者が相談を',
          '　希望した者（年間約１２０人を想定）。'),
     cell('・要介護認定は介護保険法第２７条に基づく。',
          '・令和４年２月～３月に架空データによる試行を行う（個人情報は使用しない）。',
          '・情報システムの調達について企画部情報政策課と協議済み。'),
     cell('本件は取下げ', '（令和３年１０月２２日付けで担当課から取下げの申出。',
          '国の通知を踏まえ手続を再検討するため）')),
]

SHRINK = {('受託者に行わせる対策', 1)}   # Excel "shrink to fit": smaller font

# ------------------------------------------------------------------ the annex
ANNEX_INTRO = ('受注者は、発注者から委託を受けた業務（以下「本業務」という。）を行うに当たり、'
               '個人情報の取扱いについて次の事項を守らなければならない。')
ANNEX = [
    ('個人情報保護の責務',
     '受注者は、個人情報の保護が個人の尊厳に関わるものであることを理解し、本業務で扱う個人情報を'
     '関係法令及びこの特記事項に従って適切に管理しなければならない。'),
    ('秘密の保持',
     '受注者は、本業務を通じて知った個人情報を他に漏らし、又は不当な目的に使ってはならない。'
     '本業務が終了し、又は契約が解除された後も同様とする。'),
    ('収集の制限',
     '受注者は、本業務のために個人情報を集めるときは、業務の遂行に必要な範囲に限り、'
     '適法かつ公正な方法によらなければならない。'),
    ('目的外利用及び提供の禁止',
     '受注者は、発注者の指示によるときを除き、本業務で扱う個人情報をこの契約の目的の範囲を超えて'
     '利用し、又は第三者へ提供してはならない。'),
    ('再委託の制限',
     '受注者は、本業務の全部又は一部を他の者に請け負わせてはならない。ただし、あらかじめ発注者の'
     '書面による承認を受けたときは、この限りでない。'),
    ('複写及び複製の禁止',
     '受注者は、発注者の承認を得ずに、発注者から渡された個人情報が記録された資料等を写し、'
     '又は複製してはならない。'),
    ('持出しの禁止',
     '受注者は、個人情報が記録された資料等を、発注者が認めた作業場所から持ち出してはならない。'),
    ('管理体制',
     '受注者は、個人情報の管理責任者及び本業務に従事する者を定め、書面により発注者に通知しなければ'
     'ならない。これらを変更するときも同様とする。'),
    ('従事者の教育',
     '受注者は、従事者に対し、個人情報の保護に関して必要な教育及び研修を行わなければならない。'),
    ('事故発生時の報告',
     '受注者は、個人情報の漏えい、滅失、き損等の事故が発生し、又はそのおそれがあると知ったときは、'
     '直ちに発注者に報告し、その指示に従わなければならない。'),
    ('資料等の返還及び消去',
     '受注者は、本業務が完了したとき又は契約が解除されたときは、発注者から渡された資料等を速やかに'
     '返し、受注者の機器に保存された個人情報を復元できない方法で消去した上で、消去の日時及び方法を'
     '記した書面を発注者に提出しなければならない。'),
    ('調査及び報告',
     '発注者は、必要と認めるときは、受注者に個人情報の取扱状況を報告させ、又は職員を作業場所に'
     '立ち入らせて調査させることができる。'),
    ('契約の解除',
     '発注者は、受注者がこの特記事項に違反したときは、契約を解除することができる。'),
    ('損害賠償',
     '受注者は、この特記事項に反する行為により発注者又は第三者に損害を生じさせたときは、'
     'これを賠償する責任を負う。'),
]

ZEN = str.maketrans('0123456789', '０１２３４５６７８９')


def zen(n):
    return str(n).translate(ZEN)


CSS = """
@page { size: A3 landscape; margin: 9mm 10mm 8mm 10mm; }
@page annex { size: A4 portrait; margin: 15mm 18mm 12mm 20mm; }
html, body { margin: 0; padding: 0; }
body { font-family: "Noto Sans CJK JP", sans-serif; font-size: 9pt; color: #000; }
.sheet { page: sheet; }
.band { display: flex; justify-content: space-between; align-items: flex-end;
        border-bottom: 1.6px solid #000; padding-bottom: 1.5mm; margin-bottom: 2mm; }
.band .ttl { font-size: 15pt; font-weight: bold; letter-spacing: 0.04em; }
.band .sub { font-size: 8.5pt; margin-top: 1mm; }
.band .meta { text-align: right; font-size: 8pt; line-height: 1.45; }
.stamp { display: inline-block; border: 1.4px solid #c00; color: #c00; font-weight: bold;
         padding: 0.5mm 2mm; margin-bottom: 1mm; font-size: 9pt; }
table.xl { border-collapse: collapse; table-layout: fixed; width: 100%; }
table.xl td, table.xl th { border: 0.6px solid #000; padding: 0.5mm 1.2mm; vertical-align: top;
         line-height: 1.26; word-break: break-all; }
table.xl th { background: #d9e1f2; font-weight: bold; text-align: center; vertical-align: middle; }
table.xl td.lbl { background: #ddebf7; font-weight: bold; vertical-align: middle; text-align: center; }
table.xl td.wd { background: #d9d9d9; color: #595959; }
table.xl th.wd { background: #bfbfbf; color: #404040; }
table.xl td.shrink { font-size: 6.8pt; line-height: 1.2; }
table.xl td.ttlrow { font-weight: bold; font-size: 9.4pt; }
.foot { display: flex; justify-content: space-between; font-size: 7.5pt; margin-top: 1.6mm; color: #333; }
.note { font-size: 7.8pt; margin-top: 1mm; }
.annex { page: annex; break-before: page; font-family: "Noto Serif CJK JP", serif; font-size: 9.6pt;
         line-height: 1.5; }
.annex .hd { display: flex; justify-content: space-between; font-size: 10pt; }
.annex h1 { font-size: 14pt; text-align: center; margin: 3mm 0 1mm; letter-spacing: 0.3em; font-weight: bold; }
.annex .rel { text-align: center; font-size: 9.5pt; margin-bottom: 5mm; }
.annex p { margin: 0; }
.annex .art { margin-top: 0.8mm; }
.annex .body { padding-left: 1em; text-indent: -1em; }
.annex .pg { text-align: center; font-size: 9pt; margin-top: 5mm; }
"""


def build_html():
    out = ['<!DOCTYPE html>', '<html lang="ja"><head><meta charset="utf-8">',
           '<title>R3-2_諮問案件一覧</title>', '<style>' + CSS + '</style></head><body>']
    # ---- sheet
    out.append('<div class="sheet">')
    out.append('<div class="band"><div>'
               '<div class="ttl">令和３年度 第２回 弘前市個人情報保護審議会 諮問案件一覧</div>'
               '<div class="sub">開催日時：令和３年１１月１６日（火）午後２時００分～　'
               '会場：市役所本庁舎４階 第一会議室</div></div>'
               '<div class="meta"><span class="stamp">委員限り</span><br>'
               '印刷日：2021/11/04 16:52<br>総務部総務課（審議会事務局）</div></div>')
    out.append('<table class="xl"><colgroup><col style="width:27mm"><col style="width:152mm">'
               '<col style="width:152mm"><col style="width:69mm"></colgroup>')
    out.append('<tr><th>項目</th><th>案件１</th><th>案件２</th><th class="wd">案件３（取下げ）</th></tr>')
    for label, c1, c2, c3 in ROWS:
        cls1 = 'shrink' if (label, 1) in SHRINK else ''
        cls2 = 'shrink' if (label, 2) in SHRINK else ''
        if label == '件名':
            cls1 = cls2 = 'ttlrow'
        out.append(f'<tr><td class="lbl">{html.escape(label)}</td>'
                   f'<td class="{cls1}">{c1}</td><td class="{cls2}">{c2}</td>'
                   f'<td class="wd">{c3}</td></tr>')
    out.append('</table>')
    out.append('<div class="note">（注）網掛けの案件は取下げのため審議の対象外。'
               '各案件の詳細は担当課作成の諮問書（資料１～２）を参照。</div>')
    out.append('<div class="foot"><span>R3-2_諮問案件一覧.xlsx</span><span>一覧表</span>'
               '<span>1 / 2 ページ</span></div>')
    out.append('</div>')
    # ---- annex
    out.append('<div class="annex">')
    out.append('<div class="hd"><span>別紙</span><span>（諮問第５号関係）</span></div>')
    out.append('<h1>個人情報取扱特記事項</h1>')
    out.append('<div class="rel">子どもの発達相談に係る心理検査及び個別相談業務委託契約</div>')
    out.append('<p>　' + html.escape(ANNEX_INTRO) + '</p>')
    for i, (head, body) in enumerate(ANNEX, 1):
        out.append(f'<div class="art"><p>（{html.escape(head)}）</p>'
                   f'<p class="body">第{zen(i)}条　{html.escape(body)}</p></div>')
    out.append('<p class="pg">2 / 2 ページ</p>')
    out.append('</div>')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


def main():
    with open(HTML_OUT, 'w', encoding='utf-8') as f:
        f.write(build_html())
    chrome = shutil.which('chromium') or shutil.which('chromium-browser')
    if not chrome:
        sys.exit('chromium not found')
    profile = tempfile.mkdtemp(prefix='ab1-chrome-')
    cmd = [chrome, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           f'--user-data-dir={profile}', '--no-pdf-header-footer',
           f'--print-to-pdf={PDF_OUT}', 'file://' + HTML_OUT]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(profile, ignore_errors=True)
    print('wrote', PDF_OUT)


if __name__ == '__main__':
    main()
