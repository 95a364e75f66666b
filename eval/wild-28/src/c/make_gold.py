#!/usr/bin/env python3
"""Writes gold/c1_*.json and gold/c2_*.json (writer c of wild-28) in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).
Every reading is explained in ../../NOTES-c.md."""
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

# ---------------------------------------------------------------- c1 姫路市 会議録 (PDF)
S1 = '平成30年度第3回'
DOCS['c1_himeji_2018'] = [
    matter('乳幼児健康診査票の健康管理システム入力業務の委託について', '姫路市', 'consultation',
           'outsourcing', '第11条第2項', '健康福祉部', ['健康課'], '播州データプロセス',
           '2019-01-07', '2019-03-29', True, 2018, S1,
           items(('お子さん', '氏名、生年月日、性別'),
                 ('保護者', '氏名、住所、電話番号'),
                 (None, '受診日、受診会場、既往歴、予防接種歴、診察の判定結果、事後フォローの区分')),
           ['既往歴', '予防接種歴', '診察の判定結果'],
           ['paper', 'ward_system'],
           ['takeout_limit', 'access_auth', 'access_control', 'logging', 'contract_terms',
            'confidentiality'],
           ['responsible_staff', 'training', 'locked_storage', 'incident_response',
            'subcontract_limit'],
           []),
    matter('放課後児童クラブ入会申請における電子申請共同システムとの外部結合について', '姫路市',
           'report', 'external_link', '第13条第2項', 'こども未来部', ['放課後児童課'],
           'はりま電子申請共同システム',
           '2019-02-01', None, True, 2018, S1,
           items(('児童', '氏名、生年月日、学校名、学年、障害の有無、アレルギーの有無'),
                 ('保護者', '氏名、住所、電話番号、メールアドレス、勤務先、就労時間'),
                 ('世帯', 'ひとり親世帯の該当、生活保護受給の有無')),
           ['障害の有無', 'アレルギーの有無', '生活保護受給の有無'],
           ['external_system', 'ward_system', 'paper'],
           ['collection_limit', 'access_control', 'encryption', 'access_auth',
            'malware_protection', 'return_erasure'],
           [],
           []),
]

# ---------------------------------------------------------------- c2 盛岡市 回覧・決裁 (cp932)
S2 = '令和4年度第2回'
DOCS['c2_morioka_2022'] = [
    matter('新生児聴覚検査費用助成に係る申請受付及び審査補助業務の委託について', '盛岡市',
           'report', 'outsourcing', '第10条第3項', '子ども未来部', ['母子健康課'],
           '北上事務センター',
           '2022-11-01', '2023-03-31', False, 2022, S2,
           items(('対象者', '氏名、生年月日、性別、検査を受けた医療機関名、検査日、検査の結果'),
                 ('保護者', '氏名、住所、電話番号、母子健康手帳の交付番号、振込先口座')),
           ['検査を受けた医療機関名', '検査の結果'],
           ['paper', 'contractor_pc', 'removable'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'confidentiality', 'training', 'entry_control', 'locked_storage',
            'network_protection', 'access_auth', 'logging', 'malware_protection',
            'return_erasure', 'erasure_proof', 'certification', 'incident_response'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit',
            'subcontract_limit', 'copy_limit', 'return_erasure', 'incident_response', 'audit',
            'status_report', 'liability', 'publication']),
    matter('介護予防事業の対象者把握のための後期高齢者健康診査情報の目的外利用について', '盛岡市',
           'consultation', 'purpose_change', '第8条第2項第5号', '保健福祉部', ['長寿社会課'],
           None,
           '2023-01-04', None, None, 2022, S2,
           items(('対象者', '氏名、生年月日、性別、住所、被保険者番号、受診年月日、'
                           '健康診査の検査結果、要介護認定の有無、健診受診券の整理番号')),
           ['健康診査の検査結果', '要介護認定の有無'],
           ['ward_system', 'paper'],
           ['purpose_limit', 'access_control', 'access_auth', 'logging', 'locked_storage',
            'takeout_limit', 'return_erasure', 'training'],
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
