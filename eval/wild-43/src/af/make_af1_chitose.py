#!/usr/bin/env python3
"""Writes raw/af1_chitose_2021.htm: a 諮問書 of 千歳市 saved from Word as
「Web ページ (フィルター後)」 — Shift_JIS (CP932) bytes, CRLF line ends, Word's
generated <style>, <div class=WordSection1>, <p class=MsoNormal> paragraphs whose
text is cut into <span lang=EN-US> / ＭＳ 明朝 runs, &nbsp; runs for alignment,
list numbers written out as text, one MsoTableGrid table per matter (a rowspan
row for the two actors' measures), a page break between the matters, the
特記事項 of matter 1 as 第N条 paragraphs, and one Word footnote.

Only the municipality is real; every name, number, date and sentence is made up.
Standard library only."""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'raw', 'af1_chitose_2021.htm')

MIN = 'font-family:"ＭＳ 明朝",serif'
MIN2 = 'font-family:"ＭＳ 明朝",serif;letter-spacing:-.1pt'
GOTH = 'font-family:"ＭＳ ゴシック"'


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def runs(text, jstyle=MIN, size=None):
    """Plain text -> Word spans.  ASCII runs become <span lang=EN-US>, the rest
    ＭＳ 明朝 spans.  '|' forces a span split (Word's run boundaries), U+00A0
    runs become &nbsp;, '{fn1}' is the footnote reference."""
    out = []
    extra = f';font-size:{size}' if size else ''
    parts = re.split(r'(\{fn1\}|\|)', text)
    alt = False
    for part in parts:
        if part == '|':
            alt = not alt
            continue
        if part == '{fn1}':
            out.append('<a href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>'
                       '<span lang=EN-US><span class=MsoFootnoteReference><span lang=EN-US '
                       'style=\'font-size:10.5pt;font-family:"Century",serif\'>[1]</span></span>'
                       '</span></span></a>')
            continue
        for seg in re.findall(r'[\x20-\x7e\u00a0]+|[^\x20-\x7e\u00a0]+', part):
            if re.fullmatch(r'[\x20-\x7e\u00a0]+', seg):
                s = esc(seg).replace('\u00a0', '&nbsp;')
                st = f" style='{extra[1:]}'" if extra else ''
                out.append(f'<span lang=EN-US{st}>{s}</span>')
            else:
                st = (MIN2 if alt else jstyle) + extra
                out.append(f"<span style='{st}'>{esc(seg)}</span>")
    return ''.join(out)


def nb(n):
    """n &nbsp; as Word writes them (a plain space closes an odd run)."""
    return '\u00a0' * n


def P(text, align=None, style=None, cls='MsoNormal', jstyle=MIN, size=None):
    attrs = f'class={cls}'
    st = []
    if align:
        attrs += f' align={align}'
        st.append(f'text-align:{align}')
    if style:
        st.append(style)
    if st:
        attrs += " style='" + ';'.join(st) + "'"
    if text == '':
        return f'<p {attrs}><span lang=EN-US>&nbsp;</span></p>'
    return f'<p {attrs}>{runs(text, jstyle, size)}</p>'


def LI(num, text, indent_pt=21.0):
    """A Word list paragraph whose number is written out as text (mso-list:Ignore)."""
    return (f"<p class=MsoListParagraph style='margin-left:{indent_pt}pt;text-indent:-{indent_pt}pt'>"
            f"<span style='{MIN}'><span style='mso-list:Ignore'>{num}<span style='font:7.0pt "
            f"\"Times New Roman\"'>&nbsp;&nbsp; </span></span></span>{runs(text)}</p>")


def HANG(text, ind=10.5):
    """Hanging-indent paragraph (numbered measures, 第N条 articles)."""
    return P(text, style=f'margin-left:{ind}pt;text-indent:-{ind}pt')


