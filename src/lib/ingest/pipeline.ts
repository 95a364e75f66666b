// Ingestion orchestration: read → extract → tokenise → store, one transaction per file.
// The reader, tokenizer, store and clock are passed in so tests can use fakes.

import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { INGEST_DEFAULTS } from '../config';
import type { Tokenizer } from '../domain/tokens';
import type { DocumentMeta } from '../domain/types';
import type { StoredDocument, StoreWriter } from '../server/store/document';
import { cachedTokenizer } from '../tokenizer/token-cache';
import { collectFiles } from './files';
import { prepareFile, type PrepareDeps } from './prepare';
import { PreparePool } from './worker-pool';


export interface FileOutcome {
  path: string;
  ok: boolean;
  /** One line, for people, when the file failed. */
  reason?: string;
  document_id?: string;
  matters: number;
  items: number;
  safeguards: number;
  chars: number;
  ms: number;
  /** Set when the document was kept for review although no council form was recognised in it. */
  review?: string;
}

export interface IngestSummary {
  files: number;
  ok: number;
  failed: number;
  matters: number;
  items: number;
  safeguards: number;
  chars: number;
  /** Documents kept for review although no council form was recognised in them. */
  review: number;
  elapsedMs: number;
  outcomes: FileOutcome[];
  /** Worker threads that prepared documents alongside this thread (0 when none started). */
  workers: number;
  /** Why asked-for worker threads did not help (they failed to start): the run went on without them. */
  notes: string[];
}

export interface IngestDeps extends Omit<PrepareDeps, 'tokenizer'> {
  store: StoreWriter;
  /** A loader is called only when documents are prepared in this thread (worker threads load their own). */
  tokenizer: Tokenizer | (() => Promise<Tokenizer>);
}

export interface IngestOptions {
  meta?: { get(path: string): DocumentMeta };
  onStart?: (path: string, index: number, total: number) => void;
  /** Called as each file is stored or fails; `done` counts the files finished so far. */
  onFile?: (outcome: FileOutcome, done: number, total: number) => void;
  /**
   * Worker threads that prepare documents; 0 (the default) prepares them in this thread. 'auto': one
   * per core, or none for a run too small to pay for starting them.
   */
  workers?: number | 'auto';
  /** Share one token cache across the run's documents (default true). */
  cache?: boolean;
  /** Documents written per transaction (default INGEST_DEFAULTS.batchDocuments). */
  batch?: number;
  /** With workers, whether this thread prepares documents too (default true; false leaves them all to the workers). */
  prepareHere?: boolean;
  /** Starts the worker pool (tests replace it). */
  startPool?: (size: number, opts: { cache: boolean }) => Promise<PreparePool>;
}

const reasonOf = (e: unknown) => ((e as Error).message || String(e)).split('\n')[0];

function storedOutcome(doc: StoredDocument, ms: number): FileOutcome {
  return {
    path: doc.source_path,
    ok: true,
    document_id: doc.document_id,
    matters: doc.matters.length,
    items: doc.matters.reduce((n, m) => n + m.data_items.length, 0),
    safeguards: doc.matters.reduce((n, m) => n + m.safeguards.length, 0),
    chars: doc.chars,
    ms,
    ...(doc.matters.some((m) => m.review.includes('form_not_recognised')) ? { review: 'form not recognised, kept for review' } : {})
  };
}

const failedOutcome = (path: string, e: unknown, ms: number): FileOutcome => ({ path, ok: false, reason: reasonOf(e), matters: 0, items: 0, safeguards: 0, chars: 0, ms });

/** One file, prepared and written in its own transaction. */
export async function ingestFile(file: string, deps: PrepareDeps & { store: StoreWriter }, meta: DocumentMeta = {}): Promise<FileOutcome> {
  const t0 = performance.now();
  try {
    const doc = await prepareFile(file, deps, meta);
    await deps.store.replaceDocuments([doc]);
    return storedOutcome(doc, performance.now() - t0);
  } catch (e) {
    return failedOutcome(file, e, performance.now() - t0);
  }
}

interface Prepared {
  index: number;
  doc: StoredDocument;
  started: number;
}

/**
 * The worker threads a run uses: as many as asked, at most one per file and none for fewer files
 * than minFilesForWorkers. By default ('auto') none on fewer than minCoresForWorkers cores, else one
 * per core but one, since this thread prepares documents too; none for fewer bytes than
 * minBytesForWorkers.
 */
export function workerCount(files: number, bytes: number, requested: number | 'auto', cores = availableParallelism()): number {
  if (files < INGEST_DEFAULTS.minFilesForWorkers) return 0;
  if (requested === 'auto') return bytes < INGEST_DEFAULTS.minBytesForWorkers || cores < INGEST_DEFAULTS.minCoresForWorkers ? 0 : Math.min(cores - 1, files);
  return Math.max(0, Math.min(requested, files));
}

/**
 * Ingests files and folders. Documents are prepared in this thread or on worker threads, and written
 * in batches, one transaction each; if a batch fails its documents are retried one by one, so a bad
 * document fails alone and a stored one is never half-written.
 */
