// Benchmark stores: a copy of a store with every document and matter repeated, ids suffixed, so
// search and the dashboard can be measured at ten thousand matters from a real store of fewer.
// The copy is migrated and published like any store (its snapshot has the derived tables).

import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { MATTER_TABLES } from './schema';
import { publishSnapshot, snapshotPath } from './snapshot';
import { Store } from './store';

/** Copies `source` to `target` with `copies` times its rows (1 = a plain copy); returns the matters. */
export async function replicateStore(source: string, target: string, copies: number): Promise<number> {
  if (!existsSync(source)) throw new Error(`no store at ${source}`);
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`copies must be a positive integer, got ${copies}`);
  for (const f of [target, `${target}.wal`, snapshotPath(target)]) rmSync(f, { force: true });
  copyFileSync(source, target);
  const store = await Store.open(target);
  try {
    const c = store.connection;
    await c.run('BEGIN TRANSACTION');
    // Copies of the original rows only (ids without a suffix are the originals of this run).
    await c.run(`CREATE TEMP TABLE original_matters AS SELECT matter_id FROM matters`);
    await c.run(`CREATE TEMP TABLE original_documents AS SELECT document_id FROM documents`);
    for (let r = 1; r < copies; r++) {
      const suffix = { suffix: `-r${r}` };
      await c.run(
        `INSERT INTO documents SELECT * REPLACE (document_id || $suffix AS document_id, source_path || $suffix AS source_path) FROM documents WHERE document_id IN (SELECT document_id FROM original_documents)`,
        suffix
      );
      await c.run(
        `INSERT INTO matters SELECT * REPLACE (matter_id || $suffix AS matter_id, document_id || $suffix AS document_id) FROM matters WHERE matter_id IN (SELECT matter_id FROM original_matters)`,
        suffix
      );
      // Table names come from the schema's own list.
      for (const t of MATTER_TABLES) await c.run(`INSERT INTO ${t} SELECT * REPLACE (matter_id || $suffix AS matter_id) FROM ${t} WHERE matter_id IN (SELECT matter_id FROM original_matters)`, suffix);
    }
    await c.run('COMMIT');
    await c.run('DROP TABLE original_matters');
    await c.run('DROP TABLE original_documents');
    await publishSnapshot(store);
    const [{ n }] = await store.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM matters');
    return n;
  } finally {
    store.close();
  }
}
