#!/usr/bin/env python3
"""Writes gold/h1_mie_2021.json and gold/h2_tottori_2020.json in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).
Every reading is explained in ../../NOTES-h.md."""
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

# ---------------------------------------------------------------- h1 三重県 (PDF)
S1 = '令和3年度第2回'
DOCS['h1_mie_2021'] = [
    matter('要保護児童等情報共有システムとのオンライン結合について', '三重県', 'consultation',
           'external_link', '第9条第1項', '子ども・福祉部',
           ['児童相談支援課', '北勢児童相談所', '中勢児童相談所', '南勢志摩児童相談所'],
           '要保護児童等情報共有システム',
           '2022-02-01', None, None, 2021, S1,
           items(('児童', '氏名、生年月日、性別、住所、国籍、障害の有無、在籍する学校・保育所等の名称'),
                 ('保護者', '氏名、児童との続柄、住所、電話番号、生活保護の受給状況'),
                 (None, '受理番号、援助方針、転居予定日、転居先の市区町村名')),
           ['障害の有無', '生活保護の受給状況'],
           ['external_system', 'ward_system'],
           ['device_lock', 'access_control', 'access_auth', 'network_protection', 'encryption',
            'malware_protection', 'logging', 'training', 'print_control', 'return_erasure'],
           [],
           []),
    matter('風しん抗体検査事業に係る申込受付及び結果通知業務の外部委託について', '三重県', 'report',
           'outsourcing', '第11条第2項', '医療保健部', ['感染症対策課'], '東海メディカルリンク',
           '2022-01-04', '2022-03-31', True, 2021, S1,
           items((None, '氏名、生年月日、性別、住所、電話番号、クーポン券番号、妊娠の有無、'
                        '風しんの予防接種歴、検査を受けた医療機関名、検査日、抗体検査の結果')),
           ['妊娠の有無', '風しんの予防接種歴', '検査を受けた医療機関名', '抗体検査の結果'],
           ['paper', 'contractor_server', 'removable'],
           ['contract_terms', 'status_report', 'audit', 'encryption', 'password_separation',
            'transfer_control'],
           ['responsible_staff', 'training', 'locked_storage', 'entry_control', 'network_protection',
            'access_control', 'access_auth', 'logging', 'incident_response', 'return_erasure',
            'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'incident_response', 'return_erasure', 'audit', 'liability']),
]

# ---------------------------------------------------------------- h2 鳥取市 (HTML, やさしい日本語)
S2 = '令和2年度第4回'
DOCS['h2_tottori_2020'] = [
    matter('多言語生活相談窓口運営業務の委託について', '鳥取市', 'report', 'outsourcing',
           '第12条第1項', '市民生活部', ['多文化共生課'], 'サンイン・リンガル',
           '2021-04-01', '2022-03-31', True, 2020, S2,
           items((None, '氏名、国籍、在留資格、住所、電話番号、メールアドレス、話せることば、'
                        '相談の内容、病気やけがの状況')),
           ['病気やけがの状況'],
           ['paper', 'contractor_pc', 'email', 'ward_system'],
           ['contract_terms', 'responsible_staff', 'audit', 'access_auth', 'access_control'],
           ['responsible_staff', 'access_control', 'training', 'locked_storage', 'takeout_limit',
            'malware_protection', 'email_safety', 'encryption', 'password_separation',
            'incident_response', 'return_erasure', 'erasure_proof'],
           []),
    matter('高齢者配食サービス事業の配達・安否確認業務の委託について', '鳥取市', 'report',
           'outsourcing', '第12条第1項', '福祉部', ['長寿社会課'], 'いなばキッチン',
           '2021-04-01', '2024-03-31', False, 2020, S2,
           items((None, '氏名、生年月日、住所、電話番号、介護保険の被保険者番号、要介護度、'
                        '食べ物のアレルギー、配達する曜日、緊急連絡先、配達のときに気がついたこと')),
           ['要介護度', '食べ物のアレルギー'],
           ['paper', 'removable', 'contractor_pc'],
           ['encryption', 'password_separation', 'transfer_control', 'status_report'],
           ['certification', 'locked_storage', 'access_control', 'access_auth', 'logging',
            'entry_control', 'subcontract_limit', 'confidentiality', 'return_erasure'],
           []),
]

if __name__ == '__main__':
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', stem, len(matters), 'matters')
