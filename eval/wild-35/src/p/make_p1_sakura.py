#!/usr/bin/env python3
"""Builds raw/p1_sakura_2021.pdf: a scanned-and-OCRed 諮問書 of 佐倉市 (令和3年度第2回).

Every page is a raster image (an SVG drawn by this script and rasterised by headless
Chromium with --screenshot, so the ruling lines, the stamp and the text exist only as
pixels), with an invisible OCR text layer on top: one absolutely positioned span with
`color: transparent` per OCR "word".  The OCR layer follows the page skew (each page is
rotated 0.3-0.7 degrees about its centre), jitters the baseline of each word, splits
prose and letter-spaced labels into words with gaps (so pdftotext prints 「個 人情報」,
「件 名」), and swaps full-/half-width digits and parentheses in words that are not
facts.  Facts (title, items, divisions, departments, contractor, dates, articles,
session) are marked ⟦…⟧ in the content below: each is one OCR word, never altered.

Run from anywhere:  python3 src/p/make_p1_sakura.py
"""
import math
import os
import random
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'raw', 'p1_sakura_2021.pdf')

W, H = 794, 1122          # CSS px of an A4 page
SCALE = 1240 / W          # raster is 1240 x 1754 (150 dpi)
rng = random.Random(35016)

SERIF = "'Noto Serif CJK JP'"
SANS = "'Noto Sans CJK JP'"


# ---------------------------------------------------------------- text metrics
def cw(ch, fs):
    o = ord(ch)
    if o < 0x2000 or 0xff61 <= o <= 0xff9f:
        return fs * 0.55
    return fs


def segs(text):
    """'a⟦b⟧c' -> [('a',False),('b',True),('c',False)]"""
    out = []
    for part in re.split(r'(⟦[^⟧]*⟧)', text):
        if not part:
            continue
        if part.startswith('⟦'):
            out.append((part[1:-1], True))
        else:
            out.append((part, False))
    return out


def atoms(text):
    """unbreakable atoms for wrapping: each char of plain text, each fact whole."""
    out = []
    for s, fact in segs(text):
        if fact:
            out.append(('⟦' + s + '⟧', sum(1 for _ in s)))
        else:
            out.extend((c, 1) for c in s)
    return out


def width(text, fs):
    return sum(cw(c, fs) for c in re.sub('[⟦⟧]', '', text))


NO_START = set('、。，．）」』】〕・ー')


def wrap(text, maxw, fs):
    lines, cur, curw = [], '', 0.0
    for a, _ in atoms(text):
        aw = width(a, fs)
        if cur and curw + aw > maxw and not (len(a) == 1 and a in NO_START):
            lines.append(cur)
            cur, curw = '', 0.0
        cur += a
        curw += aw
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, angle):
        self.angle = angle
        self.lines = []     # (x1,y1,x2,y2,w)
        self.texts = []     # dict(x, y, fs, text, font, spacing, kind)
        self.extra = []     # raw svg

    def line(self, x1, y1, x2, y2, w=0.9):
        self.lines.append((x1, y1, x2, y2, w))

    def rect(self, x1, y1, x2, y2, w=0.9):
        self.line(x1, y1, x2, y1, w)
        self.line(x2, y1, x2, y2, w)
        self.line(x2, y2, x1, y2, w)
        self.line(x1, y2, x1, y1, w)

    def text(self, x, y, text, fs=11, font=SERIF, spacing=0.0, kind='prose', bold=False):
        self.texts.append(dict(x=x, y=y, fs=fs, text=text, font=font, spacing=spacing,
                               kind=kind, bold=bold))

    def ctext(self, y, text, fs=11, **kw):
        w_ = width(text, fs) + kw.get('spacing', 0) * max(0, len(re.sub('[⟦⟧]', '', text)) - 1)
        self.text((W - w_) / 2, y, text, fs, **kw)

    def rtext(self, xr, y, text, fs=11, **kw):
        self.text(xr - width(text, fs), y, text, fs, **kw)

    def para(self, x, y, text, maxw, fs=11, lh=None, indent2=0, **kw):
        lh = lh or fs * 1.6
        first = True
        for ln in wrap(text, maxw - (0 if first else indent2), fs):
            self.text(x + (0 if first else indent2), y, ln, fs, **kw)
            first = False
            y += lh
        return y


