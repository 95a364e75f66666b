#!/usr/bin/env python3
"""Writes gold/m1_*.json and gold/m2_*.json in the form and key order of
shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is
explained in ../../NOTES-m.md."""
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

# ---------------------------------------------------------------- m1 岡山市 (minutes, cp932)
S1 = '令和2年度第3回'
DOCS['m1_okayama_2020'] = [
    matter('高齢者見守り訪問事業における訪問調査業務の委託について', '岡山市', 'report',
           'outsourcing', '第11条第2項', '保健福祉局', ['地域包括ケア推進課'],
           'せとうちライフサポート', '2020-12-01', '2021-03-31', True, 2020, S1,
           items(('対象者', '氏名、性別、生年月日、住所、電話番号、介護保険被保険者番号、要介護度、'
                           'かかりつけ医療機関名、世帯構成、訪問時の聞き取り内容'),
                 ('連絡先親族', '氏名、続柄、電話番号')),
           ['要介護度', 'かかりつけ医療機関名'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'transfer_control', 'password_separation', 'audit'],
           ['responsible_staff', 'training', 'locked_storage', 'takeout_limit', 'network_protection',
            'access_auth', 'malware_protection', 'incident_response', 'return_erasure',
            'erasure_proof'],
           []),
    matter('就学援助の認定事務における生活保護受給情報の目的外利用について', '岡山市',
           'consultation', 'purpose_change', '第9条第2項第5号', '教育委員会事務局', ['就学課'],
           None, '2021-04-01', None, True, 2020, S1,
           items(('保護者', '氏名、生年月日、住所、生活保護の受給の有無、ケース番号'),
                 ('児童生徒', '氏名、続柄')),
           ['生活保護の受給の有無'],
           ['paper', 'ward_system'],
           ['access_control', 'access_auth', 'logging', 'locked_storage', 'return_erasure',
            'training', 'purpose_limit'],
           [],
           []),
]

# ---------------------------------------------------------------- m2 藤沢市 (Google Docs md)
S2 = '平成30年度第2回'
DOCS['m2_fujisawa_2018'] = [
    matter('乳幼児健康診査問診票等のデータ入力業務の委託について', '藤沢市', 'report',
           'outsourcing', '第16条第2項', '健康医療部',
           ['健康づくり課', '南保健センター', '北保健センター'], '湘南データプロセス',
           '2018-07-01', '2019-03-31', True, 2018, S2,
           items(('乳幼児', '氏名、生年月日、性別、健診番号、在胎週数、健診結果、事後フォロー区分、受診日'),
                 ('保護者', '氏名、住所、電話番号、問診票の回答内容')),
           ['在胎週数', '健診結果'],
           ['paper', 'removable', 'contractor_pc', 'ward_system'],
           ['contract_terms', 'audit', 'transfer_control', 'return_erasure'],
           ['responsible_staff', 'work_procedure', 'incident_response', 'confidentiality', 'training',
            'entry_control', 'takeout_limit', 'locked_storage', 'network_protection', 'access_auth',
            'logging', 'malware_protection', 'encryption', 'password_separation', 'return_erasure',
            'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'return_erasure', 'training', 'status_report',
            'audit', 'incident_response', 'liability']),
    matter('ひとり親家庭等医療費助成に係る所得情報等の本人以外からの収集について', '藤沢市',
           'consultation', 'indirect_collection', '第8条第2項第7号', '子ども青少年部', ['子育て給付課'],
           None, '2018-11-01', None, None, 2018, S2,
           items(('受給資格者', '氏名、生年月日、前住所'),
                 ('扶養義務者', '氏名、続柄、前住所'),
                 (None, '所得金額、所得控除の額、扶養親族の数、特別障害者控除の適用の有無、市町村民税の課税額')),
           ['特別障害者控除の適用の有無'],
           ['paper', 'ward_system'],
           ['transfer_control', 'locked_storage', 'return_erasure', 'access_control', 'access_auth',
            'logging', 'collection_limit'],
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
