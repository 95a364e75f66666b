// The app reads a snapshot of the store, never the store itself: DuckDB lets one process write a
// file and a reader's lock would block the writer. Ingestion commits each file to the store and,
// when its run completes, publishes a consistent copy next to it (`<store>.snapshot`) with an
// atomic rename; the app notices the new file and moves to it. Every snapshot applies people's
// corrections (ATLAS_CORRECTIONS) on top of the store's rows before its derived tables are built.

import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Correction } from '../../domain/corrections';
import { readCorrections } from '../corrections-file';
import { applyCorrections } from './corrections';
import { buildDerived } from './derived';
import type { Store } from './store';

export interface SnapshotOptions {
  /** The corrections to apply; by default the corrections file's (ATLAS_CORRECTIONS). */
  corrections?: readonly Correction[];
}

export const snapshotPath = (db: string) => `${db}.snapshot`;

/** Identifies one published snapshot: a new rename gives a new inode. */
export function snapshotKey(db: string): string | null {
  try {
    const s = statSync(snapshotPath(db));
    return `${s.ino}:${s.mtimeMs}:${s.size}`;
  } catch {
    return null;
  }
}

async function copyInto(connection: Store['connection'], source: string, target: string, opts: SnapshotOptions): Promise<void> {
  // Read first: a broken corrections file stops the publish before anything is copied.
  const corrections = opts.corrections ?? readCorrections();
  const tmp = `${target}.tmp-${process.pid}-${Date.now()}`;
  rmSync(tmp, { force: true });
  try {
    await connection.run(`ATTACH '${tmp.replaceAll("'", "''")}' AS atlas_snapshot`);
    // The source's name comes from DuckDB itself, quoted as an identifier.
    await connection.run(`COPY FROM DATABASE "${source.replaceAll('"', '""')}" TO atlas_snapshot`);
    const [{ name }] = (await connection.runAndReadAll('SELECT current_database() AS name')).getRowObjectsJson() as { name: string }[];
    await connection.run('USE atlas_snapshot');
    try {
      await applyCorrections(connection, corrections);
      await buildDerived((sql) => connection.run(sql));
    } finally {
      await connection.run(`USE "${name.replaceAll('"', '""')}"`);
    }
    await connection.run('DETACH atlas_snapshot');
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}.wal`, { force: true });
  }
}

/** Writer side: copies the open store, in its committed state, to its snapshot. */
export async function publishSnapshot(store: Store, opts: SnapshotOptions = {}): Promise<string> {
  const [{ name }] = await store.all<{ name: string }>('SELECT current_database() AS name');
  const target = snapshotPath(store.path);
  await copyInto(store.connection, name, target, opts);
  return target;
}

/**
 * Reader side, for a store that has never published one (made by an older version, or by hand):
 * opens the store read-only just long enough to copy it. Fails while a writer holds the store.
 */
export async function createSnapshot(db: string, opts: SnapshotOptions = {}): Promise<string> {
  if (!existsSync(db)) throw new Error(`no store at ${db}`);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`ATTACH '${db.replaceAll("'", "''")}' AS atlas_source (READ_ONLY)`);
    const target = snapshotPath(db);
    await copyInto(connection, 'atlas_source', target, opts);
    return target;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
