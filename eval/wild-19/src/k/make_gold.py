#!/usr/bin/env python3
"""Writes gold/k1_toyohashi_2021.json and gold/k2_fujisawa_2018.json in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is
explained in ../../NOTES-k.md."""
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

# ---------------------------------------------------------------- k1 豊橋市 (fixed-width text)
S1 = '令和3年度第2回'
DOCS['k1_toyohashi_2021'] = [
    matter('産後ケア事業(訪問型)の実施に伴う業務の委託について', '豊橋市', 'consultation',
           'outsourcing', '第11条第2項', '健康部', ['こども保健課'], '東三河母子ケアネット',
           '2021-11-01', '2022-03-31', True, 2021, S1,
           items(('産婦', '氏名、生年月日、住所、電話番号、宛名番号、出産日、分娩の経過、既往歴、'
                         '産後うつ病質問票の結果、生活保護の受給状況、住民税の課税状況、利用者負担区分'),
                 ('乳児', '氏名、生年月日、性別、利用日')),
           ['分娩の経過', '既往歴', '産後うつ病質問票の結果', '生活保護の受給状況'],
           ['paper', 'contractor_pc', 'removable'],
           ['contract_terms', 'audit', 'transfer_control', 'encryption', 'password_separation'],
           ['responsible_staff', 'subcontract_limit', 'incident_response', 'training',
            'confidentiality', 'locked_storage', 'takeout_limit', 'network_protection',
            'access_auth', 'malware_protection', 'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'training', 'audit', 'incident_response',
            'liability']),
    matter('地域包括支援センターにおける高齢者総合相談システムの利用に伴う回線結合について', '豊橋市',
           'consultation', 'external_link', '第14条第2項', '福祉部', ['長寿介護課', '介護保険課'],
           '地域包括支援センター', '2021-12-01', None, None, 2021, S1,
           items(('高齢者', '氏名、性別、生年月日、住所、電話番号、被保険者番号、要介護状態区分、'
                           '障害者手帳の種別及び等級、受診中の医療機関名、介護保険料の所得段階、世帯構成、'
                           '緊急連絡先、相談内容、最終訪問日')),
           ['要介護状態区分', '障害者手帳の種別及び等級', '受診中の医療機関名'],
           ['ward_system', 'paper'],
           ['responsible_staff', 'contract_terms', 'confidentiality', 'incident_response', 'training',
            'device_lock', 'locked_storage', 'return_erasure', 'access_auth', 'access_control',
            'network_protection', 'encryption', 'logging'],
           [],
           []),
]

# ---------------------------------------------------------------- k2 藤沢市 (Hugo Markdown)
S2 = '平成30年度第3回'
DOCS['k2_fujisawa_2018'] = [
    matter('国民健康保険特定健康診査の受診勧奨通知の作成及び発送業務の委託について', '藤沢市',
           'report', 'outsourcing', '第15条第2項', '健康医療部', ['保険年金課', '健康増進課'],
           '湘南データプロセス', '2018-12-03', '2019-03-29', True, 2018, S2,
           items(('国民健康保険被保険者', '氏名、住所、生年月日、性別、被保険者証の記号番号'),
                 (None, '過去3年間の健診の受診年度、前年度の健診結果、生活習慣病に係る医療機関の受診の有無'),
                 (None, '服薬の状況、保健指導区分')),
           ['前年度の健診結果', '生活習慣病に係る医療機関の受診の有無', '服薬の状況'],
           ['removable', 'contractor_server', 'paper'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'status_report', 'incident_response', 'confidentiality', 'training',
            'entry_control', 'print_control', 'return_erasure', 'network_protection',
            'access_control', 'erasure_proof', 'certification'],
           []),
    matter('高齢者の熱中症予防のための訪問事業における介護保険情報等の目的外利用について', '藤沢市',
           'consultation', 'purpose_change', '第9条第1項第6号', '福祉部', ['高齢者支援課'], None,
           '2019-06-01', '2019-09-30', True, 2018, S2,
           items(('対象者', '氏名、住所、生年月日、年齢、電話番号、世帯構成、要介護認定の有無、障害支援区分、'
                           '国籍、前年度の訪問日')),
           ['要介護認定の有無', '障害支援区分'],
           ['ward_system', 'paper'],
           ['access_control', 'access_auth', 'encryption', 'locked_storage', 'takeout_limit', 'training',
            'return_erasure'],
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
