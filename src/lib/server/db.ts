// The server's read-only view of the store: the snapshot that ingestion publishes (snapshot.ts), or,
// when ATLAS_PARQUET names Parquet exports (parquet.ts), an in-memory store over them. Each request
// checks, with a stat or two, whether a newer snapshot or export was published and then moves to
// it; requests already running finish on the previous store, which is closed a while later.
//
// A snapshot that cannot be served (removed, overwritten, corrupt, or not copied for want of disk)
// never takes the server down: it keeps answering from the last good one, says so on every page
// (storeNotice) and in the log, tries to rebuild the snapshot from the store in the background, and
// moves on as soon as a good snapshot is published. It reads its own copy of each snapshot
// (serving-copy.ts), so the file changing under it cannot corrupt what it serves.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { error } from '@sveltejs/kit';
import { setting } from './env';
import { manifestKey, openParquet } from './store/parquet';
import { createSnapshot, snapshotKey, snapshotPath } from './store/snapshot';
import { peerPrecedents } from './store/gaps';
import { warmSimilarity } from './store/similar';
import { matterDetail } from './store/queries';
import { searchMatters, warmTextIndex } from './store/search';
import { factsCube } from './store/facts-cube';
import { getTokenizer } from './analyzer';
import { getDraftAnalyzer } from './draft-analyzer';
import { matterLineage } from './lineage';
import { Store } from './store/store';
import { removeCopy, removeStaleCopies, servingCopy } from './serving-copy';

/** How long a replaced store stays open for requests that started on it. */
const RETIRE_AFTER_MS = 60_000;

/** Parquet mode: `source` is ATLAS_PARQUET, `manifests` the files whose change means a re-export. */
let current: { key: string; store: Store; source?: string; manifests?: string[]; warm: boolean; copy?: string } | null = null;
let opening: Promise<Store> | null = null;

/** Why the server answers from an older snapshot than the one published, and since when. */
export interface StoreNotice {
  reason: string;
  /** ISO time the served data was opened. */
  servingSince: string;
}
let notice: StoreNotice | null = null;
/** The published snapshot that failed (its key), tried again once it changes or after a while (a disk freed). */
let failed: { key: string | null; at: number } | null = null;
const RETRY_FAILED_MS = 15_000;
const failedRecently = (key: string | null) => failed !== null && failed.key === key && Date.now() - failed.at < RETRY_FAILED_MS;
let openedAt = '';

/** Set while the server answers from its last good snapshot rather than the published one. */
export const storeNotice = (): StoreNotice | null => notice;

/** ATLAS_DB (config.ts); process.env, not $env: this module is also type-checked outside SvelteKit (tsconfig.scripts.json). */
export function storePath(): string {
  return path.resolve(setting('db'));
}

/** ATLAS_PARQUET: comma-separated export roots (folders, globs, s3:// or https:// URLs); unset means the DuckDB store. */
export function parquetSource(): string | null {
  return setting('parquet').trim() || null;
}

/** ATLAS_DUCKDB_READERS, at least 1. */
function readerCount(): number {
  const n = Number.parseInt(setting('duckdbReaders'), 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 32) : 1;
}

function use(key: string, store: Store, parquet?: { source: string; manifests: string[] }, copy?: string): Store {
  const previous = current;
  const opened = { key, store, ...parquet, warm: false, ...(copy ? { copy } : {}) };
  current = opened;
  notice = null;
  failed = null;
  openedAt = new Date().toISOString();
  // In the background, before /api/ready says so: the first matter page should not pay for loading
  // the similarity index, the first gap list for the precedents, the first search for the dictionary,
  // nor the first draft check for its worker thread, nor the first dashboard for the facts cube.
  void Promise.all([factsCube(store), warmSimilarity(store), peerPrecedents(store).catch(() => undefined), warmSearch(store), getDraftAnalyzer().catch(() => undefined)])
    .then(() => warmMatterPage(store))
    .then(() => (opened.warm = true));
  if (previous) {
    setTimeout(() => {
      void previous.store.closeWhenIdle().then(() => {
        if (previous.copy) removeCopy(previous.copy);
      });
    }, RETIRE_AFTER_MS).unref();
  }
  return store;
}

/** The search the warm-up asks, and readiness's warm-up of the views after it (warm-routes.ts). */
export const WARM_QUERY = '個人情報 委託';

/**
 * The tokenizer's dictionary (a few seconds to load) and one search's tables: the first search
 * after start should be as quick as the next. Its answer is remembered like any other.
 */
async function warmSearch(store: Store): Promise<void> {
  try {
    await searchMatters(store, await getTokenizer(), { q: WARM_QUERY, limit: 1 });
    await warmTextIndex(store);
  } catch {
    // A store without search tables answers its own error on the first search.
  }
}

/**
 * One matter page's queries, answered once: the first read of each per-matter table loads it, and
 * that should not be the first user's wait.
 */
async function warmMatterPage(store: Store): Promise<void> {
  try {
    const [m] = await store.all<{ matter_id: string }>('SELECT matter_id FROM matters ORDER BY matter_id LIMIT 1');
    if (m) await Promise.all([matterDetail(store, m.matter_id), matterLineage(store, m.matter_id)]);
  } catch {
    // A store the pages cannot read says so on the first request; warming it is not the place.
  }
}

/** A reason in Japanese for a snapshot that could not be served. */
function failureReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOSPC') return 'ディスクの空きが足りず、新しいスナップショットを読み込めません';
  const message = err instanceof Error ? err.message.split('\n')[0] : String(e);
  return `新しいスナップショットを開けません（${message}）`;
}

