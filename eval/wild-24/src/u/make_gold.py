#!/usr/bin/env python3
"""Writes gold/u1_gifu_2014.json and gold/u2_fukuoka_2022.json in the form and key order of
shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Readings: ../../NOTES-u.md."""
import json
import os

GOLD = os.path.join(os.path.dirname(__file__), '..', '..', 'gold')


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

# ------------------------------------------------------------ u1 岐阜市 (Shift_JIS HTML)
S1 = '平成26年度第3回'
DOCS['u1_gifu_2014'] = [
    matter('特定健康診査未受診者に対する受診勧奨業務の委託について', '岐阜市', 'consultation',
           'outsourcing', '第11条第2項', '健康部', ['健康増進課', '地域保健課'], '長良ヘルスサポート',
           '2014-11-04', '2015-03-31', True, 2014, S1,
           items((None, '被保険者証の記号番号、氏名、性別、生年月日、年齢、住所、電話番号、健診結果、'
                        '特定健康診査の受診日、服薬状況、保健指導区分')),
           ['健診結果', '服薬状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'entry_control', 'network_protection', 'access_auth',
            'malware_protection', 'locked_storage', 'training', 'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'incident_response', 'audit', 'liability']),
    matter('介護認定審査会資料の電子化に伴う外部結合について', '岐阜市', 'report',
           'external_link', '第13条第2項', '福祉部', ['介護保険課'], 'ジーエスケアネット',
           '2015-02-01', None, None, 2014, S1,
           items((None, '被保険者番号、年齢、性別、要介護度、傷病名、認定調査の実施日、居住形態')),
           ['要介護度', '傷病名'],
           ['ward_system', 'external_system'],
           ['network_protection', 'encryption', 'access_auth', 'locked_storage', 'logging'],
           ['certification', 'entry_control', 'return_erasure'],
           []),
]

# ------------------------------------------------------------ u2 福岡市 (wiki Markdown)
S2 = '令和4年度第2回'
DOCS['u2_fukuoka_2022'] = [
    matter('妊婦健康診査受診票の審査及びデータ入力業務の委託について', '福岡市', 'report',
           'outsourcing', '第10条第2項', 'こども未来局', ['母子保健課'], '九州メディカルデータサービス',
           '2022-10-01', '2023-03-31', True, 2022, S2,
           items(('妊婦', '氏名、生年月日、住所'),
                 (None, '受診券番号、受診日、妊娠週数、健診結果、出産予定日、国籍、助成額')),
           ['妊娠週数', '健診結果'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'responsible_staff', 'transfer_control'],
           ['status_report', 'transfer_control', 'locked_storage', 'takeout_limit', 'encryption',
            'password_separation', 'network_protection', 'logging', 'malware_protection',
            'confidentiality', 'training', 'return_erasure', 'erasure_proof'],
           []),
    matter('就学援助の認定事務における世帯の所得情報等の本人以外からの収集について', '福岡市',
           'consultation', 'indirect_collection', '第7条第3項第5号', '教育委員会事務局', ['就学援助課'],
           None, '2023-04-01', '2024-03-31', True, 2022, S2,
           items(('児童生徒', '氏名、学校名、学年'),
                 ('保護者', '氏名、住所'),
                 ('世帯員', '所得金額、市民税の課税額'),
                 (None, '生活保護の受給状況、児童扶養手当の受給状況')),
           ['生活保護の受給状況'],
           ['ward_system', 'paper'],
           ['collection_limit', 'access_auth', 'access_control', 'logging', 'locked_storage',
            'return_erasure', 'training'],
           [],
           []),
]


def main():
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', os.path.normpath(path))


if __name__ == '__main__':
    main()
