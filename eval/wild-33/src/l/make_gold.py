#!/usr/bin/env python3
"""Writes gold/l1_hiratsuka_2022.json and gold/l2_hitachi_2019.json in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).

The readings are kept here as data: every safeguard category and every clause code
comes from a (snippet, codes) pair, where the snippet is a piece of the sentence as it
stands in the raw document (NFKC-normalised, whitespace removed).  The gold's
per-actor lists are the union of these codes in order of first appearance.
self_check.py imports READINGS and checks each snippet against the raw text, under
the right matter and the right actor heading.  Every reading is argued in
../../NOTES-l.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', '..', 'gold')


def items(*groups):
    out = []
    for subject, names in groups:
        for n in names.split('、'):
            d = {'item': n}
            if subject:
                d['subject'] = subject
            out.append(d)
    return out


def union(pairs):
    out = []
    for _, codes in pairs:
        for c in codes:
            if c not in out:
                out.append(c)
    return out


READINGS = {}

# ====================================================================== l1 平塚市 (PDF)
S_L1 = '令和4年度第2回'
READINGS['l1_hiratsuka_2022'] = [
    dict(
        title='妊産婦訪問指導事業に係る業務の委託について',
        municipality='平塚市', matter_kind='consultation', procedure='outsourcing',
        legal_basis='第11条第2項', department='こども未来部', divisions=['母子保健課'],
        contractor_contains='ひらつか母子訪問助産師会',
        period_start='2022-10-01', period_end='2023-03-31', recurring=True,
        fiscal_year=2022, council_session=S_L1,
        data_items=items(
            ('妊産婦', '氏名、生年月日、住所、電話番号、母子健康手帳の交付番号、妊娠週数、'
                       '出産予定日、分娩歴、既往歴、妊娠中の心身の状況、訪問希望日時'),
            ('乳児', '氏名、生年月日、性別、出生順位')),
        sensitive_items=['妊娠週数', '分娩歴', '既往歴', '妊娠中の心身の状況'],
        media=['paper', 'removable', 'contractor_pc'],
        ward=[
            ('特記事項」を添付し、受託者にその遵守を義務付ける', ['contract_terms']),
            ('持参して手渡しし、受渡しの都度、授受記録簿に双方が押印する', ['transfer_control']),
            ('暗号化してDVD-Rに記録し、復号に用いるパスワードは媒体とは別に電話で伝える',
             ['encryption', 'password_separation']),
            ('職員が受託者の事務所に立ち入り、個人情報の管理の状況を検査する', ['audit']),
        ],
        contractor=[
            ('個人情報の取扱責任者を置き、訪問に従事する助産師の名簿とともに', ['responsible_staff']),
            ('事務所内の施錠できる書庫に保管させる', ['locked_storage']),
            ('訪問記録票の持出しは当日の訪問に必要な分に限らせ',
             ['takeout_limit']),
            ('インターネットその他の外部のネットワークに接続させない', ['network_protection']),
            ('従事者ごとに付与したID及びパスワードにより認証を行わせる', ['access_auth']),
            ('ウイルス対策ソフトウェアを導入させ、定義ファイルを常に最新の状態に保たせる',
             ['malware_protection']),
            ('個人情報の保護に関する研修を受講させる', ['training']),
            ('漏えい、紛失その他の事故が発生し', ['incident_response']),
            ('復元できない方法で消去させ、消去証明書を提出させる',
             ['return_erasure', 'erasure_proof']),
            ('受け渡したDVD-Rは、業務の終了後速やかに市へ返還させる', ['return_erasure']),
        ],
        clauses=[
            ('(基本的事項)第1条', ['general_duty']),
            ('(秘密の保持)第2条', ['confidentiality']),
            ('(収集の制限)第3条', ['collection_limit']),
            ('施錠できる保管庫に収納するなど', ['locked_storage']),
            ('(利用及び提供の制限)第5条', ['purpose_limit']),
            ('(複写又は複製の禁止)第6条', ['copy_limit']),
            ('(再委託の禁止)第7条', ['subcontract_limit']),
            ('(持出しの禁止)第8条', ['takeout_limit']),
            ('(取扱責任者等の届出)第9条', ['responsible_staff']),
            ('(従事者への周知)第10条', ['training']),
            ('直ちに市に返還し、又は市の指示に従い消去し', ['return_erasure']),
            ('その旨を書面により市に報告しなければならない', ['erasure_proof']),
            ('個人情報の取扱状況について報告を求め', ['status_report']),
            ('受託者の事務所等に立ち入り、調査することができる', ['audit']),
            ('(事故発生時における報告)第13条', ['incident_response']),
            ('損害賠償の請求をすることができる', ['liability']),
        ],
    ),
    dict(
        title='要介護認定審査会資料の電子化に伴う審査会支援クラウドサービスとのオンライン結合について',
        municipality='平塚市', matter_kind='consultation', procedure='external_link',
        legal_basis='第14条第2項', department='福祉部', divisions=['介護保険課'],
        contractor_contains='湘南ケアテック',
        period_start='2023-01-04', period_end=None, recurring=None,
        fiscal_year=2022, council_session=S_L1,
        data_items=items(
            ('審査対象者', '資料番号、性別、年齢、申請区分、前回の要介護度、一次判定結果、'
                           '主治医意見書の記載内容、障害高齢者の日常生活自立度'),
            ('審査会委員', '氏名、委員番号、所属合議体')),
        sensitive_items=['前回の要介護度', '一次判定結果', '主治医意見書の記載内容',
                         '障害高齢者の日常生活自立度'],
        media=['external_system', 'ward_system'],
        ward=[
            ('認定審査担当の職員に限り行えるよう、操作権限を設定する', ['access_control']),
            ('委員ごとに設定した暗証番号と指紋による認証を求める', ['access_auth']),
            ('TLS1.2以上により暗号化する', ['encryption']),
            ('書き出せない設定とし、データの持出しを防止する', ['takeout_limit']),
            ('端末の取扱いに関する説明会を開催し、注意事項を周知する', ['training']),
            ('端末を紛失したときは、委員から直ちに介護保険課へ連絡させ', ['incident_response']),
            ('アクセス記録を毎月取得し、不審なアクセスの有無を点検する', ['logging']),
            ('30日を経過した時点でクラウドサービス上から削除する', ['return_erasure']),
        ],
        contractor=[
            ('(ISMS)の認証を契約期間中維持させる', ['certification']),
            ('サーバ室への入退室は生体認証により制限し、その記録を保存させる', ['entry_control']),
            ('ファイアウォール及び不正侵入防止システムにより', ['network_protection']),
            ('暗号化して保存させ、日次でバックアップを取得させる', ['encryption', 'backup']),
            ('運用責任者を定め、運用に従事する者の名簿を市に提出させる', ['responsible_staff']),
            ('全てのデータを消去させ、消去した旨を書面で報告させる',
             ['return_erasure', 'erasure_proof']),
            ('障害又は情報漏えい等の事故が発生したときは、速やかに市へ報告させる',
             ['incident_response']),
        ],
        clauses=[],
    ),
]

# ====================================================================== l2 日立市 (cp932 listing)
S_L2 = '令和元年度第1回'
READINGS['l2_hitachi_2019'] = [
    dict(
        title='国民健康保険データヘルス計画に基づく糖尿病性腎症重症化予防事業に係る保健指導業務の委託について',
        municipality='日立市', matter_kind='report', procedure='outsourcing',
        legal_basis='第12条第2項', department='保健福祉部',
        divisions=['国保年金課', '健康づくり推進課'],
        contractor_contains='常陸メディカルリンク',
        period_start='2019-08-01', period_end='2020-03-31', recurring=True,
        fiscal_year=2019, council_session=S_L2,
        data_items=items(
            (None, '氏名、カナ氏名、生年月日、性別、住所、電話番号、被保険者証記号番号、'
                   '特定健診結果、傷病名、受診医療機関名、服薬状況、支援プログラム区分、'
                   '保健指導実施日')),
        sensitive_items=['特定健診結果', '傷病名', '受診医療機関名', '服薬状況'],
        media=['paper', 'removable', 'contractor_server'],
        ward=[
            ('個人情報取扱特記事項を付し、本市の情報セキュリティポリシー及び条例の遵守を受託者に義務付ける',
             ['contract_terms']),
            ('ファイルに読取パスワードを設定する。パスワードはCD-Rとは別に書面で通知する',
             ['encryption', 'password_separation']),
            ('CD-Rの受渡しは職員が受託者の事業所で直接行い、授受簿に日時及び受領者を記録する',
             ['transfer_control']),
            ('職員が随時受託者の事業所に立ち入り、個人情報の管理状況を検査する', ['audit']),
        ],
        contractor=[
            ('個人情報管理責任者を選任させ、従事者名簿とともに本市へ届け出させる',
             ['responsible_staff']),
            ('プライバシーマークの付与認定を契約期間中維持させる', ['certification']),
            ('サーバ室への入退室はICカードにより制限し、記録させる', ['entry_control']),
            ('利用者ID及びパスワードにより認証させ、アクセスログを1年間保存させる',
             ['access_auth', 'logging']),
            ('ファイアウォールを設置させ、外部からの不正な接続を遮断させる',
             ['network_protection']),
            ('ウイルス対策ソフトを導入させ、パターンファイルを毎日更新させる',
             ['malware_protection']),
            ('鍵付きのキャビネットに保管させる', ['locked_storage']),
            ('個人情報保護に関する研修を年1回以上実施させる', ['training']),
            ('漏えい、滅失等の事故が発生したときは、直ちに本市へ報告させる',
             ['incident_response']),
            ('CD-Rを本市へ返却させ、サーバ上のデータを消去させたうえで、消去証明書を提出させる',
             ['return_erasure', 'erasure_proof']),
        ],
        clauses=[],
    ),
    dict(
        title='ひとり暮らし高齢者等見守り訪問事業における住民記録データ及び介護保険データの目的外利用について',
        municipality='日立市', matter_kind='consultation', procedure='purpose_change',
        legal_basis='第10条第2項第5号', department='保健福祉部', divisions=['高齢福祉課'],
        contractor_contains=None,
        period_start='2019-10-01', period_end=None, recurring=None,
        fiscal_year=2019, council_session=S_L2,
        data_items=items(
            (None, '氏名、カナ氏名、生年月日、性別、住所、世帯構成、被保険者番号、'
                   '要介護状態区分、認定有効期間、認知症高齢者の日常生活自立度')),
        sensitive_items=['要介護状態区分', '認知症高齢者の日常生活自立度'],
        media=['paper', 'ward_system'],
        ward=[
            ('見守り担当職員に限り参照できるよう、システムのアクセス権限を設定する',
             ['access_control']),
            ('庁内ネットワーク上の端末で行い、インターネットに接続された端末では取り扱わない',
             ['network_protection']),
            ('抽出したデータのファイルは暗号化して保存する', ['encryption']),
            ('端末の操作履歴は自動的に記録され、所属長が四半期ごとに点検する', ['logging']),
            ('所属長の許可を得て持ち出し、帰庁後は施錠できるキャビネットに保管する',
             ['takeout_limit', 'locked_storage']),
            ('名簿は更新の都度回収し、シュレッダーで裁断して廃棄する', ['return_erasure']),
            ('個人情報の取扱いに関する研修を実施する', ['training']),
            ('名簿の紛失等の事故が発生したときは、直ちに所属長に報告し', ['incident_response']),
        ],
        contractor=[],
        clauses=[],
    ),
]

KEYS = ['title', 'municipality', 'matter_kind', 'procedure', 'legal_basis', 'department',
        'divisions', 'contractor_contains', 'period_start', 'period_end', 'recurring',
        'fiscal_year', 'council_session', 'data_items', 'sensitive_items', 'media']


def to_gold(r):
    m = {k: r[k] for k in KEYS}
    m['safeguards'] = {'ward': union(r['ward']), 'contractor': union(r['contractor'])}
    m['clauses'] = union(r['clauses'])
    return m


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in READINGS.items():
        doc = {'source': stem, 'matters': [to_gold(r) for r in matters]}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', os.path.normpath(path))


if __name__ == '__main__':
    main()
