// Row-by-row INSERT statements: what the benchmark measures the store's appenders
// (Store.replaceDocuments) against. The same rows (rows.ts) in the same transaction shape: the
// lookup of stored documents to replace, then every table in turn.

import { BIGINT, dateValue, INTEGER, LIST, listValue, timestampValue, VARCHAR, type DuckDBPreparedStatement } from '@duckdb/node-api';
import type { StoredDocument } from '../src/lib/server/store/document';
import { documentRows, ROW_TABLES, type Cell } from '../src/lib/server/store/rows';
import { columnTypes, type SqlType } from '../src/lib/server/store/schema';
import type { Store } from '../src/lib/server/store/store';

const LISTS = { 'VARCHAR[]': LIST(VARCHAR), 'INTEGER[]': LIST(INTEGER), 'BIGINT[]': LIST(BIGINT) };

const days = (iso: string) => {
  const [y, mo, d] = iso.split('-').map(Number);
  return Date.UTC(y, mo - 1, d) / 86_400_000;
};

function bindRow(s: DuckDBPreparedStatement, types: readonly SqlType[], row: Cell[]): void {
  types.forEach((type, i) => {
    const v = row[i];
    const at = i + 1;
    if (v === null || v === undefined) return s.bindNull(at);
    switch (type) {
      case 'VARCHAR': return s.bindVarchar(at, v as string);
      case 'INTEGER': return s.bindInteger(at, v as number);
      case 'BIGINT': return s.bindBigInt(at, BigInt(v as number));
      case 'BOOLEAN': return s.bindBoolean(at, v as boolean);
      case 'DATE': return s.bindDate(at, dateValue(days(v as string)));
      case 'TIMESTAMP': return s.bindTimestamp(at, timestampValue(BigInt((v as Date).getTime()) * 1000n));
      case 'BIGINT[]': return s.bindList(at, (v as number[]).map(BigInt), LISTS[type]);
      case 'INTEGER[]':
      case 'VARCHAR[]': return s.bindList(at, v as number[] | string[], LISTS[type]);
    }
  });
}

/**
 * Writes new documents (none stored yet, each once) in one transaction, a prepared INSERT per
 * table and one statement run per row.
 */
export async function insertDocuments(store: Store, docs: StoredDocument[]): Promise<void> {
  if (docs.length === 0) return;
  const c = store.connection;
  await c.run('BEGIN TRANSACTION');
  try {
    const stored = await c.runAndReadAll(
      `SELECT document_id FROM documents WHERE list_contains($ids, document_id) OR list_contains($paths, source_path)`,
      { ids: listValue(docs.map((d) => d.document_id)), paths: listValue(docs.map((d) => d.source_path)) },
      { ids: LIST(VARCHAR), paths: LIST(VARCHAR) }
    );
    if (stored.currentRowCount > 0) throw new Error('insertDocuments writes new documents only');
    const rows = docs.map(documentRows);
    for (const table of ROW_TABLES) {
      const types = columnTypes(table);
      const stmt = await c.prepare(`INSERT INTO ${table} VALUES (${types.map(() => '?').join(', ')})`);
      try {
        for (const r of rows)
          for (const row of r[table]) {
            bindRow(stmt, types, row);
            await stmt.run();
          }
      } finally {
        stmt.destroySync();
      }
    }
    await c.run('COMMIT');
  } catch (e) {
    await c.run('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
