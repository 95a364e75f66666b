#!/usr/bin/env python3
"""Writes src/aj/aj2_kakegawa_2023.html -- a Google Slides deck as its PDF export
would lay it out: every page one 16:9 slide (254 mm x 143 mm), text in absolutely
positioned boxes (title top-left, body boxes, a notes box at the right edge, slide
number bottom-right, council name and date in a small footer box), tables with thin
grey cell borders and a coloured header row -- and prints it with headless Chromium
to raw/aj2_kakegawa_2023.pdf.  Every sentence was written for this evaluation set;
only 掛川市 is real."""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HTML = os.path.join(HERE, 'aj2_kakegawa_2023.html')
PDF = os.path.normpath(os.path.join(HERE, '..', '..', 'raw', 'aj2_kakegawa_2023.pdf'))

ACCENT = '#2f6f62'      # tea green of the deck's theme
ACCENT2 = '#c98b2b'

CSS = '''
@page { size: 254mm 143mm; margin: 0 }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "Noto Sans CJK JP", "Noto Sans JP", sans-serif; color: #222; }
.slide { position: relative; width: 254mm; height: 143mm; overflow: hidden;
         page-break-after: always; break-after: page; background: #ffffff; }
.slide:last-child { page-break-after: auto; break-after: auto; }
.b { position: absolute; line-height: 1.35; }
.chip { position: absolute; left: 0; top: 8mm; width: 4mm; height: 11mm; background: ACCENT; }
.title { left: 9mm; top: 7mm; width: 188mm; font-size: 17pt; font-weight: 700; color: #1d3f38; }
.sub { left: 9mm; top: 18.5mm; width: 188mm; font-size: 9pt; color: #5f6f6b; }
.notes { left: 207mm; top: 26mm; width: 42mm; font-size: 7.2pt; color: #4a4a4a;
         background: #f4f1e6; padding: 2.4mm 2.6mm; border-radius: 1.5mm; }
.notes b { color: ACCENT2; }
.num { right: 6mm; bottom: 3.5mm; font-size: 8pt; color: #8a8a8a; text-align: right; width: 12mm; }
.foot { left: 9mm; bottom: 3.5mm; font-size: 6.8pt; color: #8a8a8a; width: 120mm; }
.tag { right: 6mm; top: 5mm; font-size: 8pt; color: #fff; background: ACCENT2; padding: 0.8mm 2.5mm; border-radius: 1mm; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.25mm solid #c3c3c3; padding: 1.1mm 2mm; vertical-align: top; text-align: left; }
th { background: ACCENT; color: #fff; font-weight: 700; }
td.k { background: #eef4f2; font-weight: 700; width: 26mm; color: #1d3f38; }
.body { font-size: 9.2pt; }
ul.m, ol.m { margin: 0; padding-left: 4.2mm; }
ul.m li, ol.m li { margin: 0 0 1.1mm 0; }
.colh { font-size: 10pt; font-weight: 700; color: #fff; background: ACCENT; padding: 1mm 2.5mm; border-radius: 1mm; }
.colh.r { background: ACCENT2; }
.icon { border: 0.5mm solid ACCENT; border-radius: 3mm; text-align: center; padding-top: 5mm; background: #f7fbfa; }
.icon .cap { font-size: 11pt; font-weight: 700; margin-top: 2.5mm; color: #1d3f38; }
.icon .desc { font-size: 8pt; color: #444; margin: 1.5mm 3mm 0 3mm; }
.tl-line { position: absolute; height: 1.2mm; background: #b7c9c4; }
.dot { position: absolute; width: 4.2mm; height: 4.2mm; border-radius: 50%; background: ACCENT; }
.dot.hl { background: ACCENT2; }
.tl { position: absolute; width: 34mm; font-size: 7.6pt; text-align: center; }
.tl .d { font-weight: 700; font-size: 8.4pt; color: #1d3f38; }
.annex { font-size: 6.3pt; line-height: 1.42; color: #222; }
.annex p { margin: 0 0 1.1mm 0; }
.annex b { color: #1d3f38; }
.flow { border: 0.4mm solid ACCENT; border-radius: 2mm; font-size: 8.6pt; text-align: center; padding: 2mm 1.5mm; background: #f7fbfa; }
.arrow { font-size: 7.4pt; text-align: center; color: #555; }
'''.replace('ACCENT2', ACCENT2).replace('ACCENT', ACCENT)

