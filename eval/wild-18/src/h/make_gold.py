#!/usr/bin/env python3
"""Writes gold/h1_*.json and gold/h2_*.json (writer h) in the form and key order of
/work/shared/corpus/gold (json.dumps indent=1, ensure_ascii=False).  Every reading
is explained in ../../NOTES-h.md."""
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

# ------------------------------------------------ h1 松山市 (PDF, one ruled table)
S1 = '令和3年度第2回'
DOCS['h1_matsuyama_2021'] = [
    matter('国民健康保険糖尿病性腎症重症化予防事業に係る保健指導業務の委託について', '松山市',
           'report', 'outsourcing', '第13条第1項', '保健福祉部', ['保険年金課', '健康づくり推進課'],
           'いよヘルスケアサポート', '2021-12-01', '2022-03-31', False, 2021, S1,
           items(('対象者', '氏名、性別、生年月日、住所、電話番号、被保険者証の記号番号、'
                           '特定健康診査の受診日、HbA1c等の検査結果、尿たんぱくの判定、'
                           '糖尿病治療薬の処方の有無、主治医の医療機関名、指導プログラムの区分、面談内容')),
           ['HbA1c等の検査結果', '尿たんぱくの判定', '糖尿病治療薬の処方の有無', '主治医の医療機関名'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'audit'],
           ['responsible_staff', 'network_protection', 'access_auth', 'locked_storage',
            'takeout_limit', 'malware_protection', 'incident_response', 'return_erasure',
            'erasure_proof'],
           []),
    matter('障害福祉サービス等の支給決定事務における審査支払システムとの回線結合について', '松山市',
           'consultation', 'external_link', '第12条第2項', '保健福祉部', ['障がい福祉課'],
           '愛媛県国民健康保険団体連合会', '2022-01-04', None, None, 2021, S1,
           items(('サービス受給者', '氏名、生年月日、性別、住所、受給者証番号、障害支援区分、障害の種別、'
                                 '支給量、利用者負担上限月額、世帯の所得区分、生活保護の受給の有無')),
           ['障害支援区分', '障害の種別', '生活保護の受給の有無'],
           ['ward_system', 'external_system'],
           ['network_protection', 'access_control', 'access_auth', 'encryption', 'logging',
            'device_lock', 'training', 'incident_response'],
           [],
           []),
    matter('避難行動要支援者名簿の作成に係る個人情報の目的外利用について', '松山市',
           'report', 'purpose_change', '第9条第2項第4号', '市民部', ['防災推進課'],
           None, '2021-12-01', '2022-03-31', True, 2021, S1,
           items(('要支援者', '氏名、生年月日、性別、住所、電話番号、要介護状態区分、'
                             '身体障害者手帳の等級、療育手帳の判定区分、世帯構成、緊急連絡先')),
           ['要介護状態区分', '身体障害者手帳の等級', '療育手帳の判定区分'],
           ['paper', 'ward_system'],
           ['access_control', 'locked_storage', 'print_control', 'purpose_limit', 'return_erasure'],
           [],
           []),
]

# ------------------------------------------------ h2 川崎市 (e-mail text)
S2 = '令和4年度第3回'
DOCS['h2_kawasaki_2022'] = [
    matter('妊婦・子育て家庭への伴走型相談支援に係るオンライン面談業務の委託について', '川崎市',
           'report', 'outsourcing', '第11条第3項', 'こども未来局', ['子育て支援課', 'こども保健福祉課'],
           'かわさきファミリーリンク', '2023-01-10', '2023-03-31', True, 2022, S2,
           items(('妊婦', '氏名、生年月日、住所、電話番号、メールアドレス、出産予定日、妊娠週数、'
                         '妊娠中の体調及び気分の状態、既往歴、相談内容'),
                 ('養育者', '氏名、電話番号、子との続柄、児童扶養手当の受給状況'),
                 ('子', '氏名、生年月日、性別')),
           ['妊娠週数', '妊娠中の体調及び気分の状態', '既往歴'],
           ['contractor_server', 'contractor_pc', 'email'],
           ['contract_terms', 'work_procedure', 'status_report', 'encryption', 'password_separation'],
           ['certification', 'access_auth', 'access_control', 'encryption', 'network_protection',
            'logging', 'backup', 'email_safety', 'training', 'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit',
            'subcontract_limit', 'copy_limit', 'incident_response', 'return_erasure', 'audit',
            'liability', 'publication']),
    matter('生活困窮者自立相談支援における関係機関からの個人情報の収集について', '川崎市',
           'consultation', 'indirect_collection', '第8条第2項第6号', '健康福祉局', ['自立支援課'],
           None, '2022-12-01', None, None, 2022, S2,
           items(('相談者', '氏名、生年月日、住所、電話番号、世帯の状況、就労状況、収入及び資産の状況、'
                           '債務の状況、受診している医療機関名、疾病の状況、障害者手帳の所持の有無、'
                           '生活保護の受給歴、国民健康保険料の滞納の有無')),
           ['受診している医療機関名', '疾病の状況', '障害者手帳の所持の有無', '生活保護の受給歴'],
           ['paper', 'ward_system'],
           ['collection_limit', 'logging', 'locked_storage', 'return_erasure', 'access_auth',
            'access_control', 'training'],
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
