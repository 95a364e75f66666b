#!/usr/bin/env python3
"""Writes gold/n1_*.json and gold/n2_*.json in the form and key order of
shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is
explained in ../../NOTES-n.md."""
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

# ---------------------------------------------------------------- n1 四日市市 (issue-form Markdown)
S1 = '令和3年度第2回'
DOCS['n1_yokkaichi_2021'] = [
    matter('乳幼児健康診査の問診票等データ入力業務の委託について', '四日市市', 'report',
           'outsourcing', '第11条第3項', 'こども未来部', ['こども保健福祉課'],
           '三重メディカルデータ',
           # the body says 令和3年9月1日; comment 3 corrects the start to 令和3年10月1日
           '2021-10-01', '2022-03-31', True, 2021, S1,
           items(('受診児', '宛名番号、氏名、性別、生年月日、受診日、問診票の回答内容、診察所見、'
                           '発達の判定結果、予防接種歴、事後指導区分'),
                 ('保護者', '氏名、続柄、電話番号')),
           ['診察所見', '発達の判定結果', '予防接種歴'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'entry_control', 'takeout_limit', 'network_protection',
            'malware_protection', 'access_auth', 'logging', 'locked_storage', 'training',
            'incident_response', 'return_erasure', 'erasure_proof',
            # ticked boxes of 受託者の遵守事項 (the unticked Pマーク/ISMS box is not taken)
            'subcontract_limit', 'purpose_limit', 'copy_limit'],
           []),
    matter('高齢者の熱中症予防訪問における介護保険情報の目的外利用について', '四日市市',
           'consultation', 'purpose_change', '第8条第2項第6号', '健康福祉部',
           ['高齢福祉課', '健康づくり課'], None,
           '2021-10-01', '2022-03-31', False, 2021, S1,
           items(('訪問対象者', '氏名、性別、生年月日、住所、電話番号、介護保険被保険者番号、'
                             '要介護状態区分、認定有効期間、世帯構成')),
           ['要介護状態区分'],
           ['paper', 'ward_system'],
           ['access_control', 'encryption', 'locked_storage', 'takeout_limit', 'training',
            'return_erasure'],
           [],
           []),
]

# ---------------------------------------------------------------- n2 北九州市 (PDF form)
S2 = '令和元年度第3回'
DOCS['n2_kitakyushu_2019'] = [
    matter('特定健康診査の受診勧奨及び健診結果分析業務の委託について', '北九州市', 'consultation',
           'outsourcing', '第12条第2項', '保健福祉局', ['健康推進課', '保険年金課'],
           '関門ヘルスリサーチ',
           '2020-04-01', '2021-03-31', True, 2019, S2,
           items(('被保険者', '氏名、性別、生年月日、住所、被保険者証の記号及び番号、特定健康診査の受診日、'
                             '健診結果、質問票への回答、服薬状況、保健指導レベル')),
           ['健診結果', '服薬状況'],
           ['paper', 'removable', 'contractor_server'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'work_procedure', 'status_report', 'incident_response', 'training',
            'entry_control', 'locked_storage', 'print_control', 'return_erasure', 'erasure_proof',
            'network_protection', 'access_auth', 'access_control', 'logging',
            'malware_protection', 'backup', 'encryption'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'locked_storage', 'return_erasure', 'status_report', 'audit',
            'incident_response', 'liability']),
    matter('障害福祉サービス等の給付費審査支払事務に係る給付審査支払システムとの回線結合について',
           '北九州市', 'report', 'external_link', '第13条第3項', '保健福祉局',
           ['障害者支援課', '障害福祉企画課'], '九州障害福祉給付審査センター',
           '2020-01-06', None, None, 2019, S2,
           items(('受給者', '氏名、フリガナ、生年月日、性別、住所、受給者証番号、障害支援区分、'
                           '身体障害者手帳の等級、利用者負担上限月額、サービス提供事業所名'),
                 ('障害児の保護者', '氏名、続柄')),
           ['障害支援区分', '身体障害者手帳の等級'],
           ['ward_system', 'external_system'],
           ['device_lock', 'responsible_staff', 'access_auth', 'training', 'network_protection',
            'encryption', 'logging', 'malware_protection'],
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
