// The store's tables. The columns of documents, matters, data_items, media and safeguards are a
// public contract (see docs/store.md); the other tables serve search and display.

/**
 * 2: search_texts (the substring search's text and its character bigrams). A writer opening an
 * older store fills it for the matters it holds (Store.migrate).
 */
export const SCHEMA_VERSION = 2;

/**
 * Each matter's title and text as the substring search compares them (searchText), with the
 * text's distinct character bigram codes and their counts (charGrams), one row per matter; the
 * snapshot turns them into the sorted lookup table search_grams (derived.ts).
 */
export const SEARCH_TEXTS_DDL = `CREATE TABLE IF NOT EXISTS search_texts (
    matter_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    grams BIGINT[] NOT NULL,
    tfs INTEGER[] NOT NULL
  )`;

export const DDL = [
  `CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS documents (
    document_id VARCHAR PRIMARY KEY,
    source_path VARCHAR NOT NULL,
    format VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    pages INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    source_url VARCHAR,
    encoding VARCHAR,
    bytes BIGINT
  )`,
  `CREATE TABLE IF NOT EXISTS matters (
    matter_id VARCHAR PRIMARY KEY,
    document_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    municipality VARCHAR,
    title VARCHAR,
    matter_kind VARCHAR,
    procedure VARCHAR NOT NULL,
    legal_basis VARCHAR,
    department VARCHAR,
    divisions VARCHAR[],
    contractor VARCHAR,
    period_start DATE,
    period_end DATE,
    recurring BOOLEAN,
    fiscal_year INTEGER,
    council_session VARCHAR,
    page_start INTEGER NOT NULL,
    page_end INTEGER,
    council_date DATE
  )`,
  `CREATE TABLE IF NOT EXISTS data_items (
    matter_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    subject VARCHAR,
    item VARCHAR NOT NULL,
    raw VARCHAR NOT NULL,
    category VARCHAR NOT NULL,
    sensitive BOOLEAN NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS media (
    matter_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    medium VARCHAR NOT NULL,
    category VARCHAR NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS safeguard_sentences (
    matter_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    actor VARCHAR NOT NULL,
    scope VARCHAR NOT NULL,
    heading VARCHAR,
    text VARCHAR NOT NULL,
    page INTEGER NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS safeguards (
    matter_id VARCHAR NOT NULL,
    actor VARCHAR NOT NULL,
    scope VARCHAR NOT NULL,
    category VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    page INTEGER NOT NULL,
    cue VARCHAR
  )`,
  `CREATE TABLE IF NOT EXISTS gaps (
    matter_id VARCHAR NOT NULL,
    category VARCHAR NOT NULL,
    rule_id VARCHAR NOT NULL,
    reason VARCHAR NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS sections (
    matter_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    section VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    page INTEGER NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS matter_texts (
    matter_id VARCHAR PRIMARY KEY,
    text VARCHAR NOT NULL
  )`,
  SEARCH_TEXTS_DDL,
  `CREATE TABLE IF NOT EXISTS postings (
    matter_id VARCHAR NOT NULL,
    lemma VARCHAR NOT NULL,
    section VARCHAR NOT NULL,
    tf INTEGER NOT NULL,
    positions INTEGER[] NOT NULL
  )`
];

/** Tables keyed by matter_id, cleared when a document is replaced. */
export const MATTER_TABLES = ['data_items', 'media', 'safeguard_sentences', 'safeguards', 'gaps', 'sections', 'matter_texts', 'postings', 'search_texts'] as const;
