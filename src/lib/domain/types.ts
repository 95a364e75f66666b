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

/** Where a stored field's value was read: the source text and its page (shown on the matter page). */
export interface FieldEvidence {
  /** A matters column (`title`, `department`, `period_start` …) or `data_items` / `media`. */
  field: string;
  text: string;
  page: number;
}

/** Why a matter should be looked at by a person: extraction found no form, or a key field is missing. */
export type ReviewFlag = 'form_not_recognised' | 'title_missing' | 'department_missing' | 'items_missing' | 'safeguards_missing' | 'safeguards_unclassified';

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
  /** Ids of the expected-safeguard rules whose condition the matter meets, gaps or not (the rules page counts them). */
  rule_hits: string[];
  /** Every line of the matter, cleaned, for full-text search. */
  text: string;
  /** Evidence for each field that was found; a field not found has none (and is NULL). */
  evidence: FieldEvidence[];
  /** Reasons to review this matter; empty when extraction found a recognised form. */
  review: ReviewFlag[];
}

export interface DocumentMeta {
  municipality?: string;
  council_session?: string;
  council_date?: string;
  url?: string;
}
