#!/usr/bin/env python3
"""Writes raw/au2_yoshinogawa_2023.html: a Google スプレッドシート published to the web
(ファイル > 共有 > ウェブに公開, the pubhtml page) and saved from the browser.  Google's
chrome is kept: the doc title bar, the sheet tabs as links (一覧, 案件1, 案件2, 特記事項),
every sheet as <table class="waffle"> with the row-number header column and the
column-letter header row, s0… cell classes styled in a <style> block, colspan/rowspan
merges, frozen-row divider rows, empty padding cells and rows, softmerge overflow divs,
and the footer (Google ドライブで公開 – 不正行為を報告 – 5 分ごとに自動更新).  All sheets
are on the page one after another.  Everything except the municipality is invented."""
import html
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw',
                   'au2_yoshinogawa_2023.html')

DOC_TITLE = 'R5第1回 個人情報保護審議会 案件整理表（公開用）'
PUB_ID = '2PACX-1vT8kq3Zr0wYh5mLc2NfE7aVb9dQx4sGp1uJt6oRi0ZyHn3WkCe5BlMvXa7FgDs2Ue9Pq4Kt1Lw8Nc'

# ------------------------------------------------------------------ styles
STYLE = """
.ritz .waffle a { color: inherit; }
.ritz .waffle .s0{background-color:#ffffff;text-align:left;color:#000000;font-family:Arial;font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s1{background-color:#ffffff;text-align:left;font-weight:bold;color:#000000;font-family:Arial;font-size:14pt;vertical-align:middle;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s2{background-color:#ffffff;text-align:left;color:#434343;font-family:Arial;font-size:9pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s3{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#cfe2f3;text-align:center;font-weight:bold;color:#000000;font-family:Arial;font-size:10pt;vertical-align:middle;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s4{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#ffffff;text-align:center;color:#000000;font-family:Arial;font-size:10pt;vertical-align:middle;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s5{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#ffffff;text-align:left;color:#000000;font-family:Arial;font-size:10pt;vertical-align:middle;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s6{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#efefef;text-align:center;color:#999999;font-family:Arial;font-size:10pt;vertical-align:middle;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s7{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#efefef;text-align:left;color:#999999;font-family:Arial;font-size:10pt;vertical-align:middle;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s8{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#d9ead3;text-align:left;font-weight:bold;color:#000000;font-family:Arial;font-size:10pt;vertical-align:middle;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s9{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#ffffff;text-align:right;color:#000000;font-family:Arial;font-size:10pt;vertical-align:middle;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s10{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#ffffff;text-align:center;color:#cc0000;font-family:Arial;font-size:11pt;vertical-align:middle;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s11{background-color:#ffffff;text-align:right;color:#666666;font-family:Arial;font-size:9pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s12{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#fff2cc;text-align:center;font-weight:bold;color:#000000;font-family:Arial;font-size:10pt;vertical-align:middle;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}
.ritz .waffle .s13{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;background-color:#ffffff;text-align:left;color:#000000;font-family:Arial;font-size:10pt;vertical-align:top;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}
"""

COLS = 'ABCDEFGHIJ'


class Sheet:
    def __init__(self, gid, name, widths, frozen):
        self.gid, self.name, self.widths, self.frozen = gid, name, widths, frozen
        self.rows = []          # (height, [cells]); cell = dict(text, cls, cs, rs, soft)

    def row(self, *cells, h=21):
        self.rows.append((h, list(cells)))

    def blank(self, h=21):
        self.rows.append((h, None))


def C(text='', cls='s0', cs=1, rs=1, soft=False):
    return dict(text=text, cls=cls, cs=cs, rs=rs, soft=soft)


def cell_html(c, width):
    attrs = f' class="{c["cls"]}{" softmerge" if c["soft"] else ""}"'
    if c['text']:
        attrs += ' dir="ltr"'
    if c['cs'] > 1:
        attrs += f' colspan="{c["cs"]}"'
    if c['rs'] > 1:
        attrs += f' rowspan="{c["rs"]}"'
    t = html.escape(c['text'], quote=False).replace('\n', '<br>')
    if c['soft'] and t:
        t = f'<div class="softmerge-inner" style="width:{width - 3}px;left:-1px">{t}</div>'
    return f'<td{attrs}>{t}</td>'


