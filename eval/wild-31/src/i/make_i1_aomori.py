#!/usr/bin/env python3
"""Writes src/i/i1_aomori_2022.html: an Excel sheet 「案件一覧」 printed with gridlines and
row/column headings (行列番号), A4 landscape, 2 pages, print title row 1 repeated.
Print: chromium --headless --no-sandbox --no-pdf-header-footer \
  --print-to-pdf=raw/i1_aomori_2022.pdf src/i/i1_aomori_2022.html"""
import html
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'i1_aomori_2022.html')

TITLE = '令和4年度第3回青森市個人情報保護審議会　報告・諮問案件一覧'

# rows: (kind, label, value)  kind: 'title' print title, 'info', 'block', 'kv', 'blank'
PAGE1 = [
    ('title', None, TITLE),
    ('info', '開催日時', '令和4年11月24日（木）午後2時00分～　市役所駅前庁舎 会議室3A　／　事務局：総務部総務課 情報公開・個人情報保護チーム（内線2214）'),
    ('blank', None, None),
    ('block', None, '案件１　【報告】'),
    ('kv', '件名', '特定健康診査未受診者及び要指導者への受診勧奨通知作成・発送業務の委託について'),
    ('kv', '区分', '報告（個人情報取扱事務の外部委託）'),
    ('kv', '根拠条項', '青森市個人情報保護条例第13条第2項'),
    ('kv', '担当部課', '保健部　健康づくり推進課'),
    ('kv', '個人情報の保有課', '市民部　国保年金課（国民健康保険被保険者の健診データを保有し、担当課へ提供）'),
    ('kv', '委託先', '株式会社みちのくヘルスデータ（本社：青森市新町二丁目）'),
    ('kv', '取り扱う個人情報', '対象者の氏名、性別、生年月日、住所、国民健康保険被保険者証の記号番号、特定健康診査の受診日、健診結果（血圧・血糖・脂質等の検査値）、服薬状況（問診票の回答による）、保健指導区分<br>※健診結果は勧奨通知の文面を選ぶためにのみ用い、通知書には印字しない。'),
    ('kv', '記録媒体', '紙（勧奨通知書、返信用はがき）、CD-R（市と委託先との間のデータ受渡し用）、委託先のパソコン（外部ネットワークに接続しない作業専用機）'),
    ('kv', '委託期間', '令和4年12月1日から令和5年3月31日まで（令和5年度以降も同様の内容で毎年度委託する予定）'),
    ('kv', '安全管理措置（市）', '① 委託契約書に個人情報取扱特記事項を付し、受託者に本市情報セキュリティポリシーの遵守を義務付ける。<br>② 対象者データはCD-Rに格納する前に暗号化し、復号用のパスワードは別途電話で受託者の責任者に伝える。<br>③ CD-Rの受渡しは職員と受託者の責任者が対面で行い、その都度、受渡簿に日時と枚数を記録する。<br>④ 契約期間中、必要と認めるときは受託者の作業場所に職員が出向き、実地調査を行う。'),
    ('kv', '安全管理措置（受託者）', '① 個人情報の取扱責任者及び作業従事者を定め、その名簿を業務着手前に市へ提出する。<br>② 作業用パソコンはインターネット等の外部回線に接続しない専用機とし、起動時にIDとパスワードで利用者を認証する。<br>③ ウイルス対策ソフトを導入し、定義ファイルを常に最新の状態に保つ。<br>④ 印刷前の通知書及び返送されたはがきは、鍵の掛かる書庫に保管する。<br>⑤ 業務完了後はパソコン内のデータを復元できない方法で消去し、消去証明書を添えてCD-Rを市へ返却する。<br>⑥ 漏えい、紛失等の事故が生じ、又はそのおそれがあるときは、直ちに市へ報告してその指示に従う。<br>⑦ 作業従事者に対し、業務開始前に個人情報の取扱いに関する研修を行う。'),
    ('kv', '備考', '個人情報取扱特記事項は契約書に添付（本一覧では省略）'),
    ('blank', None, None),
]
PAGE2 = [
    ('block', None, '案件２　【諮問】'),
    ('kv', '件名', '介護認定審査会資料の電子化に伴うクラウド型資料共有サービスとの外部結合について'),
    ('kv', '区分', '諮問（電子計算機の外部結合）'),
    ('kv', '根拠条項', '青森市個人情報保護条例第16条第2項'),
    ('kv', '担当部課', '福祉部　介護保険課'),
    ('kv', '結合先', '株式会社ノースブリッジ・ソリューションズが提供するクラウド型資料共有サービス「ブリッジシェア」'),
    ('kv', '取り扱う個人情報', '申請者の被保険者番号、年齢、性別、申請区分、前回の要介護度、認定調査で把握した心身の状況、主治医意見書の傷病名、障害高齢者の日常生活自立度、認定調査の実施日<br>※氏名及び住所は審査会資料に表示しない（マスキング処理を行ったうえで登録する。）'),
    ('kv', '記録媒体', '市の介護認定支援システム（庁内端末）、クラウドサービス上のサーバ、審査会委員に貸与するタブレット端末'),
    ('kv', '結合開始日', '令和5年4月1日から'),
    ('kv', '安全管理措置（市）', '① サービスへの接続は、庁内の基幹系ネットワークから分離したインターネット接続系の専用端末からに限る。<br>② 資料の登録は、職員ごとに付与したIDとパスワード及びワンタイムパスワードによる認証を経て行う。<br>③ タブレット端末は審査会の終了後に回収して施錠可能な保管庫に保管し、委員による持ち帰りは認めない。<br>④ 審査会委員に対し、就任時及び毎年度当初に、資料の適正な取扱いについて説明を行う。<br>⑤ 登録した資料は、審査会の開催日から30日を経過した時点でサービス上から削除する。'),
    ('kv', '安全管理措置（事業者）', '① 通信はTLS1.2以上で暗号化し、サーバに保存するデータも暗号化して管理する。<br>② 利用者ごとのログイン、閲覧及びダウンロードの履歴を記録し、1年間保存する。<br>③ ISMS（ISO/IEC 27001）及びISMSクラウドセキュリティ認証（ISO/IEC 27017）を取得している。<br>④ データセンターは国内に置き、生体認証による入退室管理を行っている。<br>⑤ 障害や情報漏えいが発生したときは、直ちに市へ連絡する体制をとる。<br>⑥ 不正侵入検知システム（IDS）を設置し、OS等の脆弱性に対する修正プログラムを速やかに適用する。<br>⑦ データは日次でバックアップを取得し、別拠点に保管する。'),
    ('kv', '備考', '※前回（令和4年度第2回）は説明のみ。本日答申予定。'),
]

