#!/usr/bin/env python3
"""Writes src/v/v1_hikone_2021.html (an Excel form sheet as it looks when printed:
ruled cells, narrow merged label cells written vertically, 縦書き) and prints it to
raw/v1_hikone_2021.pdf with headless Chromium.

Everything except the municipality name is invented for this evaluation set."""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML = os.path.join(HERE, 'v1_hikone_2021.html')
PDF = os.path.join(ROOT, 'raw', 'v1_hikone_2021.pdf')

CSS = r"""
@page {
  size: A4 portrait;
  margin: 18mm 14mm 16mm 16mm;
  @top-left { content: "令和３年度第２回　彦根市個人情報保護審議会"; font-family: "Noto Sans CJK JP"; font-size: 8pt; color: #333; }
  @bottom-center { content: counter(page) " / " counter(pages); font-family: "Noto Sans CJK JP"; font-size: 8pt; }
}
@page cover { @top-left { content: none; } @top-right { content: none; } }
@page s1 { @top-right { content: "資料１"; font-family: "Noto Sans CJK JP"; font-size: 9pt; }
           @bottom-right { content: "報告１"; font-family: "Noto Sans CJK JP"; font-size: 7pt; color: #555; } }
@page s1b { @top-right { content: "資料１　別紙"; font-family: "Noto Sans CJK JP"; font-size: 9pt; }
            @bottom-right { content: "報告１（別紙）"; font-family: "Noto Sans CJK JP"; font-size: 7pt; color: #555; } }
@page s2 { @top-right { content: "資料２"; font-family: "Noto Sans CJK JP"; font-size: 9pt; }
           @bottom-right { content: "諮問１"; font-family: "Noto Sans CJK JP"; font-size: 7pt; color: #555; } }
.cover { page: cover; }
.sheet1 { page: s1; }
.sheet1b { page: s1b; break-before: page; }
.sheet2 { page: s2; break-before: page; }
body { font-family: "Noto Sans CJK JP", sans-serif; font-size: 9.5pt; line-height: 1.45; margin: 0; }
p { margin: 0; }
h1.ttl { font-size: 12.5pt; text-align: center; margin: 0 0 3mm; font-weight: bold; letter-spacing: 0.05em; }
table.xl { border-collapse: collapse; width: 99.6%; table-layout: fixed; }
table.xl td { border: 0.7px solid #000; padding: 1.1mm 1.5mm; vertical-align: top; }
table.xl td.lb { background: #dcdcdc; text-align: center; vertical-align: middle; padding: 1mm 0; }
table.xl td.lh { background: #dcdcdc; text-align: center; vertical-align: middle; padding: 1mm 0.5mm; }
table.xl tr { break-inside: avoid; }
.v { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 0.12em; margin: 0 auto; line-height: 1.1; }
.ind { padding-left: 1.1em; text-indent: -1.1em; }
.note { font-size: 8.5pt; margin-top: 1mm; }
.chk { letter-spacing: 0.02em; }
.right { text-align: right; }
.center { text-align: center; }
/* cover */
.cover h1 { font-size: 15pt; text-align: center; margin: 26mm 0 10mm; font-weight: bold; letter-spacing: 0.1em; }
.cover table.meta { margin: 0 auto 10mm; border-collapse: collapse; font-size: 10.5pt; }
.cover table.meta td { padding: 1.5mm 4mm; vertical-align: top; }
.cover table.list { border-collapse: collapse; width: 99.6%; font-size: 10pt; }
.cover table.list td, .cover table.list th { border: 0.7px solid #000; padding: 1.6mm 2mm; vertical-align: top; }
.cover table.list th { background: #dcdcdc; font-weight: normal; }
.secr { margin-top: 40mm; text-align: right; font-size: 10pt; }
/* annex */
.annex h2 { font-size: 12pt; text-align: center; margin: 2mm 0 4mm; font-weight: bold; }
.annex .frame { border: 0.7px solid #000; padding: 4mm 5mm; font-size: 9.5pt; line-height: 1.6; }
.annex .hd { margin-top: 1.6mm; }
.annex .art { padding-left: 1em; text-indent: -1em; }
"""

