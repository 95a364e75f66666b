#!/usr/bin/env python3
"""Writes gold/af1_chitose_2021.json and gold/af2_naruto_2019.json in the form
and key order of shared/corpus/gold and shared/corpus/more/gold
(json.dumps indent=1, ensure_ascii=False, trailing newline).

The safeguard and clause lists are derived from the sentence tables below
(SG, CLAUSES): every sentence of the document is listed with a snippet that
self_check.py finds in the raw text, its actor (from the heading it stands
under, call 4 of more/README.md) and its categories.  Each actor's list keeps
the order of first appearance.  Every reading is explained in NOTES-af.md."""
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


# ---------------------------------------------------------------- safeguard sentences
# (actor, snippet found in the normalised raw text, [categories])
SG = {
    'af1#1': [
        ('ward', '別記「個人情報取扱特記事項」を添付し、受託者が守るべき義務として明示する', ['contract_terms']),
        ('ward', '調査票の受渡しは、介護保険課の窓口で職員と受託者の担当者が対面で行い', ['transfer_control']),
        ('ward', '調査員ごとに付与するユーザーIDと指紋認証の両方を用いなければ起動しない', ['access_auth']),
        ('ward', '端末に保存される調査データは、記憶領域全体を暗号化して保護する', ['encryption']),
        ('ward', '閉域網を介して市の介護認定調査支援システムにのみ接続させ、インターネットには接続できない', ['network_protection']),
        ('ward', '同システムへの接続状況は自動的に記録され、介護保険課において毎月その内容を点検する', ['logging']),
        ('ward', '受託者の事務所に立ち入り、書類及び端末の管理状況を検査する', ['audit']),
        ('contractor', '個人情報の管理責任者及び調査に従事する調査員を定め、業務開始前にその名簿を市に提出', ['responsible_staff']),
        ('contractor', '個人情報の取扱いに関する研修を受講させること', ['training']),
        ('contractor', '使用しないときは事務所内の施錠できる書庫に収納しておくこと', ['locked_storage']),
        ('contractor', '調査票及びタブレット端末を事務所の外へ持ち出さないこと', ['takeout_limit']),
        ('contractor', '調査が完了した調査票は、1週間ごとにまとめて市に返却すること', ['return_erasure']),
        ('contractor', '担当外の者の情報を閲覧できないよう権限を管理すること', ['access_control']),
        ('contractor', '漏えい、滅失又はき損が発生し、又はそのおそれがあるときは、直ちに介護保険課へ連絡し', ['incident_response']),
        ('contractor', '受託者の手元にある個人情報を全て消去し、消去した旨の報告書を市に提出すること', ['return_erasure', 'erasure_proof']),
    ],
    'af1#2': [
        ('ward', '防災危機管理課の担当職員に限り、職員ごとにシステムの利用権限を設定する', ['access_control']),
        ('ward', '職員ID、パスワード及び職員証(ICカード)の三つがそろわなければできない仕組み', ['access_auth']),
        ('ward', '印刷した日時、部数及び印刷者を印刷管理簿に記入する', ['print_control']),
        ('ward', '印刷した名簿は、課内の鍵のかかるキャビネットに入れて保管する', ['locked_storage']),
        ('ward', '不要となった旧名簿は、シュレッダーで裁断して処分する', ['return_erasure']),
        ('ward', '名簿情報の取扱いについての研修を毎年度行う', ['training']),
        ('ward', 'システムに登録した名簿データは、毎日夜間に自動でバックアップを取得する', ['backup']),
        ('ward', 'パスワードを設定し、パスワードはデータとは別に内線電話で防災危機管理課へ伝える', ['encryption', 'password_separation']),
        ('ward', '抽出操作は操作ログに残し、保有課の課長が事後に点検する', ['logging']),
    ],
    'af2#1': [
        ('ward', '契約書に別記「個人情報取扱特記事項」を添付し、その遵守を受託者に義務付ける', ['contract_terms']),
        ('ward', 'DVD-Rのデータは暗号化させ、復号用のパスワードはDVD-Rとは別に書面で通知させる', ['encryption', 'password_separation']),
        ('ward', 'DVD-Rの受渡しは、施錠したケースに収納し、職員と受託者の間で直接手渡しにより行う', ['transfer_control']),
        ('ward', '取込みが終わったDVD-Rは、健康増進課において物理的に破砕して廃棄する', ['return_erasure']),
        ('ward', '受託者のデータセンターを訪れ、個人情報の管理状況を実地に確認する', ['audit']),
        ('contractor', '個人情報の取扱責任者を置き、従事者の名簿と併せて市に届け出ること', ['responsible_staff']),
        ('contractor', 'プライバシーマークの付与を受けた状態を契約期間中維持すること', ['certification']),
        ('contractor', '受診票の保管室は、入室できる者を限定し、入退室の記録を残すこと', ['entry_control']),
        ('contractor', 'ファイアウォールにより外部からの不正な通信を遮断した環境に設置すること', ['network_protection']),
        ('contractor', 'システムの利用者ごとにIDを発行し、パスワードによる認証を行うこと', ['access_auth']),
        ('contractor', 'システムの操作記録を保存し、不審な操作がないか定期的に点検すること', ['logging']),
        ('contractor', 'ウイルス対策ソフトを導入し、定義ファイルを最新の状態に保つこと', ['malware_protection']),
        ('contractor', '審査の終わった受診票は、月ごとに市へ返却すること', ['return_erasure']),
        ('contractor', '復元できない方法で消去し、消去証明書を市に提出すること', ['return_erasure', 'erasure_proof']),
        ('contractor', '個人情報の漏えい等の事故が発生したときは、直ちに市に報告し', ['incident_response']),
    ],
    'af2#2': [
        ('ward', '結合に用いる端末は、障がい福祉課内に設置した2台の専用端末に限定する', ['access_control']),
        ('ward', '個別のIDを付与し、パスワードによる認証を経なければ操作できないようにする', ['access_auth']),
        ('ward', '通信はLGWAN回線を経由して行い、インターネットとは接続しない', ['network_protection']),
        ('ward', '送受信するデータは、全て暗号化した上で送受信する', ['encryption']),
        ('ward', '専用端末の操作履歴は、総務部情報政策課が管理するログサーバに保存され', ['logging']),
        ('ward', '盗難を防ぐため、ワイヤーロックで机に固定する', ['device_lock']),
        ('ward', '審査結果の帳票は、使用後、施錠できるキャビネットに保管する', ['locked_storage']),
        ('ward', '情報セキュリティマネジメントシステム(ISMS)の認証を取得していることを確認', ['certification']),
        ('contractor', '作業責任者及び作業従事者を、作業開始前に書面で市に届け出させる', ['responsible_staff']),
        ('contractor', 'あらかじめ市が承認した作業手順書に沿って行わせる', ['work_procedure']),
        ('contractor', '保守作業は庁舎内でのみ行わせ、データを庁舎の外へ持ち出させない', ['takeout_limit']),
        ('contractor', '保守用アカウントの権限は、作業に必要な範囲に限って付与する', ['access_control']),
        ('contractor', '個人情報の取扱状況について、毎月の定例会で報告させる', ['status_report']),
        ('contractor', 'システム障害又は情報漏えいのおそれが生じたときは、直ちに障がい福祉課及び情報政策課へ連絡させる', ['incident_response']),
        ('contractor', '業務上知り得た情報を漏らさない旨の誓約書を提出させる', ['confidentiality']),
    ],
}

