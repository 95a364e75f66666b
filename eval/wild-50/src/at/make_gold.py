#!/usr/bin/env python3
"""Writes gold/at1_shimanto_2022.json and gold/at2_ozu_2021.json in the form and key
order of /work/shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False).

The safeguard and clause category lists are derived from the per-sentence readings in
MATTERS below (order of first appearance, per actor), so that self_check.py can check
each sentence against the raw document.  Every reading is explained in ../../NOTES-at.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.normpath(os.path.join(HERE, '..', '..', 'gold'))


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


# Each matter: the gold fields, plus support data used only by self_check.py:
#   sg       (actor, snippet of the sentence as written, [categories]) in document order
#   struck   snippets of withdrawn (struck-through) measures that are NOT gold
#   clauses  (article label as written, [categories]) in document order
#   media_w  (word as written in the media field / checkbox, category)
#   media_x  media words that are present but ruled out (unchecked / 行わない)
#   dates    the period dates as written in the document
#   items_x  items mentioned but ruled out
MATTERS = {}

# ================================================================== at1 四万十市 (Evernote HTML)
S1 = '令和4年度第2回'
MATTERS['at1_shimanto_2022'] = [
    {
        'title': '特定健康診査の受診勧奨及び健診結果データ作成業務の委託について',
        'municipality': '四万十市',
        'matter_kind': 'consultation',
        'procedure': 'outsourcing',
        'legal_basis': '第13条第2項',
        'department': '健康福祉部',
        'divisions': ['健康推進課', '保険課'],
        'contractor_contains': 'くろしおメディカルデータ',
        'period_start': '2022-10-03',
        'period_end': '2023-03-31',
        'recurring': True,
        'fiscal_year': 2022,
        'council_session': S1,
        'data_items': items((None, '被保険者番号、氏名、生年月日、性別、住所、電話番号、受診券整理番号、受診日、'
                                   '健診結果、メタボリックシンドローム判定、保健指導レベル、服薬状況、既往歴、自己負担額')),
        'sensitive_items': ['健診結果', 'メタボリックシンドローム判定', '服薬状況', '既往歴'],
        'media': ['paper', 'removable', 'contractor_pc'],
        'sg': [
            ('ward', '「個人情報取扱特記事項」を添付するほか', ['contract_terms']),
            ('ward', '暗号化を施したCD-Rを職員が受託者の事務所まで携行して手渡しし', ['encryption', 'transfer_control']),
            ('ward', 'CD-Rを開くためのパスワードは、媒体と一緒にせず', ['password_separation']),
            ('ward', '受託者から業務に従事する者の名簿を出させ', ['responsible_staff']),
            ('ward', '職員が受託者の作業場所に出向き', ['audit']),
            ('ward', '健康推進課の鍵のかかる書庫にしまい、保存年限が来たら溶解処理する', ['locked_storage', 'return_erasure']),
            ('contractor', '業務の責任者と実際に作業する従業者をあらかじめ決めさせ', ['responsible_staff']),
            ('contractor', 'カードキーの記録と入退室記録簿で管理させる', ['entry_control']),
            ('contractor', 'インターネットを含む外部の回線に一切つながない', ['network_protection']),
            ('contractor', '従業者ごとの利用者IDとパスワードを要求させる', ['access_auth']),
            ('contractor', 'ウイルス対策ソフトを入れさせ', ['malware_protection']),
            ('contractor', '個人情報の取扱いに関する研修を受けさせ', ['training']),
            ('contractor', 'すぐに市へ連絡させ、市の指示に従って対処させる', ['incident_response']),
            ('contractor', '復元できない方法で消させ、消去を証明する書類を市に提出させる', ['return_erasure', 'erasure_proof']),
        ],
        'struck': ['毎日夜間にバックアップを取得する', '盗難防止のためワイヤーで机に固定させる'],
        'clauses': [
            ('第1条（個人情報保護の基本原則）', ['general_duty']),
            ('第2条（秘密保持）', ['confidentiality']),
            ('第3条（収集の制限）', ['collection_limit']),
            ('第4条（目的外利用及び第三者提供の禁止）', ['purpose_limit']),
            ('第5条（複写及び複製の禁止）', ['copy_limit']),
            ('第6条（再委託の禁止）', ['subcontract_limit']),
            ('第7条（持出しの禁止）', ['takeout_limit']),
            ('第8条（安全管理）', ['locked_storage']),
            ('第9条（従事者の指定及び教育）', ['responsible_staff', 'training']),
            ('第10条（資料等の返還等）', ['return_erasure']),
            ('第11条（消去等の報告）', ['erasure_proof']),
            ('第12条（取扱状況の報告及び調査）', ['status_report', 'audit']),
            ('第13条（事故発生時の報告）', ['incident_response']),
            ('第14条（契約の解除及び損害賠償）', ['liability']),
            ('第15条（公表）', ['publication']),
        ],
        'media_w': [('紙（受診勧奨はがき、健診結果票）', 'paper'), ('CD-R', 'removable'),
                    ('委託先の作業用パソコン', 'contractor_pc')],
        'media_x': ['USBメモリ', '電子メール', '委託先のサーバ・クラウドサービス'],
        'dates': ['令和4年10月3日', '令和5年3月31日'],
        'items_x': ['個人番号'],
    },
    {
        'title': '児童生徒の健康診断結果等の管理に係るまなびヘルスクラウドとの外部結合について',
        'municipality': '四万十市',
        'matter_kind': 'consultation',
        'procedure': 'external_link',
        'legal_basis': '第15条第1項',
        'department': '教育委員会事務局',
        'divisions': ['学校教育課'],
        'contractor_contains': 'まなびヘルスクラウド',
        'period_start': '2022-12-01',
        'period_end': None,
        'recurring': None,
        'fiscal_year': 2022,
        'council_session': S1,
        'data_items': items(('児童生徒', '氏名、性別、生年月日、学校名、学年、組、出席番号、健康診断の結果、既往症、'
                                         'アレルギー疾患の有無、健康診断の実施日、保健室の利用日時'),
                            ('保護者', '氏名、電話番号')),
        'sensitive_items': ['健康診断の結果', '既往症', 'アレルギー疾患の有無'],
        'media': ['external_system', 'ward_system'],
        'sg': [
            ('ward', '校務用として台帳に登録したパソコンに限る', ['access_control']),
            ('ward', 'パスワードとワンタイムパスコードの二段階でログインさせる', ['access_auth']),
            ('ward', '養護教諭と管理職だけが開けるよう権限を設定する', ['access_control']),
            ('ward', 'TLS1.2以上で暗号化した経路で行う', ['encryption']),
            ('ward', '各校の校長を情報管理の責任者とし', ['responsible_staff']),
            ('ward', '情報セキュリティと個人情報の扱いについての研修を行う', ['training']),
            ('ward', 'ウイルス対策ソフトを入れ、OSの更新プログラムを速やかに当てる', ['malware_protection']),
            ('contractor', 'サーバ室への出入りは事前に登録した者に限って記録を取る', ['entry_control']),
            ('contractor', 'ISMSクラウドセキュリティ', ['certification']),
            ('contractor', 'ファイアウォールと不正侵入検知の仕組みで', ['network_protection']),
            ('contractor', '保存するデータは暗号化し、毎日バックアップを取って', ['encryption', 'backup']),
            ('contractor', 'データにアクセスした記録はすべて残し', ['logging']),
            ('contractor', '障害や情報の漏えいが起きたときは、直ちに教育委員会へ連絡し', ['incident_response']),
            ('contractor', '全データを消去し、消去証明書を発行する', ['return_erasure', 'erasure_proof']),
        ],
        'struck': ['教育委員会のNASにバックアップする', '守秘義務の誓約書を出させる', '心の健康に関する相談の記録'],
        'clauses': [],
        'media_w': [('まなびヘルスクラウド（提供事業者のデータセンター）', 'external_system'),
                    ('各学校の校務用パソコン', 'ward_system')],
        'media_x': ['紙（健康診断票）', 'USBメモリ等の外部記録媒体'],
        'dates': ['令和4年12月1日'],
        'items_x': ['心の健康に関する相談の記録'],
    },
]

# ================================================================== at2 大洲市 (Salesforce PDF)
S2 = '令和3年度第2回'
MATTERS['at2_ozu_2021'] = [
    {
        'title': '大洲市避難行動要支援者名簿管理システムの構築及びデータ移行業務の委託について',
        'municipality': '大洲市',
        'matter_kind': 'consultation',
        'procedure': 'outsourcing',
        'legal_basis': '第10条第2項',
        'department': '総務企画部',
        'divisions': ['危機管理課'],
        'contractor_contains': 'ひじかわ情報サービス',
        'period_start': '2021-11-15',
        'period_end': '2022-03-25',
        'recurring': False,
        'fiscal_year': 2021,
        'council_session': S2,
        'data_items': items(('要支援者', '氏名、フリガナ、生年月日、性別、住所、電話番号、要介護度、要介護認定の有効期間、'
                                         '介護保険被保険者番号、身体障害者手帳の等級、療育手帳の判定、障害支援区分、'
                                         'ひとり暮らし高齢者の該当の有無、名簿情報の外部提供への同意の有無'),
                            ('避難支援者', '氏名、電話番号')),
        'sensitive_items': ['要介護度', '身体障害者手帳の等級', '療育手帳の判定', '障害支援区分'],
        'media': ['paper', 'removable', 'contractor_pc', 'ward_system'],
        'sg': [
            ('ward', '契約書に個人情報取扱特記事項を付し', ['contract_terms']),
            ('ward', '暗号化したDVD-Rに書き込み、職員が受託者の担当者に直接手渡して', ['encryption', 'transfer_control']),
            ('ward', '暗号を解くパスワードは、媒体を引き渡した後に、電話で', ['password_separation']),
            ('ward', '一人ずつ利用者IDとパスワードを発行し', ['access_auth']),
            ('ward', 'サーバの操作記録を職員が確認する', ['logging']),
            ('ward', '施錠できるロッカーに保管する', ['locked_storage']),
            ('ward', '予告なく立ち入り、データの管理状況を点検する', ['audit']),
            ('contractor', '作業責任者と作業員を事前に定め', ['responsible_staff']),
            ('contractor', 'インターネットその他の外部の回線に接続しない', ['network_protection']),
            ('contractor', '記憶装置全体を暗号化する', ['encryption']),
            ('contractor', 'ウイルス対策ソフトの定義ファイルを最新にする', ['malware_protection']),
            ('contractor', '個人情報の取扱いに関する教育を行う', ['training']),
            ('contractor', '鍵のかかるキャビネットに入れる', ['locked_storage']),
            ('contractor', '事業所の外に持ち出さない', ['takeout_limit']),
            ('contractor', '漏えいや紛失が起きたときは、すぐに市に報告し', ['incident_response']),
            ('contractor', 'データを完全に消去して、消去報告書を提出する', ['return_erasure', 'erasure_proof']),
        ],
        'struck': [],
        'clauses': [
            ('第1条（総則）', ['general_duty']),
            ('第2条（秘密の保持）', ['confidentiality']),
            ('第3条（取得の制限）', ['collection_limit']),
            ('第4条（目的外利用及び提供の禁止）', ['purpose_limit']),
            ('第5条（再委託の制限）', ['subcontract_limit']),
            ('第6条（複写等の禁止）', ['copy_limit']),
            ('第7条（運搬時の措置）', ['transfer_control']),
            ('第8条（適正管理）', ['locked_storage']),
            ('第9条（返還及び消去）', ['return_erasure', 'erasure_proof']),
            ('第10条（報告及び検査）', ['status_report', 'audit']),
            ('第11条（事故発生時の措置）', ['incident_response']),
            ('第12条（損害賠償）', ['liability']),
        ],
        'media_w': [('紙', 'paper'), ('DVD-R', 'removable'), ('受託者の作業用パソコン', 'contractor_pc'),
                    ('庁内サーバ', 'ward_system')],
        'media_x': ['USBメモリ', '電子メール'],
        'dates': ['2021/11/15', '2022/03/25'],
        'items_x': [],
    },
    {
        'title': '母子保健アプリを活用した妊産婦及び乳幼児の健診情報配信業務の委託について',
        'municipality': '大洲市',
        'matter_kind': 'report',
        'procedure': 'outsourcing',
        'legal_basis': '第10条第3項',
        'department': '市民福祉部',
        'divisions': ['子育て支援課'],
        'contractor_contains': 'すくすくネットワークス',
        'period_start': '2022-04-01',
        'period_end': '2023-03-31',
        'recurring': True,
        'fiscal_year': 2021,
        'council_session': S2,
        'data_items': items(('妊産婦', '氏名、生年月日、住所、電話番号、メールアドレス、母子健康手帳の交付番号、出産予定日、'
                                       '妊娠週数、妊婦健康診査の結果、分娩歴'),
                            ('乳幼児', '氏名、生年月日、性別、乳幼児健康診査の受診日、乳幼児健康診査の結果、'
                                       '予防接種の接種日、接種したワクチンの種類')),
        'sensitive_items': ['妊娠週数', '妊婦健康診査の結果', '分娩歴', '乳幼児健康診査の結果', '接種したワクチンの種類'],
        'media': ['contractor_server', 'ward_system', 'removable'],
        'sg': [
            ('ward', '抽出の権限を与えられた保健師に限って行わせる', ['access_control']),
            ('ward', '暗号化機能付きのUSBメモリに保存し、アプリへの登録が済んだら直ちに媒体から削除する', ['encryption', 'return_erasure']),
            ('ward', '課内の金庫に入れ', ['locked_storage']),
            ('ward', '情報セキュリティポリシーを守る義務を明記する', ['contract_terms']),
            ('ward', '作業手順書を事前に提出させ', ['work_procedure']),
            ('ward', '四半期ごとに個人情報の取扱状況を書面で報告させる', ['status_report']),
            ('contractor', 'SMSで送る確認コードによる認証を行う', ['access_auth']),
            ('contractor', 'サーバに保存するデータも暗号化する', ['encryption']),
            ('contractor', 'プライバシーマークの認定を契約期間中維持する', ['certification']),
            ('contractor', 'WAF及びファイアウォールを置き', ['network_protection']),
            ('contractor', '管理画面の操作ログを取得して', ['logging']),
            ('contractor', '操作できる従業員を必要最小限に絞り、その名簿を市に提出する', ['access_control', 'responsible_staff']),
            ('contractor', '毎日バックアップし', ['backup']),
            ('contractor', '事故が起きたときは、直ちに市に報告し', ['incident_response']),
            ('contractor', 'サーバ上の個人情報を消去し、消去証明書を市に提出する', ['return_erasure', 'erasure_proof']),
        ],
        'struck': [],
        'clauses': [],
        'media_w': [('電子データ（受託者サーバ）', 'contractor_server'), ('電子データ（健康管理システム）', 'ward_system'),
                    ('USBメモリ', 'removable')],
        'media_x': [],
        'dates': ['2022/04/01', '2023/03/31'],
        'items_x': [],
    },
]

KEYS = ['title', 'municipality', 'matter_kind', 'procedure', 'legal_basis', 'department', 'divisions',
        'contractor_contains', 'period_start', 'period_end', 'recurring', 'fiscal_year', 'council_session',
        'data_items', 'sensitive_items', 'media']


def ordered(cats_lists):
    out = []
    for cats in cats_lists:
        for c in cats:
            if c not in out:
                out.append(c)
    return out


def gold_matter(m):
    g = {k: m[k] for k in KEYS}
    g['safeguards'] = {
        'ward': ordered(c for a, _, c in m['sg'] if a == 'ward'),
        'contractor': ordered(c for a, _, c in m['sg'] if a == 'contractor'),
    }
    g['clauses'] = ordered(c for _, c in m['clauses'])
    return g


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in MATTERS.items():
        doc = {'source': stem, 'matters': [gold_matter(m) for m in matters]}
        p = os.path.join(GOLD, stem + '.json')
        with open(p, 'w', encoding='utf-8', newline='\n') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', p)


if __name__ == '__main__':
    main()