# rows: (label-cells html, value html).  Label helpers build the merged cells.


def V(text):
    """a vertical label (縦書き) inside a merged cell"""
    return f'<div class="v">{text}</div>'


def tr_h(label, value, style=''):
    """horizontal short label spanning both label columns"""
    return f'<tr><td class="lh" colspan="2">{label}</td><td{style}>{value}</td></tr>'


def tr_v(label, value, minh=None):
    """vertical label spanning both label columns"""
    st = f' style="height:{minh}"' if minh else ''
    return f'<tr{st}><td class="lb" colspan="2">{V(label)}</td><td>{value}</td></tr>'


def group(glabel, rows):
    """vertical group label spanning several rows; each row has its own label"""
    out = []
    for i, (sub, value, vertical) in enumerate(rows):
        first = f'<td class="lb" rowspan="{len(rows)}">{V(glabel)}</td>' if i == 0 else ''
        lab = V(sub) if vertical else sub
        cls = 'lb' if vertical else 'lh'
        out.append(f'<tr>{first}<td class="{cls}">{lab}</td><td>{value}</td></tr>')
    return '\n'.join(out)


def table(rows):
    return ('<table class="xl"><colgroup><col style="width:7mm"><col style="width:8mm"><col></colgroup>\n'
            + '\n'.join(rows) + '\n</table>')


def lines(items, cls='ind'):
    return ''.join(f'<p class="{cls}">{x}</p>' for x in items)


# ------------------------------------------------------------------ cover
COVER = """
<div class="cover">
<p class="right">令和３年１１月１８日</p>
<h1>令和３年度第２回<br>彦根市個人情報保護審議会</h1>
<table class="meta">
<tr><td>日　時</td><td>令和３年１１月１８日（木）　午後１時３０分から</td></tr>
<tr><td>場　所</td><td>彦根市役所　本庁舎４階　第３会議室</td></tr>
</table>
<p style="margin-bottom:2mm">案　件</p>
<table class="list">
<colgroup><col style="width:13mm"><col style="width:16mm"><col><col style="width:28mm"><col style="width:18mm"></colgroup>
<tr><th>番号</th><th>区分</th><th>件　　名</th><th>所管課</th><th>資料</th></tr>
<tr><td class="center">１</td><td class="center">報告</td><td>高齢者肺炎球菌感染症予防接種に係る予診票の点検及びデータ入力業務の委託について</td><td>健康推進課</td><td>資料１<br>別紙</td></tr>
<tr><td class="center">２</td><td class="center">諮問</td><td>認知症高齢者等見守りＳＯＳネットワーク事業における事前登録情報の警察署への提供について</td><td>介護福祉課</td><td>資料２</td></tr>
</table>
<p class="note" style="margin-top:3mm">※会議は公開で行います。資料の取扱いには御注意ください。</p>
<div class="secr">
<p>（事務局）</p>
<p>彦根市総務部文書法制課</p>
<p>内線　２１３４</p>
</div>
</div>
"""

# ------------------------------------------------------------------ matter 1
M1_TITLE = '高齢者肺炎球菌感染症予防接種に係る予診票の点検及びデータ入力業務の委託について'