FOOT = '掛川市個人情報保護審議会（令和５年度第１回）｜2023.7.20'

# ----------------------------------------------------------------- icons (inline SVG)
SVG = {
    'paper': '<svg width="16mm" height="16mm" viewBox="0 0 24 24"><path fill="none" stroke="#2f6f62" stroke-width="1.4" d="M6 2h9l4 4v16H6z M15 2v4h4 M8.5 10h8 M8.5 13h8 M8.5 16h6"/></svg>',
    'server': '<svg width="16mm" height="16mm" viewBox="0 0 24 24"><rect x="4" y="3" width="16" height="5" rx="1" fill="none" stroke="#2f6f62" stroke-width="1.4"/><rect x="4" y="10" width="16" height="5" rx="1" fill="none" stroke="#2f6f62" stroke-width="1.4"/><rect x="4" y="17" width="16" height="4" rx="1" fill="none" stroke="#2f6f62" stroke-width="1.4"/><circle cx="7" cy="5.5" r="0.9" fill="#c98b2b"/><circle cx="7" cy="12.5" r="0.9" fill="#c98b2b"/></svg>',
    'mail': '<svg width="16mm" height="16mm" viewBox="0 0 24 24"><rect x="3" y="5" width="18" height="14" rx="1.5" fill="none" stroke="#2f6f62" stroke-width="1.4"/><path d="M3.5 6l8.5 7 8.5-7" fill="none" stroke="#2f6f62" stroke-width="1.4"/></svg>',
    'disc': '<svg width="16mm" height="16mm" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="none" stroke="#2f6f62" stroke-width="1.4"/><circle cx="12" cy="12" r="2.5" fill="none" stroke="#2f6f62" stroke-width="1.4"/><path d="M12 5.5a6.5 6.5 0 0 1 6.5 6.5" fill="none" stroke="#c98b2b" stroke-width="1.2"/></svg>',
    'pc': '<svg width="16mm" height="16mm" viewBox="0 0 24 24"><rect x="3" y="4" width="18" height="12" rx="1" fill="none" stroke="#2f6f62" stroke-width="1.4"/><path d="M9 20h6 M12 16v4" stroke="#2f6f62" stroke-width="1.4"/></svg>',
}


def box(cls, style, inner):
    return f'<div class="b {cls}" style="{style}">{inner}</div>'


def chrome(n, title, sub=None, tag=None):
    s = '<div class="chip"></div>'
    s += box('title', '', title)
    if sub:
        s += box('sub', '', sub)
    if tag:
        s += box('tag', '', tag)
    s += box('foot', '', FOOT)
    s += box('num', '', str(n))
    return s


def kv_table(rows):
    h = '<table class="body">'
    for k, v in rows:
        h += f'<tr><td class="k">{k}</td><td>{v}</td></tr>'
    return h + '</table>'


def grid_table(head, rows, w1='34mm'):
    h = '<table class="body"><tr>' + ''.join(f'<th>{x}</th>' for x in head) + '</tr>'
    for a, b in rows:
        h += f'<tr><td style="width:{w1};font-weight:700">{a}</td><td>{b}</td></tr>'
    return h + '</table>'


def ul(items, cls='m'):
    return f'<ul class="{cls}">' + ''.join(f'<li>{x}</li>' for x in items) + '</ul>'


def notes(html, top=None, height=None):
    st = ''
    if top is not None:
        st += f'top:{top}mm;'
    if height is not None:
        st += f'height:{height}mm;'
    return box('notes', st, html)


def icons(specs):
    """three icon boxes side by side under the title."""
    s = ''
    x0, w, gap = 12, 58, 7
    for i, (kind, cap, desc) in enumerate(specs):
        x = x0 + i * (w + gap)
        s += box('icon', f'left:{x}mm;top:32mm;width:{w}mm;height:62mm;',
                 SVG[kind] + f'<div class="cap">{cap}</div><div class="desc">{desc}</div>')
    return s