PAGEBREAK = ("<span lang=EN-US style='font-size:10.5pt;font-family:\"Century\",serif'><br clear=all "
             "style='page-break-before:always'>\n</span>")

W1, W2, W3 = 113, 94, 359            # pixel widths of the three grid columns
PT = {113: '84.9pt', 94: '70.8pt', 359: '269.3pt', 453: '340.1pt'}
BORDER_FIRST = 'border:solid windowtext 1.0pt'
BORDER_REST = 'border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt'
BORDER_LEFTCOL = 'border:solid windowtext 1.0pt;border-top:none'
PAD = 'padding:0mm 5.4pt 0mm 5.4pt'


def td(width, paras, border, colspan=None, rowspan=None, shade=False):
    a = f'<td width={width}'
    if colspan:
        a += f' colspan={colspan}'
    if rowspan:
        a += f' rowspan={rowspan}'
    a += ' valign=top'
    st = f'width:{PT[width]};{border};'
    if shade:
        st += 'background:#D9D9D9;'
    st += PAD
    a += f" style='{st}'>"
    body = '\n'.join('  ' + p for p in paras)
    return f'  {a}\n{body}\n  </td>'


def table(rows):
    """rows: ('head', l, r) | ('row', [label paras], [value paras])
    | ('split', [label paras], [(sub label paras, value paras), ...])"""
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0",
           " style='border-collapse:collapse;border:none'>"]
    first = True
    for r in rows:
        if r[0] == 'head':
            out.append(' <tr>')
            out.append(td(W1, [P(r[1], align='center')], BORDER_FIRST, shade=True))
            out.append(td(W2 + W3, [P(r[2], align='center')],
                          'border:solid windowtext 1.0pt;border-left:none', colspan=2, shade=True))
            out.append(' </tr>')
            first = False
        elif r[0] == 'row':
            out.append(' <tr>')
            out.append(td(W1, [P(x) for x in r[1]], BORDER_LEFTCOL if not first else BORDER_FIRST))
            out.append(td(W2 + W3, [P(x) if not x.startswith('\x01') else HANG(x[1:]) for x in r[2]],
                          BORDER_REST, colspan=2))
            out.append(' </tr>')
        elif r[0] == 'split':
            subs = r[2]
            for i, (sl, vals) in enumerate(subs):
                out.append(' <tr>')
                if i == 0:
                    out.append(td(W1, [P(x) for x in r[1]], BORDER_LEFTCOL, rowspan=len(subs)))
                out.append(td(W2, [P(x) for x in sl], BORDER_REST))
                out.append(td(W3, [HANG(x[1:]) if x.startswith('\x01') else P(x) for x in vals], BORDER_REST))
                out.append(' </tr>')
    out.append('</table>')
    return '\n'.join(out)


def H(x):
    """marks a value paragraph as hanging-indented"""
    return '\x01' + x


# ------------------------------------------------------------------ content
body = []
A = body.append

# Word text box (資料番号) as the filtered HTML writes it: an absolutely placed table
A("<p class=MsoNormal><span style='position:relative;z-index:251659264'><span\n"
  "style='left:0px;position:absolute;left:-3px;top:-2px;width:76px;height:31px'>\n"
  "<table cellpadding=0 cellspacing=0>\n <tr>\n"
  "  <td width=76 height=31 style='border:.75pt solid black;vertical-align:top;background:white'>"
  "<span style='position:absolute;z-index:251659264'>\n"
  "  <table cellpadding=0 cellspacing=0 width=\"100%\">\n   <tr>\n    <td>\n"
  "    <div style='padding:3.6pt 7.2pt 3.6pt 7.2pt'>\n    "
  + P('資料１', align='center', jstyle=GOTH) +
  "\n    </div>\n    </td>\n   </tr>\n  </table>\n  </span>&nbsp;</td>\n </tr>\n</table>\n"
  "</span>&nbsp;</span></p>")
