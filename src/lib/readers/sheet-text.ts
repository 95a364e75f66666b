/**
 * Spreadsheets saved as text (Excel's 「Unicode テキスト」, a TSV export): TAB between cells, and a
 * cell holding line breaks written in quotes over several lines. Each record goes back on one line,
 * the breaks inside its cells kept as the reader's cell break, as a PDF table's cells are.
 */
import { parse } from 'csv-parse/sync';
import { CELL_BREAK } from './pdf-layout';

/** A TAB-separated export with a quoted cell running over lines (`…\t"健康課\nがん対策係"\t…`). */
export function isSheetText(text: string): boolean {
  const tabbed = text.split('\n').filter((l) => l.includes('\t')).length;
  return tabbed >= 3 && /(?:^|\t)"[^"\t]*\n/m.test(text);
}

/** One line per record; null when the text does not parse as TAB-separated records. */
export function sheetLines(text: string): string | null {
  try {
    const records = parse(text, { delimiter: '\t', quote: '"', relax_quotes: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    return records.map((cells) => cells.map((c) => c.replace(/\n/g, CELL_BREAK)).join('\t')).join('\n');
  } catch {
    return null;
  }
}
