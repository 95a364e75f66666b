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
  const m = /^([^|]*)\|([^|]*)$/.exec(line);
  if (!m) return null;
  const label = m[1].replace(/[ \u3000]+/g, '');
  return label === '' || labelKey(label) || UNKNOWN_LABEL.test(label) ? [label, m[2]] : null;
}

/** A line cut at a lone bar: its label may wrap onto the next line (layout's physicalLines). */
export const barred = (line: string) => /^[^|]*\|[^|]*$/.test(line);
