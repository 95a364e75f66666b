#!/usr/bin/env python3
"""Writes gold/am1_karatsu_2020.json and gold/am2_kirishima_2023.json in the form and key order of
shared/corpus/more/gold (json.dumps indent=1, ensure_ascii=False, trailing newline).

The matter-level readings (kind, procedure, basis, department, divisions, contractor, period,
recurrence, fiscal year, session) are written out below by hand; the per-item, per-medium,
per-sentence and per-article readings are the hand-assigned ones of content.py, next to the text
they read.  Every reading is explained in ../../NOTES-am.md.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from content import AM1, AM1_ANNEX, AM2, AM2_ANNEX  # noqa: E402

GOLD = os.path.normpath(os.path.join(HERE, '..', '..', 'gold'))


def uniq(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def data_items(m):
    out = []
    for _head, subject, its in m['items']:
        for _raw, item, _s in its:
            d = {'item': item}
            if subject:
                d['subject'] = subject
            out.append(d)
    return out


def sensitive(m):
    return uniq(item for _h, _subj, its in m['items'] for _raw, item, s in its if s)


def media(m):
    return uniq(cat for used, _raw, cat, _w in m['media'] if used)


def cats(sentences):
    return uniq(c for _t, cs in sentences if cs for c in cs)


def clause_cats(articles):
    return uniq(c for art in articles for c in art[-1])


def matter(m, municipality, kind, procedure, basis, department, divisions, contractor,
           start, end, recurring, fy, session, clauses):
    return {
        'title': m['title'],
        'municipality': municipality,
        'matter_kind': kind,
        'procedure': procedure,
        'legal_basis': basis,
        'department': department,
        'divisions': divisions,
        'contractor_contains': contractor,
        'period_start': start,
        'period_end': end,
        'recurring': recurring,
        'fiscal_year': fy,
        'council_session': session,
        'data_items': data_items(m),
        'sensitive_items': sensitive(m),
        'media': media(m),
        'safeguards': {'ward': cats(m['ward']), 'contractor': cats(m['contractor'])},
        'clauses': clauses,
    }


S1 = '令和2年度第3回'
S2 = '令和5年度第2回'
DOCS = {
    'am1_karatsu_2020': [
        matter(AM1[0], '唐津市', 'consultation', 'outsourcing', '第10条第2項', '市民部', ['国保年金課'],
               'ひぜんメディカルアナリティクス', '2020-10-01', '2021-03-31', True, 2020, S1,
               clause_cats(AM1_ANNEX)),
        matter(AM1[1], '唐津市', 'report', 'external_link', '第12条第1項', '保健福祉部',
               ['健康づくり課', '浜玉保健相談室', '厳木保健相談室'],
               'からつすくすくナビ', '2021-01-12', None, None, 2020, S1, []),
    ],
    'am2_kirishima_2023': [
        matter(AM2[0], '霧島市', 'consultation', 'outsourcing', '第7条第2項', '健康長寿部', ['長寿支援課'],
               'きりしま食彩サポート', '2023-10-01', '2024-03-31', True, 2023, S2, []),
        matter(AM2[1], '霧島市', 'consultation', 'outsourcing', '第7条第2項', '福祉部', ['障害福祉課'],
               'きりみね福祉会', '2023-09-01', '2024-02-29', False, 2023, S2,
               clause_cats(AM2_ANNEX)),
    ],
}


def main():
    os.makedirs(GOLD, exist_ok=True)
    for stem, matters in DOCS.items():
        doc = {'source': stem, 'matters': matters}
        path = os.path.join(GOLD, stem + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
        print('wrote', path, len(matters), 'matters')


if __name__ == '__main__':
    main()
