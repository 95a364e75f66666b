#!/usr/bin/env python3
"""Writes gold/ai1_ibaraki_2023.json and gold/ai2_isahaya_2021.json in the form and key
order of /work/shared/corpus/more/gold/*.json (json.dumps indent=1, ensure_ascii=False).

Next to the gold, EVIDENCE holds, for every matter, what the gold was read from: the
region of the raw file, the raw period strings, one raw word per medium, the start of
every safeguard sentence with its codes, and the start of every annex article with its
codes.  self_check.py checks all of it against the raw documents.  Every reading is
explained in ../../NOTES-ai.md."""
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


def first_seen(pairs):
    """Codes in order of first appearance from [(fragment, [codes])]."""
    out = []
    for _, codes in pairs:
        for c in codes:
            if c not in out:
                out.append(c)
    return out


def matter(title, municipality, kind, procedure, legal_basis, department, divisions,
           contractor, start, end, recurring, fy, session, data_items, sensitive,
           media, ward, contractor_sg, clauses):
    return {
        'title': title,
        'municipality': municipality,
        'matter_kind': kind,
        'procedure': procedure,
        'legal_basis': legal_basis,
        'department': department,
        'divisions': divisions,
        'contractor_contains': contractor,
        'period_start': start,
        'period_end': end,
        'recurring': recurring,
        'fiscal_year': fy,
        'council_session': session,
        'data_items': data_items,
        'sensitive_items': sensitive,
        'media': media,
        'safeguards': {'ward': first_seen(ward), 'contractor': first_seen(contractor_sg)},
        'clauses': first_seen(clauses),
    }


DOCS = {}
EVIDENCE = {}

# ======================================================= ai1 茨木市 (Google Sheets, 2 sheets)
S1 = '令和5年度第1回'

A1_W = [
    ('委託契約書には個人情報の取扱いに関する特記事項を付け', ['contract_terms']),
    ('受託者へ渡す対象者データは暗号化してUSBメモリに収め、復号用のパスワードはデータの引渡しとは別の日に電話で',
     ['encryption', 'password_separation']),
    ('USBメモリの受渡しは職員と受託者の責任者とが対面で行い', ['transfer_control']),
    ('契約期間中に少なくとも1回、職員が受託者の事業所を訪れ', ['audit']),
    ('受託者から戻された保健指導記録票は、保険年金課内の施錠できる書庫で保管する', ['locked_storage']),
]
A1_C = [
    ('業務に従事する者の中から個人情報管理責任者を1名置かせ', ['responsible_staff']),
    ('従事者には、業務に就く前に個人情報の適正な取扱いについての講習を受けさせる', ['training']),
    ('保健指導記録票は、市の指定する相談室及び受託者の事業所以外の場所へ持ち出させない', ['takeout_limit']),
    ('業務に使うパソコンは、インターネットをはじめ外部のネットワークに一切つながない', ['network_protection']),
    ('パソコンの起動時には、従事者ごとに割り当てたIDとパスワードの入力を必須とする', ['access_auth']),
    ('ウイルス対策ソフトを導入させ、定義ファイルを常に最新の状態に保たせる', ['malware_protection']),
    ('漏えい・滅失・き損その他の事故が起きたとき', ['incident_response']),
    ('委託期間が終わったときは、USBメモリ及び保健指導記録票を市へ返却させ', ['return_erasure', 'erasure_proof']),
]
A2_W = [
    ('結合先との利用契約に個人情報の取扱いに関する条項を設け', ['contract_terms', 'confidentiality']),
    ('結合先のクラウドを利用できる端末は、障害福祉課の執務室に置く専用端末2台に限定する', ['access_control']),
    ('専用端末の利用者は、指静脈による生体認証とパスワードの二段階で本人確認を行う', ['access_auth']),
    ('市の端末とクラウドとの間の通信は、TLS1.3により暗号化する', ['encryption']),
    ('専用端末での操作履歴を自動で記録し', ['logging']),
    ('専用端末にはウイルス対策ソフトを導入し、OSの更新プログラムを速やかに適用する', ['malware_protection']),
    ('担当職員には、年度当初に情報セキュリティ研修を受講させる', ['training']),
]
A2_C = [
    ('運用・保守に携わる者を指名させ、その名簿を市に提出させる', ['responsible_staff']),
    ('サーバは、ISMS(ISO/IEC27001)の認証を取得した国内のデータセンターに設置させる', ['certification']),
    ('データセンターへの入館及びサーバ室への入室は、あらかじめ登録した者に限らせ', ['entry_control']),
    ('保存するデータはAES-256方式で暗号化させるとともに、日次でバックアップを取得させる', ['encryption', 'backup']),
    ('ファイアウォールと侵入検知システムにより、外部からの不正なアクセスを遮断させる', ['network_protection']),
    ('システム障害や情報漏えいが起きた場合に備えて連絡体制と対応手順を定めさせ', ['incident_response']),
    ('市の承諾を得ずに運用業務の全部又は一部を他の事業者に請け負わせることを禁止する', ['subcontract_limit']),
    ('結合を終了するときは、クラウド上の本市のデータをすべて消去させ、その結果を書面で報告させる',
     ['return_erasure', 'erasure_proof']),
]

