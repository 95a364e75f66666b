#!/usr/bin/env python3
"""Writes src/an/an2_omuta_2022.html and prints it to raw/an2_omuta_2022.pdf with
headless Chromium: a 答申書 set of 大牟田市個人情報保護審議会 (令和四年度), set entirely
in vertical Japanese (writing-mode: vertical-rl, Mincho, A4 portrait), every number in
kanji numerals, page numbers 「－　三　－」 in the bottom margin.

Contents: the 答申書 letter (文書番号, 宛先, 会長名, 記, 第一 結論, 第二 理由, 第三 付帯意見,
審議の経過) with a received stamp and the chairman's seal; 別紙一 (諮問第三号, outsourcing);
別紙二 (諮問第四号, external link); 別記 個人情報取扱特記事項 (諮問第三号関係, fifteen
articles) at the end of the set.  Everything except the municipality is invented."""
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HTML = os.path.join(HERE, 'an2_omuta_2022.html')
PDF = os.path.join(ROOT, 'raw', 'an2_omuta_2022.pdf')


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def P(text, first=0, rest=None, cls=''):
    """A paragraph; first/rest are indents in characters (inline-start = top)."""
    if rest is None:
        rest = first
    style = f'padding-inline-start:{rest}em;text-indent:{first - rest}em'
    c = f' class="{cls}"' if cls else ''
    return f'<p{c} style="{style}">{esc(text)}</p>'


def BL():
    return '<p class="bl">&#x3000;</p>'


def R(text, end=2):
    """Aligned to the bottom of the column (inline-end), as dates and senders are."""
    return f'<p class="r" style="padding-inline-end:{end}em">{esc(text)}</p>'


def H(text, indent=0, cls='h'):
    return P(text, indent, indent, cls)


def item(label, body, lab_indent=0, body_indent=2):
    """「一　件名」 on one column, its content on the next, indented."""
    return H(label, lab_indent) + P(body, body_indent, body_indent)


def sub(mark, text, indent=1):
    """（一）… with the wrapped columns hanging under the text."""
    return P(mark + text, indent, indent + len(mark))


# ------------------------------------------------------------------ 答申書
LETTER = []
LETTER.append('<div class="stamp-recv"><span class="s1">大牟田市</span><span class="s2">受　付</span>'
              '<span class="s3">4.6.21</span><span class="s4">総務部総務課</span></div>')
LETTER.append(R('大個審第六号'))
LETTER.append(R('令和四年六月二十日'))
LETTER.append(BL())
LETTER.append(P('大牟田市長　様', 1))
LETTER.append(BL())
LETTER.append(R('大牟田市個人情報保護審議会', 4))
LETTER.append('<p class="r" style="padding-inline-end:2em">会長　柿　原　正　臣'
              '<span class="seal"><span>会長</span><span>之印</span></span></p>')
LETTER.append(BL())
LETTER.append(P('個人情報の取扱いについて（答申）', 5, 5, 'title'))
LETTER.append(BL())
LETTER.append(P('令和四年五月二十日付け大総総第百十八号で諮問のあった次の事項について、令和四年度第二回大牟田市'
                '個人情報保護審議会（令和四年六月三日開催）において審議した結果、次のとおり答申します。', 1, 0))
LETTER.append(BL())
LETTER.append(P('記', 14))
LETTER.append(BL())
LETTER.append(P('一　諮問第三号　高齢者の保健事業と介護予防の一体的実施に係る訪問支援業務の委託について', 1, 3))
LETTER.append(P('二　諮問第四号　認知症高齢者等の行方不明時における捜索協力のための見守り情報共有システムとの回線結合について', 1, 3))
LETTER.append(BL())
LETTER.append(H('第一　結論', 0))
LETTER.append(P('諮問第三号及び諮問第四号に係る個人情報の取扱いは、いずれも諮問の内容のとおり実施して差し支えない。', 1, 0))
LETTER.append(P('ただし、実施に当たっては、第三に掲げる付帯意見に十分に留意されたい。', 1, 0))
LETTER.append(BL())
LETTER.append(H('第二　理由', 0))
LETTER.append(H('一　諮問第三号について', 1))
LETTER.append(P('本件は、市民部保険年金課が、後期高齢者医療の被保険者のうち健康状態を把握できていない者等の自宅を'
                '訪問し、健康状態の確認及び保健指導を行う業務を、外部の事業者に委託するものである。受託者は、健康診'
                '査の結果、傷病名、服薬の状況等の要配慮個人情報を含む個人情報を取り扱うこととなるため、大牟田市個人'
                '情報保護条例（平成十五年大牟田市条例第二十一号）第十三条第二項の規定により、審議会の意見を求められ'
                'たものである。', 2, 1))