def hanging(page, x, y, mark, text, maxw, fs=11, lh=None):
    """a numbered paragraph with hanging indent: mark, then wrapped text."""
    lh = lh or fs * 1.6
    mw = width(mark, fs)
    lines = wrap(text, maxw - mw, fs)
    for i, ln in enumerate(lines):
        page.text(x + mw, y, ln, fs)
        if i == 0:
            page.text(x, y, mark, fs, kind='mark')
        y += lh
    return y


# ---------------------------------------------------------------- form tables
FX0, FX1, LABW = 66, 728, 112
FS = 11
LH = 17.5


def label_lines(label):
    # labels are letter-spaced when short, wrapped when long
    if len(label) <= 4:
        return [label], (22.0 if len(label) == 2 else 11.0 if len(label) == 3 else 6.0)
    out, cur = [], ''
    for c in label:
        cur += c
        if len(cur) == 8:
            out.append(cur)
            cur = ''
    if cur:
        out.append(cur)
    return out, 0.0


def form_row(page, y, label, blocks, top_rule=True):
    """blocks: list of (kind, payload): ('p', text) paragraph, ('h', mark, text) hanging,
    ('sub', text) small heading.  Returns the y of the bottom rule."""
    if top_rule:
        page.line(FX0, y, FX1, y)
    cx = FX0 + LABW + 9
    cw_ = FX1 - cx - 8
    yy = y + 8 + FS
    for b in blocks:
        if b[0] == 'p':
            yy = page.para(cx, yy, b[1], cw_, FS, LH)
        elif b[0] == 'i':        # indented paragraph
            yy = page.para(cx + FS, yy, b[1], cw_ - FS, FS, LH)
        elif b[0] == 'h':
            yy = hanging(page, cx, yy, b[1], b[2], cw_, FS, LH)
        elif b[0] == 'sub':
            page.text(cx, yy, b[1], FS, kind='prose')
            yy += LH
        elif b[0] == 'gap':
            yy += LH * 0.4
    labs, sp = label_lines(label)
    ly = y + 8 + FS
    for ln in labs:
        page.text(FX0 + 7, ly, ln, FS, spacing=sp, kind='label')
        ly += LH
    bottom = max(yy, ly) - FS + 4
    page.line(FX0 + LABW, y, FX0 + LABW, bottom)
    page.line(FX0, y, FX0, bottom, 1.2)
    page.line(FX1, y, FX1, bottom, 1.2)
    page.line(FX0, bottom, FX1, bottom)
    return bottom


def page_no(page, n):
    page.ctext(1082, f'－{n}－' if n % 2 else f'- {n} -', 10, kind='furniture')


# ---------------------------------------------------------------- content
S = '令和3年度第2回'
T1 = '介護保険要介護認定に係る認定調査業務の委託について'
T2 = '母子健康情報配信サービスとの回線結合について'

pages = []

# ---- page 1: 諮問書 --------------------------------------------------------
p = Page(0.45)
p.rtext(728, 62, '資料１', 11, kind='furniture')
p.rtext(728, 80, f'（⟦{S}⟧佐倉市個人情報保護審議会）', 10, kind='furniture')
p.rtext(728, 130, '佐 総 文 第 ２ １ ７ 号', 11, kind='prose')
p.rtext(728, 150, '令和３年８月１６日', 11, kind='prose')
p.text(90, 200, '佐倉市個人情報保護審議会', 12)
p.text(104, 222, '会長　水 野 敏 子　様', 12)
p.rtext(700, 270, '佐倉市長　柏 木 康 弘', 12)
p.extra.append('<rect x="702" y="252" width="24" height="24" fill="none" stroke="#c0392b" '
               'stroke-width="1.6" opacity="0.75"/><text x="705" y="269" font-size="9" '
               'fill="#c0392b" opacity="0.75" font-family="' + SERIF.strip("'") + '">市長印</text>')
