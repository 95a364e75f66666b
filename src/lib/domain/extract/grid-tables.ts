/**
 * Pandoc grid tables (`+----+----+` borders, `| … | … |` lines, cells wrapped over several lines),
 * and its multiline tables (a rule of dashes over and under, the columns given by the dashes under
 * the header, rows parted by blank lines, each cell wrapped inside its column).
 *
 * Written here rather than taken from a grid-table parser: those find cell edges by character
 * column, and in Japanese text a full-width character takes two columns, so the borders and the
 * cell text never line up. Grid cells are split at the bars instead, which holds whatever the
 * widths; multiline cells at the dashes' display columns, as pandoc aligns them.
 */
import { eastAsianWidth } from 'get-east-asian-width';

export type GridBlock = { kind: 'markdown'; text: string } | { kind: 'grid'; rows: string[][] };

const BORDER = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/;
const ROW_LINE = /^[ \t]*\|.*\|[ \t]*$/;

/** The markdown of one cell: its lines without the common indent, trailing spaces dropped. */
function cellMarkdown(lines: string[]): string {
  const trimmed = lines.map((l) => l.replace(/[ \t]+$/, ''));
  const indents = trimmed.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return trimmed
    .map((l) => l.slice(cut))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** A multiline table's rule over and under it, and the dashes under its header that give the columns. */
const RULE = /^[ \t]*-{10,}[ \t]*$/;
const COLUMNS = /^[ \t]*-+(?:[ \t]+-+)+[ \t]*$/;

/** The display columns the dash runs of a column line start at. */
function columnStarts(line: string): number[] {
  return [...line.matchAll(/-+/g)].map((m) => m.index ?? 0);
}

/** A line cut into cells at display columns (a full-width character takes two, and goes with the column it starts in). */
function cutAt(line: string, starts: number[]): string[] {
  const cells = starts.map(() => '');
  let col = 0;
  let j = 0;
  for (const ch of line) {
    while (j + 1 < starts.length && col >= starts[j + 1]) j++;
    cells[j] += ch;
    col += eastAsianWidth(ch.codePointAt(0) ?? 0);
  }
  return cells;
}

/**
 * A multiline table starting at line `i` (its rule, one or two header lines, the column line): its
 * rows, header first, and the line after its closing rule; null when no such table starts there.
 */
function multilineTable(lines: string[], i: number): { rows: string[][]; next: number } | null {
  if (!RULE.test(lines[i])) return null;
  const at = lines.slice(i + 1, i + 4).findIndex((l) => COLUMNS.test(l));
  if (at < 0 || lines.slice(i + 1, i + 1 + at).some((l) => l.trim() === '')) return null;
  const close = lines.slice(i + 2 + at).findIndex((l) => RULE.test(l));
  if (close < 0) return null;
  const end = i + 2 + at + close;
  const starts = columnStarts(lines[i + 1 + at]);
  const rows: string[][] = [];
  const group = (part: string[]) => {
    const cells = starts.map(() => [] as string[]);
    for (const l of part) cutAt(l, starts).forEach((c, j) => cells[j].push(c));
    if (cells.some((c) => c.some((l) => l.trim() !== ''))) rows.push(cells.map(cellMarkdown));
  };
  group(lines.slice(i + 1, i + 1 + at));
  let part: string[] = [];
  for (const l of lines.slice(i + 2 + at, end)) {
    if (l.trim() !== '') part.push(l);
    else {
      group(part);
      part = [];
    }
  }
  group(part);
  return { rows, next: end + 1 };
}

/** Splits markdown into grid and multiline tables (rows of cell markdown) and the markdown between them. */
export function splitGridTables(md: string): GridBlock[] {
  const lines = md.split('\n');
  const blocks: GridBlock[] = [];
  let text: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const multiline = multilineTable(lines, i);
    if (multiline) {
      if (text.length > 0) blocks.push({ kind: 'markdown', text: text.join('\n') });
      text = [];
      blocks.push({ kind: 'grid', rows: multiline.rows });
      i = multiline.next;
      continue;
    }
    if (!(BORDER.test(lines[i]) && ROW_LINE.test(lines[i + 1] ?? ''))) {
      text.push(lines[i++]);
      continue;
    }
    if (text.length > 0) blocks.push({ kind: 'markdown', text: text.join('\n') });
    text = [];
    const rows: string[][] = [];
    let cells: string[][] = [];
    const flush = () => {
      if (cells.some((c) => c.some((l) => l.trim() !== ''))) rows.push(cells.map(cellMarkdown));
      cells = [];
    };
    for (; i < lines.length && (BORDER.test(lines[i]) || ROW_LINE.test(lines[i])); i++) {
      if (BORDER.test(lines[i])) {
        flush();
        continue;
      }
      const parts = lines[i].trim().slice(1, -1).split('|');
      parts.forEach((p, j) => (cells[j] ??= []).push(p.replace(/^ /, '')));
    }
    flush();
    blocks.push({ kind: 'grid', rows });
  }
  if (text.length > 0) blocks.push({ kind: 'markdown', text: text.join('\n') });
  return blocks;
}
