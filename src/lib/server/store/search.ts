// Precedent search: BM25F over the kuromoji postings, with the dashboard's filters, facets and
// KWIC snippets. One statement finds, scores, filters, counts and pages the matters; a second
// fetches the shown page's texts for their snippets. When a string of three or more characters
// must be confirmed on the texts, a first statement lists its candidates and, when they are few,
// their texts are read through an index and checked here (a scan reads every text). Query words,
// lemmas and filter values are bound parameters; SQL text comes only from this file and the filter
// whitelist.
//
// A term matches a matter when one of its variants (the word or a synonym) does, by lemmas (one
// lemma, or a phrase of lemmas at adjacent positions within one section) or, for the word as
// typed and a synonym of three or more characters, as a string of its normalised text (the
// character bigram table finds the candidates; longer strings are confirmed on the text, only for
// matters no variant of the term found by lemmas). Scores: BM25F per variant, the best variant per
// term, summed over the query's terms.

import type { Tokenizer } from '../../domain/tokens';
import { parseSearchQuery, planQuery, queryPhrase, type PlannedTerm } from '../../domain/search/query';
import { gramLookup } from '../../domain/search/search-text';
import { highlight, kwic, snippetText } from '../../domain/search/snippets';
import { SYNONYMS, type SynonymIndex } from '../../domain/search/synonyms';
import { SEARCH_FACET_KEYS, type FacetValue, type SearchFacetKey, type SearchFacets, type SearchHit, type SearchResult, type SearchSort } from '../../view-types';
import { countsBy } from './counts-by';
import { filterSql, SCALAR_FACETS, type MatterFilter } from './dashboard';
import { MASKED_LISTS, RANKING, sectionNorm, sectionNumber } from './derived';
import type { Query, SqlValue, Store } from './store';
import { idList } from './id-list';

/** A query the user should rephrase; the message is Japanese and says why. */
export class SearchQueryError extends Error {}

/** A snapshot published by a version without search tables: the next ingest run adds them. */
export class SearchUnavailableError extends Error {}

// The result types and their lists are the browser's (view-types.ts).
export { SEARCH_FACET_KEYS, SEARCH_SORTS } from '../../view-types';
export type { SearchFacetKey, SearchFacets, SearchHit, SearchResult, SearchSort };

export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_LIMIT = 100;

export interface SearchOptions {
  q: string;
  filter?: MatterFilter;
  /** 1-based. */
  page?: number;
  limit?: number;
  sort?: SearchSort;
  /** Facet counts are computed unless false (a feed needs none). */
  facets?: boolean;
  synonyms?: SynonymIndex;
  /** Candidates checked through the index at most (VERIFY_BY_INDEX); 0 checks them in the query's scan. */
  verifyByIndex?: number;
}

/**
 * Each facet and the filters it ignores (so its other values stay visible). The one-value facets
 * are grouped by the dashboard's expressions (SCALAR_FACETS); categories are counted by the bits
 * of cats_any_mask (derived.ts).
 */
const FACETS: Record<SearchFacetKey, { drop: (keyof MatterFilter)[] }> = {
  department: { drop: ['department'] },
  fiscal_year: { drop: ['fiscal_year', 'fy_from', 'fy_to'] },
  procedure: { drop: ['procedure'] },
  municipality: { drop: ['municipality'] },
  category: { drop: ['category', 'has', 'actor', 'clauses'] },
  sensitive: { drop: ['sensitive'] }
};
type ScalarSearchFacet = Exclude<SearchFacetKey, 'category'>;

/**
 * The facet counts over the matched matters (flagged), as rows (dimension, value, n). Facets whose own
 * filter is not set see the same matters and are counted in one statement (countsBy); a filtered
 * dimension's facet is counted apart, under the other filters only. Categories are one pass of bit
 * counts.
 */