p.ctext(340, '個人情報の取扱いに関する事項について（諮問）', 14, bold=True)
y = p.para(90, 392, '　佐倉市個人情報保護条例（平成１２年佐倉市条例第３８号）の規定に基づき、'
           '下記の事項について貴審議会の意見を求めます。', 614, 12, 22)
p.ctext(y + 18, '記', 12)
y += 58
p.text(90, y, '１　諮問事項', 12)
y += 26
y = hanging(p, 106, y, '(1)　', f'諮問第５号　⟦{T1}⟧（別紙１）', 598, 12, 22)
y = hanging(p, 106, y, '(2)　', f'諮問第６号　⟦{T2}⟧（別紙２）', 598, 12, 22)
y += 14
p.text(90, y, '２　諮問の理由', 12)
y += 26
y = p.para(106, y, '　いずれも条例に定める手続に先立ち、審議会の意見を聴く必要があるため。'
           '事務の概要及び保護措置は別紙のとおり。', 598, 12, 22)
# secretariat box (a trap for the department)
p.rect(420, 930, 728, 1010, 0.8)
p.text(432, 952, '（事務局）', 10)
p.text(432, 970, '総務部 文書行政課 情報公開係', 10)
p.text(432, 988, '電話 ０４３－４８４－７１０２（直通）', 10)
page_no(p, 1)
# 受付 stamp: red double circle, rotated; OCR reads it badly
p.extra.append(
    '<g transform="rotate(-9 600 190)" opacity="0.72" font-family="Noto Serif CJK JP" '
    'fill="#c0392b" text-anchor="middle"><circle cx="600" cy="190" r="46" fill="none" '
    'stroke="#c0392b" stroke-width="2.2"/><circle cx="600" cy="190" r="40" fill="none" '
    'stroke="#c0392b" stroke-width="0.9"/><line x1="562" y1="176" x2="638" y2="176" '
    'stroke="#c0392b" stroke-width="0.9"/><line x1="562" y1="206" x2="638" y2="206" '
    'stroke="#c0392b" stroke-width="0.9"/><text x="600" y="170" font-size="11">受　付</text>'
    '<text x="600" y="196" font-size="12">3. 8.17</text><text x="600" y="222" font-size="8">'
    '個人情報保護審議会</text></g>')
p.texts.append(dict(x=585, y=172, fs=10, text='受 付', font=SANS, spacing=0, kind='stamp', bold=False))
p.texts.append(dict(x=577, y=196, fs=11, text='3。8.l7', font=SANS, spacing=0, kind='stamp', bold=False))
p.texts.append(dict(x=565, y=219, fs=8, text='個人情報保護審譲会', font=SANS, spacing=0, kind='stamp', bold=False))
pages.append(p)

# ---- page 2: 別紙１ -------------------------------------------------------
p = Page(0.6)
p.text(66, 60, '別紙１', 11, kind='furniture')
p.rtext(728, 60, '諮問第５号', 11, kind='furniture')
p.ctext(100, '個人情報取扱事務の委託に関する諮問事項', 13, bold=True)
y = 122
p.line(FX0, y, FX1, y, 1.2)
y = form_row(p, y, '件名', [('p', f'⟦{T1}⟧')], top_rule=False)
y = form_row(p, y, '根拠条項', [('p', '佐倉市個人情報保護条例⟦第12条第2項⟧（個人情報取扱事務の委託）')], False)
y = form_row(p, y, '担当部課', [('p', '⟦福祉部⟧　⟦介護保険課⟧（認定審査班）')], False)
y = form_row(p, y, '委託先', [('p', '⟦一般社団法人印旛ケアマネジメント協会⟧'),
                            ('p', '所在地　佐倉市さくら野台三丁目８番地の２')], False)
