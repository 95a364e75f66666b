#!/usr/bin/env python3
"""Writes gold/al1_nobeoka_2022.json and gold/al2_ota_2021.json in the form and
key order of /work/shared/corpus/more/gold/*.json (json.dumps indent=1,
ensure_ascii=False, trailing newline).  Every reading is explained in
../../NOTES-al.md; the judgment calls (JC) are those of
/work/shared/corpus/more/README.md."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'gold')


def items(*groups):
    """groups: (subject or None, 'a、b、c') in document order."""
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

# ------------------------------------------------------------ al1 延岡市 (form print, PDF)
S1 = '令和4年度第2回'
DOCS['al1_nobeoka_2022'] = [
    matter('高齢者の保健事業と介護予防の一体的実施に係る健康状態不明者等への訪問支援業務の委託について',
           '延岡市', 'report', 'outsourcing', '第11条第2項', '健康福祉部', ['健康増進課', '介護保険課'],
           'のべおか在宅ケアネット', '2022-11-01', '2023-03-24', True, 2022, S1,
           items((None, '氏名、生年月日、性別、住所、電話番号、被保険者番号'),
                 ('訪問対象者', '最終健診受診年度、要支援・要介護認定の状況、既往歴、服薬状況、血圧測定値、訪問日、聞き取り内容'),
                 ('家族等', '氏名、続柄、電話番号')),
           ['要支援・要介護認定の状況', '既往歴', '服薬状況', '血圧測定値'],
           ['paper', 'contractor_pc', 'ward_system'],
           ['contract_terms', 'transfer_control', 'audit', 'access_auth', 'encryption', 'network_protection',
            'logging'],
           ['responsible_staff', 'training', 'incident_response', 'locked_storage', 'takeout_limit',
            'malware_protection', 'encryption', 'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'training', 'return_erasure',
            'erasure_proof', 'status_report', 'audit', 'incident_response', 'liability']),
    matter('子育て応援アプリを活用した乳幼児健康診査及び予防接種の情報配信に伴う外部結合について',
           '延岡市', 'consultation', 'external_link', '第12条第1項', 'こども未来部', ['こども家庭課'],
           'すくすくのべおか', '2023-01-10', None, None, 2022, S1,
           items((None, '氏名、生年月日、性別、メールアドレス'),
                 ('乳幼児', '乳幼児健康診査の受診日、乳幼児健康診査の結果、予防接種の接種履歴、次回の接種予定日'),
                 ('保護者', '続柄、アプリ利用者ID、妊娠週数、出産予定日')),
           ['乳幼児健康診査の結果', '予防接種の接種履歴', '妊娠週数'],
           ['ward_system', 'external_system'],
           ['contract_terms', 'access_control', 'encryption', 'network_protection', 'logging',
            'malware_protection', 'incident_response', 'training'],
           ['certification', 'encryption', 'access_control', 'responsible_staff', 'access_auth',
            'purpose_limit', 'logging', 'subcontract_limit', 'return_erasure', 'erasure_proof'],
           []),
]

# ------------------------------------------------------------ al2 太田市 (SharePoint page, HTML)
S2 = '令和3年度第3回'
DOCS['al2_ota_2021'] = [
    matter('外国人市民のための多言語通訳・翻訳支援業務の委託について', '太田市', 'report', 'outsourcing',
           '第15条第3項', '市民協働部', ['多文化共生課'], 'ことばブリッジ北関東',
           '2021-12-01', '2022-03-31', True, 2021, S2,
           items(('相談者', '氏名、フリガナ、国籍、在留資格、在留カード番号、使用言語、住所、電話番号、相談内容、'
                           '病歴、障害者手帳の種類及び等級'),
                 ('世帯', '生活保護の受給状況'),
                 ('世帯員', '氏名、続柄'),
                 (None, '通訳実施日時')),
           ['病歴', '障害者手帳の種類及び等級', '生活保護の受給状況'],
           ['paper', 'contractor_server', 'ward_system'],
           ['contract_terms', 'confidentiality', 'access_control', 'device_lock', 'takeout_limit',
            'locked_storage', 'audit', 'return_erasure'],
           ['responsible_staff', 'training', 'encryption', 'access_auth', 'logging', 'network_protection',
            'takeout_limit', 'incident_response', 'return_erasure', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'responsible_staff', 'training', 'purpose_limit',
            'subcontract_limit', 'copy_limit', 'takeout_limit', 'locked_storage', 'return_erasure',
            'erasure_proof', 'audit', 'incident_response', 'publication', 'liability']),
    matter('太田市立図書館における電子書籍貸出サービスの導入に伴う外部結合について', '太田市', 'consultation',
           'external_link', '第17条第1項', '教育委員会事務局', ['図書館課'], 'ヨミナビ',
           '2022-02-01', None, None, 2021, S2,
           items(('利用者', '利用者番号、氏名、生年月日、年齢区分、メールアドレス、利用登録の有効期限、'
                           '電子書籍の貸出・予約の履歴、障害者サービスの登録区分、障害の状況、音声読み上げ機能の利用設定')),
           ['障害者サービスの登録区分', '障害の状況'],
           ['ward_system', 'external_system'],
           ['encryption', 'network_protection', 'access_control', 'logging', 'malware_protection', 'backup',
            'incident_response'],
           ['entry_control', 'access_auth', 'purpose_limit', 'work_procedure', 'return_erasure', 'erasure_proof',
            'certification', 'status_report'],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', path, f'({len(matters)} matters)')


if __name__ == '__main__':
    main()
