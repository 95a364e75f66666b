#!/usr/bin/env python3
"""Writes src/u/u1_kusatsu_2021.html and prints it to raw/u1_kusatsu_2021.pdf with
headless Chromium.

Layout family: a PowerPoint deck printed as HANDOUTS, three slides per page
(配布資料 3スライド).  Each A4 portrait page carries the handout header
(left: 「令和3年度第3回草津市個人情報保護審議会 資料3」, right: the date as
PowerPoint prints it), three framed slide images down the left half, a block of
eight ruled note lines to the right of each slide (CSS borders, not a table),
and the page number in the footer.  The slides are real text: a 960x540 px slide
is shrunk with CSS zoom (0.4252) into a 108 mm frame.  Slide numbers sit in each slide's lower right
corner.  Everything here is invented except the municipality's name."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML = os.path.join(HERE, 'u1_kusatsu_2021.html')
PDF = os.path.join(ROOT, 'raw', 'u1_kusatsu_2021.pdf')

HEADER_LEFT = '令和3年度第3回草津市個人情報保護審議会 資料3'
HEADER_RIGHT = '2021/11/25'

# ----------------------------------------------------------------- slides
# each slide: (title or None, body html, kind) ; kind 'cover' for the title slide
S = []

S.append(('', '''
<div class="cover">
  <div class="c-top">令和3年度第3回　草津市個人情報保護審議会</div>
  <div class="c-title">個人情報の目的外利用及び<br>業務の委託について</div>
  <div class="c-sub">諮問 1件 ／ 報告 1件</div>
  <div class="c-date">令和3年11月25日（木）</div>
  <div class="c-org">子ども未来部 ・ 健康福祉部<br><span class="small">（審議会事務局　総務部総務課）</span></div>
</div>''', 'cover'))

S.append(('本日の案件', '''
<table class="agenda">
<tr><td class="tag k1">諮問</td><td class="no">1</td>
<td>子育て世帯への臨時特別給付金の支給事務における児童手当受給者情報等の目的外利用について<div class="who">子ども未来部</div></td></tr>
<tr><td class="tag k2">報告</td><td class="no">2</td>
<td>国民健康保険特定保健指導の実施に係る業務の委託について<div class="who">健康福祉部</div></td></tr>
</table>
<p class="note">※ 前回（第2回）の審議会で答申をいただいた「市有施設における防犯カメラの設置及び運用について」の運用状況は、
本日の案件ではなく、次回に御報告します。</p>''', ''))

S.append(('【諮問1】目的外利用の概要', '''
<ul class="b">
<li><b>件名</b>　子育て世帯への臨時特別給付金の支給事務における児童手当受給者情報等の目的外利用について</li>
<li><b>担当</b>　子ども未来部 子ども子育て推進課</li>
<li><b>根拠</b>　草津市個人情報保護条例第8条第2項第6号</li>
<li><b>背景</b>　国の経済対策として、18歳以下の児童を養育する世帯に対し、臨時特別給付金を支給することとされた。</li>
<li><b>目的</b>　申請を待たずに支給する「プッシュ型」とするため、児童手当の支給事務で保有する受給者及び振込口座の情報を、給付金の支給事務に利用する。</li>
<li><b>効果</b>　対象世帯の大半で申請書の提出が不要となり、年内の振込みが可能となる。</li>
</ul>''', ''))

S.append(('【諮問1】利用する個人情報', '''
<table class="kv">
<tr><th>項目</th><th>内容</th></tr>
<tr><td class="k">保有している事務</td><td>① 児童手当の支給事務（子ども子育て推進課）<br>
② 住民基本台帳に関する事務（市民環境部市民課）<br>
③ 個人市民税の賦課事務（総務部税務課）</td></tr>
<tr><td class="k">利用する事務</td><td>子育て世帯への臨時特別給付金の支給事務（子ども子育て推進課）</td></tr>
<tr><td class="k">個人情報の項目</td><td>【受給者】氏名、生年月日、住所、電話番号、受給区分（本則給付・特例給付の別）、所得額、
金融機関名、支店名、口座種別、口座番号、口座名義人<br>【児童】氏名、生年月日、続柄<br>
<span class="small">※ 個人番号（マイナンバー）は利用しません。</span></td></tr>
<tr><td class="k">記録媒体</td><td>市の児童手当システム（住民情報系ネットワーク内の端末）、紙（支給対象者一覧表）<br>
<span class="small">※ USBメモリ等の外部記録媒体には出力しません。</span></td></tr>
<tr><td class="k">利用期間</td><td>令和3年12月1日 ～ 令和4年3月31日</td></tr>
</table>''', ''))

S.append(('【諮問1】個人情報の保護措置', '''
<div class="grp">＜組織的措置＞</div>
<ul class="b s">
<li>給付事務に従事する職員は課長が指名し、従事者の名簿を作成する。</li>
<li>取得した情報は給付金の支給に必要な範囲でのみ用い、その他の事務には利用しない。</li>
<li>従事者には、作業の開始前に個人情報の取扱いに関する注意事項を周知する。</li>
</ul>
<div class="grp">＜技術的措置＞</div>
<ul class="b s">
<li>児童手当システムの抽出機能は、指名した従事者のアカウントにのみ権限を付与する。</li>
<li>システムへのログインは、職員ごとのIDと静脈認証により行う。</li>
<li>抽出及び照合の操作履歴はシステムに自動で記録され、所属長が月1回点検する。</li>
</ul>
<div class="grp">＜物理的措置＞</div>
<ul class="b s">
<li>支給対象者一覧表は、使用する時以外は施錠できるキャビネットに保管する。</li>
<li>給付事務の終了後、照合用に作成したデータは速やかに削除し、一覧表は溶解処理する。</li>
</ul>''', ''))

S.append(('【諮問1】今後のスケジュール（予定）', '''
<table class="sched">
<tr><td>令和3年11月25日</td><td>個人情報保護審議会へ諮問</td></tr>
<tr><td>12月上旬</td><td>児童手当システムから支給対象者を抽出</td></tr>
<tr><td>12月10日</td><td>支給のお知らせを発送（受給を辞退する場合は12月17日までに届出）</td></tr>
<tr><td>12月24日</td><td>給付金の振込み</td></tr>
<tr><td>令和4年1月以降</td><td>高校生年代の児童のみを養育する世帯等に申請を御案内</td></tr>
<tr><td>令和4年3月末</td><td>支給事務の終了</td></tr>
</table>''', ''))

S.append(('【報告2】業務委託の概要', '''
<ul class="b">
<li><b>件名</b>　国民健康保険特定保健指導の実施に係る業務の委託について</li>
<li><b>担当</b>　健康福祉部 保険年金課・健康増進課</li>
<li><b>根拠</b>　草津市個人情報保護条例第11条第3項</li>
<li><b>内容</b>　特定健康診査の結果、生活習慣病の発症リスクが高いと判定された40歳から74歳までの被保険者に対し、保健師又は管理栄養士が初回面接を行い、3か月以上の継続的な支援と実績評価を行う。</li>
<li><b>理由</b>　対象者の増加に対応し、夜間・休日の面接にも応じられるよう、専門の事業者に委託する。</li>
<li><b>対象者数</b>　約900人（見込み）</li>
</ul>''', ''))

S.append(('【報告2】委託の内容', '''
<table class="kv">
<tr><th>項目</th><th>内容</th></tr>
<tr><td class="k">委託先</td><td>株式会社おうみヘルスパートナーズ</td></tr>
<tr><td class="k">委託期間</td><td>令和4年1月11日 ～ 令和4年3月31日<br><span class="small">※ 令和4年度以降も同様の委託を継続する予定</span></td></tr>
<tr><td class="k">委託する個人情報</td><td>【対象者】被保険者番号、氏名、カナ氏名、生年月日、性別、住所、電話番号、
特定健康診査の結果（腹囲・血圧・血糖・脂質）、服薬状況、支援区分（積極的支援・動機付け支援）、初回面接の予約日時<br>
<span class="small">※ 問診票の原本及び個人番号は提供しません。</span></td></tr>
<tr><td class="k">記録媒体</td><td>紙（利用券・支援記録票）、CD-R（対象者名簿）、受託者の事務所のパソコン<br>
<span class="small">※ 電子メールによる個人情報の送受信は行いません。</span></td></tr>
</table>''', ''))

S.append(('【報告2】個人情報保護対策', '''
<table class="two">
<tr><th>市が講じる措置</th><th>受託者に講じさせる措置</th></tr>
<tr><td><ol class="m">
<li><span>①</span>契約書に別記「個人情報取扱特記事項」を添付し、その遵守を受託者に義務付ける。</li>
<li><span>②</span>対象者名簿はCD-Rに記録してファイルを暗号化し、解除用のパスワードはCD-Rとは別に電話で受託者の責任者に伝える。</li>
<li><span>③</span>CD-Rは職員が受託者の事務所へ持参して手渡しし、受領書に署名を受ける。</li>
</ol></td>
<td><ol class="m">
<li><span>①</span>個人情報取扱責任者及び作業従事者を定め、書面で市に届け出させる。</li>
<li><span>②</span>従事者に、個人情報保護に関する研修を年1回以上受講させる。</li>
<li><span>③</span>利用券、支援記録票等の紙媒体は、鍵のかかるキャビネットで保管させる。</li>
<li><span>④</span>個人情報を事務所の外へ持ち出させない。訪問面接に必要な書類は、市の承認を得た最小限のものに限る。</li>
</ol></td></tr>
</table>''', ''))

S.append(('【報告2】個人情報保護対策（続き）', '''
<table class="two">
<tr><th>市が講じる措置</th><th>受託者に講じさせる措置</th></tr>
<tr><td><ol class="m">
<li><span>④</span>委託期間中に1回以上、受託者の事務所に立ち入り、個人情報の管理状況を確認する。</li>
<li><span>⑤</span>受託者から毎月、個人情報の取扱状況の報告書を提出させる。</li>
</ol></td>
<td><ol class="m">
<li><span>⑤</span>作業に使用するパソコンは、インターネットに接続しない端末に限らせる。</li>
<li><span>⑥</span>パソコンの起動時及び名簿ファイルを開く際に、IDとパスワードによる認証を行わせる。</li>
<li><span>⑦</span>ウイルス対策ソフトを導入し、定義ファイルを常に最新の状態に保たせる。</li>
<li><span>⑧</span>名簿ファイルへのアクセス記録を保存させる。</li>
<li><span>⑨</span>漏えい、滅失等の事故が生じたときは、直ちに市に報告させ、市の指示に従わせる。</li>
<li><span>⑩</span>契約終了後は紙媒体及びCD-Rを市に返却させ、パソコン内のデータは復元できない方法で消去させた上で、消去証明書を提出させる。</li>
</ol></td></tr>
</table>''', ''))

S.append(('【報告2】別記　個人情報取扱特記事項（1/2）', '''
<div class="art"><b>第1条（基本的事項）</b>受託者は、個人情報の保護の重要性を認識し、この契約による業務の実施に当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。</div>
<div class="art"><b>第2条（秘密の保持）</b>受託者は、この契約による業務に関して知り得た個人情報を他に漏らしてはならない。この契約が終了した後も、同様とする。</div>
<div class="art"><b>第3条（収集の制限）</b>受託者は、業務を行うために個人情報を収集するときは、業務の目的を達成するために必要な範囲内で、適法かつ公正な手段により収集しなければならない。</div>
<div class="art"><b>第4条（目的外利用及び提供の禁止）</b>受託者は、市の指示がある場合を除き、個人情報を契約の目的以外に利用し、又は第三者に提供してはならない。</div>
<div class="art"><b>第5条（複写及び複製の禁止）</b>受託者は、市の承諾なしに、市から引き渡された個人情報を複写し、又は複製してはならない。</div>
<div class="art"><b>第6条（再委託の禁止）</b>受託者は、市の書面による承諾を得た場合を除き、個人情報を取り扱う業務を第三者に委託してはならない。</div>
<div class="art"><b>第7条（作業場所の指定）</b>受託者は、個人情報を取り扱う作業を市が承認した場所で行い、当該場所から個人情報を持ち出してはならない。</div>''', 'annex'))

S.append(('【報告2】別記　個人情報取扱特記事項（2/2）', '''
<div class="art"><b>第8条（安全管理）</b>受託者は、個人情報を記録した書類及び媒体を施錠できる保管庫に収納するなど、個人情報の漏えい、滅失及びき損の防止に必要な措置を講じなければならない。</div>
<div class="art"><b>第9条（資料等の返還等）</b>受託者は、契約が終了したときは、市から引き渡された資料を直ちに返還し、受託者が作成した個人情報は消去した上で、その旨を書面により市に報告しなければならない。</div>
<div class="art"><b>第10条（従事者への周知）</b>受託者は、従事者に対し、在職中及び退職後においても業務上知り得た個人情報を他に漏らしてはならないことその他必要な事項を周知しなければならない。</div>
<div class="art"><b>第11条（調査）</b>市は、必要があると認めるときは、受託者に対し個人情報の取扱状況について報告を求め、又は受託者の事務所において調査を行うことができる。</div>
<div class="art"><b>第12条（事故発生時の報告）</b>受託者は、個人情報の漏えい等の事故が発生し、又は発生するおそれがあることを知ったときは、速やかに市に報告し、その指示に従わなければならない。</div>
<div class="art"><b>第13条（契約の解除）</b>市は、受託者がこの特記事項に違反したときは、契約を解除することができる。</div>
<div class="art"><b>第14条（損害賠償）</b>受託者は、この特記事項に違反したことにより市に損害を与えたときは、その損害を賠償しなければならない。</div>''', 'annex'))

CSS = '''
@page { size: A4 portrait; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif; color: #000; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always; }
.page:last-child { page-break-after: auto; }
.hdr { position: absolute; top: 9mm; left: 14mm; right: 14mm; font-size: 8.5pt; }
.hdr .l { position: absolute; left: 0; top: 0; }
.hdr .r { position: absolute; right: 0; top: 0; }
.ftr { position: absolute; bottom: 8mm; right: 14mm; font-size: 9pt; }
.row { position: absolute; left: 14mm; width: 182mm; height: 61mm; }
.frame { position: absolute; left: 0; top: 0; width: 108mm; height: 60.75mm; border: 0.35mm solid #000; overflow: hidden; background: #fff; }
.slide { position: absolute; left: 0; top: 0; width: 960px; height: 540px; zoom: 0.4252; background: #fff; }
.notes { position: absolute; left: 116mm; top: 1mm; width: 66mm; }
.notes div { height: 7.4mm; border-bottom: 0.25mm solid #666; }
.st { position: absolute; left: 0; top: 0; width: 960px; height: 78px; background: #1d4f7c; color: #fff;
      font-size: 32px; font-weight: bold; padding: 17px 34px; }
.sb { position: absolute; left: 0; top: 78px; width: 960px; height: 420px; padding: 18px 38px 0 38px; font-size: 22px; line-height: 1.42; }
.sb.annex { font-size: 17.5px; line-height: 1.45; padding-top: 14px; }
.sno { position: absolute; right: 18px; bottom: 10px; font-size: 17px; color: #444; }
.sft { position: absolute; left: 34px; bottom: 12px; font-size: 14px; color: #777; }
.bar { position: absolute; left: 0; bottom: 44px; width: 960px; height: 4px; background: #1d4f7c; }
ul.b { margin: 0; padding-left: 1.1em; }
ul.b li { margin-bottom: 7px; }
ul.b.s li { margin-bottom: 2px; font-size: 19px; }
.grp { font-weight: bold; color: #1d4f7c; font-size: 19px; margin-top: 2px; }
table { border-collapse: collapse; }
table.kv { width: 884px; font-size: 18px; line-height: 1.35; }
table.kv th { background: #1d4f7c; color: #fff; border: 1px solid #1d4f7c; padding: 3px 8px; }
table.kv td { border: 1px solid #555; padding: 4px 9px; vertical-align: top; }
table.kv td.k { width: 190px; background: #e3ecf5; font-weight: bold; }
table.two { width: 884px; font-size: 18.5px; line-height: 1.35; table-layout: fixed; }
table.two th { background: #1d4f7c; color: #fff; border: 1px solid #1d4f7c; padding: 3px 8px; }
table.two td { border: 1px solid #555; padding: 5px 8px; vertical-align: top; }
ol.m { list-style: none; margin: 0; padding: 0; }
ol.m li { margin-bottom: 4px; padding-left: 1.2em; text-indent: -1.2em; }
table.agenda { width: 884px; font-size: 23px; margin-top: 16px; }
table.agenda td { padding: 12px 8px; border-bottom: 2px solid #9bb4cc; vertical-align: top; }
td.tag { width: 80px; text-align: center; color: #fff; font-weight: bold; font-size: 20px; }
td.tag.k1 { background: #b8502a; } td.tag.k2 { background: #3f7f3f; }
td.no { width: 40px; text-align: center; font-weight: bold; }
.who { font-size: 18px; color: #555; text-align: right; }
p.note { font-size: 17px; color: #333; margin-top: 18px; }
table.sched { width: 884px; font-size: 21px; margin-top: 6px; }
table.sched td { padding: 8px 10px; border-bottom: 1px dotted #777; }
table.sched td:first-child { width: 230px; font-weight: bold; color: #1d4f7c; }
.art { margin-bottom: 5px; }
.small { font-size: 0.85em; }
.cover { position: absolute; left: 0; top: 0; width: 960px; height: 540px; background: linear-gradient(#ffffff, #e8f0f8); }
.c-top { position: absolute; top: 48px; left: 60px; font-size: 26px; color: #1d4f7c; }
.c-title { position: absolute; top: 130px; left: 60px; font-size: 46px; font-weight: bold; line-height: 1.35; }
.c-sub { position: absolute; top: 282px; left: 60px; font-size: 26px; }
.c-date { position: absolute; top: 360px; left: 60px; font-size: 24px; }
.c-org { position: absolute; top: 410px; right: 70px; font-size: 24px; text-align: right; }
'''


def slide_html(n, title, body, kind):
    if kind == 'cover':
        inner = body
    else:
        cls = 'sb annex' if kind == 'annex' else 'sb'
        inner = f'<div class="st">{title}</div><div class="{cls}">{body}</div><div class="bar"></div>' \
                f'<div class="sft">草津市</div>'
    return f'<div class="slide">{inner}<div class="sno">{n}</div></div>'


def build():
    pages = []
    # list items continue on the next source line after 「、」: join them so that the
    # printed cell has no stray space inside the run of items
    bodies = [(t, b.replace('、\n', '、'), k) for t, b, k in S]
    for p in range(0, len(S), 3):
        rows = []
        for i, (title, body, kind) in enumerate(bodies[p:p + 3]):
            n = p + i + 1
            top = 24 + i * 88
            lines = ''.join('<div></div>' for _ in range(8))
            rows.append(f'<div class="row" style="top:{top}mm"><div class="frame">'
                        f'{slide_html(n, title, body, kind)}</div><div class="notes">{lines}</div></div>')
        pno = p // 3 + 1
        pages.append(f'<div class="page"><div class="hdr"><span class="l">{HEADER_LEFT}</span>'
                     f'<span class="r">{HEADER_RIGHT}</span></div>{"".join(rows)}'
                     f'<div class="ftr">{pno}</div></div>')
    html = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
            f'<title>{HEADER_LEFT}</title><style>{CSS}</style></head><body>'
            + '\n'.join(pages) + '</body></html>\n')
    with open(HTML, 'w', encoding='utf-8') as f:
        f.write(html)


def print_pdf():
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
           f'--print-to-pdf={PDF}', 'file://' + HTML]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    build()
    if '--html-only' not in sys.argv:
        print_pdf()
    print('wrote', HTML, 'and', PDF)