LETTER.append(P('審議会では、受託者に取り扱わせる項目が事業の目的に照らして必要な範囲にとどまっているか、また、名'
                '簿の受渡し、訪問時の携行及び業務終了後の返還・消去の各段階において、漏えい等を防ぐための措置が講じ'
                'られているかを中心に審議した。', 2, 1))
LETTER.append(P('その結果、取り扱う項目は別紙一に記載のとおり訪問支援に必要なものに限られており、別紙一の十及び十'
                '一に記載された措置を講じ、並びに別記の特記事項を契約に付すことにより、個人の権利利益を侵害するおそ'
                'れは小さいと認められる。', 2, 1))
LETTER.append(H('二　諮問第四号について', 1))
LETTER.append(P('本件は、保健福祉部長寿社会推進課が、認知症等により行方不明となるおそれのある高齢者等の情報をあら'
                'かじめ登録しておき、行方不明となった際に、事前に登録した市民等の協力者へ捜索への協力依頼を速やかに'
                '配信するため、民間事業者が提供する見守り情報共有システムと市の専用端末とを通信回線により結合するも'
                'のである。市の機関以外の者が管理する電子計算組織との結合に当たるため、条例第十一条第二項の規定によ'
                'り、審議会の意見を求められたものである。', 2, 1))
LETTER.append(P('行方不明者を早期に発見するためには、捜索への協力依頼を短い時間で広く届けることが重要であり、結合'
                'の必要性が認められる。また、登録は家族等の同意に基づいて行われること、市及び結合先において別紙二に'
                '記載の安全管理の措置が講じられることから、結合を認めることが適当である。', 2, 1))
LETTER.append(BL())
LETTER.append(H('第三　付帯意見', 0))
LETTER.append(H('一　諮問第三号について', 1))
LETTER.append(sub('（一）', '受託者の事務所に設置する専用のパソコンに保存するデータについては、暗号化の措置を講じられたい。', 2))
LETTER.append(sub('（二）', '訪問の際に携行する対象者の一覧は、紛失した場合の影響を抑えるため、記載する事項を必要最小限とす'
                  'るよう工夫されたい。', 2))
LETTER.append(H('二　諮問第四号について', 1))
LETTER.append(sub('（一）', '市においても、システムの操作の記録を定期的に点検し、不適切な閲覧がないことを確かめる体制を整え'
                  'られたい。', 2))
LETTER.append(sub('（二）', '家族等から登録の取消しの申出があったときは、登録された情報を速やかにシステムから削除されたい。', 2))
LETTER.append(BL())
LETTER.append(H('審議の経過', 0))
LETTER.append(P('令和四年五月二十日　　諮問', 2))
LETTER.append(P('令和四年六月三日　　　第二回審議会（実施機関から説明を聴取し、審議）', 2))
LETTER.append(P('令和四年六月二十日　　答申', 2))
LETTER.append(BL())
LETTER.append(R('（事務局　総務部総務課　行政資料係）', 1))

# ------------------------------------------------------------------ 別紙一
B1 = []
B1.append(H('別紙一', 0, 'hh'))
B1.append(R('（諮問第三号関係）', 1))
B1.append(BL())
B1.append(item('一　件名', '高齢者の保健事業と介護予防の一体的実施に係る訪問支援業務の委託について'))
B1.append(item('二　担当部課', '市民部保険年金課'))
B1.append(item('三　根拠条項', '大牟田市個人情報保護条例第十三条第二項'))
B1.append(H('四　事業の概要', 0))
B1.append(P('市は、福岡県後期高齢者医療広域連合から委託を受けて、高齢者の保健事業と介護予防の一体的実施に取り組'
            'んでいる。本件は、その取組の一つとして、過去二年度にわたり健康診査を受診しておらず、医療機関の受診もな'
            'い者等（以下「健康状態不明者」という。）の自宅を看護職が訪問し、健康状態を確認した上で、必要に応じて医'
            '療機関の受診や介護予防教室への参加を勧めるものである。', 3, 2))
