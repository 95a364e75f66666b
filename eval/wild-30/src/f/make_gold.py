#!/usr/bin/env python3
"""Writes gold/f1_*.json and gold/f2_*.json in the key order of shared/corpus/gold
(json.dumps indent=1, ensure_ascii=False).  Readings: ../../NOTES-f.md."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold')


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

S1 = '令和2年度第4回'
DOCS['f1_matsudo_2020'] = [
    matter('特定健康診査受診勧奨通知の作成及び発送業務の委託について', '松戸市', 'report',
           'outsourcing', '第12条第2項', '健康福祉部', ['国民健康保険課', '健康推進課'],
           'ときわデータプロセス', '2020-11-01', '2021-03-31', True, 2020, S1,
           items(('対象者', '氏名、性別、生年月日、住所、被保険者記号番号、前年度の特定健康診査の検査結果、'
                           '服薬状況、直近の受診年月、保健指導区分、勧奨通知の送付履歴')),
           ['前年度の特定健康診査の検査結果', '服薬状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'entry_control', 'takeout_limit', 'network_protection',
            'malware_protection', 'training', 'return_erasure', 'erasure_proof', 'incident_response'],
           []),
    matter('障害福祉サービス等の給付費請求に係る審査支払システムとの回線結合について', '松戸市',
           'consultation', 'external_link', '第15条第1項', '福祉長寿部', ['障害福祉課'],
           '千葉県国民健康保険団体連合会', '2021-04-01', None, None, 2020, S1,
           items(('受給者', '受給者証番号、氏名、生年月日、障害支援区分、支給決定の内容、サービス提供実績、'
                           '利用者負担上限月額'),
                 ('障害児の保護者', '氏名')),
           ['障害支援区分'],
           ['ward_system', 'external_system'],
           ['network_protection', 'access_control', 'access_auth', 'encryption', 'logging', 'device_lock'],
           [],
           []),
    matter('子ども医療費助成システムにおける記録項目の追加について', '松戸市', 'report',
           'computer_processing', '第11条第2項', '子ども部', ['子育て支援課'], None,
           '2021-01-04', None, None, 2020, S1,
           items((None, '身体障害者手帳の等級、生活保護の受給状況'),
                 ('保護者', '所得額'),
                 (None, '児童扶養手当の受給状況、加入している健康保険の種別')),
           ['身体障害者手帳の等級', '生活保護の受給状況'],
           ['ward_system', 'paper'],
           ['access_control', 'backup', 'locked_storage', 'return_erasure', 'training'],
           [],
           []),
]

S2 = '令和4年度第1回'
DOCS['f2_ube_2022'] = [
    matter('HPVワクチン予診票のデータ入力業務の委託について', '宇部市', 'report', 'outsourcing',
           '第10条第3項', '健康福祉部', ['健康増進課'], '西京データワークス',
           '2022-09-01', '2023-03-31', True, 2022, S2,
           items(('接種を受けた方', '氏名、生年月日、住所、宛名番号'),
                 (None, '接種日、接種したワクチンの種類、既往歴'),
                 ('保護者', '氏名、電話番号')),
           ['接種したワクチンの種類', '既往歴'],
           ['paper', 'contractor_pc', 'removable', 'ward_system'],
           ['transfer_control', 'audit', 'encryption', 'password_separation', 'contract_terms'],
           ['responsible_staff', 'locked_storage', 'network_protection', 'access_auth',
            'takeout_limit', 'return_erasure', 'erasure_proof', 'certification'],
           ['general_duty', 'confidentiality', 'subcontract_limit', 'purpose_limit', 'copy_limit',
            'incident_response', 'return_erasure', 'audit', 'liability']),
    matter('高齢者見守りネットワーク事業における介護保険情報の目的外利用について', '宇部市',
           'consultation', 'purpose_change', '第8条第2項第5号', '健康福祉部', ['高齢者総合相談課'],
           None, '2022-10-01', None, True, 2022, S2,
           items((None, '氏名、生年月日、性別、住所、世帯構成、要介護度、要支援認定の有無、認定の有効期間、'
                        '緊急連絡先')),
           ['要介護度', '要支援認定の有無'],
           ['ward_system', 'paper'],
           ['access_control', 'locked_storage', 'logging', 'return_erasure', 'training'],
           [],
           []),
]


def main():
    for stem, matters in DOCS.items():
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps({'source': stem, 'matters': matters}, ensure_ascii=False, indent=1) + '\n')


if __name__ == '__main__':
    main()
