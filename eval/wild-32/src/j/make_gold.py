#!/usr/bin/env python3
"""Writes gold/j1_*.json and gold/j2_*.json in the form and key order of
shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Readings: ../../NOTES-j.md."""
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

S1 = '令和3年度第3回'
DOCS['j1_nagano_2021'] = [
    matter('肝炎ウイルス検査陽性者の受診状況確認業務の委託について', '長野県', 'consultation',
           'outsourcing', '第11条第3項', '健康福祉部', ['感染症対策課'], '信州健康づくり事業団',
           '2021-12-01', '2022-03-31', True, 2021, S1,
           items(('受検者', '氏名、生年月日、性別、住所、電話番号、受検日、検査結果、精密検査の受診の有無、'
                           '精密検査受診医療機関名、治療の状況、肝炎治療受給者証番号、自己負担限度月額の階層区分')),
           ['検査結果', '精密検査の受診の有無', '精密検査受診医療機関名', '治療の状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'entry_control', 'network_protection', 'access_auth',
            'malware_protection', 'locked_storage', 'return_erasure', 'erasure_proof',
            'incident_response', 'training'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'return_erasure', 'training', 'status_report',
            'audit', 'incident_response', 'liability', 'publication']),
    matter('県営住宅家賃の減免審査における福祉関係情報の目的外利用について', '長野県', 'report',
           'purpose_change', '第8条第2項第3号', '建設部', ['公営住宅室'], None,
           '2022-04-01', None, True, 2021, S1,
           items(('入居者及び同居者', '氏名、生年月日、住所、生活保護の受給の有無、身体障害者手帳の等級、'
                                   '児童扶養手当の受給状況、前年の所得金額')),
           ['生活保護の受給の有無', '身体障害者手帳の等級'],
           ['paper', 'ward_system'],
           ['collection_limit', 'locked_storage', 'access_control', 'access_auth', 'logging',
            'return_erasure', 'purpose_limit', 'training'],
           [],
           []),
]

S2 = '平成30年度第2回'
DOCS['j2_tsuyama_2018'] = [
    matter('がん検診受診券の作成・発送及び受診勧奨業務の委託について', '津山市', 'report',
           'outsourcing', '第11条第2項', '健康福祉部', ['健康増進課'], '美作データサービス',
           '2018-11-01', '2019-03-31', True, 2018, S2,
           items(('対象となる方', '氏名、住所、生年月日、性別、宛名番号、過去3年間の受診年度、'
                                 '前年度の検診結果、精密検査の結果、自己負担の区分')),
           ['前年度の検診結果', '精密検査の結果'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control'],
           ['network_protection', 'access_auth', 'entry_control', 'subcontract_limit',
            'return_erasure', 'erasure_proof', 'responsible_staff', 'training', 'incident_response'],
           []),
    matter('就学前児童の発達支援に係る保育所等からの個人情報の収集について', '津山市', 'consultation',
           'indirect_collection', '第7条第3項第6号', 'こども保健部', ['こども支援課'], None,
           '2019-04-01', None, None, 2018, S2,
           items(('児童', '氏名、生年月日、性別、在籍している園の名称'),
                 ('保護者', '氏名、電話番号'),
                 ('児童', '発達障害の診断の有無、療育手帳の有無、園での生活の様子')),
           ['発達障害の診断の有無', '療育手帳の有無'],
           ['paper', 'ward_system'],
           ['collection_limit', 'transfer_control', 'locked_storage', 'access_control', 'access_auth',
            'return_erasure', 'logging'],
           [],
           []),
]

for stem, matters in DOCS.items():
    with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps({'source': stem, 'matters': matters}, ensure_ascii=False, indent=1) + '\n')
    print('wrote', stem, len(matters), 'matters')
