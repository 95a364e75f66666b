#!/usr/bin/env python3
"""Writes gold/n1_kumagaya_2023.json and gold/n2_odawara_2019.json (letter n of wild-34),
in the form and key order of /work/shared/corpus/gold/*.json (json.dumps indent=1,
ensure_ascii=False).  The values are written by hand; every reading and doubt is in
../../NOTES-n.md.  self_check.py cross-checks the safeguard and clause lists against the
per-sentence annotations of the generators."""
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

# ------------------------------------------------------------ n1 熊谷市 (PDF form)
S1 = '令和5年度第1回'
DOCS['n1_kumagaya_2023'] = [
    matter('特定健康診査未受診者に対する受診勧奨業務の委託について', '熊谷市', 'report',
           'outsourcing', '第9条第1項第1号', '市民部', ['保険年金課', '健康づくり課'],
           'ヘルスナビ・ラボ', '2023-08-01', '2024-03-29', True, 2023, S1,
           items(('対象者', '被保険者番号、氏名、性別、生年月日、住所、電話番号、'
                           '過去3年度の特定健康診査の受診歴、前年度の健診結果、服薬の有無、'
                           '勧奨区分、電話勧奨の結果')),
           ['前年度の健診結果', '服薬の有無'],
           ['paper', 'removable', 'contractor_server', 'contractor_pc'],
           ['contract_terms', 'work_procedure', 'audit', 'encryption', 'password_separation',
            'transfer_control', 'locked_storage', 'return_erasure'],
           ['responsible_staff', 'status_report', 'incident_response', 'certification', 'training',
            'entry_control', 'locked_storage', 'takeout_limit', 'print_control',
            'network_protection', 'access_auth', 'access_control', 'logging',
            'malware_protection', 'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit',
            'subcontract_limit', 'copy_limit', 'takeout_limit', 'locked_storage',
            'responsible_staff', 'training', 'return_erasure', 'erasure_proof', 'status_report',
            'audit', 'incident_response', 'liability', 'publication']),
    matter('介護認定審査会資料の電子化に伴うクラウド型審査支援サービスとの接続について', '熊谷市',
           'report', 'external_link', '第9条第1項第2号', '福祉部', ['介護保険課'],
           'ケアビューア・クラウド', '2023-10-02', None, None, 2023, S1,
           items((None, '資料番号、年齢、性別、申請区分、前回の要介護度、基本調査の結果、'
                        '特記事項の記載内容、傷病名、特別な医療の内容、心身の状態に関する意見')),
           ['前回の要介護度', '基本調査の結果', '傷病名', '特別な医療の内容', '心身の状態に関する意見'],
           ['external_system', 'ward_system'],
           ['responsible_staff', 'access_control', 'work_procedure', 'training', 'locked_storage',
            'takeout_limit', 'network_protection', 'access_auth', 'logging', 'return_erasure',
            'malware_protection'],
           ['certification', 'responsible_staff', 'subcontract_limit', 'encryption', 'backup',
            'incident_response', 'return_erasure', 'erasure_proof'],
           []),
]

# ------------------------------------------------------------ n2 小田原市 (CMS HTML)
S2 = '令和元年度第2回'
DOCS['n2_odawara_2019'] = [
    matter('高齢者の保健事業と介護予防の一体的実施に係る後期高齢者健康診査結果等の目的外利用について',
           '小田原市', 'consultation', 'purpose_change', '第8条第2項第5号', '福祉健康部',
           ['高齢介護課', '健康づくり課'], None, '2020-04-01', None, True, 2019, S2,
           items((None, '被保険者番号、氏名、生年月日、性別、住所、健康診査の結果、'
                        '後期高齢者質問票の回答内容、傷病名')),
           ['健康診査の結果', '傷病名'],
           ['external_system', 'ward_system', 'paper'],
           ['access_control', 'access_auth', 'network_protection', 'logging', 'purpose_limit',
            'training', 'locked_storage', 'takeout_limit', 'return_erasure', 'malware_protection'],
           [],
           []),
    matter('成人歯科健康診査受診券の作成及び発送業務の委託について', '小田原市', 'report',
           'outsourcing', '第11条第2項', '福祉健康部', ['健康づくり課'], '西湘ビジネスサポート',
           '2019-11-15', '2020-03-31', True, 2019, S2,
           items(('受診対象者', '宛名番号、氏名、生年月日、性別、住所、受診券番号、自己負担免除区分、'
                             '生活保護の受給状況、要介護度')),
           ['生活保護の受給状況', '要介護度'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'entry_control', 'network_protection', 'access_auth',
            'malware_protection', 'locked_storage', 'print_control', 'incident_response',
            'training', 'return_erasure', 'erasure_proof'],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1))
        print('wrote', stem, len(matters), 'matters')


if __name__ == '__main__':
    main()
