// CSV as the twins and the chart downloads write it: UTF-8 with a BOM (Excel detects the encoding
// from it), CRLF rows, a header row. Shared by the server and the browser.

// The browser build: the default one needs Node's Buffer, and this module runs in both.
import { stringify } from 'csv-stringify/browser/esm/sync';

/**
 * Document text may start with `=`, `+`, `-` or `@`; a spreadsheet would run it as a formula.
 * A leading apostrophe keeps it text.
 */
const FORMULA = /^[=+\-@\t\r]/;

function cellValue(v: unknown): string {
  // A number is a number, negative or not: only text can smuggle a formula.
  if (typeof v === 'number') return String(v);
  const s = v == null ? '' : Array.isArray(v) ? v.join(';') : String(v);
  return FORMULA.test(s) ? `'${s}` : s;
}

export function toCsv<T>(columns: readonly (keyof T & string)[], rows: T[]): string {
  const body = stringify(
    rows.map((r) => columns.map((c) => cellValue(r[c]))),
    { header: true, columns: [...columns], record_delimiter: '\r\n' }
  );
  return '\uFEFF' + body;
}
