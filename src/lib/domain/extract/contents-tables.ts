// A table of the meeting's matters (案件一覧: one row per matter, its title, office, counterpart,
// period) placed over the matters' own sections, which tell each of them again.

import { compact } from '../text';
import { labelKey } from './labels';

/** Columns that hold what a matter is made of: a table with one of them is the matters themselves. */
const CONTENT_KEYS = new Set(['items', 'media', 'ward_measures', 'contractor_measures', 'business']);

/** A physical line as line-tables.ts reads it: its cells are all this needs. */
interface Line {
  cells: string[];
}

/** A title this short could be found anywhere in the text. */
const MIN_TITLE_CHARS = 6;

/** The label key a line gives: its first cell's, or a one-cell line's words before a colon or a space (`所管：…`, `件名 …`). */
function keyOf(l: Line): string | null {
  const first = l.cells[0] ?? '';
  if (l.cells.length >= 2) return labelKey(first);
  const label = /^([^:：\s]{1,16})[:：\s]/.exec(first);
  return label ? labelKey(label[1]) : null;
}

/**
 * A header table that lists the matters told later: it has a title column and no column of a
 * matter's content, and at least two of its records' titles come again in the lines after it (the
 * heading of each matter's section). Each such record's labelled cells that its section does not
 * give (`委託期間は一覧のとおり`, no 根拠 of its own) go under the section's title; what the
 * section says itself wins (a contractor the summary still calls 選定中, a period since changed).
 * The table, and a record told nowhere (an oral report), are no matters. Null for any other table;
 * otherwise the lines that replace `lines` from `end` (the line after the table) on.
 */
export function contentsTable<L extends Line>(head: L, body: L[], lines: L[], end: number): L[] | null {
  const keys = head.cells.map((c) => labelKey(c));
  const title = keys.indexOf('title');
  if (title < 0 || body.length < 2 || keys.some((k) => k !== null && CONTENT_KEYS.has(k))) return null;
  const after = lines.slice(end);
  const told = body
    .map((record) => {
      const t = compact(record.cells[title] ?? '');
      const at = t.length >= MIN_TITLE_CHARS ? after.findIndex((l) => compact(l.cells.join('')).includes(t)) : -1;
      return { record, at };
    })
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (told.length < 2) return null;
  const out = [...after];
  // From the last section to the first, so the earlier places stay where they are.
  for (let r = told.length - 1; r >= 0; r--) {
    const { record, at } = told[r];
    const section = after.slice(at, told[r + 1]?.at ?? after.length);
    const given = new Set(section.map(keyOf));
    const titleLine = section.findIndex((l) => keyOf(l) === 'title');
    const place = at + (titleLine >= 0 ? titleLine : 0) + 1;
    const rows = head.cells.flatMap((label, k) =>
      k !== title && keys[k] !== null && !given.has(keys[k]) && (record.cells[k] ?? '') !== '' ? [{ ...after[place - 1], cells: [label, record.cells[k]] }] : []
    );
    out.splice(place, 0, ...rows);
  }
  return out;
}
