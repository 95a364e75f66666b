#!/usr/bin/env python3
"""Writes gold/ab1_hirosaki_2021.json and gold/ab2_tomakomai_2022.json in the form and key
order of shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False, trailing LF).

The safeguard and clause categories are not typed in by hand: every sentence of the
documents is listed below with its reading (codes), and the gold's category lists are
the codes in order of first appearance.  self_check.py imports this module to check
every sentence, item, medium and decoy against the raw documents.
Readings and doubts: ../../NOTES-ab.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'gold')


def items(*groups):
    """groups: (subject or None, 'a、b、c')"""
    out = []
    for subject, names in groups:
        for n in names.split('、'):
            d = {'item': n}
            if subject:
                d['subject'] = subject
            out.append(d)
    return out


# ======================================================================== ab1 弘前市
S1 = '令和3年度第2回'
AB1 = [
    dict(
        title='子どもの発達相談に係る心理検査及び個別相談業務の委託について',
        municipality='弘前市', matter_kind='consultation', procedure='outsourcing',
        legal_basis='第12条第2項', department='健康こども部', divisions=['こども家庭課'],
        contractor_contains='つがる発達臨床研究所',
        period_start='2022-01-04', period_end='2022-03-31', recurring=True,
        fiscal_year=2021, council_session=S1,
        data_items=items(('児童', '氏名、生年月日、性別、住所、在籍園名、乳幼児健康診査の受診日、'
                                 '乳幼児健康診査の結果、発達検査の結果、療育手帳の等級、通院先医療機関名、相談内容'),
                         ('保護者', '氏名、続柄、電話番号、就労状況')),
        sensitive_items=['乳幼児健康診査の結果', '発達検査の結果', '療育手帳の等級', '通院先医療機関名'],
        # (category, word that shows it in the 記録媒体 cell)
        media=[('paper', '紙（相談記録票、発達検査の記録用紙）'),
               ('removable', 'ＵＳＢメモリ（暗号化機能付き。'),
               ('contractor_pc', '受託者のパソコン（インターネットに接続しないもの）')],
        ward=[
            ('契約書に別紙「個人情報取扱特記事項」を添え、条例及び弘前市情報セキュリティポリシーに従う義務を受託者に負わせる。',
             ['contract_terms']),
            ('対象児童名簿を入れたＵＳＢメモリは、係員が研究所まで携行して担当者に直接渡し、受渡簿に双方が記名する。',
             ['transfer_control']),
            ('委託期間中に１回以上、職員が研究所を訪れ、記録票の保管や端末の管理の状況を実地に確かめる。',
             ['audit']),
            ('業務終了時には記録票をすべて引き揚げ、端末内のデータを消去したことを証する書面を提出させる。',
             ['return_erasure', 'erasure_proof']),
            ('名簿ファイルには開封用のパスワードを掛け、その文字列はＵＳＢメモリを渡した後に電話で伝える。',
             ['encryption', 'password_separation']),
        ],
        contractor=[
            ('業務責任者を１名置き、従事する心理士等の名簿と併せて市に届け出させる。', ['responsible_staff']),
            ('着任前に、個人情報の適正な取扱いに関する研修を全従事者に受講させる。', ['training']),
            ('相談記録票及び検査用紙は、鍵の掛かる書庫に収め、使用する時以外は出しておかせない。', ['locked_storage']),
            ('記録票等は研究所の外へ持ち出させない。', ['takeout_limit']),
            ('データを扱うパソコンは、インターネットや他のネットワークにつながない単体の端末とさせる。',
             ['network_protection']),
            ('パソコンの起動時には、従事者ごとのＩＤとパスワードの入力を求める設定とさせる。', ['access_auth']),
            ('検査結果のファイルを保存するフォルダは、担当の心理士以外が開けないよう権限を設定させる。',
             ['access_control']),
            ('パソコンにはウイルス対策ソフトを入れ、定義ファイルを常に最新に保たせる。', ['malware_protection']),
            ('紛失、盗難、漏えい等が生じ、又はそのおそれがあるときは、直ちにこども家庭課へ電話で知らせ、その後書面で経過を報告させる。',
             ['incident_response']),
        ],
        # annex articles: (heading, start of the article body, codes)
        annex=[
            ('個人情報保護の責務', '受注者は、個人情報の保護が個人の尊厳に関わるものであることを理解し', ['general_duty']),
            ('秘密の保持', '受注者は、本業務を通じて知った個人情報を他に漏らし', ['confidentiality']),
            ('収集の制限', '受注者は、本業務のために個人情報を集めるときは', ['collection_limit']),
            ('目的外利用及び提供の禁止', '受注者は、発注者の指示によるときを除き、本業務で扱う個人情報をこの契約の目的の範囲を超えて利用し',
             ['purpose_limit']),
            ('再委託の制限', '受注者は、本業務の全部又は一部を他の者に請け負わせてはならない', ['subcontract_limit']),
            ('複写及び複製の禁止', '受注者は、発注者の承認を得ずに', ['copy_limit']),
            ('持出しの禁止', '受注者は、個人情報が記録された資料等を、発注者が認めた作業場所から持ち出してはならない',
             ['takeout_limit']),
            ('管理体制', '受注者は、個人情報の管理責任者及び本業務に従事する者を定め', ['responsible_staff']),
            ('従事者の教育', '受注者は、従事者に対し、個人情報の保護に関して必要な教育及び研修を行わなければならない',
             ['training']),
            ('事故発生時の報告', '受注者は、個人情報の漏えい、滅失、き損等の事故が発生し', ['incident_response']),
            ('資料等の返還及び消去', '受注者は、本業務が完了したとき又は契約が解除されたときは',
             ['return_erasure', 'erasure_proof']),
            ('調査及び報告', '発注者は、必要と認めるときは、受注者に個人情報の取扱状況を報告させ',
             ['status_report', 'audit']),
            ('契約の解除', '発注者は、受注者がこの特記事項に違反したときは、契約を解除することができる', []),
            ('損害賠償', '受注者は、この特記事項に反する行為により発注者又は第三者に損害を生じさせたときは',
             ['liability']),
        ],
    ),
    dict(
        title='介護認定審査会のペーパーレス化に伴うクラウドサービスとの外部結合について',
        municipality='弘前市', matter_kind='consultation', procedure='external_link',
        legal_basis='第14条第2項', department='福祉部', divisions=['介護福祉課'],
        contractor_contains='ボードリンク',
        period_start='2022-04-01', period_end=None, recurring=None,
        fiscal_year=2021, council_session=S1,
        data_items=items(('審査対象者', '審査番号、年齢、性別、申請区分、居住形態、前回の要介護度、一次判定結果、'
                                    '認定調査の結果、傷病名、障害高齢者の日常生活自立度、認知症高齢者の日常生活自立度'),
                         ('審査委員', '氏名、所属機関名、メールアドレス')),
        sensitive_items=['前回の要介護度', '一次判定結果', '認定調査の結果', '傷病名',
                         '障害高齢者の日常生活自立度', '認知症高齢者の日常生活自立度'],
        media=[('external_system', 'クラウドサービス上の審査会資料データ'),
               ('ward_system', '市が委員に貸与するタブレット端末')],
        ward=[
            ('サービス利用契約書に、受託者が弘前市情報セキュリティポリシーを守るべき旨の条項を設ける。',
             ['contract_terms']),
            ('管理画面を操作できる職員は課長が指名した者に限定し、その職員ごとに個別のＩＤ及びパスワードを付与する。',
             ['access_control', 'access_auth']),
            ('委員の委嘱時に、端末の扱い方と資料の管理上の留意点を説明する場を設ける。', ['training']),
            ('審査会が終わった資料は、開催日の翌週までに担当職員がクラウド上から削除する。', ['return_erasure']),
            ('委員に貸与するタブレット端末は、指紋による本人確認を経なければ起動できない設定とする。', ['access_auth']),
            ('委員の閲覧画面では、資料を印刷する機能を停止しておく。', ['print_control']),
            ('クラウドへの接続には、基幹系ネットワークから切り離されたインターネット接続用の端末のみを使う。',
             ['network_protection']),
        ],
        contractor=[
            ('サービスを置くデータセンターは日本国内にあり、ＩＳＯ／ＩＥＣ ２７００１（ＩＳＭＳ）の認証を得ていること。',
             ['certification']),
            ('利用者の端末とサービスとの間の通信、及び保存するデータは、いずれも暗号化させる。', ['encryption']),
            ('管理者の操作やログインの記録を１年以上保存させ、不審な操作の有無を定期的に点検させる。', ['logging']),
            ('データのバックアップを毎日取得し、別の拠点で保管させる。', ['backup']),
            ('外部からの不正侵入を防ぐため、ファイアウォール及び侵入検知の仕組みを備えさせる。', ['network_protection']),
            ('障害や情報流出が発生したときは、直ちに介護福祉課へ連絡させ、原因と対応を報告させる。',
             ['incident_response']),
            ('契約が終了したときは、保存データを復元できない方法で消去させ、その証明書を提出させる。',
             ['return_erasure', 'erasure_proof']),
            ('運用保守に従事する技術者の名簿を、作業の開始前に提出させる。', ['responsible_staff']),
        ],
        annex=[],
    ),
]

# Strings the document holds that must NOT become gold values (self_check verifies both).
AB1_DECOYS = dict(
    not_titles=['市営住宅家賃の減免審査に係る生活保護受給情報の目的外利用について'],
    not_departments=['総務部', '建設部', '企画部'],
    not_divisions=['総務課', '建築住宅課', '情報政策課'],
    not_items=['個人番号', '被保険者番号', '生活保護の受給状況', '世帯員数'],
    not_legal=['第8条第2項第4号', '第27条'],
    not_media_words=['電子メール', '紙の審査会資料'],
    not_dates=['令和3年12月中旬', '令和4年2月', '令和3年10月22日', '令和3年11月16日', '2021/11/04'],
    withdrawn_mark='本件は取下げ',
)

# ======================================================================== ab2 苫小牧市
S2 = '令和4年度第3回'
AB2 = [
    dict(
        title='苫小牧市高齢者等緊急通報システム運営業務の委託について',
        municipality='苫小牧市', matter_kind='report', procedure='outsourcing',
        legal_basis='第10条第3項', department='保健福祉部', divisions=['高齢福祉課'],
        contractor_contains='ほっかいどうセーフティコール',
        period_start='2022-10-01', period_end='2025-09-30', recurring=False,
        fiscal_year=2022, council_session=S2,
        data_items=items(('利用者', '氏名、生年月日、性別、住所、電話番号、世帯の状況、既往歴、服薬の状況、'
                                 'かかりつけ医療機関名、要介護度、身体障害者手帳の等級、介護保険被保険者番号、'
                                 '緊急連絡先、住居の鍵の預託の有無'),
                         ('協力員', '氏名、住所、電話番号、利用者との関係')),
        sensitive_items=['既往歴', '服薬の状況', 'かかりつけ医療機関名', '要介護度', '身体障害者手帳の等級'],
        media=[('paper', '紙（利用申請書、協力員届出書）'),
               ('removable', 'CD-R（新規登録分及び変更分の利用者情報を市から受託者へ渡す場合に限る。）'),
               ('contractor_server', '受託者の受信センターに設置するサーバ')],
        ward=[
            ('委託契約書には<<annex,別記「個人情報の保護に関する特記事項」>>を添付し、その遵守を受託者に義務付ける。',
             ['contract_terms']),
            ('新規登録分及び変更分の利用者情報を記録したCD-Rは、高齢福祉課の職員が受信センターへ持参し、受領書と引換えに手渡す。',
             ['transfer_control']),
            ('CD-Rに書き込むデータは暗号化し、復号に必要なパスワードは、CD-Rを渡した日とは別の日に電話で伝える。',
             ['encryption', 'password_separation']),
            ('受託者から毎月提出される業務報告書により、個人情報の管理状況を確認する。', ['status_report']),
            ('年度に１回以上、職員が受信センターに立ち入り、管理の実態を点検する。', ['audit']),
        ],
        contractor=[
            ('個人情報の管理責任者と通報を受けるオペレーターを選任させ、その名簿を市に届け出させる。',
             ['responsible_staff']),
            ('漏えい、紛失その他の事故が生じたときは、直ちに高齢福祉課へ報告させ、その指示に従わせる。',
             ['incident_response']),
            ('通報の受信から救急要請、協力員への連絡に至るまでの対応手順書を作成させ、業務の開始前に市の確認を受けさせる。',
             ['work_procedure']),
            ('オペレーターには、業務に就く前と毎年度１回、個人情報の保護に関する研修を受けさせる。', ['training']),
            ('受信センターの出入口にカード認証装置を設置させ、入退室の記録を保存させる。', ['entry_control']),
            ('利用申請書の写しなどの書類は、施錠できるキャビネットに保管させる。', ['locked_storage']),
            ('緊急通報受信システムは、インターネットから切り離した閉域網の中で運用させる。', ['network_protection']),
            ('システムへのログインには、オペレーターごとのIDと多要素認証を用いさせ、操作の履歴を残させる。',
             ['access_auth', 'logging']),
            ('既往歴や服薬の状況などの情報を閲覧できる者は、通報に対応するオペレーターに限らせる。',
             ['access_control']),
            ('契約が終わったときは、システム内の利用者情報を完全に消去させ、消去証明書を提出させる。',
             ['return_erasure', 'erasure_proof']),
        ],
        annex=[
            ('総則', '受託者は、個人情報の保護の大切さを十分に認識し', ['general_duty']),
            ('秘密の保持', '受託者は、本業務を通じて知り得た個人情報を、正当な理由なく他人に知らせてはならない',
             ['confidentiality']),
            ('安全確保の措置', '受託者は、個人情報を記した書類や記録媒体を鍵の掛かる保管庫に収めるなど', ['locked_storage']),
            ('目的外利用等の禁止', '受託者は、市の指示による場合のほかは', ['purpose_limit']),
            ('再委託の禁止', '受託者は、本業務の処理を第三者に再委託してはならない', ['subcontract_limit']),
            ('複写等の禁止', '受託者は、市の承諾がある場合を除き、市から受け取った個人情報を写し取り', ['copy_limit']),
            ('作業場所の限定', '受託者は、本業務を受信センター内で行うものとし', ['takeout_limit']),
            ('個人情報の受渡し', '受託者は、市との間で個人情報を受け渡すときは', ['transfer_control']),
            ('事故の報告', '受託者は、個人情報の漏えい、紛失、改ざんその他の事故が起きたとき', ['incident_response']),
            ('資料の返還等', '受託者は、本業務が終了したときは、次に定めるところにより処理しなければならない',
             ['return_erasure', 'erasure_proof']),
            ('調査', '市は、必要に応じ、受託者の受信センター等に職員を立ち入らせ', ['audit']),
            ('違反の公表', '市は、受託者がこの特記事項に違反した場合には、受託者の名称及び違反の内容を公表することがある', ['publication']),
            ('損害賠償', '受託者は、この特記事項の違反によって市又は第三者が被った損害について', ['liability']),
        ],
    ),
    dict(
        title='児童扶養手当の現況届等のオンライン受付に伴う電子申請サービスとの外部結合について',
        municipality='苫小牧市', matter_kind='consultation', procedure='external_link',
        legal_basis='第13条第2項第2号', department='こども未来部', divisions=['こども支援課'],
        contractor_contains='ポルトフォーム',
        period_start='2023-01-04', period_end=None, recurring=True,
        fiscal_year=2022, council_session=S2,
        data_items=items(('申請者', '氏名、生年月日、住所、電話番号、メールアドレス、児童扶養手当証書の番号、'
                                 '婚姻の状況、公的年金等の受給状況、養育費の受領額'),
                         ('対象児童', '氏名、生年月日、申請者との続柄、同居・別居の別、障害の状態、'
                                   '診断書を作成した医療機関名')),
        sensitive_items=['障害の状態', '診断書を作成した医療機関名'],
        media=[('external_system', '電子申請クラウドサービス「ポルトフォーム」上の申請データ'),
               ('ward_system', 'こども支援課に設置する取込み用の専用端末'),
               ('paper', '紙（郵送で提出された診断書等の添付書類の原本）')],
        ward=[
            ('申請データの取込み作業は、こども支援課に設置した専用端末１台に限って行う。', ['access_control']),
            ('専用端末には、職員ごとに割り当てたIDとパスワードでなければログインできないようにする。', ['access_auth']),
            ('専用端末は、持ち去られることのないよう、ワイヤー錠で机に固定する。', ['device_lock']),
            ('専用端末には不正プログラム対策ソフトを導入し、OSの更新プログラムを速やかに適用する。',
             ['malware_protection']),
            ('取込みを終えた申請データは、受付から３０日を経過した日にクラウド上から削除する。', ['return_erasure']),
            ('担当職員は、毎年度、情報セキュリティに関する研修を受講する。', ['training']),
            ('添付書類の原本は、審査が終わった後、鍵の掛かる書庫で保管する。', ['locked_storage']),
        ],
        contractor=[
            ('申請者の端末とサービスとの間の通信は、TLS1.2以上footnote:[Transport Layer Security。通信の盗聴及び改ざんを防ぐための暗号化の方式。]の方式で暗号化させる。',
             ['encryption']),
            ('プライバシーマークの付与を受けていることを、利用契約の条件とする。', ['certification']),
            ('{市}の申請データは専用の領域に保存させ、他の利用団体からは参照できないよう分離させる。',
             ['access_control']),
            ('管理者による操作の履歴を記録させ、３年間保存させる。', ['logging']),
            ('申請データのバックアップを毎日取得させ、国内の別のデータセンターに保管させる。', ['backup']),
            ('Webアプリケーションファイアウォールを設け、外部からの攻撃を遮断させる。', ['network_protection']),
            ('障害や漏えいが起きた場合の連絡先と対応手順を定め、あらかじめ市に提出させる。', ['incident_response']),
            ('運用保守の業務を他社に行わせる場合は、事前に市の書面による承諾を得させる。', ['subcontract_limit']),
        ],
        annex=[],
    ),
]

AB2_DECOYS = dict(
    not_titles=['市民活動センター利用者登録情報のクラウド移行について'],
    not_contractors=['北斗テレケア', 'ノースゲート・システムズ'],
    not_departments=['総務部', '総合政策部'],
    not_divisions=['総務課', 'デジタル推進課', '手当給付係'],
    not_items=['個人番号', '所得の額'],
    not_media_words=['USBメモリ', '電子メール', '緊急通報装置'],
    not_dates=['平成３１年４月１日', '令和４年９月３０日', '令和４年１１月１６日', '2022-11-08'],
)

DOCS = {'ab1_hirosaki_2021': AB1, 'ab2_tomakomai_2022': AB2}
DECOYS = {'ab1_hirosaki_2021': AB1_DECOYS, 'ab2_tomakomai_2022': AB2_DECOYS}


def first_seen(seq_of_code_lists):
    out = []
    for codes in seq_of_code_lists:
        for c in codes:
            if c not in out:
                out.append(c)
    return out


def gold_matter(m):
    return {
        'title': m['title'],
        'municipality': m['municipality'],
        'matter_kind': m['matter_kind'],
        'procedure': m['procedure'],
        'legal_basis': m['legal_basis'],
        'department': m['department'],
        'divisions': m['divisions'],
        'contractor_contains': m['contractor_contains'],
        'period_start': m['period_start'],
        'period_end': m['period_end'],
        'recurring': m['recurring'],
        'fiscal_year': m['fiscal_year'],
        'council_session': m['council_session'],
        'data_items': m['data_items'],
        'sensitive_items': m['sensitive_items'],
        'media': [c for c, _ in m['media']],
        'safeguards': {
            'ward': first_seen(c for _, c in m['ward']),
            'contractor': first_seen(c for _, c in m['contractor']),
        },
        'clauses': first_seen(c for _, _, c in m['annex']),
    }


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': [gold_matter(m) for m in matters]}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', path)


if __name__ == '__main__':
    main()
