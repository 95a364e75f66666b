// Ingestion at scale (npm run bench): generated documents, the stock-kuromoji ceiling, and the
// techniques that beat it, each measured on its own.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { INGEST_DEFAULTS } from '../src/lib/config';
import type { Tokenizer } from '../src/lib/domain/tokens';
import { cachedTokenizer } from '../src/lib/tokenizer/token-cache';
import { parseSentenceSet } from '../eval/classifier/metrics';
import { generateCorpus } from '../eval/generator/corpus';
import { prepareFile } from '../src/lib/ingest/prepare';
import { readDocument } from '../src/lib/readers';
import type { StoredDocument } from '../src/lib/server/store/document';
import { Store } from '../src/lib/server/store/store';
import { insertDocuments } from './insert-writer';

export interface CorpusInfo {
  dir: string;
  docs: number;
  matters: number;
  bytes: number;
}

/** Writes `documents` generated documents (text, HTML, Markdown) to `dir`. */
export function writeCorpus(dir: string, documents: number, sentencesTsv: string, seed = 6): CorpusInfo {
  const docs = generateCorpus({ matters: documents * 4, documents, seed, sentences: parseSentenceSet(sentencesTsv) });
  let bytes = 0;
  for (const d of docs) {
    writeFileSync(path.join(dir, `${d.stem}.${d.ext}`), d.bytes);
    bytes += d.bytes.length;
  }
  return { dir, docs: docs.length, matters: docs.reduce((n, d) => n + d.gold.matters.length, 0), bytes };
}

const filesOf = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.(txt|html?|md)$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));

export interface Ceiling {
  seconds: number;
  docs_per_s: number;
  chars: number;
}

/**
 * The ceiling the issue defines: stock kuromoji 0.1.2 alone, one thread, tokenising the documents'
 * text line by line (after reading, which it does not time).
 */
export async function stockCeiling(dir: string, stock: Tokenizer): Promise<Ceiling> {
  const lines: string[] = [];
  const files = filesOf(dir);
  for (const f of files) for (const page of (await readDocument(readFileSync(f), f)).pages) for (const l of page.split('\n')) if (l.trim()) lines.push(l);
  const t0 = performance.now();
  for (const l of lines) stock.tokenize(l);
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, docs_per_s: files.length / seconds, chars: lines.reduce((n, l) => n + l.length, 0) };
}

export interface IngestRun {
  name: string;
  workers: number | 'auto';
  cache: boolean;
  docs: number;
  failed: number;
  seconds: number;
  docs_per_s: number;
  mb_per_s: number;
  peak_rss_mb: number;
}

/** One full ingest (read → analyse → tokenise → DuckDB) in a child process, into a fresh store. */
export function ingestRun(name: string, corpus: CorpusInfo, db: string, workers: number | 'auto', cache: boolean): Promise<IngestRun> {
  for (const f of [db, `${db}.wal`]) rmSync(f, { force: true });
  const child = path.join(import.meta.dirname, 'ingest-child.ts');
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, JSON.stringify({ dir: corpus.dir, db, workers, cache })], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`ingest run ${name} exited with ${code}`));
      const r = JSON.parse(out.trim().split('\n').pop() as string) as { docs: number; failed: number; seconds: number; peak_rss_mb: number };
      resolve({ name, workers, cache, ...r, docs_per_s: r.docs / r.seconds, mb_per_s: corpus.bytes / 2 ** 20 / r.seconds });
    });
  });
}

export interface WriteBench {
  docs: number;
  rows: number;
  insert_s: number;
  appender_s: number;
  /** Appenders over row-by-row INSERTs, both in batches of INGEST_DEFAULTS.batchDocuments documents. */
  appender_gain: number;
  per_document_s: number;
  /** INGEST_DEFAULTS.batchDocuments documents per transaction over one transaction per document (both with appenders). */
  batch_gain: number;
}

