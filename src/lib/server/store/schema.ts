// The store's tables, each column declared once (TABLES): the CREATE TABLE statements, the
// appenders' value kinds (rows.ts) and the Parquet export's column lists (parquet.ts) all come from
// it. The columns of documents, matters, data_items, media and safeguards are a public contract
// (see docs/store.md): only ever added to, never renamed, retyped, reordered or dropped. The other
// tables serve search and display.

/**
 * 2: search_texts (the substring search's text and its character bigrams). A writer opening an
 * older store fills it for the matters it holds (Store.migrate).
 * 3: field_evidence (each field's source text and page) and matter_reviews (why a matter needs a
 * person's review). A writer opening an older store creates them empty: its matters show no
 * evidence and no review until their documents are ingested again.
 * 4: rule_hits (which expected-safeguard rules each matter meets). A writer opening an older store
 * creates it empty: the rules page counts no matter for a rule until documents are ingested again.
 * 5: corrections (people's corrections as a snapshot applied them). Empty in a store that ingestion
 * writes; filled in each published snapshot, and so in exports and merged stores.
 * 6: pair_postings (adjacent lemma pairs, for phrase search). A writer opening an older store fills
 * it from the postings it holds (Store.migrate).
 */
export const SCHEMA_VERSION = 6;

/** The SQL types of the stored columns. */
export type SqlType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP' | 'VARCHAR[]' | 'INTEGER[]' | 'BIGINT[]';

/** A column: name, type, and its constraint if any (a table has at most one PRIMARY KEY column). */
export type Column = readonly [name: string, type: SqlType, constraint?: 'NOT NULL' | 'PRIMARY KEY'];

