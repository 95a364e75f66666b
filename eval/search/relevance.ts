// Search relevance: recall@5 and MRR of searchMatters over a set of queries with the matters each
// should find. Matters are named `<file stem>#<seq>` (the document's file name without extension
// and the matter's number in it), which stays stable while extraction and ids evolve.
//
// Two sets: a written one (eval/search/relevance.tsv over the sample texts and the extra
// documents in eval/search/docs) and one derived from a generated corpus's gold, so the
// same check runs on queries and documents nobody tuned the ranking on.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedDocument } from '../generator/types';
import { analyzeTerms } from '../../src/lib/domain/search/postings';
import { tokenizeText, type Tokenizer } from '../../src/lib/domain/tokens';
import { searchText } from '../../src/lib/domain/search/search-text';
import { publishSnapshot, snapshotPath } from '../../src/lib/server/store/snapshot';
import { searchMatters } from '../../src/lib/server/store/search';
import { Store } from '../../src/lib/server/store/store';
import { ingestPaths } from '../../src/lib/ingest/pipeline';

export const RELEVANCE_SET = 'eval/search/relevance.tsv';
/** The documents the written set is about. */
export const RELEVANCE_DOCS = ['test/fixtures/samples-text', 'eval/search/docs'];

export interface RelevanceQuery {
  /** Line in the set's file (0 for derived queries). */
  line: number;
  query: string;
  /** `stem#seq` of every matter the query should find. */
  expected: string[];
  /** What the query tests, for reports. */
  note?: string;
}

/** Reads `query<TAB>stem#seq,stem#seq[<TAB>note]` lines; `#` starts a comment line. */
export function parseRelevanceSet(tsv: string, source = RELEVANCE_SET): RelevanceQuery[] {
  const out: RelevanceQuery[] = [];
  tsv.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.startsWith('#')) return;
    const [query, expected, note] = raw.split('\t');
    if (!query?.trim() || !expected?.trim()) throw new Error(`${source}:${line}: expected "query<TAB>stem#seq,…", got "${raw.slice(0, 60)}"`);
    const keys = expected.split(',').map((k) => k.trim()).filter(Boolean);
    const bad = keys.find((k) => !/^[^#\s]+#\d+$/.test(k));
    if (bad) throw new Error(`${source}:${line}: "${bad}" is not a matter key (file stem#matter number, e.g. 000_89a62690775440f9#1)`);
    out.push({ line, query: query.trim(), expected: keys, note: note?.trim() || undefined });
  });
  return out;
}

/**
 * recall@k: the share of the expected matters in the first k results, out of at most k (a query
 * with more relevant matters than k is not held to the impossible); rr: 1 / rank of the first
 * expected matter, 0 when none is ranked.
 */
export function scoreRanking(expected: string[], ranked: string[], k = 5): { recall: number; rr: number } {
  const want = new Set(expected);
  const found = ranked.slice(0, k).filter((key) => want.has(key)).length;
  const first = ranked.findIndex((key) => want.has(key));
  return { recall: want.size === 0 ? 1 : found / Math.min(k, want.size), rr: first < 0 ? 0 : 1 / (first + 1) };
}

export interface QueryOutcome extends RelevanceQuery {
  /** The first ranked matter keys. */
  ranked: string[];
  total: number;
  recall: number;
  rr: number;
  /** A query the search refused (its message), counted as finding nothing. */
  error?: string;
}

export interface SearchEvaluation {
  queries: QueryOutcome[];
  recallAt5: number;
  mrr: number;
}

/** `stem#seq` of each stored matter, from its document's file name. */
export async function matterKeys(store: Store): Promise<Map<string, string>> {
  const rows = await store.all<{ matter_id: string; source_path: string; seq: number }>(
    'SELECT m.matter_id, d.source_path, m.seq FROM matters m JOIN documents d USING (document_id)'
  );
  return new Map(rows.map((r) => [r.matter_id, `${path.basename(r.source_path).replace(/\.[^.]+$/, '')}#${r.seq}`]));
}

export async function evaluateSearch(store: Store, tokenizer: Tokenizer, queries: RelevanceQuery[], k = 5): Promise<SearchEvaluation> {
  const keys = await matterKeys(store);
  const outcomes: QueryOutcome[] = [];
  for (const q of queries) {
    try {
      const r = await searchMatters(store, tokenizer, { q: q.query, limit: 20, facets: false });
      const ranked = r.results.map((h) => keys.get(h.matter_id) ?? h.matter_id);
      outcomes.push({ ...q, ranked, total: r.total, ...scoreRanking(q.expected, ranked, k) });
    } catch (e) {
      outcomes.push({ ...q, ranked: [], total: 0, recall: 0, rr: 0, error: (e as Error).message });
    }
  }
  const mean = (f: (o: QueryOutcome) => number) => (outcomes.length ? outcomes.reduce((s, o) => s + f(o), 0) / outcomes.length : 0);
  return { queries: outcomes, recallAt5: mean((o) => o.recall), mrr: mean((o) => o.rr) };
}

