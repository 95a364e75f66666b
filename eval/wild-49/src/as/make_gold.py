#!/usr/bin/env python3
"""Writes gold/as1_nankoku_2020.json and gold/as2_komatsushima_2021.json in the form
and key order of /work/shared/corpus/more/gold (json.dumps indent=1,
ensure_ascii=False, trailing newline).

The gold values are written out by hand in DOCS.  EVIDENCE records, for every
matter, the text each value was read from (safeguard sentences with their codes,
clause articles with their codes, media words, period text, items ruled out in the
document); self_check.py checks DOCS against EVIDENCE and both against the raw
documents.  Every reading is explained in ../../NOTES-as.md."""
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
        'safeguards': {'ward': ward, 'contractor': contractor_sg},
        'clauses': clauses,
    }


DOCS = {}
EVIDENCE = {}

# ------------------------------------------------------------ as1 南国市 (GROWI Markdown)
S1 = '令和2年度第2回'
DOCS['as1_nankoku_2020'] = [
    matter('高齢者等配食サービス事業に係る調理、配達及び安否確認業務の委託について', '南国市',
           'report', 'outsourcing', '第12条第3項', '保健福祉部', ['長寿支援課'],
           '土佐まごころ配食', '2020-10-01', '2021-03-31', True, 2020, S1,
           items(('利用者', '利用者番号、氏名、住所、電話番号、生年月日、要介護度、世帯の状況、'
                           '疾病による食事制限の内容、食物アレルギーの有無、かかりつけ医療機関名、'
                           '利用者負担区分、配達希望曜日'),
                 ('緊急連絡先', '氏名、続柄、電話番号')),
           ['要介護度', '疾病による食事制限の内容', '食物アレルギーの有無', 'かかりつけ医療機関名'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit',
            'locked_storage'],
           ['responsible_staff', 'training', 'entry_control', 'network_protection', 'access_auth',
            'malware_protection', 'takeout_limit', 'incident_response', 'return_erasure',
            'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'return_erasure',
            'erasure_proof', 'status_report', 'audit', 'incident_response', 'training',
            'liability']),
    matter('南国市立小中学校における統合型校務支援システムのクラウド化に伴う外部結合について',
           '南国市', 'consultation', 'external_link', '第15条第2項', '教育委員会事務局',
           ['学校教育課'], 'スクールリンク', '2021-04-01', '2026-03-31', False, 2020, S1,
           items(('児童生徒', '氏名、生年月日、性別、学年、学級、出席番号、住所、出欠の状況、'
                             '学習の評定、健康診断の結果、既往症、障害の状況、就学援助の認定の有無'),
                 ('保護者', '氏名、続柄、電話番号、緊急連絡先')),
           ['健康診断の結果', '既往症', '障害の状況'],
           ['ward_system', 'external_system'],
           ['device_lock', 'network_protection', 'access_auth', 'access_control', 'encryption',
            'malware_protection', 'training'],
           ['purpose_limit', 'certification', 'entry_control', 'logging', 'backup',
            'incident_response', 'return_erasure', 'erasure_proof'],
           []),
]