# ---------------------------------------------------------------- clause annexes
# (article as written after NFKC, heading, [categories])
CLAUSES = {
    'af1#1': [
        ('第1条', '基本的な責務', ['general_duty']),
        ('第2条', '守秘義務', ['confidentiality']),
        ('第3条', '収集の制限', ['collection_limit']),
        ('第4条', '目的外利用及び提供の禁止', ['purpose_limit']),
        ('第5条', '複写及び複製の禁止', ['copy_limit']),
        ('第6条', '再委託の禁止', ['subcontract_limit']),
        ('第7条', '作業場所の指定', ['takeout_limit']),
        ('第8条', '適正な管理', ['locked_storage']),
        ('第9条', '従事者の届出', ['responsible_staff']),
        ('第10条', '従事者への周知及び教育', ['training']),
        ('第11条', '資料等の返還及び消去', ['return_erasure', 'erasure_proof']),
        ('第12条', '事故発生時の報告', ['incident_response']),
        ('第13条', '取扱状況の報告及び調査', ['status_report', 'audit']),
        ('第14条', '契約の解除及び損害賠償', ['liability']),
    ],
    'af2#1': [
        ('第1条', '総則', ['general_duty']),
        ('第2条', '秘密の保持', ['confidentiality']),
        ('第3条', '目的外使用の禁止', ['purpose_limit']),
        ('第4条', '第三者への提供の禁止', ['purpose_limit']),
        ('第5条', '再委託の制限', ['subcontract_limit']),
        ('第6条', '複写等の制限', ['copy_limit']),
        ('第7条', '運搬時の措置', ['transfer_control']),
        ('第8条', '適正な管理', ['locked_storage']),
        ('第9条', '資料等の返還', ['return_erasure']),
        ('第10条', '事故の報告', ['incident_response']),
        ('第11条', '検査', ['audit']),
        ('第12条', '違反の公表', ['publication']),
        ('第13条', '損害賠償', ['liability']),
    ],
}

