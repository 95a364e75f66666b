// A document as the store keeps it: what ingestion prepares and the store writes. Its own module,
// so the writer (store.ts), the row builder (rows.ts) and ingestion import it without importing
// each other.

import type { Posting } from '../../domain/search/postings';
import type { MatterSearch } from '../../domain/search/search-text';
import type { ExtractedMatter, ReviewFlag } from '../../domain/types';

export interface StoredMatter extends ExtractedMatter {
  matter_id: string;
  /** A note for people on a review flag (matter_reviews.note), e.g. why ingestion kept an unrecognised document. */
  review_notes?: Partial<Record<ReviewFlag, string>>;
  postings: Posting[];
  /** The substring search's text and character bigrams (made while preparing, off the writer's thread). */
  search?: MatterSearch;
}

export interface StoredDocument {
  document_id: string;
  source_path: string;
  format: string;
  sha256: string;
  pages: number;
  chars: number;
  ingested_at: Date;
  source_url: string | null;
  encoding: string | null;
  bytes: number;
  matters: StoredMatter[];
}

/** The store as ingestion sees it; tests pass fakes. */
export interface StoreWriter {
  /** All or nothing: either every document of the batch is stored, or none and the store is unchanged. */
  replaceDocuments(docs: StoredDocument[]): Promise<void>;
}
