#!/usr/bin/env python3
"""Writes gold/d1_kumamoto_2017.json and gold/d2_toyama_2022.json in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading
is explained in ../../NOTES-d.md."""
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

# ---------------------------------------------------------------- d1 熊本市 (CMS HTML)
S1 = '平成29年度第2回'
DOCS['d1_kumamoto_2017'] = [
    matter('乳幼児健康診査票の記載事項に係るデータ入力業務の委託について', '熊本市',
           'consultation', 'outsourcing', '第10条第2項', '健康福祉局', ['健康づくり推進課'],
           '肥後メディカルデータ', '2017-12-01', '2018-03-31', True, 2017, S1,
           items(('乳幼児', '氏名、生年月日、性別、住所、宛名番号'),
                 (None, '受診日、受診会場、問診の回答内容、診察所見、総合判定、精密検査の要否'),
                 ('保護者', '氏名、電話番号')),
           ['診察所見', '総合判定', '精密検査の要否'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'entry_control', 'takeout_limit', 'network_protection',
            'malware_protection', 'access_auth', 'logging', 'locked_storage', 'training',
            'incident_response', 'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'return_erasure', 'training', 'status_report',
            'audit', 'incident_response', 'liability']),
    matter('市立図書館の電子図書館サービス導入に伴う図書館情報システムの外部結合について', '熊本市',
           'report', 'external_link', '第12条第1項', '教育委員会事務局',
           ['中央図書館', '城南図書館', '植木図書館'], 'ミライブックス',
           '2018-01-15', None, None, 2017, S1,
           items((None, '利用者カード番号、電子図書館用の仮ID、利用者区分、電子書籍の貸出及び予約の履歴')),
           [],
           ['ward_system', 'external_system'],
           ['encryption', 'network_protection', 'access_control', 'access_auth', 'logging'],
           ['certification', 'backup', 'incident_response', 'return_erasure', 'erasure_proof'],
           []),
    matter('避難行動要支援者名簿の作成に係る介護保険及び障害福祉情報の目的外利用について', '熊本市',
           'report', 'purpose_change', '第8条第2項第6号', '健康福祉局', ['健康福祉政策課'], None,
           '2017-12-01', None, True, 2017, S1,
           items(('要支援者', '氏名、生年月日、性別、住所、電話番号、介護保険被保険者番号、要介護度、'
                             '障害支援区分、身体障害者手帳の等級、世帯構成、緊急連絡先')),
           ['要介護度', '障害支援区分', '身体障害者手帳の等級'],
           ['ward_system', 'paper'],
           ['access_control', 'locked_storage', 'return_erasure', 'print_control', 'takeout_limit',
            'training'],
           [],
           []),
]

# ---------------------------------------------------------------- d2 富山県 (UTF-16 TSV)
S2 = '令和4年度第1回'
DOCS['d2_toyama_2022'] = [
    matter('胃がん・大腸がん検診の精密検査結果把握業務の委託について', '富山県', 'consultation',
           'outsourcing', '第11条第2項', '厚生部', ['健康課'], '北陸健診データセンター',
           '2022-07-01', '2023-03-31', True, 2022, S2,
           items(('受診者', '氏名、生年月日、性別、住所、電話番号、受診者番号、検診の受診日、検診結果、'
                           '精密検査の結果、精密検査を受けた医療機関名、既往歴')),
           ['検診結果', '精密検査の結果', '精密検査を受けた医療機関名', '既往歴'],
           ['paper', 'removable', 'contractor_server'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'network_protection', 'access_auth', 'access_control', 'logging',
            'malware_protection', 'locked_storage', 'training', 'status_report', 'incident_response',
            'return_erasure', 'erasure_proof'],
           []),
    matter('県営住宅の家賃減免審査に係る市町村からの課税情報等の本人外収集について', '富山県',
           'report', 'indirect_collection', '第7条第3項第4号', '土木部', ['建築住宅課'], None,
           '2022-10-01', None, True, 2022, S2,
           items(('入居者', '氏名、生年月日、住所、電話番号、入居者番号'),
                 ('世帯全員', '所得金額、課税額、生活保護の受給状況、児童扶養手当の受給状況、'
                             '障害者手帳の等級、要介護度')),
           ['生活保護の受給状況', '障害者手帳の等級', '要介護度'],
           ['paper', 'ward_system'],
           ['transfer_control', 'collection_limit', 'locked_storage', 'return_erasure',
            'access_control', 'access_auth'],
           [],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote gold/' + stem + '.json', len(matters), 'matters')


if __name__ == '__main__':
    main()
