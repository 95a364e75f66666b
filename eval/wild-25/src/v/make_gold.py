#!/usr/bin/env python3
"""Writes gold/v1_okayama_2020.json and gold/v2_tokorozawa_2018.json in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is
explained in ../../NOTES-v.md."""
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

# ---------------------------------------------------------------- v1 岡山市 (PDF 一覧表)
S1 = '令和2年度第3回'
DOCS['v1_okayama_2020'] = [
    matter('国民健康保険特定健康診査の未受診者に対する受診勧奨業務の委託について', '岡山市',
           'report', 'outsourcing', '第10条第2項', '保健福祉局', ['保険年金課', '健康づくり課'],
           'せとうちヘルスコール', '2020-12-01', '2021-03-31', True, 2020, S1,
           items(('対象者', '氏名、生年月日、性別、住所、電話番号、被保険者証記号番号、前年度健診結果、'
                           '最終受診日、勧奨区分、電話勧奨の応答結果')),
           ['前年度健診結果'],
           ['paper', 'contractor_server'],
           # D-4
           ['contract_terms', 'audit', 'status_report', 'encryption', 'password_separation'],
           # B-1, C-1, C-2, D-1, D-2, D-3
           ['responsible_staff', 'incident_response', 'training', 'confidentiality', 'locked_storage',
            'takeout_limit', 'return_erasure', 'erasure_proof', 'access_auth', 'access_control',
            'network_protection', 'malware_protection', 'logging'],
           []),
    matter('要介護認定事務における主治医意見書の電子的な受領に伴う吉備地域医療情報ネットワークとの外部結合について',
           '岡山市', 'consultation', 'external_link', '第16条第2項', '保健福祉局',
           ['介護保険課', '北区福祉事務所', '中区福祉事務所', '東区福祉事務所', '南区福祉事務所'],
           '吉備地域医療情報ネットワーク', '2021-02-01', None, None, 2020, S1,
           items(('申請者', '被保険者番号、氏名、生年月日、性別、住所、前回の要介護度、意見書作成依頼日'),
                 ('主治医', '氏名、医療機関名'),
                 ('申請者', '傷病名、特別な医療の実施状況、心身の状態に関する意見')),
           ['前回の要介護度', '傷病名', '特別な医療の実施状況', '心身の状態に関する意見'],
           ['ward_system', 'external_system'],
           # A-5, C-3, D-5, D-6, D-7
           ['contract_terms', 'confidentiality', 'entry_control', 'network_protection', 'access_auth',
            'encryption', 'logging'],
           [],
           []),
    matter('避難行動要支援者名簿の作成に伴う障害者手帳所持者情報等の目的外利用について', '岡山市',
           'consultation', 'purpose_change', '第8条第2項第4号', '市民生活局', ['地域防災課'], None,
           '2021-04-01', None, True, 2020, S1,
           items(('要支援者', '氏名、生年月日、性別、住所、電話番号、身体障害者手帳の等級、療育手帳の障害程度、'
                             '要介護度、世帯構成、障害福祉サービス受給者証番号'),
                 ('避難支援等関係者', '氏名、連絡先')),
           ['身体障害者手帳の等級', '療育手帳の障害程度', '要介護度'],
           ['paper', 'ward_system'],
           # B-2, C-4, C-5, D-6, D-8
           ['training', 'print_control', 'return_erasure', 'locked_storage', 'access_auth', 'access_control'],
           [],
           []),
]

# ---------------------------------------------------------------- v2 所沢市 (.prn text)
S2 = '平成30年度第2回'
DOCS['v2_tokorozawa_2018'] = [
    matter('乳幼児健康診査の問診票等に係るデータ入力業務の委託について', '所沢市', 'consultation',
           'outsourcing', '第11条第1項', '健康推進部', ['母子保健課', 'こども相談センター'],
           '武蔵野データサービス', '2018-10-01', '2019-03-29', False, 2018, S2,
           items(('受診児', '氏名、生年月日、性別、住所、健診受診日、計測値及び診察所見、予防接種歴、経過観察区分'),
                 ('保護者', '氏名、続柄、電話番号、妊娠・出産時の経過、母子健康手帳交付番号、就労状況')),
           ['計測値及び診察所見', '予防接種歴', '妊娠・出産時の経過'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'entry_control', 'takeout_limit', 'network_protection', 'device_lock',
            'access_auth', 'malware_protection', 'training', 'incident_response', 'return_erasure',
            'erasure_proof'],
           ['general_duty', 'confidentiality', 'purpose_limit', 'subcontract_limit', 'copy_limit',
            'return_erasure', 'incident_response', 'audit', 'liability']),
    matter('市営住宅の家賃算定に係る収入認定のための課税情報等の本人以外からの収集について', '所沢市',
           'report', 'indirect_collection', '第8条第3項第2号', '都市計画部', ['市営住宅課'], None,
           '2019-04-01', None, True, 2018, S2,
           items(('入居者及び同居者', '氏名、生年月日、続柄、住所、宛名番号、所得金額、市民税課税額、各種控除額、'
                                   '生活保護の受給状況、児童扶養手当の受給状況、障害者手帳の等級')),
           ['生活保護の受給状況', '障害者手帳の等級'],
           ['paper', 'ward_system'],
           ['access_control', 'logging', 'collection_limit', 'access_auth', 'locked_storage',
            'return_erasure', 'training'],
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