function facetQueries(where: (except: SearchFacetKey | null) => string, sql: Sql): string[] {
  const all = where(null);
  const scalars = SEARCH_FACET_KEYS.filter((k): k is ScalarSearchFacet => k !== 'category');
  const shared = scalars.filter((k) => where(k) === all);
  const out: string[] = [];
  const counts = (keys: ScalarSearchFacet[], w: string) => countsBy(Object.fromEntries(keys.map((k) => [k, SCALAR_FACETS[k]])), `flagged m ${w}`);
  if (shared.length) out.push(counts(shared, all));
  for (const k of scalars.filter((x) => !shared.includes(x))) out.push(counts([k], where(k)));
  const codes = MASKED_LISTS.cats_any;
  const bits = codes.map((_, i) => `count(*) FILTER (WHERE (m.cats_any_mask >> ${i}) & 1 = 1)`).join(', ');
  out.push(`SELECT 'category' AS dimension, unnest([${codes.map((c) => sql.bind(c)).join(', ')}]) AS value, unnest([${bits}]) AS n FROM flagged m ${where('category')}`);
  return out;
}

// Ties go by doc, which orders as the matter id does (search_docs).
const ORDERS: Record<SearchSort, string> = {
  relevance: 'm.score DESC, m.fiscal_year DESC NULLS LAST, m.doc',
  newest: 'm.council_date DESC NULLS LAST, m.fiscal_year DESC NULLS LAST, m.ingested_at DESC, m.doc'
};

/** Collects CTEs and their bound values; names are generated, never taken from input. */
class Sql {
  readonly params: Record<string, SqlValue> = {};
  /** Lemma rows, which the text check (`verified`) refers to; then everything else. */
  readonly first: string[] = [];
  readonly ctes: string[] = [];
  /** Phrases whose rows a substring check reads too: made temp tables when the check runs apart. */
  readonly phrases: { i: number; body: string }[] = [];
  private n = 0;
  /** `pairs`: the snapshot has search_pairs (search_stats.pairs); `impacts`: it has search_impacts. */
  constructor(
    readonly tables: Map<number, string> | null,
    readonly pairs: boolean,
    readonly impacts: boolean
  ) {}
  bind(v: SqlValue): string {
    const name = `sq${this.n++}`;
    this.params[name] = v;
    return `$${name}`;
  }
  cte(name: string, body: string): void {
    this.ctes.push(`${name} AS (${body})`);
  }
}

/**
 * Rows (doc, w) of the matters where the variant's lemmas occur, adjacent when there are several,
 * with their weighted frequency w (BM25F before saturation): one lemma, or a two-lemma phrase where
 * the store has pairs, read ready-made from the impacts (derived.ts); otherwise the section rows
 * (positionRows) weighted by search_norms and summed per matter.
 */
function lemmaRows(sql: Sql, lemmas: string[]): string | null {
  if (lemmas.length === 0) return null;
  if (sql.impacts && lemmas.length === 1) return `SELECT doc, w FROM search_impacts WHERE lemma = ${sql.bind(lemmas[0])}`;
  if (sql.impacts && sql.pairs && lemmas.length === 2) return `SELECT doc, w FROM search_pair_impacts WHERE lemma = ${sql.bind(lemmas[0])} AND next = ${sql.bind(lemmas[1])}`;
  return `SELECT h.doc, sum(h.tf * ${sectionNorm('h.sec', 'n')}) AS w FROM (${positionRows(sql, lemmas)}) h JOIN search_norms n ON n.doc = h.doc GROUP BY h.doc`;
}

/**
 * Rows (doc, sec, tf) where the variant's lemmas occur, adjacent when there are several: matters by
 * their integer key and sections by number (derived.ts), which join and group at half the cost of
 * the id and section strings. A phrase is read as adjacent pairs (search_pairs): lemmas 0-1, 2-3,
 * … and, for an odd count, the last two, each pair's first position at its offset from the
 * phrase's start; a two-lemma phrase is one pair's rows. A store without pairs joins the lemmas.
 */
function positionRows(sql: Sql, lemmas: string[]): string {
  if (lemmas.length === 1) return `SELECT doc, sec, tf FROM postings WHERE lemma = ${sql.bind(lemmas[0])}`;
  const parts: Part[] = sql.pairs ? pairParts(sql, lemmas) : lemmas.map((l, offset) => ({ table: 'postings', keys: { lemma: sql.bind(l) }, offset }));
  const on = (alias: string, p: Part) => Object.entries(p.keys).map(([column, value]) => `${alias}.${column} = ${value}`).join(' AND ');
  const [head, ...rest] = parts;
  if (rest.length === 0) return `SELECT p0.doc, p0.sec, p0.tf FROM ${head.table} p0 WHERE ${on('p0', head)}`;
  const joins = rest.map((p, k) => `JOIN ${p.table} p${k + 1} ON p${k + 1}.doc = p0.doc AND p${k + 1}.sec = p0.sec AND ${on(`p${k + 1}`, p)}`).join('\n ');
  const adjacent = rest.map((p, k) => `list_contains(p${k + 1}.positions, x + ${p.offset})`).join(' AND ');
  return `SELECT doc, sec, tf FROM (
    SELECT p0.doc, p0.sec, len(list_filter(p0.positions, lambda x: ${adjacent}))::INTEGER AS tf
      FROM ${head.table} p0 ${joins}
     WHERE ${on('p0', head)}) WHERE tf > 0`;
}