A(P('千行管第|246|号', align='right'))
A(P('令和|3|年|6|月|21|日', align='right', cls='MsoDate'))
A(P(''))
A(P('千歳市個人情報保護審議会'))
A(P(nb(2) + '会長' + nb(3) + '藤本　和彦' + nb(2) + '様'))
A(P(''))
A(P('千歳市長' + nb(3) + '北村　俊之' + nb(6), align='right'))
A(P('（公印省略）' + nb(8), align='right', size='9.0pt'))
A(P(''))
A(P('個人情報の取扱いについて（諮問）', align='center'))
A(P(''))
A(P('　千歳市個人情報保護条例（平成１１年千歳市条例第２７号。以下「条例」という。）第１１条第２項'
    '及び第８条第２項第５号の規定に基づき、下記の事項について貴審議会の意見を求めます。'))
A(P(''))
A(P('記', align='center'))
A(P(''))
A(P('１' + nb(2) + '諮問事項'))
A(LI('（１）', '要介護認定に係る認定調査業務の委託について（別紙１）', 31.5))
A(LI('（２）', '避難行動要支援者名簿の作成に係る個人情報の目的外利用について（別紙２）', 31.5))
A(P(''))
A(P('２' + nb(2) + '諮問の理由'))
A(P('　上記の事項は、いずれも条例の規定によりあらかじめ審議会の意見を聴かなければならないものであるため。',
    style='margin-left:10.5pt'))
A(P(''))
A(P('３' + nb(2) + '添付資料'))
A(P('　別紙１、別紙２、個人情報取扱特記事項（案）', style='margin-left:10.5pt'))
A(P(''))
A(P(''))
A(P('【事務局】千歳市総務部行政管理課' + nb(10), align='right', size='9.0pt'))
A(P('情報公開・個人情報保護係' + nb(10), align='right', size='9.0pt'))
A(P('電話|0123-24-3117|（直通）' + nb(10), align='right', size='9.0pt'))

# ------------------------------------------------------------------ matter 1
A('<p class=MsoNormal>' + PAGEBREAK + '</p>')
A(P('別紙１', align='right'))
A(P('諮問事項（１）', jstyle=GOTH))
A(P(''))

