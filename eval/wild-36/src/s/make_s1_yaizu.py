#!/usr/bin/env python3
"""Writes src/s/s1_yaizu_2020.html and prints it to raw/s1_yaizu_2020.pdf with headless Chromium.

Layout: a portrait A4 document.
  p.1      the 諮問書 letter (portrait, serif);
  p.2-3    別表1, a landscape table printed SIDEWAYS: each page is a portrait A4 page whose
           content box (297mm x 210mm) is rotated -90deg, so the text runs up the page;
  p.4-5    別表2, the same, with a row broken across the two sideways pages;
  p.6-7    別紙 個人情報取扱特記事項 (portrait) for 別表1's contract.
Everything in it (people, company, articles, dates) is invented; only 焼津市 is real."""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML = os.path.join(HERE, 's1_yaizu_2020.html')
PDF = os.path.join(ROOT, 'raw', 's1_yaizu_2020.pdf')

SESSION_HDR = '令和２年度第３回焼津市個人情報保護審議会　資料１'

CSS = r"""
@page { size: A4 portrait; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: "Noto Sans CJK JP", sans-serif; color: #000; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden;
        page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
/* ---- portrait letter ---- */
.letter { font-family: "Noto Serif CJK JP", serif; font-size: 11.5pt; line-height: 1.9;
          padding: 22mm 24mm 18mm 26mm; box-sizing: border-box; height: 297mm; }
.letter .stamp { position: absolute; top: 10mm; right: 14mm; border: 1px solid #000;
                 font-family: "Noto Sans CJK JP"; font-size: 8.5pt; padding: 1mm 3mm; line-height: 1.4; }
.letter .r { text-align: right; }
.letter .addr { margin-top: 6mm; }
.letter .mayor { text-align: right; margin-top: 4mm; margin-right: 8mm; }
.letter h1 { font-size: 14pt; text-align: center; font-weight: normal; letter-spacing: .15em;
             margin: 12mm 0 8mm; }
.letter p.body { text-indent: 1em; margin: 0; }
.letter .ki { text-align: center; margin: 7mm 0 5mm; }
.letter ol { list-style: none; padding: 0; margin: 0; }
.letter ol li { padding-left: 2em; text-indent: -2em; margin-bottom: 2mm; }
.letter .note { font-size: 10pt; margin-top: 8mm; line-height: 1.7; }
.letter .contact { position: absolute; right: 24mm; bottom: 26mm; font-size: 9.5pt; line-height: 1.6;
                   border: 1px solid #000; padding: 2mm 4mm; font-family: "Noto Sans CJK JP"; }
/* ---- sideways landscape pages ---- */
.land { position: absolute; width: 297mm; height: 210mm; left: -43.5mm; top: 43.5mm;
        transform: rotate(-90deg); transform-origin: 50% 50%;
        padding: 10mm 14mm 9mm 14mm; box-sizing: border-box; font-size: 9.2pt; line-height: 1.45; }
.land .hdr { display: flex; justify-content: space-between; font-size: 8.5pt; margin-bottom: 2mm; }
.land .hdr .tag { border: 1px solid #000; padding: 0.3mm 2.5mm; }
.land h2 { font-size: 12pt; text-align: center; margin: 0 0 3mm; letter-spacing: .08em; }
.land table { border-collapse: collapse; width: 100%; }
.land th, .land td { border: 0.6pt solid #000; padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
.land thead th { background: #e6e6e6; text-align: center; font-weight: bold; }
.land td.k { width: 30mm; background: #f3f3f3; }
.land td.b { width: 62mm; font-size: 8.5pt; }
.land .foot { position: absolute; bottom: 4mm; left: 0; right: 0; text-align: center; font-size: 8.5pt; }
.land ul { margin: 0; padding-left: 1.1em; }
.land ul li { margin: 0 0 .4mm; }
.land .cont { font-size: 8pt; text-align: right; margin-top: 1.5mm; }
.land table.measures td.k { width: 20mm; text-align: center; vertical-align: middle; }
/* ---- portrait annex ---- */
.annex { padding: 18mm 22mm 16mm 24mm; box-sizing: border-box; font-family: "Noto Serif CJK JP", serif;
         font-size: 10pt; line-height: 1.65; height: 297mm; }
.annex .tag { font-family: "Noto Sans CJK JP"; font-size: 9.5pt; }
.annex h1 { font-size: 13.5pt; text-align: center; letter-spacing: .12em; margin: 3mm 0 1mm; font-weight: bold; }
.annex .sub { text-align: center; font-size: 9.5pt; margin-bottom: 5mm; }
.annex p { margin: 0 0 1mm; text-indent: 1em; }
.annex p.art { text-indent: -1em; padding-left: 1em; }
.annex h3 { font-size: 10.3pt; font-weight: normal; margin: 2.5mm 0 0; }
.annex .pno { position: absolute; bottom: 6mm; left: 0; right: 0; text-align: center; font-size: 9pt;
              font-family: "Noto Sans CJK JP"; }
"""