y = form_row(p, y, '委託期間', [('p', '⟦令和3年10月1日⟧から⟦令和4年3月31日⟧まで'),
                             ('p', '※令和４年度以降も、同様の内容により委託を継続する予定である。')], False)
y = form_row(p, y, '委託の理由', [('p', '　要介護認定の申請件数が年々増加しており、申請から３０日以内に認定を行う'
                               'という法定の期限を守るため、介護支援専門員を多数擁する法人に、認定調査の一部を'
                               '委託するもの。')], False)
y = form_row(p, y, '委託する業務の内容', [
    ('h', '(1)　', '新規申請及び更新申請に係る認定調査（被保険者の居宅等を訪問して行う調査）'),
    ('h', '(2)　', '認定調査票（概況調査・基本調査・特記事項）の作成及び市への提出')], False)
y = form_row(p, y, '委託先に取り扱わせる個人情報の項目', [
    ('sub', '〈市が提供する項目〉'),
    ('p', '【被保険者】⟦氏名⟧、⟦生年月日⟧、⟦性別⟧、⟦住所⟧、⟦電話番号⟧、⟦被保険者番号⟧、'
          '⟦要介護度⟧（前回認定結果）、⟦主治医の医療機関名⟧'),
    ('p', '【家族等（調査の立会人）】⟦氏名⟧、⟦続柄⟧、⟦電話番号⟧'),
    ('sub', '〈受託者が調査により記録する項目〉'),
    ('p', '【被保険者】⟦心身の状況⟧、⟦認定調査日⟧、⟦調査実施場所⟧'),
    ('gap',),
    ('p', '（注）個人番号は委託先に提供しない。')], False)
y = form_row(p, y, '記録媒体', [
    ('p', '紙（認定調査票、調査依頼書）'),
    ('p', '受託者の事務所に設置するパソコン（調査票の清書に限る。）'),
    ('p', '※電子メール及びＵＳＢメモリ等の外部記録媒体による受渡しは行わない。')], False)
y = form_row(p, y, '市が講ずる保護措置', [
    ('h', 'ア　', '契約書に「個人情報取扱特記事項」（別記）を添付し、その遵守を受託者に義務付ける。'),
    ('h', 'イ　', '調査依頼書及び認定調査票の受渡しは、市職員と受託者の取扱責任者との間で手渡しにより'
               '行い、その都度受渡簿に記録する。'),
    ('h', 'ウ　', '年１回以上、受託者の事務所に立ち入り、認定調査票の保管状況を実地に確認する。'),
    ('h', 'エ　', '受託者から提出された認定調査票は、審査会資料の作成が終わるまで、介護保険課内の'
               '施錠できる書庫で保管する。')], False)
page_no(p, 2)
pages.append(p)

