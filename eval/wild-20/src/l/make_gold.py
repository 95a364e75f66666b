#!/usr/bin/env python3
"""Writes gold/l1_*.json and gold/l2_*.json (this writer's two documents) in the form
and key order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).
Every reading is explained in ../../NOTES-l.md."""
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

# ------------------------------------------------ l1 川崎市 (landscape PDF from an Excel-like sheet)
S1 = '令和3年度第2回'
DOCS['l1_kawasaki_2021'] = [
    matter('国民健康保険特定健康診査受診勧奨通知の作成及び発送業務の委託について', '川崎市',
           'report', 'outsourcing', '第12条第2項', '健康福祉局', ['国保年金課'], 'みなと情報サービス',
           '2021-07-01', '2022-02-28', True, 2021, S1,
           items((None, '被保険者番号、氏名、性別、生年月日、住所、前年度の特定健診結果、受診日、保健指導区分')),
           ['前年度の特定健診結果'],
           ['paper', 'removable', 'contractor_server'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation',
            'access_control', 'locked_storage'],
           ['responsible_staff', 'training', 'subcontract_limit', 'takeout_limit',
            'network_protection', 'incident_response', 'return_erasure', 'erasure_proof'],
           []),
    matter('障害支援区分認定調査票のクラウド型共有サービスとの外部結合について', '川崎市',
           'report', 'external_link', '第16条第2項', '健康福祉局', ['障害計画課', '障害福祉課'],
           'ケアリンク・ジャパン',
           '2021-10-01', None, None, 2021, S1,
           items(('対象者', '氏名、生年月日、住所、障害支援区分、身体障害者手帳の等級、認定調査日'),
                 ('主たる介護者', '氏名、続柄、連絡先電話番号')),
           ['障害支援区分', '身体障害者手帳の等級'],
           ['external_system', 'ward_system'],
           ['logging', 'access_control'],
           ['network_protection', 'incident_response', 'certification'],
           []),
    matter('児童扶養手当受給者情報の就学援助制度案内への目的外利用について', '川崎市',
           'report', 'purpose_change', '第10条第2項第5号', '教育委員会事務局', ['学事課'], None,
           '2022-01-11', '2022-03-31', True, 2021, S1,
           items(('受給者', '氏名、住所、児童扶養手当の受給状況'),
                 ('児童', '氏名、生年月日、就学予定校')),
           [],
           ['ward_system', 'paper'],
           ['logging', 'access_control', 'locked_storage'],
           [],
           []),
]

# ------------------------------------------------ l2 豊中市 (CMS page, <details> per matter)
S2 = '令和2年度第3回'
DOCS['l2_toyonaka_2020'] = [
    matter('産後ケア事業の利用申請受付及び利用調整業務の委託について', '豊中市',
           'consultation', 'outsourcing', '第13条第2項', '健康医療部', ['母子保健課', '保健予防課'],
           '北摂ママケア協会',
           '2021-04-01', '2022-03-31', True, 2020, S2,
           items(('産婦', '氏名、生年月日、住所、電話番号、メールアドレス、出産日、分娩の状況、'
                         '産後の心身の状況、産後うつ質問票の結果'),
                 ('乳児', '氏名、生年月日、性別'),
                 ('世帯', '生活保護の受給の有無、利用者負担区分')),
           ['分娩の状況', '産後の心身の状況', '産後うつ質問票の結果', '生活保護の受給の有無'],
           ['paper', 'contractor_pc', 'email'],
           ['contract_terms', 'audit', 'transfer_control', 'encryption', 'password_separation',
            'email_safety'],
           ['responsible_staff', 'status_report', 'incident_response', 'training', 'confidentiality',
            'locked_storage', 'return_erasure', 'erasure_proof', 'access_auth',
            'network_protection', 'malware_protection', 'logging'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit',
            'subcontract_limit', 'copy_limit', 'takeout_limit', 'incident_response',
            'return_erasure', 'erasure_proof', 'audit', 'liability', 'publication']),
    matter('住居確保給付金の支給審査に係る本人以外からの個人情報の収集について', '豊中市',
           'report', 'indirect_collection', '第8条第2項第6号', '福祉部', ['くらし支援課'], None,
           '2020-12-01', None, None, 2020, S2,
           items(('申請者', '氏名、生年月日、住所、求職申込みの有無、職業相談の実施日、雇用保険の受給状況')),
           [],
           ['paper', 'ward_system'],
           ['collection_limit', 'locked_storage', 'return_erasure', 'logging', 'access_auth',
            'access_control'],
           [],
           []),
    matter('図書館システムのクラウドサービスへの移行に伴う外部結合について', '豊中市',
           'report', 'external_link', '第15条第1項', '教育委員会事務局', ['読書振興課', '中央図書館'],
           'ライブラクラウド',
           '2021-01-05', None, None, 2020, S2,
           items((None, '利用者番号、氏名、生年月日、住所、電話番号、メールアドレス、貸出・予約の状況、'
                        '視覚障害等の状況')),
           ['視覚障害等の状況'],
           ['external_system', 'ward_system'],
           ['access_auth', 'access_control', 'device_lock', 'encryption'],
           ['certification', 'backup', 'logging', 'network_protection', 'incident_response',
            'return_erasure'],
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