CSS = """
@page { size: A4 landscape; margin: 9mm 10mm 8mm 10mm; }
body { margin:0; font-family: 'Noto Sans CJK JP','IPAexGothic','IPAGothic',sans-serif; font-size:8.6pt; }
.page { position:relative; height:186mm; page-break-after:always; }
.page:last-child { page-break-after:auto; }
table { border-collapse:collapse; table-layout:fixed; width:277mm; }
td { border:0.4pt solid #b8b8b8; padding:1.2mm 1.4mm; vertical-align:top; line-height:1.38; }
td.h { background:#e4e4e4; color:#444; text-align:center; vertical-align:middle; font-size:7.6pt; padding:0.4mm; border-color:#9a9a9a; }
tr.hd td { height:4mm; }
td.title { font-weight:bold; font-size:11pt; text-align:center; vertical-align:middle; height:8mm; }
td.block { font-weight:bold; background:#dce6f1; font-size:9.6pt; }
td.lab { background:#f2f2f2; font-weight:bold; }
tr.blank td { height:4.5mm; }
.foot { position:absolute; bottom:0; left:0; width:277mm; font-size:8pt; }
.foot .l { position:absolute; left:0; } .foot .c { position:absolute; left:0; width:277mm; text-align:center; }
"""


def colgroup():
    return ('<colgroup><col style="width:8mm"><col style="width:7mm"><col style="width:38mm">'
            '<col style="width:56mm"><col style="width:56mm"><col style="width:56mm"><col style="width:56mm"></colgroup>')


def row(n, kind, label, value):
    h = f'<td class="h">{n}</td>'
    if kind == 'title':
        return f'<tr>{h}<td colspan="6" class="title">{value}</td></tr>'
    if kind == 'blank':
        return f'<tr class="blank">{h}<td></td><td></td><td></td><td></td><td></td><td></td></tr>'
    if kind == 'block':
        return f'<tr>{h}<td></td><td colspan="5" class="block">{value}</td></tr>'
    return f'<tr>{h}<td></td><td class="lab">{label}</td><td colspan="4">{value}</td></tr>'


def page(rows, first_no, pno):
    out = ['<div class="page"><table>', colgroup(),
           '<tr class="hd"><td class="h"></td>' + ''.join(f'<td class="h">{c}</td>' for c in 'ABCDEF') + '</tr>']
    n = first_no
    if pno > 1:
        out.append(row(1, 'title', None, TITLE))
    for kind, label, value in rows:
        out.append(row(n, kind, label, value))
        n += 1
    out.append('</table>')
    out.append(f'<div class="foot"><span class="l">案件一覧</span><span class="c">{pno} / 2</span></div></div>')
    return '\n'.join(out), n


p1, nxt = page(PAGE1, 1, 1)
p2, _ = page(PAGE2, nxt, 2)
doc = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>案件一覧</title><style>{CSS}</style></head>
<body>
{p1}
{p2}
</body></html>
"""
open(OUT, 'w', encoding='utf-8').write(doc)
print('wrote', OUT)