DOCS['ai1_ibaraki_2023'] = [
    matter('国民健康保険糖尿病性腎症重症化予防事業に係る保健指導業務の委託について', '茨木市', 'report',
           'outsourcing', '第7条第1項', '健康医療部', ['保険年金課', '健康づくり課'], 'ケアリンク関西',
           '2023-08-01', '2024-03-29', True, 2023, S1,
           items(('指導対象者', '被保険者記号番号、氏名、生年月日、性別、住所、電話番号、特定健康診査の結果、'
                               '健診受診日、糖尿病の治療状況、服薬状況、かかりつけ医療機関名、保健指導の実施区分、'
                               '面談予約日時')),
           ['特定健康診査の結果', '糖尿病の治療状況', '服薬状況', 'かかりつけ医療機関名'],
           ['paper', 'contractor_pc', 'removable'],
           A1_W, A1_C, []),
    matter('障害児通所支援の利用調整に係る事業所連携クラウドサービスとの外部結合について', '茨木市',
           'consultation', 'external_link', '第8条第2項', '福祉部', ['障害福祉課'], 'ケアつなぎクラウド',
           '2023-10-02', None, None, 2023, S1,
           items(('児童', '氏名、生年月日、性別、通所受給者証番号、障害の状況、療育手帳の等級、医療的ケアの内容、'
                          '支給決定日、利用希望日'),
                 ('保護者', '氏名、住所、電話番号、児童との続柄、利用者負担上限月額、生活保護の受給状況')),
           ['障害の状況', '療育手帳の等級', '医療的ケアの内容', '生活保護の受給状況'],
           ['ward_system', 'external_system'],
           A2_W, A2_C, []),
]
EVIDENCE['ai1_ibaraki_2023'] = [
    {'region': 'sheet:0',
     'kind_word': '報告事項', 'session_text': '令和5年度第1回',
     'period_text': ['令和5年8月1日', '令和6年3月29日'], 'recurring_text': '令和6年度以降も同様の内容で委託を継続',
     'media_text': {'paper': '紙(保健指導記録票)', 'contractor_pc': '受託者のパソコン', 'removable': 'USBメモリ'},
     'not_items': ['個人番号'], 'not_media_text': ['電子メールによる個人情報の送受信は行わない'],
     'not_sensitive': ['健診受診日', '保健指導の実施区分', '面談予約日時', '被保険者記号番号'],
     'headings': {'ward': '市が講ずる保護措置', 'contractor': '受託者に講じさせる保護措置'},
     'safeguards': {'ward': A1_W, 'contractor': A1_C}, 'clauses': [], 'articles': 0,
     'decoy_departments': ['総務部']},
    {'region': 'sheet:1853417902',
     'kind_word': '諮問事項', 'session_text': '令和5年度第1回',
     'period_text': ['令和5年10月2日'], 'recurring_text': None,
     'media_text': {'ward_system': '市の障害福祉システム', 'external_system': '結合先のクラウドサービス(ケアつなぎクラウド)のサーバ'},
     'not_items': ['個人番号', '医師の診断書'], 'not_media_text': ['紙媒体・FAXによる送付は、本結合の開始をもって取りやめる'],
     'not_sensitive': ['支給決定日', '利用者負担上限月額', '利用希望日', '通所受給者証番号', '児童との続柄'],
     'headings': {'ward': '市が講ずる安全管理措置', 'contractor': '結合先事業者に講じさせる安全管理措置'},
     'safeguards': {'ward': A2_W, 'contractor': A2_C}, 'clauses': [], 'articles': 0,
     'decoy_departments': ['総務部']},
]

