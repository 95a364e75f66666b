// Similar matters from the store. The snapshot's derived tables (sim_*, derived.ts) hold every
// matter's signature, profile and reason details; they are loaded once per opened snapshot into a
// SimilarityIndex (domain/similar.ts), because DuckDB answers a scattered multi-row fetch by scanning
// whole columns (tens of ms at 100,000 matters) while the in-memory lists answer in about a
// millisecond. A matter page then asks DuckDB nothing for its similar matters.
// A store without the derived tables (a snapshot published by an older version, or a store read
// directly) ranks by risk profile alone, from the base tables.

import type { DuckDBDataChunk } from '@duckdb/node-api';
import { ITEM_CATEGORIES, MEDIA_CATEGORIES } from '../../domain/codes';
import {
  idf,
  rankCandidates,
  signature,
  SimilarityIndex,
  similarityReason,
  SIMILARITY_LIMITS,
  weightedTf,
  type Ranked,
  type RankProfile,
  type ReasonFacts,
  type SimilarMatter
} from '../../domain/similar/similar';
import type { SimilarResult } from '../../view-types';
import { hasTables } from './catalog';
import { SIMILARITY_TABLES } from './derived';
import type { SqlValue, Store } from './store';

// The result type is the browser's (view-types.ts).
export type { SimilarResult };

/**
 * A (materialized) result read column by column, chunk by chunk: far less overhead than row objects
 * for big tables. Not streamed: the store's connection answers other warm-up queries meanwhile, and
 * a query run on it ends a result still streaming there.
 */
async function eachChunk(store: Store, sql: string, onChunk: (chunk: DuckDBDataChunk) => void): Promise<void> {
  const result = await store.connection.run(sql);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) return;
    onChunk(chunk);
  }
}

async function loadIndex(store: Store): Promise<SimilarityIndex> {
  const [{ n, terms, lexicon }] = await store.all<{ n: number; terms: number; lexicon: number }>(
    `SELECT (SELECT count(*) FROM sim_matters)::INTEGER AS n, (SELECT count(*) FROM sim_terms)::INTEGER AS terms, (SELECT count(*) FROM sim_lexicon)::INTEGER AS lexicon`
  );
  const matterIds: string[] = [];
  const titles: (string | null)[] = [];
  const municipalities: (string | null)[] = [];
  const fiscalYears: (number | null)[] = [];
  const procedures: string[] = [];
  const sensitive = new Uint8Array(n);
  const mediaBits = new Uint8Array(n);
  const itemBits = new Uint8Array(n);
  await eachChunk(store, 'SELECT matter_id, title, municipality, fiscal_year, procedure, sensitive, media_bits, item_bits FROM sim_matters ORDER BY mid', (c) => {
    const cols = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => c.getColumnVector(i));
    for (let r = 0; r < c.rowCount; r++) {
      const i = matterIds.length;
      matterIds.push(cols[0].getItem(r) as string);
      titles.push(cols[1].getItem(r) as string | null);
      municipalities.push(cols[2].getItem(r) as string | null);
      fiscalYears.push(cols[3].getItem(r) as number | null);
      procedures.push(cols[4].getItem(r) as string);
      sensitive[i] = cols[5].getItem(r) ? 1 : 0;
      mediaBits[i] = cols[6].getItem(r) as number;
      itemBits[i] = cols[7].getItem(r) as number;
    }
  });
  const lemmas: string[] = [];
  const df = new Int32Array(lexicon);
  await eachChunk(store, 'SELECT lemma, df FROM sim_lexicon ORDER BY tid', (c) => {
    const [l, f] = [c.getColumnVector(0), c.getColumnVector(1)];
    for (let r = 0; r < c.rowCount; r++) {
      df[lemmas.length] = f.getItem(r) as number;
      lemmas.push(l.getItem(r) as string);
    }
  });
  // Signatures come sorted by mid (1…N), so each matter's terms are one run.
  const offsets = new Int32Array(n + 1);
  const tids = new Int32Array(terms);
  const weights = new Float32Array(terms);
  let k = 0;
  await eachChunk(store, 'SELECT mid, tid, w FROM sim_terms ORDER BY mid, tid', (c) => {
    const [m, t, w] = [c.getColumnVector(0), c.getColumnVector(1), c.getColumnVector(2)];
    for (let r = 0; r < c.rowCount; r++, k++) {
      offsets[m.getItem(r) as number]++;
      tids[k] = t.getItem(r) as number;
      weights[k] = w.getItem(r) as number;
    }
  });
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  // Items and categories per matter, as runs over interned names (item names repeat across matters).
  const [{ items, categories }] = await store.all<{ items: number; categories: number }>(
    `SELECT count(*) FILTER (WHERE kind = 'item')::INTEGER AS items, count(*) FILTER (WHERE kind = 'category')::INTEGER AS categories FROM sim_details`
  );
  const names: string[] = [];
  const nameIds = new Map<string, number>();
  const intern = (name: string) => {
    let id = nameIds.get(name);
    if (id === undefined) nameIds.set(name, (id = names.push(name) - 1));
    return id;
  };
  const itemOffsets = new Int32Array(n + 1);
  const itemNames = new Int32Array(items);
  const categoryOffsets = new Int32Array(n + 1);
  const categoryNames = new Int32Array(categories);
  const categorySeqs = new Int32Array(categories);
  let it = 0;
  let ct = 0;
  await eachChunk(store, 'SELECT mid, kind, name, seq FROM sim_details ORDER BY mid, kind, seq, name', (c) => {
    const [m, k, nm, sq] = [0, 1, 2, 3].map((i) => c.getColumnVector(i));
    for (let r = 0; r < c.rowCount; r++) {
      const mid = m.getItem(r) as number;
      if (k.getItem(r) === 'item') {
        itemOffsets[mid]++;
        itemNames[it++] = intern(nm.getItem(r) as string);
      } else {
        categoryOffsets[mid]++;
        categoryNames[ct] = intern(nm.getItem(r) as string);
        categorySeqs[ct++] = sq.getItem(r) as number;
      }
    }
  });
  for (let i = 0; i < n; i++) {
    itemOffsets[i + 1] += itemOffsets[i];
    categoryOffsets[i + 1] += categoryOffsets[i];
  }
  return new SimilarityIndex({
    matterIds, titles, municipalities, fiscalYears, procedures, sensitive, mediaBits, itemBits, offsets, terms: tids, weights, lemmas, df,
    itemOffsets, itemNames, categoryOffsets, categoryNames, categorySeqs, names
  });
}