def ul(items):
    return '<ul>' + ''.join(f'<li>{x}</li>' for x in items) + '</ul>'


def land_page(tag, title, body, pno):
    return f"""
<div class="page"><div class="land">
  <div class="hdr"><span class="tag">{tag}</span><span>{SESSION_HDR}</span></div>
  <h2>{title}</h2>
  {body}
  <div class="foot">－ {pno} －</div>
</div></div>"""


# ------------------------------------------------------------------------ page 1: letter
T1 = '焼津市高齢者見守り配食サービス事業の実施に伴う個人情報の取扱いの委託について'
T2 = 'マイナポータルを利用した子育て関係手続の電子申請の受付に伴う電子計算機の結合について'

letter = f"""
<div class="page"><div class="letter">
  <div class="stamp">令和２年度第３回<br>個人情報保護審議会 資料１</div>
  <div class="r">焼総第１２０８号</div>
  <div class="r">令和２年１１月１６日</div>
  <div class="addr">焼津市個人情報保護審議会<br>　会長　増 田　久 美 子　様</div>
  <div class="mayor">焼津市長　小 柳　正 晴　　</div>
  <h1>個人情報の取扱いについて（諮問）</h1>
  <p class="body">焼津市個人情報保護条例（平成１７年焼津市条例第２２号）第１１条第３項及び第１３条第２項の規定に基づき、下記の事項について、貴審議会の意見を求めます。</p>
  <div class="ki">記</div>
  <ol>
    <li>１　{T1}（別表１）</li>
    <li>２　{T2}（別表２）</li>
  </ol>
  <div class="note">
    ※　各事項の詳細は、別表１及び別表２のとおりです。<br>
    ※　別表１の委託に係る契約書には、別紙「個人情報取扱特記事項」を添付します。
  </div>
  <div class="contact">（事務担当）<br>総務部総務課　文書法制担当<br>内線２３１７</div>
</div></div>"""

# ------------------------------------------------------------------------ 別表1 (pp.2-3)
HEAD3 = '<thead><tr><th>項目</th><th>内容</th><th>備考</th></tr></thead>'

b1_rows = [
    ('件名', T1, ''),
    ('諮問の根拠', '焼津市個人情報保護条例第11条第3項（電子計算機処理を伴う委託）',
     '受託者のパソコンで利用者台帳を管理させるため'),
    ('担当課', '健康福祉部　地域包括ケア推進課、介護保険課',
     '配食の決定は地域包括ケア推進課が、要介護度の確認は介護保険課が行う。'),
    ('事業の概要',
     '食事の用意が困難なひとり暮らしの高齢者等の居宅に、栄養バランスに配慮した昼食を届け、'
     'あわせて手渡しによる安否確認を行う。利用者の応答がないなど異変があった場合は、'
     '緊急連絡先及び市に連絡する。',
     '利用見込み　約４２０人'),
    ('委託先', '株式会社うみかぜ給食センター（本社：静岡県焼津市）',
     '公募型プロポーザル方式により選定'),
    ('委託する業務の内容',
     '(1) 利用者台帳の管理（利用の開始、変更及び停止の登録）<br>'
     '(2) 配食及び配達時の安否確認<br>'
     '(3) 安否確認の結果及び異変時の対応状況の報告<br>'
     '(4) 月ごとの利用実績の集計',
     '利用料の徴収は市が行い、委託しない。'),
    ('委託期間', '令和3年4月1日から令和4年3月31日まで',
     '令和4年度以降も同様の内容で委託を継続する予定'),
    ('委託に伴い取り扱わせる個人情報',
     '【利用者】<br>'
     '氏名、フリガナ、生年月日、性別、住所、電話番号、要介護度、病名（食事療法を要するものに限る。）、'
     '食事形態（普通食・きざみ食・ミキサー食の別）、食物アレルギーの有無、配食を希望する曜日、安否確認の結果<br>'
     '【緊急連絡先】<br>'
     '氏名、利用者との続柄、電話番号',
     '※ 所得の状況及び口座情報は、受託者に提供しない。<br>'
     '※ 対象件数は令和2年10月末現在で412件'),
    ('記録媒体',
     '紙（利用申請書の写し、利用者台帳、配達記録票）<br>'
     'USBメモリ（暗号化機能付き）<br>'
     '受託者事務所のパソコン',
     '電子メールによる個人情報の送受信は行わない。'),
]