def timeline(points, y=62):
    """points: (date label, text, highlight)."""
    x0, x1 = 14, 238
    s = f'<div class="tl-line" style="left:{x0}mm;top:{y}mm;width:{x1 - x0}mm;"></div>'
    n = len(points)
    step = (x1 - x0 - 20) / (n - 1)
    for i, (d, t, hl) in enumerate(points):
        cx = x0 + 10 + i * step
        s += f'<div class="dot{" hl" if hl else ""}" style="left:{cx - 2.1:.1f}mm;top:{y - 1.5:.1f}mm;"></div>'
        top = y - 24 if i % 2 == 0 else y + 7
        s += box('tl', f'left:{cx - 17:.1f}mm;top:{top}mm;', f'<div class="d">{d}</div><div>{t}</div>')
    return s


def measures(left_head, left, right_head, right, font='8.1pt'):
    s = box('', f'left:9mm;top:25mm;width:114mm;', f'<div class="colh">{left_head}</div>')
    s += box('', f'left:9mm;top:33mm;width:114mm;font-size:{font};', f'<ol class="m">' + ''.join(f'<li>{x}</li>' for x in left) + '</ol>')
    s += box('', f'left:130mm;top:25mm;width:116mm;', f'<div class="colh r">{right_head}</div>')
    s += box('', f'left:130mm;top:33mm;width:116mm;font-size:{font};', f'<ol class="m">' + ''.join(f'<li>{x}</li>' for x in right) + '</ol>')
    return s


SLIDES = []

# ----------------------------------------------------------------- 1 title
SLIDES.append(
    box('', 'left:0;top:0;width:254mm;height:143mm;background:linear-gradient(135deg,#eef4f2 0%,#ffffff 60%);', '')
    + box('', 'left:16mm;top:30mm;width:8mm;height:36mm;background:%s;' % ACCENT, '')
    + box('tag', '', '資料１')
    + box('', 'left:30mm;top:28mm;width:200mm;font-size:12pt;color:#5f6f6b;', '令和５年度 第１回')
    + box('', 'left:30mm;top:36mm;width:210mm;font-size:25pt;font-weight:700;color:#1d3f38;line-height:1.25;',
          '掛川市個人情報保護審議会<br>報告・諮問案件 説明資料')
    + box('', 'left:30mm;top:78mm;width:200mm;font-size:11pt;color:#333;', '令和５年７月２０日（木）　掛川市役所 ４階 会議室４０１')
    + box('', 'left:30mm;top:88mm;width:200mm;font-size:9.5pt;color:#555;',
          '説明：健康福祉部 長寿推進課 ／ 消防本部 警防課<br>事務局：総務部 総務課 法制係')
    + box('num', '', '1')
)

# ----------------------------------------------------------------- 2 agenda
SLIDES.append(
    chrome(2, '本日の案件')
    + box('', 'left:12mm;top:28mm;width:186mm;font-size:11pt;line-height:1.6;',
          '<table class="body" style="font-size:10pt;">'
          '<tr><th style="width:26mm">区分</th><th>件名</th><th style="width:38mm">担当</th></tr>'
          '<tr><td>報告第１号</td><td>認知症高齢者等位置情報探索サービス事業に係る業務の委託について</td><td>長寿推進課</td></tr>'
          '<tr><td>諮問第１号</td><td>救急活動記録票の電子化及び救急統計データ作成業務の委託について</td><td>消防本部 警防課</td></tr>'
          '<tr><td>その他</td><td>令和４年度 個人情報の取扱状況の公表について／次回の開催予定（令和５年１１月頃）</td><td>総務課</td></tr>'
          '</table>')
    + notes('<b>進め方</b><br>各案件とも担当課から１０分程度説明し、その後に質疑を行います。<br><br>'
            '<b>配付資料</b><br>資料１　本スライド<br>資料２　契約書（案）の抜粋<br>参考　令和４年度取扱状況一覧')
)

# ----------------------------------------------------------------- 3 報告1 概要
T1 = '認知症高齢者等位置情報探索サービス事業に係る業務の委託について'
SLIDES.append(
    chrome(3, '報告第１号　見守りGPSサービスの委託（概要）', sub='健康福祉部 長寿推進課', tag='報告')
    + box('', 'left:9mm;top:27mm;width:193mm;', kv_table([
        ('件名', T1),
        ('担当', '健康福祉部　長寿推進課　地域支援係'),
        ('委託先', '株式会社エンシュウ・ロケーションサービス'),
        ('委託期間', '令和５年９月１日 ～ 令和６年８月３１日（１２か月）'),
        ('根拠規定', '掛川市個人情報の保護に関する法律施行条例第８条第１項（報告）'),
        ('事業の位置付け', '介護保険法第115条の45に基づく地域支援事業（任意事業）'),
        ('委託の内容', '① 小型GPS端末の貸与及び充電器・専用ケースの配付<br>② 家族等からの位置情報探索の依頼への対応（２４時間・年中無休）<br>③ 位置情報探索システムの運用及び保守'),
    ]))
    + notes('<b>委託に切り替える理由</b><br>これまでは市が購入した端末を長寿推進課が直接貸し出してきたが、機器の老朽化と夜間・休日の探索依頼への対応が課題となっていた。<br><br>'
            '<b>利用見込み</b><br>約４０人（令和５年６月末の利用者２３人）')
)