# ---- page 3: 別紙１（続き） -----------------------------------------------
p = Page(0.35)
p.text(66, 60, '別紙１（続き）', 11, kind='furniture')
p.rtext(728, 60, '諮問第５号', 11, kind='furniture')
y = 84
p.line(FX0, y, FX1, y, 1.2)
y = form_row(p, y, '受託者に講じさせる保護措置', [
    ('sub', '〔組織的対策〕'),
    ('h', '①　', '個人情報取扱責任者及び認定調査員を指定し、その名簿を市に提出させる。'),
    ('h', '②　', '個人情報の漏えい、滅失、き損その他の事故が生じ、又は生じるおそれがあるときは、'
               '直ちに市に報告させ、市の指示に従わせる。'),
    ('sub', '〔人的対策〕'),
    ('h', '③　', '認定調査員に対し、個人情報の保護に関する研修を、業務の開始前及び年１回以上実施させる。'),
    ('sub', '〔物理的対策〕'),
    ('h', '④　', '認定調査票は鍵付きのキャビネットに保管させ、訪問調査に携行する場合を除き、'
               '事務所の外に持ち出させない。'),
    ('h', '⑤　', '認定調査票の写しを作成させない。'),
    ('h', '⑥　', '業務の終了後、パソコンに保存した調査票データを復元できない方法で消去させ、'
               '消去証明書を市に提出させる。'),
    ('sub', '〔技術的対策〕'),
    ('h', '⑦　', '調査票の清書に用いるパソコンは、インターネットその他の外部のネットワークに'
               '接続させない。'),
    ('h', '⑧　', 'パソコンの起動時及び調査票データを開く際には、利用者ＩＤ及びパスワードによる'
               '認証を行わせる。'),
    ('h', '⑨　', '調査票データを保存するフォルダは、認定調査員のみが閲覧できるようアクセス権限を'
               '設定させる。'),
    ('h', '⑩　', 'ウイルス対策ソフトウェアを導入させ、パターンファイルを常に最新の状態に保たせる。'),
    ('h', '⑪　', 'パソコンの操作ログを取得させ、契約期間中これを保存させる。'),
], top_rule=False)
y += 26
y = p.para(66, y, '※　個人情報取扱特記事項の全文は、別記のとおりである。', 662, 11)
y = p.para(66, y, '※　認定調査票の様式中の「特記事項」欄は、調査員が調査時の状況を記入する欄であり、'
           '別記の特記事項とは異なる。', 662, 11, indent2=22)
page_no(p, 3)
pages.append(p)

# ---- page 4: 別記 特記事項 -------------------------------------------------
p = Page(-0.4)
p.text(66, 60, '別記', 11, kind='furniture')
p.ctext(100, '個 人 情 報 取 扱 特 記 事 項', 14, bold=True)
ART = [
    ('（基本的事項）', '第１条', '受託者は、個人情報の保護の重要性を認識し、この契約による業務を実施する'
     'に当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('（秘密の保持）', '第２条', '受託者は、この契約による業務に関して知り得た個人情報を他に漏らしては'
     'ならない。この契約が終了し、又は解除された後においても、同様とする。'),
    ('（収集の制限）', '第３条', '受託者は、業務を行うために個人情報を収集するときは、業務の目的を達成'
     'するために必要な範囲内で、適法かつ公正な手段により行わなければならない。'),
    ('（目的外利用及び提供の禁止）', '第４条', '受託者は、市の指示がある場合を除き、この契約による業務に'
     '関して知り得た個人情報を契約の目的以外の目的に利用し、又は第三者に提供してはならない。'),
    ('（複写又は複製の禁止）', '第５条', '受託者は、市の承諾があるときを除き、市から引き渡された個人情報が'
     '記録された資料等を複写し、又は複製してはならない。'),
    ('（再委託の禁止）', '第６条', '受託者は、市の書面による承諾を得た場合を除き、この契約による業務を'
     '第三者に委託してはならない。'),
    ('（持出しの禁止）', '第７条', '受託者は、市の承諾なしに、個人情報が記録された資料等を市が指定する'
     '場所以外に持ち出してはならない。'),
    ('（適正管理）', '第８条', '受託者は、個人情報が記録された資料等を施錠できる保管庫に格納するなど、'
     '個人情報の漏えい、滅失及びき損の防止に努めなければならない。'),
    ('（資料等の返還等）', '第９条', '受託者は、業務の終了後、市から引き渡された資料等を直ちに市に返還し、'
     '受託者が作成した資料等は、市の指示に従い消去し、又は廃棄しなければならない。'),
    (None, '２', '受託者は、前項の規定により消去又は廃棄を行ったときは、その旨を書面により市に報告しな'
     'ければならない。'),
    ('（従事者への周知）', '第10条', '受託者は、その従事者に対し、在職中及び退職後においても、この契約に'
     'よる業務に関して知り得た個人情報を他に漏らしてはならないことなど、個人情報の保護に関して必要な'
     '事項を周知しなければならない。'),
    ('（取扱状況の報告及び調査）', '第11条', '市は、必要があると認めるときは、受託者に対し個人情報の取扱'
     '状況について報告を求め、又は受託者の作業場所に立ち入って調査することができる。'),
    ('（事故発生時における報告）', '第12条', '受託者は、この特記事項に違反する事態が生じ、又は生じる'
     'おそれがあることを知ったときは、速やかに市に報告し、市の指示に従わなければならない。'),
    ('（契約の解除）', '第13条', '市は、受託者がこの特記事項に違反したときは、契約を解除することが'
     'できる。'),
    ('（損害賠償）', '第14条', '受託者は、この特記事項に違反したことにより市又は第三者に損害を与えた'
     'ときは、その損害を賠償しなければならない。'),
]
y = 150
fs = 10.5
for head, num, body in ART:
    if head:
        p.text(80, y, head, fs)
        y += fs * 1.7
    y = hanging(p, 70, y, num + '　', body, 650, fs, fs * 1.7)
    y += 3