def render(sheet):
    ncol = len(sheet.widths)
    out = [f'<div id="{sheet.gid}" style="position:relative;" dir="ltr">'
           f'<div class="ritz grid-container" dir="ltr">'
           f'<table class="waffle" cellspacing="0" cellpadding="0"><thead><tr>'
           f'<th class="row-header freezebar-origin-ltr"></th>']
    for i, w in enumerate(sheet.widths):
        out.append(f'<th id="{sheet.gid}C{i}" style="width:{w}px;" class="column-headers-background">{COLS[i]}</th>')
    out.append('</tr></thead><tbody>')
    covered = set()        # (r, c) taken by an earlier rowspan
    for r, (h, cells) in enumerate(sheet.rows):
        out.append(f'<tr style="height: {h}px"><th id="{sheet.gid}R{r}" style="height: {h}px;" '
                   f'class="row-headers-background"><div class="row-header-wrapper" '
                   f'style="line-height: {h}px">{r + 1}</div></th>')
        col = 0
        cells = list(cells or [])
        while col < ncol:
            if (r, col) in covered:
                col += 1
                continue
            if cells:
                c = cells.pop(0)
                for dr in range(1, c['rs']):
                    for dc in range(c['cs']):
                        covered.add((r + dr, col + dc))
                width = sum(sheet.widths[col:col + c['cs']])
                if c['soft']:
                    width = sum(sheet.widths[col:])
                out.append(cell_html(c, width))
                col += c['cs']
            else:
                out.append('<td class="s0"></td>')
                col += 1
        out.append('</tr>')
        if r + 1 == sheet.frozen:
            out.append('<tr><th style="height:3px;" class="freezebar-cell freezebar-horizontal-handle"></th>'
                       + '<td class="freezebar-cell freezebar-horizontal"></td>' * ncol + '</tr>')
    out.append('</tbody></table></div></div>')
    return ''.join(out)


# ------------------------------------------------------------------ sheet 一覧
T1 = '高齢者見守り配食サービス事業の委託について'
T2 = '障害支援区分認定調査業務の委託について'

s0 = Sheet('0', '一覧', [22, 100, 430, 60, 130, 190], frozen=4)
s0.row(C(), C('令和5年度第1回 吉野川市個人情報保護審議会　案件一覧', 's1', soft=True), C(), C(), C(), C(), h=32)
s0.row(C(), C('開催日時：2023/5/24（水）14:00〜　場所：吉野川市役所 本館3階 302会議室', 's2', soft=True), C(), C(), C(), C())
s0.blank(h=8)
s0.row(C(), C('番号', 's3'), C('件名', 's3'), C('区分', 's3'), C('担当課', 's3'), C('備考', 's3'))
s0.row(C(), C('1', 's4'), C(T1, 's5'), C('報告', 's4'), C('長寿介護課', 's5'), C('シート「案件1」', 's5'))
s0.row(C(), C('2', 's4'), C(T2, 's5'), C('諮問', 's4'), C('障がい者支援課', 's5'),
       C('シート「案件2」「特記事項」', 's5'))
s0.row(C(), C('（参考）前年度', 's6'), C('市税等のコンビニエンスストア収納代行業務の委託について', 's7'),
       C('報告', 's6'), C('税務課', 's7'), C('令和4年度第3回で報告済み', 's7'), h=34)
s0.blank()
s0.row(C(), C('※ 各案件の内容は、シート「案件1」「案件2」を参照。特記事項は案件2の契約書に添付するもの。', 's2', soft=True),
       C(), C(), C(), C())
s0.row(C(), C('事務局　総務部 総務課（個人情報保護担当）　内線 2231', 's2', soft=True), C(), C(), C(), C())
s0.blank()


# ------------------------------------------------------------------ matter form helper
W = [22, 150, 80, 88, 170, 80, 88, 88, 80]   # A..I