m1 = [
    ('head', '項　目', '内　　　容'),
    ('row', ['件' + nb(4) + '名'], ['要介護認定に係る認定調査業務の委託について']),
    ('row', ['担当部課'], ['健康福祉部　介護保険課　認定審査係', '（内線|2261|）']),
    ('row', ['根拠規定'], ['条例第１１条第２項（個人情報取扱事務の外部委託）']),
    ('row', ['事業の概要'], [
        '　介護保険法に基づく要介護認定の申請があったときは、市の職員が申請者に面接し、心身の状況等を調査'
        '（以下「認定調査」という。）することとされているが、同法第２７条第２項の規定により、指定市町村事務受託法人'
        'に委託して行うことができる。',
        '　本市では、高齢者人口の増加により申請件数が年々増えていることから、在宅で生活している申請者の更新申請分'
        'に係る認定調査を、指定市町村事務受託法人である下記の委託先に委託する。',
        '　（見込件数　年間約１，６００件）']),
    ('row', ['委' + nb(1) + '託' + nb(1) + '先'], ['一般社団法人ちとせ|地域ケア協会', '（代表理事　佐々木　美保）']),
    ('row', ['委託期間'], ['令和３年７月１日から令和４年３月３１日まで',
                         '※令和４年度以降も、毎年度同様の内容で委託する予定である。']),
    ('row', ['個人情報の', '項目'], [
        '〔調査対象者〕',
        '・被保険|者番号',
        '・氏名、生年月日、性別',
        '・住所、電話番号',
        '・要介護状態区分（前回認定時のもの）',
        '・障害高齢者の日常生活自立度',
        '・認知症高齢者の日常|生活自立度',
        '・心身の状況に関する調査結果{fn1}',
        '・既往歴',
        '・主治医の|医療機関名',
        '・住居の状況（持家・借家・施設の別）',
        '・調査日、調査場所',
        '〔介護者〕',
        '・氏名、続柄、電話番号']),
    ('row', ['記録媒体'], [
        '・紙（認定調査票、概況調査票）',
        '・市が貸与するタブレット端末（市の介護認定調査支援システムに接続するもの）',
        '※受託者が所有するパソコン、ＵＳＢメモリその他の記録媒体には、個人情報を記録させない。']),
    ('row', ['委託の理由'], [
        '　認定調査には介護に関する専門的な知識と経験が必要であり、介護支援専門員を多数擁する受託者に委託することにより、'
        '調査を迅速かつ公正に実施することができるため。']),
    ('split', ['個人情報の', '保護対策'], [
        (['市が講ずる', '措置'], [
            H('（１）契約書には、別記「個人情報取扱特記事項」を添付し、受託者が守るべき義務として明示する。'),
            H('（２）調査票の受渡しは、介護保険課の窓口で職員と受託者の担当者が対面で行い、その都度、件数を受渡簿に記入して互いに確認する。'),
            H('（３）貸与するタブレット端末は、調査員ごとに付与するユーザーＩＤと指紋認証の両方を用いなければ起動しない設定とする。'),
            H('（４）端末に保存される調査データは、記憶領域全体を暗号化して保護する。'),
            H('（５）端末は、閉域網を介して市の介護認定調査支援システムにのみ接続させ、インターネットには接続できない設定とする。'),
            H('（６）同システムへの接続状況は自動的に記録され、介護保険課において毎月その内容を点検する。'),
            H('（７）市は、年度に１回以上、受託者の事務所に立ち入り、書類及び端末の管理状況を検査する。'),
        ]),
        (['受託者に講', 'じさせる措置'], [
            '〔人的対策〕',
            H('ア　個人情報の管理責任者及び調査に従事する調査員を定め、業務開始前にその名簿を市に提出すること。'),
            H('イ　調査員には、業務に着手する前と年１回以上、個人情報の取扱いに関する研修を受講させること。'),
            '〔物理的対策〕',
            H('ウ　調査票は、使用しないときは事務所内の施錠できる書庫に収納しておくこと。'),
            H('エ　訪問調査の場合を除き、調査票及びタブレット端末を事務所の外へ持ち出さないこと。'),
            H('オ　調査が完了した調査票は、１週間ごとにまとめて市に返却すること。'),
            '〔技術的対策〕',
            H('カ　調査員ごとに担当する調査対象者を割り当て、担当外の者の情報を閲覧できないよう権限を管理すること。'),
            '〔組織的対策〕',
            H('キ　個人情報の漏えい、滅失又はき損が発生し、又はそのおそれがあるときは、直ちに介護保険課へ連絡し、その指示に従うこと。'),
            H('ク　委託業務の終了時には、受託者の手元にある個人情報を全て消去し、消去した旨の報告書を市に提出すること。'),
        ]),
    ]),
]
A(table(m1))
A(P(''))