# ----------------------------------------------------------------- 4 報告1 取り扱う個人情報
SLIDES.append(
    chrome(4, '報告第１号　取り扱う個人情報', tag='報告')
    + box('', 'left:9mm;top:26mm;width:193mm;', grid_table(['区分', '項目'], [
        ('登録者（本人）', '氏名、フリガナ、生年月日、性別、住所、身長、体格・服装の特徴、顔写真、要介護度、服薬状況、かかりつけ医療機関名、介護保険被保険者番号、行方不明になった経験の有無'),
        ('家族等（申請者）', '氏名、続柄、電話番号、メールアドレス'),
        ('端末・探索の情報', '端末番号、位置情報、探索日時'),
    ]))
    + box('', 'left:9mm;top:84mm;width:193mm;font-size:8pt;color:#555;',
          '※ 認知症の診断名その他の病名は、申請書に記載欄を設けておらず、取り扱わない。<br>'
          '※ 顔写真は、探索時に警察署へ提供する場合に備え、家族等の同意を得て登録する（任意）。')
    + notes('<b>登録の流れ</b><br>家族等が長寿推進課の窓口で登録申請書と同意書を提出し、市が登録を決定した後、受託者へ登録情報を送付する。')
)

# ----------------------------------------------------------------- 5 報告1 記録媒体
SLIDES.append(
    chrome(5, '報告第１号　記録媒体', tag='報告')
    + icons([
        ('paper', '紙', '登録申請書・同意書<br>（長寿推進課で保管）'),
        ('server', '受託者のサーバ', '位置情報探索システム<br>（受託者がデータセンターに設置）'),
        ('mail', '電子メール', '登録情報の送付（市→受託者）<br>探索結果の通知（受託者→家族等）'),
    ])
    + box('', 'left:12mm;top:100mm;width:188mm;font-size:8.4pt;color:#555;',
          '※ USBメモリ、CD-R等の外部記録媒体による受渡しは行わない。')
    + notes('<b>GPS端末</b><br>端末本体には氏名等を記録せず、端末番号だけで管理する。', top=32)
)

# ----------------------------------------------------------------- 6 報告1 流れ
SLIDES.append(
    chrome(6, '報告第１号　個人情報の流れ', tag='報告')
    + box('flow', 'left:12mm;top:40mm;width:44mm;', '家族等<br>（申請者）')
    + box('arrow', 'left:57mm;top:38mm;width:20mm;', '申請書・同意書<br>―→')
    + box('flow', 'left:78mm;top:40mm;width:44mm;', '掛川市<br>長寿推進課')
    + box('arrow', 'left:123mm;top:38mm;width:22mm;', '登録情報<br>―→<br>（暗号化）')
    + box('flow', 'left:146mm;top:40mm;width:52mm;', '受託者<br>位置情報探索システム')
    + box('arrow', 'left:120mm;top:70mm;width:80mm;', '←― 探索結果（メール・電話）―― 家族等へ')
    + box('', 'left:12mm;top:92mm;width:188mm;font-size:8.4pt;color:#555;',
          '探索の依頼は家族等が受託者のコールセンターへ電話で行い、受託者は本人確認の上で位置を検索して回答する。')
)