EVIDENCE['as1_nankoku_2020'] = [
    {
        'period_text': '令和2年10月1日から令和3年3月31日まで',
        'recurring_text': '令和3年度以降も毎年度契約を更新する予定',
        'media': [('[x] 紙', 'paper'), ('[x] CD-R', 'removable'),
                  ('[x] 受託者の配達管理用パソコン', 'contractor_pc')],
        'media_out': ['[ ] USBメモリ', '[ ] 受託者のクラウド型配達管理サービス', '[ ] 電子メール'],
        'items_out': ['口座番号'],
        'ward': [
            ('委託契約書に別記「個人情報の保護に関する特記事項」を添付し', ['contract_terms']),
            ('ファイルを暗号化し、開くためのパスワードは媒体とは別に文書で', ['encryption', 'password_separation']),
            ('受託者の責任者と対面で受け渡し、日時と枚数を授受記録簿に記入', ['transfer_control']),
            ('事前に通知することなく受託者の事務所を訪れ', ['audit']),
            ('長寿支援課の鍵付きキャビネットに収めて管理', ['locked_storage']),
        ],
        'contractor': [
            ('個人情報管理責任者と配達・事務の従事者をあらかじめ決めさせ', ['responsible_staff']),
            ('個人情報の取扱いに関する社内研修を受けさせる', ['training']),
            ('事務室の出入りはICカードで管理させ、入退室の記録を残させる', ['entry_control']),
            ('インターネットを含む外部の回線に一切つながない単独の機器', ['network_protection']),
            ('従事者ごとに割り当てたIDとパスワードで本人を確かめさせる', ['access_auth']),
            ('ウイルス対策ソフトを入れ、定義ファイルを常に最新に保たせる', ['malware_protection']),
            ('事務所の外へ持ち出させず、配達員には当日分の配達票だけを携行させる', ['takeout_limit']),
            ('その他の事故に気づいたときは、時を置かずに長寿支援課へ一報させ', ['incident_response']),
            ('復元できない方法で抹消させ、抹消を終えたことを証する書面を提出させる', ['return_erasure', 'erasure_proof']),
        ],
        'clauses': [
            ('第1条（基本的事項）', ['general_duty']),
            ('第2条（秘密の保持）', ['confidentiality']),
            ('第3条（収集の制限）', ['collection_limit']),
            ('第4条（目的外の利用及び提供の禁止）', ['purpose_limit']),
            ('第5条（複写及び複製の禁止）', ['copy_limit']),
            ('第6条（再委託の禁止）', ['subcontract_limit']),
            ('第7条（作業場所の指定等）', ['takeout_limit']),
            ('第8条（適正な保管）', ['locked_storage']),
            ('第9条（資料等の返還等）', ['return_erasure', 'erasure_proof']),
            ('第10条（取扱状況の報告及び調査）', ['status_report', 'audit']),
            ('第11条（事故発生時の措置）', ['incident_response']),
            ('第12条（従事者の教育）', ['training']),
            ('第13条（契約の解除）', []),
            ('第14条（損害賠償）', ['liability']),
        ],
    },
    {
        'period_text': '令和3年4月1日から令和8年3月31日まで',
        'recurring_text': None,
        'media': [('[x] 各学校の校務用端末', 'ward_system'),
                  ('[x] 校務支援クラウドサービス', 'external_system')],
        'media_out': ['[ ] 紙の出席簿', '[ ] USBメモリ等の外部記録媒体'],
        'items_out': ['個人番号'],
        'ward': [
            ('盗難を防ぐためワイヤーで机に固定する', ['device_lock']),
            ('校務専用の閉域ネットワークを経由させ', ['network_protection']),
            ('個人ごとのIDとパスワードに加え、ワンタイムパスワードの入力を求める', ['access_auth']),
            ('職務ごとに権限を設定して絞り込む', ['access_control']),
            ('結合先との間の通信は、すべて暗号化する', ['encryption']),
            ('ウイルス対策ソフトを導入し、基本ソフトの更新プログラム', ['malware_protection']),
            ('全教職員を対象として校務情報の取扱いに関する研修を行う', ['training']),
        ],
        'contractor': [
            ('サービスの提供以外の目的に使わせず、第三者にも渡させない', ['purpose_limit']),
            ('ISMS(ISO/IEC27001)の認証を受けた施設に限らせる', ['certification']),
            ('サーバ室への入退室は登録された運用要員に限定させ', ['entry_control']),
            ('アクセスを記録したログを1年間保存させ', ['logging']),
            ('国内2か所のデータセンターに毎日バックアップさせる', ['backup']),
            ('障害や漏えいの事案に備え、教育委員会への緊急連絡の手順と窓口', ['incident_response']),
            ('教育委員会へ返還させた上で完全に消去させ、その結果を書面で報告させる', ['return_erasure', 'erasure_proof']),
        ],
        'clauses': [],
    },
]

# ------------------------------------------------------------ as2 小松島市 (OneNote PDF)
S2 = '令和3年度第3回'
DOCS['as2_komatsushima_2021'] = [
    matter('障害福祉サービス受給者証等の作成及び発送業務の委託について', '小松島市',
           'consultation', 'outsourcing', '第11条第2項', '保健福祉部', ['障がい福祉課'],
           '阿波ビジネスプリント', '2022-01-11', '2022-03-31', True, 2021, S2,
           items(('受給者', '受給者証番号、氏名、生年月日、住所、障害種別、障害支援区分、'
                           '支給決定サービスの種類、支給量、支給決定期間、利用者負担上限月額、'
                           '生活保護受給の有無、上限額管理事業所名'),
                 ('保護者', '氏名、続柄'),
                 (None, '送付先住所')),
           ['障害種別', '障害支援区分', '生活保護受給の有無'],
           ['paper', 'removable', 'contractor_server'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit',
            'locked_storage', 'return_erasure'],
           ['responsible_staff', 'confidentiality', 'training', 'entry_control',
            'network_protection', 'access_auth', 'logging', 'print_control', 'return_erasure',
            'incident_response', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'responsible_staff', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'transfer_control', 'locked_storage',
            'return_erasure', 'erasure_proof', 'audit', 'incident_response', 'liability',
            'publication']),
    matter('母子健康手帳アプリとの情報連携に伴う外部結合について', '小松島市', 'report',
           'external_link', '第14条第1項', '子育て健康部', ['母子保健課'], 'すくすくダイアリー',
           '2022-02-01', None, None, 2021, S2,
           items(('妊婦', '氏名、生年月日、母子健康手帳交付番号、妊娠週数、出産予定日、'
                         '妊婦健康診査の受診日'),
                 ('乳幼児', '氏名、生年月日、性別、予防接種の接種日、接種したワクチンの種類、'
                           '乳幼児健康診査の結果'),
                 ('利用者', 'アプリ利用者ID、メールアドレス')),
           ['妊娠週数', '接種したワクチンの種類', '乳幼児健康診査の結果'],
           ['ward_system', 'external_system'],
           ['network_protection', 'encryption', 'access_auth', 'access_control', 'logging',
            'malware_protection', 'training'],
           ['certification', 'purpose_limit', 'responsible_staff', 'logging', 'backup',
            'incident_response', 'return_erasure'],
           []),
]

