#!/usr/bin/env python3
"""Writes gold/x1_kawagoe_2022.json and gold/x2_takasaki_2021.json in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).
Every reading is explained in ../../NOTES-x.md."""
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

# ------------------------------------------------------------ x1 川越市 newsletter PDF
S1 = '令和4年度第3回'
DOCS['x1_kawagoe_2022'] = [
    matter('産後ケア事業における訪問型支援業務の委託について', '川越市', 'consultation',
           'outsourcing', '第12条第2項', 'こども未来部', ['母子保健課', 'こども家庭支援課'],
           'かわごえ助産師ネットワーク', '2023-04-01', '2024-03-31', True, 2022, S1,
           items(('お母さん', '氏名、生年月日、住所、電話番号、分娩方法、産後の心身の状態、'
                             'かかりつけの産婦人科医療機関名、生活保護の受給状況、利用者負担の区分'),
                 ('赤ちゃん', '氏名、生年月日、性別'),
                 (None, '利用日')),
           ['分娩方法', '産後の心身の状態', 'かかりつけの産婦人科医療機関名', '生活保護の受給状況'],
           ['paper', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'audit'],
           ['responsible_staff', 'locked_storage', 'takeout_limit', 'network_protection',
            'access_auth', 'return_erasure', 'erasure_proof', 'incident_response', 'training'],
           []),
    matter('高齢者配食サービスの利用申請における電子申請サービスとの回線結合について', '川越市',
           'report', 'external_link', '第14条第1項', '福祉部', ['高齢者いきがい課'],
           '彩の国e申請共同サービス', '2023-01-10', None, None, 2022, S1,
           items(('申請者', '氏名、生年月日、住所、電話番号、メールアドレス、要介護度、'
                           '食物アレルギーの有無、緊急連絡先、世帯の状況、配達を希望する曜日')),
           ['要介護度', '食物アレルギーの有無'],
           ['external_system', 'ward_system', 'paper'],
           ['encryption', 'access_control', 'access_auth', 'logging', 'malware_protection',
            'locked_storage', 'return_erasure'],
           [],
           []),
]

# ------------------------------------------------------------ x2 高崎市 CMS list table
S2 = '令和3年度第4回'
DOCS['x2_takasaki_2021'] = [
    matter('成人歯科健康診査の受診券作成及び結果データ入力業務の委託', '高崎市', 'report',
           'outsourcing', '第10条第2項', '保健医療部', ['健康課'], '上州データサービス',
           '2022-04-01', '2023-03-31', True, 2021, S2,
           items(('受診者', '氏名、生年月日、性別、住所、宛名番号、受診日、受診した歯科医療機関名、'
                           '歯科健診の結果、自己負担金の免除区分')),
           ['受診した歯科医療機関名', '歯科健診の結果'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control'],
           ['entry_control', 'takeout_limit', 'network_protection', 'device_lock', 'responsible_staff',
            'return_erasure', 'erasure_proof', 'logging'],
           []),
    matter('健康マイレージ事業における特定健康診査受診情報の目的外利用', '高崎市', 'consultation',
           'purpose_change', '第8条第2項第5号', '保健医療部', ['健康課'], None,
           '2022-06-01', None, True, 2021, S2,
           items((None, '氏名、住所、生年月日、被保険者証の記号・番号、特定健康診査の受診年月日、'
                        '腹囲・血圧・HbA1cの測定値、特定保健指導の階層化区分')),
           ['腹囲・血圧・HbA1cの測定値'],
           ['ward_system', 'paper'],
           ['collection_limit', 'access_control', 'logging', 'locked_storage', 'purpose_limit',
            'training'],
           [],
           []),
    matter('放課後児童クラブ入会申請システムの運用保守業務の委託', '高崎市', 'report',
           'outsourcing', '第10条第2項', 'こども未来部', ['こども育成課'], '榛名インフォテック',
           '2022-04-01', '2025-03-31', False, 2021, S2,
           items(('保護者', '氏名、住所、電話番号、メールアドレス、勤務先、就労状況、児童扶養手当の受給状況'),
                 ('児童', '氏名、生年月日、学年、障害の有無、アレルギーの有無')),
           ['障害の有無', 'アレルギーの有無'],
           ['contractor_server', 'ward_system', 'email'],
           ['contract_terms', 'audit', 'access_auth'],
           ['network_protection', 'backup', 'encryption', 'email_safety', 'malware_protection',
            'work_procedure', 'certification', 'status_report', 'incident_response'],
           ['general_duty', 'confidentiality', 'subcontract_limit', 'purpose_limit', 'copy_limit',
            'incident_response', 'return_erasure', 'erasure_proof', 'audit', 'liability',
            'publication']),
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