# ---- annex of matter 1
ANNEX1 = [
    ('基本的な責務', '乙は、個人情報の保護の重要性を認識し、この契約による業務（以下「委託業務」という。）の実施に当たっては、'
     '個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('守秘義務', '乙は、委託業務に関して知り得た個人情報をみだりに他人に知らせ、又は不当な目的に使用してはならない。'
     'この契約が終了し、又は解除された後においても、同様とする。'),
    ('収集の制限', '乙は、委託業務を行うために個人情報を収集するときは、委託業務の目的を達成するために必要な範囲内で、'
     '適法かつ公正な手段により行わなければならない。'),
    ('目的外利用及び提供の禁止', '乙は、甲の指示がある場合を除き、委託業務に関して知り得た個人情報を契約の目的以外の'
     '目的に利用し、又は第三者に提供してはならない。'),
    ('複写及び複製の禁止', '乙は、甲の承諾を得ることなく、甲から引き渡された個人情報が記録された資料等を複写し、'
     '又は複製してはならない。'),
    ('再委託の禁止', '乙は、委託業務の全部又は一部を第三者に委託してはならない。ただし、あらかじめ甲の書面による'
     '承諾を得たときは、この限りでない。'),
    ('作業場所の指定', '乙は、委託業務を甲が指定する場所で行うものとし、個人情報をその場所から持ち出してはならない。'
     'ただし、訪問による調査を行う場合であって、甲が認めたときは、この限りでない。'),
    ('適正な管理', '乙は、委託業務に係る個人情報を施錠できる保管庫に格納するなど、その漏えい、滅失及びき損の防止の'
     'ために必要な措置を講じなければならない。'),
    ('従事者の届出', '乙は、委託業務に従事する者の氏名及び管理責任者を、業務の開始前に書面により甲に届け出なければ'
     'ならない。これを変更するときも、同様とする。'),
    ('従事者への周知及び教育', '乙は、委託業務に従事する者に対し、在職中及び退職後においても個人情報をみだりに他人に'
     '知らせてはならないこと等を周知するとともに、個人情報の保護に関する教育を行わなければならない。'),
    ('資料等の返還及び消去', '乙は、委託業務を処理するために甲から引き渡され、又は乙が作成した個人情報が記録された'
     '資料等を、委託業務の完了後直ちに甲に返還し、又は甲の指示に従い消去しなければならない。',
     '乙は、前項の規定により個人情報を消去したときは、消去の日時、方法及び対象を記載した書面を甲に提出しなければならない。'),
    ('事故発生時の報告', '乙は、この特記事項に違反する事態が生じ、又は生ずるおそれがあることを知ったときは、速やかに'
     '甲に報告し、甲の指示に従わなければならない。'),
    ('取扱状況の報告及び調査', '甲は、必要があると認めるときは、乙に対し委託業務における個人情報の取扱状況について'
     '報告を求め、又は乙の事務所に立ち入って調査することができる。'),
    ('契約の解除及び損害賠償', '甲は、乙がこの特記事項に違反したときは、この契約を解除することができる。',
     '乙は、この特記事項に違反したことにより甲又は第三者に損害を与えたときは、その損害を賠償しなければならない。'),
]
ZEN = str.maketrans('0123456789', '０１２３４５６７８９')

A(P('別記', style='margin-top:6.0pt'))
A(P('個人情報取扱特記事項', align='center', jstyle=GOTH))
A(P('（この特記事項において、千歳市を「甲」と、受託者を「乙」という。）', align='center', size='9.0pt'))
A(P(''))
for i, art in enumerate(ANNEX1, 1):
    A(P('（' + art[0] + '）', style='margin-left:10.5pt'))
    A(HANG('第' + str(i).translate(ZEN) + '条' + nb(1) + art[1]))
    for j, extra in enumerate(art[2:], 2):
        A(HANG(str(j).translate(ZEN) + '　' + extra))

# ------------------------------------------------------------------ matter 2
A('<p class=MsoNormal>' + PAGEBREAK + '</p>')
A(P('別紙２', align='right'))
A(P('諮問事項（２）', jstyle=GOTH))
A(P(''))

