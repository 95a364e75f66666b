// Ingestion orchestration: read → extract → tokenise → store, one transaction per file.
// The reader, tokenizer, store and clock are passed in so tests can use fakes.

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { analyzeDocument } from '../domain/analyze';
import { buildPostings, memoTokenizer, postingSections, type Tokenizer } from '../domain/postings';
import { cachedTokenizer } from '../domain/token-cache';
import type { DocumentMeta } from '../domain/types';
import type { StoredDocument, StoreWriter } from '../server/store/store';
import { collectFiles } from './files';
import { extensionOf, readDocument, type ReadResult } from './readers';
import { PreparePool } from './worker-pool';
import { matterSearch } from '../domain/search-text';

/**
 * Larger files are refused before they are read: no council document comes near these. PDFs carry
 * images and fonts, so they may be far bigger than their text.
 */
export const MAX_FILE_BYTES = { pdf: 256 * 1024 * 1024, other: 32 * 1024 * 1024 };
/** Text past this length is not one council document (about 4,000 pages). */
export const MAX_TEXT_CHARS = 8_000_000;

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
}

export interface IngestSummary {
  files: number;
  ok: number;
  failed: number;
  matters: number;
  items: number;
  safeguards: number;
  chars: number;
  elapsedMs: number;
  outcomes: FileOutcome[];
}

export interface PrepareDeps {
  tokenizer: Tokenizer;
  read?: (bytes: Uint8Array, path: string) => Promise<ReadResult>;
  readFile?: (path: string) => Promise<Uint8Array>;
  now?: () => Date;
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
  /** Worker threads that prepare documents; 0 (the default) prepares them in this thread. */
  workers?: number;
  /** Share one token cache across the run's documents (default true). */
  cache?: boolean;
  /** Documents written per transaction (default 32). */
  batch?: number;
}

/** Fewer files than this are prepared in this thread whatever `workers` says. */
export const MIN_FILES_FOR_WORKERS = 8;

export class IngestError extends Error {}

async function readBytes(file: string): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch((e: NodeJS.ErrnoException) => {
    throw new IngestError(e.code === 'ENOENT' ? 'file not found (deleted before it was read?)' : `cannot read: ${e.message}`);
  });
  if (!stat.isFile()) throw new IngestError('not a regular file');
  const pdf = extensionOf(file) === '.pdf';
  const limit = pdf ? MAX_FILE_BYTES.pdf : MAX_FILE_BYTES.other;
  if (stat.size > limit) throw new IngestError(`file too large (${(stat.size / 1048576).toFixed(0)} MB; ${pdf ? 'PDF' : 'text'} files are limited to ${limit / 1048576} MB)`);
  return fs.readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new IngestError(e.code === 'ENOENT' ? 'file not found (deleted before it was read?)' : `cannot read: ${e.message}`);
  });
}

/** Everything short of writing: the document as the store will hold it. */
export async function prepareDocument(file: string, bytes: Uint8Array, deps: PrepareDeps, meta: DocumentMeta): Promise<StoredDocument> {
  const read = await (deps.read ?? readDocument)(bytes, file);
  const length = read.pages.reduce((n, p) => n + p.length, 0);
  if (length > MAX_TEXT_CHARS) throw new IngestError(`too much text (${length.toLocaleString('en')} characters; one document is limited to ${MAX_TEXT_CHARS.toLocaleString('en')})`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const document_id = sha256.slice(0, 16);
  const tokenizer = memoTokenizer(deps.tokenizer);
  const matters = analyzeDocument(read.pages, tokenizer, meta);
  if (matters.length === 0) throw new IngestError('no council matter found (no 件名, data items or safeguards in the text)');
  const chars = length;
  return {
    document_id,
    source_path: file,
    format: read.format,
    sha256,
    pages: read.pages.length,
    chars,
    ingested_at: (deps.now ?? (() => new Date()))(),
    source_url: meta.url ?? null,
    encoding: read.encoding ?? null,
    bytes: bytes.byteLength,
    matters: matters.map((m) => ({
      ...m,
      matter_id: `${document_id}-${m.seq}`,
      postings: buildPostings(tokenizer, postingSections(m)),
      search: matterSearch(m.title, m.text)
    }))
  };
}

export async function prepareFile(file: string, deps: PrepareDeps, meta: DocumentMeta = {}): Promise<StoredDocument> {
  const bytes = await (deps.readFile ?? readBytes)(file);
  return prepareDocument(file, bytes, deps, meta);
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
    ms
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
 * Ingests files and folders. Documents are prepared in this thread or on worker threads, and written
 * in batches, one transaction each; if a batch fails its documents are retried one by one, so a bad
 * document fails alone and a stored one is never half-written.
 */
export async function ingestPaths(inputs: string[], deps: IngestDeps, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const { files, problems } = await collectFiles(inputs);
  const total = files.length;
  const cache = opts.cache ?? true;
  const batchSize = Math.max(1, opts.batch ?? 32);
  // Starting a worker (and its dictionary) costs about a second: not worth it for a few files.
  const workers = total < MIN_FILES_FOR_WORKERS ? 0 : Math.max(0, Math.min(opts.workers ?? 0, total));
  const results: FileOutcome[] = new Array(total);
  let done = 0;
  const report = (index: number, outcome: FileOutcome) => {
    results[index] = outcome;
    opts.onFile?.(outcome, ++done, total);
  };

  let pool: PreparePool | null = null;
  let prepare: (file: string, meta: DocumentMeta) => Promise<StoredDocument>;
  if (workers > 0) {
    pool = await PreparePool.start(workers, { cache });
    const now = deps.now;
    const p = pool;
    prepare = async (file, meta) => {
      const doc = await p.prepare(file, meta);
      return now ? { ...doc, ingested_at: now() } : doc;
    };
  } else {
    const base = typeof deps.tokenizer === 'function' ? await deps.tokenizer() : deps.tokenizer;
    const tokenizer = cache ? cachedTokenizer(base) : base;
    prepare = (file, meta) => prepareFile(file, { ...deps, tokenizer }, meta);
  }

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
  const lane = async () => {
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
        if (batch.length >= batchSize || batchChars > 4_000_000) await flush();
      } catch (e) {
        report(index, failedOutcome(file, e, performance.now() - started));
      }
    }
  };
  try {
    // Two files in flight per worker keep each busy while the main thread writes.
    await Promise.all(Array.from({ length: Math.max(1, workers * 2) }, lane));
    await flush();
  } finally {
    await pool?.close();
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
    elapsedMs: performance.now() - t0,
    outcomes
  };
}