B1.append(P('対象者の抽出及び支援方針の決定は保険年金課が行い、保健福祉部健康推進課の保健師が専門的な立場から助言'
            'する。訪問の結果、介護保険サービスの利用が必要と判断された者については、長寿社会推進課へつなぐ。', 3, 2))
B1.append(P('訪問の対象は、年間おおむね三百人を見込んでいる。', 3, 2))
B1.append(item('五　委託先', '一般社団法人みいけ訪問看護協議会'))
B1.append(H('六　委託の内容', 0))
B1.append(sub('（一）', '訪問の日程についての対象者との調整', 2))
B1.append(sub('（二）', '訪問による健康状態の確認及び保健指導', 2))
B1.append(sub('（三）', '訪問記録票の作成及び毎月の実施結果の報告', 2))
B1.append(H('七　委託の期間', 0))
B1.append(P('令和四年七月一日から令和五年三月三十一日まで。なお、令和五年度以降も同様の内容で委託を継続する予定で'
            'ある。', 2, 2))
B1.append(P('（契約の締結は、令和四年六月二十七日を予定している。）', 2, 2))
B1.append(H('八　取り扱う個人情報の項目', 0))
B1.append(sub('（一）', '対象者に関する項目', 1))
B1.append(P('後期高齢者医療被保険者番号、氏名、生年月日、性別、住所、電話番号、健康診査の受診日、健康診査の結果、傷'
            '病名（診療報酬明細書に記載されたもの）、服薬の状況、要介護認定の有無、一部負担金の割合、支援区分（ハイ'
            'リスク・ポピュレーションの別）、訪問予定日', 4, 4))
B1.append(sub('（二）', '同居家族に関する項目', 1))
B1.append(P('同居家族の氏名及び続柄', 4, 4))
B1.append(H('九　記録媒体', 0))
B1.append(P('紙（対象者名簿及び訪問記録票）及び受託者の事務所に設置する業務専用のパソコンとする。市の健康管理シス'
            'テムへの接続、ＵＳＢメモリその他の外部記録媒体の使用並びに電子メールによるデータの送受信は、行わない。', 2, 2))
B1.append(H('十　市が講ずる保護措置', 0))
B1.append(sub('（一）', '委託契約書に別記の個人情報取扱特記事項を添付し、その遵守を受託者の契約上の義務とする。', 1))
B1.append(sub('（二）', '対象者名簿は、保険年金課の職員が受託者の事務所へ持参して管理責任者に直接手渡し、受領書を徴する。', 1))
B1.append(sub('（三）', '受託者が定める訪問の手順書を業務の開始前に提出させ、市がその内容を確認する。', 1))
B1.append(sub('（四）', '委託期間中に二回、受託者の事務所に立ち入り、名簿及び訪問記録票の管理の状況を検査する。', 1))
B1.append(sub('（五）', '訪問の実施状況及び個人情報の取扱状況について、毎月一回、受託者から書面で報告を受ける。', 1))
B1.append(H('十一　受託者に講じさせる保護措置', 0))
B1.append(sub('（一）', '個人情報を取り扱う者を訪問を担当する看護職二名及び事務職員一名に限り、その氏名を記した名簿を市に'
              '提出させる。', 1))
