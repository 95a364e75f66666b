#!/usr/bin/env python3
"""Writes gold/i1_aomori_2022.json and gold/i2_yamaguchi_2021.json in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading
is explained in ../../NOTES-i.md."""
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

# ---------------------------------------------------------------- i1 青森市 (PDF, Excel sheet)
S1 = '令和4年度第3回'
DOCS['i1_aomori_2022'] = [
    matter('特定健康診査未受診者及び要指導者への受診勧奨通知作成・発送業務の委託について', '青森市',
           'report', 'outsourcing', '第13条第2項', '保健部', ['健康づくり推進課'], 'みちのくヘルスデータ',
           '2022-12-01', '2023-03-31', True, 2022, S1,
           items(('対象者', '氏名、性別、生年月日、住所、国民健康保険被保険者証の記号番号、特定健康診査の受診日、'
                           '健診結果、服薬状況、保健指導区分')),
           ['健診結果', '服薬状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'network_protection', 'access_auth', 'malware_protection', 'locked_storage',
            'return_erasure', 'erasure_proof', 'incident_response', 'training'],
           []),
    matter('介護認定審査会資料の電子化に伴うクラウド型資料共有サービスとの外部結合について', '青森市',
           'consultation', 'external_link', '第16条第2項', '福祉部', ['介護保険課'], 'ブリッジシェア',
           '2023-04-01', None, None, 2022, S1,
           items(('申請者', '被保険者番号、年齢、性別、申請区分、前回の要介護度、認定調査で把握した心身の状況、'
                           '主治医意見書の傷病名、障害高齢者の日常生活自立度、認定調査の実施日')),
           ['前回の要介護度', '認定調査で把握した心身の状況', '主治医意見書の傷病名', '障害高齢者の日常生活自立度'],
           ['ward_system', 'external_system'],
           ['network_protection', 'access_control', 'access_auth', 'locked_storage', 'takeout_limit',
            'training', 'return_erasure'],
           ['encryption', 'logging', 'certification', 'entry_control', 'incident_response',
            'network_protection', 'malware_protection', 'backup'],
           []),
]

# ---------------------------------------------------------------- i2 山口市 (Acrobat accessible text)
S2 = '令和3年度第2回'
DOCS['i2_yamaguchi_2021'] = [
    matter('障害福祉サービス利用者の生活実態調査業務の委託について', '山口市', 'report', 'outsourcing',
           '第11条第2項', '健康福祉部', ['障がい者支援課'], '周防リサーチセンター',
           '2021-09-01', '2022-02-28', False, 2021, S2,
           items(('調査対象者', '氏名、住所、郵便番号'),
                 ('回答者', '年齢、性別、障害者手帳の種類及び等級、障害支援区分、難病の診断の有無、就労の状況、'
                           '世帯の年間収入、自由記述欄の回答')),
           ['障害者手帳の種類及び等級', '障害支援区分', '難病の診断の有無'],
           ['paper', 'contractor_server', 'removable'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'status_report'],
           ['encryption', 'network_protection', 'access_control', 'logging', 'locked_storage', 'takeout_limit',
            'return_erasure', 'erasure_proof', 'confidentiality'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'training', 'audit', 'incident_response', 'liability']),
    matter('国民健康保険料納付勧奨コールセンター業務の委託について', '山口市', 'report', 'outsourcing',
           '第11条第2項', '市民生活部', ['保険年金課'], 'ひかりテレコムサービス',
           '2021-10-01', '2022-03-31', True, 2021, S2,
           items(('世帯主', '氏名、住所、電話番号、被保険者記号番号、保険料の滞納額、納期限、納付状況、'
                           '納付約束の内容、前年の所得金額、生活保護受給の有無')),
           ['生活保護受給の有無'],
           ['paper', 'ward_system', 'contractor_server'],
           ['contract_terms', 'network_protection', 'access_control', 'logging'],
           ['responsible_staff', 'entry_control', 'device_lock', 'locked_storage', 'return_erasure',
            'training', 'incident_response'],
           []),
]

for stem, matters in DOCS.items():
    doc = {'source': stem, 'matters': matters}
    with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
    print('wrote', stem, len(matters), 'matters')
