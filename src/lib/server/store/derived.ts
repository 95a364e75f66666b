// Tables derived from the stored ones (search statistics, pre-aggregates), rebuilt each time a
// snapshot is published, so the app reads them ready-made and ingestion never keeps them in step
// file by file. Each builder runs plain SQL against whichever catalog holds the base tables: a
// snapshot being published, or an in-memory catalog over a Parquet export.

import { ITEM_CODES, MEDIA_CODES, SECTION_WEIGHTS, SIMILARITY_LIMITS } from '../../domain/similar';

export interface DerivedTable {
  name: string;
  /** CREATE OR REPLACE statements over the base tables, run in order. */
  sql: string[];
}

/**
 * Every per-matter row a matter page shows (data items, media, safeguard sentences and their
 * categories, gaps, sections), one table keyed and sorted by matter_id: the page reads one range of
 * one table instead of six tables. `part` says which table a row is from; columns a part does not
 * have are NULL; gaps are numbered in (rule_id, category) order. Also run over the base tables, for
 * one matter, when a store has no derived tables (queries.ts).
 */
export const MATTER_PARTS_SELECT = `
  SELECT matter_id, 'item' AS part, seq, subject, item, raw, category, sensitive FROM data_items
  UNION ALL BY NAME SELECT matter_id, 'medium' AS part, seq, medium, category FROM media
  UNION ALL BY NAME SELECT matter_id, 'sentence' AS part, seq, actor, scope, heading, text, page FROM safeguard_sentences
  UNION ALL BY NAME SELECT matter_id, 'category' AS part, seq, category, cue FROM safeguards
  UNION ALL BY NAME SELECT matter_id, 'gap' AS part, (row_number() OVER (PARTITION BY matter_id ORDER BY rule_id, category))::INTEGER AS seq, category, rule_id, reason FROM gaps
  UNION ALL BY NAME SELECT matter_id, 'section' AS part, seq, section, label, text, page FROM sections`;

// Names and numbers below come from constants, never from input.
const quoted = (codes: readonly string[]) => `[${codes.map((c) => `'${c}'`).join(', ')}]`;
const bits = (codes: readonly string[]) => `coalesce(bit_or(1 << (list_position(${quoted(codes)}, category) - 1)), 0)::INTEGER`;
const sectionWeight = `CASE p.section ${Object.entries(SECTION_WEIGHTS).map(([s, w]) => `WHEN '${s}' THEN ${w}`).join(' ')} END`;

/**
 * The similarity's tables (domain/similar.ts has the same formulas, for drafts):
 * - sim_matters: one row per matter with `mid`, a dense integer key (1…N in matter_id order), what a
 *   similar-matter list shows, and the risk profile (media and item categories as bit sets in the
 *   order of MEDIA_CODES and ITEM_CODES);
 * - sim_lexicon: `tid` per lemma of the weighted sections, its df (matters that have it) and idf;
 * - sim_terms: each matter's signature (mid, tid, weight), sorted by mid;
 * - sim_details: per mid, its data items and its non-clause safeguard categories with their first
 *   sentence, for the reasons and the links to precedents.
 * sim_tf is a scratch table, dropped at the end.
 */
const SIMILARITY_SQL = [
  `CREATE OR REPLACE TABLE sim_matters AS
     WITH itm AS (SELECT matter_id, bool_or(sensitive) AS sensitive, ${bits(ITEM_CODES)} AS item_bits FROM data_items GROUP BY matter_id),
          med AS (SELECT matter_id, ${bits(MEDIA_CODES)} AS media_bits FROM media GROUP BY matter_id)
     SELECT (row_number() OVER (ORDER BY m.matter_id))::INTEGER AS mid, m.matter_id, m.title, m.municipality, m.fiscal_year, m.procedure,
            coalesce(itm.sensitive, false) AS sensitive, coalesce(med.media_bits, 0) AS media_bits, coalesce(itm.item_bits, 0) AS item_bits
       FROM matters m LEFT JOIN itm USING (matter_id) LEFT JOIN med USING (matter_id)
      ORDER BY mid`,
  `CREATE OR REPLACE TEMP TABLE sim_tf AS
     SELECT s.mid, p.lemma, sum(p.tf * ${sectionWeight})::DOUBLE AS tf
       FROM postings p JOIN sim_matters s USING (matter_id)
      WHERE p.section IN (${Object.keys(SECTION_WEIGHTS).map((x) => `'${x}'`).join(', ')})
      GROUP BY s.mid, p.lemma`,
  `CREATE OR REPLACE TABLE sim_lexicon AS
     SELECT (row_number() OVER (ORDER BY lemma) - 1)::INTEGER AS tid, lemma, df, ln(((SELECT count(*) FROM sim_matters) + 1) / (df + 1)) AS idf
       FROM (SELECT lemma, count(*)::INTEGER AS df FROM sim_tf GROUP BY lemma)
      ORDER BY tid`,
  `CREATE OR REPLACE TABLE sim_terms AS
     WITH w AS (SELECT t.mid, l.tid, (1 + ln(t.tf)) * l.idf AS w FROM sim_tf t JOIN sim_lexicon l USING (lemma) WHERE l.idf > 0),
          top AS (SELECT mid, tid, w FROM w QUALIFY row_number() OVER (PARTITION BY mid ORDER BY w DESC, tid) <= ${SIMILARITY_LIMITS.signatureTerms})
     SELECT mid, tid, (w / sqrt(sum(w * w) OVER (PARTITION BY mid)))::FLOAT AS w FROM top ORDER BY mid, tid`,
  `CREATE OR REPLACE TABLE sim_details AS
     SELECT mid, kind, name, seq FROM (
       SELECT s.mid, 'item' AS kind, d.item AS name, min(d.seq) AS seq FROM data_items d JOIN sim_matters s USING (matter_id) GROUP BY s.mid, d.item
       UNION ALL
       SELECT s.mid, 'category', g.category, min(g.seq) FROM safeguards g JOIN sim_matters s USING (matter_id) WHERE g.scope <> 'clause' GROUP BY s.mid, g.category)
      ORDER BY mid, kind, seq, name`,
  'DROP TABLE IF EXISTS temp.sim_tf'
];

/** Builders in dependency order. */
export const DERIVED_TABLES: DerivedTable[] = [
  {
    // Sorted by lemma, DuckDB's per-row-group min/max lets a term lookup skip almost every row group.
    name: 'postings',
    sql: ['CREATE OR REPLACE TABLE postings AS SELECT * FROM postings ORDER BY lemma, matter_id, section']
  },
  { name: 'matter_parts', sql: [`CREATE OR REPLACE TABLE matter_parts AS ${MATTER_PARTS_SELECT} ORDER BY matter_id, part, seq, category`] },
  { name: 'similarity', sql: SIMILARITY_SQL }
];

/** The derived tables the similarity reads; a snapshot published before they existed lacks them. */
export const SIMILARITY_TABLES = ['sim_matters', 'sim_lexicon', 'sim_terms', 'sim_details'] as const;

export type RunSql = (sql: string) => Promise<unknown>;

export async function buildDerived(run: RunSql, tables: DerivedTable[] = DERIVED_TABLES): Promise<void> {
  for (const t of tables) for (const sql of t.sql) await run(sql);
}