const indexes = new WeakMap<Store, Promise<SimilarityIndex | null>>();

/**
 * The store's similarity index, loaded on first use (a few seconds per 100,000 matters); null when
 * the store lacks the derived tables.
 */
function similarityIndex(store: Store): Promise<SimilarityIndex | null> {
  let index = indexes.get(store);
  if (!index) {
    index = hasTables(store, SIMILARITY_TABLES).then((ok) => (ok ? loadIndex(store) : null));
    // A failed load is not remembered: the next request tries again.
    index.catch(() => indexes.delete(store));
    indexes.set(store, index);
  }
  return index;
}

/**
 * Loads the similarity index now rather than on the first matter page: called when the server
 * opens a store, so nobody waits seconds for it. A failure is left to the request that needs it.
 */
export function warmSimilarity(store: Store): Promise<void> {
  return similarityIndex(store).then(
    () => undefined,
    () => undefined
  );
}

type Details = Map<string, Pick<ReasonFacts, 'items' | 'sentences'>>;

/** Items and first sentence per category, from rows (key, kind, name, seq) in item order. */
function detailsFrom(rows: { key: string; kind: string; name: string; seq: number }[]): Details {
  const out: Details = new Map();
  for (const r of rows) {
    const id = r.key;
    let d = out.get(id);
    if (!d) out.set(id, (d = { items: [], sentences: {} }));
    if (r.kind === 'item') d.items.push(r.name);
    else d.sentences[r.name] = r.seq;
  }
  return out;
}

/** Details of stored matters from the index. */
function indexedDetails(index: SimilarityIndex, ids: string[]): Details {
  return new Map(ids.map((id) => [id, index.details(id)!]));
}

/** Details of matters by id, from the base tables (stores without the derived tables). */
async function baseDetails(store: Store, ids: string[]): Promise<Details> {
  const params: Record<string, SqlValue> = {};
  ids.forEach((m, i) => (params[`m${i}`] = m));
  const list = ids.map((_, i) => `$m${i}`).join(', ');
  const rows = await store.all<{ key: string; kind: string; name: string; seq: number }>(
    `SELECT matter_id AS key, 'item' AS kind, item AS name, min(seq) AS seq FROM data_items WHERE matter_id IN (${list}) GROUP BY matter_id, item
     UNION ALL
     SELECT matter_id, 'category', category, min(seq) FROM safeguards WHERE matter_id IN (${list}) AND scope <> 'clause' GROUP BY matter_id, category
     ORDER BY key, kind, seq, name`,
    params
  );
  return detailsFrom(rows);
}

