#!/usr/bin/env python3
"""Writes raw/am1_karatsu_2020.txt: an Excel comparison sheet 「審議案件一覧（比較表）」
saved with 「Unicode テキスト (*.txt)」.

Form of the file, as Excel writes it:
  - UTF-16LE with a BOM (FF FE), rows ended by CRLF;
  - cells separated by TAB, every row padded to the used range (columns A-E);
  - a cell holding a line break, a TAB or a double quote is written in double quotes, with the
    inner quotes doubled; the line breaks inside a cell are bare LF (Alt+Enter);
  - merged cells: the value in the first cell, empty fields after it.
Layout: each matter is a COLUMN (C = 案件１, D = 案件２); column B holds the field label,
column A a group label for labels spanning two rows (委託先／結合先: 名称・所在地;
期間: 開始・終了; 保護対策: 市・受託者), column E the secretariat's check marks.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import AM1, AM1_ANNEX, AM1_ANNEX_TITLE, AM1_SESSION_ROW  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'raw',
                   'am1_karatsu_2020.txt')
NCOL = 5


def cell(v):
    v = '' if v is None else str(v)
    if any(c in v for c in '\n\t"'):
        return '"' + v.replace('"', '""') + '"'
    return v


def items_cell(m):
    lines = []
    for head, _subject, its in m['items']:
        lines.append(head)
        lines.append('、'.join(raw for raw, _item, _s in its))
    if m['items_note']:
        lines.append(m['items_note'])
    return '\n'.join(lines)


def media_cell(m):
    return '\n'.join(raw for _used, raw, _cat, _w in m['media'])


def measures_cell(m, key):
    style = m[key + '_style']
    lines = []
    head = m.get(key + '_head')
    if head:
        lines.append(head)
    n = 0
    for text, cats in m[key]:
        if cats is None:            # a heading such as 【システム面】
            lines.append(text)
            continue
        n += 1
        lines.append(f'{n} {text}' if style == 'num' else f'・{text}')
    return '\n'.join(lines)


def annex_cell():
    lines = [AM1_ANNEX_TITLE, '']
    for head, body, _cats in AM1_ANNEX:
        lines.append(head)
        lines.append('　' + body)
    return '\n'.join(lines)


def main():
    a, b = AM1
    rows = [
        [AM1_SESSION_ROW + '　審議案件一覧（比較表）', '', '', '', ''],
        ['開催日時：令和2年11月20日（金）14:00～', '', '会場：唐津市役所 本庁舎4階 第2会議室',
         '事務局：総務部総務課 文書法制係（内線2134）', 'R2.11.6 作成'],
        ['項目', '', '案件１', '案件２', '事務局確認'],
        ['', '諮問・報告の別', a['kind_cell'], b['kind_cell'], ''],
        ['', '件名', a['title'], b['title'], '済'],
        ['', '根拠条文', a['basis_cell'], b['basis_cell'], '済'],
        ['', '担当部署', a['dept_cell'], b['dept_cell'], ''],
        ['', '事業の概要', a['outline'], b['outline'], ''],
        ['委託先／結合先', '名称', a['contractor_cell'], b['contractor_cell'], ''],
        ['', '所在地', a['address_cell'], b['address_cell'], ''],
        ['', '委託・結合の内容', a['work_cell'], b['work_cell'], ''],
        ['期間', '開始', a['start_cell'], b['start_cell'], ''],
        ['', '終了', a['end_cell'], b['end_cell'], ''],
        ['', '取り扱う個人情報', items_cell(a), items_cell(b), '済'],
        ['', '対象者数（見込み）', a['people_cell'], b['people_cell'], ''],
        ['', '記録媒体（○使用　×不使用）', media_cell(a), media_cell(b), b['check']],
        ['保護対策', '市', measures_cell(a, 'ward'), measures_cell(b, 'ward'), ''],
        ['', '受託者', measures_cell(a, 'contractor'), measures_cell(b, 'contractor'), ''],
        ['', '特記事項', a['annex_cell'], b['annex_cell'], ''],
        ['', '備考', a['remarks'], b['remarks'], ''],
        ['', '', '', '', ''],
        ['別記', '特記事項（案件１）', annex_cell(), '', ''],
        ['', '', '', '', ''],
        ['※本表は、各担当課の提出資料を事務局（総務部総務課）において取りまとめたものです。', '', '', '', ''],
        ['※案件２の画面の例は、別添資料（当日配布）を御覧ください。', '', '', '', ''],
    ]
    for r in rows:
        assert len(r) == NCOL, r
    text = '\r\n'.join('\t'.join(cell(v) for v in r) for r in rows) + '\r\n'
    data = b'\xff\xfe' + text.encode('utf-16-le')
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'wb') as f:
        f.write(data)
    print('wrote', os.path.normpath(OUT), len(data), 'bytes')


if __name__ == '__main__':
    main()
