// A document as rows, table by table, with each column's kind: one description serves both ways of
// writing (DuckDB appenders, and plain INSERT statements kept for the benchmark's comparison).

import {
  BIGINT,
  BOOLEAN,
  DATE,
  dateValue,
  INTEGER,
  LIST,
  TIMESTAMP,
  timestampValue,
  VARCHAR,
  type DuckDBAppender,
  type DuckDBPreparedStatement,
  type DuckDBType
} from '@duckdb/node-api';
import { matterSearch, type MatterSearch } from '../../domain/search/search-text';
import type { StoredDocument } from './document';

export const searchRow = (id: string, s: MatterSearch): Cell[] => [id, s.text, s.grams, s.tfs];

/** v text, i integer, n bigint, b boolean, d date (YYYY-MM-DD), t timestamp, li integer list, ln bigint list, lv text list. */
export type Kind = 'v' | 'i' | 'n' | 'b' | 'd' | 't' | 'li' | 'ln' | 'lv';
export type Cell = string | number | boolean | Date | number[] | string[] | null;

/** Column kinds, in the order of schema.ts. */
export const TABLE_KINDS = {
  documents: ['v', 'v', 'v', 'v', 'i', 'i', 't', 'v', 'v', 'n'],
  matters: ['v', 'v', 'i', 'v', 'v', 'v', 'v', 'v', 'v', 'lv', 'v', 'd', 'd', 'b', 'i', 'v', 'i', 'i', 'd'],
  data_items: ['v', 'i', 'v', 'v', 'v', 'v', 'b'],
  media: ['v', 'i', 'v', 'v'],
  safeguard_sentences: ['v', 'i', 'v', 'v', 'v', 'v', 'i'],
  safeguards: ['v', 'v', 'v', 'v', 'v', 'i', 'i', 'v'],
  gaps: ['v', 'v', 'v', 'v'],
  sections: ['v', 'i', 'v', 'v', 'v', 'i'],
  matter_texts: ['v', 'v'],
  postings: ['v', 'v', 'v', 'i', 'li'],
  search_texts: ['v', 'v', 'ln', 'li']
} satisfies Record<string, Kind[]>;

export type RowTable = keyof typeof TABLE_KINDS;
/** Parents first: the order rows are written in. */
export const ROW_TABLES = Object.keys(TABLE_KINDS) as RowTable[];

export function documentRows(doc: StoredDocument): Record<RowTable, Cell[][]> {
  const out = Object.fromEntries(ROW_TABLES.map((t) => [t, [] as Cell[][]])) as Record<RowTable, Cell[][]>;
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
    m.sections.forEach((s, i) => out.sections.push([id, i + 1, s.section, s.label, s.text, s.page]));
    out.matter_texts.push([id, m.text]);
    for (const p of m.postings) out.postings.push([id, p.lemma, p.section, p.tf, p.positions]);
    out.search_texts.push(searchRow(id, m.search ?? matterSearch(m.title, m.text)));
  }
  return out;
}

const DAY_MS = 86_400_000;
const days = (iso: string) => {
  const [y, mo, d] = iso.split('-').map(Number);
  return Date.UTC(y, mo - 1, d) / DAY_MS;
};

const TYPES: Record<Kind, DuckDBType> = { v: VARCHAR, i: INTEGER, n: BIGINT, b: BOOLEAN, d: DATE, t: TIMESTAMP, li: LIST(INTEGER), ln: LIST(BIGINT), lv: LIST(VARCHAR) };

export function appendRow(a: DuckDBAppender, kinds: readonly Kind[], row: Cell[]): void {
  kinds.forEach((k, i) => {
    const v = row[i];
    if (v === null || v === undefined) return a.appendNull();
    switch (k) {
      case 'v': return a.appendVarchar(v as string);
      case 'i': return a.appendInteger(v as number);
      case 'n': return a.appendBigInt(BigInt(v as number));
      case 'b': return a.appendBoolean(v as boolean);
      case 'd': return a.appendDate(dateValue(days(v as string)));
      case 't': return a.appendTimestamp(timestampValue(BigInt((v as Date).getTime()) * 1000n));
      case 'ln': return a.appendList((v as number[]).map(BigInt), TYPES[k] as ReturnType<typeof LIST>);
      case 'li':
      case 'lv': return a.appendList(v as number[] | string[], TYPES[k] as ReturnType<typeof LIST>);
    }
  });
  a.endRow();
}

export function bindRow(s: DuckDBPreparedStatement, kinds: readonly Kind[], row: Cell[]): void {
  kinds.forEach((k, i) => {
    const v = row[i];
    const at = i + 1;
    if (v === null || v === undefined) return s.bindNull(at);
    switch (k) {
      case 'v': return s.bindVarchar(at, v as string);
      case 'i': return s.bindInteger(at, v as number);
      case 'n': return s.bindBigInt(at, BigInt(v as number));
      case 'b': return s.bindBoolean(at, v as boolean);
      case 'd': return s.bindDate(at, dateValue(days(v as string)));
      case 't': return s.bindTimestamp(at, timestampValue(BigInt((v as Date).getTime()) * 1000n));
      case 'ln': return s.bindList(at, (v as number[]).map(BigInt), TYPES[k] as ReturnType<typeof LIST>);
      case 'li':
      case 'lv': return s.bindList(at, v as number[] | string[], TYPES[k] as ReturnType<typeof LIST>);
    }
  });
}