/** Every table, in the order they are created (parents first), with its columns in order. */
export const TABLES = {
  store_info: [
    ['key', 'VARCHAR', 'PRIMARY KEY'],
    ['value', 'VARCHAR']
  ],
  documents: [
    ['document_id', 'VARCHAR', 'PRIMARY KEY'],
    ['source_path', 'VARCHAR', 'NOT NULL'],
    ['format', 'VARCHAR', 'NOT NULL'],
    ['sha256', 'VARCHAR', 'NOT NULL'],
    ['pages', 'INTEGER', 'NOT NULL'],
    ['chars', 'INTEGER', 'NOT NULL'],
    ['ingested_at', 'TIMESTAMP', 'NOT NULL'],
    ['source_url', 'VARCHAR'],
    ['encoding', 'VARCHAR'],
    ['bytes', 'BIGINT']
  ],
  matters: [
    ['matter_id', 'VARCHAR', 'PRIMARY KEY'],
    ['document_id', 'VARCHAR', 'NOT NULL'],
    ['seq', 'INTEGER', 'NOT NULL'],
    ['municipality', 'VARCHAR'],
    ['title', 'VARCHAR'],
    ['matter_kind', 'VARCHAR'],
    ['procedure', 'VARCHAR', 'NOT NULL'],
    ['legal_basis', 'VARCHAR'],
    ['department', 'VARCHAR'],
    ['divisions', 'VARCHAR[]'],
    ['contractor', 'VARCHAR'],
    ['period_start', 'DATE'],
    ['period_end', 'DATE'],
    ['recurring', 'BOOLEAN'],
    ['fiscal_year', 'INTEGER'],
    ['council_session', 'VARCHAR'],
    ['page_start', 'INTEGER', 'NOT NULL'],
    ['page_end', 'INTEGER'],
    ['council_date', 'DATE']
  ],
  data_items: [
    ['matter_id', 'VARCHAR', 'NOT NULL'],
    ['seq', 'INTEGER', 'NOT NULL'],
    ['subject', 'VARCHAR'],
    ['item', 'VARCHAR', 'NOT NULL'],
    ['raw', 'VARCHAR', 'NOT NULL'],
    ['category', 'VARCHAR', 'NOT NULL'],
    ['sensitive', 'BOOLEAN', 'NOT NULL']
  ],
  media: [
    ['matter_id', 'VARCHAR', 'NOT NULL'],
    ['seq', 'INTEGER', 'NOT NULL'],
    ['medium', 'VARCHAR', 'NOT NULL'],
    ['category', 'VARCHAR', 'NOT NULL']
  ],
  safeguard_sentences: [
    ['matter_id', 'VARCHAR', 'NOT NULL'],
    ['seq', 'INTEGER', 'NOT NULL'],
    ['actor', 'VARCHAR', 'NOT NULL'],
    ['scope', 'VARCHAR', 'NOT NULL'],
    ['heading', 'VARCHAR'],
    ['text', 'VARCHAR', 'NOT NULL'],
    ['page', 'INTEGER', 'NOT NULL']
  ],
  safeguards: [
    ['matter_id', 'VARCHAR', 'NOT NULL'],
    ['actor', 'VARCHAR', 'NOT NULL'],
    ['scope', 'VARCHAR', 'NOT NULL'],
    ['category', 'VARCHAR', 'NOT NULL'],
    ['text', 'VARCHAR', 'NOT NULL'],
    ['seq', 'INTEGER', 'NOT NULL'],
    ['page', 'INTEGER', 'NOT NULL'],
    ['cue', 'VARCHAR']
  ],
  gaps: [
    ['matter_id', 'VARCHAR', 'NOT NULL'],
    ['category', 'VARCHAR', 'NOT NULL'],
    ['rule_id', 'VARCHAR', 'NOT NULL'],
    ['reason', 'VARCHAR', 'NOT NULL']
  ],
  /** The expected-safeguard rules whose condition each matter meets (ExtractedMatter.rule_hits), gaps or not. */
  rule_hits: [
    ['matter_id', 'VARCHAR', 'NOT NULL'],
    ['rule_id', 'VARCHAR', 'NOT NULL']
  ],
  sections: [
    ['matter_id', 'VARCHAR', 'NOT NULL'],
    ['seq', 'INTEGER', 'NOT NULL'],
    ['section', 'VARCHAR', 'NOT NULL'],
    ['label', 'VARCHAR', 'NOT NULL'],
    ['text', 'VARCHAR', 'NOT NULL'],
    ['page', 'INTEGER', 'NOT NULL']
  ],
  /**
   * Where each field's value was read (ExtractedMatter.evidence): `field` is a matters column
   * (title, department, period_start …) or data_items / media; `seq` keeps extraction's order.
   */
  field_evidence: [
    ['matter_id', 'VARCHAR', 'NOT NULL'],
    ['seq', 'INTEGER', 'NOT NULL'],
    ['field', 'VARCHAR', 'NOT NULL'],
    ['text', 'VARCHAR', 'NOT NULL'],
    ['page', 'INTEGER', 'NOT NULL']
  ],
  /**
   * Why a matter should be looked at by a person (ExtractedMatter.review: form_not_recognised,
   * title_missing …), one row per flag, with a note for people when there is more to say.
   */
  matter_reviews: [
    ['matter_id', 'VARCHAR', 'NOT NULL'],
    ['flag', 'VARCHAR', 'NOT NULL'],
    ['note', 'VARCHAR']
  ],
  matter_texts: [
    ['matter_id', 'VARCHAR', 'PRIMARY KEY'],
    ['text', 'VARCHAR', 'NOT NULL']
  ],
  /**
   * Each matter's title and text as the substring search compares them (searchText), with the
   * text's distinct character bigram codes and their counts (charGrams), one row per matter; the
   * snapshot turns them into the sorted lookup table search_grams (derived.ts).
   */
  search_texts: [
    ['matter_id', 'VARCHAR', 'NOT NULL'],
    ['text', 'VARCHAR', 'NOT NULL'],
    ['grams', 'BIGINT[]', 'NOT NULL'],
    ['tfs', 'INTEGER[]', 'NOT NULL']
  ],
  /**
   * The corrections a snapshot applied on top of what extraction produced (domain/corrections.ts),
   * every one ever made, with how each stands: applied, superseded by a later one, undone, or
   * unmatched (its document or matter is no longer there). `matter_ref` is the matter it applied to
   * (not `matter_id`: replacing a document must not clear the record). `target` and `before` are JSON.
   */
  corrections: [
    ['correction_id', 'VARCHAR', 'NOT NULL'],
    ['sha256', 'VARCHAR', 'NOT NULL'],
    ['matter_seq', 'INTEGER', 'NOT NULL'],
    ['matter_ref', 'VARCHAR'],
    ['target_key', 'VARCHAR', 'NOT NULL'],
    ['field', 'VARCHAR', 'NOT NULL'],
    ['target', 'VARCHAR', 'NOT NULL'],
    ['before', 'VARCHAR'],
    ['user_name', 'VARCHAR'],
    ['corrected_at', 'TIMESTAMP', 'NOT NULL'],
    ['undone_by', 'VARCHAR'],
    ['undone_at', 'TIMESTAMP'],
    ['status', 'VARCHAR', 'NOT NULL']
  ],
  postings: [
    ['matter_id', 'VARCHAR', 'NOT NULL'],
    ['lemma', 'VARCHAR', 'NOT NULL'],
    ['section', 'VARCHAR', 'NOT NULL'],
    ['tf', 'INTEGER', 'NOT NULL'],
    ['positions', 'INTEGER[]', 'NOT NULL']
  ],
  /**
   * Each pair of lemmas next to each other in a section (domain/search/postings.ts pairPostings),
   * with the positions of the first: a phrase search reads a pair's rows instead of joining two
   * lemmas' rows.
   */
  pair_postings: [
    ['matter_id', 'VARCHAR', 'NOT NULL'],
    ['lemma', 'VARCHAR', 'NOT NULL'],
    ['next', 'VARCHAR', 'NOT NULL'],
    ['section', 'VARCHAR', 'NOT NULL'],
    ['tf', 'INTEGER', 'NOT NULL'],
    ['positions', 'INTEGER[]', 'NOT NULL']
  ]
} as const satisfies Record<string, readonly Column[]>;

