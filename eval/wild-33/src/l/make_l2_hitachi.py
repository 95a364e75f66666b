#!/usr/bin/env python3
"""Writes raw/l2_hitachi_2019.txt: a 付議案件明細表 printed by a legacy host report
system and saved as text.

- Shift_JIS (cp932), CRLF; encoding is strict, a character outside cp932 aborts.
- Fixed-width 帳票: columns are counted in cp932 bytes (a kanji is two columns, a
  half-width katakana or ASCII character one), ASCII rules +----+ and |.
- Half-width katakana for loanwords (ｼｽﾃﾑ, ﾃﾞｰﾀ, ﾊﾟｽﾜｰﾄﾞ, ｻｰﾊﾞ, ｾｷｭﾘﾃｨ, ｶﾅ氏名 ...),
  half-width digits, codes beside values (区分ｺｰﾄﾞ 02 外部委託, 所管課 0412 ...).
- A page header (帳票ID, system name, 頁 NNN, session, 出力日時, 作成課) every 50 lines,
  a form feed before every page after the first.  Long values wrap at the column
  edge, mid-word, and continue on the next line in the same column; a page break
  falls inside matter 1."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw',
                   'l2_hitachi_2019.txt')

LW = 16          # label column, bytes
VW = 81          # value column, bytes
PAGE_LINES = 50  # lines per page, header included


def w(s):
    return len(s.encode('cp932'))


def pad(s, n):
    k = w(s)
    if k > n:
        raise ValueError(f'too wide ({k}>{n}): {s}')
    return s + ' ' * (n - k)


def cut(s, n):
    """Split s into chunks of at most n bytes (never inside a double-byte char)."""
    out, cur = [], ''
    for ch in s:
        if w(cur + ch) > n:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


RULE = '+' + '-' * LW + '+' + '-' * VW + '+'


def row(label, value):
    return '|' + pad(label, LW) + '|' + pad(value, VW) + '|'


def rows(label, value, indent=0, first_prefix=''):
    """A value that wraps in its column; continuation lines indented by `indent`."""
    chunks = cut(first_prefix + value, VW)
    lines = [row(label, chunks[0])]
    rest = ''.join(chunks[1:])
    for c in cut(rest, VW - indent) if rest else []:
        lines.append(row('', ' ' * indent + c))
    return lines


def numbered(label, entries):
    out = []
    for i, t in enumerate(entries, 1):
        out += rows(label if i == 1 else '', t, indent=3, first_prefix=f'{i:02d} ')
    return out


def items_block(label, items):
    """Two coded items per line: 'A01  氏名' in 40-byte cells."""
    out = [row(label, pad('ｺｰﾄﾞ 項目名', 40) + 'ｺｰﾄﾞ 項目名')]
    for i in range(0, len(items), 2):
        pair = items[i:i + 2]
        cells = [pad(f'{c}  {n}', 40) for c, n in pair]
        out.append(row('', ''.join(cells).rstrip()))
    return out


MEDIA_CODES = [
    ('01', '紙'),
    ('02', '磁気ﾃﾞｨｽｸ(FD等)'),
    ('03', '光ﾃﾞｨｽｸ(CD-R･DVD-R)'),
    ('04', 'USBﾒﾓﾘ'),
    ('05', '受託者ﾊﾟｿｺﾝ'),
    ('06', '受託者ｻｰﾊﾞ'),
    ('07', '本市ｼｽﾃﾑ･端末'),
    ('08', '電子ﾒｰﾙ'),
    ('09', 'その他'),
]


def media_block(used):
    """used: {code: detail}; every code is listed with 有/無 (checklist form)."""
    out = [row('記録媒体', pad('ｺｰﾄﾞ 媒体名', 28) + pad('使用', 6) + '内容')]
    for code, name in MEDIA_CODES:
        if code in used:
            out.append(row('', pad(f'{code}   {name}', 28) + pad('有', 6) + used[code]))
        else:
            out.append(row('', pad(f'{code}   {name}', 28) + '無'))
    return out


# ------------------------------------------------------------------ matter 1
M1 = []
M1.append(RULE)
M1.append(row('案件番号', pad('R01-01-001', 20) + pad('付議種別 1 報告', 24) + '区分ｺｰﾄﾞ 02 外部委託'))
M1.append(RULE)
M1 += rows('件名', '国民健康保険ﾃﾞｰﾀﾍﾙｽ計画に基づく糖尿病性腎症重症化予防事業に係る保健指導業務の委託について')
M1 += rows('根拠条項', '日立市個人情報保護条例 第12条 第2項')
M1.append(row('所管課', '0412 保健福祉部 国保年金課'))
M1.append(row('', '0415 保健福祉部 健康づくり推進課'))
M1.append(row('委託先', 'V00318 株式会社常陸ﾒﾃﾞｨｶﾙﾘﾝｸ'))
M1.append(row('', '       日立市幸町二丁目7番3号 ﾊｰﾓﾆｰﾋﾞﾙ4階'))
M1.append(row('期間', '令和 1年 8月 1日 ～ 令和 2年 3月31日'))
M1.append(row('継続区分', '1 次年度以降も継続予定'))
M1 += rows('事業概要', '特定健康診査の結果及び診療報酬明細書の情報から糖尿病性腎症の重症化ﾘｽｸが高い'
           '被保険者を抽出し、医療機関への受診勧奨及び6か月間の保健指導を行う。保健指導は、'
           '専門職を擁する事業者に委託して実施する。')
M1 += rows('対象者', '国民健康保険の被保険者のうち本市が抽出した者(約320人)')
M1.append(RULE)
M1 += items_block('取扱項目', [
    ('A01', '氏名'), ('A02', 'ｶﾅ氏名'),
    ('A03', '生年月日'), ('A04', '性別'),
    ('A05', '住所'), ('A06', '電話番号'),
    ('A07', '被保険者証記号番号'), ('B01', '特定健診結果(HbA1c､eGFR､尿蛋白)'),
    ('B02', '傷病名'), ('B03', '受診医療機関名'),
    ('B04', '服薬状況'), ('C01', '支援ﾌﾟﾛｸﾞﾗﾑ区分'),
    ('C02', '保健指導実施日'),
])
M1.append(RULE)
M1 += media_block({'01': '保健指導記録票', '03': '対象者ﾃﾞｰﾀの受渡し', '06': '保健指導管理ﾃﾞｰﾀ'})
M1.append(RULE)
M1 += numbered('保護措置(本市)', [
    '委託契約書に個人情報取扱特記事項を付し、本市の情報ｾｷｭﾘﾃｨﾎﾟﾘｼｰ及び条例の遵守を受託者に義務付ける。',
    '対象者ﾃﾞｰﾀはCD-Rに格納し、ﾌｧｲﾙに読取ﾊﾟｽﾜｰﾄﾞを設定する。ﾊﾟｽﾜｰﾄﾞはCD-Rとは別に書面で通知する。',
    'CD-Rの受渡しは職員が受託者の事業所で直接行い、授受簿に日時及び受領者を記録する。',
    '委託期間中、職員が随時受託者の事業所に立ち入り、個人情報の管理状況を検査する。',
])
M1.append(RULE)
M1 += numbered('保護措置(受託者)', [
    '個人情報管理責任者を選任させ、従事者名簿とともに本市へ届け出させる。',
    'ﾌﾟﾗｲﾊﾞｼｰﾏｰｸの付与認定を契約期間中維持させる。',
    'ﾃﾞｰﾀは受託者のｻｰﾊﾞで管理させ、ｻｰﾊﾞ室への入退室はICｶｰﾄﾞにより制限し、記録させる。',
    'ｻｰﾊﾞへのﾛｸﾞｲﾝは利用者ID及びﾊﾟｽﾜｰﾄﾞにより認証させ、ｱｸｾｽﾛｸﾞを1年間保存させる。',
    'ｻｰﾊﾞとｲﾝﾀｰﾈｯﾄとの間にﾌｧｲｱｳｫｰﾙを設置させ、外部からの不正な接続を遮断させる。',
    'ｳｲﾙｽ対策ｿﾌﾄを導入させ、ﾊﾟﾀｰﾝﾌｧｲﾙを毎日更新させる。',
    '保健指導記録票その他の紙の資料は、鍵付きのｷｬﾋﾞﾈｯﾄに保管させる。',
    '従事者に対し、個人情報保護に関する研修を年1回以上実施させる。',
    '個人情報の漏えい、滅失等の事故が発生したときは、直ちに本市へ報告させる。',
    '業務終了後はCD-Rを本市へ返却させ、ｻｰﾊﾞ上のﾃﾞｰﾀを消去させたうえで、消去証明書を提出させる。',
])
M1.append(RULE)
M1 += rows('備考', '※個人番号(ﾏｲﾅﾝﾊﾞｰ)は取り扱わない。※特記事項の全文は契約書に添付(本表には掲載しない)。')
M1.append(RULE)

# ------------------------------------------------------------------ matter 2
M2 = []
M2.append(RULE)
M2.append(row('案件番号', pad('R01-01-002', 20) + pad('付議種別 2 諮問', 24) + '区分ｺｰﾄﾞ 04 目的外利用'))
M2.append(RULE)
M2 += rows('件名', 'ひとり暮らし高齢者等見守り訪問事業における住民記録ﾃﾞｰﾀ及び介護保険ﾃﾞｰﾀの目的外利用について')
M2 += rows('根拠条項', '日立市個人情報保護条例 第10条 第2項 第5号')
M2.append(row('所管課', '0421 保健福祉部 高齢福祉課'))
M2.append(row('保有課', '0204 市民部 市民課          (住民記録ﾃﾞｰﾀ)'))
M2.append(row('', '0418 保健福祉部 介護保険課    (介護保険ﾃﾞｰﾀ)'))
M2.append(row('委託先', '該当なし'))
M2.append(row('期間', '令和 1年10月 1日 ～'))
M2.append(row('継続区分', ''))
M2 += rows('事業概要', '75歳以上のひとり暮らし又は高齢者のみの世帯で、介護保険の認定を受けている者を'
           '住民記録ﾃﾞｰﾀと介護保険ﾃﾞｰﾀの照合により把握し、高齢福祉課の職員が訪問して安否及び'
           '生活状況を確認する。両ﾃﾞｰﾀは住民基本台帳事務及び介護保険事務のために保有している'
           'ものであり、本事業への利用は目的外利用に当たるため、審議会の意見を求める。')
M2 += rows('対象者', '75歳以上の単身世帯又は高齢者のみ世帯に属する要介護認定者(約1,900人)')
M2.append(RULE)
M2 += items_block('取扱項目', [
    ('A01', '氏名'), ('A02', 'ｶﾅ氏名'),
    ('A03', '生年月日'), ('A04', '性別'),
    ('A05', '住所'), ('A08', '世帯構成(単身･高齢者のみの別)'),
    ('D01', '被保険者番号'), ('D02', '要介護状態区分'),
    ('D03', '認定有効期間'), ('D04', '認知症高齢者の日常生活自立度'),
])
M2.append(RULE)
M2 += media_block({'01': '訪問用名簿', '07': '住民記録ｼｽﾃﾑ､介護保険ｼｽﾃﾑ'})
M2.append(RULE)
M2 += numbered('保護措置(本市)', [
    '目的外利用するﾃﾞｰﾀは、高齢福祉課の見守り担当職員に限り参照できるよう、ｼｽﾃﾑのｱｸｾｽ権限を設定する。',
    'ﾃﾞｰﾀの抽出及び照合は庁内ﾈｯﾄﾜｰｸ上の端末で行い、ｲﾝﾀｰﾈｯﾄに接続された端末では取り扱わない。',
    '抽出したﾃﾞｰﾀのﾌｧｲﾙは暗号化して保存する。',
    '端末の操作履歴は自動的に記録され、所属長が四半期ごとに点検する。',
    '訪問用名簿は所属長の許可を得て持ち出し、帰庁後は施錠できるｷｬﾋﾞﾈｯﾄに保管する。',
    '名簿は更新の都度回収し、ｼｭﾚｯﾀﾞｰで裁断して廃棄する。',
    '見守り担当職員に対し、個人情報の取扱いに関する研修を実施する。',
    '名簿の紛失等の事故が発生したときは、直ちに所属長に報告し、被害の拡大の防止を図る。',
])
M2.append(RULE)
M2.append(row('保護措置(受託者)', '該当なし'))
M2.append(RULE)
M2 += rows('備考', '※所得･課税情報及び生活保護に関する情報は利用しない。')
M2.append(RULE)

INTRO = [
    '',
    '  令和元年度第1回日立市個人情報保護審議会に付議する案件は、次のとおりである。',
    '  (付議種別ｺｰﾄﾞ 1:報告 2:諮問  区分ｺｰﾄﾞ 01:収集 02:外部委託 03:外部提供 04:目的外利用 05:ｵﾝﾗｲﾝ結合)',
    '',
]
TAIL = [
    '',
    '  *** 出力件数      2 件 ***',
    '  *** END OF LIST ***',
]


def header(page):
    l1 = pad('KJHR0210', 12) + pad('日立市 個人情報保護事務管理ｼｽﾃﾑ', 72) + f'頁 {page:03d}'
    l2 = pad('付議案件明細表', 24) + '令和元年度(平成31年度)第1回 日立市個人情報保護審議会'
    l3 = pad('出力日時 2019/07/08 14:22:05', 36) + pad('作成課 0105 総務部 総務課', 48) + '出力者 S0841'
    return [l1, l2, l3, '=' * 100]


def paginate(body):
    pages, cur = [], []
    per = PAGE_LINES - 4
    for line in body:
        cur.append(line)
        if len(cur) == per:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    out = []
    for i, pg in enumerate(pages, 1):
        lines = header(i) + pg
        text = '\r\n'.join(lines) + '\r\n'
        if i > 1:
            text = '\f' + text
        out.append(text)
    return ''.join(out)


def main():
    body = INTRO + M1 + [''] + M2 + TAIL
    for line in body:
        if w(line) > 100:
            raise ValueError('line too wide: ' + line)
    text = paginate(body)
    data = text.encode('cp932')   # strict
    with open(OUT, 'wb') as f:
        f.write(data)
    print('wrote', os.path.normpath(OUT), len(data), 'bytes')


if __name__ == '__main__':
    main()
