#!/usr/bin/env python3
"""Writes gold/g1_*.json and gold/g2_*.json of wild-17 (writer g), in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading
is explained in ../../NOTES-g.md."""
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

# ------------------------------------------------------------ g1 藤沢市 (PDF 答申書)
S1 = '令和2年度第3回'
DOCS['g1_fujisawa_2020'] = [
    matter('特定健康診査受診勧奨事業に係る対象者抽出及び通知作成業務の委託について', '藤沢市',
           'consultation', 'outsourcing', '第15条第1項', '健康医療部', ['健康増進課'],
           '湘南ヘルスデータ研究所', '2021-01-12', '2021-03-31', True, 2020, S1,
           items(('対象者', '氏名、生年月日、性別、住所、被保険者証の記号・番号、'
                           '過去3年間の特定健康診査受診年度、前年度の特定健康診査の結果、'
                           '生活習慣病に係る服薬の有無、特定保健指導の階層化区分')),
           ['前年度の特定健康診査の結果', '生活習慣病に係る服薬の有無'],
           ['paper', 'removable', 'contractor_server'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit',
            'locked_storage', 'return_erasure'],
           ['certification', 'responsible_staff', 'network_protection', 'entry_control',
            'access_auth', 'logging', 'malware_protection', 'training', 'takeout_limit',
            'incident_response', 'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit',
            'subcontract_limit', 'copy_limit', 'takeout_limit', 'responsible_staff',
            'return_erasure', 'erasure_proof', 'incident_response', 'audit', 'status_report',
            'liability']),
    matter('介護認定審査会資料閲覧システムとの外部結合について', '藤沢市',
           'consultation', 'external_link', '第16条第2項', '福祉部', ['介護保険課', '高齢者支援課'],
           'ミナトクラウドサービス', '2021-04-01', None, None, 2020, S1,
           items(('被保険者', '被保険者番号、年齢、性別、申請区分、前回の要介護状態区分、'
                             '認定調査票の基本調査結果、認知症高齢者の日常生活自立度、'
                             '主治医意見書の記載内容、認定調査の実施日')),
           ['前回の要介護状態区分', '認定調査票の基本調査結果', '認知症高齢者の日常生活自立度',
            '主治医意見書の記載内容'],
           ['ward_system', 'external_system'],
           ['access_control', 'network_protection', 'access_auth', 'print_control',
            'return_erasure', 'training', 'confidentiality'],
           ['certification', 'encryption', 'network_protection', 'logging', 'status_report',
            'backup', 'malware_protection', 'incident_response', 'return_erasure', 'erasure_proof'],
           []),
]

# ------------------------------------------------------------ g2 北九州市 (CMS HTML)
S2 = '令和4年度第2回'
DOCS['g2_kitakyushu_2022'] = [
    matter('ひとり親家庭等実態調査業務の委託について', '北九州市', 'report', 'outsourcing',
           '第14条第1項', '子ども家庭局', ['子育て支援課'], 'ちくしリサーチ',
           '2022-10-03', '2023-03-17', False, 2022, S2,
           items(('調査対象者', '氏名、住所、児童扶養手当受給者番号'),
                 (None, '年齢、世帯構成、就労形態、年間就労収入、養育費の受取状況、生活保護の受給の有無、'
                        '障害者手帳の所持の有無、通院中の病気の有無、自由意見')),
           ['生活保護の受給の有無', '障害者手帳の所持の有無', '通院中の病気の有無'],
           ['paper', 'contractor_server', 'email'],
           ['contract_terms', 'work_procedure', 'encryption', 'password_separation', 'audit'],
           ['encryption', 'network_protection', 'access_control', 'access_auth', 'logging',
            'malware_protection', 'email_safety', 'locked_storage', 'return_erasure',
            'confidentiality', 'incident_response', 'erasure_proof'],
           []),
    matter('就学援助の認定事務における生活保護及び税情報の目的外利用について', '北九州市',
           'consultation', 'purpose_change', '第8条第2項第4号', '教育委員会事務局', ['就学支援課'],
           None, '2023-04-01', None, True, 2022, S2,
           items(('申請者(保護者)', '氏名、生年月日、住所'),
                 ('世帯員', '氏名、続柄、前年の合計所得金額、市民税の課税・非課税の別'),
                 ('世帯', '生活保護の受給状況、児童扶養手当の受給状況')),
           ['生活保護の受給状況'],
           ['ward_system', 'paper'],
           ['access_control', 'access_auth', 'logging', 'locked_storage', 'return_erasure',
            'training', 'purpose_limit'],
           [],
           []),
    matter('要介護認定の申請におけるマイナポータルを利用したオンライン申請の受付について', '北九州市',
           'report', 'external_link', '第15条第2項', '保健福祉局', ['介護保険課'], 'マイナポータル',
           '2023-01-10', None, None, 2022, S2,
           items(('申請者(被保険者)', '氏名、生年月日、性別、住所、電話番号、被保険者番号、個人番号、申請区分、'
                           '前回の要介護状態区分、受診中の医療機関名'),
                 ('提出代行者', '氏名、電話番号')),
           ['前回の要介護状態区分', '受診中の医療機関名'],
           ['external_system', 'ward_system', 'paper'],
           ['network_protection', 'device_lock', 'access_auth', 'locked_storage', 'return_erasure',
            'malware_protection'],
           [],
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
