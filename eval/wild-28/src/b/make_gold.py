#!/usr/bin/env python3
"""Writes gold/b*.json for the two b-documents of wild-28, in the form and key order of
shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is
explained in ../../NOTES-b.md."""
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

# ---------------------------------------------------------------- b1 静岡市 (CMS HTML, transposed table)
S1 = '令和3年度第2回'
DOCS['b1_shizuoka_2021'] = [
    matter('国民健康保険特定健康診査の受診勧奨通知作成・発送業務の委託について', '静岡市', 'report',
           'outsourcing', '第12条第2項', '保健福祉長寿局', ['健康づくり推進課'], '駿河データプロセス',
           '2021-12-01', '2022-03-31', True, 2021, S1,
           items((None, '氏名、住所、生年月日、性別、被保険者証の記号・番号、過去3年間の受診歴、'
                        '前回健診時の血圧及び血糖の検査値、受診勧奨区分')),
           ['前回健診時の血圧及び血糖の検査値'],
           ['removable', 'contractor_server', 'paper'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'network_protection', 'access_auth', 'logging', 'entry_control',
            'takeout_limit', 'return_erasure', 'erasure_proof', 'incident_response',
            'subcontract_limit'],
           []),
    matter('介護認定審査会資料の電子化に伴う審査会資料共有サービスとの外部結合について', '静岡市', 'report',
           'external_link', '第15条第2項', '保健福祉長寿局', ['介護保険課'], 'ケアレビュー・クラウド',
           '2022-01-04', None, None, 2021, S1,
           items((None, '被保険者番号、年齢、性別、認定調査票の調査結果、主治医意見書記載の傷病名、'
                        '前回の要介護度、認定調査の実施日')),
           ['認定調査票の調査結果', '主治医意見書記載の傷病名', '前回の要介護度'],
           ['external_system', 'ward_system'],
           ['encryption', 'access_auth', 'access_control', 'malware_protection', 'return_erasure',
            'confidentiality', 'training', 'logging'],
           [],
           []),
    matter('被保護者の就労支援に係る課税情報の目的外利用について', '静岡市', 'consultation',
           'purpose_change', '第10条第2項第4号', '保健福祉長寿局',
           ['葵福祉事務所', '駿河福祉事務所', '清水福祉事務所'], None,
           None, None, None, 2021, S1,
           items(('被保護者及びその世帯員', '氏名、生年月日、住所'),
                 (None, '給与収入額、所得金額、課税・非課税の別、勤務先の名称')),
           [],
           ['ward_system', 'paper'],
           ['access_control', 'logging', 'locked_storage', 'purpose_limit', 'training'],
           [],
           []),
]

# ---------------------------------------------------------------- b2 金沢市 (Quarto / Pandoc Markdown)
S2 = '令和2年度第4回'
DOCS['b2_kanazawa_2020'] = [
    matter('乳幼児健康診査における問診票等の入力業務の委託について', '金沢市', 'report', 'outsourcing',
           '第11条第3項', 'こども未来部',
           ['こども健康課', '泉野福祉健康センター', '元町福祉健康センター', '駅西福祉健康センター'],
           '北陸メディカルサポート', '2021-04-01', '2022-03-31', True, 2020, S2,
           items(('乳幼児', '氏名、生年月日、性別、健診区分、受診日、身長・体重等の計測値、医師の診察所見、'
                           '予防接種の接種歴'),
                 ('保護者', '氏名、続柄、電話番号、妊娠中の異常の有無、育児についての自由記述')),
           ['身長・体重等の計測値', '医師の診察所見', '予防接種の接種歴', '妊娠中の異常の有無'],
           ['paper', 'contractor_pc', 'removable'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'status_report'],
           ['entry_control', 'takeout_limit', 'network_protection', 'device_lock', 'access_auth',
            'training', 'confidentiality', 'locked_storage', 'return_erasure', 'certification'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'erasure_proof', 'audit', 'incident_response',
            'liability']),
    matter('障害児通所支援の支給決定事務における医療機関等からの個人情報の収集について', '金沢市',
           'consultation', 'indirect_collection', '第7条第3項第6号', '福祉健康部', ['障害福祉課'], None,
           '2021-04-01', None, None, 2020, S2,
           items(('対象児童', '氏名、生年月日、住所、受給者証番号、診断名、障害の程度、発達検査の結果、'
                             '通院先医療機関名、利用を希望するサービスの種類'),
                 ('保護者', '氏名、利用者負担上限月額')),
           ['診断名', '障害の程度', '発達検査の結果', '通院先医療機関名'],
           ['paper', 'ward_system'],
           ['collection_limit', 'locked_storage', 'return_erasure', 'access_control', 'logging'],
           [],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print(stem, len(matters), 'matters')


if __name__ == '__main__':
    main()
