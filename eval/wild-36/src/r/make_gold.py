#!/usr/bin/env python3
"""Writes gold/r1_atsugi_2021.json and gold/r2_neyagawa_2022.json (letter r of wild-36),
in the form and key order of shared/corpus/gold/*.json (json.dumps indent=1,
ensure_ascii=False).  Every reading is explained in NOTES-r.md.

TRAPS lists, per matter, strings that the raw document contains but that are NOT part
of the matter (deleted items, items named only in comments, negated items or media).
self_check.py verifies that each trap really occurs in the raw text and that the gold
does not carry it."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', '..', 'gold')


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

# ---------------------------------------------------------------- r1 厚木市 (PDF, markup shown)
S1 = '令和3年度第2回'
DOCS['r1_atsugi_2021'] = [
    matter('要介護認定に係る認定調査票等のデータ入力及び点検業務の委託について', '厚木市', 'report',
           'outsourcing', '第12条第1項', '健康長寿部', ['介護保険課'], '丹沢データサービス',
           '2021-10-01', '2022-03-31', True, 2021, S1,
           items(('申請者', '被保険者番号、氏名、生年月日、性別、住所、申請区分、認定調査の結果、'
                           '主治医意見書の記載内容、前回の要介護度'),
                 ('認定調査員', '氏名、所属')),
           ['認定調査の結果', '主治医意見書の記載内容', '前回の要介護度'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'entry_control', 'locked_storage', 'network_protection',
            'access_auth', 'logging', 'malware_protection', 'training', 'incident_response',
            'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'return_erasure',
            'erasure_proof', 'responsible_staff', 'training', 'status_report', 'audit',
            'incident_response', 'liability']),
    matter('介護認定審査会資料の電子化に伴う審査会支援クラウドサービスとの外部結合について', '厚木市',
           'consultation', 'external_link', '第11条第2項', '健康長寿部', ['介護保険課', '長寿政策課'],
           'ケアボード審査会', '2021-11-01', None, None, 2021, S1,
           items(('審査対象者', '審査会用整理番号、年齢、性別、被保険者区分、申請区分、前回の要介護度、'
                             '前回認定の有効期間、認定調査の結果、主治医意見書の記載内容、特定疾病名'),
                 ('審査会委員', '氏名、利用者ID')),
           ['前回の要介護度', '認定調査の結果', '主治医意見書の記載内容', '特定疾病名'],
           ['external_system', 'ward_system'],
           ['access_auth', 'access_control', 'network_protection', 'encryption', 'locked_storage',
            'training', 'logging'],
           ['certification', 'entry_control', 'encryption', 'backup', 'network_protection',
            'return_erasure', 'incident_response', 'contract_terms', 'confidentiality'],
           []),
]

# ---------------------------------------------------------------- r2 寝屋川市 (converter Markdown)
S2 = '令和4年度第1回'
DOCS['r2_neyagawa_2022'] = [
    matter('妊婦健康診査結果の電子的受領に伴う健診データ連携システムとの回線結合について', '寝屋川市',
           'consultation', 'external_link', '第10条第2項第2号', 'こども健康部',
           ['母子保健課', '健康づくり推進課'], '健診データ連携システム',
           '2022-10-03', None, True, 2022, S2,
           items(('妊婦', '氏名、生年月日、住所、受診券番号、受診日、妊娠週数、出産予定日、血圧、'
                         '尿検査の結果、血液検査の結果、医師の所見')),
           ['妊娠週数', '血圧', '尿検査の結果', '血液検査の結果', '医師の所見'],
           ['external_system', 'ward_system'],
           ['access_auth', 'access_control', 'network_protection', 'logging', 'training'],
           ['encryption', 'entry_control', 'malware_protection', 'incident_response',
            'return_erasure', 'status_report'],
           []),
    matter('障害福祉サービス受給者証の作成及び発送業務の委託について', '寝屋川市', 'report',
           'outsourcing', '第13条第1項', '福祉部', ['障害福祉課'], '淀北プリントサービス',
           '2022-07-01', '2023-03-31', False, 2022, S2,
           items(('受給者', '受給者証番号、氏名、生年月日、住所、障害支援区分、障害種別、支給決定期間、'
                           '支給量、利用者負担上限月額'),
                 ('保護者', '氏名、住所')),
           ['障害支援区分', '障害種別'],
           ['paper', 'removable', 'contractor_server'],
           ['contract_terms', 'encryption', 'transfer_control', 'password_separation', 'audit'],
           ['responsible_staff', 'work_procedure', 'entry_control', 'locked_storage',
            'print_control', 'return_erasure', 'subcontract_limit', 'erasure_proof'],
           []),
]

# strings present in the raw text that must NOT become part of the matter
TRAPS = {
    'r1_atsugi_2021': [
        {'items': ['電話番号', '個人番号'], 'media_words': ['電子メール', 'クラウドストレージ', 'ファイルサーバ'],
         'not_media': ['email', 'external_system', 'contractor_server'],
         'not_contractor_sg': ['status_report'], 'not_clauses': ['publication'],
         'not_period_start': None},
        {'items': ['メールアドレス', '被保険者番号', '住所'], 'media_words': ['紙の審査会資料', '電子メール'],
         'not_media': ['paper', 'email'], 'not_contractor_sg': [], 'not_clauses': [],
         'not_period_start': '2021-10-01'},
    ],
    'r2_neyagawa_2022': [
        {'items': ['個人番号'], 'media_words': ['紙の受診票'], 'not_media': ['paper'],
         'not_contractor_sg': [], 'not_clauses': [], 'not_period_start': None},
        {'items': [], 'media_words': ['電子メール'], 'not_media': ['email'],
         'not_contractor_sg': [], 'not_clauses': [], 'not_period_start': None},
    ],
}


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', os.path.normpath(path))


if __name__ == '__main__':
    main()
