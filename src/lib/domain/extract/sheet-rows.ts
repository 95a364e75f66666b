// A spreadsheet's form as a web page or a print (a published Google Sheets page, eval/wild-50
// au2): a label cell merged down a table repeats on every row of it, and the media are a row of
// column heads over a row of ticks. Read as lines, the repeated label would make each row a field
// of its own and the ticks would lose their columns (pure, no I/O).
import { compact } from '../text';
import type { PhysLine } from './line-tables';

/** A tick in a cell: the option above it is used. */
const TICK = /^[✓✔☑○◯●]$/;
/** A table's head row holds the items' column. */
const ITEM_HEAD = /^(?:項目|個人情報の項目|項目名)$/;
/** A row struck from a numbered table: a dash where its number stands. */
const STRUCK_NUMBER = /^[－\-―ー—]$/;

const filled = (l: PhysLine) => l.cells.filter((c) => c.trim() !== '');

/**
 * The lines with a run of rows under one repeated label cell (at least three, the first the
 * table's head with an items column) set as the label on a line of its own over the table, its
 * struck rows left out; and a row of ticks under a row of options under one label made the label
 * with the ticked options.
 */
export function sheetRows(lines: PhysLine[]): PhysLine[] {
  const out: PhysLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const label = l.cells.length >= 3 ? compact(l.cells[0]) : '';
    if (label === '' || l.blank) {
      out.push(l);
      continue;
    }
    // Options over ticks: `記録媒体 | 紙 | 電子メール | …` then `記録媒体 | ✓ | ✓ | | ✓`.
    const next = lines[i + 1];
    if (next && !next.blank && next.cells.length >= 2 && (compact(next.cells[0]) === label || compact(next.cells[0]) === '')) {
      const ticks = next.cells.slice(1);
      if (ticks.some((c) => TICK.test(compact(c))) && ticks.every((c) => c.trim() === '' || TICK.test(compact(c)))) {
        const chosen = l.cells.slice(1).filter((c, k) => TICK.test(compact(ticks[k] ?? '')));
        out.push({ ...l, cells: [l.cells[0], chosen.join('、')] });
        i++;
        continue;
      }
    }
    // A table under a label repeated on each of its rows.
    let end = i + 1;
    while (end < lines.length && !lines[end].blank && compact(lines[end].cells[0] ?? '') === label) end++;
    if (end - i < 3 || !l.cells.slice(1).some((c) => ITEM_HEAD.test(compact(c)))) {
      out.push(l);
      continue;
    }
    out.push({ ...l, cells: [l.cells[0]] }, { ...l, cells: l.cells.slice(1) });
    for (const row of lines.slice(i + 1, end)) {
      if (STRUCK_NUMBER.test(compact(row.cells[1] ?? '')) && filled(row).length >= 3) continue;
      out.push({ ...row, cells: row.cells.slice(1) });
    }
    i = end - 1;
  }
  return out;
}