/** Copies the published snapshot, opens the copy and reads it once: throws when it cannot be served. */
async function openSnapshot(db: string): Promise<{ store: Store; copy?: string; current: boolean }> {
  const snapshot = snapshotPath(db);
  removeStaleCopies(snapshot);
  const { file, copied } = servingCopy(snapshot);
  let store: Store | null = null;
  try {
    store = await Store.open(file, { readOnly: true, immutable: true });
    // A file DuckDB opens may still be damaged further in: read the main table through.
    await store.all('SELECT count(*) AS n, max(matter_id) AS last FROM matters');
    const fresh = await store.derivedCurrent();
    return { store, current: fresh, ...(copied ? { copy: file } : {}) };
  } catch (e) {
    store?.close();
    if (copied) removeCopy(file);
    throw e;
  }
}

let rebuilding: Promise<unknown> | null = null;
/** Publishes a new snapshot from the store (which may still be good), once at a time, in the background. */
function rebuildInBackground(db: string): void {
  if (rebuilding || !existsSync(db)) return;
  rebuilding = createSnapshot(db)
    .then(() => console.error(`store: rebuilt ${snapshotPath(db)} from ${db}`))
    .catch((e: unknown) => console.error(`store: cannot rebuild ${snapshotPath(db)} from ${db}: ${(e as Error).message.split('\n')[0]}`))
    .finally(() => (rebuilding = null));
}

/** Keeps serving the last good store, saying why, when there is one. */
function keepServing(reason: string, key: string | null): Store | null {
  if (!current || current.source) return null;
  if (notice?.reason !== reason) console.error(`store: ${reason}; answering from the snapshot opened at ${openedAt}`);
  notice = { reason, servingSince: openedAt };
  failed = { key, at: Date.now() };
  return current.store;
}

async function openLatest(db: string): Promise<Store> {
  let key = snapshotKey(db);
  if (key === null) {
    // Removed while serving: the open copy still holds the data.
    const kept = keepServing('スナップショットが見つかりません', null);
    if (kept) {
      rebuildInBackground(db);
      return kept;
    }
    if (!existsSync(db)) error(503, `データストアがありません: ${db}。npm run ingest で作成してください。`);
    try {
      await createSnapshot(db);
    } catch {
      error(503, 'データを更新中です。しばらくしてから再読み込みしてください。');
    }
    key = snapshotKey(db);
  }
  if (current && !current.source && current.key === key) return current.store;
  if (current && !current.source && failedRecently(key)) return current.store;
  let opened;
  try {
    opened = await openSnapshot(db);
    if (!opened.current) {
      // Published by an older version: its derived tables are missing or stale. Copy the store again.
      opened.store.close();
      if (opened.copy) removeCopy(opened.copy);
      await createSnapshot(db);
      key = snapshotKey(db);
      opened = await openSnapshot(db);
    }
  } catch (e) {
    const reason = failureReason(e);
    const kept = keepServing(reason, key);
    if (kept) {
      rebuildInBackground(db);
      return kept;
    }
    // Nothing served yet: the store itself may still be good.
    console.error(`store: ${reason}; rebuilding the snapshot from ${db}`);
    try {
      await createSnapshot(db);
      key = snapshotKey(db);
      opened = await openSnapshot(db);
    } catch (again) {
      console.error(`store: cannot serve ${db}: ${(again as Error).message.split('\n')[0]}`);
      error(503, `データを読み込めません。管理者にお知らせください（${reason}）。`);
    }
  }
  await opened.store.readers(readerCount());
  return use(key as string, opened.store, undefined, opened.copy);
}

async function openParquetLatest(source: string): Promise<Store> {
  let opened;
  try {
    opened = await openParquet(source, { readers: readerCount() });
  } catch (e) {
    error(503, `Parquet のデータを開けません: ${(e as Error).message}`);
  }
  // A null key (a manifest vanished while opening: a re-export being swapped in) reopens next time.
  return use(opened.key ?? `unsettled-${Date.now()}`, opened.store, { source, manifests: opened.exports.map((x) => x.file) });
}

export function getStore(): Promise<Store> {
  const parquet = parquetSource();
  if (parquet) {
    if (current?.manifests && current.source === parquet) {
      const key = manifestKey(current.manifests);
      // Null: a manifest is missing right now (a re-export's swap); keep serving the open store.
      if (key === null || key === current.key) return Promise.resolve(current.store);
    }
    // Re-exports are noticed by the manifests found at open; new folders matching a glob need a restart.
    opening ??= openParquetLatest(parquet).finally(() => (opening = null));
    return opening;
  }
  const db = storePath();
  const key = snapshotKey(db);
  if (current && !current.source && (key === current.key || failedRecently(key))) return Promise.resolve(current.store);
  // One open at a time: concurrent requests share it.
  opening ??= openLatest(db).finally(() => (opening = null));
  return opening;
}

/**
 * Whether the server answers at full speed: the current store is open and its similarity index
 * loaded. Opens the store when none is (and throws as getStore does when there is none to open).
 */
export async function isReady(): Promise<boolean> {
  const store = await getStore();
  return current?.store === store && current.warm;
}

// adapter-node emits this after its graceful shutdown.
process.once('sveltekit:shutdown', () => {
  const last = current;
  current = null;
  // Warm-ups and the answers of requests cut off may still be running on it (store.ts).
  void last?.store.closeWhenIdle().then(() => {
    if (last.copy) removeCopy(last.copy);
  });
});
