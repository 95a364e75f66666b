#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes gold/ar1_uwajima_2021.json and gold/ar2_kanonji_2022.json in the form and
key order of shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False,
trailing newline).  The values are written out by hand; every reading is
explained in ../../NOTES-ar.md.  This script deliberately does not read
content.py: self_check.py compares the two."""
import json
import os

GOLD = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold'))


def items(*groups):
    """groups: (subject or None, '氏名、生年月日、…')"""
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

# ------------------------------------------------ ar1 宇和島市 (Garoon post, HTML)
S1 = '令和3年度第3回'
DOCS['ar1_uwajima_2021'] = [
    matter('高齢者配食見守りサービス事業の業務委託について', '宇和島市', 'report', 'outsourcing',
           '第10条第2項', '保健福祉部', ['長寿介護課'], '南予ミールサポート',
           '2021-10-01', '2022-03-31', True, 2021, S1,
           items(('利用者', '氏名、生年月日、性別、住所、電話番号、世帯状況、要介護度、障害者手帳の等級、'
                           'かかりつけ医療機関名、配食希望曜日、利用者負担区分、見守り時の連絡事項'),
                 ('緊急連絡先', '氏名、続柄、電話番号')),
           ['要介護度', '障害者手帳の等級', 'かかりつけ医療機関名'],
           ['paper', 'contractor_pc'],
           ['contract_terms', 'transfer_control', 'status_report', 'audit', 'access_control',
            'return_erasure', 'erasure_proof'],
           ['responsible_staff', 'locked_storage', 'takeout_limit', 'training', 'confidentiality',
            'network_protection', 'access_auth', 'malware_protection', 'incident_response'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'responsible_staff', 'training', 'incident_response',
            'audit', 'return_erasure', 'liability']),
    matter('母子健康手帳交付等のWeb予約サービスとの外部結合について', '宇和島市', 'consultation',
           'external_link', '第12条第2項', 'こども家庭部',
           ['母子健康課', '吉田保健センター', '三間保健センター', '津島保健センター'], 'すくすく予約クラウド',
           '2022-01-11', None, None, 2021, S1,
           items(('妊婦', '氏名、フリガナ、生年月日、住所、電話番号、メールアドレス、国籍、出産予定日、妊娠週数、'
                         '妊娠中の心身の状況、既往歴、受診中の医療機関名、予約日時'),
                 ('パートナー', '氏名、電話番号')),
           ['妊娠週数', '妊娠中の心身の状況', '既往歴', '受診中の医療機関名'],
           ['external_system', 'ward_system', 'paper'],
           ['access_control', 'access_auth', 'encryption', 'network_protection', 'malware_protection',
            'return_erasure', 'locked_storage', 'training'],
           ['certification', 'encryption', 'logging', 'entry_control', 'backup', 'incident_response',
            'purpose_limit', 'return_erasure', 'erasure_proof'],
           []),
]

# ------------------------------------------------ ar2 観音寺市 (Jira issues, PDF)
S2 = '令和4年度第2回'
DOCS['ar2_kanonji_2022'] = [
    matter('第7期観音寺市障害福祉計画の策定に係るアンケート調査業務の委託について', '観音寺市',
           'consultation', 'outsourcing', '第11条第2項', '健康福祉部', ['社会福祉課'],
           '瀬戸内社会調査センター', '2022-07-01', '2023-02-28', False, 2022, S2,
           items((None, '氏名、郵便番号、住所、生年月日、性別、障害者手帳の種類及び等級、障害支援区分、'
                        '指定難病の疾病名、受給者証番号、利用者負担上限月額、生活保護の受給状況、主な介助者との続柄、'
                        '調査票の回答内容、整理番号')),
           ['障害者手帳の種類及び等級', '障害支援区分', '指定難病の疾病名', '生活保護の受給状況'],
           ['paper', 'removable', 'contractor_pc', 'contractor_server'],
           ['contract_terms', 'encryption', 'password_separation', 'transfer_control', 'access_control',
            'audit', 'return_erasure', 'erasure_proof'],
           ['responsible_staff', 'certification', 'locked_storage', 'entry_control', 'encryption',
            'network_protection', 'logging', 'malware_protection', 'backup', 'incident_response'],
           ['general_duty', 'confidentiality', 'collection_limit', 'purpose_limit', 'copy_limit',
            'subcontract_limit', 'takeout_limit', 'locked_storage', 'responsible_staff', 'training',
            'status_report', 'audit', 'incident_response', 'return_erasure', 'erasure_proof',
            'publication', 'liability']),
    matter('介護認定審査会のペーパーレス化に伴うクラウド型資料共有サービスとの外部結合について', '観音寺市',
           'report', 'external_link', '第13条第3項', '健康福祉部', ['高齢介護課'], 'ミエルノート',
           '2022-10-01', '2023-03-31', True, 2022, S2,
           items((None, '審査番号、年齢、性別、申請区分、前回の要介護度、前回の認定有効期間、認定調査実施日、'
                        '一次判定結果、障害高齢者の日常生活自立度、認知症高齢者の日常生活自立度、傷病名、投薬内容')),
           ['前回の要介護度', '一次判定結果', '障害高齢者の日常生活自立度', '認知症高齢者の日常生活自立度',
            '傷病名', '投薬内容'],
           ['external_system', 'ward_system'],
           ['access_auth', 'access_control', 'copy_limit', 'print_control', 'network_protection',
            'malware_protection', 'return_erasure', 'training', 'incident_response'],
           ['encryption', 'logging', 'certification', 'entry_control', 'access_control', 'responsible_staff',
            'subcontract_limit', 'return_erasure', 'erasure_proof'],
           []),
]


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps({'source': stem, 'matters': matters}, ensure_ascii=False, indent=1) + '\n')
        print('wrote', path, len(matters), 'matters')


if __name__ == '__main__':
    main()