page_no(p, 4)
pages.append(p)

# ---- page 5: 別紙２ -------------------------------------------------------
p = Page(0.55)
p.text(66, 60, '別紙２', 11, kind='furniture')
p.rtext(728, 60, '諮問第６号', 11, kind='furniture')
p.ctext(100, '電子計算機の結合（回線結合）に関する諮問事項', 13, bold=True)
y = 122
p.line(FX0, y, FX1, y, 1.2)
y = form_row(p, y, '件名', [('p', f'⟦{T2}⟧')], top_rule=False)
y = form_row(p, y, '根拠条項', [('p', '佐倉市個人情報保護条例⟦第16条第2項⟧（電子計算機の結合の制限）')], False)
y = form_row(p, y, '担当部課', [('p', '⟦健康こども部⟧　⟦母子保健課⟧・⟦健康増進課⟧')], False)
y = form_row(p, y, '結合先', [('p', '⟦すくすくコネクト⟧（株式会社ミライエヘルステックが運営する母子健康情報'
                                 '配信サービス）'),
                            ('p', '運営事業者の所在地　東京都千代田区神田西錦町四丁目２番１号')], False)
y = form_row(p, y, '結合の開始時期', [('p', '⟦令和4年1月4日⟧から')], False)
y = form_row(p, y, '結合の目的', [('p', '　妊婦及び乳幼児の保護者が、自らのスマートフォンで健康診査や予防'
                                   '接種の記録及び予定を確認できるようにすることで、接種漏れを防ぎ、子育て世帯の'
                                   '負担を軽減するため。')], False)
y = form_row(p, y, '結合により提供する個人情報の項目', [
    ('p', '【妊婦】⟦氏名⟧、⟦生年月日⟧、⟦メールアドレス⟧、⟦出産予定日⟧、⟦妊娠週数⟧'),
    ('p', '【乳幼児】⟦氏名⟧、⟦生年月日⟧、⟦性別⟧、⟦予防接種の接種履歴⟧、⟦乳幼児健康診査の受診日⟧、'
          '⟦乳幼児健康診査の結果⟧'),
    ('gap',),
    ('p', '※アプリで利用登録を行い、市との連携に同意した者の情報に限る。')], False)
y = form_row(p, y, '結合の方式及び記録媒体', [
    ('p', '　市の健康管理システムから、市庁舎内に設置する連携サーバを経由し、閉域網（専用線）により'
          '結合先のクラウドサービスへ片方向で送信する。'),
    ('p', '※紙媒体への出力及び外部記録媒体の使用はない。')], False)
