#!/usr/bin/env python3
"""Writes gold/e1_sagamihara_2020.json and gold/e2_matsumoto_2021.json in the form
and key order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).
Every reading is explained in ../../NOTES-e.md."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold')


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

# ------------------------------------------------ e1 相模原市 (two-column newsletter PDF)
S1 = '令和2年度第3回'
DOCS['e1_sagamihara_2020'] = [
    matter('特定健康診査の受診勧奨通知作成及び電話勧奨業務の委託について', '相模原市',
           'consultation', 'outsourcing', '第12条第2項', '健康福祉局', ['国保年金課'],
           'ヘルスコール湘南', '2021-04-01', '2022-03-31', True, 2020, S1,
           items(('被保険者', '氏名、生年月日、性別、住所、電話番号、被保険者証の記号・番号、'
                           '前回受診日、前年度の健診結果、生活習慣病の治療の有無、勧奨グループの区分')),
           ['前年度の健診結果', '生活習慣病の治療の有無'],
           ['paper', 'removable', 'contractor_server'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'network_protection', 'logging', 'training', 'confidentiality',
            'entry_control', 'return_erasure', 'erasure_proof', 'incident_response'],
           []),
    matter('療育支援記録のクラウドサービス利用に伴う外部結合について', '相模原市', 'report',
           'external_link', '第15条第2項', 'こども・若者未来局',
           ['こども発達支援課', '北部療育センター', '南部療育センター'], 'はぐくみクラウド',
           '2021-01-04', None, None, 2020, S1,
           items(('児童', '氏名、ふりがな、生年月日、性別、受給者証番号、障害の状況、発達検査の結果、'
                         '通所日、利用者負担上限月額'),
                 ('保護者', '氏名、続柄、電話番号、メールアドレス')),
           ['障害の状況', '発達検査の結果'],
           ['external_system', 'ward_system'],
           ['encryption', 'access_control', 'access_auth', 'certification', 'logging', 'backup',
            'locked_storage', 'training'],
           [],
           []),
    matter('ひとり暮らし高齢者訪問調査のための介護保険情報等の目的外利用について', '相模原市',
           'consultation', 'purpose_change', '第10条第2項第6号', '健康福祉局', ['地域包括ケア推進課'],
           None, '2021-02-01', '2021-03-31', True, 2020, S1,
           items((None, '氏名、生年月日、性別、住所、世帯の構成、要介護状態区分、認定の有効期間、'
                        '介護保険料の所得段階')),
           ['要介護状態区分'],
           ['ward_system', 'paper'],
           ['encryption', 'access_control', 'locked_storage', 'return_erasure', 'purpose_limit',
            'copy_limit'],
           [],
           []),
]

# ------------------------------------------------ e2 松本市 (Notion-style Markdown)
S2 = '令和3年度第2回'
DOCS['e2_matsumoto_2021'] = [
    matter('産後ケア事業の利用申請受付及び利用調整業務の委託について', '松本市', 'report',
           'outsourcing', '第13条第2項', 'こども部', ['こども育成課', '中央保健センター'],
           'まつもとケアデザイン', '2021-10-01', '2022-03-31', False, 2021, S2,
           items(('利用者(母)', '氏名、生年月日、住所、電話番号、メールアドレス、出産日、分娩の状況、'
                               '産後の心身の状況、EPDSの得点、生活保護受給の有無、住民税の課税状況'),
                 ('乳児', '氏名、生年月日、性別'),
                 (None, '利用希望日、利用を希望する施設、利用者負担区分')),
           ['分娩の状況', '産後の心身の状況', 'EPDSの得点', '生活保護受給の有無'],
           ['paper', 'contractor_server', 'contractor_pc', 'email'],
           ['contract_terms', 'audit', 'email_safety'],
           ['responsible_staff', 'subcontract_limit', 'access_auth', 'access_control', 'logging',
            'malware_protection', 'encryption', 'password_separation', 'locked_storage',
            'takeout_limit', 'incident_response', 'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'training', 'audit', 'status_report',
            'incident_response', 'liability']),
    matter('救急医療情報登録制度に係る登録情報の松本広域消防局への提供について', '松本市',
           'consultation', 'external_provision', '第11条第2項第4号', '健康福祉部', ['高齢福祉課'],
           None, '2021-10-01', None, True, 2021, S2,
           items(('登録者', '氏名、生年月日、性別、住所、電話番号、かかりつけ医療機関名、治療中の病気、'
                           '服用している薬、障害者手帳の所持の有無、同居家族の有無、緊急連絡先、'
                           '介護保険被保険者番号、登録番号')),
           ['かかりつけ医療機関名', '治療中の病気', '服用している薬', '障害者手帳の所持の有無'],
           ['paper', 'ward_system', 'removable', 'external_system'],
           ['contract_terms', 'purpose_limit', 'encryption', 'password_separation', 'transfer_control',
            'return_erasure', 'access_control', 'training', 'locked_storage'],
           [],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', stem, len(matters), 'matters')


if __name__ == '__main__':
    main()