def form(gid, name, head, rows_top, items, item_note, media_hdr, media_marks, media_note,
         ward, contractor, tail):
    s = Sheet(gid, name, W, frozen=2)
    s.row(C(), C(head, 's1', soft=True), *[C() for _ in range(7)], h=32)
    s.row(C(), C(), C(), C(), C(), C(), C(), C(), C(tail[0], 's11'))
    s.blank(h=8)
    for label, value in rows_top:
        if isinstance(value, list):     # split cells (period, dept)
            s.row(C(), C(label, 's8'), *value, C(), C(), C())
        else:
            s.row(C(), C(label, 's8'), C(value, 's5', cs=4), C(), C(), C(), h=21 if len(value) < 40 else 48)
    s.blank(h=8)
    # items
    n = len(items) + 1
    s.row(C(), C('取り扱う個人情報', 's8', rs=n), C('番号', 's3'), C('対象者', 's3'), C('項目', 's3'),
          C('要配慮', 's3'), C('備考', 's3', cs=2), C())
    for no, subj, item, mark, note in items:
        grey = no == '－'
        s.row(C(), C(no, 's6' if grey else 's9'), C(subj, 's7' if grey else 's5'),
              C(item, 's7' if grey else 's5'), C(mark, 's6' if grey else 's10'),
              C(note, 's7' if grey else 's5', cs=2), C())
    s.row(C(), C(), C(item_note, 's2', soft=True), C(), C(), C(), C(), C(), C())
    s.blank(h=8)
    # media
    s.row(C(), C('記録媒体', 's8', rs=2), *[C(x, 's12') for x in media_hdr])
    s.row(C(), *[C(x, 's10') for x in media_marks])
    s.row(C(), C(), C(media_note, 's2', soft=True), C(), C(), C(), C(), C(), C())
    s.blank(h=8)
    # measures
    for label, ms in ((ward[0], ward[1]), (contractor[0], contractor[1])):
        for i, m in enumerate(ms, 1):
            first = [C(label, 's8', rs=len(ms))] if i == 1 else []
            s.row(C(), *first, C(str(i), 's9'), C(m, 's13', cs=6), h=21 if len(m) < 52 else 38)
        s.blank(h=8)
    for label, value in tail[1:]:
        s.row(C(), C(label, 's8'), C(value, 's5', cs=4), C(), C(), C())
    s.blank()
    return s


MEDIA_HDR = ['紙', '電子メール', 'USBメモリ等', '受託者のパソコン', '受託者のサーバ', '市のシステム', 'その他']

# ------------------------------------------------------------------ sheet 案件1
s1 = form(
    '1489203366', '案件1', '案件1　' + T1 + '（報告）',
    [
        ('件名', T1),
        ('区分', '報告'),
        ('根拠規定', '吉野川市個人情報の保護に関する法律施行条例第8条第2項'),
        ('担当部課', [C('健康福祉部', 's5'), C('長寿介護課・地域包括支援センター', 's5', cs=3)]),
        ('委託先', '有限会社あわ見守りキッチン（吉野川市鴨島町）'),
        ('委託期間', [C('2023/4/1', 's9'), C('〜', 's4'), C('2024/3/31', 's9'),
                      C('次年度以降も同様に委託予定', 's5')]),
        ('委託の内容', '65歳以上のひとり暮らし高齢者等の自宅へ夕食を週3回まで届け、手渡しの際に安否を確かめる。'
                   '応答がないなど異変があるときは、受託者が緊急連絡先と地域包括支援センターに連絡する。'),
        ('報告の理由', '令和5年度から委託先を変更したため（令和4年度までは吉野川市社会福祉協議会に委託）。'),
    ],
    [
        ('1', '利用者', '氏名', '', 'ふりがなを含む'),
        ('2', '利用者', '生年月日', '', ''),
        ('3', '利用者', '性別', '', ''),
        ('4', '利用者', '住所', '', '配達先'),
        ('5', '利用者', '電話番号', '', ''),
        ('6', '利用者', '介護保険被保険者番号', '○', ''),
        ('7', '利用者', '要介護度', '○', '要支援を含む'),
        ('8', '利用者', '世帯状況', '○', '独居・高齢者のみ世帯の別'),
        ('9', '利用者', 'かかりつけ医療機関名', '', '異変時の連絡用'),
        ('10', '利用者', '配食を希望する曜日', '', ''),
        ('11', '利用者', '生活保護の受給状況', '○', '利用料の減免に使用'),
        ('12', '利用者', '利用者負担区分', '○', '1食300円／減免'),
        ('13', '利用者', '安否確認の結果', '', '配達時の応答の有無'),
        ('14', '緊急連絡先', '氏名', '', ''),
        ('15', '緊急連絡先', '続柄', '', ''),
        ('16', '緊急連絡先', '電話番号', '', ''),
        ('－', '利用者', '病名', '', '提供しない（2023/3/14 協議で削除）'),
    ],
    '※ 要配慮欄の○は担当課の記入による。',
    MEDIA_HDR, ['✓', '✓', '', '✓', '', '', ''],
    '※ 名簿の受渡しはパスワードを設定したファイルの電子メール送信による。USBメモリは使わない。',
    ('市が講じる安全管理措置', [
        '契約書に個人情報取扱特記事項（市の標準様式）を添え、その内容を守ることを受託者に義務付ける。',
        '利用者名簿を電子メールで送るときは、ファイルにパスワードを掛け、そのパスワードは電話で別に伝える。',
        'メールの送信前に、宛先のアドレスを課内の別の職員と読み合わせて確かめる。',
        '年度の途中に受託者の事業所を訪ね、名簿の保管の状況を点検する。',
        '配達員を対象に市が説明会を開き、見守りの際の個人情報の扱い方を説明する。',
        '名簿を更新したときは、古い名簿を回収し、市で溶解処理する。',
    ]),
    ('受託者に講じさせる安全管理措置', [
        '個人情報の管理責任者を1名置かせ、配達員を含む取扱者の名簿を市に届け出させる。',
        '配達に使う名簿は配達が終わったら事業所へ持ち帰らせ、鍵の掛かる書庫に収めさせる。',
        '名簿データを扱うパソコンには、担当者ごとのIDとパスワードによるログインを設定させる。',
        '同じパソコンのウイルス対策ソフトは、常に最新の定義ファイルに保たせる。',
        '市とのメールのやり取りは、事業所で1つに決めた専用のアドレスからだけ行わせる。',
        '名簿の紛失、メールの誤送信その他個人情報に関わる事故が起きたときは、直ちに長寿介護課へ報告させる。',
        '配達員を含む従事者全員に、個人情報の取扱いについての研修を受講させる。',
        '契約が終わったときはパソコン内の名簿データを消去させ、消去した旨の報告書を提出させる。',
    ]),
    ['作成：長寿介護課 2023/5/10',
     ('特記事項', '市の標準様式（シート「特記事項」とは別の様式）を契約書に添付済み'),
     ('備考', '前年度の委託は令和4年度第2回で報告済み')],
)

