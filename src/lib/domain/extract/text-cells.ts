// Cells of text tables that mark their columns with characters rather than tabs: a dot leader
// between a label and its value, or one bar between the label column and the value column.

import { labelKey, MATTER_KIND_LABEL } from './labels';

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

/** A label spelt one letter to a cell, as on graph paper (Excel 方眼紙): `件⇥⇥名⇥⇥…`, `記⇥録⇥媒⇥体⇥⇥■紙`. */
const LETTER_CELLS = /^([ \t\u3000]*)((?:[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}][ \u3000]*\t+){1,5}[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}])(?=\t|$)/u;

/**
 * The line with such a label written whole (`件名⇥…`); other lines as they are. The letters stand
 * evenly apart: a wider gap ends the label, and a one-letter value after it (`紙`) is the value.
 */
export function letterCells(line: string): string {
  const m = LETTER_CELLS.exec(line);
  if (!m) return spacedCells(line);
  const gaps = [...m[2].matchAll(/[ \u3000]*\t+/g)].map((g) => g[0].length);
  const even = gaps.findIndex((g) => g > gaps[0]);
  const letters = [...m[2].replace(/[\s\u3000]+/g, '')].slice(0, even < 0 ? undefined : even + 1);
  if (letters.length < 2) return line;
  const label = letters.join('');
  const taken = [...m[2].matchAll(/\S/g)][letters.length - 1];
  // The sheet's empty first column is no indent: the label opens the row.
  return labelKey(label) || MATTER_KIND_LABEL.test(label) ? spacedCells(`${label}${line.slice(m[1].length + (taken.index ?? 0) + 1)}`) : line;
}

/** A cell holding a label spaced letter by letter (`担␣当␣部`, `担␣当␣課` beside a value): written whole. */
const SPACED_CELL = /(^|\t)[ \u3000]*((?:[\p{Script=Han}\p{Script=Katakana}][ \u3000]){1,4}[\p{Script=Han}\p{Script=Katakana}])[ \u3000]*(?=\t|$)/gu;

function spacedCells(line: string): string {
  if (!line.includes('\t') && !/^[ \u3000]*(?:\S[ \u3000]){1,4}\S[ \u3000]*$/u.test(line)) return line;
  return line.replace(SPACED_CELL, (all: string, lead: string, spaced: string) => {
    const label = spaced.replace(/[ \u3000]/g, '');
    return labelKey(label) ? `${lead}${label}` : all;
  });
}
