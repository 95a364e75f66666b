#!/usr/bin/env python3
"""Writes gold/u1_kusatsu_2021.json and gold/u2_mishima_2023.json (letter u of
wild-37) in the form and key order of /work/shared/corpus/gold/*.json
(json.dumps indent=1, ensure_ascii=False, trailing newline).  Every reading is
explained in ../../NOTES-u.md.  Only the u* files are written; the other writer's
files in the same folder are not touched."""
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

# ------------------------------------------------------- u1 草津市 (PDF handout, 3 slides a page)
S1 = '令和3年度第3回'
DOCS['u1_kusatsu_2021'] = [
    matter('子育て世帯への臨時特別給付金の支給事務における児童手当受給者情報等の目的外利用について',
           '草津市', 'consultation', 'purpose_change', '第8条第2項第6号', '子ども未来部',
           ['子ども子育て推進課'], None,
           '2021-12-01', '2022-03-31', False, 2021, S1,
           items(('受給者', '氏名、生年月日、住所、電話番号、受給区分、所得額、金融機関名、支店名、'
                           '口座種別、口座番号、口座名義人'),
                 ('児童', '氏名、生年月日、続柄')),
           [],
           ['ward_system', 'paper'],
           ['responsible_staff', 'purpose_limit', 'training', 'access_control', 'access_auth',
            'logging', 'locked_storage', 'return_erasure'],
           [],
           []),
    matter('国民健康保険特定保健指導の実施に係る業務の委託について',
           '草津市', 'report', 'outsourcing', '第11条第3項', '健康福祉部',
           ['保険年金課', '健康増進課'], 'おうみヘルスパートナーズ',
           '2022-01-11', '2022-03-31', True, 2021, S1,
           items(('対象者', '被保険者番号、氏名、カナ氏名、生年月日、性別、住所、電話番号、'
                           '特定健康診査の結果、服薬状況、支援区分、初回面接の予約日時')),
           ['特定健康診査の結果', '服薬状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit',
            'status_report'],
           ['responsible_staff', 'training', 'locked_storage', 'takeout_limit', 'network_protection',
            'access_auth', 'malware_protection', 'logging', 'incident_response', 'return_erasure',
            'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'return_erasure', 'erasure_proof',
            'training', 'status_report', 'audit', 'incident_response', 'liability']),
]

# ------------------------------------------------------- u2 三島市 (screen-reader text, CRLF)
S2 = '令和5年度第2回'
DOCS['u2_mishima_2023'] = [
    matter('障がい福祉サービス受給者証等の作成及び発送業務の委託について',
           '三島市', 'report', 'outsourcing', '第7条第2項', '健康福祉部',
           ['障がい者支援課'], '伊豆データワークス',
           '2023-12-01', '2024-03-31', True, 2023, S2,
           items(('受給者', '受給者証番号、氏名、フリガナ、生年月日、性別、住所、障害支援区分、障害の種別、'
                           '支給決定の内容、利用者負担上限月額、生活保護受給の有無'),
                 ('保護者等', '氏名、住所')),
           ['障害支援区分', '障害の種別', '生活保護受給の有無'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'work_procedure', 'encryption', 'password_separation',
            'transfer_control', 'audit'],
           ['certification', 'responsible_staff', 'entry_control', 'network_protection', 'device_lock',
            'access_auth', 'malware_protection', 'print_control', 'work_procedure', 'incident_response',
            'return_erasure', 'erasure_proof', 'subcontract_limit'],
           ['general_duty', 'confidentiality', 'responsible_staff', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'transfer_control', 'return_erasure', 'erasure_proof',
            'incident_response', 'audit', 'training', 'liability', 'publication']),
    matter('母子健康手帳アプリ「みしまっこ手帳」との妊婦健康診査等の情報の連携について',
           '三島市', 'consultation', 'external_link', '第9条第1項', '健康推進部',
           ['母子健康課'], 'みしまっこ手帳',
           '2024-04-01', None, None, 2023, S2,
           items(('妊婦', '氏名、生年月日、住所、妊娠届出日、出産予定日、妊婦健康診査の受診日、'
                         '妊婦健康診査の結果'),
                 ('子', '氏名、生年月日、性別、乳幼児健康診査の受診日、乳幼児健康診査の結果、'
                       '予防接種の接種日、接種したワクチンの種類'),
                 (None, '利用者ID')),
           ['妊婦健康診査の結果', '乳幼児健康診査の結果', '接種したワクチンの種類'],
           ['ward_system', 'external_system'],
           ['access_control', 'access_auth', 'network_protection', 'encryption', 'logging',
            'contract_terms', 'confidentiality', 'incident_response'],
           ['certification', 'entry_control', 'encryption', 'access_control', 'logging',
            'network_protection', 'malware_protection', 'backup', 'responsible_staff',
            'incident_response', 'return_erasure', 'erasure_proof'],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', os.path.normpath(path), len(matters), 'matters')


if __name__ == '__main__':
    main()
