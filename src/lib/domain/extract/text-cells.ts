// Cells of text tables that mark their columns with characters rather than tabs: a dot leader
// between a label and its value, or one bar between the label column and the value column.

import { labelKey } from './labels';

/** A label word of a form row: short, no punctuation, no list mark, not a time (`10:00`). */
export const UNKNOWN_LABEL = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{2,12}$/u;

/**
 * `件名……………母子健康手帳…`: a label and its value joined by a dot leader (NFKC has made the
 * ellipses full stops). The label must read as one: a sentence may trail off in dots too.
 */
const LEADER = /^[ \u3000]*([^\s.・][^.・]{0,23}?)[ \u3000]*(?:\.{3,}|・{3,})[ \u3000]*(.*)$/;

export function leaderCells(line: string): string[] | null {
  const m = LEADER.exec(line);
  if (!m) return null;
  const label = m[1].replace(/[ \u3000]+/g, '');
  return labelKey(label) || UNKNOWN_LABEL.test(label) ? [label, m[2]] : null;
}

/**
 * `件名｜子育て応援アプリ…` and a bare `｜合について`: a two-column text table drawn with one bar
 * (a full-width ｜ before NFKC), the label or nothing before it.
 */
export function barCells(line: string): string[] | null {
  // (A bar may open the line too, as a table's left border: `|␣諮問事項␣1␣|␣…`.)
  const m = /^[ \u3000]*(?:\|(?=[^|]*\|[^|]*$))?([^|]*)\|([^|]*)$/.exec(line);
  if (!m) return null;
  const label = m[1].replace(/[ \u3000]+/g, '');
  // A matter's number as the label (`諮問事項1 | …について`, an agenda's row) counts too.
  return label === '' || labelKey(label) || UNKNOWN_LABEL.test(label) || /^(?:諮問|報告)(?:事項|案件)?(?:第)?\d{1,3}号?$/.test(label) ? [label, m[2]] : null;
}

/** A line cut at a lone bar: its label may wrap onto the next line (layout's physicalLines). */
export const barred = (line: string) => /^[ \u3000]*(?:\|(?=[^|]*\|[^|]*$))?[^|]*\|[^|]*$/.test(line);

/** A table's own rows: a Markdown delimiter row (`|---|:---:|`), an ASCII-art border (`+----+`), Textile's header cell (`|_.`). */
const TABLE_ROW = /^\s*\|?\s*:?-{3,}:?\s*\||^\s*\+[-=+]{3,}|\|_\./;

/**
 * Bars that part the entries of a list in a form's value (an OCR'd table: `情報の項目␣␣|␣氏名␣|␣性別␣|`
 * over `␣␣␣␣|␣住所␣|␣…␣|`) part them as 、 does; the value keeps its column. A page with a table's
 * own rows is left alone, and so is a line of fewer than three bars or one starting at the margin.
 */
export function barLists(lines: string[]): string[] {
  if (lines.some((l) => TABLE_ROW.test(l))) return lines;
  return lines.map((l) => {
    const m = /^([^|]*?)\|[ \u3000]?([^|]+(?:\|[^|]+){1,})\|[ \u3000]*$/.exec(l);
    // In a value: after its label, or indented to its column; a table's row starts at the margin.
    if (!m || m[1].length < 4) return l;
    return m[1] + m[2].split('|').map((x) => x.trim()).filter((x) => x !== '').join('、');
  });
}
