// What the pages and components receive: the rows and views the server answers with, and the
// literal lists those types come from. The store modules build these shapes from SQL and import
// them from here, so the browser's code never imports from $lib/server. No server imports here
// (the domain modules it reads are pure).

import type { ParsedQuery } from './domain/search/query';
import type { Segment } from './domain/search/snippets';
import type { Peer, PeerGap } from './domain/similar/peers';
import type { SimilarMatter } from './domain/similar/similar';
import type { DataItem, MatterFields, Medium } from './domain/types';

/** The data twins every view is served as (the `[format=format]` routes). */
export const TWIN_FORMATS = ['json', 'csv', 'arrow'] as const;
export type TwinFormat = (typeof TWIN_FORMATS)[number];

// ---- Filters and the overview ----

export interface FacetValue {
  value: string;
  count: number;
}

/** The filter form's choices, each with its matter counts under the other active filters. */
export type Facets = Record<'municipality' | 'department' | 'procedure' | 'matter_kind' | 'fiscal_year' | 'item_category' | 'media_category' | 'sensitive', FacetValue[]>;

/** The headline figures of the overview. */
export interface Overview {
  documents: number;
  matters: number;
  municipalities: number;
  departments: number;
  fiscal_years: number[];
  fy_min: number | null;
  fy_max: number | null;
  sensitive_matters: number;
  sensitive_share: number;
  gap_matters: number;
  gap_share: number;
  /** Matters the review page lists (a key field missing, an unrecognised form, unclassified safeguards), and the documents they are in. */
  review_matters: number;
  review_documents: number;
  /** Matters with a correction applied. */
  corrected_matters: number;
  /** Documents kept although no council form was recognised in them (flag form_not_recognised). */
  unrecognised_documents: number;
}

/** One cell of a coverage table: of a group's matters, how many have the category. */
export interface CoverageRow {
  /** The department, fiscal year or municipality; '(不明)' when the matter has none. */
  group: string;
  category: string;
  matters: number;
  covered: number;
  share: number;
  /**
   * The group's matters whose figures include people's corrections that bear on this table: their
   * safeguard categories or actors, or the field the table groups by (review.md).
   */
  corrected: number;
}

/** Matters per fiscal year and procedure (the stacked bar chart). */
export interface YearProcedureRow {
  fiscal_year: number | null;
  procedure: string;
  matters: number;
}

// ---- Matters ----

/** A row of the matter list: the matters columns plus provenance and counts. */
export interface MatterRow extends MatterFields {
  matter_id: string;
  document_id: string;
  source_path: string;
  source_url: string | null;
  items: number;
  sensitive_items: number;
  media: string[];
  safeguards: number;
  categories: string[];
  /** Expected safeguards the matter lacks. */
  gaps: number;
  /** Why the matter needs a person's review (ReviewFlag codes, sorted); empty when it does not. */
  review: string[];
  /** What people corrected and the snapshot applied (corrections.field: a matter field, data_items, media, safeguard_categories, safeguard_actor), sorted. */
  corrected: string[];
}

/** A personal-data item of a stored matter. */
export interface ItemRow {
  subject: string | null;
  item: string;
  raw: string;
  category: string;
  sensitive: boolean;
}

export interface MediumRow {
  medium: string;
  category: string;
}

/** A safeguard sentence with its categories and the cues that matched, in the categories' order. */
export interface SafeguardRow {
  seq: number;
  actor: string;
  scope: string;
  heading: string | null;
  text: string;
  page: number;
  categories: string[];
  cues: string[];
}

/** An expected safeguard (a gap rule's category) the matter lacks. */
export interface GapRow {
  category: string;
  rule_id: string;
  reason: string;
}

export interface SectionRow {
  section: string;
  label: string;
  text: string;
  page: number;
}

/** Where a field's value was read: the source text and its page. */
export interface EvidenceRow {
  field: string;
  text: string;
  page: number;
}

/** A reason to review the matter (a ReviewFlag code) with its note, if any. */
export interface ReviewRow {
  flag: string;
  note: string | null;
}

export interface MatterDocument {
  document_id: string;
  source_path: string;
  format: string;
  pages: number;
  source_url: string | null;
  sha256: string;
}

/** The most similar matters, with their reasons. */
export interface SimilarResult {
  similar: SimilarMatter[];
  /** Whether the text index was used; false: ranked by risk profile alone. */
  index: boolean;
}

/** Safeguard categories most of the similar matters have and the matter lacks. */
export interface PeerGapsResult {
  peers: Peer[];
  gaps: PeerGap[];
}

/** Everything the matter page shows: fields, items, media, safeguards, gaps, similar matters and peer gaps, source. */
export interface MatterDetail {
  matter: MatterRow;
  items: ItemRow[];
  media: MediumRow[];
  sentences: SafeguardRow[];
  gaps: GapRow[];
  similar: SimilarResult;
  peers: PeerGapsResult;
  sections: SectionRow[];
  evidence: EvidenceRow[];
  reviews: ReviewRow[];
  document: MatterDocument;
  /** Every correction made to this matter, oldest first, with how it stands. */
  corrections: CorrectionRow[];
}