/** Writes the same prepared documents three ways into fresh stores. */
export async function benchWrites(dir: string, tokenizer: Tokenizer, tmp: string, docs = 120): Promise<WriteBench> {
  const tk = cachedTokenizer(tokenizer);
  const prepared: StoredDocument[] = [];
  for (const f of filesOf(dir).slice(0, docs)) prepared.push(await prepareFile(f, { tokenizer: tk }, {}));
  const appenders = (store: Store, batch: StoredDocument[]) => store.replaceDocuments(batch);
  const time = async (name: string, batch: number, write: (store: Store, batch: StoredDocument[]) => Promise<void>) => {
    const db = path.join(tmp, `write-${name}.duckdb`);
    rmSync(db, { force: true });
    const store = await Store.open(db);
    try {
      const t0 = performance.now();
      for (let i = 0; i < prepared.length; i += batch) await write(store, prepared.slice(i, i + batch));
      return (performance.now() - t0) / 1000;
    } finally {
      store.close();
    }
  };
  const appender_s = await time('appender', INGEST_DEFAULTS.batchDocuments, appenders);
  const per_document_s = await time('per-doc', 1, appenders);
  const insert_s = await time('insert', INGEST_DEFAULTS.batchDocuments, insertDocuments);
  const rows = prepared.reduce(
    (n, d) => n + 1 + d.matters.reduce((k, m) => k + 3 + m.data_items.length + m.media.length + m.safeguards.length * 2 + m.sections.length + m.gaps.length + m.postings.length, 0),
    0
  );
  return { docs: prepared.length, rows, insert_s, appender_s, appender_gain: insert_s / appender_s, per_document_s, batch_gain: per_document_s / appender_s };
}

/** The real-shaped documents in the repository: the samples and every evaluation set's raw files. */
export function realShapedDirs(root = '.'): string[] {
  const evalDir = path.join(root, 'eval');
  const sets = existsSync(evalDir) ? readdirSync(evalDir).filter((d) => /^wild(-\d+)?$/.test(d)) : [];
  return [path.join(root, 'data/samples'), ...sets.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((d) => path.join(evalDir, d, 'raw'))];
}

/**
 * Runs each configuration `rounds` times, taking the configurations in turn within a round so a
 * machine that slows down or warms up over the minutes weighs on each alike, and keeps each one's
 * median run with the fastest and slowest beside it. One run of a few seconds varies by 20 % on a
 * shared machine: more than the difference the comparison is for (the default against the best).
 */
export async function repeatedRuns(configs: { name: string; workers: number | 'auto'; cache: boolean }[], corpus: CorpusInfo, db: (name: string) => string, rounds = 3): Promise<RepeatedRun[]> {
  const runs: IngestRun[][] = configs.map(() => []);
  for (let r = 0; r < rounds; r++) for (const [k, c] of configs.entries()) runs[k].push(await ingestRun(c.name, corpus, db(`r${k}`), c.workers, c.cache));
  return runs.map(medianRun);
}

/** The median of a configuration's runs by time (the lower middle of an even count), the spread, and the highest peak RSS. */
export function medianRun(rs: IngestRun[]): RepeatedRun {
  if (rs.length === 0) throw new Error('medianRun: no runs');
  const sorted = [...rs].sort((a, b) => a.seconds - b.seconds);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return { ...median, rounds: rs.length, min_seconds: sorted[0].seconds, max_seconds: sorted[sorted.length - 1].seconds, peak_rss_mb: Math.max(...rs.map((x) => x.peak_rss_mb)) };
}

/** A configuration's median run of several, with the spread of their times. */
export interface RepeatedRun extends IngestRun {
  rounds: number;
  min_seconds: number;
  max_seconds: number;
}

/** Copies them into one folder, each name prefixed by its set so none collide. */
export function realShapedCorpus(dir: string): CorpusInfo {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let docs = 0;
  for (const src of realShapedDirs()) {
    if (!existsSync(src)) continue;
    for (const f of readdirSync(src).filter((f) => /\.(txt|html?|md|pdf)$/i.test(f))) {
      const data = readFileSync(path.join(src, f));
      writeFileSync(path.join(dir, `${src.replace(/\W+/g, '-')}--${f}`), data);
      bytes += data.length;
      docs++;
    }
  }
  return { dir, docs, matters: 0, bytes };
}

/**
 * How much of a corpus's text the paragraph token cache answers: every document prepared in turn
 * through one cache; the share of the characters sent to the tokenizer that were cache hits.
 */
export async function repetitionRate(dir: string, tokenizer: Tokenizer): Promise<number> {
  const cached = cachedTokenizer(tokenizer);
  let chars = 0;
  const counting: Tokenizer = {
    tokenize: (text) => {
      chars += text.length;
      return cached.tokenize(text);
    }
  };
  for (const f of readdirSync(dir).sort()) await prepareFile(path.join(dir, f), { tokenizer: counting }, {}).catch(() => undefined);
  return chars > 0 ? cached.stats.hitChars / chars : 0;
}
