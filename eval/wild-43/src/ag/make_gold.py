#!/usr/bin/env python3
"""Writes gold/ag1_tsukuba_2024.json and gold/ag2_iida_2017.json in the form and key
order of shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False).

The gold is derived from the annotated readings below: every safeguard sentence with
the categories it was read as, every annex article with its codes, every data item
with the words it was written as, every medium with the word that names it.  The
gold keeps each actor's categories once, in order of first appearance, and the
clauses as the ordered union of the article codes (as in the seed and more/ gold).
self_check.py imports DOCS to check each annotation against the raw text.
Readings and doubts are written up in ../../NOTES-ag.md."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold')


def uniq(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


# Each matter: facts + annotations.
#   items:      (subject or None, item, raw as written)
#   sensitive:  items flagged sensitive (by store.md's list)
#   media:      (code, word that names the medium in the text)
#   ward / contractor: (key phrase of the sentence, [codes])
#   clauses:    (article number, key phrase, [codes])
DOCS = {}

# ============================================================ ag1 つくば市 (Notion md)
S1 = '令和6年度第3回'
DOCS['ag1_tsukuba_2024'] = [
    dict(
        title='障害者等日常生活用具給付事業に係る申請審査補助及び給付券発送業務の委託について',
        municipality='つくば市', matter_kind='report', procedure='outsourcing',
        legal_basis='第9条第1項', department='福祉部', divisions=['障害福祉課'],
        contractor_contains='ミナセ・ビジネスプロセス',
        period_start='2024-12-02', period_end='2025-03-31', recurring=True,
        fiscal_year=2024, council_session=S1,
        items=[
            ('対象者', '氏名', '氏名'), ('対象者', 'フリガナ', 'フリガナ'),
            ('対象者', '生年月日', '生年月日'), ('対象者', '性別', '性別'),
            ('対象者', '住所', '住所'), ('対象者', '電話番号', '電話番号'),
            ('対象者', '受給者番号', '受給者番号'),
            ('対象者', '障害の種別及び等級',
             '障害の種別及び等級（身体障害者手帳・療育手帳・精神障害者保健福祉手帳の別を含む。）'),
            ('対象者', '難病等の疾病名', '難病等の疾病名（難病患者等として申請する場合に限る。）'),
            ('対象者', '障害支援区分', '障害支援区分'),
            ('世帯', '市民税の課税状況', '市民税の課税状況'),
            ('世帯', '生活保護の受給状況', '生活保護の受給状況'),
            ('世帯', '自己負担額', '自己負担額'),
            ('代理で申請した者', '氏名', '氏名'), ('代理で申請した者', '電話番号', '電話番号'),
            ('代理で申請した者', '対象者との関係', '対象者との関係'),
        ],
        sensitive=['障害の種別及び等級', '難病等の疾病名', '障害支援区分', '生活保護の受給状況'],
        not_sensitive=['市民税の課税状況', '自己負担額', '受給者番号', '対象者との関係'],
        media=[('paper', '紙（申請書'), ('ward_system', '市の障害者福祉システム'),
               ('removable', '暗号化機能付きUSBメモリ'), ('contractor_pc', '給付券印刷用のパソコン')],
        ward=[
            ('契約書に別記の特記事項を添え', ['contract_terms']),
            ('審査補助の作業フローを着手前に市が点検し', ['work_procedure']),
            ('ログインIDと、90日ごとに変更させるパスワード', ['access_auth']),
            ('表示されないよう権限を絞る', ['access_control']),
            ('解除用パスワードはメモリとは切り離して', ['encryption', 'password_separation']),
            ('受渡記録簿に残す', ['transfer_control']),
            ('予告なしに受託者の印刷作業場所を訪れ', ['audit']),
        ],
        contractor=[
            ('業務責任者1名と作業従事者を定めさせ', ['responsible_staff']),
            ('社内講習を受けさせる', ['training']),
            ('外部のネットワークとつながない独立した機器', ['network_protection']),
            ('ウイルス検知ソフトを入れさせ', ['malware_protection']),
            ('パソコンの操作記録を残させ', ['logging']),
            ('すぐにプリンターから回収させ', ['print_control']),
            ('鍵のかかるロッカーに入れて保管させ', ['locked_storage', 'takeout_limit']),
            ('元に戻せない方法で抹消させ', ['return_erasure', 'erasure_proof']),
            ('紛失や漏えいが疑われるときは', ['incident_response']),
        ],
        clauses=[
            (1, '基本的事項', ['general_duty']),
            (2, '秘密の保持', ['confidentiality']),
            (3, '作業場所の指定', ['takeout_limit']),
            (4, '目的外利用及び提供の禁止', ['purpose_limit']),
            (5, '複写等の制限', ['copy_limit']),
            (6, '再委託の制限', ['subcontract_limit']),
            (7, '施錠できる保管庫', ['locked_storage']),
            (8, '従事者の教育', ['training']),
            (9, '資料等の返還及び消去', ['return_erasure']),
            (10, '消去の報告', ['erasure_proof']),
            (11, '報告及び調査', ['status_report', 'audit']),
            (12, '事故発生時の報告', ['incident_response']),
            (13, '契約の解除', []),
            (14, '損害賠償', ['liability']),
            (15, '公表', ['publication']),
        ],
    ),
    dict(
        title='児童生徒の健康診断結果等を管理する学校保健クラウドサービスとの外部結合について',
        municipality='つくば市', matter_kind='consultation', procedure='external_link',
        legal_basis='第10条第1項', department='教育委員会事務局', divisions=['学校保健課'],
        contractor_contains='すくすくカルテ',
        period_start='2025-04-01', period_end='2030-03-31', recurring=False,
        fiscal_year=2024, council_session=S1,
        items=[
            ('児童生徒', '氏名', '氏名'), ('児童生徒', 'ふりがな', 'ふりがな'),
            ('児童生徒', '性別', '性別'), ('児童生徒', '生年月日', '生年月日'),
            ('児童生徒', '学校名', '学校名'), ('児童生徒', '学年', '学年'),
            ('児童生徒', '学級', '学級'), ('児童生徒', '出席番号', '出席番号'),
            ('児童生徒', '健康診断の結果', '健康診断の結果（身長、体重、視力、聴力、歯科検診の所見等）'),
            ('児童生徒', '健康診断の実施日', '健康診断の実施日'),
            ('児童生徒', '既往歴', '既往歴'),
            ('児童生徒', 'アレルギー疾患の有無', 'アレルギー疾患の有無'),
            ('児童生徒', '保健室の来室日時', '保健室の来室日時'),
            ('保護者', '氏名', '氏名'), ('保護者', '電話番号', '電話番号（緊急時の連絡先として）'),
        ],
        sensitive=['健康診断の結果', '既往歴', 'アレルギー疾患の有無'],
        not_sensitive=['健康診断の実施日', '保健室の来室日時', '出席番号'],
        media=[('external_system', '学校保健クラウド「すくすくカルテ」（事業者が国内に置くデータセンター）'),
               ('ward_system', '校務用端末（各学校及び学校保健課）'),
               ('paper', '紙（保健調査票')],
        ward=[
            ('インターネットを経由しない構成とする', ['network_protection']),
            ('TLS1.2以上で暗号化する', ['encryption']),
            ('ワンタイムコードを入力させる', ['access_auth']),
            ('集計画面だけとなるよう権限を設定する', ['access_control']),
            ('教職員を対象とした研修会を開き', ['training']),
            ('連絡体制を定め、一覧にして各校に配付', ['incident_response']),
            ('保健室の鍵付き書庫にしまう', ['locked_storage']),
        ],
        contractor=[
            ('ISMSクラウドセキュリティの認証', ['certification']),
            ('サーバ室に入る者を生体認証で確認し', ['entry_control']),
            ('保存するデータを暗号化させ', ['encryption']),
            ('毎日バックアップを取得させ', ['backup']),
            ('管理者の操作ログと利用者のアクセス記録', ['logging']),
            ('保守を担う責任者と担当者を指名させ', ['responsible_staff']),
            ('復元できないように消去させ、消去証明書を提出させる', ['return_erasure', 'erasure_proof']),
            ('障害や情報漏えいが起きたときは、直ちに市へ報告させる', ['incident_response']),
            ('契約の目的以外に使わせず', ['purpose_limit']),
            ('検証用その他の環境へ複製させない', ['copy_limit']),
        ],
        clauses=[],
    ),
]

# ============================================================ ag2 飯田市 (CP932 box text)
S2 = '平成29年度第2回'
DOCS['ag2_iida_2017'] = [
    dict(
        title='妊婦健康診査及び乳児健康診査の受診票に係るデータ入力業務の委託について',
        municipality='飯田市', matter_kind='consultation', procedure='outsourcing',
        legal_basis='第13条第2項', department='健康福祉部', divisions=['保健課'],
        contractor_contains='ミドリカワ計算センター',
        period_start='2017-10-02', period_end='2018-03-30', recurring=False,
        fiscal_year=2017, council_session=S2,
        items=[
            ('妊婦', '氏名', '氏名'), ('妊婦', '生年月日', '生年月日'), ('妊婦', '住所', '住所'),
            ('妊婦', '母子健康手帳の交付番号', '母子健康手帳の交付番号'),
            ('妊婦', '出産予定日', '出産予定日'), ('妊婦', '妊娠週数', '妊娠週数'),
            ('妊婦', '健診結果', '健診結果（血圧、尿検査及び血液検査の値等）'),
            ('妊婦', '保健指導の要否', '保健指導の要否'),
            ('乳児', '氏名', '氏名'), ('乳児', '生年月日', '生年月日'), ('乳児', '性別', '性別'),
            ('乳児', '月齢', '月齢'), ('乳児', '診察所見', '診察所見'),
            (None, '受診票番号', '受診票番号'), (None, '受診日', '受診日'),
            (None, '公費負担額', '公費負担額'),
        ],
        sensitive=['妊娠週数', '健診結果', '診察所見'],
        not_sensitive=['出産予定日', '保健指導の要否', '受診日', '公費負担額', '月齢'],
        media=[('paper', '紙（受診票の写し）'), ('contractor_pc', '受託者の入力用パソコン'),
               ('removable', 'CD-R（納品用）'), ('ward_system', '市の健康管理システム')],
        ward=[
            ('条例を守る義務を受託者に負わせる', ['contract_terms']),
            ('施錠できる運搬用ケースに入れ', ['transfer_control']),
            ('件数を記した授受票に双方が押印する', ['transfer_control']),
            ('復号用のパスワードは媒体とは別に書面で通知させる', ['encryption', 'password_separation']),
            ('作業場所を随時訪れ', ['audit']),
            ('物理的に破砕して廃棄する', ['return_erasure']),
            ('業務上知り得た事項を漏らさない旨の誓約書', ['confidentiality']),
        ],
        contractor=[
            ('作業責任者を置かせ、従事者の名簿を提出させる', ['responsible_staff']),
            ('入退室を記録する専用の作業室', ['entry_control']),
            ('インターネットその他の回線から切り離させる', ['network_protection']),
            ('個人ごとのIDとパスワードを入力しなければ', ['access_auth']),
            ('作業時間外は施錠した保管庫に収めさせる', ['locked_storage']),
            ('プリンターに放置させず', ['print_control', 'return_erasure']),
            ('消去したことを証する書面を提出させる', ['return_erasure', 'erasure_proof']),
            ('直ちに保健課に報告させる', ['incident_response']),
            ('個人情報の保護に関する教育を行わせる', ['training']),
            ('他の事業者に再委託させない', ['subcontract_limit']),
        ],
        clauses=[
            (1, '基本的事項', ['general_duty']),
            (2, '秘密の保持', ['confidentiality']),
            (3, '収集の制限', ['collection_limit']),
            (4, '利用及び提供の制限', ['purpose_limit']),
            (5, '複写及び複製の禁止', ['copy_limit']),
            (6, '再委託の禁止', ['subcontract_limit']),
            (7, '資料の運搬', ['transfer_control']),
            (8, '資料等の返還等', ['return_erasure']),
            (9, '従事者の教育', ['training']),
            (10, '調査', ['audit']),
            (11, '事故の報告', ['incident_response']),
            (12, '損害賠償', ['liability']),
        ],
    ),
    dict(
        title='在宅医療・介護連携推進事業に係る医療介護連携情報共有システムとの外部結合について',
        municipality='飯田市', matter_kind='consultation', procedure='external_link',
        legal_basis='第15条第2項', department='健康福祉部', divisions=['長寿支援課', '介護保険課'],
        contractor_contains='天竜ケアリンク',
        period_start='2017-11-01', period_end='2018-03-31', recurring=True,
        fiscal_year=2017, council_session=S2,
        items=[
            ('利用者', '氏名', '氏名'), ('利用者', '生年月日', '生年月日'), ('利用者', '性別', '性別'),
            ('利用者', '住所', '住所'), ('利用者', '電話番号', '電話番号'),
            ('利用者', '介護保険被保険者番号', '介護保険被保険者番号'),
            ('利用者', '要介護状態区分', '要介護状態区分'),
            ('利用者', '認定有効期間', '認定有効期間'),
            ('利用者', '受診中の医療機関名', '受診中の医療機関名'),
            ('利用者', '既往歴', '既往歴'), ('利用者', '服薬状況', '服薬状況'),
            ('利用者', '利用者負担割合', '利用者負担割合'),
            ('主たる介護者', '氏名', '氏名'), ('主たる介護者', '続柄', '続柄'),
            ('主たる介護者', '電話番号', '電話番号'),
        ],
        sensitive=['要介護状態区分', '受診中の医療機関名', '既往歴', '服薬状況'],
        not_sensitive=['認定有効期間', '利用者負担割合', '介護保険被保険者番号', '続柄'],
        media=[('ward_system', '市の介護保険システム'), ('ward_system', '連携用端末（長寿支援課）'),
               ('external_system', '天竜ケアリンクのサーバ'), ('paper', '紙（利用者の同意書）')],
        ward=[
            ('長寿支援課長をシステム管理責任者とし', ['responsible_staff']),
            ('目的外の利用と第三者への提供の禁止を明記する', ['contract_terms', 'purpose_limit']),
            ('情報セキュリティ研修を受講させる', ['training']),
            ('盗難防止用のワイヤーで机に固定する', ['device_lock']),
            ('鍵の掛かる書庫に保管する', ['locked_storage']),
            ('ファイアウォールを置き', ['network_protection']),
            ('職員ごとのIDとパスワードで本人を確かめ', ['access_auth']),
            ('閲覧できる職員も担当の保健師と社会福祉士に絞る', ['access_control']),
        ],
        contractor=[
            ('運用責任者と保守担当者を定めさせ', ['responsible_staff']),
            ('運用の状況を年に1回、書面で市に報告させる', ['status_report']),
            ('障害や情報の漏えいが起きたときは', ['incident_response']),
            ('入退館の管理が行われている国内のデータセンター', ['entry_control']),
            ('通信はSSL-VPNで暗号化させる', ['encryption']),
            ('サーバへのアクセス履歴を取得させ', ['logging']),
            ('ウイルス対策ソフトの定義ファイル', ['malware_protection']),
            ('データを毎日バックアップさせる', ['backup']),
            ('市から受けた情報を消去させ、その結果を書面で報告させる', ['return_erasure', 'erasure_proof']),
        ],
        clauses=[],
    ),
]


def to_gold(m):
    data_items = []
    for subject, item, _raw in m['items']:
        d = {'item': item}
        if subject:
            d['subject'] = subject
        data_items.append(d)
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
        'data_items': data_items,
        'sensitive_items': m['sensitive'],
        'media': uniq(code for code, _w in m['media']),
        'safeguards': {
            'ward': uniq(c for _k, cs in m['ward'] for c in cs),
            'contractor': uniq(c for _k, cs in m['contractor'] for c in cs),
        },
        'clauses': uniq(c for _n, _k, cs in m['clauses'] for c in cs),
    }


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': [to_gold(m) for m in matters]}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', os.path.normpath(path), len(matters), 'matters')


if __name__ == '__main__':
    main()
