#!/usr/bin/env python3
"""Writes gold/t1_*.json and gold/t2_*.json in the form and key order of
shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is
explained in ../../NOTES-t.md."""
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

# ---------------------------------------------------------------- t1 八王子市 (PDF 諮問書)
S1 = '令和3年度第4回'
DOCS['t1_hachioji_2021'] = [
    matter('介護予防ケアマネジメント業務の一部委託について', '八王子市', 'consultation',
           'outsourcing', '第16条第2項', '福祉部', ['高齢者福祉課', '介護保険課'], 'ケアリンク多摩',
           '2022-04-01', '2023-03-31', True, 2021, S1,
           items(('利用者', '氏名、生年月日、性別、住所、電話番号、被保険者番号、要支援認定の区分、'
                           '基本チェックリストの回答結果、既往歴、服薬状況、介護保険料の所得段階、'
                           '利用者負担割合、世帯構成'),
                 ('家族', '氏名、続柄、緊急連絡先')),
           ['要支援認定の区分', '基本チェックリストの回答結果', '既往歴', '服薬状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'audit', 'training', 'transfer_control', 'encryption',
            'password_separation'],
           ['responsible_staff', 'incident_response', 'subcontract_limit', 'confidentiality',
            'training', 'locked_storage', 'takeout_limit', 'return_erasure', 'erasure_proof',
            'network_protection', 'access_auth', 'logging', 'malware_protection'],
           ['general_duty', 'confidentiality', 'purpose_limit', 'subcontract_limit', 'copy_limit',
            'takeout_limit', 'return_erasure', 'incident_response', 'audit', 'liability']),
    matter('ひとり親家庭等医療費助成申請書のデータ入力業務の委託について', '八王子市', 'consultation',
           'outsourcing', '第16条第2項', '子ども家庭部', ['子育て支援課'], '入札',
           '2022-05-09', '2022-09-30', False, 2021, S1,
           items(('申請者', '氏名、住所、電話番号、個人番号、国籍、在留資格、所得金額、'
                           '児童扶養手当の受給状況、生活保護の受給状況、健康保険の記号番号、振込先口座'),
                 ('対象児童', '氏名、生年月日、続柄、障害の状況')),
           ['生活保護の受給状況', '障害の状況'],
           ['paper', 'ward_system'],
           ['contract_terms', 'takeout_limit', 'entry_control', 'locked_storage', 'access_auth',
            'access_control', 'logging'],
           ['responsible_staff', 'work_procedure', 'status_report', 'training', 'takeout_limit'],
           []),
]

# ---------------------------------------------------------------- t2 相模原市 (text 会議資料)
S2 = '令和4年度第2回'
DOCS['t2_sagamihara_2022'] = [
    matter('特定健康診査受診勧奨通知の作成及び発送業務の委託について', '相模原市', 'report',
           'outsourcing', '第15条第1項', '健康福祉局', ['保険年金課'], '湘北メディカルデータ',
           '2022-10-03', '2023-03-31', True, 2022, S2,
           items(('対象者', '氏名、性別、生年月日、住所、被保険者証の記号番号、前回受診日、'
                           '直近の健診結果、特定保健指導の階層化区分、通院中の医療機関名')),
           ['直近の健診結果', '通院中の医療機関名'],
           ['removable', 'contractor_server', 'paper'],
           ['contract_terms', 'encryption', 'password_separation', 'audit'],
           ['certification', 'entry_control', 'network_protection', 'access_control',
            'print_control', 'incident_response', 'return_erasure', 'erasure_proof'],
           []),
    matter('避難行動要支援者名簿の更新に係る要介護認定情報及び障害者手帳情報の目的外利用について',
           '相模原市', 'consultation', 'purpose_change', '第9条第2項第4号', '危機管理局',
           ['危機管理課'], None,
           '2022-12-01', None, True, 2022, S2,
           items(('要介護認定を受けている方', '氏名、住所、生年月日、要介護度、認定の有効期間'),
                 ('身体障害者手帳等の交付を受けている方',
                  '氏名、住所、生年月日、障害の種別及び等級、手帳の交付年月日、世帯の状況')),
           ['要介護度', '障害の種別及び等級'],
           ['ward_system', 'paper'],
           ['access_control', 'access_auth', 'logging', 'locked_storage', 'return_erasure',
            'purpose_limit', 'training'],
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
