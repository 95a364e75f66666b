#!/usr/bin/env python3
"""Writes gold/*.json for the six wild14 documents, in the form and key order of
shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading is
explained in ../NOTES.md."""
import json
import os

GOLD = os.path.join(os.path.dirname(__file__), '..', 'gold')


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

# ---------------------------------------------------------------- r1 宮城県 (PDF)
S1 = '令和元年度第2回'
DOCS['r1_miyagi_2019'] = [
    matter('難病患者在宅療養支援に係る訪問相談業務の委託について', '宮城県', 'consultation',
           'outsourcing', '第12条第2項', '保健福祉部', ['疾病対策課'], 'みやぎ在宅看護協会',
           '2020-01-06', '2021-03-31', False, 2019, S1,
           items(('患者', '氏名、生年月日、性別、住所、電話番号、疾病名、特定医療費受給者証番号、'
                         'かかりつけ医療機関名、服薬状況、要介護度、身体障害者手帳の等級、相談内容'),
                 ('家族介護者', '氏名、続柄、電話番号')),
           ['疾病名', 'かかりつけ医療機関名', '服薬状況', '要介護度', '身体障害者手帳の等級'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'audit', 'encryption', 'password_separation', 'transfer_control'],
           ['responsible_staff', 'incident_response', 'training', 'locked_storage', 'takeout_limit',
            'network_protection', 'access_auth', 'malware_protection', 'return_erasure', 'erasure_proof'],
           []),
    matter('一般旅券の発給事務に係る旅券発給管理システムとの回線結合について', '宮城県', 'report',
           'external_link', '第14条第3項', '環境生活部', ['旅券室'], '旅券発給管理システム',
           '2020-03-02', None, None, 2019, S1,
           items(('申請者', '氏名、生年月日、性別、本籍の都道府県名、現住所、電話番号、旅券番号、'
                           '顔画像、所持人自署、刑罰等関係事項'),
                 ('法定代理人', '氏名')),
           ['刑罰等関係事項'],
           ['ward_system', 'external_system', 'paper'],
           ['device_lock', 'locked_storage', 'access_auth', 'network_protection', 'encryption',
            'logging', 'training', 'incident_response'],
           [],
           []),
    matter('県税総合システムにおける個人事業税の減免に係る記録項目の追加について', '宮城県',
           'consultation', 'computer_processing', '第11条第2項', '総務部',
           ['税務課', '仙台中央県税事務所', '仙台南県税事務所'], None,
           '2020-04-01', None, None, 2019, S1,
           items((None, '減免の区分、減免額、り災証明書の番号、被災の状況、生活保護の受給状況、'
                        '障害者手帳の種類及び等級')),
           ['生活保護の受給状況', '障害者手帳の種類及び等級'],
           ['ward_system', 'paper'],
           ['access_control', 'access_auth', 'logging', 'network_protection', 'backup', 'locked_storage'],
           [],
           []),
]

# ---------------------------------------------------------------- r2 長岡市 (box text)
S2 = '平成29年度第3回'
DOCS['r2_nagaoka_2017'] = [
    matter('健康診査結果通知書の作成及び発送業務の委託について', '長岡市', 'report', 'outsourcing',
           '第13条第3項', '福祉保健部', ['健康課'], '越後健康管理協会',
           '2018-04-01', '2019-03-31', True, 2017, S2,
           items(('受診者', '氏名、住所、生年月日、性別、被保険者番号、受診日、受診会場、検査結果、'
                           '総合判定、保健指導レベル')),
           ['検査結果', '総合判定'],
           ['paper', 'removable', 'contractor_server'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'network_protection', 'access_auth', 'entry_control', 'print_control',
            'malware_protection', 'return_erasure', 'erasure_proof', 'work_procedure'],
           []),
    matter('認知症高齢者等の行方不明時における事前登録情報の外部提供について', '長岡市',
           'consultation', 'external_provision', '第9条第2項第5号', '福祉保健部', ['高齢者支援課'],
           None, '2018-04-01', None, None, 2017, S2,
           items(('登録者', '氏名、性別、生年月日、住所、身体的特徴、顔写真、認知症の症状、要介護度、'
                           '行方不明時に立ち寄る可能性のある場所'),
                 ('家族等', '氏名、電話番号')),
           ['認知症の症状', '要介護度'],
           ['paper', 'email'],
           ['contract_terms', 'purpose_limit', 'email_safety', 'encryption', 'password_separation',
            'return_erasure', 'training', 'copy_limit'],
           [],
           []),
]