/** Every matter's profile from the base tables, for stores without the derived tables. */
async function baseProfiles(store: Store): Promise<RankProfile[]> {
  const rows = await store.all<Omit<RankProfile, 'itemCategories'> & { item_categories: string[] }>(
    `WITH itm AS (SELECT matter_id, list(DISTINCT category) AS item_categories, bool_or(sensitive) AS sensitive FROM data_items GROUP BY matter_id),
          med AS (SELECT matter_id, list(DISTINCT category) AS media FROM media GROUP BY matter_id)
     SELECT m.matter_id, m.title, m.municipality, m.fiscal_year, m.procedure, coalesce(med.media, []) AS media,
            coalesce(itm.item_categories, []) AS item_categories, coalesce(itm.sensitive, false) AS sensitive
       FROM matters m LEFT JOIN itm USING (matter_id) LEFT JOIN med USING (matter_id)`
  );
  // The codes' order, as the index decodes its bit sets; codes it does not know keep their place at the end.
  const inOrder = (values: string[], codes: readonly string[]) => [...codes.filter((c) => values.includes(c)), ...values.filter((v) => !codes.includes(v)).sort()];
  return rows.map(({ item_categories, ...r }) => ({ ...r, media: inOrder(r.media, MEDIA_CATEGORIES), itemCategories: inOrder(item_categories, ITEM_CATEGORIES) }));
}

const facts = (p: RankProfile, d: Pick<ReasonFacts, 'items' | 'sentences'> | undefined): ReasonFacts => ({
  procedure: p.procedure,
  media: p.media,
  sensitive: p.sensitive,
  items: d?.items ?? [],
  sentences: d?.sentences ?? {}
});

function withReasons(target: ReasonFacts, ranked: Ranked[], details: Details, profiles: Map<string, RankProfile>, self?: string): SimilarMatter[] {
  return ranked.map((r) => {
    const other = facts(profiles.get(r.matter_id)!, details.get(r.matter_id));
    return { ...r, sentences: other.sentences, ...similarityReason(target, other, self) };
  });
}

/** The k matters most similar to a stored one; null when there is no such matter. */
export async function similarMatters(store: Store, id: string, k: number = SIMILARITY_LIMITS.shown): Promise<SimilarResult | null> {
  const index = await similarityIndex(store);
  if (index) {
    const target = index.profileOf(id);
    const candidates = index.candidatesFor(id);
    if (!target || !candidates) return null;
    const ranked = rankCandidates(target, candidates, k);
    const details = indexedDetails(index, [id, ...ranked.map((r) => r.matter_id)]);
    const profiles = new Map(candidates.map((c) => [c.profile.matter_id, c.profile]));
    return { similar: withReasons(facts(target, details.get(id)), ranked, details, profiles), index: true };
  }
  const all = await baseProfiles(store);
  const target = all.find((p) => p.matter_id === id);
  if (!target) return null;
  const ranked = rankCandidates(target, all.map((profile) => ({ profile, text: null })), k);
  const details = await baseDetails(store, [id, ...ranked.map((r) => r.matter_id)]);
  return { similar: withReasons(facts(target, details.get(id)), ranked, details, new Map(all.map((p) => [p.matter_id, p]))), index: false };
}

/** A matter that is not in the store (a draft): its profile, reason facts and postings. */
export interface DraftTerms {
  profile: RankProfile;
  facts: ReasonFacts;
  postings: readonly { lemma: string; section: string; tf: number }[];
}

/** The k stored matters most similar to a draft, its signature weighted by the store's idf. */
export async function similarToDraft(store: Store, draft: DraftTerms, k: number = SIMILARITY_LIMITS.shown): Promise<SimilarResult> {
  const index = await similarityIndex(store);
  if (index) {
    const vector = signature(weightedTf(draft.postings), (lemma) => idf(index.df(lemma), index.size));
    const candidates = index.candidatesForVector(vector);
    const ranked = rankCandidates(draft.profile, candidates, k);
    const details = indexedDetails(index, ranked.map((r) => r.matter_id));
    return { similar: withReasons(draft.facts, ranked, details, new Map(candidates.map((c) => [c.profile.matter_id, c.profile])), 'この草案'), index: true };
  }
  const all = await baseProfiles(store);
  const ranked = rankCandidates(draft.profile, all.map((profile) => ({ profile, text: null })), k);
  const details = ranked.length ? await baseDetails(store, ranked.map((r) => r.matter_id)) : new Map();
  return { similar: withReasons(draft.facts, ranked, details, new Map(all.map((p) => [p.matter_id, p])), 'この草案'), index: false };
}
