#!/usr/bin/env python3
"""Writes gold/p1_fujisawa_2020.json and gold/p2_matsuyama_2018.json in the form
and key order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).
Every reading is explained in ../../NOTES-p.md."""
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

# ---------------------------------------------------------------- p1 藤沢市 (PDF slides)
S1 = '令和2年度第3回'
DOCS['p1_fujisawa_2020'] = [
    matter('産後ケア事業の利用受付及び利用調整業務の委託について', '藤沢市', 'consultation',
           'outsourcing', '第11条第2項', '健康医療部', ['子ども健康課', '地域保健課'],
           'ヘルスケアサポート', '2021-04-01', '2022-03-31', True, 2020, S1,
           items(('産婦', '氏名、生年月日、住所、電話番号、出産日、分娩の方法、産後の心身の状態、'
                         '産後うつ質問票の点数、利用を希望する日、自己負担区分'),
                 ('乳児', '氏名、生年月日、性別'),
                 ('世帯', '生活保護の受給状況、住民税の課税状況')),
           ['分娩の方法', '産後の心身の状態', '産後うつ質問票の点数', '生活保護の受給状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'network_protection', 'access_auth', 'malware_protection',
            'locked_storage', 'training', 'incident_response', 'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'incident_response', 'return_erasure', 'audit', 'liability']),
    matter('介護認定審査会資料の電子共有に伴う外部結合について', '藤沢市', 'report',
           'external_link', '第13条第1項', '福祉部', ['介護保険課'], '湘南データリンク',
           '2021-01-12', None, None, 2020, S1,
           items(('被保険者', '被保険者番号、年齢、性別、要介護状態区分、一次判定の結果、'
                             '障害高齢者の日常生活自立度、主治医意見書に記載された傷病名、'
                             '認定申請日、前回認定の有効期間')),
           ['要介護状態区分', '一次判定の結果', '障害高齢者の日常生活自立度',
            '主治医意見書に記載された傷病名'],
           ['ward_system', 'external_system'],
           ['network_protection', 'access_auth', 'access_control', 'training', 'malware_protection'],
           ['encryption', 'logging', 'backup', 'incident_response', 'return_erasure', 'erasure_proof'],
           []),
]

# ---------------------------------------------------------------- p2 松山市 (mail magazine)
S2 = '平成30年度第2回'
DOCS['p2_matsuyama_2018'] = [
    matter('子どもの学習支援事業の案内送付に係る個人情報の目的外利用について', '松山市',
           'consultation', 'purpose_change', '第9条第1項第4号', '保健福祉部', ['子育て支援課'],
           None, '2019-02-01', '2019-03-31', True, 2018, S2,
           items(('保護者', '氏名、住所、児童扶養手当の受給状況'),
                 ('中学生', '氏名、生年月日、学年'),
                 ('世帯', '生活保護の受給状況、住民税の課税状況')),
           ['生活保護の受給状況'],
           ['ward_system', 'paper'],
           ['access_control', 'purpose_limit', 'locked_storage', 'return_erasure', 'logging'],
           [],
           []),
    matter('がん検診受診勧奨通知の作成及び発送業務の委託について', '松山市', 'report',
           'outsourcing', '第10条第2項', '保健福祉部', ['健康づくり推進課'],
           '石手川ビジネスサービス', '2019-01-07', '2019-03-29', False, 2018, S2,
           items(('対象者', '宛名番号、氏名、住所、性別、生年月日、前年度の受診日、'
                           '前年度のがん検診の結果、国民健康保険の加入の有無')),
           ['前年度のがん検診の結果'],
           ['removable', 'contractor_server', 'paper'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control'],
           ['entry_control', 'takeout_limit', 'network_protection', 'access_auth', 'logging',
            'subcontract_limit', 'certification', 'return_erasure', 'erasure_proof'],
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