# ----------------------------------------------------------------- 7 報告1 安全管理措置
SLIDES.append(
    chrome(7, '報告第１号　安全管理措置', tag='報告')
    + measures('市が講じる措置', [
        '契約書には個人情報の取扱いに関する特記事項を付け、受託者に守らせる。',
        '登録情報を電子メールで受託者へ送るときは、ファイルを暗号化し、解除用のパスワードは電話で別に伝える。',
        'メールを送る前に、宛先と添付ファイルを職員２名で確かめる。',
        '登録申請書と同意書は、長寿推進課の鍵付きキャビネットで保管する。',
        '年１回、受託者の事業所を訪ね、登録情報の管理状況を実地で確認する。',
        '登録を廃止したときは、直ちに受託者に通知し、その登録者の情報をシステムから削除させる。',
    ], '受託者に講じさせる措置', [
        '個人情報管理責任者を置き、業務に当たる者の名簿を市へ提出させる。',
        '位置情報探索システムの管理画面には、担当者ごとのIDとパスワードに加え、登録済みの端末からのみログインできるようにさせる。',
        '位置情報を検索したときは、日時と操作者を自動で記録させ、３か月ごとに点検させる。',
        '探索結果は登録された家族等にのみ伝え、それ以外の者には提供させない。',
        'サーバとの通信は暗号化させる。',
        'サーバはファイアウォールで保護し、不正な侵入を監視させる。',
        'サーバのOSやソフトウェアにはセキュリティ更新を速やかに適用させる。',
        '情報の漏えいや端末の紛失が起きたときは、直ちに市に報告させる。',
        '委託期間が満了したときは、システム内の登録情報と位置情報の履歴を消去させ、消去証明書を提出させる。',
        '従事者に年１回以上、個人情報保護の研修を受けさせる。',
    ])
)

# ----------------------------------------------------------------- 8 報告1 スケジュール
SLIDES.append(
    chrome(8, '報告第１号　スケジュール', tag='報告')
    + timeline([
        ('令和5年5月', '仕様書作成<br>見積合わせ', False),
        ('令和5年7月20日', '本審議会へ報告', False),
        ('令和5年8月上旬', '契約締結<br>利用者へ切替えの案内', False),
        ('令和5年9月1日', '委託開始<br>新端末の貸与', True),
        ('令和6年8月31日', '委託期間満了', True),
        ('令和6年度', '事業効果の検証', False),
    ])
    + box('', 'left:12mm;top:100mm;width:188mm;font-size:8.4pt;color:#555;',
          '※ 委託期間満了後の事業の継続については、利用実績と効果検証の結果を踏まえて改めて判断する。')
)

# ----------------------------------------------------------------- 9 諮問1 概要
T2 = '救急活動記録票の電子化及び救急統計データ作成業務の委託について'
SLIDES.append(
    chrome(9, '諮問第１号　救急活動記録のデータ化（概要）', sub='消防本部 警防課', tag='諮問')
    + box('', 'left:9mm;top:27mm;width:193mm;', kv_table([
        ('件名', T2),
        ('担当', '消防本部　警防課　救急係'),
        ('委託先', '株式会社東海メディカルデータサービス（令和５年６月、見積合わせにより選定）'),
        ('委託期間', '令和５年１０月１日から令和６年３月３１日まで<br>（令和６年度以降も、毎年度同様に委託する予定）'),
        ('根拠規定', '掛川市個人情報の保護に関する法律施行条例第９条第１項第２号（審議会への諮問）'),
        ('委託の内容', '① 救急活動記録票（紙）の記載内容のデータ入力<br>② 入力データの点検及び救急統計用データの作成<br>③ 救急年報用の集計表の作成'),
    ]))
    + notes('<b>諮問する理由</b><br>傷病の状態に関する情報を大量に、かつ継続して外部に取り扱わせるため、専門的な見地からの意見を求める。<br><br>'
            '<b>参考</b><br>救急出動件数　８，９１２件（令和４年・暦年）<br>記録票は消防法第２条第９項に規定する救急業務の記録として５年間保存')
)

# ----------------------------------------------------------------- 10 諮問1 取り扱う個人情報
SLIDES.append(
    chrome(10, '諮問第１号　取り扱う個人情報', tag='諮問')
    + box('', 'left:9mm;top:26mm;width:193mm;', grid_table(['区分', '項目'], [
        ('傷病者', '氏名、年齢、性別、住所、傷病名、既往歴、かかりつけ医療機関名、バイタルサイン（意識レベル・呼吸・脈拍・血圧）、搬送先医療機関名、事故種別、発生場所、覚知時刻、病院到着時刻'),
        ('通報者', '氏名、電話番号、傷病者との関係'),
    ]))
    + box('', 'left:9mm;top:74mm;width:193mm;font-size:8pt;color:#555;',
          '※ 救急活動記録票には個人番号及び健康保険の被保険者番号の欄がなく、これらは取り扱わない。<br>'
          '※ 救急隊員の氏名は、隊の符号に置き換えた上で入力する。')
    + notes('<b>記録票の件数</b><br>令和５年４月～令和６年３月出動分　約９，０００件（見込み）')
)