/** One table's rows of a phrase: the key columns and their bound values, and the offset of its first lemma in the phrase. */
interface Part {
  table: 'postings' | 'search_pairs';
  keys: Partial<Record<'lemma' | 'next', string>>;
  offset: number;
}

/** The pairs a phrase of two or more lemmas is read as. */
function pairParts(sql: Sql, lemmas: string[]): Part[] {
  const offsets: number[] = [];
  for (let o = 0; o + 1 < lemmas.length; o += 2) offsets.push(o);
  if (lemmas.length % 2 === 1) offsets.push(lemmas.length - 2);
  return offsets.map((o) => ({ table: 'search_pairs', keys: { lemma: sql.bind(lemmas[o]), next: sql.bind(lemmas[o + 1]) }, offset: o }));
}

/**
 * Rows (doc, tf) whose search text contains the string, leaving out the matters of `except`. One
 * or two characters are answered by the bigram table; longer strings register their candidates
 * (matters holding all their bigrams) for the one shared check on the text (see `verified`).
 */
function substringRows(sql: Sql, s: string, except: string[], i: number, checks: string[]): string | null {
  const g = gramLookup(s);
  if (!g) return null;
  const not = except.length ? `AND g.doc NOT IN (${except.map((e) => `SELECT doc FROM ${e}`).join(' UNION ALL ')})` : '';
  const grams = (where: string) => `SELECT g.doc, g.tf FROM search_grams g WHERE ${where} ${not}`;
  if (g.kind === 'range') return `SELECT doc, sum(tf)::INTEGER AS tf FROM (${grams(`g.gram BETWEEN ${sql.bind(BigInt(g.lo))} AND ${sql.bind(BigInt(g.hi))}`)}) GROUP BY doc`;
  if (g.kind === 'exact') return grams(`g.gram = ${sql.bind(BigInt(g.code))}`);
  const codes = g.codes.map((c) => sql.bind(BigInt(c))).join(', ');
  checks.push(`SELECT ${i} AS variant, ${sql.bind(s)} AS needle, g.doc FROM search_grams g
     WHERE g.gram IN (${codes}) ${not} GROUP BY g.doc HAVING count(*) = ${g.codes.length}`);
  return `SELECT doc, tf FROM verified WHERE variant = ${i}`;
}

/**
 * A synonym this long is also searched as a string: an abbreviation or a katakana word is often
 * inside one longer token (マイナ in マイナポータル) that its lemma never equals. A shorter one
 * is not: two kanji occur inside unrelated words (生保 in 衛生保健).
 */
export const SYNONYM_SUBSTRING_CHARS = 3;

/** The section number of a hit found as a string of the text. */
const SUBSTRING_SEC = sectionNumber('substring');

/**
 * Defines l<i> (lemma rows) and s<i> (substring rows) for each variant of a term, numbered from
 * `first`; returns the names defined. The typed word is always searched as a substring too (the
 * fallback is for what the dictionary splits differently, or keeps inside a longer token); a
 * synonym when it is long enough. A string is checked only on matters none of the term's variants
 * found by lemmas: those match the term already, and their score comes from the lemmas. Checking a
 * string costs a read of each candidate's text, and a common synonym (暗号処理 for 暗号化) would
 * otherwise send hundreds of matters the word itself found to that read.
 */
