#!/usr/bin/env python3
"""Writes gold/q1_misato_2020.json and gold/q2_kanuma_2023.json, in the form and key
order of /work/shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).
Every reading is explained in ../../NOTES-q.md."""
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

# ------------------------------------------------------------ q1 三郷市 (two-column PDF)
S1 = '令和2年度第3回'
DOCS['q1_misato_2020'] = [
    matter('ひとり親世帯臨時特別給付金の支給事務における住民基本台帳情報及び市民税課税情報の目的外利用について',
           '三郷市', 'consultation', 'purpose_change', '第9条第1項第6号', '子ども未来部',
           ['子育て支援課'], None, '2020-12-21', '2021-03-31', False, 2020, S1,
           items(('受給資格者', '氏名、住所、生年月日、性別、世帯構成、続柄、所得額、課税額、'
                             '児童扶養手当の受給状況、公的年金給付等の受給状況、生活保護の受給状況'),
                 ('対象児童', '氏名、生年月日、続柄')),
           ['生活保護の受給状況'],
           ['ward_system', 'paper'],
           ['access_control', 'purpose_limit', 'training', 'locked_storage', 'return_erasure',
            'print_control', 'device_lock', 'access_auth', 'logging'],
           [],
           []),
    matter('国民健康保険特定健康診査の受診勧奨業務の委託について', '三郷市', 'report',
           'outsourcing', '第11条第2項', '健康福祉部', ['国民健康保険課', '健康推進課'],
           'メディカルポスト北関東', '2020-12-15', '2021-03-31', True, 2020, S1,
           items(('対象者', '被保険者証の記号番号、氏名、フリガナ、性別、生年月日、住所、電話番号、'
                           '過去3年間の受診年度、前年度の健診結果、服薬の有無、特定保健指導の階層化区分')),
           ['前年度の健診結果', '服薬の有無'],
           ['removable', 'contractor_server', 'contractor_pc', 'paper'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'certification', 'entry_control', 'locked_storage',
            'network_protection', 'access_auth', 'malware_protection', 'logging',
            'return_erasure', 'erasure_proof', 'incident_response', 'training'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'return_erasure', 'erasure_proof', 'training',
            'audit', 'status_report', 'incident_response', 'liability', 'publication']),
]

# ------------------------------------------------------------ q2 鹿沼市 (pdftotext -layout)
S2 = '令和5年度第1回'
DOCS['q2_kanuma_2023'] = [
    matter('乳幼児健康診査のWeb予約導入に伴う予約管理クラウドサービスとの外部結合について',
           '鹿沼市', 'consultation', 'external_link', '第6条第1項第2号', '保健福祉部', ['健康課'],
           'すくすく予約クラウド', '2023-10-02', None, True, 2023, S2,
           items(('乳幼児', '氏名、フリガナ、生年月日、性別、出生時の体重、在胎週数、予防接種の接種歴、既往歴'),
                 ('保護者', '氏名、住所、電話番号、メールアドレス'),
                 (None, '予約日時、健診の種別、受付番号')),
           ['在胎週数', '予防接種の接種歴', '既往歴'],
           ['external_system', 'ward_system', 'email', 'paper'],
           ['access_control', 'access_auth', 'network_protection', 'encryption', 'locked_storage',
            'return_erasure', 'status_report'],
           ['certification', 'encryption', 'network_protection', 'logging', 'email_safety',
            'backup', 'incident_response', 'return_erasure', 'erasure_proof', 'responsible_staff'],
           []),
    matter('要介護認定に係る訪問調査業務の委託について', '鹿沼市', 'report', 'outsourcing',
           '第6条第3項', '保健福祉部', ['介護保険課'], '下野ケアサポート協会',
           '2023-06-01', '2024-03-31', False, 2023, S2,
           items(('申請者', '介護保険被保険者番号、氏名、生年月日、年齢、性別、住所、電話番号、'
                           '現在の要介護度、傷病名、障害者手帳の等級、調査時の心身の状況、調査日、調査場所'),
                 ('立会人', '氏名、続柄、電話番号')),
           ['現在の要介護度', '傷病名', '障害者手帳の等級', '調査時の心身の状況'],
           ['paper', 'ward_system'],
           ['contract_terms', 'access_auth', 'transfer_control', 'audit', 'training'],
           ['responsible_staff', 'work_procedure', 'transfer_control', 'locked_storage', 'takeout_limit',
            'return_erasure', 'incident_response', 'confidentiality', 'subcontract_limit'],
           ['general_duty', 'confidentiality', 'locked_storage', 'purpose_limit',
            'subcontract_limit', 'copy_limit', 'takeout_limit', 'return_erasure', 'training',
            'incident_response', 'audit', 'liability']),
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
