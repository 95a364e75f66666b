// Shapes passed between the pipeline stages. Column names follow the store contract (snake_case).

import type { Actor, ItemCategory, MatterKind, MediaCategory, Procedure, Scope } from './codes';

/** A piece of text with the page it came from. */
export interface Part {
  text: string;
  page: number;
}

export interface DataItem {
  subject: string | null;
  item: string;
  raw: string;
  category: ItemCategory;
  sensitive: boolean;
}

export interface Medium {
  medium: string;
  category: MediaCategory;
}

/** One safeguard sentence; `categories` is filled by the classifier (may stay empty). */
export interface SafeguardSentence {
  seq: number;
  actor: Actor;
  scope: Scope;
  text: string;
  page: number;
  /** The heading the sentence stood under, e.g. `(再委託の禁止)` for annex clauses. */
  heading: string | null;
  categories: { category: string; cue: string }[];
}

/** A labelled section of a matter, kept for display and search. */
export interface Section {
  section: 'title' | 'overview' | 'purpose' | 'items' | 'media' | 'contractor' | 'period' | 'ward_measures' | 'contractor_measures' | 'clauses' | 'other';
  label: string;
  text: string;
  page: number;
}

/** The columns of the matters table a matter's own fields fill (the store contract). */
export interface MatterFields {
  seq: number;
  municipality: string | null;
  title: string | null;
  matter_kind: MatterKind | null;
  procedure: Procedure;
  legal_basis: string | null;
  department: string | null;
  divisions: string[];
  contractor: string | null;
  period_start: string | null;
  period_end: string | null;
  recurring: boolean | null;
  fiscal_year: number | null;
  council_session: string | null;
  council_date: string | null;
  page_start: number;
}

export interface ExtractedMatter extends MatterFields {
  page_end: number;
  data_items: DataItem[];
  media: Medium[];
  safeguards: SafeguardSentence[];
  sections: Section[];
  /** Expected safeguard categories the matter lacks (filled by the gap model). */
  gaps: { category: string; rule_id: string; reason: string }[];
  /** Every line of the matter, cleaned, for full-text search. */
  text: string;
}

export interface DocumentMeta {
  municipality?: string;
  council_session?: string;
  council_date?: string;
  url?: string;
}
