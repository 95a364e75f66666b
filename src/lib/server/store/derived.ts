// Tables derived from the stored ones (search statistics, pre-aggregates), rebuilt each time a
// snapshot is published, so the app reads them ready-made and ingestion never keeps them in step
// file by file. Each builder runs plain SQL against whichever catalog holds the base tables: a
// snapshot being published, or an in-memory catalog over a Parquet export.

export interface DerivedTable {
  name: string;
  /** CREATE OR REPLACE statements over the base tables, run in order. */
  sql: string[];
}

/** Builders in dependency order. */
export const DERIVED_TABLES: DerivedTable[] = [
  {
    // Sorted by lemma, DuckDB's per-row-group min/max lets a term lookup skip almost every row group.
    name: 'postings',
    sql: ['CREATE OR REPLACE TABLE postings AS SELECT * FROM postings ORDER BY lemma, matter_id, section']
  }
];

export type RunSql = (sql: string) => Promise<unknown>;

export async function buildDerived(run: RunSql, tables: DerivedTable[] = DERIVED_TABLES): Promise<void> {
  for (const t of tables) for (const sql of t.sql) await run(sql);
}
