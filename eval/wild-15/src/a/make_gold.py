#!/usr/bin/env python3
"""Writes gold/r1_*.json, r2_*.json, r3_*.json (part a of wild-15) in the form and key
order of shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading
is explained in ../../NOTES-a.md."""
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

# ---------------------------------------------------------------- r1 沖縄県 (landscape PDF)
S1 = '令和2年度第4回'
DOCS['r1_okinawa_2020'] = [
    matter('離島に居住する妊婦の健康診査受診に係る渡航費等助成の申請受付及び審査補助業務の委託について',
           '沖縄県', 'consultation', 'outsourcing', '第10条第2項', '子ども生活福祉部', ['子育て支援課'],
           '美ら島ビジネスサービス', '2021-04-01', '2022-03-31', True, 2020, S1,
           items(('妊婦', '氏名、生年月日、住所、電話番号、母子健康手帳の交付番号、妊娠週数、出産予定日、'
                         '多胎妊娠の有無、妊婦健康診査を受診した医療機関名、健診受診日、渡航及び宿泊に要した費用の額'),
                 (None, '金融機関名、口座番号、口座名義')),
           ['妊娠週数', '多胎妊娠の有無', '妊婦健康診査を受診した医療機関名'],
           ['paper', 'contractor_pc', 'removable'],
           ['contract_terms', 'status_report', 'encryption', 'password_separation', 'transfer_control'],
           ['responsible_staff', 'subcontract_limit', 'incident_response', 'training', 'locked_storage',
            'entry_control', 'network_protection', 'access_auth', 'logging', 'return_erasure',
            'erasure_proof'],
           []),
    matter('新型コロナウイルス感染症に係る感染者等情報共有システムとの回線結合について', '沖縄県',
           'report', 'external_link', '第11条第3項', '保健医療部',
           ['地域保健課', '北部保健所', '中部保健所', '南部保健所', '宮古保健所', '八重山保健所'],
           '感染者等情報共有システム', '2020-06-01', None, None, 2020, S1,
           items(('患者等', '氏名、性別、生年月日、住所、電話番号、国籍、職業、発症日、症状、基礎疾患の有無、'
                           '検体採取日、検査結果、入院先医療機関名、療養場所'),
                 ('濃厚接触者', '氏名、電話番号、患者との関係')),
           ['症状', '基礎疾患の有無', '検査結果', '入院先医療機関名'],
           ['ward_system', 'external_system', 'paper'],
           ['access_control', 'access_auth', 'locked_storage', 'return_erasure', 'incident_response',
            'encryption', 'malware_protection', 'logging'],
           [],
           []),
    matter('高校生等奨学給付金の支給事務における市町村からの課税情報等の収集について', '沖縄県',
           'consultation', 'indirect_collection', '第8条第2項第4号', '教育庁', ['教育支援課'],
           None, '2021-07-01', None, True, 2020, S1,
           items(('保護者', '氏名、住所、市町村民税所得割額、市町村民税の課税・非課税の別、生活保護の受給状況'),
                 ('生徒', '氏名、生年月日、在学する学校名、学年')),
           ['生活保護の受給状況'],
           ['paper', 'ward_system'],
           ['collection_limit', 'transfer_control', 'purpose_limit', 'locked_storage', 'return_erasure',
            'access_control', 'logging', 'training'],
           [],
           []),
]