# ----------------------------------------------------------------- 11 諮問1 記録媒体
SLIDES.append(
    chrome(11, '諮問第１号　記録媒体', tag='諮問')
    + icons([
        ('paper', '紙', '救急活動記録票の写し'),
        ('disc', 'DVD-R', '入力済みデータ・統計用データの納品'),
        ('pc', '受託者のパソコン', '受託者の作業室に置く<br>スタンドアロンの作業用端末'),
    ])
    + box('', 'left:12mm;top:100mm;width:188mm;font-size:8.4pt;color:#555;',
          '※ 電子メールによる個人情報の送受信は行わない。')
    + notes('<b>原本の扱い</b><br>記録票の原本は消防本部から出さず、受託者には写しを渡す。', top=32)
)

# ----------------------------------------------------------------- 12 諮問1 安全管理措置
SLIDES.append(
    chrome(12, '諮問第１号　安全管理措置', tag='諮問')
    + measures('市（消防本部）が講じる措置', [
        '契約書に別記「個人情報の取扱いに関する特記事項」を添付し、その遵守を契約上の義務とする。',
        '記録票の写しとDVD-Rは、警防課の職員が作業室まで持参して引き渡し、受渡記録簿に双方が署名する。',
        'DVD-Rに書き込むデータには暗号化を施し、復号用のキーは媒体とは別の日に書面で通知する。',
        '委託期間中に１回以上、予告なく作業室に立ち入り、作業と保管の状況を点検する。',
        '納品後に返却されたDVD-Rは、消防本部内で裁断処理する。',
        '委託先の選定に当たっては、プライバシーマーク又はISMS認証の取得を条件とした。',
    ], '受託者に講じさせる措置', [
        '作業責任者及び作業従事者を指名し、その名簿を事前に提出させる。',
        '作業室の入退室はICカードで作業従事者に限り、その記録を保存させる。',
        '作業用パソコンは、社内LAN及びインターネットから切り離した状態で使用させる。',
        '作業用パソコンのUSB端子は使用できない設定とし、外部媒体への書き出しによるデータの持出しを防止させる。',
        '作業用パソコンの起動時には、作業従事者ごとのIDとパスワードによる認証を行わせる。',
        '作業用パソコンの操作ログを取得させ、作業責任者に週１回確認させる。',
        '記録票の写しは、作業時間外は施錠できる保管庫に収納させる。',
        '作業従事者には、作業開始前に個人情報の取扱いに関する教育を受けさせる。',
        '業務完了後は、作業用パソコンに残るデータを専用ソフトで完全に消去させ、消去証明書を提出させる。',
        '個人情報を取り扱う作業を他社に再委託させない。',
    ])
)

# ----------------------------------------------------------------- 13 諮問1 スケジュール
SLIDES.append(
    chrome(13, '諮問第１号　スケジュール', tag='諮問')
    + timeline([
        ('令和5年6月', '見積合わせ<br>委託先の選定', False),
        ('令和5年7月20日', '本審議会へ諮問', False),
        ('令和5年8月', '答申（予定）', False),
        ('令和5年9月', '契約締結', False),
        ('令和5年10月1日', '委託開始<br>（4月出動分から順次入力）', True),
        ('令和6年3月31日', '委託期間終了<br>年報データ納品', True),
    ])
    + box('', 'left:12mm;top:100mm;width:188mm;font-size:8.4pt;color:#555;',
          '※ 令和６年度以降も、前年度の出動分を対象に毎年度同様の委託を行う予定。')
)

