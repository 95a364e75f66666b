#!/usr/bin/env python3
"""Writes gold/j1_*.json and gold/j2_*.json in the form and key order of
shared/corpus/gold (json.dumps indent=1, ensure_ascii=False). Readings: ../../NOTES-j.md."""
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

S1 = '令和2年度第3回'
DOCS['j1_hachioji_2020'] = [
    matter('国民健康保険特定健康診査の未受診者に対する受診勧奨業務の委託について', '八王子市',
           'consultation', 'outsourcing', '第12条第2項', '医療保険部', ['保険年金課', '成人健診課'],
           'ヘルスリンク多摩', '2020-09-01', '2021-03-31', True, 2020, S1,
           items(('対象者', '被保険者記号番号、氏名、性別、生年月日、住所、電話番号、前年度の健診結果、'
                           '服薬状況、過去3年間の受診日、保健指導区分、勧奨通知の発送日')),
           ['前年度の健診結果', '服薬状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'entry_control', 'network_protection', 'access_auth',
            'malware_protection', 'return_erasure', 'erasure_proof', 'training',
            'incident_response', 'locked_storage'],
           ['general_duty', 'confidentiality', 'purpose_limit', 'copy_limit', 'subcontract_limit',
            'return_erasure', 'incident_response', 'audit', 'liability']),
    matter('高齢者見守り支援システムと地域包括支援センターとのオンライン結合について', '八王子市',
           'report', 'external_link', '第15条第3項', '福祉部', ['高齢者福祉課'],
           '地域包括支援センター', '2020-10-01', None, None, 2020, S1,
           items(('高齢者', '氏名、住所、生年月日、性別、電話番号、介護保険被保険者番号、要介護度、'
                           '世帯構成、緊急連絡先、見守り訪問の日時、転出・死亡による異動年月日')),
           ['要介護度'],
           ['ward_system', 'paper'],
           ['device_lock', 'locked_storage', 'return_erasure', 'access_auth', 'access_control',
            'network_protection', 'logging', 'malware_protection', 'training', 'contract_terms',
            'confidentiality'],
           [],
           []),
]

S2 = '平成30年度第2回'
DOCS['j2_toyohashi_2018'] = [
    matter('障害福祉サービス受給者証等の印刷及び封入封かん業務の委託について', '豊橋市',
           'report', 'outsourcing', '第11条第1項', '福祉部', ['障害福祉課'],
           '三河データプリント', '2018-07-01', '2019-03-31', False, 2018, S2,
           items(('受給者', '受給者証番号、氏名、住所、生年月日、障害支援区分、身体障害者手帳の等級、'
                           '支給決定期間、利用者負担上限月額'),
                 ('保護者', '氏名、続柄')),
           ['障害支援区分', '身体障害者手帳の等級'],
           ['paper', 'removable', 'contractor_server'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation'],
           ['responsible_staff', 'entry_control', 'network_protection', 'logging', 'access_auth',
            'print_control', 'return_erasure', 'erasure_proof', 'subcontract_limit'],
           []),
    matter('避難行動要支援者名簿の更新に伴う民生委員・児童委員からの個人情報の収集について', '豊橋市',
           'consultation', 'indirect_collection', '第8条第2項第6号', '福祉部', ['福祉政策課'],
           None, '2018-11-01', None, True, 2018, S2,
           items(('要支援者', '氏名、住所、電話番号、日中の在宅状況、同居者の有無、かかりつけ医療機関名、'
                             '避難時に配慮が必要な事項'),
                 ('緊急連絡先', '氏名、続柄、電話番号')),
           ['かかりつけ医療機関名'],
           ['paper', 'ward_system'],
           ['training', 'collection_limit', 'transfer_control', 'locked_storage', 'access_control',
            'access_auth'],
           [],
           []),
]

for stem, matters in DOCS.items():
    with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps({'source': stem, 'matters': matters}, ensure_ascii=False, indent=1) + '\n')
    print('wrote', stem, len(matters))
