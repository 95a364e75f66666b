#!/usr/bin/env python3
"""Writes gold/x1_ogaki_2022.json and gold/x2_kakamigahara_2021.json in the form and key order of
/work/shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is explained
in ../../NOTES-x.md."""
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

S1 = '令和4年度第2回'
DOCS['x1_ogaki_2022'] = [
    matter('がん検診受診勧奨はがき作成及び発送業務の委託について', '大垣市', 'report',
           'outsourcing', '第12条第2項', '健康福祉部', ['保健事業課'], '西美濃ビジネスサポート',
           '2022-12-12', '2023-03-17', True, 2022, S1,
           items(('受診勧奨対象者', '氏名、性別、生年月日、住所、宛名番号、前年度受診日、前年度精密検査結果')),
           ['前年度精密検査結果'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'training', 'entry_control', 'locked_storage', 'return_erasure',
            'erasure_proof', 'network_protection', 'access_auth', 'malware_protection',
            'incident_response'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'return_erasure', 'status_report', 'audit',
            'incident_response', 'liability']),
    matter('避難行動要支援者名簿の作成に係る介護保険情報及び障がい者手帳情報の目的外利用について',
           '大垣市', 'consultation', 'purpose_change', '第9条第2項第5号', '生活環境部',
           ['防災危機管理課'], None, '2023-01-16', None, None, 2022, S1,
           items(('要介護認定を受けている者', '氏名、生年月日、性別、住所、要介護状態区分'),
                 ('障がい者手帳の交付を受けている者', '氏名、生年月日、性別、住所、身体障害者手帳の等級、療育手帳の障害程度')),
           ['要介護状態区分', '身体障害者手帳の等級', '療育手帳の障害程度'],
           ['ward_system', 'paper'],
           ['access_control', 'locked_storage', 'return_erasure', 'training', 'access_auth', 'logging'],
           [],
           []),
]

S2 = '令和3年度第1回'
DOCS['x2_kakamigahara_2021'] = [
    matter('国民健康保険被保険者の事業者健診結果の事業主等からの収集について', '各務原市',
           'consultation', 'indirect_collection', '第8条第3項第6号', '健康福祉部',
           ['国保年金課', '健康づくり課'], None, '2021-10-01', '2022-03-31', True, 2021, S2,
           items(('被保険者', '氏名、生年月日、性別、住所、被保険者証記号番号、健診受診日、健診結果、服薬状況')),
           ['健診結果', '服薬状況'],
           ['paper', 'removable', 'ward_system'],
           ['collection_limit', 'access_control', 'locked_storage', 'return_erasure', 'encryption',
            'password_separation', 'access_auth', 'logging'],
           [],
           []),
    matter('放課後児童クラブ利用申請書のデータ入力業務の委託について', '各務原市', 'report',
           'outsourcing', '第11条第1項', '教育委員会事務局', ['青少年課'], '木曽川インフォテック',
           '2021-12-01', '2022-02-28', False, 2021, S2,
           items(('児童', '氏名、生年月日、学校名、学年、障害の有無'),
                 ('保護者', '氏名、住所、電話番号、勤務先、就労状況')),
           ['障害の有無'],
           ['paper', 'contractor_pc', 'removable'],
           ['contract_terms', 'transfer_control', 'audit'],
           ['responsible_staff', 'confidentiality', 'takeout_limit', 'locked_storage', 'access_auth',
            'encryption', 'return_erasure', 'erasure_proof', 'incident_response'],
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