def rows3(rows):
    return ''.join(f'<tr><td class="k">{k}</td><td>{v}</td><td class="b">{b}</td></tr>' for k, v, b in rows)


page2 = land_page('別表１', '個人情報の取扱いの委託に関する事項',
                  f'<table>{HEAD3}<tbody>{rows3(b1_rows)}</tbody></table>'
                  '<div class="cont">（次頁に続く）</div>', 2)

b1_rows_cont = [
    ('委託の理由',
     '調理及び配送の設備と人員を備えた専門の事業者に委託することで、毎日の安定した配食と'
     'きめ細かな見守りを両立できるため。', ''),
    ('個人情報保護のための措置', '下表のとおり', ''),
]

W1 = {
    '組織的': [
        '委託契約書に別紙「個人情報取扱特記事項」を添付し、受託者にその遵守を義務付ける。',
        '契約期間中、年1回以上受託者の事業所に立ち入り、個人情報の管理状況を検査する。',
    ],
    '人的': [
        '担当職員は、毎年度、市が実施する個人情報保護研修を受講する。',
    ],
    '物理的': [
        '利用者台帳の写しを渡すときは、職員が封筒に封入して受託者の責任者に手渡し、受渡簿に受領の署名を得る。',
    ],
    '技術的': [
        'USBメモリに保存するデータはパスワードで保護し、当該パスワードはデータとは別に電話で受託者に伝える。',
    ],
}
C1 = {
    '組織的': [
        '個人情報の管理責任者及び業務に従事する者を定め、その名簿を市に届け出させる。',
        '個人情報の漏えい、滅失等の事故が生じたときは、直ちに市へ報告させ、市の指示に従って対応させる。',
        '個人情報を取り扱う業務を第三者に再委託させない。',
    ],
    '人的': [
        '配達員を含む全ての従事者に、着任時及び毎年度1回、個人情報の取扱いに関する研修を受けさせる。',
        '従事者から、在職中及び退職後も業務上知り得た秘密を漏らさない旨の誓約書を提出させる。',
    ],
    '物理的': [
        '利用者台帳及び回収した配達記録票は、事務所内の鍵のかかる書庫で保管させる。',
        '利用者台帳は、事務所の外へ持ち出させない。',
        '契約終了時には、市から受け取った資料を市に返却させるとともに、パソコン及びUSBメモリ内のデータを'
        '消去させ、消去証明書を提出させる。',
    ],
    '技術的': [
        '個人情報を扱うパソコンは、インターネット等の外部ネットワークに接続させない。',
        'パソコンの起動及び台帳ファイルの閲覧には、従事者ごとのIDとパスワードによる認証を設定させる。',
        'ウイルス対策ソフトを導入し、パターンファイルを常に最新の状態に更新させる。',
        '台帳ファイルへのアクセス記録を保存させ、月1回責任者に確認させる。',
    ],
}

meas = ''.join(
    f'<tr><td class="k">{k}</td><td>{ul(W1[k])}</td><td>{ul(C1[k])}</td></tr>' for k in W1)
page3 = land_page('別表１（続き）', '個人情報の取扱いの委託に関する事項（続き）',
                  f'<table>{HEAD3}<tbody>{rows3(b1_rows_cont)}</tbody></table>'
                  '<div style="height:3mm"></div>'
                  '<table class="measures"><thead><tr><th>区分</th><th>市が講ずる措置</th>'
                  f'<th>受託者に講じさせる措置</th></tr></thead><tbody>{meas}</tbody></table>', 3)

