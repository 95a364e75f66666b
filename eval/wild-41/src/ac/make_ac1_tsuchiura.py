#!/usr/bin/env python3
"""Writes raw/ac1_tsuchiura_2022.pdf: a 土浦市 report of changes (新旧対照表) to two
outsourcing matters approved in earlier years.

Part 1 (A4 portrait): the cover letter 「個人情報取扱事務の委託内容の変更について（報告）」.
Part 2 (A4 landscape): for each matter a three-column table 項目 | 変更後 | 変更前 with the
changed passages underlined; after the first matter's table its unchanged annex is printed
as 「（参考）現行の特記事項（報告１関係）」.

Both parts are written as HTML into src/ac/build/, printed with headless Chromium and
merged with pdfunite.  Everything except the municipality name is invented."""
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUILD = os.path.join(HERE, 'build')
OUT = os.path.join(ROOT, 'raw', 'ac1_tsuchiura_2022.pdf')

SESSION_HEAD = '令和４年度第２回土浦市個人情報保護審議会　資料２'


def u(s):
    return f'<span class="chg">{s}</span>'


def lines(*ps, cls='ind'):
    return ''.join(f'<p class="{cls}">{p}</p>' for p in ps)


# ------------------------------------------------------------------ cover
COVER = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>報告書</title>
<style>
@page {{ size: A4 portrait; margin: 20mm 22mm 20mm 24mm; }}
body {{ font-family: "Noto Serif CJK JP", serif; font-size: 10.5pt; line-height: 1.6; }}
p {{ margin: 0; }}
.right {{ text-align: right; }}
.doc {{ position: relative; }}
.tag {{ float: right; border: 1px solid #000; padding: 0.5mm 3mm; font-size: 10pt; }}
.sess {{ clear: both; font-size: 8.5pt; text-align: right; padding-top: 1.5mm; }}
.stamp {{ position: absolute; left: 0; top: -4mm; width: 25mm; height: 25mm; border: 1.6px solid #c0392b;
          border-radius: 50%; color: #c0392b; font-size: 7pt; line-height: 1.25; text-align: center;
          display: flex; flex-direction: column; justify-content: center; transform: rotate(-8deg); }}
.stamp b {{ font-size: 9pt; }}
h1 {{ font-size: 13pt; font-weight: normal; text-align: center; margin: 7mm 0 5mm; letter-spacing: 0.05em; }}
.ki {{ text-align: center; margin: 4mm 0; }}
.ind {{ padding-left: 2em; text-indent: -1em; }}
.ind2 {{ padding-left: 4em; text-indent: -1em; }}
.ind3 {{ padding-left: 5em; }}
.contact {{ margin-top: 8mm; margin-left: auto; width: 78mm; border: 1px solid #000; padding: 2mm 3mm; font-size: 9.5pt; line-height: 1.5; }}
</style></head><body><div class="doc">
<div class="stamp"><span>土浦市個人情報</span><span>保護審議会</span><b>受　付</b><span>4.7.15</span></div>
<div class="tag">資料２</div>
<p class="sess">令和４年度第２回土浦市個人情報保護審議会</p>
<p class="right" style="margin-top:8mm">土行情第１０７号</p>
<p class="right">令和４年７月１４日</p>
<p style="margin-top:6mm">土浦市個人情報保護審議会</p>
<p>　会長　小野寺　晴彦　様</p>
<p class="right" style="margin-top:4mm">土浦市長　　　　　　　　</p>
<p class="right" style="font-size:9pt">（公印省略）　　　　　</p>
<h1>個人情報取扱事務の委託内容の変更について（報告）</h1>
<p>　土浦市個人情報保護条例第１１条第２項の規定により本審議会の意見を聴いた上で実施している個人情報取扱事務の委託のうち、下記の２件について、委託の内容に変更が生じましたので、土浦市個人情報保護審議会への報告等に関する要領第４条の規定に基づき報告します。</p>
<p class="ki">記</p>
<p>１　報告案件</p>
<p class="ind2">報告１　高齢者配食サービス事業に係る配達及び安否確認業務の委託について</p>
<p class="ind3">（令和２年度第３回審議会（令和２年８月２５日開催）において意見聴取済み）</p>
<p class="ind2">報告２　障害支援区分認定調査業務の委託について</p>
<p class="ind3">（令和３年度第４回審議会（令和４年２月１５日開催）において意見聴取済み）</p>
<p style="margin-top:3mm">２　主な変更点</p>
<p class="ind2">報告１　委託先の変更（契約期間満了に伴う再入札）、委託期間の変更、記録媒体の変更（紙の配達台帳を廃止し、クラウドサービスで管理）、保護措置の追加及び見直し</p>
<p class="ind2">報告２　委託期間の延長（試行実施から本格実施へ）、取り扱う個人情報の項目の追加、保護措置の追加</p>
<p class="ind2">共　通　令和４年４月１日付けの組織改正に伴う担当部の名称の変更（福祉部→保健福祉部）</p>
<p style="margin-top:3mm">３　添付資料</p>
<p class="ind2">（１）新旧対照表（報告１）</p>
<p class="ind2">（２）（参考）現行の特記事項（報告１関係）</p>
<p class="ind2">（３）新旧対照表（報告２）</p>
<div class="contact">事務担当<br>市長公室　行政情報課<br>情報公開・個人情報保護係<br>電話　０２９－８２７－４４６０（内線２３４５）</div>
</div></body></html>
"""

# ------------------------------------------------------------------ matter 1
R1_ITEMS_AFTER = ('【利用者】<br>氏名、生年月日、性別、住所、電話番号、介護保険被保険者番号、要介護度、'
                  '病名（治療食の提供を受ける者に限る。）、かかりつけ医療機関名、利用者負担区分、配食日、'
                  '安否確認時の応答の有無<br>【緊急連絡先】<br>氏名、続柄、電話番号')
R1_ITEMS_BEFORE = ('【利用者】<br>氏名、生年月日、性別、住所、電話番号、介護保険被保険者番号、要介護度、'
                   '病名（治療食の提供を受ける者に限る。）、かかりつけ医療機関名、利用者負担区分、配食日、'
                   '安否確認時の応答の有無<br>【緊急連絡先】<br>氏名、続柄、電話番号、' + u('勤務先'))

R1_WARD_AFTER = lines(
    '１　契約書には「個人情報取扱特記事項」を別記として付し、受託者がこれを守るべきことを契約上明らかにする。',
    '２　年１回以上、担当職員が受託者の事業所に出向き、利用者情報の管理の実態を実地に確かめる。',
    '３　' + u('受託者が利用するクラウドサービスについては、契約の締結前に、ＩＳＭＡＰクラウドサービスリストへの登録又はＩＳＯ／ＩＥＣ２７０１７に基づく認証の取得を確認する。'),
    '４　' + u('市職員がクラウドサービスの管理画面を使用する際は、職員ごとに払い出したＩＤ及びパスワードで本人であることを確認する。'),
    '５　' + u('管理画面上で利用者情報を閲覧することができる職員は、高齢福祉課の配食サービス担当に限定する。'),
)
R1_WARD_BEFORE = lines(
    '１　契約書には「個人情報取扱特記事項」を別記として付し、受託者がこれを守るべきことを契約上明らかにする。',
    '２　年１回以上、担当職員が受託者の事業所に出向き、利用者情報の管理の実態を実地に確かめる。',
    '３　' + u('配達台帳は、担当職員が受託者の事業所に持参して責任者に手渡し、受渡記録簿に受領者の署名を得る。'),
)

R1_CON_AFTER = (
    '<p>〔管理面〕</p>' + lines(
        '１　業務責任者を置かせ、配達員を含む従事者の名簿を市に提出させる。',
        '２　従事者には、業務に就く前に、個人情報の取扱いに関する研修を受けさせる。',
        '３　利用者情報の漏えい、紛失その他の事故が生じたとき、又はそのおそれがあるときは、直ちに高齢福祉課へ報告させ、市の指示に従って対処させる。') +
    '<p>〔技術面〕</p>' + lines(
        '４　' + u('クラウドサービスへのログインは、ＩＤとパスワードに加え、ワンタイムパスワードを用いた多要素認証によらせる。'),
        '５　' + u('クラウドサービスとタブレット端末との間の通信は、ＴＬＳにより暗号化させる。'),
        '６　' + u('タブレット端末') + 'にはウイルス対策ソフトを導入させ、ＯＳ及びアプリケーションの更新を速やかに適用させる。',
        '７　' + u('クラウドサービスの操作ログを保存させ、月に１回その内容を点検させる。')) +
    '<p>〔返還・消去〕</p>' + lines(
        '８　契約が終了したときは、' + u('クラウドサービス及びタブレット端末') + 'に記録された利用者情報を復元できない方法で消去させ、消去の結果を記した報告書を市に提出させる。')
)
R1_CON_BEFORE = (
    '<p>〔管理面〕</p>' + lines(
        '１　業務責任者を置かせ、配達員を含む従事者の名簿を市に提出させる。',
        '２　従事者には、業務に就く前に、個人情報の取扱いに関する研修を受けさせる。',
        '３　利用者情報の漏えい、紛失その他の事故が生じたとき、又はそのおそれがあるときは、直ちに高齢福祉課へ報告させ、市の指示に従って対処させる。',
        '４　' + u('配達台帳は、受託者の事業所内の施錠できる書庫に保管させる。')) +
    '<p>〔技術面〕</p>' + lines(
        '５　' + u('受託者の事務所のパソコンは、インターネットその他の外部の回線に接続させない。'),
        '６　' + u('パソコン') + 'にはウイルス対策ソフトを導入させ、ＯＳ及びアプリケーションの更新を速やかに適用させる。') +
    '<p>〔返還・消去〕</p>' + lines(
        '７　契約が終了したときは、' + u('配達台帳を市に返却させ、パソコン') + 'に記録された利用者情報を復元できない方法で消去させ、消去の結果を記した報告書を市に提出させる。')
)

TABLE1 = [
    ('件名', '高齢者配食サービス事業に係る配達及び安否確認業務の委託について',
     '高齢者配食サービス事業に係る配達及び安否確認業務の委託について'),
    ('根拠規定', '土浦市個人情報保護条例第１１条第２項', '土浦市個人情報保護条例第１１条第２項'),
    ('担当部課', u('保健') + '福祉部　高齢福祉課', '福祉部　高齢福祉課'),
    ('事業の概要', '（略）', '（略）'),
    ('委託の内容',
     lines('（１）利用者宅への昼食又は夕食の配達',
           '（２）配達時の声掛けによる安否確認',
           '（３）安否確認で異変を把握した場合の市及び地域包括支援センター（介護保険課所管）への連絡',
           '（４）' + u('配達結果及び安否確認の結果のクラウドサービスへの登録'), cls='ind0'),
     lines('（１）利用者宅への昼食又は夕食の配達',
           '（２）配達時の声掛けによる安否確認',
           '（３）安否確認で異変を把握した場合の市及び地域包括支援センター（介護保険課所管）への連絡',
           '（４）' + u('配達台帳への配達結果の記入及び毎月末の市への提出'), cls='ind0')),
    ('委託先', u('株式会社ハーモニーデリカ') + '<br>' + u('（令和４年８月３日に実施した一般競争入札により決定）'),
     u('社会福祉法人霞ヶ浦ふれあい会')),
    ('委託期間', u('令和４年１０月１日から令和７年３月３１日まで') + '<br>（長期継続契約）',
     u('令和２年１０月１日から令和４年９月３０日まで')),
    ('取り扱う個人情報の項目', R1_ITEMS_AFTER, R1_ITEMS_BEFORE),
    ('記録媒体',
     u('クラウドサービス（株式会社ノースブリッジが提供する配食管理サービス「みまもりミール」）') + '<br>' +
     u('受託者のタブレット端末（配達員が携行）'),
     u('紙（配達台帳）') + '<br>' + u('受託者の事務所のパソコン')),
    ('市が講ずる保護措置', R1_WARD_AFTER, R1_WARD_BEFORE),
    ('受託者に講じさせる保護措置', R1_CON_AFTER, R1_CON_BEFORE),
    ('特記事項', '「個人情報取扱特記事項」による（変更なし。次ページ以降に参考として掲載）',
     '「個人情報取扱特記事項」による'),
]

REASON1 = ('　前受託者との契約期間が令和４年９月３０日をもって満了することから、一般競争入札を実施し、'
           '新たな受託者を決定した。新受託者は、配達ルート及び安否確認の結果をクラウドサービス上で管理し、'
           '配達員にタブレット端末を携行させる方式で業務を行うため、紙の配達台帳を廃止し、記録媒体及び保護措置を見直す。'
           'また、利用者の緊急連絡先について、勤務先の把握は不要と判断したため、取り扱う項目から除く。')

# ------------------------------------------------------------------ annex (matter 1)
ANNEX = [
    ('基本的事項', '受託者は、個人情報の保護が個人の尊厳を守る上で欠くことのできないものであることを理解し、この契約による事務（以下「本件事務」という。）の実施に当たっては、個人情報を慎重かつ適正に扱わなければならない。'),
    ('秘密の保持', '受託者は、本件事務の処理上知ることのできた個人情報の内容をみだりに他人に知らせ、又は不当な目的に使ってはならない。契約期間が満了し、又は契約が解除された後においても、同様とする。'),
    ('収集の制限', '受託者は、本件事務のために個人情報を集めるときは、本件事務の目的の達成に必要な限度において、適法かつ公正な方法で行わなければならない。'),
    ('目的外利用及び提供の禁止', '受託者は、委託者の指示がある場合を除き、本件事務に関して知ることのできた個人情報を本件事務以外の目的に使い、又は第三者に提供してはならない。'),
    ('複写及び複製の禁止', '受託者は、委託者の承諾を受けることなく、委託者から引き渡された個人情報が記録された資料等を複写し、又は複製してはならない。'),
    ('再委託の禁止', '受託者は、本件事務の処理を他の者に委託し、又は請け負わせてはならない。ただし、委託者があらかじめ書面で承諾した場合は、この限りでない。'),
    ('持出しの禁止', '受託者は、委託者が指定した場所以外に個人情報を持ち出してはならない。ただし、配達及び安否確認のため必要な範囲で携行するときは、この限りでない。'),
    ('安全管理', '受託者は、個人情報を記録した資料等を施錠できる保管庫に収めるなど、個人情報の漏えい、滅失及びき損を防ぐため必要な措置を講じなければならない。'),
    ('取扱責任者等の指定', '受託者は、本件事務における個人情報の取扱責任者及び取扱者を定め、書面により委託者に届け出なければならない。これらの者を変更するときも、同様とする。'),
    ('従事者の教育', '受託者は、本件事務に従事する者に対し、在職中はもとより退職後においても個人情報を他に漏らしてはならないことその他個人情報の保護に関して必要な教育を行わなければならない。'),
    ('資料等の返還及び消去', '受託者は、本件事務が完了したとき、又は契約が解除されたときは、委託者から引き渡された資料等を速やかに返還し、受託者が記録した個人情報を復元できない方法により消去し、その結果を書面で委託者に報告しなければならない。'),
    ('取扱状況の報告及び調査', '委託者は、必要があると認めるときは、受託者に対し個人情報の取扱状況について報告を求め、又はその職員に受託者の事業所に立ち入らせ、調査させることができる。'),
    ('事故発生時の報告', '受託者は、個人情報の漏えい、滅失、き損その他の事故が発生し、又は発生するおそれがあることを知ったときは、直ちに委託者に報告し、その指示に従わなければならない。'),
    ('契約の解除及び損害賠償', '委託者は、受託者がこの特記事項に違反したときは、契約を解除することができる。この場合において、受託者の違反により委託者又は第三者に損害が生じたときは、受託者はその損害を賠償しなければならない。'),
    ('公表', '委託者は、受託者がこの特記事項に違反したときは、その事実を公表することができる。'),
]

ZEN = str.maketrans('0123456789', '０１２３４５６７８９')

# ------------------------------------------------------------------ matter 2
R2_ITEMS_AFTER = ('【調査対象者】<br>氏名、生年月日、性別、住所、電話番号、受給者証番号、障害者手帳の等級、'
                  '障害支援区分（既に認定を受けている者に限る。）、' +
                  u('疾病名（難病等により障害福祉サービスの対象となる者に限る。）') +
                  '、心身の状況、通院先の医療機関名、調査実施日、調査場所<br>【介護者】<br>氏名、続柄、電話番号')
R2_ITEMS_BEFORE = ('【調査対象者】<br>氏名、生年月日、性別、住所、電話番号、受給者証番号、障害者手帳の等級、'
                   '障害支援区分（既に認定を受けている者に限る。）、心身の状況、通院先の医療機関名、調査実施日、'
                   '調査場所<br>【介護者】<br>氏名、続柄、電話番号')
R2_MEDIA = ('紙（認定調査票（概況調査票、調査項目票及び特記事項票））<br>'
            '市が貸与するノートパソコン（認定調査結果の入力用）<br>'
            '<span class="note">※ＵＳＢメモリその他の外部記録媒体は使用しない。</span>')

R2_WARD_AFTER = lines(
    '１　委託契約書に個人情報取扱特記事項を添付し、土浦市個人情報保護条例の遵守を受託法人に義務付ける。',
    '２　貸与するノートパソコンは市が初期設定を行い、認定調査結果の入力以外の機能を利用できないよう権限を制限する。',
    '３　貸与するノートパソコンの記憶装置は暗号化し、起動時にはパスワードによる認証を求める設定とする。',
    '４　' + u('認定調査票は、障害福祉課の窓口において職員と調査員との間で直接受け渡し、その日時及び枚数を受渡簿に記録する。'),
    '５　四半期に１回、職員が受託法人の事務所を訪れ、認定調査票の保管状況を点検する。',
)
R2_WARD_BEFORE = lines(
    '１　委託契約書に個人情報取扱特記事項を添付し、土浦市個人情報保護条例の遵守を受託法人に義務付ける。',
    '２　貸与するノートパソコンは市が初期設定を行い、認定調査結果の入力以外の機能を利用できないよう権限を制限する。',
    '３　貸与するノートパソコンの記憶装置は暗号化し、起動時にはパスワードによる認証を求める設定とする。',
    '４　四半期に１回、職員が受託法人の事務所を訪れ、認定調査票の保管状況を点検する。',
)
R2_CON = lines(
    '１　調査に従事する職員を指定させ、保有資格を付記した名簿を事前に市へ届け出させる。',
    '２　調査員には、市が開催する認定調査員研修を修了させる。',
    '３　調査員から、調査で知り得た事項を在職中も退職後も他言しない旨の誓約書を徴させる。',
    '４　認定調査票は、事務所内の鍵付きキャビネットに収納させる。',
    '５　認定調査票及び貸与したノートパソコンは、調査のための訪問時を除き、事務所の外へ持ち出させない。',
    '６　貸与したノートパソコンを受託法人のネットワーク及びインターネットに接続させない。',
    '７　認定調査票の紛失、盗難その他の事故があったときは、速やかに障害福祉課に連絡させる。',
    '８　調査を終えた認定調査票は、写しをとらせることなく、速やかに市に返却させる。',
)

TABLE2 = [
    ('件名', '障害支援区分認定調査業務の委託について', '障害支援区分認定調査業務の委託について'),
    ('根拠規定', '土浦市個人情報保護条例第１１条第２項', '土浦市個人情報保護条例第１１条第２項'),
    ('担当部課', u('保健') + '福祉部　障害福祉課', '福祉部　障害福祉課'),
    ('事業の概要', '（略）', '（略）'),
    ('委託の内容', '（略）', '（略）'),
    ('委託先', '特定非営利活動法人さくら川相談支援センター', '特定非営利活動法人さくら川相談支援センター'),
    ('委託期間', '令和４年４月１日から' + u('令和５年３月３１日') + 'まで<br>' + u('（令和５年度以降も同様に委託する予定）'),
     '令和４年４月１日から' + u('令和４年９月３０日') + 'まで<br>' + u('（試行実施）')),
    ('取り扱う個人情報の項目', R2_ITEMS_AFTER, R2_ITEMS_BEFORE),
    ('記録媒体', R2_MEDIA, R2_MEDIA),
    ('市が講ずる保護措置', R2_WARD_AFTER, R2_WARD_BEFORE),
    ('受託者に講じさせる保護措置', R2_CON, R2_CON),
    ('特記事項', '従前のとおり（本資料への添付は省略）', '委託契約書に添付'),
]

REASON2 = ('　令和４年度上半期に試行として実施した結果、認定調査の待機期間が短縮される効果が認められたため、'
           '委託期間を年度末まで延長し、次年度以降も継続して委託する。あわせて、難病等により障害福祉サービスの'
           '対象となる者の調査において、調査員が疾病の特性を踏まえて聞き取りを行う必要があることから、取り扱う'
           '項目に疾病名を追加する。また、認定調査票の受渡しの記録方法を明確にする。')


def table_html(rows):
    out = ['<table class="shinkyu"><colgroup><col class="c0"><col class="c1"><col class="c2"></colgroup>',
           '<thead><tr><th>項目</th><th>変更後</th><th>変更前</th></tr></thead><tbody>']
    for lab, a, b in rows:
        out.append(f'<tr><td class="lbl">{lab}</td><td>{a}</td><td>{b}</td></tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)


def annex_html():
    out = ['<div class="annex pb">',
           '<p class="ref">（参考）現行の特記事項（報告１関係）</p>',
           '<p class="sub">高齢者配食サービス事業に係る配達及び安否確認業務委託契約書　別記</p>',
           '<h3>個人情報取扱特記事項</h3>']
    for i, (head, body) in enumerate(ANNEX, 1):
        n = str(i).translate(ZEN)
        out.append(f'<p class="ah">（{head}）</p><p class="art">第{n}条　{body}</p>')
    out.append('</div>')
    return '\n'.join(out)


BODY = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>新旧対照表</title>
<style>
@page {{
  size: A4 landscape;
  margin: 15mm 14mm 14mm 14mm;
  @top-right {{ content: "{SESSION_HEAD}"; font-family: "Noto Serif CJK JP"; font-size: 8pt; }}
  @bottom-center {{ content: "－ " counter(page) " －"; font-family: "Noto Serif CJK JP"; font-size: 9pt; }}
}}
body {{ font-family: "Noto Serif CJK JP", serif; font-size: 9.2pt; line-height: 1.5; }}
p {{ margin: 0; }}
h2 {{ font-size: 11.5pt; margin: 0 0 1.5mm; font-weight: bold; }}
.reason {{ border: 0.8px solid #000; padding: 1.5mm 2.5mm; margin-bottom: 2mm; }}
.legend {{ text-align: right; font-size: 8.5pt; margin-bottom: 1mm; }}
table.shinkyu {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
table.shinkyu col.c0 {{ width: 10%; }}
table.shinkyu col.c1 {{ width: 45%; }}
table.shinkyu col.c2 {{ width: 45%; }}
table.shinkyu th {{ border: 0.8px solid #000; background: #e6e6e6; padding: 1mm; font-weight: bold; }}
table.shinkyu td {{ border: 0.8px solid #000; padding: 1.2mm 1.8mm; vertical-align: top; }}
table.shinkyu tr {{ break-inside: avoid; }}
td.lbl {{ font-size: 8.8pt; }}
.chg {{ text-decoration: underline; text-underline-offset: 2px; font-weight: bold; }}
.ind {{ padding-left: 1em; text-indent: -1em; }}
.ind0 {{ padding-left: 3em; text-indent: -3em; }}
.note {{ font-size: 8.5pt; }}
.pb {{ break-before: page; }}
.foot {{ font-size: 8pt; margin-top: 1.5mm; }}
.annex {{ font-size: 8.9pt; line-height: 1.5; column-count: 2; column-gap: 10mm; }}
.annex .ref {{ column-span: all; font-weight: bold; font-size: 10.5pt; }}
.annex .sub {{ column-span: all; font-size: 8.5pt; margin-bottom: 2mm; }}
.annex h3 {{ column-span: all; text-align: center; font-size: 11.5pt; margin: 1mm 0 3mm; letter-spacing: 0.1em; }}
.annex .ah {{ margin-top: 1.2mm; break-after: avoid; }}
.annex .art {{ padding-left: 1em; text-indent: -1em; }}
</style></head><body>
<h2>報告１　新旧対照表</h2>
<div class="reason">【変更理由】<br>{REASON1}</div>
<p class="legend">（下線部は変更箇所）</p>
{table_html(TABLE1)}
<p class="foot">注）組織改正前の「福祉部」は、令和４年４月１日から「保健福祉部」となった。</p>
{annex_html()}
<div class="pb"></div>
<h2>報告２　新旧対照表</h2>
<div class="reason">【変更理由】<br>{REASON2}</div>
<p class="legend">（下線部は変更箇所）</p>
{table_html(TABLE2)}
</body></html>
"""


def chromium(html, pdf):
    prof = tempfile.mkdtemp(prefix='ac1-chrome-')
    try:
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
                        '--no-first-run', '--disable-background-networking', '--disable-component-update',
                        '--disable-sync', f'--user-data-dir={prof}', '--no-pdf-header-footer',
                        f'--print-to-pdf={pdf}', 'file://' + html],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def main():
    os.makedirs(BUILD, exist_ok=True)
    cover_html = os.path.join(BUILD, 'ac1_cover.html')
    body_html = os.path.join(BUILD, 'ac1_body.html')
    open(cover_html, 'w', encoding='utf-8').write(COVER)
    open(body_html, 'w', encoding='utf-8').write(BODY)
    cover_pdf = os.path.join(BUILD, 'ac1_cover.pdf')
    body_pdf = os.path.join(BUILD, 'ac1_body.pdf')
    chromium(cover_html, cover_pdf)
    chromium(body_html, body_pdf)
    subprocess.run(['pdfunite', cover_pdf, body_pdf, OUT], check=True)
    print('wrote', OUT)


if __name__ == '__main__':
    main()
