#!/usr/bin/env python3
"""Writes gold/f1_*.json and gold/f2_*.json (writer f of wild-17) in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False, trailing newline).
Every reading is explained in ../../NOTES-f.md."""
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

# ---------------------------------------------------------------- f1 相模原市 (cp932 議事要旨)
S1 = '令和3年度第2回'
DOCS['f1_sagamihara_2021'] = [
    matter('認知症初期集中支援事業における訪問支援業務の委託について', '相模原市',
           'consultation', 'outsourcing', '第13条第2項', '健康福祉局', ['高齢者相談課'],
           '相模緑愛会', '2021-12-01', '2022-03-31', True, 2021, S1,
           items(('支援対象者', '氏名、生年月日、性別、住所、電話番号、介護保険被保険者番号、要介護度、'
                               '認知機能検査の結果、かかりつけ医療機関名、服薬の状況、初回相談日、相談の内容'),
                 ('家族', '氏名、続柄、電話番号')),
           ['要介護度', '認知機能検査の結果', 'かかりつけ医療機関名', '服薬の状況'],
           ['removable', 'paper', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'locked_storage', 'takeout_limit', 'network_protection',
            'access_auth', 'malware_protection', 'return_erasure', 'erasure_proof', 'training',
            'incident_response', 'transfer_control', 'subcontract_limit'],
           []),
    matter('ひとり親家庭への自立支援給付金の個別案内に係る個人情報の目的外利用について', '相模原市',
           'report', 'purpose_change', '第8条第2項第5号', 'こども・若者未来局', ['こども家庭課'],
           None, '2021-11-01', '2022-03-31', False, 2021, S1,
           items(('受給者', '氏名、住所、児童扶養手当証書番号、手当の支給区分、扶養している児童の数、'
                           '生活保護の受給状況')),
           ['生活保護の受給状況'],
           ['ward_system', 'paper'],
           ['transfer_control', 'locked_storage', 'return_erasure', 'access_control', 'logging',
            'purpose_limit'],
           [],
           []),
]

# ---------------------------------------------------------------- f2 加古川市 (wiki Markdown)
S2 = '令和4年度第2回'
DOCS['f2_kakogawa_2022'] = [
    matter('乳幼児健康診査問診票等のデータ入力業務の委託について', '加古川市', 'report',
           'outsourcing', '第12条第3項', 'こども部', ['こども家庭センター'], '播磨情報処理センター',
           '2022-12-01', '2023-03-31', True, 2022, S2,
           items(('乳幼児', '氏名、生年月日、性別、宛名番号、健診受診日、健診結果、在胎週数、'
                           '予防接種の接種歴、フォロー区分'),
                 ('保護者', '氏名、住所、電話番号、国籍、育児の相談相手の有無')),
           ['健診結果', '在胎週数', '予防接種の接種歴'],
           ['paper', 'contractor_pc', 'removable', 'ward_system'],
           ['transfer_control', 'encryption', 'password_separation', 'contract_terms', 'audit'],
           ['entry_control', 'takeout_limit', 'responsible_staff', 'network_protection',
            'access_auth', 'training', 'locked_storage', 'return_erasure', 'erasure_proof',
            'incident_response', 'certification'],
           ['general_duty', 'confidentiality', 'subcontract_limit', 'purpose_limit', 'copy_limit',
            'takeout_limit', 'return_erasure', 'incident_response', 'audit', 'liability']),
    matter('放課後児童クラブの利用申込みにおける電子申請サービスとの外部結合について', '加古川市',
           'consultation', 'external_link', '第14条第2項', '教育委員会事務局', ['青少年育成課'],
           'はりま電子申請共同運営サービス', '2023-01-10', None, None, 2022, S2,
           items(('保護者', '氏名、住所、電話番号、メールアドレス、勤務先名、就労時間'),
                 ('児童', '氏名、生年月日、学校名、学年、障害者手帳の種類、既往症'),
                 ('世帯', 'ひとり親世帯の該当、生活保護受給世帯の該当、市民税の課税状況')),
           ['障害者手帳の種類', '既往症', '生活保護受給世帯の該当'],
           ['external_system', 'ward_system', 'email'],
           ['network_protection', 'malware_protection', 'access_auth', 'access_control',
            'return_erasure', 'email_safety'],
           ['encryption', 'logging', 'network_protection', 'certification', 'backup',
            'incident_response'],
           []),
]


def main():
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print(stem, len(matters), 'matters')


if __name__ == '__main__':
    main()