# ------------------------------------------------------------------------ 別表2 (pp.4-5)
b2_rows = [
    ('件名', T2, ''),
    ('諮問の根拠', '焼津市個人情報保護条例第13条第2項', ''),
    ('担当課', 'こども未来部　子育て支援課、保育課',
     '結合に用いる端末の管理は、総務部情報政策課が行う。'),
    ('結合の目的',
     '国が運営するマイナポータルの「ぴったりサービス」を通じて、児童手当、保育所等の利用申込み等の'
     '子育て関係手続の申請をオンラインで受け付け、市民の来庁の負担を軽減するため。', ''),
    ('結合先', '内閣府が運営するマイナポータル（ぴったりサービス）', ''),
    ('対象となる手続',
     '児童手当の認定請求、児童手当の額の改定の請求、特別児童扶養手当の認定請求、保育所等の利用申込み',
     '児童扶養手当に係る手続は対象としない。'),
    ('結合の開始', '令和3年2月1日（予定）', '結合の終期は定めない。'),
    ('結合により取り扱う個人情報',
     '【申請者】<br>'
     '氏名、フリガナ、生年月日、住所、電話番号、メールアドレス、個人番号、振込先口座（金融機関名、口座番号及び口座名義）<br>'
     '【児童】<br>'
     '氏名、生年月日、申請者との続柄、障害の状況（特別児童扶養手当の認定請求に限る。）、'
     '保育を必要とする事由（保育所等の利用申込みに限る。）',
     '※ 申請データには、個人番号カードの署名用電子証明書による電子署名が付される。<br>'
     '※ 所得の額はマイナポータルからは取得せず、市の税務システムで確認する。'),
    ('記録媒体',
     'マイナポータル（ぴったりサービス）のサーバ<br>'
     'LGWAN接続系端末及び子育て支援システム<br>'
     '紙（申請内容の出力帳票）',
     'USBメモリ等の外部記録媒体は使用しない。'),
    ('結合の方法',
     '申請データはマイナポータルのサーバに一時保存される。市は、LGWAN回線を経由して申請データを'
     '取得し、子育て支援システムに取り込む。', ''),
]

M2_phys = [
    'LGWAN接続系端末は、執務室内の所定の位置にセキュリティワイヤーで固定する。',
    '出力した帳票は、鍵のかかるキャビネットに保管し、保存期間の経過後は溶解処理により廃棄する。',
]
M2_tech_a = [
    '端末へのログインは、ICカードと暗証番号により認証する。',
    '申請データの取得は、子育て支援課及び保育課の担当職員に権限を付与した端末からのみ行う。',
    'マイナポータルとの間はLGWAN回線のみで接続し、インターネットからは接続できない構成とする。',
]
M2_tech_b = [
    '通信経路は、TLSにより暗号化される。',
    '取得したデータは、子育て支援システムへの取込みが完了した後、端末から削除する。',
    '端末にはウイルス対策ソフトを導入し、定義ファイルを自動で更新する。',
    '端末の操作履歴を取得し、情報政策課が毎月確認する。',
]
M2_human = ['担当職員に対し、情報セキュリティ研修を年1回以上実施する。']
M2_org = [
    'システムの障害や情報漏えいのおそれが生じたときは、直ちに結合を停止し、情報政策課を通じて内閣府に報告する。',
    '申請データの取得から取込みまでの手順を定めた事務処理要領を作成し、これに従って処理する。',
]

page4 = land_page('別表２', '電子計算機の結合に関する事項',
                  f'<table>{HEAD3}<tbody>{rows3(b2_rows)}'
                  f'<tr><td class="k" rowspan="2">個人情報保護のための措置</td>'
                  f'<td>〔物理的対策〕{ul(M2_phys)}</td><td class="b"></td></tr>'
                  f'<tr><td>〔技術的対策〕{ul(M2_tech_a)}</td><td class="b"></td></tr>'
                  '</tbody></table>', 4)

page5 = land_page('別表２（続き）', '電子計算機の結合に関する事項（続き）',
                  f'<table>{HEAD3}<tbody>'
                  f'<tr><td class="k" rowspan="3"></td><td>{ul(M2_tech_b)}</td><td class="b"></td></tr>'
                  f'<tr><td>〔人的対策〕{ul(M2_human)}</td><td class="b"></td></tr>'
                  f'<tr><td>〔組織的対策〕{ul(M2_org)}</td><td class="b">結合先との連絡窓口は情報政策課とする。</td></tr>'
                  '</tbody></table>', 5)