function termRows(sql: Sql, term: PlannedTerm, first: number, checks: string[]): { lemma: string | null; sub: string | null }[] {
  const variants = term.variants.map((v, k) => {
    const l = lemmaRows(sql, v.lemmas);
    return { v, i: first + k, l, sub: v.typed || !l || [...v.string].length >= SYNONYM_SUBSTRING_CHARS };
  });
  const anySub = variants.some((x) => x.sub);
  const lemmas: string[] = [];
  for (const { v, i, l } of variants) {
    if (!l) continue;
    // A phrase read twice (its rows and a substring check) is computed once, in a temp table when
    // the check runs in a statement of its own; a lemma's or a pair's impacts are cheap to repeat.
    const twice = anySub && !(sql.impacts && v.lemmas.length <= (sql.pairs ? 2 : 1));
    if (twice) sql.phrases.push({ i, body: l });
    const table = sql.tables?.get(i);
    sql.first.push(table ? `l${i} AS (SELECT * FROM ${table})` : `l${i} AS ${twice ? 'MATERIALIZED ' : ''}(${l})`);
    lemmas.push(`l${i}`);
  }
  return variants.map(({ v, i, l, sub }) => {
    const s = sub ? substringRows(sql, v.string, lemmas, i, checks) : null;
    if (s) sql.cte(`s${i}`, s);
    return { lemma: l ? `l${i}` : null, sub: s ? `s${i}` : null };
  });
}

interface Built {
  sql: string;
  params: Record<string, SqlValue>;
}

/** A substring match confirmed on a matter's text: the variant, the matter (doc) and the occurrences. */
export interface VerifiedRow {
  variant: number;
  doc: number;
  tf: number;
}

/** A string's candidate: the variant, the string, and the matter by key and id (to read its text). */
interface CandidateRow {
  variant: number;
  needle: string;
  doc: number;
  matter_id: string;
}

/**
 * Up to this many candidate texts are read one by one through search_texts's index, then checked
 * here; more are checked in one scan inside the query (reading 600 texts by a scan costs as much
 * as reading them all).
 */
export const VERIFY_BY_INDEX = 2000;

/** Keeps only the parameters a statement names: DuckDB refuses a value it has no place for. */
function bound(sql: string, params: Record<string, SqlValue>): Built {
  const used = new Set(sql.match(/\$\w+/g)?.map((m) => m.slice(1)));
  return { sql, params: Object.fromEntries(Object.entries(params).filter(([k]) => used.has(k))) };
}

/** Non-overlapping occurrences, left to right (as DuckDB's replace counts them). */
export function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * One statement: every variant's rows (hits), BM25F per variant and matter (scored), the best
 * variant per term and clause, the clauses summed (matched), then the filters, the page and the
 * facets over those matters (base).
 */