# ---------------------------------------------------------------- media evidence
# (word as written after NFKC, category); the gold's media list is derived from these
MEDIA = {
    'af1#1': [('紙(認定調査票、概況調査票)', 'paper'),
              ('市が貸与するタブレット端末', 'ward_system')],
    'af1#2': [('避難行動要支援者管理システム(庁内ネットワーク上のサーバ)', 'ward_system'),
              ('紙(名簿の写し)', 'paper')],
    'af2#1': [('紙(受診票)', 'paper'),
              ('受託者の審査支払システム(受託者のデータセンターに設置するサーバ)', 'contractor_server'),
              ('DVD-R(審査結果データを市に引き渡すためのもの)', 'removable'),
              ('市の健康管理システム', 'ward_system')],
    'af2#2': [('市の障害者福祉システム(障がい福祉課の専用端末)', 'ward_system'),
              ('給付審査支払システム(機構のサーバ)', 'external_system'),
              ('紙(審査結果の帳票)', 'paper')],
}


def first_seen(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def safeguards(key):
    rows = SG.get(key, [])
    return {'ward': first_seen(c for a, _, cs in rows if a == 'ward' for c in cs),
            'contractor': first_seen(c for a, _, cs in rows if a == 'contractor' for c in cs)}


def clauses(key):
    return first_seen(c for _, _, cs in CLAUSES.get(key, []) for c in cs)


def media(key):
    return first_seen(c for _, c in MEDIA[key])


def matter(key, title, municipality, kind, procedure, legal_basis, department, divisions,
           contractor, start, end, recurring, fy, session, data_items, sensitive):
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
        'media': media(key),
        'safeguards': safeguards(key),
        'clauses': clauses(key),
    }


DOCS = {}

# ---------------------------------------------------------------- af1 千歳市 (Word filtered HTML)
DOCS['af1_chitose_2021'] = [
    matter('af1#1', '要介護認定に係る認定調査業務の委託について', '千歳市', 'consultation', 'outsourcing',
           '第11条第2項', '健康福祉部', ['介護保険課'], 'ちとせ地域ケア協会',
           '2021-07-01', '2022-03-31', True, 2021, None,
           items(('調査対象者', '被保険者番号、氏名、生年月日、性別、住所、電話番号、要介護状態区分、'
                               '障害高齢者の日常生活自立度、認知症高齢者の日常生活自立度、心身の状況に関する調査結果、'
                               '過去14日間に受けた特別な医療、既往歴、主治医の医療機関名、住居の状況、調査日、調査場所'),
                 ('介護者', '氏名、続柄、電話番号')),
           ['要介護状態区分', '障害高齢者の日常生活自立度', '認知症高齢者の日常生活自立度',
            '心身の状況に関する調査結果', '過去14日間に受けた特別な医療', '既往歴', '主治医の医療機関名']),
    matter('af1#2', '避難行動要支援者名簿の作成に係る個人情報の目的外利用について', '千歳市', 'consultation',
           'purpose_change', '第8条第2項第5号', '市民生活部', ['防災危機管理課'], None,
           '2021-10-01', None, True, 2021, None,
           items((None, '氏名、生年月日、性別、住所、世帯構成、介護保険被保険者番号、要介護度、要介護認定の有効期間、'
                        '身体障害者手帳の障害程度等級、療育手帳の判定区分、精神障害者保健福祉手帳の等級、'
                        '障害者手帳の交付年月日')),
           ['要介護度', '身体障害者手帳の障害程度等級', '療育手帳の判定区分', '精神障害者保健福祉手帳の等級']),
]

# ---------------------------------------------------------------- af2 鳴門市 (2-up PDF)
S2 = '令和元年度第2回'
DOCS['af2_naruto_2019'] = [
    matter('af2#1', '妊婦健康診査及び産婦健康診査の受診票に係る審査支払事務の委託について', '鳴門市', 'report',
           'outsourcing', '第10条第1項', '健康福祉部', ['健康増進課'], 'メディカル・クリアリング四国',
           '2019-10-01', '2020-03-31', False, 2019, S2,
           items(('妊婦・産婦', '受診券番号、氏名、生年月日、住所、電話番号、妊娠週数、出産予定日、分娩日、受診日、'
                               '受診した医療機関名、健診結果、エジンバラ産後うつ病質問票の得点、公費負担額')),
           ['妊娠週数', '健診結果', 'エジンバラ産後うつ病質問票の得点']),
    matter('af2#2', '障害福祉サービス費等の請求審査に係る給付審査支払システムとの外部結合について', '鳴門市',
           'consultation', 'external_link', '第13条第2項', '健康福祉部', ['障がい福祉課'],
           '徳島県福祉給付審査支払機構',
           '2019-12-02', None, None, 2019, S2,
           items(('受給者', '受給者証番号、氏名、生年月日、住所、障害支援区分、障害の種別、支給決定期間、支給量、'
                           '利用者負担上限月額、所得区分、生活保護の受給の有無、サービス提供年月、給付費請求額'),
                 ('障害児の保護者', '氏名、続柄')),
           ['障害支援区分', '障害の種別', '生活保護の受給の有無']),
]

KEYS = {'af1_chitose_2021': ['af1#1', 'af1#2'], 'af2_naruto_2019': ['af2#1', 'af2#2']}


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', path, len(matters), 'matters')


if __name__ == '__main__':
    main()
