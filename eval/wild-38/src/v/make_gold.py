#!/usr/bin/env python3
"""Writes gold/v1_hikone_2021.json and gold/v2_matsusaka_2022.json in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading
is explained in ../../NOTES-v.md; the judgment calls cited there are those of
shared/corpus/more/README.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'gold')


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

# ------------------------------------------------------------ v1 彦根市 (PDF, Excel form)
S1 = '令和3年度第2回'
DOCS['v1_hikone_2021'] = [
    matter('高齢者肺炎球菌感染症予防接種に係る予診票の点検及びデータ入力業務の委託について',
           '彦根市', 'report', 'outsourcing', '第12条第1項', '福祉保健部', ['健康推進課'],
           '湖東ビジネスサポート', '2022-01-04', '2022-03-31', True, 2021, S1,
           items(('被接種者', '氏名、フリガナ、生年月日、性別、住所、電話番号、宛名番号、予診票番号、接種日、'
                             '接種したワクチンの種類、接種医療機関名、基礎疾患の有無、身体障害者手帳の等級、'
                             '自己負担の区分')),
           ['接種したワクチンの種類', '接種医療機関名', '基礎疾患の有無', '身体障害者手帳の等級'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'entry_control', 'locked_storage', 'takeout_limit', 'network_protection',
            'access_auth', 'malware_protection', 'logging', 'return_erasure', 'erasure_proof',
            'incident_response', 'training'],
           ['general_duty', 'confidentiality', 'locked_storage', 'collection_limit', 'purpose_limit',
            'copy_limit', 'subcontract_limit', 'takeout_limit', 'return_erasure', 'erasure_proof',
            'training', 'status_report', 'audit', 'incident_response', 'liability']),
    matter('認知症高齢者等見守りSOSネットワーク事業における事前登録情報の警察署への提供について',
           '彦根市', 'consultation', 'external_provision', '第9条第2項第5号', '福祉保健部', ['介護福祉課'],
           None, '2021-12-01', None, None, 2021, S1,
           items(('登録者', '氏名、ふりがな、生年月日、性別、住所、身長、体格、身体的特徴、顔写真、認知症の症状、'
                           '要介護度、よく立ち寄る場所、普段の移動手段'),
                 ('届出者', '氏名、登録者との続柄、電話番号')),
           ['認知症の症状', '要介護度'],
           ['paper', 'ward_system'],
           ['transfer_control', 'access_control', 'logging', 'locked_storage', 'contract_terms',
            'purpose_limit', 'copy_limit', 'return_erasure', 'incident_response'],
           [],
           []),
]

# ------------------------------------------------------------ v2 松阪市 (HTML, nested dl)
S2 = '令和4年度第1回'
DOCS['v2_matsusaka_2022'] = [
    matter('子育て支援アプリ「すくすくまつさか」と健康管理システムとの外部結合について',
           '松阪市', 'consultation', 'external_link', '第15条第2項', '健康子育て部',
           ['健康づくり課', 'こども支援課'], 'すくすくまつさか', '2022-10-03', None, None, 2022, S2,
           items(('保護者', '氏名、メールアドレス、アプリ利用者ID'),
                 ('子ども', '氏名、生年月日、性別、予防接種の接種履歴、次回の接種予定日、乳幼児健康診査の受診日、'
                           '乳幼児健康診査の結果')),
           ['予防接種の接種履歴', '乳幼児健康診査の結果'],
           ['ward_system', 'external_system'],
           ['network_protection', 'access_control', 'logging', 'training', 'encryption', 'access_auth',
            'certification', 'incident_response', 'return_erasure', 'backup'],
           [],
           []),
    matter('被保護者健康管理支援事業に係る保健指導業務の委託について',
           '松阪市', 'report', 'outsourcing', '第14条第1項', '福祉部', ['生活福祉課'],
           'ベルファーム・ヘルスケア', '2022-07-01', '2023-03-31', False, 2022, S2,
           items(('対象者', 'ケース番号、氏名、生年月日、性別、住所、電話番号、健康診査の結果、治療中の疾病名、'
                           '服薬状況、保健指導の実施日、次回面談予定日、担当地区')),
           ['健康診査の結果', '治療中の疾病名', '服薬状況'],
           ['paper', 'contractor_server', 'email'],
           ['contract_terms', 'encryption', 'password_separation', 'email_safety', 'audit'],
           ['responsible_staff', 'confidentiality', 'status_report', 'incident_response', 'locked_storage',
            'takeout_limit', 'access_auth', 'access_control', 'encryption', 'logging', 'return_erasure',
            'erasure_proof', 'certification'],
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
