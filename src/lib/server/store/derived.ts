// Tables derived from the stored ones (search statistics, pre-aggregates), rebuilt each time a
// snapshot is published, so the app reads them ready-made and ingestion never keeps them in step
// file by file. Each builder runs plain SQL against whichever catalog holds the base tables: a
// snapshot being published, or an in-memory catalog over a Parquet export.

import { SEARCH_TEXTS_DDL } from './schema';

export interface DerivedTable {
  name: string;
  /** CREATE OR REPLACE statements over the base tables, run in order. */
  sql: string[];
}

/** The posting sections, in the column order of search_lengths and search_stats. */
export const SEARCH_SECTIONS = ['title', 'purpose', 'items', 'safeguards', 'clauses', 'full'] as const;

/**
 * BM25F: per-section term frequencies, each weighted and normalised by the section's length
 * (b), summed, then saturated once (k1). A matter found only by the substring search counts its
 * text's occurrences at `substring` times the weight of the full text. The weights live in the
 * snapshot (search_norms): a change applies from the next publish.
 */
export const RANKING = {
  k1: 1.2,
  b: 0.75,
  weights: { title: 4, purpose: 2, items: 2, safeguards: 1.5, clauses: 1, full: 1 } satisfies Record<(typeof SEARCH_SECTIONS)[number], number>,
  substring: 0.5
} as const;

/** search_norms's rows for one section: weight / (1 - b + b · length / average length). */
function normRows(section: string, weight: number, lengthOf: (typeof SEARCH_SECTIONS)[number]): string {
  const { b } = RANKING;
  return `SELECT L.matter_id, '${section}' AS section, (${weight} / (1 - ${b} + ${b} * L."${lengthOf}" / greatest(S."avg_${lengthOf}", 1)))::DOUBLE AS wn
            FROM search_lengths L CROSS JOIN search_stats S`;
}

const perSection = (expr: (s: string) => string) => SEARCH_SECTIONS.map(expr).join(',\n      ');

/** Builders in dependency order. */
export const DERIVED_TABLES: DerivedTable[] = [
  {
    // Sorted by lemma, DuckDB's per-row-group min/max lets a term lookup skip almost every row group.
    name: 'postings',
    sql: ['CREATE OR REPLACE TABLE postings AS SELECT * FROM postings ORDER BY lemma, matter_id, section']
  },
  {
    // Small integer keys for the bigram table: far smaller and faster to sort than matter ids.
    name: 'search_docs',
    sql: ['CREATE OR REPLACE TABLE search_docs AS SELECT row_number() OVER (ORDER BY matter_id)::INTEGER AS doc, matter_id FROM matters ORDER BY doc']
  },
  {
    // One row per (bigram, matter), sorted by bigram for the same reason as postings. A store last
    // written before schema 2 and copied without a writer opening it has no search_texts: an empty
    // one keeps search working, by lemmas only.
    name: 'search_grams',
    sql: [
      SEARCH_TEXTS_DDL,
      `CREATE OR REPLACE TABLE search_grams AS
       SELECT unnest(t.grams) AS gram, d.doc, unnest(t.tfs) AS tf
         FROM search_texts t JOIN search_docs d ON d.matter_id = t.matter_id
        ORDER BY gram`
    ]
  },
  {
    // Terms per section of each matter: BM25's document lengths.
    name: 'search_lengths',
    sql: [
      `CREATE OR REPLACE TABLE search_lengths AS
       SELECT m.matter_id,
      ${perSection((s) => `coalesce(sum(p.tf) FILTER (WHERE p.section = '${s}'), 0)::INTEGER AS "${s}"`)}
         FROM matters m LEFT JOIN postings p ON p.matter_id = m.matter_id
        GROUP BY m.matter_id
        ORDER BY m.matter_id`
    ]
  },
  {
    // Matters per lemma (in any section): BM25's document frequency.
    name: 'search_df',
    sql: ['CREATE OR REPLACE TABLE search_df AS SELECT lemma, count(DISTINCT matter_id)::INTEGER AS df FROM postings GROUP BY lemma ORDER BY lemma']
  },
  {
    // What the search's facets count per matter: its non-clause safeguard categories and whether
    // it holds sensitive data (the same conditions as filterSql's).
    name: 'search_facts',
    sql: [
      `CREATE OR REPLACE TABLE search_facts AS
       SELECT m.matter_id,
              EXISTS (SELECT 1 FROM data_items i WHERE i.matter_id = m.matter_id AND i.sensitive) AS sensitive,
              coalesce((SELECT list(DISTINCT s.category ORDER BY s.category) FROM safeguards s WHERE s.matter_id = m.matter_id AND s.scope <> 'clause'), []) AS categories
         FROM matters m
        ORDER BY m.matter_id`
    ]
  },
  {
    // One row: the number of matters and the average length of each section.
    name: 'search_stats',
    sql: [
      `CREATE OR REPLACE TABLE search_stats AS
       SELECT count(*)::INTEGER AS matters,
      ${perSection((s) => `coalesce(avg("${s}"), 0)::DOUBLE AS "avg_${s}"`)}
         FROM search_lengths`
    ]
  },
  {
    // Each matter's weight per term occurrence in each section (and for substring-only matches):
    // a query multiplies its term frequencies by these and sums.
    name: 'search_norms',
    sql: [
      `CREATE OR REPLACE TABLE search_norms AS
       SELECT * FROM (
         ${[...SEARCH_SECTIONS.map((s) => normRows(s, RANKING.weights[s], s)), normRows('substring', RANKING.substring, 'full')].join('\n UNION ALL ')}
       ) ORDER BY matter_id, section`
    ]
  }
];

export type RunSql = (sql: string) => Promise<unknown>;

export async function buildDerived(run: RunSql, tables: DerivedTable[] = DERIVED_TABLES): Promise<void> {
  for (const t of tables) for (const sql of t.sql) await run(sql);
}
