#!/usr/bin/env python3
"""Writes gold/r4_*.json, gold/r5_*.json and gold/r6_*.json (part b of wild-15), in the form
and key order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading
is explained in ../../NOTES-b.md.  Touches no other gold file."""
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

# ---------------------------------------------------------------- r4 徳島市 (wiki Markdown)
S4 = '平成29年度第3回'
DOCS['r4_tokushima_2017'] = [
    matter('避難行動要支援者名簿の作成に係る個人情報の目的外利用について', '徳島市', 'consultation',
           'purpose_change', '第10条第2項第6号', '健康福祉部', ['地域福祉課'], None,
           '2018-01-15', None, True, 2017, S4,
           items(('本人', '氏名、ふりがな、性別、生年月日、住所、電話番号'),
                 (None, '要介護状態区分、身体障害者手帳の等級、療育手帳の障害の程度、障害支援区分、世帯構成'),
                 ('親族等', '氏名、続柄、電話番号')),
           ['要介護状態区分', '身体障害者手帳の等級', '療育手帳の障害の程度', '障害支援区分'],
           ['ward_system', 'paper'],
           ['locked_storage', 'takeout_limit', 'access_control', 'access_auth', 'logging', 'training',
            'work_procedure', 'incident_response'],
           [],
           []),
    matter('新生児聴覚検査の結果集計及び精度管理業務の委託について', '徳島市', 'report',
           'outsourcing', '第12条第2項', '子ども未来部', ['子ども健康課'], '眉山ヘルスデータ',
           '2017-12-01', '2018-03-31', True, 2017, S4,
           items(('児', '氏名、性別、生年月日'),
                 ('保護者', '氏名、住所、電話番号'),
                 (None, '検査を実施した医療機関名、検査日、初回検査の結果、確認検査の結果、精密検査の要否')),
           ['検査を実施した医療機関名', '初回検査の結果', '確認検査の結果', '精密検査の要否'],
           ['paper', 'removable', 'contractor_pc'],
           ['transfer_control', 'encryption', 'password_separation', 'training', 'contract_terms', 'audit'],
           ['locked_storage', 'entry_control', 'return_erasure', 'network_protection', 'access_auth',
            'malware_protection', 'confidentiality', 'responsible_staff', 'work_procedure',
            'incident_response', 'subcontract_limit', 'erasure_proof'],
           []),
]

# ---------------------------------------------------------------- r5 釧路市 (BOM, CRLF, form feeds)
S5 = '令和元年度第2回'
DOCS['r5_kushiro_2019'] = [
    matter('特定妊婦等の支援に係る医療機関からの個人情報の収集について', '釧路市', 'consultation',
           'indirect_collection', '第8条第3項第5号', 'こども保健部', ['母子保健課'], None,
           None, None, None, 2019, S5,
           items(('本人', '氏名、生年月日、年齢、住所、電話番号、妊娠週数、出産予定日、既往歴、妊娠中の心身の状況'),
                 ('パートナー', '氏名、年齢、就労の状況'),
                 ('家族', '世帯の構成'),
                 (None, '情報提供を行った医療機関の担当者名、連絡票の受付日')),
           ['妊娠週数', '既往歴', '妊娠中の心身の状況'],
           ['paper', 'ward_system'],
           ['collection_limit', 'transfer_control', 'locked_storage', 'access_control', 'training',
            'return_erasure'],
           [],
           []),
    matter('北海道後期高齢者医療広域連合の標準システムとの回線結合について', '釧路市', 'report',
           'external_link', '第11条第2項', '市民環境部', ['国民健康保険課'], '北海道後期高齢者医療広域連合',
           '2019-12-02', None, None, 2019, S5,
           items(('本人', '被保険者番号、氏名、生年月日、性別、住所、資格取得年月日、資格喪失年月日、'
                          '障害認定の有無、一部負担金の割合、保険料額'),
                 ('世帯主', '氏名'),
                 ('家族', '世帯主との続柄'),
                 (None, '前年の所得額、生活保護の受給状況、口座番号')),
           ['障害認定の有無', '生活保護の受給状況'],
           ['ward_system', 'external_system'],
           ['network_protection', 'encryption', 'access_auth', 'access_control', 'logging',
            'incident_response', 'malware_protection'],
           [],
           []),
    matter('放課後児童クラブの入会管理に係る電子計算機処理の開始について', '釧路市', 'report',
           'computer_processing', '第10条第1項', 'こども保健部', ['こども育成課', '東部児童館', '西部児童館'],
           None, '2020-04-01', None, None, 2019, S5,
           items(('本人', '氏名、ふりがな、生年月日、性別、学校名、学年、障がいの有無、アレルギーの有無'),
                 ('保護者', '氏名、住所、電話番号、勤務先、就労時間'),
                 (None, '利用料の減免区分、口座振替の口座番号')),
           ['障がいの有無', 'アレルギーの有無'],
           ['ward_system', 'paper'],
           ['entry_control', 'device_lock', 'locked_storage', 'access_auth', 'access_control', 'backup',
            'training'],
           [],
           []),
]

# ---------------------------------------------------------------- r6 呉市 (PDF forms + annex)
S6 = '令和3年度第4回'
DOCS['r6_kure_2021'] = [
    matter('新型コロナウイルスワクチン接種の予約受付業務の委託について', '呉市', 'consultation',
           'outsourcing', '第13条第2項', '福祉保健部', ['健康増進課'], 'せとうちコンタクトサービス',
           '2022-04-01', '2023-03-31', False, 2021, S6,
           items(('接種対象者', '氏名、フリガナ、生年月日、性別、住所、電話番号、メールアドレス、接種券番号、'
                             '接種予約日時、接種会場、過去の接種歴、基礎疾患の有無'),
                 ('代理予約者', '氏名、電話番号')),
           ['過去の接種歴', '基礎疾患の有無'],
           ['contractor_server', 'contractor_pc', 'removable', 'email'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit',
            'return_erasure', 'erasure_proof'],
           ['responsible_staff', 'training', 'entry_control', 'access_auth', 'access_control', 'logging',
            'network_protection', 'encryption', 'email_safety', 'malware_protection', 'incident_response',
            'return_erasure', 'erasure_proof', 'certification'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'return_erasure', 'erasure_proof',
            'training', 'status_report', 'audit', 'incident_response', 'liability', 'publication']),
    matter('ひとり暮らし高齢者等の見守り活動に係る民生委員・児童委員への名簿の提供について', '呉市',
           'consultation', 'external_provision', '第11条第1項第6号', '福祉保健部', ['地域福祉課', '高齢者支援課'],
           None, '2022-04-01', None, True, 2021, S6,
           items(('対象者', '氏名、性別、生年月日、住所、電話番号、世帯の状況、要介護認定の有無、'
                           'かかりつけ医療機関名、緊急連絡先')),
           ['要介護認定の有無', 'かかりつけ医療機関名'],
           ['ward_system', 'paper'],
           ['purpose_limit', 'confidentiality', 'access_control', 'locked_storage', 'copy_limit', 'training',
            'return_erasure', 'incident_response'],
           [],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for source, matters in DOCS.items():
        doc = {'source': source, 'matters': matters}
        with open(os.path.join(GOLD, source + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')


if __name__ == '__main__':
    main()