B1.append(sub('（二）', '従事者には、業務に就く前に、個人情報の保護に関する研修を受けさせる。', 1))
B1.append(sub('（三）', '名簿及び訪問記録票は、使用する時を除き、鍵の掛かる書庫に収めさせる。', 1))
B1.append(sub('（四）', '訪問の際に携行する訪問記録票は当日訪問する者の分に限らせ、帰所後は直ちに書庫へ戻させる。', 1))
B1.append(sub('（五）', '専用のパソコンはインターネットに接続させず、起動の際にはＩＤ及びパスワードの入力を要する設定とさせる。', 1))
B1.append(sub('（六）', '専用のパソコンにはウイルス対策ソフトを導入させ、定義ファイルを常に最新の状態に保たせる。', 1))
B1.append(sub('（七）', '個人情報の紛失、盗難その他の事故が生じたときは、直ちに市へ報告させ、市の指示に従って対応させる。', 1))
B1.append(sub('（八）', '業務が終わったときは、紙の資料を市へ返還させるとともに、パソコンに残るデータを消去させ、消去したこ'
              'とを証する書面を提出させる。', 1))

# ------------------------------------------------------------------ 別紙二
B2 = []
B2.append(H('別紙二', 0, 'hh'))
B2.append(R('（諮問第四号関係）', 1))
B2.append(BL())
B2.append(item('一　件名', '認知症高齢者等の行方不明時における捜索協力のための見守り情報共有システムとの回線結合について'))
B2.append(item('二　担当部課', '保健福祉部長寿社会推進課'))
B2.append(item('三　根拠条項', '大牟田市個人情報保護条例第十一条第二項'))
B2.append(H('四　事業の概要', 0))
B2.append(P('市では、認知症の人が行方不明になった際に、家族等から連絡を受けた長寿社会推進課の職員が、警察署のほか、'
            'タクシー事業者、郵便局等の協力機関へ電話及びファクシミリで情報を伝え、捜索への協力を依頼してきた。しか'
            'し、連絡に時間を要し、協力を得られる範囲も限られていた。', 3, 2))
B2.append(P('そこで、民間事業者が提供する見守り情報共有システムを利用し、家族等の同意を得て登録した高齢者等が行方不'
            '明となったときに、あらかじめ登録した協力者（市民、事業者等）のスマートフォンへ捜索への協力依頼を一斉に'
            '配信する仕組みを導入する。協力者のスマートフォンには、登録者の性別、年代、身長、体格、行方不明時の服装'
            '及び顔写真が表示される。', 3, 2))
B2.append(P('協力者の募集は、市民協働部地域コミュニティ推進課を通じて各校区の見守り活動団体にも呼び掛ける。運用の'
            '開始に先立ち、令和四年九月に試験運用を行い、同年十一月十三日に予定している行方不明者捜索模擬訓練におい'
            'て実地に検証する。', 3, 2))
B2.append(item('五　結合先', '株式会社クロスリンク九州が提供する見守り情報共有システム「みまもりリレー」'))
B2.append(item('六　結合の方法', '長寿社会推進課に設置する専用端末から、インターネットを経由して結合先のシステムに接続する。'))
B2.append(item('七　結合の期間', '令和四年十月三日から令和九年三月三十一日まで'))
B2.append(H('八　取り扱う個人情報の項目', 0))
B2.append(sub('（一）', '登録者（行方不明となるおそれのある高齢者等）に関する項目', 1))
for k, v in zip('アイウエオカキクケコサシス',
                ['氏名', 'ふりがな', '性別', '生年月日', '住所', '身長', '体格', '顔写真', '認知症の症状',
                 '要介護度', 'かかりつけ医療機関名', 'よく出かける場所', '行方不明時の服装']):
    B2.append(P(f'{k}　{v}', 4, 4))
B2.append(sub('（二）', '家族等（登録の申込みを行う者）に関する項目', 1))
for k, v in zip('アイウエ', ['氏名', '登録者との続柄', '電話番号', 'メールアドレス']):
    B2.append(P(f'{k}　{v}', 4, 4))
B2.append(H('九　記録媒体', 0))
B2.append(P('結合先のシステム（結合先事業者が契約するクラウドサービス上に構築されたもの）及び長寿社会推進課に設置す'
            'る専用端末とする。このほか、家族等が提出する登録申込書（紙）を長寿社会推進課で保管する。協力者への配信'
            'は結合先のシステムから行うものとし、電子メール、ファクシミリ及びＵＳＢメモリ等の外部記録媒体は用いない。', 2, 2))