# ---------------------------------------------------------------- r3 高槻市 (CMS HTML)
DOCS['r3_takatsuki_2022'] = [
    matter('子ども医療費助成に係る医療機関等からの請求審査及び支払業務の委託', '高槻市', 'report',
           'outsourcing', '第11条第2項', '子ども未来部', ['子育て総務課'], '北摂医療事務センター',
           '2022-06-01', '2023-05-31', True, 2022, None,
           items(('受給者(子ども)', '受給者番号、氏名、生年月日、性別'),
                 ('保護者', '氏名、住所'),
                 (None, '受診した医療機関名、診療年月、傷病名、調剤の内容、医療費の総額、一部負担金の額')),
           ['受診した医療機関名', '傷病名', '調剤の内容'],
           ['paper', 'removable', 'contractor_server', 'ward_system'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'certification', 'incident_response', 'training', 'entry_control',
            'return_erasure', 'access_control', 'network_protection', 'malware_protection', 'logging'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'status_report', 'audit', 'incident_response',
            'training', 'liability']),
    matter('市民税・府民税申告受付会場の運営業務の委託', '高槻市', 'report', 'outsourcing',
           '第11条第2項', '総務部', ['市民税課'], '未定',
           '2023-01-16', '2023-03-31', False, 2022, None,
           items(('申告者', '氏名、フリガナ、生年月日、住所、電話番号、個人番号、'
                           '給与収入・公的年金等の収入金額、社会保険料控除の額、医療費控除の額、'
                           '障害者控除の区分、寡婦控除・ひとり親控除の別'),
                 ('扶養親族', '氏名、生年月日、続柄、個人番号')),
           ['障害者控除の区分'],
           ['paper', 'ward_system'],
           ['contract_terms', 'access_control', 'access_auth', 'device_lock', 'logging'],
           ['responsible_staff', 'training', 'locked_storage', 'transfer_control', 'takeout_limit',
            'confidentiality'],
           []),
]