m1_ward = [
    '・委託契約書に別紙「個人情報取扱特記事項」を添付し、彦根市個人情報保護条例及び特記事項の遵守を受託者に義務付ける。',
    '・予診票は、健康推進課の職員が件数を数えた上で受託者の作業室まで持参し、受託者の責任者と件数を突き合わせて受領書を徴する。',
    '・受託者から納品を受けるＤＶＤ－Ｒのデータは暗号化されたものに限り、復号用のパスワードは媒体とは別に書面で受け取る。',
    '・委託期間中に１回以上、受託者の作業室に立ち入り、予診票の保管及び作業の状況を検査する。',
]
m1_contr = [
    '①　個人情報取扱責任者及び作業従事者を選任させ、その名簿を業務の開始前に提出させる。',
    '②　作業室に入室できる者を作業従事者に限り、入退室の記録を残させる。',
    '③　予診票及びＤＶＤ－Ｒは、作業時間外は鍵の掛かる保管庫に格納させる。',
    '④　予診票及び入力データは、作業室の外へ持ち出させない。',
    '⑤　入力に用いるパソコンは、インターネットその他の外部のネットワークに接続しない独立した端末とさせる。',
    '⑥　パソコンの使用に当たっては、作業従事者ごとに付与したＩＤ及びパスワードによる認証を行わせる。',
    '⑦　ウイルス対策ソフトウェアを導入し、定義ファイルを常に最新の状態に保たせる。',
    '⑧　入力作業の操作履歴を記録させ、取扱責任者に週１回確認させる。',
    '⑨　業務完了後は、パソコンに残るデータを復元できない方法で消去させ、消去証明書を提出させる。',
    '⑩　個人情報の漏えい等の事故が発生し、又はそのおそれがあるときは、直ちに市へ報告させ、市の指示に従わせる。',
    '⑪　作業従事者には、業務の開始前に個人情報の取扱いに関する研修を受講させる。',
]

SHEET1 = '<div class="sheet1">\n<h1 class="ttl">個人情報の取扱いに係る諮問・報告票</h1>\n' + table([
    tr_h('件名', M1_TITLE),
    tr_h('区分', '<span class="chk">■ 報告　　□ 諮問</span>'),
    tr_h('種別', '<span class="chk">□ 本人以外からの収集　□ 目的外利用　□ 外部提供　■ 業務の委託　□ 電子計算機の結合</span>'),
    tr_h('根拠<br>条項', '彦根市個人情報保護条例第１２条第１項'),
    group('所管', [('部', '福祉保健部', False), ('課', '健康推進課（保健センター内）', False)]),
    tr_v('事業の概要', lines([
        '　予防接種法第５条第１項の規定に基づき、６５歳の者等を対象として高齢者肺炎球菌感染症の定期予防接種を実施している。',
        '　接種を行った医療機関から毎月市に送付される予診票について、記載内容の点検及び接種記録のデータ入力を職員が行ってきたが、対象者の増加に伴い事務量が増大していることから、当該業務を専門の事業者に委託するものである。',
        '　なお、本業務は、令和元年度第４回審議会において報告した各種検診の受診券発送業務とは別の業務である。',
    ], cls=''), minh='30mm'),
    tr_v('委託先', '株式会社湖東ビジネスサポート<br>（所在地）彦根市ひばり台三丁目１５番２号', minh='16mm'),
    tr_v('委託期間', '令和４年１月４日から令和４年３月３１日まで', minh='20mm'),
    tr_v('委託内容', lines([
        '(1)　医療機関から提出された予診票の記載漏れ及び接種対象者の要件の点検',
        '(2)　予診票の記載事項のデータ入力及びＤＶＤ－Ｒによる納品',
        '(3)　点検結果一覧表の作成',
    ]), minh='20mm'),
    tr_v('個人情報の項目', '【被接種者】<br>氏名、フリガナ、生年月日、性別、住所、電話番号、宛名番号、予診票番号、接種日、'
         '接種したワクチンの種類、接種医療機関名、基礎疾患の有無、身体障害者手帳の等級（６０歳以上６５歳未満の者に限る。）、'
         '自己負担の区分（免除・一部負担）'
         '<p class="note">※個人番号（マイナンバー）は取り扱わない。</p>'
         '<p class="note">※医療機関への委託料の額など、個人を識別できない情報は記載していない。</p>', minh='36mm'),
    tr_v('記録媒体', '紙（予診票）、ＤＶＤ－Ｒ（入力データの納品に限る。）、受託者の作業室に設置するパソコン（外部のネットワークに接続しないもの）'
         '<p class="note">※電子メールによるデータの送受信は行わない。</p>', minh='20mm'),
    group('保護対策', [('市が講ずる措置', lines(m1_ward), True),
                   ('受託者に講じさせる措置', lines(m1_contr), True)]),
    tr_h('特記<br>事項', '別紙「個人情報取扱特記事項」のとおり'),
    tr_h('備考', '令和４年度以降も、同様の内容で委託する予定である。'),
]) + '\n</div>\n'