function buildSearch(
  plan: { clauses: PlannedTerm[][]; exclude: PlannedTerm[] },
  corpus: CorpusStats,
  filter: MatterFilter,
  sort: SearchSort,
  limit: number,
  offset: number,
  withFacets: boolean,
  verified: VerifiedRow[] | null,
  verifyLimit: number,
  phraseTables: Map<number, string> | null = null
): Built & { candidates: Built | null; phrases: (Built & { i: number })[] } {
  const sql = new Sql(phraseTables, corpus.pairs, corpus.impacts);
  // Candidates of the longer strings, checked against the texts in one scan. The needle is a
  // column, so the check cannot be pushed down to every text: only candidates are read.
  const checks: string[] = [];
  const hits: string[] = [];
  // Each variant's term, clause and weight: generated numbers, not input.
  const variants: string[] = [];
  let n = 0;
  let t = 0;
  plan.clauses.forEach((clause, c) => {
    for (const term of clause) {
      const rows = termRows(sql, term, n, checks);
      const termNo = t++;
      term.variants.forEach((v, k) => {
        const i = n + k;
        variants.push(`(${i}, ${termNo}, ${v.typed}, ${c}, ${v.weight})`);
        if (rows[k].lemma) hits.push(`SELECT ${i} AS v, doc, w FROM ${rows[k].lemma}`);
        if (rows[k].sub) hits.push(`SELECT ${i} AS v, s.doc, s.tf * ${sectionNorm(`${SUBSTRING_SEC}`, 'n')} AS w FROM ${rows[k].sub} s JOIN search_norms n ON n.doc = s.doc`);
      });
      n += term.variants.length;
    }
  });
  const excluded: string[] = [];
  for (const term of plan.exclude) {
    for (const rows of termRows(sql, term, n, checks)) for (const r of [rows.lemma, rows.sub]) if (r) excluded.push(`SELECT doc FROM ${r}`);
    n += term.variants.length;
  }
  // The candidates alone (CandidateRow), for a check outside the query; the ids only for the few kept.
  const candidates = checks.length
    ? bound(`WITH ${sql.first.join(',\n')}\n SELECT c.*, d.matter_id FROM (SELECT * FROM (${checks.join(' UNION ALL ')}) LIMIT ${verifyLimit + 1}) c JOIN search_docs d ON d.doc = c.doc`, sql.params)
    : null;
  if (checks.length && verified) {
    const rows = verified.map((r) => `(${r.variant}, ${sql.bind(r.doc)}::INTEGER, ${r.tf})`);
    sql.first.push(
      rows.length
        ? `verified AS (SELECT * FROM (VALUES ${rows.join(', ')}) v(variant, doc, tf))`
        : `verified AS (SELECT 0 AS variant, NULL::INTEGER AS doc, 0 AS tf WHERE false)`
    );
  } else if (checks.length) {
    sql.first.push(`verified AS MATERIALIZED (
      SELECT c.variant, c.doc, ((length(t.text) - length(replace(t.text, c.needle, ''))) // length(c.needle))::INTEGER AS tf
        FROM (${checks.join(' UNION ALL ')}) c JOIN search_docs d ON d.doc = c.doc JOIN search_texts t ON t.matter_id = d.matter_id
       WHERE contains(t.text, c.needle))`);
  }
  const { k1 } = RANKING;
  // One row per variant and matter: a variant's string is checked only on matters none of its
  // term's lemmas found (termRows), so its lemma rows and string rows never share a matter.
  sql.cte('hits', hits.length ? hits.join('\n UNION ALL ') : `SELECT 0 AS v, NULL::INTEGER AS doc, 0.0::DOUBLE AS w WHERE false`);
  // A synonym is counted as no rarer than the word typed: its string is checked only where no
  // variant's lemmas matched, so its own count is low, and a high IDF would rank the synonym's
  // matters above the word's. The counts are per variant: a few rows, joined back to the hits.
  sql.cte(
    'idfs',
    `SELECT x.v, x.clause, x.weight, CASE WHEN x.typed THEN d.df ELSE greatest(d.df, coalesce(max(CASE WHEN x.typed THEN d.df END) OVER (PARTITION BY x.term), 0)) END AS idf_df
       FROM (VALUES ${variants.join(', ') || '(0, 0, true, 0, 1.0)'}) x(v, term, typed, clause, weight)
       JOIN (SELECT v, count(*) AS df FROM hits GROUP BY v) d ON d.v = x.v`
  );
  const N = sql.bind(corpus.matters);
  sql.cte(
    'terms',
    `SELECT i.clause, h.doc, max(i.weight * ln(1 + (${N} - i.idf_df + 0.5) / (i.idf_df + 0.5)) * h.w * ${k1 + 1} / (${k1} + h.w)) AS score
       FROM hits h JOIN idfs i ON i.v = h.v GROUP BY i.clause, h.doc`
  );
  if (excluded.length) sql.cte('excluded', excluded.join(' UNION '));
  sql.cte(
    'matched',
    `SELECT doc, sum(score) AS score FROM terms
      ${excluded.length ? 'WHERE doc NOT IN (SELECT doc FROM excluded)' : ''}
      GROUP BY doc HAVING count(*) = ${plan.clauses.length}`
  );
  // Each filtered dimension's condition is evaluated once per matter (a flag); the total and the
  // page need all flags, each facet all but its own.
  const flags: { key: SearchFacetKey | null; column: string }[] = [];
  const facetKeys = new Set<keyof MatterFilter>(SEARCH_FACET_KEYS.flatMap((k) => FACETS[k].drop));
  const flag = (key: SearchFacetKey | null, part: MatterFilter) => {
    const { where, params } = filterSql(part);
    if (!where) return null;
    Object.assign(sql.params, params);
    const column = `f${flags.length}`;
    flags.push({ key, column });
    return `(${where.replace(/^WHERE /, '')}) AS ${column}`;
  };
  const pick = (keys: (keyof MatterFilter)[]) => Object.fromEntries(keys.filter((k) => filter[k] !== undefined).map((k) => [k, filter[k]])) as MatterFilter;
  const columns = [
    flag(null, pick((Object.keys(filter) as (keyof MatterFilter)[]).filter((k) => !facetKeys.has(k)))),
    ...SEARCH_FACET_KEYS.map((k) => flag(k, pick(FACETS[k].drop)))
  ].filter(Boolean);
  // Only what the facets and the order read is kept per matched matter, not matter_facts's lists;
  // the documents table only for the newest-first order.
  const newest = sort === 'newest';
  sql.ctes.push(`flagged AS MATERIALIZED (
    SELECT m.doc, h.score, m.fiscal_year, m.council_date, m.department, m.procedure, m.municipality,
           m.sensitive_items, m.cats_any_mask${newest ? ', d.ingested_at' : ''}${columns.map((c) => `, ${c}`).join('')}
      FROM matched h JOIN matter_facts m ON m.doc = h.doc${newest ? ' JOIN documents d ON d.document_id = m.document_id' : ''})`);
  const where = (except: SearchFacetKey | null) => {
    const on = flags.filter((f) => f.key === null || f.key !== except).map((f) => `m.${f.column}`);
    return on.length ? `WHERE ${on.join(' AND ')}` : '';
  };
  const all = where(null);
  const facets = withFacets ? facetQueries(where, sql) : [];
  const facetList = facets.length
    ? `(SELECT coalesce(list({'facet': dimension, 'value': value, 'n': n::INTEGER} ORDER BY n DESC, value), []) FROM (${facets.join(' UNION ALL ')}) WHERE value IS NOT NULL AND n > 0)`
    : '[]';
  const body = `WITH ${[...sql.first, ...sql.ctes].join(',\n')}
    SELECT (SELECT count(*)::INTEGER FROM flagged m ${all}) AS total,
           (SELECT coalesce(list({'matter_id': d.matter_id, 'score': r.score} ORDER BY r.ord), []) FROM (
              SELECT m.doc, m.score::DOUBLE AS score, row_number() OVER (ORDER BY ${ORDERS[sort]}) AS ord
                FROM (SELECT * FROM flagged m ${all} ORDER BY ${ORDERS[sort]} LIMIT ${limit} OFFSET ${offset}) m) r JOIN search_docs d ON d.doc = r.doc) AS page,
           ${facetList} AS facets`;
  return { ...bound(body, sql.params), candidates, phrases: sql.phrases.map((p) => ({ i: p.i, ...bound(p.body, sql.params) })) };
}