# ---------------------------------------------------------------- r4 市川市 (pandoc md)
S4 = '平成28年度第2回'
DOCS['r4_ichikawa_2016'] = [
    matter('社会保障・税番号制度に係る情報提供ネットワークシステムとの接続について', '市川市',
           'consultation', 'external_link', '第16条第2項', '総務部', ['情報システム課'],
           '情報提供ネットワークシステム', '2017-01-16', None, None, 2016, S4,
           items((None, '氏名、生年月日、性別、住所、団体内統合宛名番号、所得金額、課税額、'
                        '児童手当の受給状況、生活保護の受給状況、身体障害者手帳の等級、要介護度')),
           ['生活保護の受給状況', '身体障害者手帳の等級', '要介護度'],
           ['ward_system', 'external_system'],
           ['network_protection', 'encryption', 'access_control', 'access_auth', 'logging', 'training'],
           [],
           []),
    matter('特定健康診査未受診者に対する受診勧奨業務の委託について', '市川市', 'report', 'outsourcing',
           '第15条第2項', '市民部', ['国民健康保険課'], 'ヘルスケア・アナリティクス',
           '2016-08-01', '2017-03-31', False, 2016, S4,
           items(('被保険者', '被保険者証記号番号、氏名、性別、年齢、住所、過去5年間の受診年度、'
                             '前年度の健診結果、服薬の有無、勧奨区分')),
           ['前年度の健診結果', '服薬の有無'],
           ['removable', 'contractor_server', 'paper'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control'],
           ['network_protection', 'logging', 'access_control', 'return_erasure', 'erasure_proof',
            'training', 'certification', 'status_report'],
           []),
    matter('犯罪被害者等見舞金の支給に係る本人以外からの個人情報の収集について', '市川市', 'report',
           'indirect_collection', '第7条第2項第3号', '市民生活部', ['地域安全課'], None,
           '2016-12-01', None, None, 2016, S4,
           items(('被害者', '氏名、住所、生年月日、被害の状況、被害届の受理の有無'),
                 ('申請者', '氏名、住所、被害者との続柄')),
           ['被害の状況', '被害届の受理の有無'],
           ['paper', 'ward_system'],
           ['collection_limit', 'locked_storage', 'access_control', 'transfer_control'],
           [],
           []),
]

# ---------------------------------------------------------------- r5 鈴鹿市 (minutes, cp932)
S5 = '令和3年度第1回'
DOCS['r5_suzuka_2021'] = [
    matter('短期集中予防サービス事業の委託について', '鈴鹿市', 'report', 'outsourcing', '第12条第2項',
           '健康福祉部', ['長寿社会課'], 'すずかリハビリ・ラボ',
           '2021-07-01', '2022-03-31', True, 2021, S5,
           items(('利用者', '氏名、生年月日、性別、住所、電話番号、介護保険の被保険者番号、要支援認定の有無、'
                           '基本チェックリストの結果、主治医の意見、利用者負担割合'),
                 ('家族', '氏名、電話番号')),
           ['要支援認定の有無', '基本チェックリストの結果', '主治医の意見'],
           ['paper', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'audit'],
           ['responsible_staff', 'locked_storage', 'access_auth', 'malware_protection', 'takeout_limit',
            'return_erasure', 'erasure_proof', 'subcontract_limit'],
           []),
    matter('市営住宅の家賃算定に係る個人情報の目的外利用について', '鈴鹿市', 'consultation',
           'purpose_change', '第8条第2項第4号', '都市整備部', ['住宅政策課'], None,
           '2021-07-01', None, True, 2021, S5,
           items(('入居者及び同居者', '氏名、生年月日、住所、所得金額、扶養親族の数、課税・非課税の別、'
                                   '生活保護の受給状況、精神障害者保健福祉手帳の等級')),
           ['生活保護の受給状況', '精神障害者保健福祉手帳の等級'],
           ['ward_system', 'paper'],
           ['access_control', 'logging', 'locked_storage', 'purpose_limit'],
           [],
           []),
]

# ---------------------------------------------------------------- r6 出雲市 (答申書, BOM+CRLF)
S6 = '平成30年度第4回'
DOCS['r6_izumo_2018'] = [
    matter('生活困窮世帯の子どもに対する学習支援事業の実施に伴う個人情報の目的外利用について', '出雲市',
           'consultation', 'purpose_change', '第10条第2項第5号', '健康福祉部', ['福祉推進課'], None,
           '2019-04-01', None, True, 2018, S6,
           items(('生徒', '氏名、生年月日、学年'),
                 ('保護者', '氏名'),
                 (None, '住所、生活保護の受給状況、児童扶養手当の受給状況')),
           ['生活保護の受給状況'],
           ['ward_system', 'paper'],
           ['access_control', 'locked_storage', 'return_erasure', 'takeout_limit'],
           [],
           []),
    matter('胃がん・大腸がん検診の精度管理に係る検診結果の外部提供について', '出雲市', 'consultation',
           'external_provision', '第11条第2項第4号', '健康福祉部', ['健康増進課'], None,
           '2019-06-01', '2020-03-31', True, 2018, S6,
           items((None, '受診者番号、性別、年齢、検診の種類、受診日、検診結果、精密検査の結果、'
                        '精密検査を実施した医療機関名')),
           ['検診結果', '精密検査の結果', '精密検査を実施した医療機関名'],
           ['removable'],
           ['contract_terms', 'purpose_limit', 'encryption', 'password_separation', 'transfer_control',
            'return_erasure', 'erasure_proof'],
           [],
           []),
    matter('病児・病後児保育事業の利用管理に係る子育て支援システムへの記録項目の追加について', '出雲市',
           'report', 'computer_processing', '第13条第3項', '子ども未来部', ['保育幼稚園課'], None,
           '2019-04-01', None, None, 2018, S6,
           items((None, '利用日、利用料の減免区分'),
                 ('児童', '氏名、生年月日、病名、症状、アレルギーの有無、かかりつけ医療機関名'),
                 ('保護者', '氏名、勤務先')),
           ['病名', '症状', 'アレルギーの有無', 'かかりつけ医療機関名'],
           ['ward_system', 'paper'],
           ['access_auth', 'access_control', 'locked_storage'],
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
