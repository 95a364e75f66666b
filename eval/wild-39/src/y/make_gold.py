#!/usr/bin/env python3
"""Writes gold/y1_ikoma_2023.json and gold/y2_kashihara_2019.json in the form and key
order of /work/shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).
Every reading is explained in ../../NOTES-y.md."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold')


def items(*groups):
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
        'title': title, 'municipality': municipality, 'matter_kind': kind,
        'procedure': procedure, 'legal_basis': legal_basis, 'department': department,
        'divisions': divisions, 'contractor_contains': contractor,
        'period_start': start, 'period_end': end, 'recurring': recurring,
        'fiscal_year': fy, 'council_session': session, 'data_items': data_items,
        'sensitive_items': sensitive, 'media': media,
        'safeguards': {'ward': ward, 'contractor': contractor_sg}, 'clauses': clauses,
    }


DOCS = {}

S1 = '令和5年度第2回'
DOCS['y1_ikoma_2023'] = [
    matter('乳幼児健康診査のWeb予約受付及び問診票データ化業務の委託について', '生駒市',
           'report', 'outsourcing', '第6条第2項', 'こども健康部', ['健康課', 'こども家庭課'],
           'やまと健診データサービス', '2023-10-01', '2024-03-31', True, 2023, S1,
           items(('乳幼児', '氏名、生年月日、性別、出生時の体重、既往歴、予防接種歴'),
                 ('保護者', '氏名、住所、電話番号、メールアドレス、健診の予約日時')),
           ['既往歴', '予防接種歴'],
           ['paper', 'contractor_server', 'contractor_pc'],
           ['contract_terms', 'access_auth', 'transfer_control', 'audit'],
           ['responsible_staff', 'encryption', 'network_protection', 'logging',
            'malware_protection', 'locked_storage', 'return_erasure', 'erasure_proof',
            'training', 'incident_response'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit',
            'copy_limit', 'subcontract_limit', 'takeout_limit', 'return_erasure',
            'erasure_proof', 'status_report', 'audit', 'training', 'incident_response',
            'liability']),
    matter('介護予防ケアマネジメントに係る地域包括支援センターとのオンライン結合について', '生駒市',
           'consultation', 'external_link', '第6条第1項第2号', '福祉部',
           ['地域包括ケア推進課', '介護保険課'], '地域包括支援センター',
           '2023-12-01', None, None, 2023, S1,
           items((None, '被保険者番号、氏名、生年月日、性別、住所、電話番号、要介護度、'
                        '認定の有効期間、かかりつけ医療機関名、世帯構成')),
           ['要介護度', 'かかりつけ医療機関名'],
           ['ward_system', 'paper'],
           ['network_protection', 'access_auth', 'access_control', 'logging', 'device_lock',
            'contract_terms', 'confidentiality'],
           ['responsible_staff', 'entry_control', 'print_control', 'return_erasure', 'training'],
           []),
]

S2 = '令和元年度第1回'
DOCS['y2_kashihara_2019'] = [
    matter('特定健康診査受診勧奨通知の作成及び発送業務の委託について', '橿原市',
           'consultation', 'outsourcing', '第11条第2項', '健康部', ['保険医療課', '健康増進課'],
           '飛鳥メディカルサポート', '2019-07-01', '2020-03-31', True, 2019, S2,
           items((None, '被保険者証の記号番号、氏名、性別、生年月日、住所、前年度の受診の有無、'
                        '健診結果、服薬状況')),
           ['健診結果', '服薬状況'],
           ['removable', 'contractor_pc', 'paper'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control'],
           ['responsible_staff', 'network_protection', 'access_auth', 'malware_protection',
            'entry_control', 'return_erasure', 'erasure_proof', 'subcontract_limit', 'logging'],
           []),
    matter('避難行動要支援者名簿の作成に係る介護保険情報等の目的外利用について', '橿原市',
           'consultation', 'purpose_change', '第8条第2項第6号', '危機管理部', ['危機管理課'],
           None, '2019-07-01', None, None, 2019, S2,
           items((None, '氏名、生年月日、性別、住所、電話番号、要介護度、身体障害者手帳の等級')),
           ['要介護度', '身体障害者手帳の等級'],
           ['ward_system', 'paper'],
           ['access_control', 'locked_storage', 'access_auth', 'logging', 'copy_limit',
            'training'],
           [],
           []),
]

os.makedirs(GOLD, exist_ok=True)
for stem, matters in DOCS.items():
    with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps({'source': stem, 'matters': matters}, ensure_ascii=False, indent=1) + '\n')
    print('wrote', stem)
