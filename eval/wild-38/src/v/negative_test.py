#!/usr/bin/env python3
"""Negative test of self_check.py: each mutation of a copy of the gold must be reported.
Usage: python3 src/v/negative_test.py   (exit 1 if a fake value passes unnoticed)"""
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CHECK = os.path.join(HERE, 'self_check.py')
STEMS = ('v1_hikone_2021', 'v2_matsusaka_2022')


def m_item(doc):
    doc['matters'][0]['data_items'].append({'item': '血液型', 'subject': '被接種者'})
    return 'item not in text: 血液型'


def m_subject(doc):
    doc['matters'][1]['data_items'][0]['subject'] = '申請者'
    return 'subject not in text: 申請者'


def m_division(doc):
    doc['matters'][0]['divisions'].append('国保年金課')
    return 'division not in text: 国保年金課'


def m_contractor(doc):
    doc['matters'][0]['contractor_contains'] = '近江データセンター'
    return 'contractor not in text'


def m_start(doc):
    doc['matters'][0]['period_start'] = '2022-01-05'
    return 'period_start 2022-01-05'


def m_end(doc):
    doc['matters'][1]['period_end'] = '2023-03-30'
    return 'period_end 2023-03-30'


def m_article(doc):
    doc['matters'][0]['legal_basis'] = '第12条第2項'
    return 'legal basis not in text'


def m_decoy_article(doc):
    # 予防接種法第5条第1項 is in the text, but not after 条例
    doc['matters'][0]['legal_basis'] = '第5条第1項'
    return 'legal basis not in text'


def m_session(doc):
    doc['matters'][0]['council_session'] = '令和3年度第3回'
    doc['matters'][0]['fiscal_year'] = 2021
    return 'session not in text'


def m_fy(doc):
    doc['matters'][1]['fiscal_year'] = 2023
    return 'fiscal_year 2023'


def m_negated_item(doc):
    doc['matters'][0]['data_items'].append({'item': '個人番号', 'subject': '子ども'})
    return 'negated item is in the gold: 個人番号'


def m_negated_medium(doc):
    doc['matters'][1]['media'].append('removable')
    return 'negated medium is in the gold: removable'


def m_sensitive(doc):
    doc['matters'][1]['sensitive_items'].append('病名')
    return 'sensitive item 病名 is not a data item'


def m_category(doc):
    doc['matters'][0]['safeguards']['ward'].append('firewall')
    return 'ward category firewall'


def m_title(doc):
    doc['matters'][1]['title'] = doc['matters'][1]['title'].replace('警察署', '消防署')
    return 'title not in text'


CASES = [
    ('v1_hikone_2021', m_item), ('v1_hikone_2021', m_subject), ('v1_hikone_2021', m_division),
    ('v1_hikone_2021', m_contractor), ('v1_hikone_2021', m_start), ('v1_hikone_2021', m_article),
    ('v1_hikone_2021', m_decoy_article), ('v1_hikone_2021', m_session), ('v1_hikone_2021', m_title),
    ('v1_hikone_2021', m_sensitive),
    ('v2_matsusaka_2022', m_end), ('v2_matsusaka_2022', m_fy), ('v2_matsusaka_2022', m_negated_item),
    ('v2_matsusaka_2022', m_negated_medium), ('v2_matsusaka_2022', m_category),
]


def main():
    failures = 0
    base = subprocess.run([sys.executable, CHECK], capture_output=True, text=True)
    if base.returncode != 0:
        print(base.stdout)
        sys.exit('self_check fails on the real gold; fix that first')
    for stem, mutate in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            for s in STEMS:
                shutil.copy(os.path.join(ROOT, 'gold', s + '.json'), tmp)
            p = os.path.join(tmp, stem + '.json')
            doc = json.load(open(p, encoding='utf-8'))
            expect = mutate(doc)
            with open(p, 'w', encoding='utf-8') as f:
                f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
            r = subprocess.run([sys.executable, CHECK, '--gold', tmp], capture_output=True, text=True)
            ok = r.returncode == 1 and expect in r.stdout
            failures += not ok
            print(('reported ' if ok else 'MISSED   ') + f'{stem} {mutate.__name__}: {expect}')
            if not ok:
                print(r.stdout)
    print('negative test:', 'OK' if failures == 0 else f'{failures} mutation(s) not reported')
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
