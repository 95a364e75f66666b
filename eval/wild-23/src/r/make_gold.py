#!/usr/bin/env python3
"""Writes gold/r1_fujisawa_2021.json and gold/r2_matsumoto_2018.json in the form and
key order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).
Every reading is explained in ../../NOTES-r.md."""
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

S1 = '令和3年度第2回'
DOCS['r1_fujisawa_2021'] = [
    matter('特定健康診査の受診勧奨通知作成・発送業務の委託について', '藤沢市', 'report',
           'outsourcing', '第11条第2項', '健康医療部', ['健康増進課', '地域保健課'],
           '湘南メディカルデータ', '2021-09-01', '2022-03-31', True, 2021, S1,
           items(('対象者', '宛名番号、氏名、氏名カナ、性別、生年月日、住所、国民健康保険被保険者証の記号番号'),
                 (None, '前年度の特定健康診査結果、服薬状況、受診勧奨区分、過去3年間の受診年度')),
           ['前年度の特定健康診査結果', '服薬状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'work_procedure', 'audit', 'transfer_control', 'encryption',
            'password_separation'],
           ['responsible_staff', 'certification', 'incident_response', 'training', 'entry_control',
            'takeout_limit', 'print_control', 'locked_storage', 'return_erasure', 'erasure_proof',
            'network_protection', 'access_auth', 'malware_protection', 'logging'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'subcontract_limit',
            'copy_limit', 'takeout_limit', 'incident_response', 'return_erasure', 'status_report',
            'audit', 'training', 'liability']),
    matter('放課後児童クラブ入所申請における「かながわ共同電子申請サービス」との外部結合について',
           '藤沢市', 'consultation', 'external_link', '第14条第1項', '子ども青少年部', ['青少年課'],
           'かながわ共同電子申請サービス', '2021-12-01', None, None, 2021, S1,
           items(('児童', '氏名、生年月日、性別、在籍する小学校名、学年、障がいの有無及び程度、既往歴'),
                 ('保護者', '氏名、続柄、住所、電話番号、メールアドレス、勤務先の名称、就労時間、'
                           '生活保護受給の有無、市民税の課税状況、ひとり親家庭への該当の有無')),
           ['障がいの有無及び程度', '既往歴', '生活保護受給の有無'],
           ['external_system', 'ward_system', 'paper'],
           ['responsible_staff', 'access_control', 'incident_response', 'training', 'locked_storage',
            'return_erasure', 'device_lock', 'network_protection', 'encryption', 'access_auth',
            'logging', 'malware_protection'],
           [],
           []),
]

S2 = '平成30年度第3回'
DOCS['r2_matsumoto_2018'] = [
    matter('認知症高齢者等見守り登録データの管理業務の委託について', '松本市', 'report',
           'outsourcing', '第12条第2項', '健康福祉部', ['高齢福祉課'], 'あずさ情報システム',
           '2019-04-01', '2020-03-31', True, 2018, S2,
           items(('登録者', '氏名、ふりがな、性別、生年月日、住所、身長、体格、顔写真、身体的特徴、'
                           '認知症の症状、要介護度、かかりつけ医療機関名、介護保険被保険者番号'),
                 ('家族等', '氏名、続柄、電話番号')),
           ['認知症の症状', '要介護度', 'かかりつけ医療機関名'],
           ['paper', 'contractor_server', 'ward_system'],
           ['contract_terms', 'status_report', 'access_control', 'access_auth', 'locked_storage'],
           ['responsible_staff', 'subcontract_limit', 'entry_control', 'encryption', 'backup',
            'network_protection', 'logging', 'malware_protection', 'training', 'incident_response',
            'return_erasure', 'erasure_proof'],
           []),
    matter('就学援助費の認定における生活保護受給情報の目的外利用について', '松本市', 'consultation',
           'purpose_change', '第10条第2項第5号', '教育部', ['学校教育課'], None,
           '2019-04-01', None, True, 2018, S2,
           items(('世帯主', '氏名、住所、生活保護の受給状況、児童扶養手当の受給状況、市民税の課税状況'),
                 ('児童生徒', '氏名、生年月日、在籍校名、学年')),
           ['生活保護の受給状況'],
           ['paper', 'ward_system'],
           ['access_control', 'access_auth', 'logging', 'locked_storage', 'return_erasure', 'training',
            'purpose_limit'],
           [],
           []),
]


def main():
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')


if __name__ == '__main__':
    main()
