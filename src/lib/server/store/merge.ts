// Many Parquet exports merged into one store file (npm run merge): the national corpus served like
// any store, from its snapshot on disk, with DuckDB's capped buffer pool, instead of loaded into
// memory at every open as ATLAS_PARQUET does. The exports are checked as the Parquet reader checks
// them (manifests, schema version, row counts, no document twice); the store is written to a
// sibling file with its snapshot and both are renamed into place only when complete.

import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkRowCount, EXPORTED_TABLES, exportedRows, loadManifests, parseRoots } from './parquet';
import { publishSnapshot, snapshotPath } from './snapshot';
import { Store } from './store';

/** The store_info key that marks a store written by merge (and says from what). */
export const MERGED_FROM = 'merged_from';

export interface MergeOptions {
  /** Replace `out` when it is a store an earlier merge wrote. */
  force?: boolean;
  /** One line per step, for the command's progress. */
  progress?: (line: string) => void;
}

export interface MergeResult {
  out: string;
  exports: string[];
  tables: Record<string, number>;
  ms: number;
}

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

/** Whether the file at `out` is a store written by merge (only such a store may be replaced). */
async function isMerged(out: string): Promise<boolean> {
  let store: Store | null = null;
  try {
    store = await Store.open(out, { readOnly: true, waitMs: 0 });
    const rows = await store.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM store_info WHERE key = $key`, { key: MERGED_FROM });
    return rows[0]?.n === 1;
  } catch {
    return false;
  } finally {
    store?.close();
  }
}

const removeStore = (file: string) => {
  for (const f of [file, `${file}.wal`, snapshotPath(file)]) rmSync(f, { force: true });
};

/** Merges the exports at `roots` (folders or globs, as ATLAS_PARQUET takes them) into the store file `out`. */
export async function mergeExports(roots: string[], out: string, opts: MergeOptions = {}): Promise<MergeResult> {
  const t0 = performance.now();
  const say = opts.progress ?? (() => undefined);
  const list = roots.flatMap(parseRoots);
  if (list.length === 0) throw new Error('no export given');
  const target = path.resolve(out);
  if (existsSync(target)) {
    if (!opts.force) throw new Error(`${target} already exists; use --force to replace a store an earlier merge wrote`);
    if (!(await isMerged(target))) throw new Error(`${target} is not a store written by npm run merge (or another process holds it); it is left as it is`);
  }
  const tmp = `${target}.tmp-${process.pid}-${Date.now()}`;
  let store: Store | null = null;
  try {
    store = await Store.open(tmp);
    const { exports } = await loadManifests(store, list);
    const names = exports.map((x) => x.root);
    say(`${exports.length} export(s): ${names.join(', ')}`);
    const c = store.connection;
    const tables: Record<string, number> = {};
    await c.run('BEGIN TRANSACTION');
    // Checked before any row goes in: the store's key would refuse a twin, with a less helpful message.
    const [dup] = await store.all<{ document_id: string }>(`SELECT document_id FROM (${exportedRows(exports, 'documents')}) GROUP BY document_id HAVING count(*) > 1 LIMIT 1`);
    if (dup) throw new Error(`document ${dup.document_id} is in more than one of ${names.join(', ')}: give each document to one export only`);
    for (const t of EXPORTED_TABLES) {
      let n: number;
      try {
        const before = performance.now();
        await c.run(`INSERT INTO "${t}" ${exportedRows(exports, t)}`);
        [{ n }] = await store.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${t}"`);
        say(`${t.padEnd(20)} ${n} row(s) in ${((performance.now() - before) / 1000).toFixed(1)} s`);
      } catch (e) {
        throw new Error(`cannot read table ${t} of ${names.join(', ')}: ${firstLine(e)}`);
      }
      checkRowCount(exports, t, n);
      tables[t] = n;
    }
    await c.run(`INSERT OR REPLACE INTO store_info VALUES ($key, $value)`, { key: MERGED_FROM, value: JSON.stringify(exports.map((x) => ({ root: x.root, exported_at: x.manifest.exported_at, source: x.manifest.source }))) });
    await c.run('COMMIT');
    say('publishing the snapshot (derived tables)');
    await publishSnapshot(store);
    store.close();
    store = null;
    // The store first, then its snapshot: a server watching `out` moves to the new snapshot.
    const old = existsSync(target) ? `${target}.old-${process.pid}-${Date.now()}` : null;
    if (old) {
      renameSync(target, old);
      rmSync(`${target}.wal`, { force: true });
    }
    try {
      renameSync(tmp, target);
    } catch (e) {
      if (old) renameSync(old, target);
      throw e;
    }
    renameSync(snapshotPath(tmp), snapshotPath(target));
    if (old) removeStore(old);
    return { out: target, exports: names, tables, ms: performance.now() - t0 };
  } catch (e) {
    store?.close();
    throw e;
  } finally {
    removeStore(tmp);
  }
}
