/**
 * Pandoc grid tables (`+----+----+` borders, `| … | … |` lines, cells wrapped over several lines).
 *
 * Written here rather than taken from a grid-table parser: those find cell edges by character
 * column, and in Japanese text a full-width character takes two columns, so the borders and the
 * cell text never line up. Cells are split at the bars instead, which holds whatever the widths.
 */

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

/** Splits markdown into grid tables (rows of cell markdown) and the markdown between them. */
export function splitGridTables(md: string): GridBlock[] {
  const lines = md.split('\n');
  const blocks: GridBlock[] = [];
  let text: string[] = [];
  let i = 0;
  while (i < lines.length) {
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