# ======================================================= ai2 諫早市 (議案書 PDF, rotated forms)
S2 = '令和3年度第2回'

B1_W = [
    ('連携サーバは健康管理システムと同じ庁内の閉域ネットワークに置き', ['network_protection']),
    ('結合先とのデータの送受信は、暗号化した専用の通信経路(IPsec-VPN)に限って行う', ['encryption']),
    ('連携の処理を行うことができる職員は母子保健係の職員に限り、システム上の権限を個人ごとに付与する',
     ['access_control']),
    ('職員による操作の記録を保存し、四半期ごとに不審な操作がないか点検する', ['logging']),
    ('結合先事業者との契約書に、個人情報の保護に関する条項を定める', ['contract_terms']),
    ('連携に使う端末にはウイルス対策ソフトを導入し、パターンファイルを自動で更新する', ['malware_protection']),
]
B1_C = [
    ('プライバシーマークの認定を契約期間を通じて維持させる', ['certification']),
    ('利用者がアプリにログインする際は、パスワードに加えて携帯電話に送る確認コードの入力を求める二要素認証',
     ['access_auth']),
    ('サーバに保存するデータは暗号化させ、毎日バックアップを取得させる', ['encryption', 'backup']),
    ('サーバを設置する室への入退室は、許可を受けた者に限らせ、その記録を残させる', ['entry_control']),
    ('管理者権限を付与する者を必要最小限に絞らせ、その者の名簿を市に提出させる',
     ['access_control', 'responsible_staff']),
    ('情報漏えい等の事故が発生したときは、直ちに市へ報告させ', ['incident_response']),
    ('契約が終了したときは、本市から受け取ったデータを全て消去させ、消去証明書を提出させる',
     ['return_erasure', 'erasure_proof']),
]
B2_W = [
    ('委託契約書に別記「個人情報取扱特記事項」を添付し、受託者にその遵守を義務付ける', ['contract_terms']),
    ('認定調査の依頼書類は、職員が受託者の事務責任者に直接手渡し、受渡簿に受領の署名を得る', ['transfer_control']),
    ('調査員に貸与するタブレット端末は、調査員ごとのIDと暗証番号で認証しなければ使えない設定とする',
     ['access_auth']),
    ('タブレット端末に保存されるデータは、全て暗号化する', ['encryption']),
    ('年1回以上、職員が受託者の事務所に出向き、調査票の保管状況を確かめる', ['audit']),
    ('委託の開始前に調査員を対象とした説明会を開き、個人情報を取り扱う際の注意点を周知する', ['training']),
]
B2_C = [
    ('事務責任者及び調査員を定めさせ、その名簿を市に届け出させる', ['responsible_staff']),
    ('記入を終えた調査票は、事務所内の鍵の掛かるロッカーに収めさせる', ['locked_storage']),
    ('調査を通じて知り得た情報を認定調査以外の目的に使わせず、第三者にも提供させない', ['purpose_limit']),
    ('調査票の写しを作らせない', ['copy_limit']),
    ('貸与したタブレット端末から外部記録媒体その他の機器へデータを書き出すことを禁止し、情報の持出しを防ぐ',
     ['takeout_limit']),
    ('調査票の紛失や端末の盗難などの事故が発生し', ['incident_response']),
    ('調査が終わったときは、調査票及び貸与した端末を速やかに市へ返却させる', ['return_erasure']),
]
B2_CL = [
    ('第1条受託者は、この契約に係る業務を行うに当たり', ['general_duty']),
    ('第2条受託者は、業務を通じて知った個人情報の内容をみだりに他人に知らせてはならない', ['confidentiality']),
    ('第3条受託者は、業務のために個人情報を集めるときは、業務に必要な範囲に限り', ['collection_limit']),
    ('第4条受託者は、市の指示がある場合を除き、業務を通じて知った個人情報を契約の目的以外のために使い',
     ['purpose_limit']),
    ('第5条受託者は、市の承諾を得た場合を除き、市から引き渡された調査票その他の資料を複写し', ['copy_limit']),
    ('第6条受託者は、業務の全部又は一部を他の者に行わせてはならない', ['subcontract_limit']),
    ('第7条受託者は、調査を行う場所へ携行する場合を除き', ['takeout_limit']),
    ('第8条受託者は、個人情報が記録された資料を施錠できる保管設備に収めるなど', ['locked_storage']),
    ('第9条受託者は、業務が完了したとき、又は市から求められたときは', ['return_erasure']),
    ('第10条受託者は、業務に従事する者に対し', ['training']),
    ('第11条市は、必要と認めるときは、受託者に対し個人情報の取扱いの状況について報告を求め',
     ['status_report', 'audit']),
    ('第12条受託者は、個人情報の漏えい、紛失その他の事故が生じ', ['incident_response']),
    ('第13条市は、受託者がこの特記事項に違反したときは、契約を解除することができる', ['liability']),
    ('第14条市は、受託者がこの特記事項に違反したときは、その事実を公表することができる', ['publication']),
]