# ---------------------------------------------------------------- r2 山形市 (CMS HTML, h3 + dl)
S2 = '平成26年度第3回'
DOCS['r2_yamagata_2014'] = [
    matter('高齢者世帯等の除雪支援事業に係る利用申請受付及び協力員調整業務の委託について', '山形市',
           'report', 'outsourcing', '第11条第2項', '福祉推進部', ['長寿支援課'],
           'やまがた雪みち支援ネット', '2014-11-01', '2015-03-31', True, 2014, S2,
           items(('利用者', '氏名、生年月日、住所、電話番号、世帯の状況、要介護度、障害者手帳の有無、緊急連絡先'),
                 ('除雪協力員', '氏名、住所、電話番号、活動できる地区')),
           ['要介護度', '障害者手帳の有無'],
           ['paper', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'audit'],
           ['responsible_staff', 'confidentiality', 'locked_storage', 'takeout_limit', 'access_auth',
            'malware_protection', 'incident_response', 'return_erasure'],
           []),
    matter('子ども・子育て支援新制度の施行に伴う保育所入所管理システムの記録項目の追加について', '山形市',
           'report', 'computer_processing', '第12条第1項', '子育て推進部', ['保育課'],
           None, '2015-04-01', None, None, 2014, S2,
           items(('児童', '支給認定区分、保育必要量、障害の有無及び程度'),
                 ('保護者', '保育を必要とする事由、就労時間、疾病又は障害の状況'),
                 ('世帯', '生活保護世帯への該当の有無、ひとり親世帯への該当の有無、市町村民税所得割額')),
           ['障害の有無及び程度', '疾病又は障害の状況', '生活保護世帯への該当の有無'],
           ['ward_system', 'paper'],
           ['access_control', 'access_auth', 'logging', 'backup', 'entry_control', 'locked_storage',
            'return_erasure', 'training'],
           [],
           []),
    matter('避難行動要支援者名簿情報の避難支援等関係者への平常時からの提供について', '山形市',
           'consultation', 'external_provision', '第10条第2項第3号', '総務部', ['防災対策課'],
           None, '2015-02-01', None, True, 2014, S2,
           items(('避難行動要支援者', '氏名、生年月日、性別、住所、電話番号、要介護状態区分、障害の種別及び等級、'
                                   '避難支援等を必要とする事由、緊急時の連絡先')),
           ['要介護状態区分', '障害の種別及び等級'],
           ['ward_system', 'paper', 'removable'],
           ['contract_terms', 'confidentiality', 'access_control', 'copy_limit', 'locked_storage',
            'return_erasure', 'training', 'encryption', 'password_separation', 'transfer_control',
            'incident_response'],
           [],
           []),
]


# ---------------------------------------------------------------- r3 奈良市 (諮問書, cp932 CRLF)
S3 = '令和元年度第2回'
DOCS['r3_nara_2019'] = [
    matter('国民健康保険特定健康診査の結果等の糖尿病性腎症重症化予防事業への利用について', '奈良市',
           'consultation', 'purpose_change', '第9条第2項第6号', '健康医療部', ['健康増進課'],
           None, '2019-10-01', None, True, 2019, S3,
           items((None, '氏名、性別、生年月日、住所、電話番号、被保険者記号番号、健診受診日、HbA1cの値、'
                        '空腹時血糖の値、尿蛋白の判定、eGFRの値、血圧の値、糖尿病に係る受診の有無、'
                        '血糖降下薬の服薬状況')),
           ['HbA1cの値', '空腹時血糖の値', '尿蛋白の判定', 'eGFRの値', '血圧の値', '糖尿病に係る受診の有無',
            '血糖降下薬の服薬状況'],
           ['paper', 'ward_system'],
           ['locked_storage', 'takeout_limit', 'return_erasure', 'access_control', 'access_auth',
            'encryption', 'training'],
           [],
           []),
    matter('粗大ごみ収集受付センターの運営業務の委託について', '奈良市', 'report', 'outsourcing',
           '第13条第2項', '環境部', ['廃棄物対策課'], 'やまと受付サービス',
           '2019-12-01', '2020-03-31', False, 2019, S3,
           items(('申込者', '氏名、住所、電話番号、メールアドレス、排出する品目及び数量、収集希望日、'
                           '要介護度、障害者手帳の種別')),
           ['要介護度', '障害者手帳の種別'],
           ['contractor_server', 'email', 'paper'],
           ['contract_terms', 'audit'],
           ['training', 'access_auth', 'logging', 'encryption', 'password_separation', 'email_safety',
            'takeout_limit', 'locked_storage', 'return_erasure', 'erasure_proof', 'subcontract_limit'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'return_erasure', 'status_report', 'audit', 'incident_response',
            'liability']),
]


def main():
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        with open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', stem, len(matters), 'matters')


if __name__ == '__main__':
    main()
