#!/usr/bin/env python3
"""Writes gold/ah1_kariya_2022.json and gold/ah2_ebetsu_2020.json in the form and key
order of /work/shared/corpus/more/gold/*.json (json.dumps indent=1, ensure_ascii=False,
trailing newline).  Every value was read by hand from the visible document; each
reading is explained in ../../NOTES-ah.md.  Only these two files are written."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold')


def items(*groups):
    """groups: (subject or None, '氏名、生年月日、…')"""
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

# ------------------------------------------------------------ ah1 刈谷市 (Excel .htm)
S1 = '令和4年度第2回'
DOCS['ah1_kariya_2022'] = [
    matter('市立児童クラブ運営業務の民間事業者への委託について', '刈谷市', 'consultation',
           'outsourcing', '第13条第1項', '次世代育成部', ['子育て支援課'],
           'クローバー・キッズサポート',
           '2023-04-01', '2026-03-31', False, 2022, S1,
           items(('児童', '氏名、生年月日、性別、学校名、学年、障害の状況、服薬の状況、かかりつけ医療機関名'),
                 ('保護者', '氏名、住所、電話番号、勤務先、緊急連絡先、生活保護の受給状況、'
                           '児童扶養手当の受給状況、利用料の減免区分')),
           ['障害の状況', '服薬の状況', 'かかりつけ医療機関名', '生活保護の受給状況'],
           ['paper', 'contractor_pc', 'email'],
           ['contract_terms', 'work_procedure', 'transfer_control', 'audit', 'training',
            'return_erasure', 'encryption', 'password_separation', 'email_safety'],
           ['responsible_staff', 'incident_response', 'subcontract_limit', 'training',
            'confidentiality', 'locked_storage', 'takeout_limit', 'access_auth', 'encryption',
            'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'incident_response', 'return_erasure',
            'erasure_proof', 'training', 'status_report', 'audit', 'liability', 'publication']),
    matter('介護認定審査会資料の電子化に伴うクラウドサービスとの回線結合について', '刈谷市', 'report',
           'external_link', '第16条第3項', '福祉健康部', ['長寿課'], 'ケアレビュークラウド',
           '2023-01-10', None, None, 2022, S1,
           items(('審査対象者', '被保険者番号、年齢、性別、申請区分、前回認定の要介護度、認定調査の実施日、'
                             '傷病名、特別な医療の実施状況、主治医の医療機関名'),
                 ('審査会委員', '氏名、ログインID')),
           ['前回認定の要介護度', '傷病名', '特別な医療の実施状況', '主治医の医療機関名'],
           ['external_system', 'ward_system'],
           ['access_control', 'training', 'incident_response', 'locked_storage', 'access_auth',
            'copy_limit', 'network_protection'],
           ['responsible_staff', 'certification', 'incident_response', 'entry_control', 'encryption',
            'logging', 'backup', 'return_erasure'],
           []),
]

# ------------------------------------------------------------ ah2 江別市 (pandoc Markdown)
S2 = '令和2年度第3回'
DOCS['ah2_ebetsu_2020'] = [
    matter('福祉除雪サービス事業に係る利用受付及び除雪作業調整業務の委託について', '江別市',
           'consultation', 'outsourcing', '第11条第2項', '健康福祉部', ['高齢者支援課', '障がい福祉課'],
           '江別ふれあい除雪ネットワーク',
           '2020-11-01', '2021-03-31', True, 2020, S2,
           items(('利用者', '氏名、生年月日、住所、電話番号、世帯構成、介護保険の被保険者番号、要介護度、'
                         '要介護認定の有効期間、身体障害者手帳の等級、生活保護の受給状況、市民税の課税状況'),
                 ('親族', '氏名、続柄、電話番号')),
           ['要介護度', '身体障害者手帳の等級', '生活保護の受給状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit',
            'training', 'return_erasure'],
           ['responsible_staff', 'locked_storage', 'access_control', 'network_protection', 'access_auth',
            'copy_limit', 'incident_response', 'return_erasure', 'erasure_proof'],
           []),
    matter('母子健康手帳アプリを活用した乳幼児健診・予防接種情報の配信に伴うオンライン結合について', '江別市',
           'consultation', 'external_link', '第13条第1項第2号', '子ども家庭部', ['子育て支援課'],
           'こもれびノート',
           '2021-02-01', None, None, 2020, S2,
           items(('子ども', '氏名、生年月日、性別、予防接種の接種歴、乳幼児健康診査の結果、健診の受診日、'
                         '次回接種の予定日'),
                 ('保護者', '氏名、メールアドレス、アプリ利用者ID'),
                 ('妊婦', '妊娠週数、出産予定日')),
           ['予防接種の接種歴', '乳幼児健康診査の結果', '妊娠週数'],
           ['ward_system', 'contractor_server'],
           ['responsible_staff', 'access_control', 'training', 'network_protection', 'encryption',
            'access_auth', 'logging', 'malware_protection'],
           ['certification', 'responsible_staff', 'status_report', 'purpose_limit', 'incident_response',
            'network_protection', 'encryption', 'return_erasure'],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        p = os.path.join(GOLD, stem + '.json')
        with open(p, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', os.path.normpath(p), len(matters), 'matters')


if __name__ == '__main__':
    main()