/** Temp table names: generated, never from input, unique within the process. */
let phraseTableSeq = 0;

/**
 * Reads search_texts's index once: its first look-up loads it whole, which should not be the first
 * user's wait (the warm-up's own search may have no candidate to check).
 */
export async function warmTextIndex(store: Store): Promise<void> {
  const [first] = await store.all<{ matter_id: string }>('SELECT matter_id FROM search_texts LIMIT 1');
  if (first) await store.all('SELECT count(*) AS n FROM search_texts WHERE matter_id = $id', { id: first.matter_id });
}

/** Checks the candidates on their texts, read through search_texts's index. */
async function verifyCandidates(all: Query, rows: CandidateRow[]): Promise<VerifiedRow[]> {
  if (rows.length === 0) return [];
  const ids = idList('t', [...new Set(rows.map((r) => r.matter_id))]);
  const texts = new Map((await all<{ matter_id: string; text: string }>(`SELECT matter_id, text FROM search_texts WHERE matter_id IN (${ids.sql})`, ids.params)).map((r) => [r.matter_id, r.text]));
  const out: VerifiedRow[] = [];
  for (const r of rows) {
    const tf = occurrences(texts.get(r.matter_id) ?? '', r.needle);
    if (tf > 0) out.push({ variant: r.variant, doc: r.doc, tf });
  }
  return out;
}

/** The parsed and planned query, or a SearchQueryError with the Japanese reason. */
export function prepareQuery(q: string, tokenizer: Tokenizer, synonyms: SynonymIndex = SYNONYMS) {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new SearchQueryError(parsed.message);
  const plan = planQuery(parsed.value, tokenizer, synonyms);
  if (!plan.ok) throw new SearchQueryError(plan.message);
  return { parsed: parsed.value, plan: plan.value };
}

/** What a snapshot's search_stats says about its index: the number of matters, and whether it has pairs. */
interface CorpusStats {
  matters: number;
  pairs: boolean;
  /** search_impacts and search_pair_impacts exist: not over Parquet views, nor in a snapshot published before them. */
  impacts: boolean;
}

const IMPACT_TABLES = ['search_impacts', 'search_pair_impacts'];

