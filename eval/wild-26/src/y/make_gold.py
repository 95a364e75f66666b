#!/usr/bin/env python3
"""Writes gold/*.json for the y-writer documents of wild-26 (y1, y2), in the form and key order of
shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is
explained in ../../NOTES-y.md."""
import json
import os

GOLD = os.path.join(os.path.dirname(__file__), '..', '..', 'gold')


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

# ---------------------------------------------------------------- y1 越谷市 (pdftotext -layout)
S1 = '平成30年度第3回'
DOCS['y1_koshigaya_2018'] = [
    matter('要介護認定に係る訪問調査業務の一部委託について', '越谷市', 'report', 'outsourcing',
           '第12条第2項', '福祉部', ['介護保険課'], 'こしがやケアリサーチ',
           '2019-01-04', '2019-03-31', True, 2018, S1,
           items(('被保険者', '被保険者番号、氏名、フリガナ、生年月日、性別、住所、電話番号、'
                             '前回認定時の要介護度、心身の状況、受診中の医療機関名、生活保護受給の有無、'
                             '利用者負担割合、認定調査の実施日'),
                 ('調査立会人', '氏名、被保険者との続柄、電話番号')),
           ['前回認定時の要介護度', '心身の状況', '受診中の医療機関名', '生活保護受給の有無'],
           ['paper', 'ward_system', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'access_auth', 'encryption', 'audit'],
           ['responsible_staff', 'training', 'locked_storage', 'return_erasure', 'network_protection',
            'malware_protection', 'incident_response', 'subcontract_limit', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'training', 'audit', 'incident_response', 'liability']),
    matter('予防接種事務における健康管理システムのクラウドサービス利用に伴う外部結合について', '越谷市',
           'report', 'external_link', '第14条第2項', '保健医療部', ['保健予防課', '健康づくり支援課'],
           'すこやか保健クラウド', '2019-02-01', None, None, 2018, S1,
           items(('対象者', '宛名番号、氏名、生年月日、性別、住所、接種したワクチンの種類、接種日、接種会場、'
                           'ワクチンのロット番号、既往歴、接種後の副反応の有無'),
                 ('保護者', '氏名')),
           ['接種したワクチンの種類', '既往歴', '接種後の副反応の有無'],
           ['ward_system', 'external_system', 'paper'],
           ['access_auth', 'access_control', 'network_protection', 'logging', 'locked_storage',
            'return_erasure'],
           ['entry_control', 'encryption', 'backup', 'certification', 'incident_response',
            'return_erasure', 'erasure_proof'],
           []),
]

# ---------------------------------------------------------------- y2 千葉市 (MkDocs Material)
S2 = '令和3年度第2回'
DOCS['y2_chiba_2021'] = [
    matter('妊婦健康診査受診票の審査及び支払事務の委託について', '千葉市', 'report', 'outsourcing',
           '第10条第2項', '保健福祉局', ['健康支援課', '中央保健福祉センター', '美浜保健福祉センター'],
           'ちば母子医療事務センター', '2021-10-01', '2022-03-31', True, 2021, S2,
           items(('妊婦', '氏名、生年月日、住所、受診票番号、妊娠週数、多胎妊娠の有無、受診日、'
                         '受診医療機関名、検査結果、出産予定日'),
                 (None, '健診費用の助成額')),
           ['妊娠週数', '多胎妊娠の有無', '受診医療機関名', '検査結果'],
           ['paper', 'removable', 'contractor_server', 'ward_system'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit',
            'access_auth', 'logging'],
           ['responsible_staff', 'entry_control', 'network_protection', 'access_control',
            'certification', 'takeout_limit', 'return_erasure', 'erasure_proof', 'incident_response'],
           ['general_duty', 'confidentiality', 'purpose_limit', 'copy_limit', 'subcontract_limit',
            'takeout_limit', 'return_erasure', 'status_report', 'audit', 'incident_response',
            'publication', 'liability']),
    matter('高齢者の保健事業と介護予防の一体的な実施に係る後期高齢者医療の健診情報等の目的外利用について',
           '千葉市', 'consultation', 'purpose_change', '第9条第2項第6号', '保健福祉局',
           ['地域包括ケア推進課'], None, '2021-12-01', None, True, 2021, S2,
           items(('対象者', '被保険者番号、氏名、生年月日、性別、住所、電話番号、健康診査の結果、'
                           '後期高齢者の質問票の回答、傷病名、調剤情報、医療費の額、要介護度')),
           ['健康診査の結果', '傷病名', '調剤情報', '要介護度'],
           ['external_system', 'ward_system', 'paper'],
           ['access_control', 'network_protection', 'logging', 'purpose_limit', 'training',
            'print_control', 'locked_storage', 'return_erasure'],
           [],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for source, matters in DOCS.items():
        doc = {'source': source, 'matters': matters}
        with open(os.path.join(GOLD, source + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')


if __name__ == '__main__':
    main()
