#!/usr/bin/env python3
"""Writes gold/d1_*.json and gold/d2_*.json (the d-writer's part of wild-29), in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is
explained in ../../NOTES-d.md."""
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

# ---------------------------------------------------------------- d1 帯広市 (CMS checklist form)
S1 = '令和3年度第2回'
DOCS['d1_obihiro_2021'] = [
    matter('国民健康保険特定健康診査受診勧奨通知の作成及び発送業務委託', '帯広市', 'report',
           'outsourcing', '第12条第3項', '市民福祉部', ['国保課'], 'とかちメディアプリント',
           '2021-11-24', '2022-03-31', True, 2021, S1,
           items((None, '氏名、生年月日、性別、住所、被保険者証の記号番号、前年度の特定健康診査の結果、'
                        '服薬の状況、過去3年間の受診年度、勧奨区分')),
           ['前年度の特定健康診査の結果', '服薬の状況'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control',
            'return_erasure', 'responsible_staff'],
           ['entry_control', 'takeout_limit', 'network_protection', 'access_auth',
            'malware_protection', 'return_erasure', 'erasure_proof', 'incident_response', 'training'],
           []),
    matter('介護認定審査会のペーパーレス化に伴う審査会支援クラウドサービスとの電子計算機の結合',
           '帯広市', 'consultation', 'external_link', '第14条第2項', '保健福祉部', ['介護高齢福祉課'],
           'ケアレビュー・ボード', '2022-01-04', None, None, 2021, S1,
           items((None, '年齢、性別、被保険者番号、申請区分、認定調査の結果、主治医意見書の記載内容、'
                        '前回の要介護度、認定有効期間')),
           ['認定調査の結果', '主治医意見書の記載内容', '前回の要介護度'],
           ['ward_system', 'external_system'],
           ['network_protection', 'access_auth', 'locked_storage', 'return_erasure', 'training',
            'access_control'],
           ['certification', 'encryption', 'logging', 'backup', 'incident_response'],
           []),
]

# ---------------------------------------------------------------- d2 伊勢崎市 (Word filtered HTML, cp932)
S2 = '令和4年度第1回'
DOCS['d2_isesaki_2022'] = [
    matter('物価高騰対応子育て世帯臨時特別給付金の支給事務における市民税課税情報の目的外利用について',
           '伊勢崎市', 'consultation', 'purpose_change', '第9条第2項第4号', '福祉こども部',
           ['こども支援課'], None, None, '2023-03-31', False, 2022, S2,
           items(('受給者及び配偶者', '氏名、生年月日、住所'),
                 (None, '令和4年度分の市民税均等割の課税・非課税の区分、扶養親族の数、障害者控除の適用の有無、'
                        '寡婦控除・ひとり親控除の適用の有無')),
           ['障害者控除の適用の有無'],
           ['ward_system', 'paper'],
           ['access_control', 'logging', 'access_auth', 'purpose_limit', 'locked_storage',
            'return_erasure', 'training'],
           [],
           []),
    matter('胃がん内視鏡検診の読影結果入力及び通知書作成業務の委託について', '伊勢崎市', 'report',
           'outsourcing', '第11条第2項', '健康推進部', ['健康づくり課'], '上州健康データ管理機構',
           '2022-06-01', '2023-03-31', True, 2022, S2,
           items((None, '氏名、生年月日、性別、住所、受診券番号、受診日、受診した医療機関名、既往歴、読影所見、'
                        '判定結果、自己負担金の免除区分、生活保護の受給の有無')),
           ['受診した医療機関名', '既往歴', '読影所見', '判定結果', '生活保護の受給の有無'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'password_separation', 'audit'],
           ['responsible_staff', 'entry_control', 'network_protection', 'device_lock', 'logging',
            'locked_storage', 'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'subcontract_limit',
            'copy_limit', 'takeout_limit', 'return_erasure', 'training', 'audit', 'incident_response',
            'liability']),
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
