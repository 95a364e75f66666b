#!/usr/bin/env python3
"""Writes gold/t1_anjo_2022.json and gold/t2_uji_2006.json (letter t of wild-37), in the
shape and key order of /work/shared/corpus/gold/*.json (json.dumps, indent=1,
ensure_ascii=False).  Every reading and every doubt is in ../../NOTES-t.md."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold')


def items(*groups):
    """groups: (subject or None, '項目、項目、…')"""
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

# ------------------------------------------------------------ t1 安城市 (Excel sheet, PDF)
S1 = '令和4年度第2回'
DOCS['t1_anjo_2022'] = [
    matter('高齢者配食サービス事業に係る調理・配達及び安否確認業務の委託について', '安城市',
           'report', 'outsourcing', '第10条第2項', '福祉部', ['高齢福祉課'],
           '三河ハートフルミール', '2022-10-01', '2023-03-31', True, 2022, S1,
           items(('利用者', '氏名、フリガナ、性別、生年月日、住所、電話番号、要介護度、既往歴、'
                           '食物アレルギーの有無、配達時の留意事項'),
                 ('親族等', '氏名、続柄、電話番号')),
           ['要介護度', '既往歴', '食物アレルギーの有無'],
           ['paper', 'contractor_pc', 'removable'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'print_control', 'return_erasure', 'locked_storage', 'access_auth',
            'network_protection', 'malware_protection', 'incident_response', 'training',
            'takeout_limit', 'subcontract_limit', 'erasure_proof'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'training', 'return_erasure',
            'erasure_proof', 'status_report', 'audit', 'incident_response', 'liability',
            'publication']),
    matter('妊娠の届出及び出産・子育て応援給付金の電子申請受付に伴うマイナポータルとのオンライン結合について',
           '安城市', 'report', 'external_link', '第12条第2項', '子育て健康部',
           ['健康推進課', '子育て支援課'], 'マイナポータル', '2023-01-10', None, None, 2022, S1,
           items(('妊婦', '氏名、フリガナ、生年月日、住所、電話番号、メールアドレス、個人番号、妊娠週数、'
                         '出産予定日、過去の妊娠・出産歴、受診中の医療機関名'),
                 ('配偶者等', '氏名、生年月日、電話番号'),
                 (None, '金融機関名、支店名、口座種別、口座番号、口座名義')),
           ['妊娠週数', '過去の妊娠・出産歴', '受診中の医療機関名'],
           ['external_system', 'ward_system', 'paper'],
           ['network_protection', 'access_control', 'access_auth', 'encryption', 'return_erasure',
            'logging', 'locked_storage', 'malware_protection', 'incident_response', 'training'],
           [],
           []),
]

# ------------------------------------------------------------ t2 宇治市 (WARP copy, Shift_JIS)
S2 = '平成18年度第1回'
DOCS['t2_uji_2006'] = [
    matter('災害時要援護者名簿の作成に伴う住民基本台帳等の目的外利用について', '宇治市',
           'consultation', 'purpose_change', '第9条第1項第4号', '健康福祉部', ['地域福祉課'],
           None, '2006-10-01', None, True, 2006, S2,
           items((None, '氏名、生年月日、性別、住所、世帯構成、要介護度、身体障害者手帳の等級、'
                        '療育手帳の判定')),
           ['要介護度', '身体障害者手帳の等級', '療育手帳の判定'],
           ['ward_system', 'paper'],
           ['responsible_staff', 'access_control', 'access_auth', 'logging', 'locked_storage',
            'takeout_limit', 'copy_limit', 'return_erasure', 'training'],
           [],
           []),
    matter('基本健康診査結果データの入力業務の委託について', '宇治市', 'report', 'outsourcing',
           '第10条第2項', '健康福祉部', ['健康推進課'], '洛南データサービス',
           '2006-06-01', '2007-03-31', False, 2006, S2,
           items(('受診者', '受診者番号、氏名、生年月日、性別、住所、受診日、受診会場、既往歴、'
                           '服薬の有無、検査結果、総合判定')),
           ['既往歴', '服薬の有無', '検査結果', '総合判定'],
           ['paper', 'removable', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'encryption', 'password_separation', 'audit'],
           ['responsible_staff', 'confidentiality', 'entry_control', 'locked_storage',
            'network_protection', 'access_auth', 'return_erasure', 'erasure_proof',
            'incident_response', 'subcontract_limit'],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for source, matters in DOCS.items():
        doc = {'source': source, 'matters': matters}
        path = os.path.join(GOLD, source + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', os.path.normpath(path))


if __name__ == '__main__':
    main()
