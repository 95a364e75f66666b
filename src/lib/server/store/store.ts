// The DuckDB store: opening, schema, and the per-document transaction that replaces a document's rows.
// This directory is the only place that imports @duckdb/node-api.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { BIGINT, DuckDBConnection, DuckDBInstance, INTEGER, LIST, type DuckDBAppender } from '@duckdb/node-api';
import type { Posting } from '../../domain/postings';
import { charGrams, searchText } from '../../domain/search-text';
import type { ExtractedMatter } from '../../domain/types';
import { DDL, MATTER_TABLES, SCHEMA_VERSION } from './schema';

export interface StoredMatter extends ExtractedMatter {
  matter_id: string;
  postings: Posting[];
}

export interface StoredDocument {
  document_id: string;
  source_path: string;
  format: string;
  sha256: string;
  pages: number;
  chars: number;
  ingested_at: Date;
  source_url: string | null;
  encoding: string | null;
  bytes: number;
  matters: StoredMatter[];
}

/** The store as ingestion sees it; tests pass fakes. */
export interface StoreWriter {
  replaceDocument(doc: StoredDocument): Promise<void>;
}

export type SqlValue = string | number | boolean | null | bigint;
type Params = SqlValue[] | Record<string, SqlValue>;

export class Store implements StoreWriter {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    readonly path: string
  ) {}

  /**
   * Opens the store. A writer waits up to `waitMs` while another process holds the file (another
   * ingest run, or an app copying a snapshot), then gives up with a message saying so.
   */
  static async open(file: string, { readOnly = false, waitMs = 60_000 }: { readOnly?: boolean; waitMs?: number } = {}): Promise<Store> {
    if (!readOnly && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    let instance: DuckDBInstance | null = null;
    const deadline = Date.now() + waitMs;
    for (let delay = 50; instance === null; delay = Math.min(delay * 2, 1000)) {
      try {
        instance = await DuckDBInstance.create(file, readOnly ? { access_mode: 'READ_ONLY' } : {});
      } catch (e) {
        const message = (e as Error).message.split('\n')[0];
        if (/Could not set lock/i.test(message) && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, delay));
          continue;
        }
        if (/Could not set lock/i.test(message)) throw new Error(`cannot open store ${file}: another process is using it (${message})`);
        throw new Error(`cannot open store ${file}: ${message}`);
      }
    }
    const connection = await instance.connect();
    const store = new Store(instance, connection, file);
    if (!readOnly) await store.migrate();
    return store;
  }

  private async migrate(): Promise<void> {
    for (const ddl of DDL) await this.connection.run(ddl);
    await this.fillSearchTexts();
    await this.connection.run(`INSERT OR REPLACE INTO store_info VALUES ('schema_version', ?)`, [String(SCHEMA_VERSION)]);
  }

  /**
   * Matters stored before schema 2 (or by an older version since) have no search text: they get
   * one from their stored title and text, as ingestion would have made it. A no-op otherwise.
   */
  private async fillSearchTexts(): Promise<void> {
    const missing = await this.all<{ matter_id: string; title: string | null; text: string }>(
      `SELECT t.matter_id, m.title, t.text FROM matter_texts t JOIN matters m USING (matter_id)
        WHERE NOT EXISTS (SELECT 1 FROM search_texts s WHERE s.matter_id = t.matter_id)`
    );
    if (missing.length === 0) return;
    const c = this.connection;
    await c.run('BEGIN TRANSACTION');
    try {
      await this.appendSearch(missing);
      await c.run('COMMIT');
    } catch (e) {
      await c.run('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  private async appendSearch(matters: { matter_id: string; title: string | null; text: string }[]): Promise<void> {
    await this.append('search_texts', (a) => {
      for (const m of matters) {
        const text = searchText(`${m.title ?? ''}\n${m.text}`);
        const grams = charGrams(text);
        a.appendVarchar(m.matter_id);
        a.appendVarchar(text);
        a.appendList([...grams.keys()].map(BigInt), LIST(BIGINT));
        a.appendList([...grams.values()], LIST(INTEGER));
        a.endRow();
      }
    });
  }

  private async append(table: string, fill: (a: DuckDBAppender) => void): Promise<void> {
    const a = await this.connection.createAppender(table);
    try {
      fill(a);
      a.flushSync();
    } finally {
      a.closeSync();
    }
  }

  async all<T = Record<string, unknown>>(sql: string, params: Params = []): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJson() as T[];
  }

  /**
   * Replaces every row of the document (same content, or same path with older content) in one
   * transaction: a failure leaves the store exactly as it was.
   */
  async replaceDocument(doc: StoredDocument): Promise<void> {
    const c = this.connection;
    await c.run('BEGIN TRANSACTION');
    try {
      const old = `SELECT document_id FROM documents WHERE document_id = $id OR source_path = $path`;
      const params = { id: doc.document_id, path: doc.source_path };
      for (const t of MATTER_TABLES) {
        await c.run(`DELETE FROM ${t} WHERE matter_id IN (SELECT matter_id FROM matters WHERE document_id IN (${old}))`, params);
      }
      await c.run(`DELETE FROM matters WHERE document_id IN (${old})`, params);
      await c.run(`DELETE FROM documents WHERE document_id IN (${old})`, params);
      await c.run(
        `INSERT INTO documents VALUES ($document_id, $source_path, $format, $sha256, $pages, $chars, $ingested_at::TIMESTAMP, $source_url, $encoding, $bytes)`,
        {
          document_id: doc.document_id,
          source_path: doc.source_path,
          format: doc.format,
          sha256: doc.sha256,
          pages: doc.pages,
          chars: doc.chars,
          ingested_at: doc.ingested_at.toISOString().replace('T', ' ').replace('Z', ''),
          source_url: doc.source_url,
          encoding: doc.encoding,
          bytes: doc.bytes
        }
      );
      for (const m of doc.matters) await this.insertMatter(doc.document_id, m);
      await this.appendChildren(doc.matters);
      await c.run('COMMIT');
    } catch (e) {
      await c.run('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  private async insertMatter(documentId: string, m: StoredMatter): Promise<void> {
    await this.connection.run(
      `INSERT INTO matters VALUES ($matter_id, $document_id, $seq, $municipality, $title, $matter_kind, $procedure, $legal_basis,
        $department, $divisions::VARCHAR[], $contractor, $period_start::DATE, $period_end::DATE, $recurring, $fiscal_year,
        $council_session, $page_start, $page_end, $council_date::DATE)`,
      {
        matter_id: m.matter_id,
        document_id: documentId,
        seq: m.seq,
        municipality: m.municipality,
        title: m.title,
        matter_kind: m.matter_kind,
        procedure: m.procedure,
        legal_basis: m.legal_basis,
        department: m.department,
        divisions: JSON.stringify(m.divisions),
        contractor: m.contractor,
        period_start: m.period_start,
        period_end: m.period_end,
        recurring: m.recurring,
        fiscal_year: m.fiscal_year,
        council_session: m.council_session,
        page_start: m.page_start,
        page_end: m.page_end,
        council_date: m.council_date
      }
    );
  }

  /** Child rows go through one appender per table: far fewer round trips than row inserts. */
  private async appendChildren(matters: StoredMatter[]): Promise<void> {
    const use = (table: string, fill: (a: DuckDBAppender) => void) => this.append(table, fill);
    const str = (a: DuckDBAppender, v: string | null) => (v === null ? a.appendNull() : a.appendVarchar(v));
    await use('data_items', (a) => {
      for (const m of matters)
        m.data_items.forEach((d, i) => {
          a.appendVarchar(m.matter_id);
          a.appendInteger(i + 1);
          str(a, d.subject);
          a.appendVarchar(d.item);
          a.appendVarchar(d.raw);
          a.appendVarchar(d.category);
          a.appendBoolean(d.sensitive);
          a.endRow();
        });
    });
    await use('media', (a) => {
      for (const m of matters)
        m.media.forEach((d, i) => {
          a.appendVarchar(m.matter_id);
          a.appendInteger(i + 1);
          a.appendVarchar(d.medium);
          a.appendVarchar(d.category);
          a.endRow();
        });
    });
    await use('safeguard_sentences', (a) => {
      for (const m of matters)
        for (const s of m.safeguards) {
          a.appendVarchar(m.matter_id);
          a.appendInteger(s.seq);
          a.appendVarchar(s.actor);
          a.appendVarchar(s.scope);
          str(a, s.heading);
          a.appendVarchar(s.text);
          a.appendInteger(s.page);
          a.endRow();
        }
    });
    await use('safeguards', (a) => {
      for (const m of matters)
        for (const s of m.safeguards)
          for (const cat of s.categories) {
            a.appendVarchar(m.matter_id);
            a.appendVarchar(s.actor);
            a.appendVarchar(s.scope);
            a.appendVarchar(cat.category);
            a.appendVarchar(s.text);
            a.appendInteger(s.seq);
            a.appendInteger(s.page);
            a.appendVarchar(cat.cue);
            a.endRow();
          }
    });
    await use('gaps', (a) => {
      for (const m of matters)
        for (const g of m.gaps) {
          a.appendVarchar(m.matter_id);
          a.appendVarchar(g.category);
          a.appendVarchar(g.rule_id);
          a.appendVarchar(g.reason);
          a.endRow();
        }
    });
    await use('sections', (a) => {
      for (const m of matters)
        m.sections.forEach((s, i) => {
          a.appendVarchar(m.matter_id);
          a.appendInteger(i + 1);
          a.appendVarchar(s.section);
          a.appendVarchar(s.label);
          a.appendVarchar(s.text);
          a.appendInteger(s.page);
          a.endRow();
        });
    });
    await use('matter_texts', (a) => {
      for (const m of matters) {
        a.appendVarchar(m.matter_id);
        a.appendVarchar(m.text);
        a.endRow();
      }
    });
    await use('postings', (a) => {
      for (const m of matters)
        for (const p of m.postings) {
          a.appendVarchar(m.matter_id);
          a.appendVarchar(p.lemma);
          a.appendVarchar(p.section);
          a.appendInteger(p.tf);
          a.appendList(p.positions, LIST(INTEGER));
          a.endRow();
        }
    });
    await this.appendSearch(matters);
  }

  async counts(): Promise<{ documents: number; matters: number; items: number; safeguards: number }> {
    const [r] = await this.all<{ documents: number; matters: number; items: number; safeguards: number }>(
      `SELECT (SELECT count(*) FROM documents)::INTEGER AS documents, (SELECT count(*) FROM matters)::INTEGER AS matters,
              (SELECT count(*) FROM data_items)::INTEGER AS items, (SELECT count(*) FROM safeguard_sentences)::INTEGER AS safeguards`
    );
    return r;
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
