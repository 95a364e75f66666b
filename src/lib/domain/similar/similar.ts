// Similar matters: one ranking from two views of a matter.
// - Text: each matter's signature, its SIGNATURE_TERMS heaviest TF-IDF terms (lemmas of the title,
//   purpose, data items and non-clause safeguards, section-weighted), L2-normalised; the text
//   similarity is the cosine of two signatures. Annex clauses are left out: a ward attaches the same
//   ones to every matter.
// - Profile: the risk profile of peers.ts (procedure, media, item categories, sensitive data).
// The store builds the signatures at each snapshot publish (derived.ts); SimilarityIndex holds them
// in memory with their inverted lists, so a lookup touches only the matters that share a term.

import { ITEM_CATEGORIES, MEDIA_CATEGORIES, MEDIA_LABELS, PROCEDURE_LABELS } from '../codes';
import { DEFAULT_PEER_OPTIONS, profileSimilarity, type MatterProfile } from './peers';
import type { PostingSection } from '../search/postings';
import { CATEGORY_BY_CODE } from '../taxonomy';

/**
 * How much a term occurrence counts, by where it occurs. The title names what the matter is; the
 * purpose and data items say what it does with whose data; safeguard sentences are long and share
 * most of their wording across matters, so they count least.
 */
export const SECTION_WEIGHTS = { title: 3, purpose: 2, items: 2, safeguards: 1 } as const satisfies Partial<Record<PostingSection, number>>;

/** The blend of the two similarities (they sum to 1, so the combined score stays in [0, 1]). */
export const SIMILARITY_WEIGHTS = { text: 0.6, profile: 0.4 } as const;

export const SIMILARITY_LIMITS = {
  /** Terms in a matter's signature. */
  signatureTerms: 30,
  /** The best matters by text that are then scored by profile too. */
  candidates: 100,
  /** Matters shown as similar: the same matters are the peers whose safeguards the peer gaps count. */
  shown: DEFAULT_PEER_OPTIONS.k,
  /**
   * Up to this many stored matters, when fewer than `candidates` share a signature term, the others
   * are ranked by profile alone (text 0): a small store still shows its nearest matters. Larger
   * stores always have enough text candidates for ordinary matters.
   */
  profileFill: 20_000
} as const;

/** A term vector: lemma → weight. */
export type TermVector = Map<string, number>;

/** Smoothed inverse document frequency: 0 for a term every matter has, ln(N + 1) for an unseen one. */
export function idf(df: number, matters: number): number {
  return Math.log((matters + 1) / (df + 1));
}

/** Section-weighted term frequencies of a matter's postings (other sections are ignored). */
export function weightedTf(postings: readonly { lemma: string; section: string; tf: number }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of postings) {
    const w = (SECTION_WEIGHTS as Record<string, number>)[p.section];
    if (w === undefined) continue;
    out.set(p.lemma, (out.get(p.lemma) ?? 0) + w * p.tf);
  }
  return out;
}

const byWeight = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * A matter's signature: (1 + ln tf) · idf per term, terms without weight (in every matter) dropped,
 * the n heaviest kept (ties by lemma) and L2-normalised. The same formula as sim_terms in derived.ts.
 */
export function signature(tf: Map<string, number>, idfOf: (lemma: string) => number, n: number = SIMILARITY_LIMITS.signatureTerms): TermVector {
  const raw: [string, number][] = [];
  for (const [lemma, f] of tf) {
    const w = f > 0 ? (1 + Math.log(f)) * idfOf(lemma) : 0;
    if (w > 0) raw.push([lemma, w]);
  }
  const top = raw.sort(byWeight).slice(0, n);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0));
  return new Map(top.map(([lemma, w]) => [lemma, w / norm]));
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [lemma, w] of small) dot += w * (large.get(lemma) ?? 0);
  // Rounding can take two identical unit vectors a hair past 1.
  return Math.min(1, dot);
}

export function combinedScore(text: number | null, profile: number): number {
  return text === null ? profile : SIMILARITY_WEIGHTS.text * text + SIMILARITY_WEIGHTS.profile * profile;
}

/** What the ranking needs of a matter: its risk profile and what the list shows. */
export interface RankProfile {
  matter_id: string;
  title: string | null;
  municipality: string | null;
  fiscal_year: number | null;
  procedure: string;
  media: string[];
  itemCategories: string[];
  sensitive: boolean;
}

