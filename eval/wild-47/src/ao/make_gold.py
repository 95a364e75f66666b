#!/usr/bin/env python3
"""Writes gold/ao1_iizuka_2020.json and gold/ao2_shunan_2023.json in the form and key
order of /work/shared/corpus/more/gold/*.json (json.dumps indent=1,
ensure_ascii=False, trailing newline).

The safeguard and clause lists are not typed by hand: each matter carries its
evidence (actor, a verbatim snippet of the raw document, the taxonomy codes read
for it), and the gold lists are the codes in order of first appearance.  The same
evidence is re-checked against the raw text by self_check.py.  Every reading is
explained in ../../NOTES-ao.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', '..', 'gold')


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


def first_seen(codes):
    out = []
    for c in codes:
        if c not in out:
            out.append(c)
    return out


# ----------------------------------------------------------------------------
# Each matter: the gold fields plus
#   'evidence': [(actor, snippet, [codes])]  safeguards (non-clause), in text order
#   'annex':    [(article no, heading, [codes])] or []
#   'segment':  (start marker, end marker) of the matter in the raw text
#   'media_words', 'period_words', 'ruled_out': strings for self_check
#   'decoded':  {gold item: the mis-recognised form in the raw text}
# ----------------------------------------------------------------------------

S1 = '令和2年度第2回'
S2 = '令和5年度第1回'

DOCS = {}

DOCS['ao1_iizuka_2020'] = [
    dict(
        title='糖尿病性腎症重症化予防事業に係る保健指導業務の委託について',
        municipality='飯塚市', matter_kind='consultation', procedure='outsourcing',
        legal_basis='第13条第2項', department='市民環境部', divisions=['国保年金課'],
        contractor_contains='九州ヘルスリンク',
        period_start='2020-10-01', period_end='2021-03-31', recurring=True,
        fiscal_year=2020, council_session=S1,
        data_items=items(('対象者', '氏名、生年月日、性別、住所、電話番号、被保険者証の記号番号、'
                                    '特定健診の受診日、健診結果、糖尿病の治療状況、服薬状況、'
                                    'かかりつけ医療機関名、人工透析の有無、保健指導の実施区分')),
        sensitive_items=['健診結果', '糖尿病の治療状況', '服薬状況', 'かかりつけ医療機関名', '人工透析の有無'],
        media=['paper', 'removable', 'contractor_pc'],
        evidence=[
            ('ward', '条例の規定を守ることを受託者に義務付けます', ['contract_terms']),
            ('ward', 'パスワードを設定した上でお渡ししますパスワードは別の日にお電話でお伝えいたします',
             ['encryption', 'password_separation']),
            ('ward', 'DVD-Rは職員が委託先の事業所まで直接持参しまして、えー、受領書をいただきます', ['transfer_control']),
            ('ward', '保健指導の手順書を提出していただき、課の方でその内容を確認いたします', ['work_procedure']),
            ('contractor', '個人情報を取り扱う責任者と従事者を定めまして、その名簿を市に提出させます', ['responsible_staff']),
            ('contractor', '個人情報保護についての研修を受講させます', ['training']),
            ('contractor', '事業所内の鍵のかかる保管庫に入れて管理させます', ['locked_storage']),
            ('contractor', 'その日に訪問する方の分に限りまして、持ち出しと返却の時刻を記録簿に記入させます', ['takeout_limit']),
            ('contractor', 'プリンターに置いたままにさせないようにいたします', ['print_control']),
            ('contractor', 'インターネットなどの外部のネットワークには接続させません', ['network_protection']),
            ('contractor', '担当者ごとのIDとパスワードで認証させます', ['access_auth']),
            ('contractor', 'ウイルス対策ソフトを導入させまして、えー、定義ファイルは常に最新にしておくようにさせます',
             ['malware_protection']),
            ('contractor', '事故が起きた場合は、直ちに国保年金課に報告をさせ', ['incident_response']),
            ('contractor', '復元できない方法で消去させまして、消去したことの証明書を提出させます',
             ['return_erasure', 'erasure_proof']),
            # Q&A: the division adds an on-site check (approved with the matter)
            ('ward', '職員が九州ヘルスリンク株式会社の事業所に出向きまして', ['audit']),
        ],
        annex=[
            (1, '秘密の保持', ['confidentiality']),
            (2, '収集の制限', ['collection_limit']),
            (3, '目的外利用及び第三者への提供の禁止', ['purpose_limit']),
            (4, '複写及び複製の禁止', ['copy_limit']),
            (5, '再委託の禁止', ['subcontract_limit']),
            (6, '個人情報の持ち出しの禁止', ['takeout_limit']),
            (7, '従事者の指定及び報告', ['responsible_staff']),
            (8, '従事者への教育', ['training']),
            (9, '事故発生時の報告', ['incident_response']),
            (10, '資料等の返還及び消去', ['return_erasure']),
            (11, '消去の証明', ['erasure_proof']),
            (12, '実地調査', ['audit']),
            (13, '契約の解除', []),
            (14, '損害賠償', ['liability']),
        ],
        segment=('[00:06:40]', '[00:31:40]'),
        media_words=['紙', '対象者名簿', 'DVD-R', '業務用のパソコン'],
        period_words=['令和2年の10月1日から令和3年3月31日まで', '来年度以降も'],
        ruled_out=['勤務先', 'USBメモリ', 'メール'],
        decoded={'かかりつけ医療機関名': 'かかりつけ医療器官名',
                 '九州ヘルスリンク': '九州ヘルス。リンク株式会社'},
    ),
    dict(
        title='飯塚市立図書館の図書館情報システムのクラウド化に伴う外部結合について',
        municipality='飯塚市', matter_kind='consultation', procedure='external_link',
        legal_basis='第16条第2項', department='教育委員会事務局', divisions=['生涯学習課'],
        contractor_contains='リブクラウド',
        period_start='2020-11-01', period_end='2025-10-31', recurring=False,
        fiscal_year=2020, council_session=S1,
        data_items=items(('利用者', '利用者番号、氏名、生年月日、性別、住所、電話番号、メールアドレス、'
                                    '利用者区分、貸出状況、予約状況、宅配サービスの利用区分、'
                                    '身体障害者手帳の等級、要介護度'),
                         ('保護者', '氏名')),
        sensitive_items=['身体障害者手帳の等級', '要介護度'],
        media=['external_system', 'ward_system', 'paper'],
        evidence=[
            ('ward', 'エルシス社との利用契約書に、個人情報の取扱いに関する特記事項を添付いたします', ['contract_terms']),
            ('ward', '職員ごとに付与したIDとパスワードで認証を行います', ['access_auth']),
            ('ward', '専用の閉域網を用いまして、インターネットを経由いたしません', ['network_protection']),
            ('ward', '利用者情報の一括出力は、あの、係長以上に限定いたします', ['access_control']),
            ('ward', '盗難防止用のワイヤーでカウンターに固定いたします', ['device_lock']),
            ('ward', '図書館の職員全員に毎年、個人情報保護の研修を行います', ['training']),
            ('ward', '鍵のかかる書庫に保管いたしまして、保存期間が過ぎたものは溶解処理をいたします',
             ['locked_storage', 'return_erasure']),
            ('contractor', 'ISMSの認証を取得しているものを使用させます', ['certification']),
            ('contractor', 'サーバに保存するデータは暗号化させます', ['encryption']),
            ('contractor', 'データは毎日バックアップを取りまして', ['backup']),
            ('contractor', 'データセンターへの入退室は、生体認証とICカードで管理しまして、その記録を保存させます',
             ['entry_control']),
            ('contractor', '運用保守を担当する者を指名させまして、その名簿を提出させます', ['responsible_staff']),
            ('contractor', 'システムの障害や情報の漏えいが起きた場合は、直ちに教育委員会に連絡させます',
             ['incident_response']),
            ('contractor', 'セキュリティ更新プログラムは速やかに適用させ、ウイルス対策も行わせます',
             ['malware_protection']),
            ('contractor', 'サーバ上のデータを全て消去させ、消去したことを証明する書類を提出させます',
             ['return_erasure', 'erasure_proof']),
            # Q&A: the division adds a monthly log review (approved with the matter)
            ('ward', '月に1回、係長が操作ログを確認することといたします', ['logging']),
        ],
        annex=[],
        segment=('[00:42:12]', '[01:04:10]'),
        media_words=['リブクラウドのサーバ', '業務用端末', '紙の利用登録申込書'],
        period_words=['令和2年11月1日から、ごー年間、令和7年10月31日まで'],
        ruled_out=['貸出履歴'],
        decoded={},
    ),
]

DOCS['ao2_shunan_2023'] = [
    dict(
        title='高齢者配食サービス事業に係る配食及び安否確認業務の委託について',
        municipality='周南市', matter_kind='report', procedure='outsourcing',
        legal_basis='第7条第1項', department='福祉部', divisions=['高齢者支援課'],
        contractor_contains='しゅうなん配食サポート',
        period_start='2023-08-01', period_end='2026-03-31', recurring=False,
        fiscal_year=2023, council_session=S2,
        data_items=items(('利用者', '氏名、性別、生年月日、住所、電話番号、世帯の状況、要介護度、'
                                    '障害者手帳の等級、食物アレルギーの有無、配食の利用区分、利用者負担額、'
                                    '生活保護の受給状況、安否確認の実施日時'),
                         ('緊急連絡先', '氏名、続柄、電話番号')),
        sensitive_items=['要介護度', '障害者手帳の等級', '食物アレルギーの有無', '生活保護の受給状況'],
        media=['paper', 'contractor_server', 'contractor_pc', 'removable'],
        evidence=[
            ('ward', '個人情報の保護に関する法律と市の情報セキュリティポリシーを守る義務を受託者に負わせる',
             ['contract_terms']),
            ('ward', '暗号化機能付きのUSBメモリに格納し、解除用のパスワードは名簿とは別の日に電話で伝える',
             ['encryption', 'password_separation']),
            ('ward', '受託者の責任者に対面で手渡し、受渡記録簿に双方が署名する', ['transfer_control']),
            ('ward', '個人情報の取扱状況についても報告を受ける', ['status_report']),
            ('ward', '職員が受託者の事業所を訪れ、台帳の保管状況やシステムの運用状況を実地に確かめる', ['audit']),
            ('contractor', '配達員を含む従事者を定め、その一覧を市に届け出させる', ['responsible_staff']),
            ('contractor', '個人情報の取扱いに関する研修を受けさせる', ['training']),
            ('contractor', '事務所内の施錠できるキャビネットに収めさせる', ['locked_storage']),
            ('contractor', '生体認証又は6桁以上のパスコードによる本人確認を必須とさせる', ['access_auth']),
            ('contractor', '配達員が閲覧できる利用者は、担当するルートの分に限らせる', ['access_control']),
            ('contractor', 'ファイアウォールにより、許可した通信以外を遮断させる', ['network_protection']),
            ('contractor', 'ウイルス対策ソフトを導入し、定義ファイルを自動で更新させる', ['malware_protection']),
            ('contractor', 'システムへのログインと閲覧の記録を保存させ、月に1回、管理責任者に点検させる', ['logging']),
            ('contractor', '個人情報の漏えいや紛失が起きたときは、直ちに高齢者支援課へ報告させる', ['incident_response']),
            ('contractor', 'データを復元できない方法で消去させ、消去証明書を提出させる', ['return_erasure', 'erasure_proof']),
        ],
        annex=[
            (1, '基本的事項', ['general_duty']),
            (2, '秘密の保持', ['confidentiality']),
            (3, '収集の制限', ['collection_limit']),
            (4, '利用及び提供の制限', ['purpose_limit']),
            (5, '複製等の制限', ['copy_limit']),
            (6, '再委託の制限', ['subcontract_limit']),
            (7, '保管及び持出し', ['locked_storage', 'takeout_limit']),
            (8, '責任者等の届出', ['responsible_staff']),
            (9, '従事者の教育', ['training']),
            (10, '事故発生時の報告', ['incident_response']),
            (11, '資料等の返還及び廃棄', ['return_erasure', 'erasure_proof']),
            (12, '報告及び検査', ['status_report', 'audit']),
            (13, '契約の解除', []),
            (14, '損害賠償', ['liability']),
            (15, '公表', ['publication']),
        ],
        segment=('## 報告第2号', '## 諮問第1号'),
        media_words=['紙（利用者台帳、配達ルート表）', '受託者の配食管理システム', 'タブレット端末（受託者の所有）', 'USBメモリ'],
        period_words=['令和5年8月1日から令和8年3月31日まで', '"2023-08-01", "2026-03-31"'],
        ruled_out=['個人番号', '口座番号'],
        decoded={},
    ),
    dict(
        title='母子健康手帳アプリと健康管理システムとの健診情報等の連携に係る外部結合について',
        municipality='周南市', matter_kind='consultation', procedure='external_link',
        legal_basis='第9条第2項', department='健康医療部', divisions=['母子保健課'],
        contractor_contains='すくすく周南',
        period_start='2023-10-02', period_end=None, recurring=None,
        fiscal_year=2023, council_session=S2,
        data_items=items(('妊婦', '氏名、生年月日、妊娠週数、出産予定日、妊婦健康診査の受診日、妊婦健康診査の結果'),
                         ('乳幼児', '氏名、生年月日、性別、乳幼児健康診査の受診日、乳幼児健康診査の結果、'
                                    '予防接種の接種日、接種したワクチンの種類'),
                         ('保護者', 'メールアドレス、アプリ利用者ID、宛名番号')),
        sensitive_items=['妊娠週数', '妊婦健康診査の結果', '乳幼児健康診査の結果', '接種したワクチンの種類'],
        media=['ward_system', 'external_system'],
        evidence=[
            ('ward', '結合先事業者と個人情報の取扱いに関する覚書を交わし、安全管理のために事業者が守るべき事項を明記する',
             ['contract_terms']),
            ('contractor', '運用保守に従事させる者を指名させ、その名簿を市に提出させる', ['responsible_staff']),
            ('contractor', 'ISMS（ISO/IEC 27001）の認証を維持させる', ['certification']),
            # 「連携は、保護者がアプリ上で情報連携に同意した場合に限って行う」(市): consent, no code
            ('contractor', '漏えい、滅失等の事故又はそのおそれが生じたときは、直ちに母子保健課へ報告させる',
             ['incident_response']),
            ('contractor', 'アプリの提供以外の目的に使わせず、第三者にも渡させない', ['purpose_limit']),
            ('ward', '担当職員に対して操作方法と情報セキュリティの研修を行う', ['training']),
            ('contractor', 'そのデータを復元できない方法で消去させる', ['return_erasure']),
            ('ward', '通信はLGWAN回線に限り、インターネットへは直接つながない', ['network_protection']),
            ('ward', '送信するデータは、TLS1.2以上で暗号化する', ['encryption']),
            ('ward', '母子保健課の担当3名に限って権限を与える', ['access_control']),
            ('ward', '連携処理の実行記録を残し、四半期ごとに課長が点検する', ['logging']),
            ('contractor', 'クラウドに保存するデータはAES-256で暗号化させる', ['encryption']),
            ('contractor', '管理画面への接続には多要素認証を必須とさせる', ['access_auth']),
            ('contractor', '管理画面の操作ログとアクセスログを1年以上保存させる', ['logging']),
            ('contractor', 'データのバックアップを毎日取得させ、別のリージョンに保管させる', ['backup']),
        ],
        annex=[],
        segment=('## 諮問第1号', '## 出典'),
        media_words=['市の健康管理システム', '結合先のクラウドサーバ'],
        period_words=['令和5年10月2日（終期の定めなし）', '"2023-10-02", null'],
        ruled_out=['母子健康手帳の交付番号', '住所', '電話番号'],
        decoded={},
    ),
]

GOLD_KEYS = ['title', 'municipality', 'matter_kind', 'procedure', 'legal_basis', 'department',
             'divisions', 'contractor_contains', 'period_start', 'period_end', 'recurring',
             'fiscal_year', 'council_session', 'data_items', 'sensitive_items', 'media']


def gold_matter(m):
    g = {k: m[k] for k in GOLD_KEYS}
    g['safeguards'] = {
        actor: first_seen(c for a, _, codes in m['evidence'] if a == actor for c in codes)
        for actor in ('ward', 'contractor')
    }
    g['clauses'] = first_seen(c for _, _, codes in m['annex'] for c in codes)
    return g


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': [gold_matter(m) for m in matters]}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', os.path.normpath(path), len(matters), 'matters')


if __name__ == '__main__':
    main()
