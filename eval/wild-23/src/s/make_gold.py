#!/usr/bin/env python3
"""Writes gold/s1_*.json and gold/s2_*.json (the s-writer's two documents) in the form
and key order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).
Every reading is explained in ../../NOTES-s.md."""
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

# ---------------------------------------------------------------- s1 堺市 (PDF, 3 pp.)
S1 = '令和2年度第3回'
DOCS['s1_sakai_2020'] = [
    matter('要介護認定事務における介護保険総合データベースとの回線結合について', '堺市', 'report',
           'external_link', '第16条第2項', '健康福祉局', ['介護保険課', '認定事務センター'],
           '介護保険総合データベース', '2020-11-01', None, None, 2020, S1,
           items((None, '被保険者番号、氏名、生年月日、性別、住所、申請区分、認定申請日、要介護状態区分、'
                        '認定有効期間、主治医意見書に記載された傷病名、認定調査における心身の状況')),
           ['要介護状態区分', '主治医意見書に記載された傷病名', '認定調査における心身の状況'],
           ['ward_system', 'external_system'],
           ['training', 'access_control', 'network_protection', 'encryption', 'logging',
            'access_auth', 'malware_protection', 'device_lock'],
           [],
           []),
    matter('特定健康診査受診券の作成発送及び健診結果データ入力業務の委託について', '堺市',
           'consultation', 'outsourcing', '第18条第1項', '健康福祉局', ['健康医療推進課'],
           '泉北データサービス', '2021-04-01', '2022-03-31', True, 2020, S1,
           items((None, '氏名、フリガナ、生年月日、性別、住所、電話番号、国民健康保険被保険者証の記号・番号、'
                        '健診受診日、健診結果、服薬状況、特定保健指導の階層化区分、自己負担額')),
           ['健診結果', '服薬状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'entry_control', 'locked_storage', 'network_protection',
            'malware_protection', 'access_auth', 'logging', 'return_erasure', 'erasure_proof',
            'incident_response', 'training'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'audit', 'incident_response', 'liability']),
]

# ---------------------------------------------------------------- s2 松山市 (Markdown + raw HTML tables)
DOCS['s2_matsuyama_2019'] = [
    matter('児童扶養手当現況届の受付補助及び審査データ入力業務の委託について', '松山市', 'report',
           'outsourcing', '第11条第1項', 'こども家庭部', ['子育て支援課'], '伊予ビジネスサポート',
           '2019-04-01', '2020-03-31', True, 2019, None,
           items(('受給者', '氏名、生年月日、住所、電話番号、個人番号、所得金額、養育費の受取額、'
                           '生活保護の受給状況、公的年金の受給状況'),
                 ('対象児童', '氏名、生年月日、続柄、障害の状況')),
           ['生活保護の受給状況', '障害の状況'],
           ['paper', 'ward_system'],
           ['contract_terms', 'access_auth', 'access_control', 'audit'],
           ['responsible_staff', 'takeout_limit', 'confidentiality', 'training', 'incident_response',
            'copy_limit'],
           []),
    matter('避難行動要支援者名簿作成のための介護保険情報及び障害福祉情報の目的外利用について', '松山市',
           'consultation', 'purpose_change', '第9条第2項第5号', '危機管理部', ['危機管理課'], None,
           '2019-07-01', '2020-03-31', True, 2019, None,
           items((None, '氏名、生年月日、性別、住所、電話番号、世帯構成、要介護状態区分、身体障害者手帳の等級、'
                        '療育手帳の判定区分、指定難病の疾病名、名簿情報の外部提供に関する同意の有無')),
           ['要介護状態区分', '身体障害者手帳の等級', '療育手帳の判定区分', '指定難病の疾病名'],
           ['ward_system', 'paper'],
           ['access_control', 'locked_storage', 'return_erasure', 'logging', 'training',
            'network_protection'],
           [],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print(stem, len(matters), 'matters')


if __name__ == '__main__':
    main()