// A snapshot's statistics never change: read once per opened store. A snapshot derived before
// pairs existed has no such column, and is read without them.
const stats = new WeakMap<Store, Promise<CorpusStats>>();
function corpusStats(store: Store): Promise<CorpusStats> {
  let n = stats.get(store);
  if (!n) {
    n = store
      .all<Partial<CorpusStats>>(
        `SELECT s.*, (SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = current_schema()
                        AND table_name IN (${IMPACT_TABLES.map((t) => `'${t}'`).join(', ')})) = ${IMPACT_TABLES.length} AS impacts
           FROM search_stats s`
      )
      .then((r) => ({ matters: r[0]?.matters ?? 0, pairs: r[0]?.pairs === true, impacts: r[0]?.impacts === true }))
      .catch((e: Error) => {
        stats.delete(store);
        if (/search_stats/.test(e.message)) throw new SearchUnavailableError('このデータには検索用の索引がありません。npm run ingest を実行すると作成されます。');
        throw e;
      });
    stats.set(store, n);
  }
  return n;
}

interface PageRow {
  matter_id: string;
  title: string | null;
  municipality: string | null;
  department: string | null;
  fiscal_year: number | null;
  procedure: string;
  matter_kind: string | null;
  council_date: string | null;
  ingested_at: string;
  document_id: string;
  text: string | null;
}

/** The search statement (with its candidates' check first when strings need one) for one range of the ranking. */
async function rankMatters(
  store: Store,
  plan: ReturnType<typeof prepareQuery>['plan'],
  o: { filter: MatterFilter; sort: SearchSort; withFacets: boolean; verifyLimit: number },
  offset: number,
  limit: number
): Promise<Ranking> {
  const corpus = await corpusStats(store);
  const build = (verified: VerifiedRow[] | null, tables: Map<number, string> | null = null) =>
    buildSearch(plan, corpus, o.filter, o.sort, limit, offset, o.withFacets, verified, o.verifyLimit, tables);
  const first = build(null);
  if (!first.candidates || o.verifyLimit === 0) return (await store.all<Ranking>(first.sql, first.params))[0];
  return store.session(async (all) => {
    // The candidates, then the search: phrases both read are computed once, into temp tables.
    const tables = new Map(first.phrases.map((p) => [p.i, `search_phrase_${++phraseTableSeq}`]));
    try {
      for (const p of first.phrases) await all(`CREATE TEMP TABLE ${tables.get(p.i)} AS ${p.sql}`, p.params);
      const withTables = build(null, tables);
      const rows = await all<CandidateRow>(withTables.candidates!.sql, withTables.candidates!.params);
      const built = rows.length <= o.verifyLimit ? build(await verifyCandidates(all, rows), tables) : withTables;
      return (await all<Ranking>(built.sql, built.params))[0];
    } finally {
      for (const t of tables.values()) await all(`DROP TABLE IF EXISTS ${t}`).catch(() => undefined);
    }
  });
}

/**
 * The first this many matches of a search are ranked in one go and remembered apart from the page:
 * the next pages, and pages of another size within them, cost only their texts. Ranking 200
 * instead of 20 costs the statement nothing measurable (a top-N either way).
 */
export const RANKED_AHEAD = 200;

/**
 * Searches the matters: the page of hits (best first, or newest first), their total and the facets.
 * A snapshot's answer to the same query never changes, so it is remembered with the dashboard's
 * (Store.memo): the search page and its twins ask the same thing, and people re-run popular
 * queries; the ranking is remembered too, for the next pages. A query with synonyms of its own
 * (evaluation) is not remembered.
 */
export function searchMatters(store: Store, tokenizer: Tokenizer, opts: SearchOptions): Promise<SearchResult> {
  if (opts.synonyms && opts.synonyms !== SYNONYMS) return searchOf(store, tokenizer, opts, false);
  const key = ['search', opts.q, opts.filter ?? {}, opts.page ?? 1, opts.limit ?? SEARCH_PAGE_SIZE, opts.sort ?? 'relevance', opts.facets !== false, opts.verifyByIndex ?? VERIFY_BY_INDEX];
  return store.memo(key, () => searchOf(store, tokenizer, opts, true));
}

/** What the search statement answers: the total, the asked range of the ranking, the facets. */
type Ranking = { total: number; page: { matter_id: string; score: number }[]; facets: { facet: SearchFacetKey; value: string; n: number }[] };

