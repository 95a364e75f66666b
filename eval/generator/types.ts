// The generator's public shapes: the documents it writes, their gold (the fixtures' format) and the
// facts the gold has no room for.

import type { ItemCategory, MatterKind, MediaCategory, Procedure } from '../../src/lib/domain/codes';
import type { LabelledSentence } from '../classifier/metrics';

/** One gold data item, as in test/fixtures/gold: the normalised item and, when stated, whose it is. */
export interface GoldDataItem {
  item: string;
  subject?: string;
}

/** One matter of a gold file; the key order is that of test/fixtures/gold/*.json. */
export interface GoldMatter {
  title: string;
  municipality: string;
  matter_kind: MatterKind;
  procedure: Procedure;
  legal_basis: string;
  department: string;
  divisions: string[];
  contractor_contains: string | null;
  period_start: string | null;
  period_end: string | null;
  recurring: boolean | null;
  fiscal_year: number;
  council_session: string | null;
  data_items: GoldDataItem[];
  sensitive_items: string[];
  media: MediaCategory[];
  safeguards: { ward: string[]; contractor: string[] };
  clauses: string[];
}

export interface GoldDoc {
  source: string;
  matters: GoldMatter[];
}

export type Layout = 'shinjuku' | 'edogawa' | 'setagaya' | 'nakano' | 'minato';
export type Format = 'text' | 'html' | 'markdown' | 'pdf';
export type DocEncoding = 'UTF-8' | 'Shift_JIS';

/** Facts the gold format has no room for, kept for checks: item and medium categories. */
export interface MatterTruth {
  items: { subject: string | null; item: string; category: ItemCategory; sensitive: boolean }[];
  media: { medium: string; category: MediaCategory }[];
}

export interface GeneratedDocument {
  stem: string;
  ext: 'txt' | 'html' | 'md' | 'pdf';
  format: Format;
  layout: Layout;
  encoding: DocEncoding;
  /** The file's bytes; empty for a PDF, which is printed from `printHtml` by the caller. */
  bytes: Uint8Array;
  /** For a PDF: the page to print (a bordered form, as the councils' PDFs are). */
  printHtml?: string;
  gold: GoldDoc;
  truth: MatterTruth[];
}

export interface CorpusOptions {
  /** Total number of matters over all documents. */
  matters: number;
  /** Stop after this many documents, even if fewer matters were written (benchmarks count documents). */
  documents?: number;
  seed?: number;
  /** The labelled sentences safeguard wordings are drawn from (eval/classifier/metrics.ts parseSentenceSet); those labelled `-` are skipped. */
  sentences: LabelledSentence[];
  /** Turn some text-layout documents into PDFs (printHtml, printed by the caller). */
  pdf?: boolean;
}