m2 = [
    ('head', '項　目', '内　　　容'),
    ('row', ['件' + nb(4) + '名'], ['避難行動要支援者名簿の作成に係る個人情報の目的外利用について']),
    ('row', ['担当部課'], ['市民生活部　防災|危機管理課']),
    ('row', ['根拠規定'], ['条例第８条第２項第５号（実施機関内部における目的外利用）']),
    ('row', ['個人情報を', '保有する課'], [
        '・健康福祉部　介護保険課（介護保険に関する事務）',
        '・健康福祉部　障がい者支援課（障害者手帳の交付等に関する事務）',
        '・市民生活部　市民課（住民基本台帳に関する事務）']),
    ('row', ['目的外利用の', '内容'], [
        '　災害対策基本法第４９条の１０の規定により作成が義務付けられている避難行動要支援者名簿（以下「名簿」という。）'
        'を作成し、及び更新するため、上記の保有課が保有する個人情報を、防災危機管理課が取得して利用する。']),
    ('row', ['利用する個人', '情報の項目'], [
        '〈住民基本台帳に関する事務から〉',
        '・氏名、生年月日、性別、住所',
        '・世帯|構成（ひとり暮らし・高齢者のみの世帯の別）',
        '〈介護保険に関する事務から〉',
        '・介護保険被保険者番号',
        '・要介護|度',
        '・要介護認定の有効期間',
        '〈障害者手帳の交付等に関する事務から〉',
        '・身体障害者手帳の|障害程度等級',
        '・療育手帳の判定区分',
        '・精神障害者保健福祉手帳の等級',
        '・障害者手帳の交付年月日',
        '※病名、服薬の状況及び障害福祉サービスの利用実績は、利用しない。']),
    ('row', ['記録媒体'], [
        '・避難行動要支援者管理システム（庁内ネットワーク上のサーバ）',
        '・紙（名簿の写し）',
        '※ＣＤ－Ｒ等の外部記録媒体による受渡しは行わない。']),
    ('row', ['利用開始日'], ['令和３年１０月１日',
                          '※令和４年度以降も、毎年４月１日現在で名簿を更新し、継続して利用する。']),
    ('row', ['利用の理由'], [
        '　災害時に自ら避難することが困難な方を平常時から把握し、避難支援等を実効性のあるものとするためには、'
        '保有課が保有する要介護度や障害の程度に関する情報を名簿に反映させる必要があるため。']),
    ('split', ['個人情報の', '保護対策'], [
        (['防災危機管理', '課の措置'], [
            H('①　名簿情報を閲覧し、又は出力できる者は、防災危機管理課の担当職員に限り、職員ごとにシステムの利用権限を設定する。'),
            H('②　システムへのログインは、職員ＩＤ、パスワード及び職員証（ＩＣカード）の三つがそろわなければできない仕組みとする。'),
            H('③　名簿を紙に印刷したときは、印刷した日時、部数及び印刷者を印刷管理簿に記入する。'),
            H('④　印刷した名簿は、課内の鍵のかかるキャビネットに入れて保管する。'),
            H('⑤　名簿の更新により不要となった旧名簿は、シュレッダーで裁断して処分する。'),
            H('⑥　担当職員に対しては、名簿情報の取扱いについての研修を毎年度行う。'),
            H('⑦　システムに登録した名簿データは、毎日夜間に自動でバックアップを取得する。'),
        ]),
        (['保有課の措置'], [
            H('⑧　抽出したデータのファイルにはパスワードを設定し、パスワードはデータとは別に内線電話で防災危機管理課へ伝える。'),
            H('⑨　保有課の基幹システムから行った抽出操作は操作ログに残し、保有課の課長が事後に点検する。'),
        ]),
    ]),
]
A(table(m2))
A(P(''))
A(P('以' + nb(2) + '上', align='right'))

FOOT = ('<div><br clear=all>\n\n<hr align=left size=1 width="33%">\n\n<div id=ftn1>\n\n'
        '<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1" title=""><span '
        'class=MsoFootnoteReference><span lang=EN-US><span class=MsoFootnoteReference><span '
        'lang=EN-US style=\'font-size:10.5pt;font-family:"Century",serif\'>[1]</span></span></span></span></a>'
        + runs('　基本調査の項目のほか、「過去１４日間に受けた特別な医療」（点滴の管理、透析等）についても'
               '調査対象者又は介護者から聞き取り、認定調査票に記入する。') + '</p>\n\n</div>\n\n</div>')

STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 @font-face
	{font-family:Century;
	panose-1:2 4 6 4 5 5 5 2 3 4;}
 @font-face
	{font-family:"ＭＳ 明朝";
	panose-1:2 2 6 9 4 2 5 8 3 4;}
 @font-face
	{font-family:"ＭＳ ゴシック";
	panose-1:2 11 6 9 7 2 5 8 2 4;}
 @font-face
	{font-family:"\\@ＭＳ 明朝";
	panose-1:2 2 6 9 4 2 5 8 3 4;}
 @font-face
	{font-family:"\\@ＭＳ ゴシック";
	panose-1:2 11 6 9 7 2 5 8 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0mm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Century",serif;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{mso-style-link:"脚注文字列 \\(文字\\)";
	margin:0mm;
	font-size:9.0pt;
	font-family:"Century",serif;}
span.MsoFootnoteReference
	{vertical-align:super;}
p.MsoDate, li.MsoDate, div.MsoDate
	{mso-style-link:"日付 \\(文字\\)";
	margin:0mm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Century",serif;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{margin-top:0mm;
	margin-right:0mm;
	margin-bottom:0mm;
	margin-left:42.0pt;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Century",serif;}
span.a
	{mso-style-name:"脚注文字列 \\(文字\\)";
	mso-style-link:脚注文字列;}
span.a0
	{mso-style-name:"日付 \\(文字\\)";
	mso-style-link:日付;}
.MsoChpDefault
	{font-family:"Century",serif;}
 /* Page Definitions */
 @page WordSection1
	{size:595.3pt 841.9pt;
	margin:99.25pt 30.0mm 30.0mm 30.0mm;
	layout-grid:18.0pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 ol
	{margin-bottom:0mm;}
ul
	{margin-bottom:0mm;}
-->
</style>"""


def is_cjk(c):
    return ord(c) > 0x2e80


def wrap(line, width=78):
    """Word wraps the source at about 78 columns, at a space (also the spaces
    between a tag's attributes and inside a style value, never inside a quoted
    font name); a run of Japanese
    text with no space stays on one long line."""
    def cols(t):
        return sum(2 if is_cjk(c) else 1 for c in t)

    indent = re.match(r'\s*', line).group(0)
    breaks = []
    intag, quote, dq = False, None, False
    for i, c in enumerate(line):
        if intag and c == '"' and quote == "'":
            dq = not dq                  # a font name inside a style value
        elif intag and c in '\'"':
            quote = None if quote == c else (quote or c)
        elif c == '<' and not quote:
            intag = True
        elif c == '>' and not quote:
            intag = False
        elif c == ' ' and not dq and quote != '"' and i > len(indent):
            breaks.append(i)
    out, start, prefix = [], 0, ''
    while cols(prefix + line[start:]) > width:
        fit = [b for b in breaks if b > start and cols(prefix + line[start:b]) <= width]
        later = [b for b in breaks if b > start]
        if fit:
            cut = fit[-1]
        elif later:
            cut = later[0]
        else:
            break
        out.append(prefix + line[start:cut])
        start, prefix = cut + 1, indent
    out.append(prefix + line[start:])
    return out


def main():
    head = ('<html>\n\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=shift_jis">\n'
            '<meta name=Generator content="Microsoft Word 15 (filtered)">\n' + STYLE + '\n\n</head>\n\n'
            "<body lang=JA style='text-justify-trim:punctuation'>\n\n"
            "<div class=WordSection1 style='layout-grid:18.0pt'>\n\n")
    html = head + '\n\n'.join(body) + '\n\n</div>\n\n' + FOOT + '\n\n</body>\n\n</html>\n'
    lines = []
    for ln in html.split('\n'):
        lines.extend(wrap(ln))
    text = '\r\n'.join(lines)
    data = text.encode('cp932')          # raises if a character is outside CP932
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'wb') as f:
        f.write(data)
    print('wrote', os.path.normpath(OUT), len(data), 'bytes')


if __name__ == '__main__':
    main()