async function searchOf(store: Store, tokenizer: Tokenizer, opts: SearchOptions, remember: boolean): Promise<SearchResult> {
  const { parsed, plan } = prepareQuery(opts.q, tokenizer, opts.synonyms);
  const sort = opts.sort ?? 'relevance';
  const limit = Math.min(Math.max(Math.trunc(opts.limit ?? SEARCH_PAGE_SIZE), 1), MAX_SEARCH_LIMIT);
  const page = Math.max(Math.trunc(opts.page ?? 1), 1);
  const filter = opts.filter ?? {};
  const verifyLimit = Math.max(0, opts.verifyByIndex ?? VERIFY_BY_INDEX);
  const withFacets = opts.facets !== false;
  const rank = (offset: number, count: number) => rankMatters(store, plan, { filter, sort, withFacets, verifyLimit }, offset, count);
  const offset = (page - 1) * limit;
  let row: Ranking;
  if (offset + limit <= RANKED_AHEAD) {
    const key = ['search-ranking', opts.q, filter, sort, withFacets, verifyLimit];
    const ahead = remember ? await store.memo(key, () => rank(0, RANKED_AHEAD)) : await rank(0, RANKED_AHEAD);
    row = { ...ahead, page: ahead.page.slice(offset, offset + limit) };
  } else {
    row = await rank(offset, limit);
  }
  const facets = Object.fromEntries(SEARCH_FACET_KEYS.map((k) => [k, [] as FacetValue[]])) as SearchFacets;
  for (const f of row.facets) facets[f.facet].push({ value: f.value, count: f.n });

  const ids = row.page.map((p) => p.matter_id);
  const byId = new Map<string, PageRow>();
  if (ids.length) {
    const list = idList('id', ids);
    // The page's matters and texts are each looked up by their ids first: with the ids as a filter
    // over the joined tables, DuckDB scans the matters whole (100,000 matters: 40-120 ms, against
    // 15-50 ms so).
    const rows = await store.all<PageRow>(
      `WITH m AS MATERIALIZED (SELECT * FROM matters WHERE matter_id IN (${list.sql})),
            t AS MATERIALIZED (SELECT matter_id, text FROM matter_texts WHERE matter_id IN (${list.sql}))
       SELECT m.matter_id, m.title, m.municipality, m.department, m.fiscal_year, m.procedure, m.matter_kind,
              strftime(m.council_date, '%Y-%m-%d') AS council_date, strftime(d.ingested_at, '%Y-%m-%dT%H:%M:%SZ') AS ingested_at,
              m.document_id, t.text
         FROM m JOIN documents d ON d.document_id = m.document_id LEFT JOIN t ON t.matter_id = m.matter_id`,
      list.params
    );
    for (const r of rows) byId.set(r.matter_id, r);
  }
  const needles = plan.clauses.flat().map((t) => t.needles);
  const results: SearchHit[] = row.page.map(({ matter_id, score }) => {
    const { text, ...m } = byId.get(matter_id) as PageRow;
    return { ...m, title_segments: highlight(m.title ?? '', needles), score: Math.round(score * 1e4) / 1e4, snippets: kwic(text ?? '', needles) };
  });
  return { q: opts.q, query: parsed, phrase: queryPhrase(parsed), sort, total: row.total, page, limit, results, facets };
}

/** A hit as one table row (CSV and Arrow twins); snippets as text, hits in 【】. */
export interface SearchRow {
  rank: number;
  matter_id: string;
  title: string | null;
  score: number;
  municipality: string | null;
  department: string | null;
  fiscal_year: number | null;
  procedure: string;
  snippets: string;
}

export const SEARCH_COLUMNS = ['rank', 'matter_id', 'title', 'score', 'municipality', 'department', 'fiscal_year', 'procedure', 'snippets'] as const satisfies readonly (keyof SearchRow)[];

export function searchRows(r: SearchResult): SearchRow[] {
  const first = (r.page - 1) * r.limit + 1;
  return r.results.map((h, i) => ({
    rank: first + i,
    matter_id: h.matter_id,
    title: h.title,
    score: h.score,
    municipality: h.municipality,
    department: h.department,
    fiscal_year: h.fiscal_year,
    procedure: h.procedure,
    snippets: h.snippets.map(snippetText).join(' … ')
  }));
}
