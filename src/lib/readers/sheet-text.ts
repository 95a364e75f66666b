/**
 * Spreadsheets saved as text (Excel's 「Unicode テキスト」, a TSV export, or its CSV): TAB or a comma
 * between cells, and a cell holding line breaks written in quotes over several lines. Each record goes back on one line,
 * the breaks inside its cells kept as the reader's cell break, as a PDF table's cells are.
 */
import { parse } from 'csv-parse/sync';
import { CELL_BREAK } from './pdf-layout';

/**
 * The cell separator of a sheet saved as text, or null: TAB for a TAB-separated export with a
 * quoted cell running over lines (`…\t"健康課\nがん対策係"\t…`); a comma for Excel's CSV (three or
 * more lines of five cells or more, a quoted cell among them: Japanese prose parts its words with
 * 、, not commas).
 */
export function sheetDelimiter(text: string): '\t' | ',' | null {
  const lines = text.split('\n');
  if (lines.filter((l) => l.includes('\t')).length >= 3 && /(?:^|\t)"[^"\t]*\n/m.test(text)) return '\t';
  if (lines.filter((l) => (l.match(/,/g)?.length ?? 0) >= 4).length >= 3 && /(?:^|,)"[^"]*(?:"|\n)/m.test(text)) return ',';
  return null;
}

/** One line per record, cells parted by TAB; null when the text does not parse as records. */
export function sheetLines(text: string, delimiter: '\t' | ',' = '\t'): string | null {
  try {
    const records = parse(text, { delimiter, quote: '"', relax_quotes: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    return records.map((cells) => cells.map((c) => c.replace(/\n/g, CELL_BREAK)).join('\t')).join('\n');
  } catch {
    return null;
  }
}