export type TableName = keyof typeof TABLES;

/** How rows carry a column's values: dates as YYYY-MM-DD, timestamps as Date, BIGINTs as numbers. */
type ValueOf<T extends SqlType> = T extends 'VARCHAR' | 'DATE'
  ? string
  : T extends 'INTEGER' | 'BIGINT'
    ? number
    : T extends 'BOOLEAN'
      ? boolean
      : T extends 'TIMESTAMP'
        ? Date
        : T extends 'VARCHAR[]'
          ? string[]
          : number[];

type Values<Columns extends readonly Column[]> = {
  -readonly [I in keyof Columns]: Columns[I] extends readonly [string, infer S extends SqlType, ...infer C] ? ValueOf<S> | (C extends readonly ['NOT NULL' | 'PRIMARY KEY'] ? never : null) : never;
};

/** A row of the table: its values in column order, null only where the column allows it. */
export type RowOf<T extends TableName> = Values<(typeof TABLES)[T]>;

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export const columnsOf = (table: TableName): readonly Column[] => TABLES[table];

export const columnTypes = (table: TableName): SqlType[] => columnsOf(table).map(([, type]) => type);

/** The table's CREATE TABLE statement (a no-op when it exists). */
export function createTable(table: TableName): string {
  const columns = columnsOf(table).map(([name, type, constraint]) => `    ${name} ${type}${constraint ? ` ${constraint}` : ''}`);
  return `CREATE TABLE IF NOT EXISTS ${table} (\n${columns.join(',\n')}\n  )`;
}

export const DDL = TABLE_NAMES.map(createTable);

/** Tables keyed by matter_id, cleared when a document is replaced: every table with that column but matters itself. */
export const MATTER_TABLES = TABLE_NAMES.filter((t) => t !== 'matters' && columnsOf(t).some(([name]) => name === 'matter_id'));
