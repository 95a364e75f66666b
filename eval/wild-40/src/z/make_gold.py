#!/usr/bin/env python3
"""Writes gold/z1_yonago_2021.json and gold/z2_takaoka_2022.json in the form and key order
of shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False, trailing newline).
Every reading is explained in ../../NOTES-z.md."""
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

# ------------------------------------------------------------------ z1 米子市 (A5 booklet PDF)
DOCS['z1_yonago_2021'] = [
    matter('高齢者等配食サービス事業における配食及び安否確認業務の委託について', '米子市',
           'consultation', 'outsourcing', '第12条第2項', '福祉保健部', ['高齢福祉課'],
           'ゆみがはまフードケア', '2021-10-01', '2022-03-31', True, 2021, '令和3年度第2回',
           items(('利用者', '氏名、生年月日、性別、住所、電話番号、要介護度、既往歴、かかりつけ医療機関名、'
                           '生活保護の受給の有無、市民税の課税状況、利用者負担区分、配食を希望する曜日'),
                 ('緊急連絡先', '氏名、続柄、電話番号')),
           ['要介護度', '既往歴', 'かかりつけ医療機関名', '生活保護の受給の有無'],
           ['paper', 'contractor_pc', 'email'],
           ['contract_terms', 'encryption', 'password_separation', 'email_safety', 'training', 'audit'],
           ['responsible_staff', 'locked_storage', 'print_control', 'return_erasure', 'access_auth',
            'malware_protection', 'incident_response', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'training', 'return_erasure',
            'erasure_proof', 'status_report', 'audit', 'incident_response', 'liability']),
    matter('個別の教育支援計画作成支援クラウドサービスとの外部結合について', '米子市',
           'report', 'external_link', '第15条第2項', '教育委員会事務局', ['教育支援課'],
           'つなぐプラン', '2022-04-01', None, None, 2021, '令和3年度第4回',
           items(('児童生徒', '氏名、生年月日、性別、学校名、学年、学級、出席日数、障がいの種類及び程度、診断名、'
                             '服用している薬の名称、発達検査の結果、支援の目標、本人・保護者の願い、合理的配慮の内容'),
                 ('保護者', '氏名、続柄、電話番号')),
           ['障がいの種類及び程度', '診断名', '服用している薬の名称', '発達検査の結果'],
           ['external_system', 'ward_system'],
           ['access_control', 'access_auth', 'network_protection', 'encryption', 'training',
            'malware_protection'],
           ['encryption', 'entry_control', 'logging', 'backup', 'responsible_staff', 'certification',
            'incident_response', 'return_erasure', 'erasure_proof'],
           []),
]

# ------------------------------------------------------------------ z2 高岡市 (responsive CMS HTML)
S2 = '令和4年度第3回'
DOCS['z2_takaoka_2022'] = [
    matter('病児・病後児保育事業の運営業務の委託について', '高岡市', 'report', 'outsourcing',
           '第10条第3項', 'こども未来部', ['子育て支援課'], 'ひかり会',
           '2022-12-01', '2023-03-31', True, 2022, S2,
           items(('児童', '氏名、生年月日、性別、病名、当日の症状、医師連絡票の記載内容、予防接種歴、'
                         '通園先の保育施設名、利用希望日'),
                 ('保護者', '氏名、住所、電話番号、勤務先、利用料の減免区分、生活保護の受給状況、市民税の課税状況')),
           ['病名', '当日の症状', '医師連絡票の記載内容', '予防接種歴', '生活保護の受給状況'],
           ['paper', 'contractor_pc', 'contractor_server'],
           ['contract_terms', 'work_procedure', 'transfer_control', 'training', 'audit'],
           ['responsible_staff', 'access_auth', 'encryption', 'network_protection', 'logging',
            'malware_protection', 'locked_storage', 'takeout_limit', 'return_erasure', 'erasure_proof',
            'incident_response'],
           ['general_duty', 'confidentiality', 'purpose_limit', 'subcontract_limit', 'copy_limit',
            'takeout_limit', 'locked_storage', 'training', 'status_report', 'audit', 'incident_response',
            'return_erasure', 'erasure_proof', 'publication', 'liability']),
    matter('障害福祉システムの更新に伴うデータ移行業務の委託について', '高岡市', 'consultation',
           'outsourcing', '第10条第2項', '福祉保健部', ['障がい福祉課'], 'こしじデータワークス',
           '2022-12-12', '2023-03-24', False, 2022, S2,
           items(('受給者', '氏名、生年月日、性別、住所、電話番号、個人番号、身体障害者手帳の等級、療育手帳の判定区分、'
                           '障害支援区分、自立支援医療の受給者番号、指定自立支援医療機関名、所得区分、'
                           '利用者負担上限月額、振込先口座番号'),
                 ('世帯員', '氏名、続柄')),
           ['身体障害者手帳の等級', '療育手帳の判定区分', '障害支援区分', '指定自立支援医療機関名'],
           ['ward_system', 'removable', 'contractor_server', 'paper'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit',
            'return_erasure'],
           ['responsible_staff', 'certification', 'entry_control', 'network_protection', 'access_auth',
            'malware_protection', 'logging', 'status_report', 'return_erasure', 'erasure_proof'],
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