# ----------------------------------------------------------------- 14 諮問1 特記事項
ANNEX = [
    ('第１　基本的事項', '受託者は、救急活動記録に記載された情報が傷病者の心身の状態に関わるものであることを踏まえ、この契約による業務を誠実に、かつ、関係法令に従って行わなければならない。'),
    ('第２　秘密の保持', '受託者は、この業務により知り得た情報を他に漏らしてはならない。業務が終わった後も、また受託者の従事者でなくなった後も同様とする。'),
    ('第３　目的外利用及び提供の禁止', '受託者は、消防本部の指示による場合を除き、業務で取り扱う情報を本業務以外の目的に使い、又は他の者に提供してはならない。'),
    ('第４　複写及び複製の禁止', '受託者は、消防本部の許可を得ないで、記録票の写し及び電子データを複写し、又は複製してはならない。'),
    ('第５　再委託の禁止', '受託者は、業務の処理を第三者に委ねてはならない。'),
    ('第６　作業場所の指定', '受託者は、消防本部が承認した作業室以外の場所で業務を行ってはならず、記録票の写し及び電子データを作業室の外へ持ち出してはならない。'),
    ('第７　適正な管理', '受託者は、記録票の写し及びDVD-Rを施錠できる保管庫に収納し、滅失、毀損又は盗難のないよう管理しなければならない。'),
    ('第８　資料の返還及び消去', '受託者は、業務が完了したときは、消防本部から引き渡された資料を返還し、作業用パソコンに記録された情報を消去しなければならない。'),
    ('第９　消去の報告', '受託者は、前項の消去をしたときは、消去証明書を消防本部に提出しなければならない。'),
    ('第１０　報告及び立入検査', '消防本部は、必要と認めるときは、受託者に対し情報の取扱状況の報告を求め、又は作業室に立ち入って検査することができる。'),
    ('第１１　事故発生時の報告', '受託者は、情報の漏えい、紛失その他の事故が発生したとき、又はそのおそれがあるときは、直ちに消防本部に報告し、その指示に従わなければならない。'),
    ('第１２　従事者の教育', '受託者は、作業従事者に対し、この特記事項の内容を周知し、必要な教育を行わなければならない。'),
    ('第１３　公表', '市は、受託者がこの特記事項に違反したときは、その事実を公表することがある。'),
    ('第１４　損害賠償', '受託者は、この特記事項に違反して市又は第三者に損害を与えたときは、その損害を賠償しなければならない。'),
]


def annex_col(part):
    return ''.join(f'<p><b>{h}</b>　{t}</p>' for h, t in part)


SLIDES.append(
    chrome(14, '別記　個人情報の取扱いに関する特記事項（諮問第１号関係）', tag='諮問')
    + box('annex', 'left:9mm;top:24mm;width:114mm;', annex_col(ANNEX[:7]))
    + box('annex', 'left:131mm;top:24mm;width:114mm;', annex_col(ANNEX[7:]))
    + box('', 'left:131mm;top:100mm;width:114mm;font-size:6.3pt;color:#777;',
          '（注）本特記事項中「消防本部」とあるのは、掛川市消防本部をいう。')
)

# ----------------------------------------------------------------- 15 closing
SLIDES.append(
    box('', 'left:0;top:0;width:254mm;height:143mm;background:linear-gradient(135deg,#ffffff 30%,#eef4f2 100%);', '')
    + box('', 'left:0;top:58mm;width:254mm;text-align:center;font-size:22pt;font-weight:700;color:#1d3f38;',
          'ご審議のほどよろしくお願いします')
    + box('', 'left:0;top:76mm;width:254mm;text-align:center;font-size:9pt;color:#666;',
          'お問い合わせ　掛川市 総務部 総務課 法制係（内線 ２１４）')
    + box('foot', '', FOOT)
    + box('num', '', '15')
)


def main():
    html = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
            '<title>令和５年度第１回 掛川市個人情報保護審議会 資料１ - Google スライド</title>'
            f'<style>{CSS}</style></head><body>'
            + ''.join(f'<div class="slide">{s}</div>' for s in SLIDES)
            + '</body></html>')
    with open(HTML, 'w', encoding='utf-8') as f:
        f.write(html)
    print('wrote', HTML, len(SLIDES), 'slides')
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    prof = tempfile.mkdtemp(prefix='aj2-chrome-')
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
           '--no-first-run', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', f'--user-data-dir={prof}', '--no-pdf-header-footer',
           f'--print-to-pdf={PDF}', 'file://' + HTML]
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    if r.returncode != 0 or not os.path.exists(PDF):
        sys.stderr.write(r.stderr.decode('utf-8', 'replace'))
        sys.exit(1)
    print('wrote', PDF)


if __name__ == '__main__':
    main()