y = form_row(p, y, '市が講ずる保護措置', [
    ('h', '(1)　', '連携サーバは庁舎内のサーバ室に設置し、サーバ室への入退室はＩＣカードにより記録する。'),
    ('h', '(2)　', '連携サーバと結合先との通信には閉域網を用い、インターネットには接続しない。'),
    ('h', '(3)　', '送信するデータは、ＴＬＳ１．２以上の方式により暗号化する。'),
    ('h', '(4)　', '連携の設定及び操作を行う者を母子保健課の担当職員に限定し、ＩＣカードとパスワードに'
                'よる二要素認証を行う。'),
    ('h', '(5)　', '連携サーバの操作ログを取得し、月１回、不正な操作がないか点検する。'),
    ('h', '(6)　', '担当職員に対し、年１回、情報セキュリティに関する研修を実施する。'),
    ('h', '(7)　', '結合先の運営事業者との間でデータ連携に関する協定を締結し、秘密保持の義務を明記する。')],
    False)
page_no(p, 5)
pages.append(p)

# ---- page 6: 別紙２（続き） ------------------------------------------------
p = Page(0.7)
p.text(66, 60, '別紙２（続き）', 11, kind='furniture')
p.rtext(728, 60, '諮問第６号', 11, kind='furniture')
y = 84
p.line(FX0, y, FX1, y, 1.2)
y = form_row(p, y, '結合先に講じさせる保護措置', [
    ('h', '(1)　', '情報セキュリティマネジメントシステム（ＩＳＭＳ）の認証を維持させる。'),
    ('h', '(2)　', '市から受信したデータは、本サービスの提供以外の目的に利用させず、第三者に提供させない。'),
    ('h', '(3)　', 'データセンターでは、生体認証による入退室管理を行わせる。'),
    ('h', '(4)　', '不正侵入検知システム（ＩＤＳ）により、外部からの攻撃を常時監視させる。'),
    ('h', '(5)　', '保存するデータのバックアップを毎日取得させる。'),
    ('h', '(6)　', 'システムの障害又は情報漏えいが発生したときは、直ちに市に報告させる。'),
    ('h', '(7)　', '利用者が退会し、又は協定が終了したときは、当該データを消去させ、消去したことを'
                '書面で報告させる。'),
    ('h', '(8)　', 'サーバのＯＳ及びソフトウェアには、最新のセキュリティ更新プログラムを適用させる。')],
    top_rule=False)
y += 30
y = p.para(66, y, '（参考）結合先のサービスは、市が費用を負担せず、利用者が無料で利用するものである。', 662, 11)
page_no(p, 6)
pages.append(p)


# ---------------------------------------------------------------- rendering
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def draw_svg(page):
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754" '
           f'viewBox="0 0 {W} {H}">',
           f'<rect width="{W}" height="{H}" fill="#e9e8e3"/>']
    # scanner noise: faint specks and a shadow along the left edge
    for _ in range(260):
        out.append(f'<circle cx="{rng.uniform(0, W):.1f}" cy="{rng.uniform(0, H):.1f}" '
                   f'r="{rng.uniform(0.2, 0.8):.2f}" fill="#777" opacity="{rng.uniform(0.1, 0.4):.2f}"/>')
    out.append(f'<rect x="0" y="0" width="7" height="{H}" fill="#bdbcb6" opacity="0.6"/>')
    out.append(f'<g transform="rotate({page.angle} {W / 2} {H / 2})">')
    for x1, y1, x2, y2, w in page.lines:
        out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                   f'stroke="#262626" stroke-width="{w}"/>')
    for t in page.texts:
        if t['kind'] == 'stamp':
            continue
        plain = re.sub('[⟦⟧]', '', t['text'])
        ls = f' letter-spacing="{t["spacing"]}"' if t['spacing'] else ''
        fw = ' font-weight="700"' if t['bold'] else ''
        out.append(f'<text x="{t["x"]:.1f}" y="{t["y"]:.1f}" font-size="{t["fs"]}" '
                   f'font-family="Noto Serif CJK JP" fill="#1d1d1d"{ls}{fw}>{esc(plain)}</text>')
    out.extend(page.extra)
    out.append('</g></svg>')
    return '\n'.join(out)


