#!/usr/bin/env python3
"""Writes gold/s1_yaizu_2020.json and gold/s2_ebina_2023.json in the form and key order of
/work/shared/corpus/gold/*.json (json.dumps indent=1, ensure_ascii=False, trailing newline).
Every reading is explained in ../../NOTES-s.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'gold')


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

# ------------------------------------------------------------------ s1 焼津市 (PDF, sideways 別表)
S1 = '令和2年度第3回'
DOCS['s1_yaizu_2020'] = [
    matter('焼津市高齢者見守り配食サービス事業の実施に伴う個人情報の取扱いの委託について', '焼津市',
           'consultation', 'outsourcing', '第11条第3項', '健康福祉部', ['地域包括ケア推進課', '介護保険課'],
           'うみかぜ給食センター', '2021-04-01', '2022-03-31', True, 2020, S1,
           items(('利用者', '氏名、フリガナ、生年月日、性別、住所、電話番号、要介護度、病名、食事形態、'
                           '食物アレルギーの有無、配食を希望する曜日、安否確認の結果'),
                 ('緊急連絡先', '氏名、利用者との続柄、電話番号')),
           ['要介護度', '病名', '食物アレルギーの有無'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'audit', 'training', 'transfer_control', 'encryption', 'password_separation'],
           ['responsible_staff', 'incident_response', 'subcontract_limit', 'training', 'confidentiality',
            'locked_storage', 'takeout_limit', 'return_erasure', 'erasure_proof', 'network_protection',
            'access_auth', 'malware_protection', 'logging'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'return_erasure', 'erasure_proof',
            'responsible_staff', 'status_report', 'audit', 'incident_response', 'training', 'liability',
            'publication']),
    matter('マイナポータルを利用した子育て関係手続の電子申請の受付に伴う電子計算機の結合について', '焼津市',
           'consultation', 'external_link', '第13条第2項', 'こども未来部', ['子育て支援課', '保育課'],
           'マイナポータル', '2021-02-01', None, None, 2020, S1,
           items(('申請者', '氏名、フリガナ、生年月日、住所、電話番号、メールアドレス、個人番号、振込先口座'),
                 ('児童', '氏名、生年月日、申請者との続柄、障害の状況、保育を必要とする事由')),
           ['障害の状況'],
           ['external_system', 'ward_system', 'paper'],
           ['device_lock', 'locked_storage', 'return_erasure', 'access_auth', 'access_control',
            'network_protection', 'encryption', 'malware_protection', 'logging', 'training',
            'incident_response', 'work_procedure'],
           [],
           []),
]

# ------------------------------------------------------------------ s2 海老名市 (pasted PDF text)
S2 = '令和5年度第1回'
DOCS['s2_ebina_2023'] = [
    matter('障がい福祉に関するアンケート調査業務の委託について', '海老名市', 'report', 'outsourcing',
           '第9条第3項', '保健福祉部', ['障がい福祉課'], 'さがみ社会調査センター',
           '2023-08-01', '2024-02-29', False, 2023, S2,
           items(('調査対象者', '宛名番号、氏名、住所、年齢、性別、障害者手帳の種類及び等級、障害支援区分'),
                 (None, '日常生活で困っていること、福祉サービスの利用状況、今後利用したいサービス、'
                        '自由記述欄への記入内容')),
           ['障害者手帳の種類及び等級', '障害支援区分'],
           ['paper', 'removable', 'contractor_server'],
           ['contract_terms', 'encryption', 'transfer_control', 'password_separation', 'audit',
            'return_erasure', 'erasure_proof'],
           ['responsible_staff', 'training', 'entry_control', 'takeout_limit', 'locked_storage',
            'encryption', 'network_protection', 'access_auth', 'logging', 'malware_protection',
            'incident_response', 'return_erasure', 'erasure_proof', 'certification'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'training', 'responsible_staff',
            'return_erasure', 'erasure_proof', 'status_report', 'audit', 'incident_response',
            'liability']),
    matter('ふれあい収集事業の対象者確認に係る要介護認定情報等の目的外利用について', '海老名市',
           'consultation', 'purpose_change', '第9条第1項', '環境経済部', ['資源循環課'], None,
           '2023-10-01', None, True, 2023, S2,
           items(('申請者', '氏名、生年月日、住所、介護保険被保険者番号、要介護状態区分、認定有効期間、'
                           '身体障害者手帳番号、身体障害者手帳の等級')),
           ['要介護状態区分', '身体障害者手帳の等級'],
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