# ------------------------------------------------------------------ annex (別紙)
ANNEX_ARTS = [
    ('基本的事項', '第１条', '乙は、この契約による業務を処理するに当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('秘密の保持', '第２条', '乙は、この契約による業務に関して知り得た個人情報の内容を、みだりに他人に知らせてはならない。この契約が終了し、又は解除された後においても、同様とする。'),
    ('適正管理', '第３条', '乙は、甲から引き渡された予診票その他の個人情報が記録された資料を、施錠できる保管庫に収納する等の方法により適正に管理しなければならない。'),
    ('収集の制限', '第４条', '乙は、この契約による業務を処理するために個人情報を収集するときは、当該業務の目的を達成するために必要な範囲内で、適法かつ公正な手段により行わなければならない。'),
    ('目的外利用及び提供の禁止', '第５条', '乙は、甲の指示がある場合を除き、この契約による業務に関して知り得た個人情報を契約の目的以外の目的に利用し、又は甲の承諾なしに第三者に提供してはならない。'),
    ('複写又は複製の禁止', '第６条', '乙は、甲の承諾があるときを除き、甲から引き渡された個人情報が記録された資料を複写し、又は複製してはならない。'),
    ('再委託の禁止', '第７条', '乙は、この契約による業務を他の者に委託してはならない。ただし、あらかじめ甲の書面による承諾を得たときは、この限りでない。'),
    ('作業場所の指定等', '第８条', '乙は、個人情報を取り扱う作業を甲が承認した作業場所で行うものとし、当該作業場所から個人情報を持ち出してはならない。'),
    ('資料等の返還等', '第９条', '乙は、この契約による業務を処理するために甲から引き渡され、又は乙が作成した個人情報が記録された資料等を、業務完了後直ちに甲に返還し、又は甲の指示に従い消去しなければならない。この場合において、乙は、消去を行った日時及び方法を記載した書面を甲に提出しなければならない。'),
    ('従事者への周知及び教育', '第１０条', '乙は、この契約による業務に従事している者に対し、在職中及び退職後においても当該業務に関して知り得た個人情報をみだりに他人に知らせてはならないこと等、個人情報の保護に必要な事項を周知し、教育を行わなければならない。'),
    ('取扱状況の報告及び調査', '第１１条', '甲は、必要があると認めるときは、乙に対し個人情報の取扱状況について報告を求め、又は乙の作業場所に立ち入って調査することができる。'),
    ('事故発生時の報告', '第１２条', '乙は、個人情報の漏えい、滅失その他の事故が生じ、又は生じるおそれがあることを知ったときは、速やかに甲に報告し、甲の指示に従わなければならない。'),
    ('契約の解除及び損害賠償', '第１３条', '甲は、乙がこの特記事項に違反していると認めたときは、契約を解除し、及び乙に対して損害の賠償を請求することができる。'),
]

ANNEX = ('<div class="sheet1b annex">\n<h2>個人情報取扱特記事項</h2>\n<div class="frame">\n'
         '<p>（この特記事項において、甲は彦根市を、乙は受託者をいう。）</p>\n'
         + '\n'.join(f'<p class="hd">（{h}）</p><p class="art">{n}　{t}</p>' for h, n, t in ANNEX_ARTS)
         + '\n</div>\n</div>\n')

# ------------------------------------------------------------------ matter 2
M2_TITLE = '認知症高齢者等見守りＳＯＳネットワーク事業における事前登録情報の警察署への提供について'

m2_city = [
    'ア　提供は、事前登録の際に、本人又は家族から警察署への情報提供について書面で同意を得た者の情報に限る。',
    'イ　事前登録票の写しは、介護福祉課の職員が封かんした封筒に入れて警察署に持参し、生活安全課の担当者に手渡す。',
    'ウ　福祉総合システムで登録情報を閲覧できる職員は介護福祉課の担当職員に限定し、閲覧の履歴を記録する。',
    'エ　市が保管する事前登録票は、施錠できる書庫に保管する。',
]
m2_dest = [
    'オ　警察署との間で覚書を取り交わし、提供した情報を行方不明者の捜索及び保護以外の目的に利用しないこと並びに第三者に提供しないことを定める。',
    'カ　提供した写しは複写しないこととし、閲覧は生活安全課の担当警察官に限る。',
    'キ　登録の取消しがあったときは、提供した写しを速やかに市に返却させる。',
    'ク　提供した写しの紛失等の事故が発生したときは、直ちに市に報告させる。',
]

SHEET2 = '<div class="sheet2">\n<h1 class="ttl">個人情報の取扱いに係る諮問・報告票</h1>\n' + table([
    tr_h('件名', M2_TITLE),
    tr_h('区分', '<span class="chk">□ 報告　　■ 諮問</span>'),
    tr_h('種別', '<span class="chk">□ 本人以外からの収集　□ 目的外利用　■ 外部提供　□ 業務の委託　□ 電子計算機の結合</span>'),
    tr_h('根拠<br>条項', '彦根市個人情報保護条例第９条第２項第５号'),
    group('所管', [('部', '福祉保健部', False), ('課', '介護福祉課', False)]),
    tr_v('事業の概要', lines([
        '　市では、彦根市認知症高齢者等見守りＳＯＳネットワーク事業実施要綱第６条に基づき、認知症等により行方不明となるおそれのある高齢者等について、家族等の届出により情報を事前に登録している。',
        '　これまでは、行方不明の届出を受けてから登録情報を警察署に伝えていたが、初動の捜索に時間を要する例があることから、登録情報をあらかじめ警察署に提供するものである。',
    ], cls=''), minh='30mm'),
    tr_v('提供先', '管轄する警察署（生活安全課）', minh='16mm'),
    tr_v('提供の目的', '登録者が行方不明となった際に、警察署が迅速に捜索及び保護を行うため。', minh='24mm'),
    tr_v('提供開始', '令和３年１２月１日から（答申を受けた後、覚書を締結して開始する。）', minh='20mm'),
    tr_v('提供する個人情報', '【登録者】<br>氏名、ふりがな、生年月日、性別、住所、身長、体格、身体的特徴、顔写真、認知症の症状、要介護度、'
         'よく立ち寄る場所、普段の移動手段<br>【届出者】<br>氏名、登録者との続柄、電話番号'
         '<p class="note">※登録者の個人番号、病名及び服薬の状況は提供しない。</p>', minh='40mm'),
    tr_v('記録媒体', '紙（事前登録票及びその写し）、福祉総合システム（市の電算システム）', minh='20mm'),
    tr_v('提供方法', '事前登録票の写し（紙）を職員が持参して提供する。電子データ（ＣＤ－Ｒ等）及び電子メールによる提供は行わない。', minh='20mm'),
    group('保護措置', [('市の措置', lines(m2_city), True),
                   ('提供先との取決め', lines(m2_dest), True)]),
    tr_h('備考', '登録者数　２１４人（令和３年１０月末現在）'),
]) + '\n</div>\n'

PAGE = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>諮問・報告票</title>
<style>{CSS}</style>
</head>
<body>
{COVER}
{SHEET1}
{ANNEX}
{SHEET2}
</body>
</html>
"""


def main():
    with open(HTML, 'w', encoding='utf-8') as f:
        f.write(PAGE)
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
           f'--print-to-pdf={PDF}', 'file://' + HTML]
    for attempt in range(5):
        try:
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
            break
        except (FileNotFoundError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as e:
            print('chromium failed, retrying:', e, file=sys.stderr)
            time.sleep(20)
    else:
        sys.exit('chromium did not produce the PDF')
    print('wrote', HTML, 'and', PDF)


if __name__ == '__main__':
    main()
