#!/usr/bin/env python3
"""Writes gold/n1_toyonaka_2020.json and gold/n2_fujisawa_2021.json in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading
is explained in ../../NOTES-n.md."""
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

# ---------------------------------------------------------------- n1 豊中市 (OCR text)
S1 = '令和2年度第2回'
DOCS['n1_toyonaka_2020'] = [
    matter('特定健康診査受診勧奨通知の作成及び発送業務の委託について', '豊中市', 'consultation',
           'outsourcing', '第16条第2項', '健康医療部', ['国民健康保険課', '健康づくり推進課'],
           '千里ビジネスサポート', '2020-10-01', '2021-03-31', True, 2020, S1,
           items(('国民健康保険の被保険者',
                  '氏名、性別、生年月日、住所、被保険者証の記号番号、前年度の特定健康診査の結果、'
                  '通院中の医療機関名、前年度の受診日、保健指導区分、勧奨通知の種別')),
           ['前年度の特定健康診査の結果', '通院中の医療機関名'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'entry_control', 'takeout_limit', 'network_protection',
            'malware_protection', 'access_auth', 'logging', 'locked_storage', 'return_erasure',
            'erasure_proof', 'incident_response', 'training'],
           []),
    matter('避難行動要支援者名簿の作成に係る個人情報の目的外利用について', '豊中市', 'consultation',
           'purpose_change', '第12条第2項第5号', '福祉部', ['地域福祉課'], None,
           '2020-11-01', None, True, 2020, S1,
           items((None, '氏名、生年月日、性別、住所、電話番号、世帯構成、介護保険の被保険者番号、'
                        '要介護状態区分、療育手帳の判定区分、障害の種別、住民税の課税区分')),
           ['要介護状態区分', '療育手帳の判定区分', '障害の種別'],
           ['paper', 'ward_system'],
           ['collection_limit', 'access_control', 'access_auth', 'logging', 'locked_storage',
            'return_erasure', 'training'],
           [],
           []),
]

# ---------------------------------------------------------------- n2 藤沢市 (HTML, CSS grid)
S2 = '令和3年度第3回'
DOCS['n2_fujisawa_2021'] = [
    matter('産後ケア事業の利用申込受付及び予約管理業務の委託について', '藤沢市', 'report',
           'outsourcing', '第13条第2項', '子ども青少年部', ['子ども健康課'],
           'ベイサイド・メディカルソリューションズ', '2022-01-04', '2023-03-31', False, 2021, S2,
           items(('母', '氏名、生年月日、住所、電話番号、メールアドレス、出産日、分娩の状況、'
                        '産後の心身の状況、EPDSの得点、生活保護受給の有無、住民税非課税世帯への該当の有無'),
                 ('乳児', '氏名、生年月日、性別'),
                 (None, '利用希望日、希望する施設名')),
           ['分娩の状況', '産後の心身の状況', 'EPDSの得点', '生活保護受給の有無'],
           ['contractor_server', 'paper', 'email'],
           ['contract_terms', 'work_procedure', 'status_report'],
           ['access_control', 'responsible_staff', 'access_auth', 'encryption',
            'network_protection', 'logging', 'malware_protection', 'email_safety', 'backup',
            'locked_storage', 'certification', 'incident_response', 'return_erasure',
            'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit',
            'subcontract_limit', 'copy_limit', 'takeout_limit', 'return_erasure', 'training',
            'incident_response', 'audit', 'status_report', 'liability', 'publication']),
    matter('子育て応援アプリ「ふじっこナビ」と母子保健システムとの外部結合について', '藤沢市',
           'consultation', 'external_link', '第15条', '健康医療部', ['母子保健課', '保健予防課'],
           'ミライエ・ヘルステック', '2022-04-01', None, None, 2021, S2,
           items(('子', '氏名、生年月日、性別、予防接種の接種日、接種したワクチンの種類、'
                        '乳幼児健康診査の受診日、乳幼児健康診査の結果、次回の接種予定日'),
                 ('保護者', '氏名、メールアドレス、アプリ利用者ID')),
           ['接種したワクチンの種類', '乳幼児健康診査の結果'],
           ['ward_system', 'external_system'],
           ['network_protection', 'encryption', 'logging', 'access_control', 'access_auth',
            'certification', 'contract_terms', 'purpose_limit', 'incident_response',
            'malware_protection', 'return_erasure'],
           [],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print(stem, len(matters), 'matters')


if __name__ == '__main__':
    main()
