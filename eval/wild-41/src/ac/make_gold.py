#!/usr/bin/env python3
"""Writes gold/ac1_tsuchiura_2022.json and gold/ac2_ise_2021.json in the form and key order of
shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False, trailing newline).

The safeguard and clause categories are not typed in by hand: every safeguard sentence is
listed below with its actor and codes, every annex article with its heading and codes, and the
gold lists are derived from them (each actor's codes once, in order of first appearance).
self_check.py reuses these lists to find every sentence and article in the raw documents.
Readings are explained in ../../NOTES-ac.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GOLD = os.path.join(ROOT, 'gold')


def items(*groups):
    out = []
    for subject, names in groups:
        for n in names.split('、'):
            d = {'item': n}
            if subject:
                d['subject'] = subject
            out.append(d)
    return out


def ordered(codes_lists):
    out = []
    for codes in codes_lists:
        for c in codes:
            if c not in out:
                out.append(c)
    return out


# Each matter: the gold fields plus
#   'sentences': [(actor, sentence as written (NFKC-equal), [codes])]
#   'annex':     [(heading, [codes])]   (empty when no annex is attached to the matter)
MATTERS = {
    'ac1_tsuchiura_2022': [
        dict(
            title='高齢者配食サービス事業に係る配達及び安否確認業務の委託について',
            municipality='土浦市', matter_kind='report', procedure='outsourcing',
            legal_basis='第11条第2項', department='保健福祉部', divisions=['高齢福祉課'],
            contractor_contains='ハーモニーデリカ',
            period_start='2022-10-01', period_end='2025-03-31', recurring=False,
            fiscal_year=2022, council_session='令和4年度第2回',
            data_items=items(('利用者', '氏名、生年月日、性別、住所、電話番号、介護保険被保険者番号、要介護度、'
                                       '病名、かかりつけ医療機関名、利用者負担区分、配食日、安否確認時の応答の有無'),
                             ('緊急連絡先', '氏名、続柄、電話番号')),
            sensitive_items=['要介護度', '病名', 'かかりつけ医療機関名'],
            media=['external_system', 'contractor_pc'],
            sentences=[
                ('ward', '契約書には「個人情報取扱特記事項」を別記として付し、受託者がこれを守るべきことを契約上明らかにする。', ['contract_terms']),
                ('ward', '年１回以上、担当職員が受託者の事業所に出向き、利用者情報の管理の実態を実地に確かめる。', ['audit']),
                ('ward', '受託者が利用するクラウドサービスについては、契約の締結前に、ＩＳＭＡＰクラウドサービスリストへの登録又はＩＳＯ／ＩＥＣ２７０１７に基づく認証の取得を確認する。', ['certification']),
                ('ward', '市職員がクラウドサービスの管理画面を使用する際は、職員ごとに払い出したＩＤ及びパスワードで本人であることを確認する。', ['access_auth']),
                ('ward', '管理画面上で利用者情報を閲覧することができる職員は、高齢福祉課の配食サービス担当に限定する。', ['access_control']),
                ('contractor', '業務責任者を置かせ、配達員を含む従事者の名簿を市に提出させる。', ['responsible_staff']),
                ('contractor', '従事者には、業務に就く前に、個人情報の取扱いに関する研修を受けさせる。', ['training']),
                ('contractor', '利用者情報の漏えい、紛失その他の事故が生じたとき、又はそのおそれがあるときは、直ちに高齢福祉課へ報告させ、市の指示に従って対処させる。', ['incident_response']),
                ('contractor', 'クラウドサービスへのログインは、ＩＤとパスワードに加え、ワンタイムパスワードを用いた多要素認証によらせる。', ['access_auth']),
                ('contractor', 'クラウドサービスとタブレット端末との間の通信は、ＴＬＳにより暗号化させる。', ['encryption']),
                ('contractor', 'タブレット端末にはウイルス対策ソフトを導入させ、ＯＳ及びアプリケーションの更新を速やかに適用させる。', ['malware_protection']),
                ('contractor', 'クラウドサービスの操作ログを保存させ、月に１回その内容を点検させる。', ['logging']),
                ('contractor', '契約が終了したときは、クラウドサービス及びタブレット端末に記録された利用者情報を復元できない方法で消去させ、消去の結果を記した報告書を市に提出させる。', ['return_erasure', 'erasure_proof']),
            ],
            annex=[
                ('基本的事項', ['general_duty']),
                ('秘密の保持', ['confidentiality']),
                ('収集の制限', ['collection_limit']),
                ('目的外利用及び提供の禁止', ['purpose_limit']),
                ('複写及び複製の禁止', ['copy_limit']),
                ('再委託の禁止', ['subcontract_limit']),
                ('持出しの禁止', ['takeout_limit']),
                ('安全管理', ['locked_storage']),
                ('取扱責任者等の指定', ['responsible_staff']),
                ('従事者の教育', ['training']),
                ('資料等の返還及び消去', ['return_erasure', 'erasure_proof']),
                ('取扱状況の報告及び調査', ['status_report', 'audit']),
                ('事故発生時の報告', ['incident_response']),
                ('契約の解除及び損害賠償', ['liability']),
                ('公表', ['publication']),
            ],
        ),
        dict(
            title='障害支援区分認定調査業務の委託について',
            municipality='土浦市', matter_kind='report', procedure='outsourcing',
            legal_basis='第11条第2項', department='保健福祉部', divisions=['障害福祉課'],
            contractor_contains='さくら川相談支援センター',
            period_start='2022-04-01', period_end='2023-03-31', recurring=True,
            fiscal_year=2022, council_session='令和4年度第2回',
            data_items=items(('調査対象者', '氏名、生年月日、性別、住所、電話番号、受給者証番号、障害者手帳の等級、'
                                         '障害支援区分、疾病名、心身の状況、通院先の医療機関名、調査実施日、調査場所'),
                             ('介護者', '氏名、続柄、電話番号')),
            sensitive_items=['障害者手帳の等級', '障害支援区分', '疾病名', '心身の状況', '通院先の医療機関名'],
            media=['paper', 'ward_system'],
            sentences=[
                ('ward', '委託契約書に個人情報取扱特記事項を添付し、土浦市個人情報保護条例の遵守を受託法人に義務付ける。', ['contract_terms']),
                ('ward', '貸与するノートパソコンは市が初期設定を行い、認定調査結果の入力以外の機能を利用できないよう権限を制限する。', ['access_control']),
                ('ward', '貸与するノートパソコンの記憶装置は暗号化し、起動時にはパスワードによる認証を求める設定とする。', ['encryption', 'access_auth']),
                ('ward', '認定調査票は、障害福祉課の窓口において職員と調査員との間で直接受け渡し、その日時及び枚数を受渡簿に記録する。', ['transfer_control']),
                ('ward', '四半期に１回、職員が受託法人の事務所を訪れ、認定調査票の保管状況を点検する。', ['audit']),
                ('contractor', '調査に従事する職員を指定させ、保有資格を付記した名簿を事前に市へ届け出させる。', ['responsible_staff']),
                ('contractor', '調査員には、市が開催する認定調査員研修を修了させる。', ['training']),
                ('contractor', '調査員から、調査で知り得た事項を在職中も退職後も他言しない旨の誓約書を徴させる。', ['confidentiality']),
                ('contractor', '認定調査票は、事務所内の鍵付きキャビネットに収納させる。', ['locked_storage']),
                ('contractor', '認定調査票及び貸与したノートパソコンは、調査のための訪問時を除き、事務所の外へ持ち出させない。', ['takeout_limit']),
                ('contractor', '貸与したノートパソコンを受託法人のネットワーク及びインターネットに接続させない。', ['network_protection']),
                ('contractor', '認定調査票の紛失、盗難その他の事故があったときは、速やかに障害福祉課に連絡させる。', ['incident_response']),
                ('contractor', '調査を終えた認定調査票は、写しをとらせることなく、速やかに市に返却させる。', ['copy_limit', 'return_erasure']),
            ],
            annex=[],
        ),
    ],
    'ac2_ise_2021': [
        dict(
            title='養育支援訪問事業に係る訪問支援業務の委託について',
            municipality='伊勢市', matter_kind='consultation', procedure='outsourcing',
            legal_basis='第12条第2項', department='こども未来部', divisions=['こども家庭相談課'],
            contractor_contains='こもれび家庭支援ネット',
            period_start='2021-11-01', period_end='2022-03-31', recurring=True,
            fiscal_year=2021, council_session='令和3年度第2回',
            data_items=items(('養育者', '氏名、生年月日、住所、電話番号、就労状況、既往歴、妊娠週数'),
                             ('児童', '氏名、生年月日、性別、乳幼児健康診査の結果、予防接種の接種日'),
                             ('世帯', '家族構成、生活保護の受給状況、児童扶養手当の受給状況')),
            sensitive_items=['既往歴', '妊娠週数', '乳幼児健康診査の結果', '生活保護の受給状況'],
            media=['paper', 'contractor_pc'],
            sentences=[
                ('ward', '委託契約書に下記の「個人情報取扱特記事項」を添付し、受託者にその遵守を求める。', ['contract_terms']),
                ('ward', '業務を始める前に、受託者から個人情報の取扱手順書を提出させ、市がその内容を確認する。', ['work_procedure']),
                ('ward', '支援対象世帯の情報を受託者に渡す際は、担当職員が受託者の事務所に持参し、授受簿に受領の確認を得る。', ['transfer_control']),
                ('ward', '委託期間中に少なくとも１回、受託者の事務所において訪問記録票の保管状況を点検する。', ['audit']),
                ('contractor', '訪問支援員その他個人情報を扱う者をあらかじめ定め、その名簿を市に提出させる。', ['responsible_staff']),
                ('contractor', '訪問支援員には、従事する前に個人情報保護に関する研修を受けさせる。', ['training']),
                ('contractor', '訪問記録票等の書類は、事務所内の鍵のかかる書棚に収めさせる。', ['locked_storage']),
                ('contractor', '記録を入力するパソコンは、従事者ごとのＩＤとパスワードにより起動させる。', ['access_auth']),
                ('contractor', '同パソコンにはウイルス対策ソフトを入れ、定義ファイルを自動で更新させる。', ['malware_protection']),
                ('contractor', '支援対象者の情報を保存するファイルには、パスワードを設定させる。', ['encryption']),
                ('contractor', '個人情報の漏えい、紛失等の事故が起きたときは、速やかにこども家庭相談課へ報告させる。', ['incident_response']),
                ('contractor', '年度の終わりには訪問記録票を市に引き渡させ、パソコン内のデータを消去させた上で、消去した旨を書面で報告させる。', ['return_erasure', 'erasure_proof']),
            ],
            annex=[
                ('基本的事項', ['general_duty']),
                ('秘密の保持', ['confidentiality']),
                ('適正な管理', ['locked_storage']),
                ('収集の制限', ['collection_limit']),
                ('利用及び提供の制限', ['purpose_limit']),
                ('複写等の制限', ['copy_limit']),
                ('再委託の禁止', ['subcontract_limit']),
                ('持出しの禁止', ['takeout_limit']),
                ('受渡し', ['transfer_control']),
                ('資料等の返還等', ['return_erasure', 'erasure_proof']),
                ('従事者への指導', ['training']),
                ('事故の報告', ['incident_response']),
                ('調査', ['audit']),
                ('損害賠償', ['liability']),
            ],
        ),
        dict(
            title='福祉医療費助成事務に係る三重県国民健康保険団体連合会との回線結合について',
            municipality='伊勢市', matter_kind='consultation', procedure='external_link',
            legal_basis='第14条第2項', department='健康福祉部', divisions=['医療助成課'],
            contractor_contains='三重県国民健康保険団体連合会',
            period_start='2021-12-01', period_end=None, recurring=None,
            fiscal_year=2021, council_session='令和3年度第2回',
            data_items=items(('受給者', '氏名、生年月日、性別、住所、受給者番号、保険者番号、被保険者証の記号番号、'
                                       '所得区分、障害者手帳の等級、診療年月、受診した医療機関名、調剤を受けた薬局名、'
                                       '医療費の総額、一部負担金の額、助成額'),
                             ('保護者', '氏名')),
            sensitive_items=['障害者手帳の等級', '受診した医療機関名', '調剤を受けた薬局名'],
            media=['ward_system', 'external_system'],
            sentences=[
                ('ward', '国保連との通信は、国保連が運用する閉域の専用回線のみを用い、インターネットを経由させない。', ['network_protection']),
                ('ward', '送受信するデータファイルは、暗号化した上でやり取りする。', ['encryption']),
                ('ward', '審査支払システムを利用できる端末は、医療助成課に設置した専用端末２台に限る。', ['access_control']),
                ('ward', '専用端末へのログインは、職員ごとに交付したＩＣカードと暗証番号により行う。', ['access_auth']),
                ('ward', '専用端末は、盗難防止用のワイヤーで執務机に固定する。', ['device_lock']),
                ('ward', '専用端末の操作履歴は自動的に記録し、医療助成課長が毎月確認する。', ['logging']),
                ('ward', '通信障害やデータの誤送信が起きたときは、直ちに送受信を停止し、国保連と連携して原因の究明と復旧に当たる。', ['incident_response']),
                ('contractor', '保守作業に当たる技術者をあらかじめ特定し、その氏名を市に届け出させる。', ['responsible_staff']),
                ('contractor', '保守作業は、事前に市の承認を受けた作業計画書に従って実施させる。', ['work_procedure']),
                ('contractor', '受給者データを外部記録媒体に書き出させず、庁舎の外に持ち出させない。', ['takeout_limit']),
                ('contractor', '作業で知り得た受給者の情報を他に漏らさない旨を誓約させる。', ['confidentiality']),
                ('contractor', '保守に用いる機器は、作業前にウイルス定義ファイルが最新であることを確認させる。', ['malware_protection']),
            ],
            annex=[],
        ),
    ],
}

KEYS = ['title', 'municipality', 'matter_kind', 'procedure', 'legal_basis', 'department', 'divisions',
        'contractor_contains', 'period_start', 'period_end', 'recurring', 'fiscal_year', 'council_session',
        'data_items', 'sensitive_items', 'media', 'safeguards', 'clauses']


def gold_matter(m):
    g = {k: m[k] for k in KEYS if k not in ('safeguards', 'clauses')}
    g['safeguards'] = {
        'ward': ordered(c for a, _, c in m['sentences'] if a == 'ward'),
        'contractor': ordered(c for a, _, c in m['sentences'] if a == 'contractor'),
    }
    g['clauses'] = ordered(c for _, c in m['annex'])
    return {k: g[k] for k in KEYS}


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, ms in MATTERS.items():
        doc = {'source': stem, 'matters': [gold_matter(m) for m in ms]}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', path)


if __name__ == '__main__':
    main()
