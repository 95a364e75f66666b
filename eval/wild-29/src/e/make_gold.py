#!/usr/bin/env python3
"""Writes gold/e1_*.json and gold/e2_*.json in the form and key order of
shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is
explained in ../../NOTES-e.md."""
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

# ---------------------------------------------------------------- e1 下関市 (PDF slide deck)
S1 = '令和3年度第3回'
DOCS['e1_shimonoseki_2021'] = [
    matter('国民健康保険特定健康診査の受診勧奨に係る通知書作成等業務の委託について', '下関市',
           'report', 'outsourcing', '第12条第3項', '保健部', ['成人保健課'], 'ヘルスデザイン周防',
           '2021-12-01', '2022-03-31', True, 2021, S1,
           items(('対象者', '被保険者証の記号番号、氏名、性別、生年月日、住所、過去3年間の受診年度、'
                           '勧奨区分、前年度の健診結果、服薬状況、治療中の疾病名')),
           ['前年度の健診結果', '服薬状況', '治療中の疾病名'],
           ['removable', 'contractor_pc', 'paper'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'network_protection', 'malware_protection', 'entry_control',
            'return_erasure', 'erasure_proof', 'incident_response'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'incident_response', 'audit', 'liability']),
    matter('市営住宅入居者定期募集に係る電子申込受付及び公開抽選支援業務の委託について', '下関市',
           'report', 'outsourcing', '第12条第3項', '都市整備部', ['住宅政策課'], '関門ネットワークサービス',
           '2022-01-11', '2022-03-31', False, 2021, S1,
           items(('申込者', '氏名、生年月日、住所、電話番号、メールアドレス、国籍、現在の住居の家賃、'
                           '優遇抽選の区分、障害者手帳の種類及び等級、生活保護の受給状況'),
                 ('同居予定の親族', '氏名、続柄、生年月日、要介護認定の有無'),
                 ('世帯', '世帯の所得金額')),
           ['障害者手帳の種類及び等級', '生活保護の受給状況', '要介護認定の有無'],
           ['contractor_server', 'email', 'removable', 'ward_system'],
           ['contract_terms', 'encryption', 'password_separation', 'access_control', 'access_auth'],
           ['certification', 'encryption', 'network_protection', 'logging', 'email_safety', 'backup',
            'subcontract_limit', 'return_erasure', 'erasure_proof'],
           []),
]

# ---------------------------------------------------------------- e2 今治市 (EUC-JP 答申書)
S2 = '令和2年度第4回'
DOCS['e2_imabari_2020'] = [
    matter('避難行動要支援者名簿の作成及び更新に係る個人情報の目的外利用について', '今治市',
           'consultation', 'purpose_change', '第10条第2項第5号', '健康福祉部', ['地域福祉課'], None,
           '2020-12-01', None, True, 2020, S2,
           items((None, '氏名、生年月日、性別、住所、世帯構成、単身世帯の別、介護保険被保険者番号、'
                        '要介護度、身体障害者手帳の等級、療育手帳の判定区分、精神障害者保健福祉手帳の等級、'
                        '手帳の交付年月日')),
           ['要介護度', '身体障害者手帳の等級', '療育手帳の判定区分', '精神障害者保健福祉手帳の等級'],
           ['paper', 'ward_system'],
           ['collection_limit', 'access_control', 'access_auth', 'logging', 'locked_storage',
            'takeout_limit', 'return_erasure', 'training'],
           [],
           []),
    matter('市立小中学校における学習支援クラウドサービスの利用に伴う外部結合について', '今治市',
           'consultation', 'external_link', '第13条第2項', '教育委員会事務局',
           ['学校教育課', '教育情報センター'], '瀬戸内エデュケーションズ',
           '2021-01-12', '2022-03-31', True, 2020, S2,
           items(('児童生徒', '氏名、学校名、学年、学級、出席番号、学習者用ID、学習履歴、小テストの得点、'
                             '欠席日数、障害の状況'),
                 ('教職員', '氏名、校務用メールアドレス')),
           ['障害の状況'],
           ['external_system', 'ward_system'],
           ['encryption', 'access_control', 'training'],
           ['certification', 'encryption', 'logging', 'purpose_limit', 'backup', 'incident_response',
            'return_erasure', 'erasure_proof'],
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
