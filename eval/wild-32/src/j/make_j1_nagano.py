#!/usr/bin/env python3
"""Writes raw/j1_nagano_2021.html: a LibreOffice Writer HTML export of the 長野県
council paper (令和3年度第3回). Every sentence written for this set."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw', 'j1_nagano_2021.html')

HEAD = '''<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
	<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
	<title></title>
	<meta name="generator" content="LibreOffice 7.1.5.2 (Linux)"/>
	<meta name="author" content="nagano-pref"/>
	<meta name="created" content="2021-11-08T09:12:44.150000000"/>
	<meta name="changed" content="2021-11-24T17:03:21.482000000"/>
	<style type="text/css">
		@page { size: 21cm 29.7cm; margin-left: 2.5cm; margin-right: 2.2cm; margin-top: 2cm; margin-bottom: 2cm }
		p { margin-bottom: 0.25cm; direction: ltr; line-height: 115%; text-align: justify; orphans: 2; widows: 2; background: transparent }
		p.western { font-family: "Century", serif; font-size: 10pt; so-language: en-US }
		p.cjk { font-family: "ＭＳ 明朝"; font-size: 10pt; so-language: ja-JP }
		p.ctl { font-size: 10pt }
		td p { orphans: 2; widows: 2; background: transparent }
		a:link { color: #000080; so-language: zxx; text-decoration: underline }
	</style>
</head>
<body lang="ja-JP" link="#000080" vlink="#800000" dir="ltr">
'''

F = 'ＭＳ 明朝, serif'
G = 'ＭＳ ゴシック, monospace'


def p(text, align=None, style=None, face=F, size=2, bold=False):
    a = f' align="{align}"' if align else ''
    st = style or 'margin-bottom: 0cm; line-height: 100%'
    inner = f'<font face="{face}"><font size="{size}" style="font-size: {10 if size == 2 else 12}pt">{text}</font></font>'
    if bold:
        inner = f'<b>{inner}</b>'
    return f'<p class="western"{a} style="{st}">{inner}</p>\n'


def cell(lines, width, label=False):
    body = ''.join(p(x, face=G if label else F) for x in lines)
    return (f'\t\t<td width="{width}" style="border-top: 1px solid #000000; border-bottom: 1px solid #000000; '
            f'border-left: 1px solid #000000; border-right: {"none" if label else "1px solid #000000"}; '
            f'padding-top: 0cm; padding-bottom: 0cm; padding-left: 0.19cm; padding-right: 0.19cm">\n'
            f'\t\t\t{body}\t\t</td>\n')


def ol(lines):
    out = '<ol>\n'
    for x in lines:
        out += '\t<li><p class="western" style="margin-bottom: 0cm; line-height: 100%">' \
               f'<font face="{F}"><font size="2" style="font-size: 10pt">{x}</font></font></p>\n'
    return out + '</ol>\n'


def form(rows):
    out = ('<table width="604" cellpadding="7" cellspacing="0">\n'
           '\t<col width="112"/>\n\t<col width="464"/>\n')
    for label, content in rows:
        out += '\t<tr valign="top">\n'
        out += cell(label if isinstance(label, list) else [label], 112, label=True)
        if isinstance(content, str) and content.startswith('<ol>'):
            out += ('\t\t<td width="464" style="border: 1px solid #000000; padding-top: 0cm; padding-bottom: 0cm; '
                    'padding-left: 0.19cm; padding-right: 0.19cm">\n' + content + '\t\t</td>\n')
        else:
            out += cell(content if isinstance(content, list) else [content], 464)
        out += '\t</tr>\n'
    return out + '</table>\n'


BR = p('<br/>', style='margin-bottom: 0cm; line-height: 100%')
NB = '&nbsp;'

body = ''
body += p('資料２', align='right')
body += p(f'令和３年度第３回長野県個人情報保護審議会{NB}{NB}{NB}令和３年１１月２６日', align='right')
body += BR
body += p('個人情報の取扱いに係る諮問事項及び報告事項について', align='center', size=3, bold=True)
body += BR
body += p(f'{NB}{NB}{NB}{NB}長野県総務部法務文書課{NB}{NB}（審議会事務局）', align='right')
body += BR
body += p('第１　趣旨')
body += p('長野県個人情報保護条例の規定に基づき、実施機関から提出のあった次の案件について、審議会の意見を伺い、又は報告するものです。',
          style='margin-left: 0.5cm; margin-bottom: 0cm; line-height: 100%')
body += BR
body += p('第２　案件一覧')
body += p(f'{NB}{NB}１{NB}肝炎ウイルス検査陽性者の受診状況確認業務の委託について（諮問）',
          style='margin-left: 0.5cm; margin-bottom: 0cm; line-height: 100%')
body += p(f'{NB}{NB}２{NB}県営住宅家賃の減免審査における福祉関係情報の目的外利用について（報告）',
          style='margin-left: 0.5cm; margin-bottom: 0cm; line-height: 100%')
body += BR
body += p('第３　各案件の内容')
body += p('(1)　諮問事項', style='margin-left: 0.5cm; margin-bottom: 0.25cm; line-height: 100%')

m1 = [
    ('件名', '肝炎ウイルス検査陽性者の受診状況確認業務の委託について'),
    ('区分', '諮問（個人情報取扱事務の外部委託）'),
    ('根拠規定', '長野県個人情報保護条例第１１条第３項'),
    (['担当所属'], ['健康福祉部　感染症対策課']),
    (['事務の概要'], ['保健福祉事務所及び委託医療機関で実施した肝炎ウイルス検査の結果、陽性と判定された方に対し、精密検査の受診状況を電話及び文書で確認し、未受診の方には受診を促す業務を外部に委託する。',
                    'これまで県職員が行っていたが、対象者の増加に伴い、専門の事業者に委ねることとしたもの。']),
    ('委託先', '一般財団法人信州健康づくり事業団'),
    ('委託期間', ['令和３年１２月１日から令和４年３月３１日まで', '（令和４年度以降も、同様の内容で委託する予定）']),
    (['取り扱う個人', '情報の項目'], ['【受検者】',
                              '氏名、生年月日、性別、住所、電話番号、受検日、検査結果（Ｂ型・Ｃ型の別）、精密検査の受診の有無、精密検査受診医療機関名、治療の状況、肝炎治療受給者証番号、自己負担限度月額の階層区分',
                              '※受託者が受検者との通話の内容を記録する架電記録票は、県が様式を定め、通話日時と結果の区分のみを記入させる。']),
    (['記録媒体'], ['紙（受検者一覧表、架電記録票）', 'ＣＤ－Ｒ', '受託者の事務所に設置するパソコン（外部のネットワークに接続しないもの）']),
    (['県が講ずる', '保護措置'], ol([
        '契約書に「個人情報取扱特記事項」を添付し、受託者にその遵守を義務付ける。',
        '受検者情報を格納したＣＤ－Ｒは暗号化し、復号のためのパスワードは媒体の引渡しとは別に担当者から電話で伝える。',
        'ＣＤ－Ｒ及び紙の一覧表の受渡しは、職員が受託者の事務所へ持参して行い、その都度、受渡簿に双方が記名する。',
        '委託期間中に１回以上、受託者の作業場所に職員が出向き、個人情報の管理の状況を実地に調査する。',
    ])),
    (['受託者に講', 'じさせる保', '護措置'], ol([
        '個人情報の取扱責任者及び作業に当たる者を定め、その氏名を書面で県に届け出させる。',
        '作業は関係者以外が立ち入ることのできない専用の部屋で行わせ、入退室の記録を残させる。',
        '作業に使うパソコンは外部のネットワークにつながない端末に限り、起動の際にはＩＤとパスワードで本人確認をさせる。',
        'ウイルス対策ソフトウェアを導入し、定義ファイルを常に最新のものに保たせる。',
        '紙の一覧表及び架電記録票は、作業時間外は鍵の掛かる保管庫に収納させる。',
        '業務の終了後、パソコンに保存したデータを復元できない方法で消去させ、消去を証する書面を県に提出させる。',
        '個人情報の漏えい、滅失等が起きたとき、又はそのおそれがあるときは、直ちに県に連絡させ、県の指示に従って対処させる。',
        '従事者に対し、着手前に個人情報の取扱いに関する研修を受けさせる。',
    ])),
]
body += form(m1)
body += BR
body += p('(2)　報告事項', style='margin-left: 0.5cm; margin-bottom: 0.25cm; line-height: 100%')
m2 = [
    ('件名', '県営住宅家賃の減免審査における福祉関係情報の目的外利用について'),
    ('区分', '報告（保有個人情報の目的外利用）'),
    ('根拠規定', '長野県個人情報保護条例第８条第２項第３号'),
    (['担当所属'], ['建設部　公営住宅室']),
    (['情報を保有す', 'る所属'], ['健康福祉部　地域福祉課（生活保護）', '健康福祉部　障がい者支援課（身体障害者手帳）', '県民文化部　こども・家庭課（児童扶養手当）']),
    (['利用の目的'], ['県営住宅の入居者から家賃減免の申請があった場合に、申請書への証明書類の添付を省略し、保有所属への照会により減免の要件を確認するため。']),
    (['利用する個人', '情報の項目'], ['【入居者及び同居者】',
                               '氏名、生年月日、住所、生活保護の受給の有無、身体障害者手帳の等級、児童扶養手当の受給状況、前年の所得金額',
                               '※照会は、入居者から同意書の提出があった場合に限り行う。']),
    (['記録媒体'], ['紙（照会書、回答書）', '県営住宅管理システム（県の端末）']),
    (['利用開始日'], ['令和４年４月１日（以後、毎年度継続して実施）']),
    (['県が講ずる', '保護措置'], ol([
        '照会する項目は、減免の要件の確認に欠かせないものに限る。',
        '保有所属から受け取った回答書は、施錠できる書庫に保管する。',
        '県営住宅管理システムへの入力は公営住宅室の担当職員に限り、職員ごとに付与したＩＤ及びパスワードにより本人確認を行う。',
        'システムの操作履歴を記録し、室長が毎月点検する。',
        '保存期間を経過した回答書は、溶解処理により廃棄する。',
        '担当職員には、取得した情報を減免審査以外に使わないよう、年度当初の会議で周知する。',
    ])),
]
body += form(m2)
body += BR
body += p('（別添）', align='left')
body += p('個人情報取扱特記事項', align='center', size=3, bold=True)
body += p('（諮問事項(1)の委託契約に添付するもの）', align='center')
body += BR
ann = [
    ('第１条（基本的事項）', '受託者は、個人情報の保護の重要性を認識し、この契約による業務を行うに当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('第２条（秘密の保持）', '受託者は、この契約による業務に関して知り得た個人情報を他人に知らせてはならない。契約が終了し、又は解除された後においても同様とする。'),
    ('第３条（収集の制限）', '受託者は、業務を行うために個人情報を収集するときは、その目的を達成するために必要な範囲内で、適法かつ公正な手段により収集しなければならない。'),
    ('第４条（目的外利用及び提供の禁止）', '受託者は、県の指示がある場合を除き、この契約による業務に関して知り得た個人情報を契約の目的以外の目的に使用し、又は第三者に提供してはならない。'),
    ('第５条（複写及び複製の禁止）', '受託者は、県の承諾なしに、県から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。'),
    ('第６条（再委託の禁止）', '受託者は、県の書面による承諾を得た場合を除き、この契約による業務を第三者に委託してはならない。'),
    ('第７条（持出しの禁止）', '受託者は、県が指定した場所の外へ個人情報を持ち出してはならない。'),
    ('第８条（資料等の返還等）', '受託者は、業務が完了したときは、県から引き渡された資料等を速やかに県に返還し、受託者が作成した記録は確実に消去しなければならない。'),
    ('第９条（従事者への周知）', '受託者は、従事者に対し、在職中及び退職後においても業務上知り得た個人情報をみだりに他人に知らせてはならないことなど、個人情報の保護に必要な事項を周知し、教育しなければならない。'),
    ('第１０条（報告及び調査）', '県は、必要があると認めるときは、受託者に対して個人情報の取扱状況について報告を求め、又はその作業場所を調査することができる。'),
    ('第１１条（事故発生時の報告）', '受託者は、この特記事項に違反する事態が生じ、又は生じるおそれがあることを知ったときは、速やかに県に報告し、県の指示に従わなければならない。'),
    ('第１２条（契約の解除及び損害賠償）', '県は、受託者がこの特記事項に違反していると認めたときは、契約を解除し、及び受託者に対して損害の賠償を求めることができる。'),
    ('第１３条（違反の公表）', '県は、受託者がこの特記事項に違反したときは、その事実及び受託者の名称を公表することができる。'),
]
for h, t in ann:
    body += p(h, style='margin-bottom: 0cm; line-height: 100%', face=G)
    body += p(t, style='margin-left: 0.42cm; text-indent: 0.42cm; margin-bottom: 0.2cm; line-height: 100%')
body += BR
body += p('－　１　－', align='center')

html = HEAD + body + '</body>\n</html>\n'
with open(OUT, 'w', encoding='utf-8') as f:
    f.write(html)
print('wrote', OUT)