export interface Ranked {
  matter_id: string;
  title: string | null;
  municipality: string | null;
  fiscal_year: number | null;
  procedure: string;
  /** The combined score, in [0, 1]. */
  score: number;
  /** Cosine of the signatures; null when the store has no text index. */
  text: number | null;
  /** Weighted Jaccard of the risk profiles. */
  profile: number;
}

const asPeerProfile = (p: RankProfile): MatterProfile => ({ ...p, categories: [] });

/**
 * Scores the candidates against the target and keeps the k best: combined score, then text, then
 * matter id, so equal scores come in a stable order. Matters with nothing in common are left out.
 */
export function rankCandidates(target: RankProfile, candidates: readonly { profile: RankProfile; text: number | null }[], k: number = SIMILARITY_LIMITS.shown): Ranked[] {
  const t = asPeerProfile(target);
  return candidates
    .filter((c) => c.profile.matter_id !== target.matter_id)
    .map(({ profile: p, text }) => {
      const profile = profileSimilarity(t, asPeerProfile(p));
      return { matter_id: p.matter_id, title: p.title, municipality: p.municipality, fiscal_year: p.fiscal_year, procedure: p.procedure, score: combinedScore(text, profile), text, profile };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || (b.text ?? 0) - (a.text ?? 0) || (a.matter_id < b.matter_id ? -1 : a.matter_id > b.matter_id ? 1 : 0))
    .slice(0, k);
}

/** What the reasons compare: the profile plus item names and safeguard categories. */
export interface ReasonFacts {
  procedure: string;
  media: string[];
  sensitive: boolean;
  /** Distinct data item names, in the document's order. */
  items: string[];
  /** Non-clause safeguard categories → the first sentence (seq) that has it. */
  sentences: Record<string, number>;
}

export interface SimilarMissing {
  category: string;
  label: string;
  /** The similar matter's sentence that has it (anchor #safeguard-<seq> on its page). */
  seq: number;
}

export interface SimilarMatter extends Ranked {
  shared_items: string[];
  /** Media category codes both have. */
  shared_media: string[];
  /** Non-clause safeguard categories it has and the target lacks. */
  missing: SimilarMissing[];
  /** Its first sentence per non-clause category, for links to the precedent. */
  sentences: Record<string, number>;
  /** What the two have in common, in Japanese phrases. */
  common: string[];
  /** Why it is similar and what it has that the target lacks, in one Japanese sentence. */
  reason: string;
}

const label = (code: string) => CATEGORY_BY_CODE.get(code)?.label ?? code;
const mediaLabel = (code: string) => (MEDIA_LABELS as Record<string, string>)[code] ?? code;
const procedureLabel = (code: string) => (PROCEDURE_LABELS as Record<string, string>)[code] ?? code;
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The scores in words: 類似度 82%（本文 71%・特徴 100%）. */
export function similarityLabel(s: Pick<Ranked, 'score' | 'text' | 'profile'>): string {
  return s.text === null ? `類似度 ${percent(s.score)}（特徴のみ）` : `類似度 ${percent(s.score)}（本文 ${percent(s.text)}・特徴 ${percent(s.profile)}）`;
}

/** At most `n` names, then 「ほかN項目」. */
function listed(names: string[], n = 5, unit = '項目'): string {
  return names.length <= n ? names.join('、') : `${names.slice(0, n).join('、')}ほか${names.length - n}${unit}`;
}

/** Why `other` is similar to `target`, in Japanese, with what it has that the target (`self` in the wording) lacks. */
export function similarityReason(target: ReasonFacts, other: ReasonFacts, self = 'この案件'): Pick<SimilarMatter, 'shared_items' | 'shared_media' | 'missing' | 'common' | 'reason'> {
  const items = new Set(target.items);
  const shared_items = other.items.filter((i) => items.has(i));
  const shared_media = other.media.filter((m) => target.media.includes(m));
  const missing = Object.entries(other.sentences)
    .filter(([c]) => !(c in target.sentences) && CATEGORY_BY_CODE.has(c))
    .map(([category, seq]) => ({ category, label: label(category), seq }))
    .sort((a, b) => TAXONOMY_ORDER.get(a.category)! - TAXONOMY_ORDER.get(b.category)!);
  const common: string[] = [];
  if (target.procedure === other.procedure) common.push(`手続が同じ（${procedureLabel(other.procedure)}）`);
  if (shared_items.length > 0) common.push(`共通の個人情報の項目: ${listed(shared_items)}`);
  if (target.sensitive && other.sensitive) common.push('どちらも要配慮個人情報を扱う');
  if (shared_media.length > 0) common.push(`共通の記録媒体: ${shared_media.map(mediaLabel).join('、')}`);
  if (common.length === 0) common.push('件名・目的・対策の記述の語が近い');
  const lacks = missing.length > 0 ? [`${self}にない対策: ${listed(missing.map((m) => m.label), 5, '分類')}`] : [];
  return { shared_items, shared_media, missing, common, reason: `${[...common, ...lacks].join('。')}。` };
}

const TAXONOMY_ORDER = new Map([...CATEGORY_BY_CODE.keys()].map((c, i) => [c, i]));

/** Bit set → codes, in the codes' order (the profiles' bit sets follow MEDIA_CATEGORIES and ITEM_CATEGORIES). */
export function decodeBits(bits: number, codes: readonly string[]): string[] {
  return codes.filter((_, i) => (bits >>> i) & 1);
}

/** The arrays a SimilarityIndex is built from, indexed by mid − 1 (matters) and tid (terms). */
export interface SimilarityData {
  matterIds: string[];
  titles: (string | null)[];
  municipalities: (string | null)[];
  fiscalYears: (number | null)[];
  procedures: string[];
  sensitive: Uint8Array;
  mediaBits: Uint8Array;
  itemBits: Uint8Array;
  /** Signature of matter i: terms[offsets[i] … offsets[i+1]), with their weights. */
  offsets: Int32Array;
  terms: Int32Array;
  weights: Float32Array;
  /** Per tid: the lemma and how many matters have it (in a weighted section). */
  lemmas: string[];
  df: Int32Array;
  /** Data items of matter i: names[itemNames[itemOffsets[i] … itemOffsets[i+1])], in document order. */
  itemOffsets: Int32Array;
  itemNames: Int32Array;
  /** Non-clause categories of matter i, as indexes into `names`, with their first sentence. */
  categoryOffsets: Int32Array;
  categoryNames: Int32Array;
  categorySeqs: Int32Array;
  /** The distinct item names and category codes the two lists point into. */
  names: string[];
}

/** Signatures in memory with inverted lists: text candidates for a matter or a draft. */
export class SimilarityIndex {
  private readonly byId = new Map<string, number>();
  private readonly tids = new Map<string, number>();
  private readonly listStart: Int32Array;
  private readonly listMatters: Int32Array;
  private readonly listWeights: Float32Array;
  private readonly scores: Float64Array;

  constructor(private readonly d: SimilarityData) {
    d.matterIds.forEach((id, i) => this.byId.set(id, i));
    d.lemmas.forEach((l, t) => this.tids.set(l, t));
    // Inverted lists by counting sort over the signatures' terms.
    const v = d.lemmas.length;
    this.listStart = new Int32Array(v + 1);
    for (const t of d.terms) this.listStart[t + 1]++;
    for (let t = 0; t < v; t++) this.listStart[t + 1] += this.listStart[t];
    const fill = this.listStart.slice(0, v);
    this.listMatters = new Int32Array(d.terms.length);
    this.listWeights = new Float32Array(d.terms.length);
    for (let m = 0; m < d.matterIds.length; m++) {
      for (let j = d.offsets[m]; j < d.offsets[m + 1]; j++) {
        const slot = fill[d.terms[j]]++;
        this.listMatters[slot] = m;
        this.listWeights[slot] = d.weights[j];
      }
    }
    this.scores = new Float64Array(d.matterIds.length);
  }

  get size(): number {
    return this.d.matterIds.length;
  }

  has(matterId: string): boolean {
    return this.byId.has(matterId);
  }

  /** The store's document frequency of a lemma (0 when no matter has it). */
  df(lemma: string): number {
    const t = this.tids.get(lemma);
    return t === undefined ? 0 : this.d.df[t];
  }

  profile(i: number): RankProfile {
    const d = this.d;
    return {
      matter_id: d.matterIds[i],
      title: d.titles[i],
      municipality: d.municipalities[i],
      fiscal_year: d.fiscalYears[i],
      procedure: d.procedures[i],
      media: decodeBits(d.mediaBits[i], MEDIA_CATEGORIES),
      itemCategories: decodeBits(d.itemBits[i], ITEM_CATEGORIES),
      sensitive: d.sensitive[i] === 1
    };
  }

  profileOf(matterId: string): RankProfile | null {
    const i = this.byId.get(matterId);
    return i === undefined ? null : this.profile(i);
  }

  /** A stored matter's signature as (tid, weight) pairs. */
  private stored(i: number): [number, number][] {
    const out: [number, number][] = [];
    for (let j = this.d.offsets[i]; j < this.d.offsets[i + 1]; j++) out.push([this.d.terms[j], this.d.weights[j]]);
    return out;
  }

  /** A draft's signature as (tid, weight) pairs; its terms no matter has cannot match and are left out. */
  private known(v: TermVector): [number, number][] {
    const out: [number, number][] = [];
    for (const [lemma, w] of v) {
      const t = this.tids.get(lemma);
      if (t !== undefined) out.push([t, w]);
    }
    return out;
  }

  /**
   * The `limit` matters with the highest cosine to the query signature (exact: every matter sharing a
   * term is scored), best first, ties by index (= matter id order).
   */
  private nearest(query: [number, number][], exclude: number, limit: number): { i: number; text: number }[] {
    const touched: number[] = [];
    const scores = this.scores;
    for (const [t, qw] of query) {
      for (let j = this.listStart[t]; j < this.listStart[t + 1]; j++) {
        const m = this.listMatters[j];
        if (scores[m] === 0) touched.push(m);
        scores[m] += qw * this.listWeights[j];
      }
    }
    // Best first, ties by index (= matter id order); a bounded sorted list, as k is far below the touched count.
    const better = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
    const best: number[] = [];
    for (const m of touched) {
      if (m === exclude) continue;
      if (best.length === limit && !better(m, best[limit - 1])) continue;
      let lo = 0;
      let hi = best.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (better(best[mid], m)) lo = mid + 1;
        else hi = mid;
      }
      best.splice(lo, 0, m);
      if (best.length > limit) best.pop();
    }
    const out = best.map((m) => ({ i: m, text: Math.min(1, scores[m]) }));
    for (const m of touched) scores[m] = 0;
    return out;
  }

  /** The text candidates with their profiles, topped up with profile-only ones in a small store. */
  private withProfiles(found: { i: number; text: number }[], exclude: number, limit: number): { profile: RankProfile; text: number }[] {
    const out = found.map((c) => ({ profile: this.profile(c.i), text: c.text }));
    if (found.length < limit && this.size <= SIMILARITY_LIMITS.profileFill) {
      const seen = new Set(found.map((c) => c.i));
      for (let i = 0; i < this.size; i++) if (i !== exclude && !seen.has(i)) out.push({ profile: this.profile(i), text: 0 });
    }
    return out;
  }

  /** Candidates for a stored matter, with their profiles; null when the index does not know it. */
  candidatesFor(matterId: string, limit: number = SIMILARITY_LIMITS.candidates): { profile: RankProfile; text: number }[] | null {
    const i = this.byId.get(matterId);
    if (i === undefined) return null;
    return this.withProfiles(this.nearest(this.stored(i), i, limit), i, limit);
  }

  /** Candidates for a draft's signature. */
  candidatesForVector(v: TermVector, limit: number = SIMILARITY_LIMITS.candidates): { profile: RankProfile; text: number }[] {
    return this.withProfiles(this.nearest(this.known(v), -1, limit), -1, limit);
  }

  /** A stored matter's data item names and first sentence per non-clause category, for the reasons. */
  details(matterId: string): Pick<ReasonFacts, 'items' | 'sentences'> | null {
    const i = this.byId.get(matterId);
    if (i === undefined) return null;
    const d = this.d;
    const items: string[] = [];
    for (let j = d.itemOffsets[i]; j < d.itemOffsets[i + 1]; j++) items.push(d.names[d.itemNames[j]]);
    const sentences: Record<string, number> = {};
    for (let j = d.categoryOffsets[i]; j < d.categoryOffsets[i + 1]; j++) sentences[d.names[d.categoryNames[j]]] = d.categorySeqs[j];
    return { items, sentences };
  }
}
