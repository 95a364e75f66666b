#!/usr/bin/env python3
"""Writes gold/m1_higashiosaka_2021.json and gold/m2_hiroshima_2020.json in the form and
key order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False, trailing newline).
Every reading is explained in ../../NOTES-m.md."""
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

# ------------------------------------------------------------ m1 東大阪市 (pdf2htmlEX-style HTML)
S1 = '令和3年度第3回'
DOCS['m1_higashiosaka_2021'] = [
    matter('乳幼児健康診査問診票等のデータ入力及び集計業務の委託について', '東大阪市', 'report',
           'outsourcing', '第13条第2項', '健康部',
           ['母子保健推進課', '東部保健センター', '中部保健センター', '西部保健センター'],
           '河内情報処理センター', '2022-01-04', '2022-03-31', True, 2021, S1,
           items(('受診児', '健診番号、氏名、生年月日、性別、住所、受診日、健診結果、予防接種歴'),
                 ('保護者', '氏名、受診児との続柄、電話番号、問診票への回答内容')),
           ['健診結果', '予防接種歴'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'training', 'locked_storage', 'entry_control', 'return_erasure',
            'network_protection', 'access_auth', 'malware_protection', 'erasure_proof',
            'incident_response', 'certification'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'return_erasure', 'erasure_proof',
            'training', 'responsible_staff', 'status_report', 'audit', 'incident_response', 'liability']),
    matter('介護認定審査会のペーパーレス化に伴う審査会資料共有サービスとのオンライン結合について',
           '東大阪市', 'consultation', 'external_link', '第14条第1項', '福祉部', ['介護認定課'],
           'ケアボード', '2022-04-01', None, None, 2021, S1,
           items(('審査対象者', '審査会用整理番号、年齢、性別、前回の要介護度、一次判定結果、'
                               '認定調査票の特記事項、主治医意見書の記載内容、認知症高齢者の日常生活自立度')),
           ['前回の要介護度', '一次判定結果', '主治医意見書の記載内容', '認知症高齢者の日常生活自立度'],
           ['external_system', 'ward_system'],
           ['access_control', 'access_auth', 'network_protection', 'encryption', 'return_erasure',
            'locked_storage', 'training', 'incident_response'],
           ['entry_control', 'logging', 'network_protection', 'encryption', 'backup',
            'malware_protection', 'certification', 'contract_terms', 'purpose_limit'],
           []),
]

# ------------------------------------------------------------ m2 広島県 (vertical PDF)
S2 = '令和2年度第1回'
DOCS['m2_hiroshima_2020'] = [
    matter('特定不妊治療費助成事業に係る申請書類の審査補助等業務の外部委託について', '広島県',
           'consultation', 'outsourcing', '第10条第3項', '健康福祉局', ['こども家庭課'],
           'ひろしま医療事務支援機構', '2020-08-03', '2021-03-31', False, 2020, S2,
           items(('申請者', '氏名、生年月日、住所、電話番号、振込先口座'),
                 ('申請者の配偶者', '氏名、生年月日'),
                 (None, '治療期間、治療内容、治療を行った医療機関名、治療に要した費用の額、'
                        '夫婦の前年の所得額、これまでの助成回数')),
           ['治療内容', '治療を行った医療機関名'],
           ['paper', 'contractor_pc', 'removable'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'confidentiality', 'training', 'entry_control', 'locked_storage',
            'takeout_limit', 'return_erasure', 'erasure_proof', 'network_protection', 'access_auth',
            'logging', 'malware_protection', 'incident_response', 'subcontract_limit'],
           []),
    matter('私立高等学校等奨学給付金の支給事務における児童扶養手当受給者情報等の目的外利用について',
           '広島県', 'consultation', 'purpose_change', '第8条第2項第5号', '環境県民局', ['私学振興課'],
           None, '2020-09-01', None, True, 2020, S2,
           items(('保護者', '氏名、生年月日、住所、児童扶養手当の受給状況、生活保護の受給状況'),
                 ('生徒', '氏名、生年月日')),
           ['生活保護の受給状況'],
           ['ward_system', 'paper'],
           ['access_control', 'training', 'transfer_control', 'locked_storage', 'return_erasure',
            'takeout_limit', 'access_auth', 'logging', 'purpose_limit'],
           [],
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