EVIDENCE['as2_komatsushima_2021'] = [
    {
        'period_text': '令和4年1月11日～令和4年3月31日',
        'recurring_text': '令和4年度以降も、毎年度の受給者証の更新に合わせて同様に委託する予定',
        'media': [('紙(受給者証用紙・封筒)', 'paper'), ('DVD-R(印字用データの受渡し)', 'removable'),
                  ('受託者の印刷管理サーバ', 'contractor_server')],
        'media_out': ['電子メール(データの送付には使わない)'],
        'items_out': ['個人番号'],
        'ward': [
            ('契約書に「個人情報取扱特記事項」を添え', ['contract_terms']),
            ('書き込む前に暗号化し、復号のためのキーは受託者の責任者あてに別便で郵送する', ['encryption', 'password_separation']),
            ('工場へ持参して責任者に直接手渡し、受領の署名を受ける', ['transfer_control']),
            ('職員が予告なしに工場を訪れ、作業と保管の状況を確認する', ['audit']),
            ('課内の施錠できる書庫に保管し、保存期間を過ぎたものは裁断して処分する', ['locked_storage', 'return_erasure']),
        ],
        'contractor': [
            ('作業責任者及び作業者を選任させ、その名簿を作業開始前に提出させる', ['responsible_staff']),
            ('守秘の誓約書を取らせ、年1回以上、情報セキュリティの教育を受けさせる', ['confidentiality', 'training']),
            ('区画の出入りはカードキーで管理させ、入退室の記録を残させる', ['entry_control']),
            ('社外のネットワークから切り離した構成とさせる', ['network_protection']),
            ('IDとパスワードによる認証を求め、操作履歴を記録させる', ['access_auth', 'logging']),
            ('放置させず、その日のうちに裁断させる', ['print_control', 'return_erasure']),
            ('誤封入、紛失その他の事故を把握したときは、即座に障がい福祉課へ連絡させ', ['incident_response']),
            ('完全に消去させ、消去証明書を提出させる', ['return_erasure', 'erasure_proof']),
        ],
        'clauses': [
            ('第1基本的事項', ['general_duty']),
            ('第2秘密の保持', ['confidentiality']),
            ('第3責任者等の届出', ['responsible_staff']),
            ('第4目的外利用及び提供の禁止', ['purpose_limit']),
            ('第5複写等の禁止', ['copy_limit']),
            ('第6再委託の禁止', ['subcontract_limit']),
            ('第7持出しの禁止', ['takeout_limit']),
            ('第8搬送時の措置', ['transfer_control']),
            ('第9保管', ['locked_storage']),
            ('第10返還等', ['return_erasure']),
            ('第11消去等の報告', ['erasure_proof']),
            ('第12調査', ['audit']),
            ('第13事故の報告', ['incident_response']),
            ('第14損害賠償及び公表', ['liability', 'publication']),
        ],
    },
    {
        'period_text': '令和4年2月1日',
        'recurring_text': None,
        'media': [('母子保健システム(市の端末で操作)', 'ward_system'),
                  ('結合先のクラウド環境', 'external_system')],
        'media_out': ['紙(連携用の帳票は作らない)', 'USBメモリ'],
        'items_out': ['妊婦健康診査の検査結果'],
        'ward': [
            ('インターネットに接続せず、連携用サーバを介してのみ結合先とデータをやり取りする', ['network_protection']),
            ('TLS1.2以上の方式で暗号化する', ['encryption']),
            ('IDと静脈認証で本人を確認する', ['access_auth']),
            ('連携の設定を変更できる職員は、課長が指名した2名に限る', ['access_control']),
            ('送信記録は毎月点検し、身に覚えのない送信がないか確認する', ['logging']),
            ('ウイルス対策ソフトを導入し、セキュリティ更新を速やかに適用する', ['malware_protection']),
            ('年度当初に個人情報の取扱いに関する研修を行う', ['training']),
        ],
        'contractor': [
            ('プライバシーマークの付与を受けていることを、契約前に確認した', ['certification']),
            ('アプリのサービス提供にだけ使わせ、広告の配信その他の目的での利用や第三者への提供をさせない', ['purpose_limit']),
            ('運用責任者と運用担当者を定めさせ、その名簿を市に提出させる', ['responsible_staff']),
            ('サーバへのアクセスログを取得させ、1年以上保存させる', ['logging']),
            ('データは毎日バックアップを取らせ', ['backup']),
            ('不正アクセスや情報の流出が疑われるときは、直ちに母子保健課へ報告させる', ['incident_response']),
            ('契約が終了したときは、該当するデータを削除させる', ['return_erasure']),
        ],
        'clauses': [],
    },
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', path, len(matters), 'matters')


if __name__ == '__main__':
    main()