# ------------------------------------------------------------------ sheet 案件2
s2 = form(
    '731054892', '案件2', '案件2　' + T2 + '（諮問）',
    [
        ('件名', T2),
        ('区分', '諮問'),
        ('根拠規定', '吉野川市個人情報の保護に関する法律施行条例第8条第1項'),
        ('担当部課', [C('健康福祉部', 's5'), C('障がい者支援課', 's5', cs=3)]),
        ('委託先', '一般社団法人阿波ケアマネジメント協会（徳島市）'),
        ('委託期間', [C('2023/6/1', 's9'), C('〜', 's4'), C('2024/3/31', 's9'),
                      C('令和6年度以降は未定', 's5')]),
        ('委託の内容', '障害福祉サービスの支給申請をした人について、障害支援区分の認定調査（80項目の聞き取り）を行い、'
                   '調査の結果を市が貸与するタブレット端末で入力する。区分の判定は市の認定審査会が行う。'),
        ('諮問の理由', '市の認定調査員が不足しているため、調査の一部を外部の事業者に委託する。'
                   '調査では疾病や障害に関する情報を扱うため、審議会の意見を聴く。'),
    ],
    [
        ('1', '調査対象者', '氏名', '', ''),
        ('2', '調査対象者', '生年月日', '', ''),
        ('3', '調査対象者', '性別', '', ''),
        ('4', '調査対象者', '住所', '', ''),
        ('5', '調査対象者', '電話番号', '', ''),
        ('6', '調査対象者', '受給者証番号', '○', ''),
        ('7', '調査対象者', '障害者手帳の種類及び等級', '○', ''),
        ('8', '調査対象者', '障害支援区分', '○', '前回認定の区分'),
        ('9', '調査対象者', '疾病名', '○', ''),
        ('10', '調査対象者', '服薬状況', '', ''),
        ('11', '調査対象者', '調査実施日', '', ''),
        ('12', '調査対象者', '調査の実施場所', '', '自宅・入所施設等'),
        ('13', '調査対象者', '利用者負担上限月額', '○', ''),
        ('14', '介護者', '氏名', '', ''),
        ('15', '介護者', '続柄', '', ''),
        ('16', '介護者', '電話番号', '', ''),
        ('－', '調査対象者', '個人番号', '', '提供しない'),
    ],
    '※ 要配慮欄の○は担当課の記入による。',
    MEDIA_HDR, ['✓', '', '✓', '', '', '✓', ''],
    '※ 調査の結果は市が貸与するタブレット端末から障害福祉システムに入力し、受託者のパソコンには保存しない。',
    ('市が講じる安全管理措置', [
        '調査対象者の一覧は暗号化機能を備えたUSBメモリに保存し、職員が受託者の事務所へ持参して担当責任者に直接手渡す。',
        'USBメモリのロックを解除するパスワードは、媒体の受渡しとは別に、電話で担当責任者へ伝える。',
        '貸与するタブレット端末は、調査員ごとのIDと指紋認証の両方が一致しなければ使えないよう設定する。',
        'タブレット端末で使える機能は、障害福祉システムの認定調査入力画面に限る。',
        'タブレット端末は閉域の通信回線でのみ庁内ネットワークにつながり、インターネットへは出られない構成とする。',
        '端末ごとの入力と閲覧の履歴を市のサーバに残し、障がい者支援課が四半期ごとに確かめる。',
        '契約書には別記の個人情報取扱特記事項を添付し、受託者に守らせる。',
    ]),
    ('受託者に講じさせる安全管理措置', [
        '調査員と事務担当者をあらかじめ指名させ、その名簿を業務の開始前に市へ提出させる。',
        '調査員には、徳島県が実施する障害支援区分認定調査員研修を、従事する前に修了させる。',
        '記入を終えた調査票は、その日のうちに事業所へ戻させ、鍵のかかる保管庫に収めさせる。',
        '調査票をコピーしたり、写真に撮ったりさせない。',
        '認定調査の業務を、ほかの事業者に請け負わせることは認めない。',
        '調査票の紛失やタブレット端末の盗難などの事故が起きたときは、すぐに障がい者支援課へ連絡させ、市の指示に従って対処させる。',
        '調査の進み具合と調査票の保管の状況を、毎月書面で報告させる。',
        '業務が終わったときは、調査票の原本、USBメモリ及びタブレット端末をすべて市へ返させる。',
    ]),
    ['作成：障がい者支援課 2023/5/12',
     ('特記事項', 'シート「特記事項」のとおり（契約書に別記として添付）'),
     ('契約予定日', '2023/5/31')],
)