DOCS['ai2_isahaya_2021'] = [
    matter('電子母子健康手帳サービスの導入に伴う外部結合について', '諫早市', 'consultation', 'external_link',
           '第11条第2項', 'こども未来部', ['こども家庭課'], 'はぐくみノート',
           '2022-04-01', None, None, 2021, S2,
           items(('妊婦', '氏名、生年月日、住所、メールアドレス、妊娠週数、出産予定日、妊婦健康診査の受診日、'
                          '妊婦健康診査の結果'),
                 ('子', '氏名、生年月日、性別、乳幼児健康診査の結果、予防接種の接種履歴、予防接種の接種予定日'),
                 (None, 'アプリ利用者ID')),
           ['妊娠週数', '妊婦健康診査の結果', '乳幼児健康診査の結果', '予防接種の接種履歴'],
           ['ward_system', 'external_system'],
           B1_W, B1_C, []),
    matter('介護保険要介護認定に係る認定調査業務の委託について', '諫早市', 'consultation', 'outsourcing',
           '第12条第2項', '健康福祉部', ['介護保険課'], '県央ケアマネジメント協会',
           '2022-01-04', '2023-03-31', True, 2021, S2,
           items(('被保険者', '被保険者番号、氏名、生年月日、性別、住所、電話番号、申請区分、前回の要介護度、'
                              '認定有効期間、既往歴、受診している医療機関名、心身の状況に関する調査結果、'
                              '認定調査の実施日'),
                 ('立会人', '氏名、本人との続柄、電話番号')),
           ['前回の要介護度', '既往歴', '受診している医療機関名', '心身の状況に関する調査結果'],
           ['paper', 'ward_system'],
           B2_W, B2_C, B2_CL),
]
EVIDENCE['ai2_isahaya_2021'] = [
    {'region': 'pages:3,4',
     'kind_word': '諮問事項', 'session_text': '令和3年度第2回',
     'period_text': ['令和4年4月1日'], 'recurring_text': None,
     'media_text': {'ward_system': '市の健康管理システム(庁内サーバ)',
                    'external_system': '結合先「はぐくみノート」のクラウドサーバ'},
     'not_items': ['個人番号', '住民票コード'], 'not_media_text': ['紙の母子健康手帳は従来どおり交付する(本件の記録媒体ではない)'],
     'not_sensitive': ['出産予定日', '妊婦健康診査の受診日', '予防接種の接種予定日', 'アプリ利用者ID'],
     'headings': {'ward': '市が講ずる保護措置', 'contractor': '結合先事業者に講じさせる保護措置'},
     'safeguards': {'ward': B1_W, 'contractor': B1_C}, 'clauses': [], 'articles': 0,
     'decoy_departments': ['総務部', '健康福祉部']},
    {'region': 'pages:5,6',
     'kind_word': '諮問事項', 'session_text': '令和3年度第2回',
     'period_text': ['令和4年1月4日', '令和5年3月31日'], 'recurring_text': '令和5年度以降も同様の内容で委託する予定',
     'media_text': {'paper': '紙(認定調査依頼書、認定調査票)', 'ward_system': '市が貸与するタブレット端末'},
     'not_items': ['個人番号'], 'not_media_text': ['受託者が所有するパソコン等には個人情報を保存させない'],
     'not_sensitive': ['申請区分', '認定有効期間', '認定調査の実施日', '被保険者番号', '本人との続柄'],
     'headings': {'ward': '市が講ずる保護措置', 'contractor': '受託者に講じさせる保護措置'},
     'safeguards': {'ward': B2_W, 'contractor': B2_C}, 'clauses': B2_CL, 'articles': 14,
     'decoy_departments': ['総務部', '長寿福祉部']},
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote gold/%s.json (%d matters)' % (stem, len(matters)))


if __name__ == '__main__':
    main()
