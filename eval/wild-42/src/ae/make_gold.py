#!/usr/bin/env python3
"""Writes gold/ae1_shibata_2020.json and gold/ae2_toyokawa_2023.json in the form and key
order of shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False, trailing newline).
Every reading is explained in ../../NOTES-ae.md; the sentence-by-sentence evidence for the
safeguard and clause codes is in self_check.py (EVIDENCE), which re-derives the lists below."""
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

# ------------------------------------------------------------ ae1 新発田市 (Excel → PDF)
S1 = '令和2年度第3回'
DOCS['ae1_shibata_2020'] = [
    matter('高齢者見守り配食サービス事業における配食及び安否確認業務の委託について', '新発田市',
           'consultation', 'outsourcing', '第12条第2項', '健康福祉部', ['高齢福祉課'],
           '北越ミールサポート', '2020-11-01', '2021-03-31', True, 2020, S1,
           items(('利用者', '氏名、生年月日、性別、住所、電話番号、世帯構成、緊急連絡先、要介護度、'
                           'かかりつけ医療機関名、食物アレルギーの有無、配食希望曜日、利用者負担区分、'
                           '市民税の課税状況、生活保護の受給状況、安否確認の結果')),
           ['要介護度', 'かかりつけ医療機関名', '食物アレルギーの有無', '生活保護の受給状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'audit', 'return_erasure', 'encryption',
            'password_separation', 'access_control'],
           ['responsible_staff', 'training', 'locked_storage', 'takeout_limit', 'copy_limit',
            'network_protection', 'access_auth', 'malware_protection', 'incident_response',
            'return_erasure', 'erasure_proof'],
           []),
    matter('介護認定審査会ペーパーレス会議システムの導入に伴うオンライン結合について', '新発田市',
           'report', 'external_link', '第11条第3項', '健康福祉部', ['介護保険課'],
           'かいごボード', '2021-01-12', None, None, 2020, S1,
           items(('申請者', '整理番号、年齢、性別、申請区分、認定調査実施日、前回の要介護度、'
                           '前回の認定有効期間、認定調査の結果、認定調査票の特記事項、主治医意見書の記載内容、'
                           '傷病名、障害高齢者の日常生活自立度、認知症高齢者の日常生活自立度'),
                 ('審査会委員', '氏名、メールアドレス、所属機関名')),
           ['前回の要介護度', '認定調査の結果', '主治医意見書の記載内容', '傷病名',
            '障害高齢者の日常生活自立度', '認知症高齢者の日常生活自立度'],
           ['external_system', 'ward_system'],
           ['training', 'confidentiality', 'takeout_limit', 'locked_storage', 'incident_response',
            'access_auth', 'access_control', 'network_protection', 'logging'],
           ['certification', 'entry_control', 'encryption', 'malware_protection', 'backup',
            'access_control', 'incident_response', 'return_erasure', 'erasure_proof'],
           []),
]

# ------------------------------------------------------------ ae2 豊川市 (PowerPoint outline)
S2 = '令和5年度第2回'
DOCS['ae2_toyokawa_2023'] = [
    matter('産後ケア事業に係る利用者支援業務の委託について', '豊川市', 'report', 'outsourcing',
           '第7条第2項', '子ども健康部', ['保健センター'], 'ほのか母子ケアセンター',
           '2023-10-01', '2024-03-31', True, 2023, S2,
           items(('母', '氏名、生年月日、住所、電話番号、母子健康手帳の交付番号、出産日、出産時の妊娠週数、'
                       '分娩の状況、既往歴、産後の心身の状況、EPDSの結果、利用希望日、利用料の減免区分、'
                       '生活保護の受給状況'),
                 ('乳児', '氏名、生年月日、性別')),
           ['出産時の妊娠週数', '分娩の状況', '既往歴', '産後の心身の状況', 'EPDSの結果',
            '生活保護の受給状況'],
           ['paper', 'contractor_pc', 'ward_system'],
           ['contract_terms', 'transfer_control', 'audit', 'access_control', 'print_control'],
           ['responsible_staff', 'training', 'incident_response', 'locked_storage', 'takeout_limit',
            'return_erasure', 'erasure_proof', 'access_auth', 'encryption', 'malware_protection',
            'logging'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit',
            'subcontract_limit', 'copy_limit', 'takeout_limit', 'locked_storage',
            'responsible_staff', 'training', 'incident_response', 'return_erasure',
            'erasure_proof', 'status_report', 'audit', 'liability', 'publication']),
    matter('ふれあい収集事業における申込受付及び戸別収集業務の委託について', '豊川市',
           'consultation', 'outsourcing', '第7条第1項', '環境部', ['清掃事業課'],
           '三河クリーンパートナーズ', '2024-01-04', '2026-03-31', False, 2023, S2,
           items(('申込者', '氏名、住所、電話番号、生年月日、世帯構成、緊急連絡先、要介護度、'
                           '障害者手帳の種類及び等級、介護保険の被保険者番号、排出場所、収集希望曜日、'
                           '声かけの希望の有無、声かけの結果'),
                 ('担当ケアマネジャー', '氏名、事業所名、電話番号')),
           ['要介護度', '障害者手帳の種類及び等級'],
           ['paper', 'contractor_server', 'contractor_pc', 'removable'],
           ['contract_terms', 'work_procedure', 'status_report', 'audit', 'transfer_control',
            'encryption', 'password_separation'],
           ['responsible_staff', 'certification', 'confidentiality', 'incident_response',
            'access_auth', 'access_control', 'logging', 'locked_storage', 'return_erasure',
            'erasure_proof'],
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