/** Ingests the inputs into a new store at `db`, publishes its snapshot and opens that, read-only. */
export async function buildSearchStore(inputs: string[], tokenizer: Tokenizer, db: string): Promise<Store> {
  rmSync(db, { force: true });
  rmSync(snapshotPath(db), { force: true });
  const writer = await Store.open(db);
  try {
    const summary = await ingestPaths(inputs, { store: writer, tokenizer });
    const failed = summary.outcomes.filter((o) => !o.ok);
    if (failed.length) throw new Error(`cannot build the search store: ${failed.map((o) => `${o.path}: ${o.reason}`).join('; ')}`);
    await publishSnapshot(writer);
  } finally {
    writer.close();
  }
  return Store.open(snapshotPath(db), { readOnly: true });
}

export function formatSearchEvaluation(e: SearchEvaluation, verbose = false): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines: string[] = [];
  for (const q of e.queries) {
    const miss = q.recall < 1 || q.rr < 1;
    if (!verbose && !miss) continue;
    lines.push(`${miss ? '✗' : '✓'} ${q.query}  recall@5 ${pct(q.recall)}  rr ${q.rr.toFixed(2)}  (${q.total} hits)`);
    if (miss || verbose) lines.push(`    expected ${q.expected.join(', ')}`, `    ranked   ${q.ranked.slice(0, 5).join(', ') || '—'}${q.error ? `  [${q.error}]` : ''}`);
  }
  lines.push(`${e.queries.length} queries: recall@5 ${pct(e.recallAt5)}, MRR ${e.mrr.toFixed(3)}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Queries derived from a generated corpus's gold

/** Title words every matter shares: they find everything and single out nothing. */
const COMMON_TITLE_WORDS = new Set(['業務', '委託', '事業', '係る', '伴う', '利用', 'について', 'における', '個人', '情報', '提供', '運営', '外部', '結合', 'こと', 'する', 'の', '等', 'ため', '及び', '事務']);

const norm = (s: string) => searchText(s);

/**
 * Two kinds of query per matter, from its gold only: (1) the two title words that are rarest among
 * the corpus's titles (nouns of two or more characters, not the words every title has), expecting
 * every matter whose title contains both; (2) its rarest data item with the wording of one of its
 * media, expecting every matter holding both.
 */
export function deriveGoldQueries(docs: GeneratedDocument[], tokenizer: Tokenizer): RelevanceQuery[] {
  const matters = docs.flatMap((d) => d.gold.matters.map((g, i) => ({ key: `${d.stem}#${i + 1}`, gold: g, truth: d.truth[i] })));
  const titleWords = (title: string) => [
    ...new Set(
      tokenizeText(tokenizer, title)
        .filter((t) => t.pos === '名詞' && t.surface.length >= 2 && !COMMON_TITLE_WORDS.has(t.surface) && !/^[\d０-９]+$/.test(t.surface))
        .map((t) => t.surface)
    )
  ];
  const titleDf = new Map<string, number>();
  for (const m of matters) for (const w of titleWords(m.gold.title)) titleDf.set(w, (titleDf.get(w) ?? 0) + 1);
  const itemDf = new Map<string, number>();
  for (const m of matters) for (const it of new Set(m.gold.data_items.map((x) => x.item))) itemDf.set(it, (itemDf.get(it) ?? 0) + 1);

  const out: RelevanceQuery[] = [];
  const seen = new Set<string>();
  const add = (query: string, expected: string[], note: string) => {
    if (seen.has(query) || expected.length === 0) return;
    seen.add(query);
    out.push({ line: 0, query, expected, note });
  };
  for (const m of matters) {
    const words = titleWords(m.gold.title).sort((a, b) => (titleDf.get(a) ?? 0) - (titleDf.get(b) ?? 0) || b.length - a.length);
    if (words.length >= 2) {
      const pick = words.slice(0, 2);
      add(
        pick.join(' '),
        matters.filter((x) => pick.every((w) => norm(x.gold.title).includes(norm(w)))).map((x) => x.key),
        'title words'
      );
    }
    const items = [...new Set(m.gold.data_items.map((x) => x.item))].filter((it) => analyzeTerms(tokenizer, it).length > 0).sort((a, b) => (itemDf.get(a) ?? 0) - (itemDf.get(b) ?? 0));
    const medium = m.truth.media[0]?.medium;
    if (items.length && medium) {
      const item = items[0];
      add(
        `${item} ${medium}`,
        matters.filter((x) => x.gold.data_items.some((d) => d.item === item) && x.truth.media.some((d) => norm(d.medium) === norm(medium))).map((x) => x.key),
        'data item + medium'
      );
    }
  }
  return out;
}

/** Writes the generated documents to `dir` (cleared first) for ingestion. */
export function writeGenerated(docs: GeneratedDocument[], dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const d of docs) writeFileSync(path.join(dir, `${d.stem}.${d.ext}`), d.bytes);
}

export function loadRelevanceSet(file = RELEVANCE_SET): RelevanceQuery[] {
  return parseRelevanceSet(readFileSync(file, 'utf8'), file);
}
