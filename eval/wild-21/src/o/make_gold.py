#!/usr/bin/env python3
"""Writes gold/o1_*.json and gold/o2_*.json (writer "o" of wild-21) in the form and
key order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).
Every reading is explained in ../../NOTES-o.md."""
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

# ------------------------------------------------------- o1 相模原市 (Confluence Markdown)
S1 = '令和3年度第4回'
DOCS['o1_sagamihara_2021'] = [
    matter('特定健康診査の受診勧奨通知の作成及び発送業務の委託について', '相模原市', 'report',
           'outsourcing', '第13条第2項', '健康福祉局', ['国民健康保険課'], 'ミナミ情報処理センター',
           '2021-10-01', '2022-03-31', True, 2021, S1,
           items((None, '氏名、生年月日、性別、住所、電話番号、被保険者証記号番号、宛名番号、'
                        '前年度の特定健康診査結果、服薬の有無、受診勧奨区分')),
           ['前年度の特定健康診査結果', '服薬の有無'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'network_protection', 'access_auth', 'logging', 'malware_protection',
            'locked_storage', 'return_erasure', 'erasure_proof', 'incident_response', 'training'],
           ['general_duty', 'confidentiality', 'purpose_limit', 'copy_limit', 'subcontract_limit',
            'return_erasure', 'status_report', 'audit', 'incident_response', 'liability']),
    matter('避難行動要支援者名簿の作成に伴う個人情報の目的外利用について', '相模原市', 'consultation',
           'purpose_change', '第9条第2項第4号', '危機管理局', ['危機管理課'], None,
           '2022-02-01', None, True, 2021, S1,
           items((None, '氏名、生年月日、性別、住所、電話番号、要介護状態区分、身体障害者手帳の等級、'
                        '療育手帳の障害の程度、世帯の構成、居住地区の自治会名')),
           ['要介護状態区分', '身体障害者手帳の等級', '療育手帳の障害の程度'],
           ['ward_system', 'paper'],
           ['access_control', 'access_auth', 'logging', 'locked_storage', 'confidentiality',
            'return_erasure', 'training'],
           [],
           []),
]

# ------------------------------------------------------- o2 岐阜市 (PDF, card layout)
S2 = '令和2年度第3回'
DOCS['o2_gifu_2020'] = [
    matter('妊婦健康診査受診票の審査及び支払事務の委託について', '岐阜市', 'report',
           'outsourcing', '第11条第2項', '子ども未来部', ['母子保健課'], '東海メディカルクラーク',
           '2021-04-01', '2022-03-31', True, 2020, S2,
           items(('妊婦', '氏名、生年月日、住所、母子健康手帳交付番号、妊娠週数、出産予定日'),
                 (None, '受診日、健診の検査結果、助成額')),
           ['妊娠週数', '健診の検査結果'],
           ['paper', 'contractor_server', 'removable'],
           ['contract_terms', 'responsible_staff', 'transfer_control', 'audit'],
           ['network_protection', 'access_control', 'access_auth', 'encryption', 'password_separation',
            'entry_control', 'takeout_limit', 'return_erasure', 'erasure_proof', 'status_report',
            'certification'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'audit', 'incident_response', 'publication',
            'liability']),
    matter('放課後児童クラブ利用申請の電子化に伴う清流電子申請プラットフォームとの回線結合について',
           '岐阜市', 'consultation', 'external_link', '第13条第1項', '教育委員会事務局',
           ['放課後児童支援課'], '清流電子申請プラットフォーム',
           '2021-01-12', None, None, 2020, S2,
           items(('児童', '氏名、生年月日、学年、在籍する学校名、障害の有無、アレルギーの有無'),
                 ('保護者', '氏名、住所、電話番号、メールアドレス、勤務先、就労日数'),
                 ('世帯', '生活保護受給の有無、市民税の課税状況、ひとり親世帯への該当')),
           ['障害の有無', 'アレルギーの有無', '生活保護受給の有無'],
           ['external_system', 'ward_system', 'paper'],
           ['network_protection', 'access_control', 'access_auth', 'logging', 'encryption',
            'return_erasure', 'malware_protection', 'locked_storage', 'print_control', 'training'],
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