B2.append(H('十　市が講ずる保護措置', 0))
B2.append(sub('（一）', '専用端末は長寿社会推進課の執務室に設置し、盗難防止用のワイヤーで机に固定する。', 1))
B2.append(sub('（二）', 'システムを操作できる職員は、課長が指名した四名に限る。', 1))
B2.append(sub('（三）', 'システムへのログインには、職員ごとに付与したＩＤ及びパスワードに加え、専用端末に導入した電子証明書'
              'による認証を要することとする。', 1))
B2.append(sub('（四）', '結合先との間の通信は、全て暗号化する。', 1))
B2.append(sub('（五）', '登録申込書は、鍵の掛かるキャビネットに保管する。', 1))
B2.append(sub('（六）', '結合先事業者との利用契約において、登録された情報を見守り及び捜索協力以外の目的に利用しないこと並び'
              'に第三者に提供しないことを定める。', 1))
B2.append(H('十一　結合先事業者に講じさせる保護措置', 0))
B2.append(sub('（一）', 'システムの運用に携わる者の中から個人情報の管理責任者を選任させ、市に書面で届け出させる。', 1))
B2.append(sub('（二）', 'プライバシーマークの付与を受け、契約期間中これを維持させる。', 1))
B2.append(sub('（三）', 'ファイアウォールを設置させ、外部からの不正な通信を常時監視させる。', 1))
B2.append(sub('（四）', '登録情報のバックアップを毎日取得させる。', 1))
B2.append(sub('（五）', '運用に携わる従業者に対し、年一回以上、情報セキュリティに関する教育を行わせる。', 1))
B2.append(sub('（六）', '障害又は情報の漏えいが生じたときは、直ちに市へ連絡させ、原因及び再発防止策を文書で報告させる。', 1))
B2.append(sub('（七）', '契約が終了したときは、市の登録情報を全て消去させ、その結果を書面で報告させる。', 1))

# ------------------------------------------------------------------ 別記
ARTICLES = [
    ('基本的事項', '第一条', '乙は、この契約による業務（以下「業務」という。）を行うに当たっては、個人情報の保護の重要性を自覚'
     'し、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。'),
    ('秘密の保持', '第二条', '乙は、業務を通じて知った個人情報の内容を、正当な理由なく他の者に明かしてはならない。この契約が'
     '終了し、又は解除された後も、また同じとする。'),
    ('収集の制限', '第三条', '乙は、業務のために個人情報を収集するときは、業務の目的を達成するために必要な範囲内で、適法かつ'
     '公正な手段により行わなければならない。'),
    ('目的外利用及び提供の禁止', '第四条', '乙は、甲の指示がある場合を除き、業務に関して知り得た個人情報を契約の目的以外の'
     '目的のために利用し、又は第三者に提供してはならない。'),
    ('再委託の禁止', '第五条', '乙は、業務の全部又は一部を第三者に委託してはならない。ただし、あらかじめ甲の書面による承諾を'
     '得たときは、この限りでない。'),
    ('複写又は複製の禁止', '第六条', '乙は、甲の承諾を得ないで、甲から提供を受けた個人情報が記録された資料等を複写し、又は'
     '複製してはならない。'),
    ('持出しの制限', '第七条', '乙は、業務を甲が認めた場所で行うものとし、個人情報が記録された資料等を当該場所から持ち出し'
     'てはならない。ただし、訪問のため甲が認めた範囲で携行するときは、この限りでない。'),
    ('安全管理', '第八条', '乙は、個人情報の漏えい、滅失及びき損を防ぐため、資料等を施錠できる書庫に保管する等、個人情報を'
     '適切に管理しなければならない。'),
    ('従事者の教育', '第九条', '乙は、業務に従事する者に対し、在職中及び退職後において業務に関して知り得た個人情報を漏らし'
     'てはならないことその他個人情報の保護に関し必要な事項を教育しなければならない。'),
    ('取扱状況の報告', '第十条', '乙は、甲から求めがあったときは、個人情報の取扱いの状況について、書面により甲に報告しなけ'
     'ればならない。'),
    ('検査', '第十一条', '甲は、必要があると認めるときは、乙の事務所等に職員を立ち入らせ、個人情報の管理の状況を検査させる'
     'ことができる。'),
    ('事故の報告', '第十二条', '乙は、個人情報の漏えい、滅失、き損その他の事故が生じ、又は生じるおそれがあることを知ったと'
     'きは、直ちに甲に報告し、甲の指示に従わなければならない。'),
    ('資料等の返還及び消去', '第十三条', '乙は、業務が終了したときは、甲から提供を受けた資料等を直ちに甲に返還し、乙が作成し'
     'た個人情報の記録を消去するとともに、消去の日時及び方法を記載した書面を甲に提出しなければならない。'),
    ('契約の解除及び損害賠償', '第十四条', '甲は、乙がこの特記事項に違反したときは、契約を解除することができる。この場合に'
     'おいて、甲又は第三者に損害が生じたときは、乙はその損害を賠償しなければならない。'),
    ('違反の公表', '第十五条', '甲は、乙がこの特記事項に違反したときは、その事実を公表することができる。'),
]
B3 = []
B3.append(H('別記', 0, 'hh'))
B3.append(R('（諮問第三号関係）', 1))
B3.append(BL())
B3.append(P('個人情報取扱特記事項', 6, 6, 'title'))
B3.append(BL())
B3.append(P('この特記事項において「甲」とは大牟田市を、「乙」とは受託者をいう。', 1, 0))
for head, no, body in ARTICLES:
    B3.append(P(f'（{head}）', 1, 1))
    B3.append(P(f'{no}　{body}', 0, 1))

