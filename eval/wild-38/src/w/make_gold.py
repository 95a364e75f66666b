#!/usr/bin/env python3
"""Writes gold/w1_tajimi_2023.json and gold/w2_fujinomiya_2020.json from evidence.py,
in the form and key order of /work/shared/corpus/gold/*.json
(json.dumps(indent=1, ensure_ascii=False) plus a final newline).

Safeguard and clause categories are listed once per actor, in order of first
appearance; measures under `not_taken` (unchecked boxes) are left out."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from evidence import DOCS  # noqa: E402

GOLD = os.path.join(HERE, '..', '..', 'gold')


def ordered(entries, idx=-1):
    out = []
    for e in entries:
        for c in e[idx]:
            if c not in out:
                out.append(c)
    return out


def items(groups):
    out = []
    for subject, names in groups:
        for n in names.split('、'):
            d = {'item': n}
            if subject:
                d['subject'] = subject
            out.append(d)
    return out


def matter(m):
    return {
        'title': m['title'],
        'municipality': m['municipality'],
        'matter_kind': m['kind'],
        'procedure': m['procedure'],
        'legal_basis': m['legal_basis'],
        'department': m['department'],
        'divisions': m['divisions'],
        'contractor_contains': m['contractor'],
        'period_start': m['start'],
        'period_end': m['end'],
        'recurring': m['recurring'],
        'fiscal_year': m['fy'],
        'council_session': m['session'],
        'data_items': items(m['items']),
        'sensitive_items': m['sensitive'],
        'media': [c for c, _ in m['media']],
        'safeguards': {'ward': ordered(m['ward']), 'contractor': ordered(m['contractor_sg'])},
        'clauses': ordered(m['clauses']),
    }


def build(stem):
    return {'source': stem, 'matters': [matter(m) for m in DOCS[stem]['matters']]}


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem in DOCS:
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(build(stem), ensure_ascii=False, indent=1) + '\n')
        print('wrote', os.path.relpath(path))


if __name__ == '__main__':
    main()
