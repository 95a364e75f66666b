#!/usr/bin/env python3
"""Writes gold/p1_sakura_2021.json and gold/p2_itami_2022.json in the form and key order of
/work/shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is
explained in ../../NOTES-p.md.  Safeguard categories are listed once per actor, in order of
first appearance."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'gold')


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

S1 = '令和3年度第2回'
DOCS['p1_sakura_2021'] = [
    matter('介護保険要介護認定に係る認定調査業務の委託について', '佐倉市', 'consultation',
           'outsourcing', '第12条第2項', '福祉部', ['介護保険課'], '印旛ケアマネジメント協会',
           '2021-10-01', '2022-03-31', True, 2021, S1,
           items(('被保険者', '氏名、生年月日、性別、住所、電話番号、被保険者番号、要介護度、主治医の医療機関名'),
                 ('家族等', '氏名、続柄、電話番号'),
                 ('被保険者', '心身の状況、認定調査日、調査実施場所')),
           ['要介護度', '主治医の医療機関名', '心身の状況'],
           ['paper', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'audit', 'locked_storage'],
           ['responsible_staff', 'incident_response', 'training', 'locked_storage', 'takeout_limit',
            'copy_limit', 'return_erasure', 'erasure_proof', 'network_protection', 'access_auth',
            'access_control', 'malware_protection', 'logging'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'return_erasure', 'erasure_proof',
            'training', 'status_report', 'audit', 'incident_response', 'liability']),
    matter('母子健康情報配信サービスとの回線結合について', '佐倉市', 'consultation',
           'external_link', '第16条第2項', '健康こども部', ['母子保健課', '健康増進課'], 'すくすくコネクト',
           '2022-01-04', None, None, 2021, S1,
           items(('妊婦', '氏名、生年月日、メールアドレス、出産予定日、妊娠週数'),
                 ('乳幼児', '氏名、生年月日、性別、予防接種の接種履歴、乳幼児健康診査の受診日、'
                           '乳幼児健康診査の結果')),
           ['妊娠週数', '予防接種の接種履歴', '乳幼児健康診査の結果'],
           ['ward_system', 'external_system'],
           ['entry_control', 'network_protection', 'encryption', 'access_control', 'access_auth',
            'logging', 'training', 'contract_terms', 'confidentiality'],
           ['certification', 'purpose_limit', 'entry_control', 'network_protection', 'backup',
            'incident_response', 'return_erasure', 'erasure_proof', 'malware_protection'],
           []),
]

S2 = '令和4年度第1回'
DOCS['p2_itami_2022'] = [
    matter('こども発達相談のオンライン予約受付業務の委託について', '伊丹市', 'report', 'outsourcing',
           '第10条第2項', 'こども未来部', ['こども発達支援センター'], 'ネクストリザーブ関西',
           '2022-06-01', '2023-03-31', False, 2022, S2,
           items(('保護者', '氏名、住所、電話番号、メールアドレス'),
                 ('児童', '氏名、生年月日、性別、所属、療育手帳の所持状況、通院中の医療機関名、'
                         '相談したい内容、希望する相談日時')),
           ['療育手帳の所持状況', '通院中の医療機関名'],
           ['contractor_server', 'email', 'ward_system'],
           ['contract_terms', 'access_control', 'access_auth', 'audit', 'malware_protection'],
           ['certification', 'responsible_staff', 'training', 'network_protection', 'encryption',
            'logging', 'email_safety', 'backup', 'incident_response', 'subcontract_limit',
            'return_erasure', 'erasure_proof'],
           []),
    matter('ひとり暮らし高齢者等の熱中症予防訪問に係る個人情報の目的外利用について', '伊丹市',
           'consultation', 'purpose_change', '第8条第2項第5号', '健康福祉部', ['高年福祉課'], None,
           '2022-07-01', '2022-09-30', True, 2022, S2,
           items((None, '氏名、生年月日、住所、世帯構成、被保険者番号、要介護度、要支援認定の有無')),
           ['要介護度', '要支援認定の有無'],
           ['ward_system', 'paper'],
           ['locked_storage', 'access_control', 'takeout_limit', 'training', 'return_erasure',
            'logging', 'encryption', 'password_separation'],
           [],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps({'source': stem, 'matters': matters}, ensure_ascii=False, indent=1))
        print('wrote', path)


if __name__ == '__main__':
    main()