CSS = """
@page { size: A4 portrait; margin: 24mm 21mm 26mm 21mm;
  @bottom-center { content: "－　" counter(page, japanese-informal) "　－"; writing-mode: horizontal-tb;
                   font-family: "Noto Serif CJK JP", serif; font-size: 10pt; } }
html { writing-mode: vertical-rl; }
body { font-family: "Noto Serif CJK JP", "IPAmincho", serif; font-size: 10.5pt; line-height: 1.95;
       margin: 0; color: #111; }
p { margin: 0; }
p.r { text-align: end; }
p.title { font-size: 12.5pt; letter-spacing: 0.12em; }
p.h { }
p.hh { font-size: 11.5pt; }
section.page { break-before: page; }
.stamp-recv { position: absolute; top: 62mm; right: 20mm; writing-mode: horizontal-tb; width: 25mm; height: 25mm;
  border: 1.6px solid #c8322d; border-radius: 50%; color: #c8322d; font-size: 7.5pt; line-height: 1.35;
  text-align: center; padding-top: 3.2mm; box-sizing: border-box; transform: rotate(-8deg); opacity: .85; }
.stamp-recv span { display: block; }
.stamp-recv .s3 { border-top: 1px solid #c8322d; border-bottom: 1px solid #c8322d; margin: 0 2mm; }
.seal { display: inline-block; writing-mode: vertical-rl; border: 1.6px solid #c8322d; color: #c8322d;
  font-size: 8pt; line-height: 1.05; padding: 1mm; margin-block-start: 2mm; vertical-align: middle; opacity: .85; }
.seal span { display: block; }
"""

doc = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>個人情報の取扱いについて（答申）</title>
<style>{CSS}</style>
</head>
<body>
<section class="letter">
{chr(10).join(LETTER)}
</section>
<section class="page">
{chr(10).join(B1)}
</section>
<section class="page">
{chr(10).join(B2)}
</section>
<section class="page">
{chr(10).join(B3)}
</section>
</body>
</html>
"""


def main():
    with open(HTML, 'w', encoding='utf-8') as f:
        f.write(doc)
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    prof = tempfile.mkdtemp(prefix='an2-chromium-')
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           f'--user-data-dir={prof}', '--no-pdf-header-footer', f'--print-to-pdf={PDF}', 'file://' + HTML]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    if r.returncode != 0 or not os.path.exists(PDF):
        raise SystemExit('chromium failed: ' + r.stderr[-2000:])
    print('wrote', os.path.relpath(HTML, ROOT), 'and', os.path.relpath(PDF, ROOT))


if __name__ == '__main__':
    main()
