// Which tables an open store has, asked once per store: a snapshot published by an older version
// lacks the newer derived tables, and a store opened directly has none.

import type { Store } from './store';

const known = new WeakMap<Store, Promise<Set<string>>>();

/** The names of the tables in the store's main schema. */
export function tablesOf(store: Store): Promise<Set<string>> {
  let tables = known.get(store);
  if (!tables) {
    tables = store
      .all<{ table_name: string }>(`SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'`)
      .then((rows) => new Set(rows.map((r) => r.table_name)));
    // A failed look-up is not remembered: the next request asks again.
    tables.catch(() => known.delete(store));
    known.set(store, tables);
  }
  return tables;
}

/** Whether the store has every one of the tables. */
export async function hasTables(store: Store, names: readonly string[]): Promise<boolean> {
  const tables = await tablesOf(store);
  return names.every((n) => tables.has(n));
}
