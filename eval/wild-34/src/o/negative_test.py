#!/usr/bin/env python3
"""Negative test of self_check.py: each fake value is injected on its own into a copy of
the gold (in a temporary directory), self_check.py is run on that copy, and the test
passes only if the run fails AND names the fake value in its report.  Finally the
untouched gold must pass.  Exit status 1 if any fake goes unreported."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', '..', 'gold')
CHECK = os.path.join(HERE, 'self_check.py')


def fake_item(d):
    d['matters'][0]['data_items'].append({'item': '血液型', 'subject': '利用者'})
    return '血液型'


def fake_division(d):
    d['matters'][0]['divisions'].append('介護保険課')
    return '介護保険課'


def fake_start(d):
    d['matters'][1]['period_start'] = '2020-07-28'
    return '2020-07-28'


def fake_basis(d):
    d['matters'][0]['legal_basis'] = '第15条第2項'
    return '第15条第2項'


def fake_session(d):
    for m in d['matters']:
        m['council_session'] = '令和2年度第4回'
    return '令和2年度第4回'


def fake_contractor(d):
    d['matters'][0]['contractor_contains'] = 'つきみ野フーズ'
    return 'つきみ野フーズ'


def fake_department(d):
    d['matters'][1]['department'] = '市民経済部'
    return '市民経済部'


def fake_negated_medium(d):
    d['matters'][0]['media'].append('removable')
    return 'removable'


def fake_negated_item(d):
    d['matters'][1]['data_items'].append({'item': '主治医意見書', 'subject': '被保険者'})
    return '主治医意見書'


def fake_unticked(d):
    d['matters'][0]['safeguards']['contractor'].append('certification')
    return 'certification'


def fake_fy(d):
    d['matters'][0]['fiscal_year'] = 2023
    return 'fiscal_year 2023'


CASES = [('o1_yamato_2020', f) for f in (fake_item, fake_division, fake_start, fake_basis,
                                          fake_session, fake_contractor, fake_department)] + \
        [('o2_kishiwada_2022', f) for f in (fake_negated_medium, fake_negated_item,
                                             fake_unticked, fake_fy)]


def run(gold_dir):
    p = subprocess.run([sys.executable, CHECK, '--gold', gold_dir], capture_output=True, text=True)
    return p.returncode, p.stdout


def main():
    bad = 0
    for stem, fn in CASES:
        tmp = tempfile.mkdtemp()
        try:
            for f in os.listdir(GOLD):
                if f.startswith('o'):
                    shutil.copy(os.path.join(GOLD, f), tmp)
            path = os.path.join(tmp, stem + '.json')
            doc = json.load(open(path, encoding='utf-8'))
            value = fn(doc)
            with open(path, 'w', encoding='utf-8') as f:
                f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
            rc, out = run(tmp)
            named = [ln for ln in out.splitlines() if ln.startswith('FAIL') and value in ln]
            ok = rc == 1 and named
            print(f'{"ok  " if ok else "MISS"} {stem} {fn.__name__}: {named[0] if named else out.strip()}')
            bad += not ok
        finally:
            shutil.rmtree(tmp)
    rc, out = run(GOLD)
    print(f'{"ok  " if rc == 0 else "MISS"} untouched gold: {out.strip().splitlines()[-1]}')
    bad += rc != 0
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
