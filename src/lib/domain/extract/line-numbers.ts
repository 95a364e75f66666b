// Text printed on line-numbered paper (a 議案書, a legal draft): every line sits after a margin of
// fixed width that holds a line number on every fifth line (`  5 `, ` 10 `), the numbering starting
// again on each page. The numbers are no part of the text: read as it is, `15␣健康福祉部高齢福祉課`
// would carry the number into the office, and the margin would indent every line alike.

/** A numbered margin: right-aligned digits, then one space (or nothing more: an empty numbered line). */
const NUMBERED = /^( {0,3})(\d{1,3})(?: |$)/;

/** At least this many numbered lines, all multiples of five, make a line-numbered text. */
const MIN_NUMBERED = 4;

/**
 * The margin's width when the pages are printed on line-numbered paper, else null: the numbered
 * lines share one margin width, every number is a multiple of five and they rise within a page, and
 * at least half of the other lines start with that many spaces.
 */
export function lineNumberMargin(pages: readonly string[][]): number | null {
  let width: number | null = null;
  let numbered = 0;
  let indented = 0;
  let other = 0;
  for (const lines of pages) {
    let last = 0;
    for (const line of lines) {
      if (line.trim() === '') continue;
      const m = NUMBERED.exec(line);
      if (m) {
        const n = Number(m[2]);
        // An empty numbered line (` 10`) has the number but no space after it.
        const w = m[1].length + m[2].length + 1;
        if (n % 5 !== 0 || n <= last || (width !== null && w !== width)) return null;
        width = w;
        last = n;
        numbered++;
      } else other++;
    }
  }
  if (width === null || numbered < MIN_NUMBERED) return null;
  for (const lines of pages) for (const line of lines) if (line.trim() !== '' && !NUMBERED.test(line) && line.startsWith(' '.repeat(width))) indented++;
  return indented * 2 >= other ? width : null;
}

/** A line without the margin: its number, or as many spaces, cut off; any other line as it is. */
export function withoutMargin(line: string, width: number): string {
  const m = NUMBERED.exec(line);
  if (m && m[1].length + m[2].length + 1 === width) return line.slice(width);
  return line.startsWith(' '.repeat(width)) ? line.slice(width) : line;
}
