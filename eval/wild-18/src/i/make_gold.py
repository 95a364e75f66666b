#!/usr/bin/env python3
"""Writes gold/i*.json for the two wild18 'i' documents, in the form and key order of
shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is
explained in ../../NOTES-i.md."""
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

# ---------------------------------------------------------------- i1 藤沢市 (HTML)
S1 = '令和2年度第3回'
DOCS['i1_fujisawa_2020'] = [
    matter('就学援助費の申請受付及び認定事務補助業務の委託について', '藤沢市', 'report',
           'outsourcing', '第12条第3項', '教育部', ['学務保健課'], '湘南オフィスサポート',
           '2020-12-01', '2021-03-31', False, 2020, S1,
           items(('児童生徒', '氏名、生年月日、在籍校名、学年'),
                 ('保護者', '氏名、住所、電話番号、口座情報'),
                 ('世帯', '続柄、所得金額、生活保護の受給状況、児童扶養手当の受給状況、認定区分')),
           ['生活保護の受給状況'],
           ['paper', 'ward_system'],
           ['contract_terms', 'transfer_control', 'access_auth', 'logging', 'audit', 'status_report'],
           ['responsible_staff', 'access_control', 'takeout_limit', 'training', 'return_erasure',
            'incident_response'],
           []),
    matter('配食サービスを通じた在宅高齢者の見守り及び安否確認業務の委託について', '藤沢市',
           'consultation', 'outsourcing', '第12条第2項', '福祉健康部',
           ['高齢者支援課', '地域包括ケアシステム推進室'], 'ふじさわミールサポート',
           '2021-04-01', '2022-03-31', True, 2020, S1,
           items(('利用者', '氏名、生年月日、性別、住所、電話番号、要介護度、要介護認定の有効期間、'
                           '既往症、かかりつけの医療機関名、配達曜日、利用者負担区分、安否確認の結果'),
                 ('連絡先親族', '氏名、続柄、電話番号')),
           ['要介護度', '既往症', 'かかりつけの医療機関名'],
           ['paper', 'contractor_pc', 'email'],
           ['contract_terms', 'email_safety', 'access_control', 'audit'],
           ['responsible_staff', 'locked_storage', 'access_auth', 'encryption', 'malware_protection',
            'incident_response', 'password_separation', 'training', 'confidentiality',
            'return_erasure', 'erasure_proof'],
           []),
]

# ---------------------------------------------------------------- i2 相模原市 (pandoc md)
S2 = '平成30年度第2回'
DOCS['i2_sagamihara_2018'] = [
    matter('障害児通所支援に係る利用者負担上限額管理票のデータ入力業務の委託について', '相模原市',
           'report', 'outsourcing', '第15条第4項', '健康福祉局', ['障害政策課'],
           '相武インフォメーション', '2018-10-01', '2019-03-31', True, 2018, S2,
           items(('対象児童', '氏名、生年月日、性別、受給者証番号、障害の種類、サービスの利用日数'),
                 ('保護者', '氏名、住所、電話番号、利用者負担上限月額、市民税の課税区分、生活保護受給の有無')),
           ['障害の種類', '生活保護受給の有無'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'entry_control', 'network_protection', 'device_lock', 'access_auth',
            'logging', 'malware_protection', 'locked_storage', 'return_erasure', 'erasure_proof',
            'incident_response'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'locked_storage', 'takeout_limit', 'training', 'return_erasure',
            'erasure_proof', 'incident_response', 'audit', 'status_report', 'liability',
            'publication']),
    matter('妊婦健康診査費用助成に係る受診票の審査及び集計業務の委託について', '相模原市',
           'consultation', 'outsourcing', '第15条第2項', 'こども・若者未来局',
           ['こども家庭課', '緑子育て支援センター', '中央子育て支援センター', '南子育て支援センター'],
           'かながわ母子健康支援機構', '2019-04-01', '2020-03-31', False, 2018, S2,
           items(('妊婦', '氏名、生年月日、住所、母子健康手帳番号、受診票番号、妊娠週数、初産・経産の別、'
                         '健康診査の結果、受診日、出産予定日、助成額')),
           ['妊娠週数', '初産・経産の別', '健康診査の結果'],
           ['paper', 'contractor_server', 'removable'],
           ['contract_terms', 'locked_storage', 'return_erasure', 'access_control'],
           ['certification', 'network_protection', 'access_control', 'logging', 'backup', 'encryption',
            'transfer_control', 'confidentiality', 'return_erasure', 'erasure_proof',
            'subcontract_limit', 'training'],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps({'source': stem, 'matters': matters}, ensure_ascii=False, indent=1) + '\n')
        print('wrote', stem, len(matters), 'matters')


if __name__ == '__main__':
    main()
