// Tables derived from the stored ones (search statistics, pre-aggregates), rebuilt each time a
// snapshot is published, so the app reads them ready-made and ingestion never keeps them in step
// file by file. Each builder runs plain SQL against whichever catalog holds the base tables: a
// snapshot being published, or an in-memory catalog over a Parquet export.

export interface DerivedTable {
  name: string;
  /** CREATE OR REPLACE statements over the base tables, run in order. */
  sql: string[];
  /** Rewrites a base table in a better order (possible only where the base tables are tables, not views). */
  reorders?: boolean;
}

/** Safeguard category lists per matter: by actor (any, ward, contractor), without or with annex clauses. */
export const CATEGORY_LISTS = {
  any: { clauses: 'cats_any_all', operational: 'cats_any' },
  ward: { clauses: 'cats_ward_all', operational: 'cats_ward' },
  contractor: { clauses: 'cats_contractor_all', operational: 'cats_contractor' }
} as const;

const catList = (col: string, cond: string) => `coalesce(list(DISTINCT category ORDER BY category) FILTER (WHERE ${cond}), []) AS ${col}`;

/** Reorders a base table by matter: a matter page's point lookups then read one row group. */
const byMatter = (table: string, order: string): DerivedTable => ({
  name: table,
  reorders: true,
  sql: [`CREATE OR REPLACE TABLE ${table} AS SELECT * FROM ${table} ORDER BY ${order}`]
});

/** Builders in dependency order. */
export const DERIVED_TABLES: DerivedTable[] = [
  {
    // Sorted by lemma, DuckDB's per-row-group min/max lets a term lookup skip almost every row group.
    name: 'postings',
    reorders: true,
    sql: ['CREATE OR REPLACE TABLE postings AS SELECT * FROM postings ORDER BY lemma, matter_id, section']
  },
  byMatter('data_items', 'matter_id, seq'),
  byMatter('media', 'matter_id, seq'),
  byMatter('safeguard_sentences', 'matter_id, seq'),
  byMatter('safeguards', 'matter_id, seq, category'),
  byMatter('gaps', 'matter_id'),
  byMatter('sections', 'matter_id, seq'),
  {
    // One row per matter with everything the dashboard filters, counts and lists: every view and
    // filter reads this table alone instead of probing five child tables per matter.
    name: 'matter_facts',
    sql: [
      `CREATE OR REPLACE TABLE matter_facts AS
       WITH itm AS (SELECT matter_id, count(*)::INTEGER AS items, count(*) FILTER (WHERE sensitive)::INTEGER AS sensitive_items,
                           list(DISTINCT category ORDER BY category) AS item_categories
                      FROM data_items GROUP BY matter_id),
            med AS (SELECT matter_id, list(DISTINCT category ORDER BY category) AS media FROM media GROUP BY matter_id),
            sen AS (SELECT matter_id, count(*)::INTEGER AS safeguards FROM safeguard_sentences GROUP BY matter_id),
            sg AS (SELECT matter_id,
                          ${catList('cats_any', "scope <> 'clause'")}, ${catList('cats_any_all', 'true')},
                          ${catList('cats_ward', "actor = 'ward' AND scope <> 'clause'")}, ${catList('cats_ward_all', "actor = 'ward'")},
                          ${catList('cats_contractor', "actor = 'contractor' AND scope <> 'clause'")}, ${catList('cats_contractor_all', "actor = 'contractor'")}
                     FROM safeguards GROUP BY matter_id),
            gp AS (SELECT matter_id, count(*)::INTEGER AS gaps FROM gaps GROUP BY matter_id)
       SELECT m.*, d.source_path, d.source_url,
              coalesce(itm.items, 0) AS items, coalesce(itm.sensitive_items, 0) AS sensitive_items,
              coalesce(itm.item_categories, []) AS item_categories, coalesce(med.media, []) AS media,
              coalesce(sen.safeguards, 0) AS safeguards,
              coalesce(sg.cats_any, []) AS cats_any, coalesce(sg.cats_any_all, []) AS cats_any_all,
              coalesce(sg.cats_ward, []) AS cats_ward, coalesce(sg.cats_ward_all, []) AS cats_ward_all,
              coalesce(sg.cats_contractor, []) AS cats_contractor, coalesce(sg.cats_contractor_all, []) AS cats_contractor_all,
              coalesce(gp.gaps, 0) AS gaps
         FROM matters m JOIN documents d USING (document_id)
         LEFT JOIN itm USING (matter_id) LEFT JOIN med USING (matter_id) LEFT JOIN sen USING (matter_id)
         LEFT JOIN sg USING (matter_id) LEFT JOIN gp USING (matter_id)
        ORDER BY m.matter_id`
    ]
  }
];

export type RunSql = (sql: string) => Promise<unknown>;

/** Bumped whenever the builders change: the app rebuilds a snapshot made with other builders. */
export const DERIVED_VERSION = 2;

export async function buildDerived(run: RunSql, { reorder = true }: { reorder?: boolean } = {}, tables: DerivedTable[] = DERIVED_TABLES): Promise<void> {
  for (const t of tables) if (reorder || !t.reorders) for (const sql of t.sql) await run(sql);
  await run(`CREATE OR REPLACE TABLE derived_info AS SELECT ${DERIVED_VERSION}::INTEGER AS version`);
}

/** The SQL that reads the version of the derived tables present (fails when there are none). */
export const DERIVED_VERSION_SQL = 'SELECT max(version)::INTEGER AS version FROM derived_info';