/** A correction as lists show it (domain/corrections.ts; the snapshot's corrections table, or the file when not yet applied). */
export interface CorrectionRow {
  correction_id: string;
  /** The matter it applies to in the data served; null when it no longer fits. */
  matter_id: string | null;
  sha256: string;
  matter_seq: number;
  /** A matter field, data_items, media, safeguard_categories or safeguard_actor. */
  field: string;
  target_key: string;
  /** What was corrected, the value before and after, in words. */
  what: string;
  before: string;
  after: string;
  user_name: string | null;
  corrected_at: string;
  undone_by: string | null;
  undone_at: string | null;
  /** applied, superseded, undone, unmatched; pending until a snapshot has applied it. */
  status: 'applied' | 'superseded' | 'undone' | 'unmatched' | 'pending';
  /** The matter's title in the data served, for lists across matters. */
  title: string | null;
}

// ---- Search ----

export const SEARCH_SORTS = ['relevance', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** The search's facets, in the order the page shows them. */
export const SEARCH_FACET_KEYS = ['department', 'fiscal_year', 'procedure', 'municipality', 'category', 'sensitive'] as const;
export type SearchFacetKey = (typeof SEARCH_FACET_KEYS)[number];
export type SearchFacets = Record<SearchFacetKey, FacetValue[]>;

export interface SearchHit {
  matter_id: string;
  title: string | null;
  title_segments: Segment[];
  score: number;
  /** KWIC snippets of the matter's text, hits marked. */
  snippets: Segment[][];
  municipality: string | null;
  department: string | null;
  fiscal_year: number | null;
  procedure: string;
  matter_kind: string | null;
  council_date: string | null;
  /** ISO 8601 UTC, when the matter's document was ingested. */
  ingested_at: string;
  document_id: string;
}

export interface SearchResult {
  q: string;
  query: ParsedQuery;
  /** The query in words, for captions: 「暗号化」と「USB」を含む. */
  phrase: string;
  sort: SearchSort;
  total: number;
  page: number;
  limit: number;
  results: SearchHit[];
  facets: SearchFacets;
}

// ---- The draft check ----

/** A stored matter's sentence that has a category the draft lacks. */
export interface Precedent {
  matter_id: string;
  title: string | null;
  seq: number;
  text: string;
  /** The sentence on the matter's page. */
  href: string;
}

export interface DraftGap {
  category: string;
  label: string;
  rule_id: string;
  /** Why the rule expects it, in Japanese. */
  reason: string;
  precedents: Precedent[];
}

export interface DraftPeerGap {
  category: string;
  label: string;
  /** Share of the similar matters that have it. */
  share: number;
  precedents: Precedent[];
}

export interface DraftMatterCheck {
  fields: MatterFields & { page_end: number };
  data_items: DataItem[];
  media: Medium[];
  safeguards: SafeguardRow[];
  /** Non-clause safeguard categories the draft has. */
  categories: string[];
  /** Expected safeguards (gap rules) the draft lacks. */
  gaps: DraftGap[];
  /** Safeguards most of the similar stored matters have and the draft lacks. */
  peer_gaps: DraftPeerGap[];
  similar: SimilarMatter[];
  /** The similar stored matters' ids, most similar first. */
  precedents: string[];
}

export interface DraftCheck {
  /** The uploaded file's name; null for pasted text. */
  source: string | null;
  pages: number;
  matters: DraftMatterCheck[];
  /** Expected categories (gap rules) absent from the draft, over all its matters. */
  missing: string[];
  /** Categories most similar stored matters have and the draft lacks, over all its matters. */
  peer_missing: string[];
  /** The similar stored matters, over all the draft's matters. */
  precedents: string[];
  /** Whether the store's text index was used for similarity (false: profiles alone). */
  index: boolean;
}

/** A gap as the gap list and its twins give it: a rule's or the peers' expected category the matter lacks. */
export interface GapListRow {
  matter_id: string;
  category: string;
  kind: 'rule' | 'peer';
  rule_id: string | null;
  reason: string;
  risk: number;
}

/** A matter of the same profile that has the category a peer gap names. */
export interface GapPrecedent {
  matter_id: string;
  title: string | null;
  fiscal_year: number | null;
}

export interface GapDetail {
  category: string;
  kind: 'rule' | 'peer';
  rule_id: string | null;
  reason: string;
  /** Peer gaps: the other matters of the same profile, and how many of them have the category. */
  peers: number | null;
  peers_with: number | null;
  precedents: GapPrecedent[];
}

/** A matter on the gap list, ranked by its risk score. */
export interface GapMatter {
  matter_id: string;
  title: string | null;
  municipality: string | null;
  department: string | null;
  fiscal_year: number | null;
  procedure: string;
  sensitive_items: number;
  risk: number;
  rule_gaps: number;
  peer_gaps: number;
  gaps: GapDetail[];
}

/** Gap rate of one group (a department or a fiscal year). */
export interface GapRateRow {
  group: string;
  matters: number;
  /** Matters with at least one gap (rule or peer). */
  gap_matters: number;
  rule_gap_matters: number;
  peer_gap_matters: number;
  rate: number;
}

/** An expected-safeguard rule as the rules page shows it, with how often it fires. */
export interface RuleStat {
  rule_id: string;
  condition: string;
  expects: string[];
  why: string;
  /** Matters whose features meet the rule's condition. */
  matters: number;
  /** Of those, matters that lack at least one expected category. */
  gap_matters: number;
}

/** One side of a comparison: its filters' matters, procedures and safeguard coverage. */
export interface CompareSide {
  /** The filters as a query string, as the dashboard writes them. */
  query: string;
  matters: number;
  sensitive_matters: number;
  sensitive_share: number;
  procedures: { procedure: string; matters: number }[];
}

/** A category's coverage on both sides and the difference b − a. */
export interface CompareRow {
  category: string;
  a_matters: number;
  a_covered: number;
  a_share: number;
  b_matters: number;
  b_covered: number;
  b_share: number;
  /** b_share − a_share: positive where b writes the category more often. */
  diff: number;
}

export interface Comparison {
  a: CompareSide;
  b: CompareSide;
  /** Categories in taxonomy order. */
  rows: CompareRow[];
}

/** One step of a matter's lineage: an earlier or later version and why they are linked. */
export interface LineageStep {
  matter_id: string;
  title: string | null;
  fiscal_year: number | null;
  /** The link: `earlier` is the older matter, `later` the newer. */
  earlier: string;
  later: string;
  kind: 'same_stem' | 'change_hint';
  similarity: number;
  reason: string;
}

export interface LineageSetChange {
  added: string[];
  removed: string[];
}

/** What changed from one version to the next. */
export interface LineageDiff {
  items: LineageSetChange;
  media: LineageSetChange;
  categories: LineageSetChange;
  contractor: { from: string | null; to: string | null } | null;
  period: { from: string; to: string } | null;
  same: boolean;
}

export interface Lineage {
  /** Older versions, nearest first. */
  earlier: LineageStep[];
  /** Newer versions, nearest first (a business that split may have several at one step). */
  later: LineageStep[];
  /** The change from the nearest earlier version to this matter. */
  diff: LineageDiff | null;
  /** Links to or from this matter that a user removed. */
  removed: { earlier: string; later: string; title: string | null; at: string }[];
}

/** A link whose later matter falls in the year asked: a row of /changes. */
export interface ChangeRow {
  later_id: string;
  later_title: string | null;
  fiscal_year: number | null;
  earlier_id: string;
  earlier_title: string | null;
  earlier_fiscal_year: number | null;
  department: string | null;
  kind: 'same_stem' | 'change_hint';
  reason: string;
  items_added: string[];
  items_removed: string[];
  media_added: string[];
  media_removed: string[];
  categories_added: string[];
  categories_removed: string[];
  contractor_changed: boolean;
  period_changed: boolean;
}

/** A wording of one safeguard category: near-identical sentences, where and when they were used. */
export interface WordingGroup {
  /** The most used sentence of the group, as written. */
  wording: string;
  sentences: number;
  matters: number;
  fy_first: number | null;
  fy_last: number | null;
  /** Fiscal years it appears in. */
  years: number[];
  /** Departments that used it, each with the last fiscal year it did. */
  departments: { department: string; last: number | null }[];
  municipalities: string[];
  /** Other wordings merged into this one (close keys), most used first. */
  variants: string[];
  /** The latest matter that used it. */
  latest_matter: string;
}

export interface WordingCategory {
  category: string;
  sentences: number;
  matters: number;
}

/** A figure of the annual report: labelled rows and numeric series, drawn as bars and printed as a table. */
export interface ReportFigure {
  id: string;
  title: string;
  caption: string;
  /** The header of the label column in the table and the CSV. */
  labelHeader: string;
  labels: string[];
  /** A series marked tableOnly (a difference) is printed in the table, not drawn. */
  series: { label: string; data: number[]; tableOnly?: boolean }[];
  /** Percentages (shares and their differences in points). */
  percent: boolean;
}

// ---- Review ----

/** What a matter may lack or have uncertain, as the review page lists it. */
export const REVIEW_PROBLEMS = ['title', 'department', 'items', 'media', 'safeguards', 'form', 'unclassified'] as const;
export type ReviewProblem = (typeof REVIEW_PROBLEMS)[number];

/** A matter the review page lists, with its problems. */
export interface ReviewListRow {
  matter_id: string;
  title: string | null;
  municipality: string | null;
  department: string | null;
  fiscal_year: number | null;
  source_path: string;
  problems: ReviewProblem[];
  corrected: string[];
}

export interface ReviewSummary {
  /** Matters per problem, under the filters. */
  counts: Record<ReviewProblem, number>;
  /** Matters with at least one problem, and documents stored without a recognised form. */
  matters: number;
  unrecognised_documents: number;
}