# ------------------------------------------------------------------ sheet 特記事項
ART2 = [
    ('第1条', '（基本的事項）受託者は、個人情報の取扱いが個人の尊厳に関わるものであることを深く認識し、この契約に基づく業務の実施に当たっては、'
     '個人情報の保護に関する法律その他の関係法令を守り、個人の権利利益を害することのないようにしなければならない。'),
    ('第2条', '（秘密の保持）受託者は、この契約に基づく業務を行う上で知り得た個人情報の内容を、みだりに他人に知らせてはならない。'
     '契約期間が終わった後も、契約が解除された後も、同じとする。'),
    ('第3条', '（安全管理）受託者は、調査票その他個人情報が記載された書類を施錠できる保管庫に納めるなど、個人情報の漏えい、'
     '滅失及び毀損を防ぐために必要な措置を講じなければならない。'),
    ('第4条', '（収集の制限）受託者は、認定調査に必要な事項に限り、調査対象者本人又はその介護者から直接、個人情報を聞き取るものとし、'
     'それ以外の個人情報を集めてはならない。'),
    ('第5条', '（利用及び提供の制限）受託者は、市の指示がある場合を除き、この契約に基づく業務で扱う個人情報を契約の目的以外に使い、'
     '又は第三者に渡してはならない。'),
    ('第6条', '（複写等の禁止）受託者は、市の承諾がない限り、市から引き渡された個人情報を複写し、複製し、又は撮影してはならない。'),
    ('第7条', '（再委託の禁止）受託者は、この契約に基づく業務の全部又は一部を第三者に委託してはならない。'),
    ('第8条', '（持出しの禁止）受託者は、調査票その他個人情報が記載された書類を、調査の実施場所と受託者の事業所との間を移動する場合を除き、'
     '持ち出してはならない。'),
    ('第9条', '（責任者等の届出）受託者は、個人情報の管理について責任を負う者及び業務に従事する者を定め、書面により市に届け出なければならない。'
     'これを変更するときも、同様とする。'),
    ('第10条', '（従事者への教育）受託者は、業務に従事する者に対し、個人情報を適正に扱うために必要な教育を行わなければならない。'),
    ('第11条', '（事故発生時の報告）受託者は、個人情報の漏えい、紛失その他の事故が発生し、又は発生するおそれがあるときは、'
     '直ちに市に報告し、その指示に従わなければならない。'),
    ('第12条', '（資料等の返還及び廃棄）受託者は、業務が終わったときは、市から引き渡された資料等を直ちに市へ返し、受託者が作成した資料等に記録された'
     '個人情報を復元できないように消去し、その結果を書面で市に報告しなければならない。'),
    ('第13条', '（報告及び調査）市は、必要があると認めるときは、受託者に対し個人情報の取扱状況の報告を求め、又は受託者の事業所に立ち入って調査することができる。'),
    ('第14条', '（損害賠償）受託者は、この特記事項に違反し、市又は第三者に損害を与えたときは、その損害を賠償しなければならない。'),
    ('第15条', '（違反の公表）市は、受託者がこの特記事項に違反したときは、その事実を公表することができる。'),
]
s3 = Sheet('1902775130', '特記事項', [22, 70, 640, 90], frozen=2)
s3.row(C(), C('個人情報取扱特記事項（案件2　障害支援区分認定調査業務委託契約書 別記）', 's1', soft=True), C(), C(), h=32)
s3.row(C(), C(), C(), C('2023/5/12 版', 's11'))
s3.blank(h=8)
for no, text in ART2:
    s3.row(C(), C(no, 's4'), C(text, 's13'), C(), h=21 if len(text) < 70 else 40)