Z2H = str.maketrans('０１２３４５６７８９（）', '0123456789()')
H2Z = str.maketrans('0123456789()', '０１２３４５６７８９（）')


def ocr_words(t):
    """Split one drawn text run into OCR words: (text, x_offset, shrink)."""
    fs, sp = t['fs'], t['spacing']
    words = []
    x = 0.0
    if t['kind'] in ('stamp',):
        return [(t['text'], 0.0, 1.0)]
    if t['kind'] == 'label' and sp:
        for c in t['text']:
            words.append((c, x, 1.0))
            x += cw(c, fs) + sp
        return words
    for s, fact in segs(t['text']):
        if fact:
            words.append((s, x, 1.0))
            x += width(s, fs)
            continue
        i = 0
        while i < len(s):
            n = rng.randint(2, 6)
            chunk = s[i:i + n]
            if t['kind'] in ('prose', 'mark', 'furniture', 'label') and rng.random() < 0.3:
                chunk = chunk.translate(Z2H if rng.random() < 0.6 else H2Z)
            shrink = 0.86 if rng.random() < 0.22 else 1.0   # leaves a gap → a space
            words.append((chunk, x, shrink))
            x += width(s[i:i + n], fs)
            i += n
    return words


def ocr_layer(page):
    th = math.radians(page.angle)
    c, s_ = math.cos(th), math.sin(th)
    out = []
    for t in page.texts:
        fs = t['fs']
        for wtext, dx, shrink in ocr_words(t):
            if not wtext.strip():
                continue
            x, y = t['x'] + dx, t['y']
            if t['kind'] == 'stamp':
                xr, yr = x, y
            else:
                xr = W / 2 + (x - W / 2) * c - (y - H / 2) * s_
                yr = H / 2 + (x - W / 2) * s_ + (y - H / 2) * c
            yr += rng.uniform(-0.7, 0.7)
            f = fs * shrink
            out.append(f'<span class="w" style="left:{xr:.1f}px;top:{yr - 0.88 * f:.1f}px;'
                       f'font-size:{f:.1f}px">{esc(wtext)}</span>')
    return '\n'.join(out)


def main():
    tmp = tempfile.mkdtemp(prefix='p1sakura')
    body = []
    for i, page in enumerate(pages, 1):
        svg = draw_svg(page)
        ih = os.path.join(tmp, f'img{i}.html')
        with open(ih, 'w', encoding='utf-8') as f:
            f.write('<html><body style="margin:0;overflow:hidden">' + svg + '</body></html>')
        png = os.path.join(tmp, f'scan{i}.png')
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--hide-scrollbars',
                        '--window-size=1240,1754', f'--screenshot={png}', 'file://' + ih],
                       check=True, capture_output=True)
        body.append(f'<div class="pg"><img src="scan{i}.png" alt="">\n{ocr_layer(page)}\n</div>')
    html = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>scan</title><style>'
            '@page{size:A4;margin:0}body{margin:0}'
            f'.pg{{position:relative;width:{W}px;height:{H}px;overflow:hidden;page-break-after:always}}'
            '.pg:last-child{page-break-after:auto}'
            f'.pg img{{position:absolute;left:0;top:0;width:{W}px;height:{H + 1}px}}'
            '.w{position:absolute;white-space:pre;color:transparent;font-family:' + SANS +
            ';line-height:1}</style></head><body>\n' + '\n'.join(body) + '\n</body></html>')
    doc = os.path.join(tmp, 'doc.html')
    with open(doc, 'w', encoding='utf-8') as f:
        f.write(html)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--no-pdf-header-footer',
                    f'--print-to-pdf={OUT}', 'file://' + doc], check=True, capture_output=True)
    print('wrote', OUT, '(work files in', tmp + ')')


if __name__ == '__main__':
    main()
