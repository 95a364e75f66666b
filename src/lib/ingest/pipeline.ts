// Ingestion orchestration: read → extract → tokenise → store, one transaction per file.
// The reader, tokenizer, store and clock are passed in so tests can use fakes.

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { analyzeDocument } from '../domain/analyze';
import { buildPostings, memoTokenizer, postingSections, type Tokenizer } from '../domain/postings';
import type { DocumentMeta } from '../domain/types';
import type { StoredDocument, StoreWriter } from '../server/store/store';
import { collectFiles } from './files';
import { extensionOf, readDocument, type ReadResult } from './readers';

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

export interface IngestDeps {
  store: StoreWriter;
  tokenizer: Tokenizer;
  read?: (bytes: Uint8Array, path: string) => Promise<ReadResult>;
  readFile?: (path: string) => Promise<Uint8Array>;
  now?: () => Date;
}

export interface IngestOptions {
  meta?: { get(path: string): DocumentMeta };
  onStart?: (path: string, index: number, total: number) => void;
  onFile?: (outcome: FileOutcome, index: number, total: number) => void;
}

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
export async function prepareDocument(file: string, bytes: Uint8Array, deps: IngestDeps, meta: DocumentMeta): Promise<StoredDocument> {
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
      postings: buildPostings(tokenizer, postingSections(m))
    }))
  };
}

export async function ingestFile(file: string, deps: IngestDeps, meta: DocumentMeta = {}): Promise<FileOutcome> {
  const t0 = performance.now();
  const base = { path: file, matters: 0, items: 0, safeguards: 0, chars: 0 };
  try {
    const bytes = await (deps.readFile ?? readBytes)(file);
    const doc = await prepareDocument(file, bytes, deps, meta);
    await deps.store.replaceDocument(doc);
    return {
      ...base,
      ok: true,
      document_id: doc.document_id,
      matters: doc.matters.length,
      items: doc.matters.reduce((n, m) => n + m.data_items.length, 0),
      safeguards: doc.matters.reduce((n, m) => n + m.safeguards.length, 0),
      chars: doc.chars,
      ms: performance.now() - t0
    };
  } catch (e) {
    const reason = ((e as Error).message || String(e)).split('\n')[0];
    return { ...base, ok: false, reason, ms: performance.now() - t0 };
  }
}

export async function ingestPaths(inputs: string[], deps: IngestDeps, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const { files, problems } = await collectFiles(inputs);
  const outcomes: FileOutcome[] = problems.map((p) => ({ path: p.path, ok: false, reason: p.reason, matters: 0, items: 0, safeguards: 0, chars: 0, ms: 0 }));
  const total = files.length;
  for (const [i, file] of files.entries()) {
    opts.onStart?.(file, i, total);
    const outcome = await ingestFile(file, deps, opts.meta?.get(file) ?? {});
    outcomes.push(outcome);
    opts.onFile?.(outcome, i, total);
  }
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
