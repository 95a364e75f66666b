// A spreadsheet printed with its row and column headings (Excel's 「行列番号」 print option): every
// page opens with the column letters (`A B C D E F`), and every row with its number in a cell of
// its own. Neither is the document's text: read as cells, the numbers would stand where labels
// stand (`6 | | 区分 | 報告`), and the letters would read as a table's header.

/** The column letters of a sheet's heading row, one cell each: `A`, `B`, … `Z`, `AA`, … */
const LETTER = /^[A-Z]{1,2}$/;
const ROW_NUMBER = /^\d{1,5}$/;

const columnIndex = (s: string) => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** A line of column letters in order from `A`: at least three of them (`A B C`). */
export function isColumnLetters(line: string): boolean {
  const cells = line.split('\t').map((c) => c.trim()).filter((c) => c !== '');
  return cells.length >= 3 && cells.every((c) => LETTER.test(c)) && cells.every((c, i) => columnIndex(c) === i + 1);
}

/** True when the document is a sheet printed with its headings: some line is its column letters. */
export function isPrintedSheet(lines: readonly string[]): boolean {
  return lines.some(isColumnLetters);
}

/**
 * A printed sheet's line without its headings: null for the column letters and for a row that
 * holds only its number (an empty row, or a number printed apart from its row); otherwise the
 * line without its row number and the empty cells before its first filled one.
 */
export function withoutHeadings(line: string): string | null {
  if (isColumnLetters(line)) return null;
  if (!line.includes('\t')) return ROW_NUMBER.test(line.trim()) ? null : line;
  const cells = line.split('\t');
  if (ROW_NUMBER.test(cells[0].trim())) cells.shift();
  while (cells.length > 0 && cells[0].trim() === '') cells.shift();
  return cells.length === 0 ? null : cells.join('\t');
}
