#!/usr/bin/env python3
"""Writes gold/q1_*.json and gold/q2_*.json in the form and key order of
shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Readings: ../../NOTES-q.md."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold')


def items(*groups):
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
        'title': title, 'municipality': municipality, 'matter_kind': kind,
        'procedure': procedure, 'legal_basis': legal_basis, 'department': department,
        'divisions': divisions, 'contractor_contains': contractor,
        'period_start': start, 'period_end': end, 'recurring': recurring,
        'fiscal_year': fy, 'council_session': session, 'data_items': data_items,
        'sensitive_items': sensitive, 'media': media,
        'safeguards': {'ward': ward, 'contractor': contractor_sg}, 'clauses': clauses,
    }


DOCS = {}

# ---------------------------------------------------------------- q1 相模原市 (HTML)
S1 = '令和3年度第2回'
DOCS['q1_sagamihara_2021'] = [
    matter('特定健康診査受診勧奨及び結果通知作成業務の委託について', '相模原市', 'consultation',
           'outsourcing', '第13条第2項', '健康福祉局', ['国民健康保険課'], 'さがみヘルスデータ',
           '2021-11-01', '2022-03-31', True, 2021, S1,
           items(('被保険者', '氏名、生年月日、性別、住所、電話番号、被保険者証の記号・番号、'
                           '特定健康診査の結果、服薬状況、保健指導区分、受診日')),
           ['特定健康診査の結果', '服薬状況'],
           ['paper', 'removable', 'contractor_server'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'entry_control', 'network_protection', 'access_auth', 'logging',
            'malware_protection', 'locked_storage', 'incident_response', 'return_erasure',
            'erasure_proof', 'training'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'erasure_proof', 'incident_response', 'audit',
            'status_report', 'liability']),
    matter('介護認定審査会資料のクラウドサービスによる共有に係る外部結合について', '相模原市', 'report',
           'external_link', '第15条第2項', '健康福祉局',
           ['介護保険課', '緑高齢者相談課', '中央高齢者相談課', '南高齢者相談課'], 'しんさネット',
           '2022-01-04', None, None, 2021, S1,
           items(('認定申請者', '被保険者番号、氏名、性別、年齢、前回の要介護状態区分、認定調査の結果、'
                             '主治医意見書の記載内容、審査会開催日')),
           ['前回の要介護状態区分', '認定調査の結果', '主治医意見書の記載内容'],
           ['ward_system', 'external_system'],
           ['access_control', 'training', 'return_erasure', 'incident_response', 'encryption',
            'access_auth', 'logging', 'certification', 'malware_protection'],
           [],
           []),
    matter('就学援助制度の個別案内のための市民税課税情報の目的外利用について', '相模原市', 'consultation',
           'purpose_change', '第8条第2項第4号', '教育局', ['学務課'], None,
           '2022-04-01', '2023-03-31', True, 2021, S1,
           items(('保護者', '氏名、住所、宛名番号、市民税所得割額、課税・非課税の別、障害者控除の適用の有無、'
                           'ひとり親控除の適用の有無'),
                 ('児童生徒', '氏名、生年月日、在籍校')),
           ['障害者控除の適用の有無'],
           ['paper', 'ward_system'],
           ['encryption', 'password_separation', 'access_control', 'purpose_limit', 'locked_storage',
            'return_erasure', 'training', 'logging'],
           [],
           []),
]

# ---------------------------------------------------------------- q2 枚方市 (Markdown)
S2 = '令和2年度第3回'
DOCS['q2_hirakata_2020'] = [
    matter('障害福祉サービス等の給付費請求に係る点検業務の委託について', '枚方市', 'consultation',
           'outsourcing', '第12条第1項', '福祉部', ['障害福祉室', '生活福祉課'], '北河内福祉情報センター',
           '2020-12-01', '2021-03-31', True, 2020, S2,
           items((None, '受給者証番号、氏名、生年月日、住所、障害支援区分、身体障害者手帳の等級、'
                        '利用者負担上限月額、生活保護受給の有無、サービス提供事業所名、請求金額')),
           ['障害支援区分', '身体障害者手帳の等級', '生活保護受給の有無'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'audit', 'transfer_control', 'encryption', 'password_separation'],
           ['responsible_staff', 'confidentiality', 'network_protection', 'access_auth',
            'malware_protection', 'locked_storage', 'takeout_limit', 'incident_response',
            'return_erasure', 'erasure_proof'],
           []),
    matter('妊婦健康診査費の償還払いに伴う医療機関等からの受診情報の収集について', '枚方市', 'report',
           'indirect_collection', '第7条第3項第6号', '子ども未来部', ['母子保健課'], None,
           '2020-12-01', None, None, 2020, S2,
           items(('妊婦', '氏名、生年月日、住所、受診日、妊娠週数、健康診査の結果、出産予定日'),
                 (None, '助成対象となる検査の費用')),
           ['妊娠週数', '健康診査の結果'],
           ['paper', 'ward_system'],
           ['collection_limit', 'transfer_control', 'locked_storage', 'return_erasure', 'access_auth',
            'logging', 'training'],
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
