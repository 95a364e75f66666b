// A document as rows, table by table, in the column order schema.ts declares, and how a row goes
// into a DuckDB appender for its columns' types.

import { BIGINT, dateValue, INTEGER, LIST, timestampValue, VARCHAR, type DuckDBAppender, type DuckDBListType } from '@duckdb/node-api';
import { pairPostings, type PairPosting } from '../../domain/search/postings';
import { matterSearch, type MatterSearch } from '../../domain/search/search-text';
import type { StoredDocument } from './document';
import { TABLE_NAMES, type RowOf, type SqlType, type TableName } from './schema';

/** A value as rows carry it: dates as YYYY-MM-DD, timestamps as Date, BIGINTs as numbers. */
export type Cell = string | number | boolean | Date | number[] | string[] | null;

/** The tables a document has rows in: every table but store_info and corrections (a snapshot's), parents first (the order rows are written in). */
export type RowTable = Exclude<TableName, 'store_info' | 'corrections'>;
export const ROW_TABLES = TABLE_NAMES.filter((t): t is RowTable => t !== 'store_info' && t !== 'corrections');

/** Rows per table; each row's values are typed by the table's declaration (schema.ts), position by position. */
export type DocumentRows = { [T in RowTable]: RowOf<T>[] };

export const pairRow = (id: string, p: PairPosting): RowOf<'pair_postings'> => [id, p.lemma, p.next, p.section, p.tf, p.positions];

export const searchRow = (id: string, s: MatterSearch): RowOf<'search_texts'> => [id, s.text, s.grams, s.tfs];

export function documentRows(doc: StoredDocument): DocumentRows {
  const out = Object.fromEntries(ROW_TABLES.map((t) => [t, []])) as unknown as DocumentRows;
  out.documents.push([doc.document_id, doc.source_path, doc.format, doc.sha256, doc.pages, doc.chars, doc.ingested_at, doc.source_url, doc.encoding, doc.bytes]);
  for (const m of doc.matters) {
    const id = m.matter_id;
    out.matters.push([
      id, doc.document_id, m.seq, m.municipality, m.title, m.matter_kind, m.procedure, m.legal_basis, m.department, m.divisions, m.contractor,
      m.period_start, m.period_end, m.recurring, m.fiscal_year, m.council_session, m.page_start, m.page_end, m.council_date
    ]);
    m.data_items.forEach((d, i) => out.data_items.push([id, i + 1, d.subject, d.item, d.raw, d.category, d.sensitive]));
    m.media.forEach((d, i) => out.media.push([id, i + 1, d.medium, d.category]));
    for (const s of m.safeguards) {
      out.safeguard_sentences.push([id, s.seq, s.actor, s.scope, s.heading, s.text, s.page]);
      for (const c of s.categories) out.safeguards.push([id, s.actor, s.scope, c.category, s.text, s.seq, s.page, c.cue]);
    }
    for (const g of m.gaps) out.gaps.push([id, g.category, g.rule_id, g.reason]);
    for (const r of m.rule_hits ?? []) out.rule_hits.push([id, r]);
    m.sections.forEach((s, i) => out.sections.push([id, i + 1, s.section, s.label, s.text, s.page]));
    m.evidence.forEach((e, i) => out.field_evidence.push([id, i + 1, e.field, e.text, e.page]));
    for (const flag of new Set(m.review)) out.matter_reviews.push([id, flag, m.review_notes?.[flag] ?? null]);
    out.matter_texts.push([id, m.text]);
    for (const p of m.postings) out.postings.push([id, p.lemma, p.section, p.tf, p.positions]);
    for (const p of pairPostings(m.postings)) out.pair_postings.push(pairRow(id, p));
    out.search_texts.push(searchRow(id, m.search ?? matterSearch(m.title, m.text)));
  }
  return out;
}

const DAY_MS = 86_400_000;

const days = (iso: string) => {
  const [y, mo, d] = iso.split('-').map(Number);
  return Date.UTC(y, mo - 1, d) / DAY_MS;
};

/** The DuckDB type of each list column type, which appending a list needs. */
const LIST_TYPES: Record<Extract<SqlType, `${string}[]`>, DuckDBListType> = { 'VARCHAR[]': LIST(VARCHAR), 'INTEGER[]': LIST(INTEGER), 'BIGINT[]': LIST(BIGINT) };

export function appendRow(a: DuckDBAppender, types: readonly SqlType[], row: readonly Cell[]): void {
  types.forEach((type, i) => {
    const v = row[i];
    if (v === null || v === undefined) return a.appendNull();
    switch (type) {
      case 'VARCHAR': return a.appendVarchar(v as string);
      case 'INTEGER': return a.appendInteger(v as number);
      case 'BIGINT': return a.appendBigInt(BigInt(v as number));
      case 'BOOLEAN': return a.appendBoolean(v as boolean);
      case 'DATE': return a.appendDate(dateValue(days(v as string)));
      case 'TIMESTAMP': return a.appendTimestamp(timestampValue(BigInt((v as Date).getTime()) * 1000n));
      case 'BIGINT[]': return a.appendList((v as number[]).map(BigInt), LIST_TYPES[type]);
      case 'INTEGER[]':
      case 'VARCHAR[]': return a.appendList(v as number[] | string[], LIST_TYPES[type]);
    }
  });
  a.endRow();
}