export async function ingestPaths(inputs: string[], deps: IngestDeps, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const { files, problems } = await collectFiles(inputs);
  const total = files.length;
  const cache = opts.cache ?? true;
  const batchSize = Math.max(1, opts.batch ?? INGEST_DEFAULTS.batchDocuments);
  const sizes = await Promise.all(files.map((f) => stat(f).then((st) => st.size, () => 0)));
  const workers = workerCount(total, sizes.reduce((a, b) => a + b, 0), opts.workers ?? 0);
  const results: FileOutcome[] = new Array(total);
  let done = 0;
  const report = (index: number, outcome: FileOutcome) => {
    results[index] = outcome;
    opts.onFile?.(outcome, ++done, total);
  };

  // This thread always prepares documents. Worker threads start beside it and join in when ready
  // (starting one and warming its modules takes seconds): a run never waits for them, so asking
  // for workers is never slower than one thread by their start-up.
  const here = workers === 0 || opts.prepareHere !== false;
  let tokenizer: Tokenizer | null = null;
  const local = async (): Promise<Tokenizer> => {
    if (!tokenizer) {
      const base = typeof deps.tokenizer === 'function' ? await deps.tokenizer() : deps.tokenizer;
      tokenizer = cache ? cachedTokenizer(base) : base;
    }
    return tokenizer;
  };
  if (here) await local();
  const prepareHere = async (file: string, meta: DocumentMeta) => prepareFile(file, { ...deps, tokenizer: await local() }, meta);
  const notes: string[] = [];
  let pool: PreparePool | null = null;
  const starting =
    workers > 0
      ? (opts.startPool ?? ((n, o) => PreparePool.start(n, o)))(workers, { cache }).then(
          (p) => (pool = p),
          (e) => {
            notes.push(`${reasonOf(e)}; documents were prepared in the main thread only`);
            return null;
          }
        )
      : Promise.resolve(null);
  const prepareOnPool = (p: PreparePool) => async (file: string, meta: DocumentMeta) => {
    const doc = await p.prepare(file, meta);
    return deps.now ? { ...doc, ingested_at: deps.now() } : doc;
  };

  const writeBatch = async (items: Prepared[]): Promise<void> => {
    try {
      await deps.store.replaceDocuments(items.map((i) => i.doc));
      for (const i of items) report(i.index, storedOutcome(i.doc, performance.now() - i.started));
    } catch (e) {
      if (items.length === 1) report(items[0].index, failedOutcome(items[0].doc.source_path, e, performance.now() - items[0].started));
      else for (const i of items) await writeBatch([i]);
    }
  };
  // Writes run one after another on the store's single connection.
  let writing = Promise.resolve();
  let batch: Prepared[] = [];
  let batchChars = 0;
  const flush = () => {
    const items = batch;
    batch = [];
    batchChars = 0;
    if (items.length > 0) writing = writing.then(() => writeBatch(items));
    return writing;
  };

  let next = 0;
  const lane = async (prepare: (file: string, meta: DocumentMeta) => Promise<StoredDocument>) => {
    while (next < total) {
      const index = next++;
      const file = files[index];
      opts.onStart?.(file, index, total);
      const started = performance.now();
      try {
        const doc = await prepare(file, opts.meta?.get(file) ?? {});
        batch.push({ index, doc, started });
        batchChars += doc.chars;
        // Bounded by characters too, so a batch of long documents does not pile up in memory.
        if (batch.length >= batchSize || batchChars > INGEST_DEFAULTS.batchChars) await flush();
      } catch (e) {
        report(index, failedOutcome(file, e, performance.now() - started));
      }
    }
  };
  try {
    // Two files in flight per worker keep each busy while the main thread writes.
    const onWorkers = starting.then((p) => (p ? Promise.all(Array.from({ length: workers * 2 }, () => lane(prepareOnPool(p)))) : undefined));
    await Promise.all([here ? lane(prepareHere) : undefined, onWorkers]);
    // Workers asked to do everything that could not start: this thread does it after all.
    if (next < total) await lane(prepareHere);
    await flush();
  } finally {
    // A pool still starting when the files ran out is closed once it is up.
    await starting;
    await (pool as PreparePool | null)?.close();
  }

  const outcomes: FileOutcome[] = [...problems.map((p) => failedOutcome(p.path, new Error(p.reason), 0)), ...results];
  const ok = outcomes.filter((o) => o.ok);
  return {
    files: outcomes.length,
    ok: ok.length,
    failed: outcomes.length - ok.length,
    matters: ok.reduce((n, o) => n + o.matters, 0),
    items: ok.reduce((n, o) => n + o.items, 0),
    safeguards: ok.reduce((n, o) => n + o.safeguards, 0),
    chars: ok.reduce((n, o) => n + o.chars, 0),
    review: ok.filter((o) => o.review).length,
    elapsedMs: performance.now() - t0,
    outcomes,
    workers: (pool as PreparePool | null) ? workers : 0,
    notes
  };
}
