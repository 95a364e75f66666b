// Preparing one file for the store, short of writing it: read, analyse, build its search rows.
// Both the main thread and the worker threads run this; only the main thread writes.

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { analyzeDocument } from '../domain/analyze';
import { buildPostings, postingSections } from '../domain/search/postings';
import { matterSearch } from '../domain/search/search-text';
import { memoTokenizer, type Tokenizer } from '../domain/tokens';
import type { DocumentMeta, ReviewFlag } from '../domain/types';
import { councilCues, unrecognisedMatter, unrecognisedNote } from '../domain/unrecognised';
import type { PackedDictionary } from '../tokenizer/fast-tokenizer';
import { extensionOf, readDocument, type ReadResult } from '../readers';
import type { StoredDocument } from '../server/store/document';

/**
 * Larger files are refused before they are read: no council document comes near these. PDFs carry
 * images and fonts, so they may be far bigger than their text.
 */
export const MAX_FILE_BYTES = { pdf: 256 * 1024 * 1024, other: 32 * 1024 * 1024 };
/** Text past this length is not one council document (about 4,000 pages). */
export const MAX_TEXT_CHARS = 8_000_000;

export interface PrepareDeps {
  tokenizer: Tokenizer;
  read?: (bytes: Uint8Array, path: string) => Promise<ReadResult>;
  readFile?: (path: string) => Promise<Uint8Array>;
  now?: () => Date;
}

/** A worker thread's request (prepare-worker.ts, worker-pool.ts); the answer is the StoredDocument. */
export interface PrepareRequest {
  file: string;
  meta: DocumentMeta;
}

/** What a worker thread is started with: the paragraph cache switch and the shared dictionary. */
export interface PrepareWorkerData {
  cache: boolean;
  dictionary: PackedDictionary;
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
export async function prepareDocument(file: string, bytes: Uint8Array, deps: PrepareDeps, meta: DocumentMeta): Promise<StoredDocument> {
  const read = await (deps.read ?? readDocument)(bytes, file);
  const length = read.pages.reduce((n, p) => n + p.length, 0);
  if (length > MAX_TEXT_CHARS) throw new IngestError(`too much text (${length.toLocaleString('en')} characters; one document is limited to ${MAX_TEXT_CHARS.toLocaleString('en')})`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const document_id = sha256.slice(0, 16);
  const tokenizer = memoTokenizer(deps.tokenizer);
  let matters = analyzeDocument(read.pages, tokenizer, meta);
  let notes: Partial<Record<ReviewFlag, string>> | undefined;
  if (matters.length === 0) {
    // A council document in a form extraction does not know is kept for a person to review; any
    // other text is refused.
    const kept = unrecognisedMatter(read.pages, meta);
    if (!kept) {
      throw new IngestError(
        'no council matter found: no 件名, data items or safeguards in the text, and it does not read as a council document (no word such as 審議会/諮問/答申 together with 個人情報/目的外利用/外部委託)'
      );
    }
    matters = [kept];
  }
  // A council document read without a recognised form (by extraction's fallback or kept as it is)
  // carries the note saying which council words made it one.
  if (matters.some((m) => m.review.includes('form_not_recognised'))) notes = { form_not_recognised: unrecognisedNote(councilCues(read.pages.join('\n'))) };
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
      ...(notes ? { review_notes: notes } : {}),
      postings: buildPostings(tokenizer, postingSections(m)),
      search: matterSearch(m.title, m.text)
    }))
  };
}

export async function prepareFile(file: string, deps: PrepareDeps, meta: DocumentMeta = {}): Promise<StoredDocument> {
  const bytes = await (deps.readFile ?? readBytes)(file);
  return prepareDocument(file, bytes, deps, meta);
}
