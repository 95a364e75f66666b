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

# ---------------------------------------------------------------- m1 柏市 (CMS HTML, 変更の報告)
S1 = '令和3年度第3回'
DOCS['m1_kashiwa_2021'] = [
    matter('要介護認定に係る訪問調査業務の委託について', '柏市', 'report', 'outsourcing',
           '第13条第2項', '保健福祉部', ['介護認定審査課'], 'ちば介護調査支援機構',
           '2022-04-01', '2023-03-31', True, 2021, S1,
           items(('申請者', '氏名、生年月日、性別、住所、電話番号、介護保険被保険者番号、前回の認定結果、'
                           '心身の状況に関する調査結果、主治医の所属医療機関名、障害高齢者の日常生活自立度'),
                 ('立会者', '氏名、申請者との関係、連絡先電話番号'),
                 (None, '調査日、調査場所')),
           ['前回の認定結果', '心身の状況に関する調査結果', '主治医の所属医療機関名',
            '障害高齢者の日常生活自立度'],
           ['paper', 'contractor_pc', 'removable'],
           ['contract_terms', 'transfer_control', 'return_erasure', 'audit'],
           ['responsible_staff', 'locked_storage', 'confidentiality', 'network_protection',
            'access_auth', 'malware_protection', 'encryption', 'incident_response',
            'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'purpose_limit', 'subcontract_limit', 'copy_limit',
            'takeout_limit', 'training', 'return_erasure', 'audit', 'status_report',
            'incident_response', 'liability']),
    matter('妊産婦・乳幼児健康記録アプリとの外部結合について', '柏市', 'report', 'external_link',
           '第16条第1項', 'こども部', ['母子保健課', '地域保健課'], 'ネクストメディカルリンク',
           '2022-03-01', None, None, 2021, S1,
           items(('妊婦', '氏名、生年月日、メールアドレス、出産予定日、妊娠週数'),
                 ('乳幼児', '氏名、生年月日、性別、予防接種の接種日、接種したワクチンの種類、'
                           '乳幼児健康診査の受診日、乳幼児健康診査の結果')),
           ['妊娠週数', '接種したワクチンの種類', '乳幼児健康診査の結果'],
           ['ward_system', 'external_system'],
           ['network_protection', 'encryption', 'access_control', 'logging', 'malware_protection',
            'contract_terms', 'purpose_limit'],
           [],
           []),
]

# ---------------------------------------------------------------- m2 枚方市 (e-mail, UTF-8 CRLF)
S2 = '令和2年度第2回'
DOCS['m2_hirakata_2020'] = [
    matter('病児・病後児保育の予約受付に係る業務委託について', '枚方市', 'report', 'outsourcing',
           '第11条第2項', '子ども未来部', ['保育幼稚園課'], 'スマイルケアシステムズ',
           '2020-11-02', '2021-03-31', True, 2020, S2,
           items(('児童', '氏名、生年月日、性別、診断名又は症状、かかりつけ医療機関名、服薬の状況、利用希望日'),
                 ('保護者', '氏名、住所、電話番号、メールアドレス、勤務先の名称、利用料減免の区分')),
           ['診断名又は症状', 'かかりつけ医療機関名', '服薬の状況'],
           ['contractor_server', 'email', 'paper'],
           ['contract_terms', 'access_control', 'access_auth', 'locked_storage', 'return_erasure'],
           ['responsible_staff', 'network_protection', 'encryption', 'logging', 'email_safety',
            'training', 'backup', 'return_erasure', 'erasure_proof'],
           []),
    matter('高齢者見守り訪問事業に係る保有個人情報の目的外利用について', '枚方市', 'consultation',
           'purpose_change', '第8条第2項第5号', '福祉部', ['長寿社会推進課'], None,
           '2020-11-01', None, True, 2020, S2,
           items(('対象者', '氏名、住所、生年月日、年齢、性別、世帯の人数、要介護度、要支援認定の有無、'
                           '介護保険被保険者番号')),
           ['要介護度', '要支援認定の有無'],
           ['ward_system', 'paper'],
           ['logging', 'encryption', 'access_control', 'print_control', 'locked_storage',
            'transfer_control', 'return_erasure', 'training'],
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
