// The server's read-only view of the store: the snapshot that ingestion publishes (snapshot.ts).
// Each request checks, with one stat, whether a newer snapshot was published and then moves to it;
// requests already running finish on the previous one, which is closed a while later.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { error } from '@sveltejs/kit';
import { createSnapshot, snapshotKey, snapshotPath } from './store/snapshot';
import { Store } from './store/store';

// Not imported from the ingest CLI: that would pull the tokenizer into the server bundle.
const DEFAULT_DB = 'data/council.duckdb';
/** How long a replaced snapshot stays open for requests that started on it. */
const RETIRE_AFTER_MS = 60_000;

let current: { key: string; store: Store } | null = null;
let opening: Promise<Store> | null = null;

/** process.env, not $env: this module is also type-checked outside SvelteKit (tsconfig.scripts.json). */
export function storePath(): string {
  return path.resolve(process.env.ATLAS_DB || DEFAULT_DB);
}

async function openLatest(db: string): Promise<Store> {
  let key = snapshotKey(db);
  if (key === null) {
    if (!existsSync(db)) error(503, `データストアがありません: ${db}。npm run ingest で作成してください。`);
    try {
      await createSnapshot(db);
    } catch {
      error(503, 'データを更新中です。しばらくしてから再読み込みしてください。');
    }
    key = snapshotKey(db);
  }
  if (current && current.key === key) return current.store;
  let store = await Store.open(snapshotPath(db), { readOnly: true, immutable: true });
  if (!(await store.derivedCurrent())) {
    // Published by an older version: its derived tables are missing or stale. Copy the store again.
    store.close();
    try {
      await createSnapshot(db);
    } catch {
      error(503, 'データを更新中です。しばらくしてから再読み込みしてください。');
    }
    key = snapshotKey(db);
    store = await Store.open(snapshotPath(db), { readOnly: true, immutable: true });
  }
  const previous = current;
  current = { key: key as string, store };
  if (previous) setTimeout(() => previous.store.close(), RETIRE_AFTER_MS).unref();
  return store;
}

export function getStore(): Promise<Store> {
  const db = storePath();
  const key = snapshotKey(db);
  if (current && key === current.key) return Promise.resolve(current.store);
  // One open at a time: concurrent requests share it.
  opening ??= openLatest(db).finally(() => (opening = null));
  return opening;
}

// adapter-node emits this after its graceful shutdown.
process.once('sveltekit:shutdown', () => {
  current?.store.close();
  current = null;
});
