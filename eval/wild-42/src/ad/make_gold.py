#!/usr/bin/env python3
"""Writes gold/ad1_otaru_2022.json and gold/ad2_ashikaga_2021.json in the form and
key order of shared/corpus/more/gold/*.json (json.dumps indent=1,
ensure_ascii=False, trailing newline).  Hand-written: every value was read from the
raw document; the readings and the judgment calls (JC n of
shared/corpus/more/README.md) are in ../../NOTES-ad.md."""
import json
import os

GOLD = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold'))


def items(*groups):
    """groups: (subject or None, 'a、b、c') -> [{'item', 'subject'}]"""
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

# ------------------------------------------------------------ ad1 小樽市 (Confluence HTML)
S1 = '令和4年度第3回'
DOCS['ad1_otaru_2022'] = [
    matter('在宅高齢者等緊急通報システム運用業務の委託について', '小樽市', 'report', 'outsourcing',
           '第11条第3項', '福祉保険部', ['高齢者支援課'], '北海セーフティコール',
           '2022-12-01', '2023-03-31', True, 2022, S1,
           items(('利用者', '氏名、フリガナ、生年月日、性別、住所、電話番号、世帯の状況、介護保険被保険者番号、'
                           '要介護・要支援認定の状況、主な病名、受診している医療機関名、服用中の薬剤名、'
                           '障害者手帳の有無及び等級、住居の鍵の預け先、利用者負担区分、通報日時及び対応の経過'),
                 ('協力者', '氏名、利用者との続柄、電話番号')),
           ['要介護・要支援認定の状況', '主な病名', '受診している医療機関名', '服用中の薬剤名',
            '障害者手帳の有無及び等級'],
           ['paper', 'contractor_server', 'contractor_pc', 'removable'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'locked_storage',
            'audit', 'return_erasure'],
           ['responsible_staff', 'incident_response', 'training', 'entry_control', 'locked_storage',
            'access_auth', 'network_protection', 'malware_protection', 'logging', 'return_erasure',
            'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'training', 'return_erasure',
            'erasure_proof', 'status_report', 'audit', 'incident_response', 'liability']),
    matter('児童扶養手当の認定請求及び各種届出に係る電子申請サービスとの外部結合について', '小樽市',
           'consultation', 'external_link', '第13条第2項', 'こども未来部', ['子育て支援課'], 'てつづきナビ',
           '2023-01-10', None, None, 2022, S1,
           items(('請求者', '氏名、フリガナ、生年月日、住所、電話番号、メールアドレス、個人番号、所得の額、'
                           '養育費の額、公的年金給付等の受給状況'),
                 ('対象児童', '氏名、生年月日、請求者との続柄、障害の状況'),
                 ('父又は母', '氏名、障害の程度、傷病名')),
           ['障害の状況', '障害の程度', '傷病名'],
           ['external_system', 'ward_system', 'paper'],
           ['work_procedure', 'access_control', 'locked_storage', 'return_erasure', 'training',
            'access_auth', 'network_protection', 'malware_protection'],
           ['responsible_staff', 'certification', 'encryption', 'network_protection', 'logging', 'backup',
            'return_erasure', 'incident_response', 'subcontract_limit'],
           []),
]

# ------------------------------------------------------------ ad2 足利市 (電子決裁 PDF)
S2 = '令和3年度第3回'
DOCS['ad2_ashikaga_2021'] = [
    matter('介護認定審査会のペーパーレス化に伴うクラウド型審査会支援サービスとの電子計算組織の結合について',
           '足利市', 'consultation', 'external_link', '第17条第2項', '健康福祉部', ['介護保険課'], 'しんさポート',
           '2022-01-04', '2022-03-31', True, 2021, S2,
           items(('審査対象者', '審査対象者番号、性別、年齢、申請区分、前回の要介護度、認定調査の結果、傷病名、'
                               '特別な医療の実施状況、障害高齢者の日常生活自立度、認知症高齢者の日常生活自立度、'
                               '一次判定の結果、認定調査の実施日、申請日'),
                 ('審査会委員', '氏名、メールアドレス、所属する合議体')),
           ['前回の要介護度', '認定調査の結果', '傷病名', '特別な医療の実施状況', '障害高齢者の日常生活自立度',
            '認知症高齢者の日常生活自立度', '一次判定の結果'],
           ['external_system', 'ward_system'],
           ['contract_terms', 'responsible_staff', 'training', 'access_auth', 'access_control',
            'malware_protection', 'incident_response'],
           ['entry_control', 'encryption', 'network_protection', 'logging', 'certification',
            'return_erasure', 'erasure_proof', 'incident_response'],
           []),
    matter('ひきこもり相談支援業務の委託について', '足利市', 'consultation', 'outsourcing', '第15条第3項',
           '健康福祉部', ['社会福祉課', '障がい福祉課'], 'わたらせ若者サポートネット',
           '2021-12-01', '2022-03-31', False, 2021, S2,
           items(('本人', '氏名、年齢、性別、住所、電話番号、ひきこもりの状態にある期間、精神科等への通院歴、'
                           '障害者手帳の所持の有無及び種類、生活保護の受給状況、就学及び就労の経歴、世帯の収入の状況、'
                           '相談内容、支援の経過'),
                 ('相談者', '氏名、本人との続柄、電話番号')),
           ['精神科等への通院歴', '障害者手帳の所持の有無及び種類', '生活保護の受給状況'],
           ['paper', 'contractor_pc', 'removable'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'status_report', 'audit'],
           ['responsible_staff', 'training', 'confidentiality', 'locked_storage', 'takeout_limit',
            'network_protection', 'access_auth', 'device_lock', 'incident_response', 'return_erasure',
            'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'return_erasure', 'responsible_staff', 'training',
            'audit', 'status_report', 'incident_response', 'liability', 'publication']),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', path, len(matters), 'matters')


if __name__ == '__main__':
    main()
