// A sheet's mark (`資料１`) printed again at the top of each of its pages.

import { compact } from '../text';
import { SHEET_MARK, type PhysLine } from './line-tables';

/** The mark is one of a page's first lines. */
const TOP_LINES = 3;

/**
 * Drops a sheet's mark at the top of a page when the page before had the same mark and a table row
 * goes on under it (its label cell empty): the sheet continues, and the value open above goes on
 * past the mark. A new mark, or the same one over a new start, still opens a sheet (layout.ts).
 */
export function withoutRepeatedSheetMarks(lines: PhysLine[]): PhysLine[] {
  const markOf = new Map<number, string>();
  const drop = new Set<PhysLine>();
  const byPage = new Map<number, PhysLine[]>();
  for (const l of lines) {
    if (l.blank || l.separator) continue;
    const own = byPage.get(l.page);
    if (own) own.push(l);
    else byPage.set(l.page, [l]);
  }
  for (const [page, own] of [...byPage].sort((a, b) => a[0] - b[0])) {
    const at = own.slice(0, TOP_LINES).findIndex((l) => l.cells.length === 1 && SHEET_MARK.test(compact(l.cells[0])));
    if (at < 0) continue;
    const mark = compact(own[at].cells[0]);
    const next = own[at + 1];
    if (markOf.get(page - 1) === mark && next !== undefined && next.cells.length >= 2 && next.cells[0] === '') drop.add(own[at]);
    markOf.set(page, mark);
  }
  return drop.size ? lines.filter((l) => !drop.has(l)) : lines;
}
