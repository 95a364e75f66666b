#!/usr/bin/env python3
"""Writes gold/g1_*.json and gold/g2_*.json (the g-writer's two documents of wild-30)
in the form and key order of shared/corpus/gold (json.dumps indent=1,
ensure_ascii=False).  Every reading is explained in ../../NOTES-g.md."""
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

# ---------------------------------------------------------------- g1 佐賀市 (PDF, 2-up A3)
S1 = '令和4年度第3回'
DOCS['g1_saga_2022'] = [
    matter('特定健康診査の受診勧奨業務の委託について', '佐賀市', 'report', 'outsourcing',
           '第12条第2項', '保健福祉部', ['保険年金課', '健康づくり課'], 'ひぜんヘルスリサーチ',
           '2022-11-01', '2023-03-31', True, 2022, S1,
           items((None, '氏名、性別、生年月日、住所、電話番号、被保険者証の記号・番号、健診結果、'
                        '服薬状況、勧奨区分、前回受診日')),
           ['健診結果', '服薬状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'transfer_control', 'password_separation', 'audit'],
           ['responsible_staff', 'network_protection', 'access_auth', 'malware_protection',
            'locked_storage', 'takeout_limit', 'training', 'return_erasure', 'erasure_proof',
            'incident_response'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'status_report', 'audit', 'incident_response',
            'liability']),
    matter('介護認定審査会のペーパーレス化に伴う外部サービスとの回線結合について', '佐賀市',
           'consultation', 'external_link', '第14条第2項', '保健福祉部', ['介護保険課'],
           '審査会資料共有クラウド', '2023-04-01', None, None, 2022, S1,
           items((None, '被保険者番号、氏名、年齢、性別、要介護状態区分、傷病名、心身の状況、認定有効期間')),
           ['要介護状態区分', '傷病名', '心身の状況'],
           ['ward_system', 'external_system'],
           ['network_protection', 'access_auth', 'access_control', 'encryption', 'logging',
            'locked_storage', 'return_erasure', 'training', 'incident_response'],
           [],
           []),
]

# ---------------------------------------------------------------- g2 一宮市 (Redmine Textile)
S2 = '令和3年度第2回'
DOCS['g2_ichinomiya_2021'] = [
    matter('障害福祉サービス利用者実態調査の集計・分析業務の委託について', '一宮市', 'report',
           'outsourcing', '第11条第2項', '福祉部', ['障害福祉課'], '尾張リサーチセンター',
           '2021-09-15', '2022-02-28', False, 2021, S2,
           items((None, '受給者証番号、年齢、性別、居住地区、障害支援区分、身体障害者手帳の等級、'
                        '主な介助者との続柄、自由記述欄の回答内容')),
           ['障害支援区分', '身体障害者手帳の等級'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'access_control', 'locked_storage', 'network_protection',
            'malware_protection', 'training', 'return_erasure', 'erasure_proof', 'incident_response'],
           []),
    matter('避難行動要支援者名簿の作成に伴う保有個人情報の目的外利用について', '一宮市',
           'consultation', 'purpose_change', '第8条第2項第5号', '総務部', ['危機管理課'], None,
           '2022-04-01', '2023-03-31', True, 2021, S2,
           items(('要支援者本人', '氏名、生年月日、性別、住所、電話番号、要介護状態区分、'
                               '身体障害者手帳の等級、療育手帳の判定'),
                 ('世帯', '世帯構成、ひとり暮らし高齢者世帯への該当'),
                 ('避難支援等関係者', '氏名、連絡先')),
           ['要介護状態区分', '身体障害者手帳の等級', '療育手帳の判定'],
           ['paper', 'ward_system'],
           ['access_control', 'logging', 'locked_storage', 'copy_limit', 'return_erasure', 'training'],
           [],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for source, matters in DOCS.items():
        doc = {'source': source, 'matters': matters}
        with open(os.path.join(GOLD, source + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')


if __name__ == '__main__':
    main()
