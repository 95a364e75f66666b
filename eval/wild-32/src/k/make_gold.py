#!/usr/bin/env python3
"""Writes gold/k1_ishikawa_2021.json and gold/k2_numazu_2021.json in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False, trailing
newline).  Every reading is explained in ../../NOTES-k.md."""
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

# ---------------------------------------------------------------- k1 石川県 (PDF)
S1 = '令和3年度第3回'
DOCS['k1_ishikawa_2021'] = [
    matter('肝炎ウイルス検査陽性者に対する受診勧奨及び追跡調査業務の委託について', '石川県',
           'consultation', 'outsourcing', '第10条第2項', '健康福祉部', ['健康推進課'],
           'ほくりくヘルスリサーチ', '2022-04-01', '2023-03-31', True, 2021, S1,
           items((None, '氏名、生年月日、性別、住所、電話番号、検査結果、精密検査の受診医療機関名、'
                        '精密検査受診日、抗ウイルス治療の服薬状況、初回精密検査費用助成の申請の有無')),
           ['検査結果', '精密検査の受診医療機関名', '抗ウイルス治療の服薬状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'audit', 'transfer_control', 'encryption', 'password_separation'],
           ['responsible_staff', 'incident_response', 'training', 'confidentiality',
            'locked_storage', 'takeout_limit', 'return_erasure', 'erasure_proof',
            'network_protection', 'access_auth', 'malware_protection'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit',
            'subcontract_limit', 'copy_limit', 'takeout_limit', 'incident_response',
            'return_erasure', 'audit', 'liability']),
    matter('建設業許可申請等の電子化に伴う国土交通省建設業電子申請システムとの回線結合について',
           '石川県', 'report', 'external_link', '第12条第1項', '土木部', ['監理課'],
           '建設業電子申請システム', '2022-01-11', None, None, 2021, S1,
           items((None, '氏名、生年月日、住所、電話番号、本籍、許可番号、保有資格、社会保険の加入状況、'
                        '刑罰歴')),
           ['刑罰歴'],
           ['external_system', 'ward_system', 'paper'],
           ['responsible_staff', 'training', 'device_lock', 'locked_storage', 'access_auth',
            'encryption', 'logging'],
           [],
           []),
]

# ---------------------------------------------------------------- k2 沼津市 (cp932 text)
S2 = '令和3年度第5回'
DOCS['k2_numazu_2021'] = [
    matter('沼津市国民健康保険特定保健指導業務の委託について', '沼津市', 'consultation',
           'outsourcing', '第11条第2項', '市民福祉部', ['国保年金課', '健康づくり課'],
           '駿河ヘルスサポート', '2022-04-01', '2023-03-31', True, 2021, S2,
           items((None, '氏名、生年月日、性別、住所、電話番号、被保険者証の記号及び番号、'
                        '特定健康診査の結果、服薬の状況、保健指導の区分、初回面接の実施日')),
           ['特定健康診査の結果', '服薬の状況'],
           ['paper', 'removable', 'contractor_server'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'training', 'entry_control', 'network_protection', 'logging',
            'locked_storage', 'return_erasure', 'erasure_proof', 'incident_response'],
           ['general_duty', 'confidentiality', 'subcontract_limit', 'purpose_limit',
            'copy_limit', 'training', 'incident_response', 'return_erasure', 'audit',
            'publication', 'liability']),
    matter('避難行動要支援者名簿の作成に係る要介護認定情報等の目的外利用について', '沼津市',
           'report', 'purpose_change', '第8条第2項第5号', '危機管理部', ['危機管理課'],
           None, '2021-12-01', None, True, 2021, S2,
           items((None, '氏名、生年月日、性別、住所、要介護状態区分、障害者手帳の種類及び等級、'
                        '世帯の構成、名簿情報の外部提供に関する同意の有無')),
           ['要介護状態区分', '障害者手帳の種類及び等級'],
           ['paper', 'ward_system'],
           ['access_control', 'locked_storage', 'copy_limit', 'training', 'return_erasure'],
           [],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote gold/' + stem + '.json', len(matters), 'matters')


if __name__ == '__main__':
    main()