# ------------------------------------------------------------------------ annex (pp.6-7)
ARTS = [
    ('基本的事項', '受託者（以下「乙」という。）は、個人情報の保護の重要性を認識し、この契約に係る業務（以下「本業務」という。）'
     'の実施に当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('秘密の保持', '乙は、本業務に関して知り得た個人情報をみだりに他人に知らせ、又は不当な目的に使用してはならない。'
     '契約期間の満了後又は契約の解除後も、同様とする。'),
    ('収集の制限', '乙は、本業務のために個人情報を収集するときは、本業務の目的を達成するために必要な範囲内で、'
     '適法かつ公正な手段により行わなければならない。'),
    ('目的外利用及び提供の禁止', '乙は、焼津市（以下「甲」という。）の指示がある場合を除き、本業務に関して知り得た'
     '個人情報を契約の目的以外の目的に利用し、又は第三者に提供してはならない。'),
    ('複写及び複製の禁止', '乙は、甲の承諾を得ずに、甲から引き渡された個人情報が記録された資料等を複写し、'
     '又は複製してはならない。'),
    ('再委託の禁止', '乙は、本業務を第三者に委託してはならない。ただし、あらかじめ甲の書面による承諾を得た場合は、'
     'この限りでない。'),
    ('持出しの禁止', '乙は、甲の承諾なく、本業務に係る個人情報を甲が指定する作業場所から持ち出してはならない。'),
    ('適正管理', '乙は、本業務に係る個人情報の漏えい、滅失及びき損の防止のため、個人情報を記録した資料等を'
     '施錠できる保管庫に格納するなど、必要な措置を講じなければならない。'),
    ('資料等の返還等', '乙は、本業務を処理するために甲から引き渡され、又は乙自らが作成し、若しくは取得した個人情報が'
     '記録された資料等を、業務完了後直ちに甲に返還し、又は甲の指示に従い消去し、若しくは廃棄しなければならない。'
     '</p><p class="art">２　乙は、前項の規定により消去又は廃棄をしたときは、その日時、方法等を記載した証明書を甲に提出しなければならない。'),
    ('取扱責任者等の届出', '乙は、本業務における個人情報の取扱責任者及び取扱者を定め、書面により甲に届け出なければならない。'
     'これらを変更するときも、同様とする。'),
    ('報告及び検査', '甲は、必要があると認めるときは、乙に対し個人情報の取扱状況について報告を求め、'
     '又は乙の作業場所に立ち入って検査することができる。'),
    ('事故発生時の措置', '乙は、本業務に係る個人情報の漏えい等の事故が発生し、又は発生したおそれがあることを知ったときは、'
     '速やかに甲に報告し、その指示に従わなければならない。'),
    ('従事者への周知及び教育', '乙は、本業務に従事する者に対し、在職中及び退職後においても本業務に関して知り得た'
     '個人情報を他に漏らしてはならないことなど、個人情報の保護に関し必要な事項を周知し、教育を行わなければならない。'),
    ('契約の解除', '甲は、乙がこの特記事項に違反したときは、契約を解除することができる。'),
    ('損害賠償', '乙がこの特記事項に違反したことにより甲又は第三者に損害が生じたときは、乙は、その損害を賠償しなければならない。'),
    ('違反事実の公表', '甲は、乙がこの特記事項に違反したときは、その事実を公表することができる。'),
]
ZEN = str.maketrans('0123456789', '０１２３４５６７８９')


def art_html(rng):
    out = []
    for i in rng:
        head, text = ARTS[i]
        out.append(f'<h3>（{head}）</h3><p class="art">第{str(i + 1).translate(ZEN)}条　{text}</p>')
    return ''.join(out)


page6 = f"""
<div class="page"><div class="annex">
  <div class="tag">別紙</div>
  <h1>個人情報取扱特記事項</h1>
  <div class="sub">（別表１「{T1}」に係る委託契約に添付するもの）</div>
  {art_html(range(0, 10))}
  <div class="pno">－ ６ －</div>
</div></div>"""
page7 = f"""
<div class="page"><div class="annex">
  {art_html(range(10, len(ARTS)))}
  <p style="text-indent:0;margin-top:6mm">附　則<br>　この特記事項は、契約締結の日から施行する。</p>
  <div class="pno">－ ７ －</div>
</div></div>"""

html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>令和２年度第３回焼津市個人情報保護審議会 資料１</title>
<style>{CSS}</style></head><body>
{letter}{page2}{page3}{page4}{page5}{page6}{page7}
</body></html>"""


def main():
    with open(HTML, 'w', encoding='utf-8') as f:
        f.write(html)
    if '--html-only' in sys.argv:
        return
    for attempt in range(10):
        try:
            subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
                            '--no-pdf-header-footer', f'--print-to-pdf={PDF}', 'file://' + HTML],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            break
        except (FileNotFoundError, subprocess.CalledProcessError, subprocess.TimeoutExpired):
            time.sleep(30)
    print('wrote', PDF)


if __name__ == '__main__':
    main()
