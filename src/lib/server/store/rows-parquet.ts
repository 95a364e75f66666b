// A few hundred rows of plain values (a report's numbers) as one Parquet file, through an in-memory
// DuckDB: the publishing pack's data folder.

import { Store } from './store';

type Cell = string | number | boolean | null;

/** A column's SQL type from its values: whole numbers, numbers, booleans, or text. */
function sqlType(values: Cell[]): 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR' {
  const present = values.filter((v) => v !== null);
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return present.every((v) => Number.isInteger(v)) ? 'BIGINT' : 'DOUBLE';
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'BOOLEAN';
  return 'VARCHAR';
}

/** Column names are written quoted; the file path as a literal (COPY takes no parameter for it). */
const quoteId = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLit = (s: string) => `'${s.replaceAll("'", "''")}'`;

export async function writeParquetRows(file: string, columns: readonly string[], rows: Record<string, unknown>[]): Promise<void> {
  const store = await Store.openMemory(`parquet ${file}`);
  try {
    const cells = rows.map((r) => columns.map((c) => (r[c] === undefined ? null : (r[c] as Cell))));
    const types = columns.map((_, i) => sqlType(cells.map((row) => row[i])));
    await store.connection.run(`CREATE TABLE t (${columns.map((c, i) => `${quoteId(c)} ${types[i]}`).join(', ')})`);
    const placeholders = columns.map(() => '?').join(', ');
    await store.connection.run('BEGIN TRANSACTION');
    for (const row of cells) {
      // Text columns take every value as text (a label may look like a number in one row only).
      await store.connection.run(`INSERT INTO t VALUES (${placeholders})`, row.map((v, i) => (v === null ? null : types[i] === 'VARCHAR' ? String(v) : v)));
    }
    await store.connection.run('COMMIT');
    await store.connection.run(`COPY t TO ${quoteLit(file)} (FORMAT parquet)`);
  } finally {
    store.close();
  }
}