s3.blank()
s3.row(C(), C(), C('※ 契約書の条番号とは別に、特記事項の中で第1条から数える。', 's2', soft=True), C())

SHEETS = [s0, s1, s2, s3]

# ------------------------------------------------------------------ page
head = f"""<!DOCTYPE html>
<!-- saved from url=(0126)https://docs.google.com/spreadsheets/d/e/{PUB_ID}/pubhtml -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="referrer" content="strict-origin-when-cross-origin"><link rel="shortcut icon" href="https://ssl.gstatic.com/docs/spreadsheets/spreadsheets_2023q4.ico"><title>{html.escape(DOC_TITLE)} - Google スプレッドシート</title><meta property="og:title" content="{html.escape(DOC_TITLE)}"><meta property="og:type" content="article"><meta property="og:site_name" content="Google Docs"><link rel="stylesheet" href="./au2_files/waffle_k_ltr.css"><style>
body{{margin:0;font-family:Arial,sans-serif;}}
#top-bar{{background:#f3f3f3;border-bottom:1px solid #ccc;padding:8px 12px;}}
#doc-title{{font-size:18px;}}
#sheet-menu{{list-style:none;margin:6px 0 0 0;padding:0;}}
#sheet-menu li{{display:inline;margin-right:14px;}}
#sheet-menu li.active a{{font-weight:bold;}}
#footer{{font-size:11px;color:#666;padding:10px 12px;border-top:1px solid #ccc;}}
.grid-container{{overflow:auto;margin-bottom:24px;}}
.waffle{{table-layout:fixed;border-collapse:collapse;width:0;}}
.row-header{{width:46px;}}
.column-headers-background,.row-headers-background{{background:#f8f9fa;color:#5f6368;font-size:8pt;text-align:center;}}
.freezebar-cell{{background:#dadce0;}}
.softmerge-inner{{overflow:visible;white-space:nowrap;position:relative;}}
{STYLE}</style><script type="text/javascript" nonce="q8Zr2mF0bXk3Wd1v">function switchToSheet(id){{document.location.hash='gid='+id;var e=document.getElementById(id);if(e){{e.scrollIntoView();}}return false;}}</script></head>
<body><div id="top-bar"><div id="doc-title"><span class="name">{html.escape(DOC_TITLE)}</span></div><div id="sheet-menu-wrapper"><ul id="sheet-menu">"""

ACTIVE = ' class="active"'
tabs = ''.join(
    f'<li id="sheet-button-{s.gid}"{ACTIVE if i == 0 else ""}>'
    f'<a href="#gid={s.gid}" onclick="switchToSheet(' + "'" + s.gid + "'" + f')">{html.escape(s.name)}</a></li>'
    for i, s in enumerate(SHEETS))

body = '</ul></div></div><div id="sheets-viewport">' + '\n'.join(render(s) for s in SHEETS) + '</div>'

footer = (f'<div id="footer"><a target="_blank" rel="noopener" '
          f'href="https://docs.google.com/spreadsheets/d/e/{PUB_ID}/pubhtml">Google ドライブで公開</a>'
          f'<span class="dash"> – </span><a target="_blank" rel="noopener" '
          f'href="https://docs.google.com/abuse?id=e/{PUB_ID}">不正行為を報告</a>'
          f'<span class="dash"> – </span><span>5 分ごとに自動更新</span></div></body></html>\n')

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
    f.write(head + tabs + body + '\n' + footer)
print('wrote', os.path.normpath(OUT))
