#!/usr/bin/env python3
"""Writes gold/w1_kasukabe_2020.json and gold/w2_fujisawa_2022.json in the form and
key order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).
Every reading is explained in ../../NOTES-w.md."""
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

# ---------------------------------------------------------------- w1 春日部市 (CMS accordion HTML)
S1 = '令和2年度第3回'
DOCS['w1_kasukabe_2020'] = [
    matter('胃がん・大腸がん検診受診勧奨通知等の作成・発送業務の委託', '春日部市', 'report',
           'outsourcing', '第11条第2項', '健康保険部', ['健康課', '国民健康保険課'],
           'ひばりメディカルデータ', '2020-10-01', '2021-03-31', True, 2020, S1,
           items(('受診対象者', '氏名、生年月日、性別、住所、電話番号、被保険者番号、前年度の検診結果、'
                               '受診日、受診会場、自己負担金の免除区分、生活保護の受給状況')),
           ['前年度の検診結果', '生活保護の受給状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'takeout_limit', 'entry_control', 'network_protection',
            'malware_protection', 'access_auth', 'logging', 'locked_storage', 'return_erasure',
            'erasure_proof', 'incident_response', 'training'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'locked_storage', 'return_erasure', 'erasure_proof',
            'incident_response', 'audit', 'status_report', 'liability']),
    matter('避難行動要支援者名簿の作成に伴う介護保険情報及び障害者手帳情報の目的外利用', '春日部市',
           'consultation', 'purpose_change', '第8条第2項第6号', '市民生活部', ['防災対策課'], None,
           '2021-04-01', None, True, 2020, S1,
           items(('要介護認定者', '氏名、生年月日、住所、電話番号、介護保険被保険者番号、要介護度、'
                                 '認定有効期間、世帯構成'),
                 ('障害者手帳所持者', '氏名、生年月日、住所、電話番号、身体障害者手帳の等級、療育手帳の程度')),
           ['要介護度', '身体障害者手帳の等級', '療育手帳の程度'],
           ['ward_system', 'paper'],
           ['access_control', 'access_auth', 'print_control', 'locked_storage', 'return_erasure',
            'training', 'logging'],
           [],
           []),
]

# ---------------------------------------------------------------- w2 藤沢市 (Obsidian Markdown)
S2 = '令和4年度第2回'
DOCS['w2_fujisawa_2022'] = [
    matter('産後ケア事業の利用申込受付及び利用調整業務の委託について', '藤沢市', 'report',
           'outsourcing', '第10条第1項', '健康医療部', ['母子保健課', '子育て給付課'],
           '湘南ケアリンク', '2022-10-01', '2023-09-30', False, 2022, S2,
           items(('産婦', '氏名、生年月日、住所、電話番号、メールアドレス、出産日、分娩方法、'
                         '産後の心身の状況、エジンバラ産後うつ病質問票の点数'),
                 ('乳児', '氏名、性別、生年月日'),
                 (None, '利用希望日、利用施設名、利用料の減免区分')),
           ['分娩方法', '産後の心身の状況', 'エジンバラ産後うつ病質問票の点数'],
           ['contractor_server', 'paper', 'email'],
           ['contract_terms', 'access_control', 'audit'],
           ['responsible_staff', 'encryption', 'access_auth', 'logging', 'email_safety',
            'network_protection', 'malware_protection', 'locked_storage', 'takeout_limit',
            'return_erasure', 'erasure_proof', 'incident_response', 'subcontract_limit'],
           []),
    matter('児童生徒の健康診断結果を管理する学校保健クラウドサービスとの接続について', '藤沢市',
           'consultation', 'external_link', '第17条第2項', '教育委員会事務局', ['学務保健課'],
           'すこやか学校保健クラウド', '2023-01-04', None, None, 2022, S2,
           items(('児童生徒', '氏名、性別、生年月日、学年、組、出席番号、健康診断結果、既往歴、'
                             'アレルギーの有無、健診日、保健調査票の自由記載欄、就学援助の受給状況'),
                 ('保護者', '氏名、電話番号')),
           ['健康診断結果', '既往歴', 'アレルギーの有無'],
           ['external_system', 'ward_system', 'paper'],
           ['access_control', 'access_auth', 'encryption', 'certification', 'logging',
            'locked_storage', 'return_erasure', 'training', 'incident_response', 'backup'],
           [],
           []),
]


def main():
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', stem, len(matters), 'matters')


if __name__ == '__main__':
    main()
