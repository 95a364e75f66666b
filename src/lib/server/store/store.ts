// The DuckDB store: opening, schema, and the per-document transaction that replaces a document's rows.
// This directory is the only place that imports @duckdb/node-api.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBResultReader, LIST, listValue, VARCHAR } from '@duckdb/node-api';
import { matterSearch } from '../../domain/search/search-text';
import { DERIVED_VERSION, DERIVED_VERSION_SQL } from './derived';
import type { StoredDocument, StoreWriter } from './document';
import { pairPostings, type Posting } from '../../domain/search/postings';
import { appendRow, documentRows, pairRow, ROW_TABLES, searchRow, type Cell, type RowTable } from './rows';
import { columnTypes, DDL, MATTER_TABLES, SCHEMA_VERSION, type SqlType } from './schema';
import { setting } from '../env';

/** Matters whose pairs are rebuilt per statement when an older store is migrated. */
const PAIR_FILL_BATCH = 500;

/** Results remembered per immutable store: dashboards ask a few hundred distinct questions. */
const MEMO_ENTRIES = 500;

const isNumberList = (type: SqlType) => type === 'INTEGER[]' || type === 'BIGINT[]';
/** Tables with number lists (postings, search_texts), written through a text staging table (appendStaged). */
const STAGED = new Set(ROW_TABLES.filter((t) => columnTypes(t).some(isNumberList)));

/** Keeps, for each content id and each path, only the batch's last document. */
function lastWins(docs: StoredDocument[]): StoredDocument[] {
  const kept: StoredDocument[] = [];
  for (let i = docs.length - 1; i >= 0; i--) {
    const d = docs[i];
    if (!kept.some((k) => k.document_id === d.document_id || k.source_path === d.source_path)) kept.unshift(d);
  }
  return kept;
}

export type SqlValue = string | number | boolean | null | bigint;
type Params = SqlValue[] | Record<string, SqlValue>;
/** A statement's rows as objects, as Store.all gives them. */
export type Query = <R = Record<string, unknown>>(sql: string, params?: Params) => Promise<R[]>;

/** A statement asked of a store that is closing (replaced, or the server stopping). */
export class StoreClosedError extends Error {
  constructor() {
    super('The store is closing; ask again.');
  }
}

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
  static async open(file: string, { readOnly = false, waitMs = 60_000, immutable = false }: { readOnly?: boolean; waitMs?: number; immutable?: boolean } = {}): Promise<Store> {
    if (!readOnly && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    let instance: DuckDBInstance | null = null;
    const deadline = Date.now() + waitMs;
    for (let delay = 50; instance === null; delay = Math.min(delay * 2, 1000)) {
      try {
        // A reader (the app) caps DuckDB's buffer pool: by default it may take 80% of RAM to cache
        // pages, which on a server shared with other work is not its to take. Its allocator hands
        // freed memory back to the system from background threads: without them a query's freed
        // memory stays in the process until the next query happens to flush it (about 150 MB after
        // the similarity index loads, docs/scaling.md).
        instance = await DuckDBInstance.create(file, readOnly ? { access_mode: 'READ_ONLY', memory_limit: setting('duckdbMemory'), allocator_background_threads: 'true' } : {});
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
    store.immutable = immutable;
    return store;
  }

  /**
   * An empty in-memory catalog without the store's tables, for callers that define them
   * (parquet.ts: views over a Parquet export). `label` becomes `path`, for messages.
   */
  static async openMemory(label: string, config: Record<string, string> = {}): Promise<Store> {
    const instance = await DuckDBInstance.create(':memory:', config);
    return new Store(instance, await instance.connect(), label);
  }

  private async migrate(): Promise<void> {
    for (const ddl of DDL) await this.connection.run(ddl);
    await this.fillSearchTexts();
    await this.fillPairPostings();
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
      await this.appendStaged('search_texts', missing.map((m) => searchRow(m.matter_id, matterSearch(m.title, m.text))));
      await c.run('COMMIT');
    } catch (e) {
      await c.run('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  /**
   * A store written before schema 6 has postings but no pairs: they are rebuilt from the postings'
   * positions (pairPostings), as ingestion would have written them, a few hundred matters at a
   * time, in one transaction. A no-op once any pair is stored, or when there are no postings.
   */
  private async fillPairPostings(): Promise<void> {
    const [{ pairs, postings }] = await this.all<{ pairs: boolean; postings: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM pair_postings) AS pairs, EXISTS (SELECT 1 FROM postings) AS postings'
    );
    if (pairs || !postings) return;
    const ids = (await this.all<{ matter_id: string }>('SELECT DISTINCT matter_id FROM postings ORDER BY matter_id')).map((r) => r.matter_id);
    const c = this.connection;
    await c.run('BEGIN TRANSACTION');
    try {
      for (let i = 0; i < ids.length; i += PAIR_FILL_BATCH) {
        const batch = ids.slice(i, i + PAIR_FILL_BATCH);
        const read = await c.runAndReadAll(
          'SELECT matter_id, lemma, section, tf, positions FROM postings WHERE list_contains($ids, matter_id)',
          { ids: listValue(batch) },
          { ids: LIST(VARCHAR) }
        );
        const byMatter = new Map<string, Posting[]>();
        for (const r of read.getRowObjectsJson() as unknown as ({ matter_id: string } & Posting)[]) {
          const list = byMatter.get(r.matter_id);
          if (list) list.push(r);
          else byMatter.set(r.matter_id, [r]);
        }
        await this.appendStaged('pair_postings', [...byMatter].flatMap(([id, ps]) => pairPostings(ps).map((p) => pairRow(id, p))));
      }
      await c.run('COMMIT');
    } catch (e) {
      await c.run('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  private memoized: Map<string, Promise<unknown>> | null = null;

  /**
   * Remembers query results on a store that cannot change (a published snapshot, or an export),
   * so a dashboard view asked again costs nothing; on a writable store it just runs `run`. The
   * results are shared between callers, who must not modify them.
   */
  async memo<T>(key: unknown[], run: () => Promise<T>): Promise<T> {
    if (!this.immutable) return run();
    this.memoized ??= new Map();
    const k = JSON.stringify(key);
    let hit = this.memoized.get(k) as Promise<T> | undefined;
    if (hit) {
      // Most recently used last, so the oldest entry is the first to go.
      this.memoized.delete(k);
    } else {
      hit = run();
      hit.catch(() => this.memoized?.delete(k));
    }
    this.memoized.set(k, hit);
    if (this.memoized.size > MEMO_ENTRIES) this.memoized.delete(this.memoized.keys().next().value as string);
    return hit;
  }

  /** Set for stores whose contents never change while open (snapshots are replaced, never written). */
  immutable = false;

  /** Idle reader connections, and the queries waiting for one (readers()). */
  private idle: DuckDBConnection[] = [];
  private waiting: ((c: DuckDBConnection) => void)[] = [];
  private pooled = false;
  private extra: DuckDBConnection[] = [];

  /**
   * Lets `all` run on up to `count` connections at once. One connection runs its queries one after
   * another, and a dashboard's table of 100,000 matters is a single row group that one thread
   * scans: a page's independent queries, and other people's requests, then wait in line while the
   * second core idles. Only for a store nobody writes; `init` statements (session settings such as
   * a search path) run on each new connection.
   */
  async readers(count: number, init: string[] = []): Promise<void> {
    if (this.pooled || count < 2) return;
    const extra: DuckDBConnection[] = [];
    for (let i = 1; i < count; i++) {
      const c = await this.instance.connect();
      for (const sql of init) await c.run(sql);
      extra.push(c);
    }
    this.extra = extra;
    this.idle = [this.connection, ...extra];
    this.pooled = true;
  }

  private acquire(): Promise<DuckDBConnection> {
    const c = this.idle.pop();
    return c ? Promise.resolve(c) : new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(c: DuckDBConnection): void {
    const next = this.waiting.shift();
    if (next) next(c);
    else this.idle.push(c);
  }

  /**
   * Runs `fn` with one connection of its own for its statements: what a TEMP table one statement
   * creates, the next can read (temp tables live per connection).
   */
  async session<T>(fn: (all: Query) => Promise<T>): Promise<T> {
    const c = this.pooled ? await this.acquire() : this.connection;
    try {
      return await fn(<R>(sql: string, params: Params = []) => this.read(c, sql, params, (r) => r.getRowObjectsJson() as R[]));
    } finally {
      if (this.pooled) this.release(c);
    }
  }

  async all<T = Record<string, unknown>>(sql: string, params: Params = []): Promise<T[]> {
    return this.pooledRead(sql, params, (r) => r.getRowObjectsJson() as T[]);
  }

  /** `read` on a reader connection of the pool, or on the one connection when there is no pool. */
  private async pooledRead<R>(sql: string, params: Params, convert: (r: DuckDBResultReader) => R): Promise<R> {
    if (!this.pooled) return this.read(this.connection, sql, params, convert);
    const c = await this.acquire();
    try {
      return await this.read(c, sql, params, convert);
    } finally {
      this.release(c);
    }
  }

  /**
   * The result as one array per column (JS values: BIGINT as bigint, lists as arrays): for reads of
   * a whole table's columns, which rows as objects would cost an object per row.
   */
  async columns(sql: string, params: Params = []): Promise<Record<string, unknown[]>> {
    return this.pooledRead(sql, params, (r) => r.getColumnsObjectJS() as Record<string, unknown[]>);
  }

  /** Statements running now (all, session), and who waits for there to be none (closeWhenIdle). */
  private running = 0;
  private onIdle: (() => void)[] = [];
  private closing = false;

  private async read<R>(c: DuckDBConnection, sql: string, params: Params, convert: (r: DuckDBResultReader) => R): Promise<R> {
    if (this.closing) throw new StoreClosedError();
    this.running++;
    try {
      return convert(await c.runAndReadAll(sql, params));
    } finally {
      if (--this.running === 0) for (const resolve of this.onIdle.splice(0)) resolve();
    }
  }

  /**
   * Closes the store once no statement runs on it; running ones are interrupted first, and new ones
   * refused. A connection closed under a running statement leaves DuckDB destroying the
   * connection's context from inside that statement, which deadlocks: the process then never exits.
   */
  async closeWhenIdle(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.running > 0) {
      for (const c of [this.connection, ...this.extra]) c.interrupt();
      await new Promise<void>((resolve) => this.onIdle.push(resolve));
    }
    this.close();
  }

  /**
   * Writes several documents in one transaction, all or nothing. Each replaces the stored document
   * with its content or its path; within the batch a later document wins, as if written in turn.
   * Rows go through appenders, one per table.
   */
  async replaceDocuments(docs: StoredDocument[]): Promise<void> {
    if (docs.length === 0) return;
    const batch = lastWins(docs);
    const c = this.connection;
    await c.run('BEGIN TRANSACTION');
    try {
      await this.deleteOld(batch);
      const rows = batch.map(documentRows);
      for (const table of ROW_TABLES) {
        if (STAGED.has(table)) {
          await this.appendStaged(table, rows.flatMap<readonly Cell[]>((r) => r[table]));
          continue;
        }
        const types = columnTypes(table);
        const a = await c.createAppender(table);
        try {
          for (const r of rows) for (const row of r[table]) appendRow(a, types, row);
          a.flushSync();
        } finally {
          a.closeSync();
        }
      }
      await c.run('COMMIT');
    } catch (e) {
      await c.run('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  /**
   * Postings are most of the rows, and appending a JS array as a LIST value costs about 10 µs a
   * row; appending number lists as text to a temporary table and converting them in one SQL
   * statement is about five times faster.
   */
  private async appendStaged(table: RowTable, rows: readonly (readonly Cell[])[]): Promise<void> {
    const c = this.connection;
    const types = columnTypes(table);
    const stage = `${table}_stage`;
    const stageTypes = types.map((t) => (isNumberList(t) ? 'VARCHAR' : t));
    await c.run(`CREATE TEMP TABLE IF NOT EXISTS ${stage} (${stageTypes.map((t, i) => `c${i} ${t}`).join(', ')})`);
    const a = await c.createAppender(stage, 'main', 'temp');
    try {
      for (const row of rows) appendRow(a, stageTypes, row.map((v, i) => (isNumberList(types[i]) ? (v as number[]).join(',') : v)));
      a.flushSync();
    } finally {
      a.closeSync();
    }
    const cols = types.map((t, i) => (isNumberList(t) ? `CASE WHEN c${i} = '' THEN [] ELSE string_split(c${i}, ',')::${t} END` : `c${i}`));
    await c.run(`INSERT INTO ${table} SELECT ${cols.join(', ')} FROM temp.${stage}`);
    await c.run(`DELETE FROM temp.${stage}`);
  }

  /** Deletes the stored documents the batch replaces. New documents (the usual case) cost one lookup. */
  private async deleteOld(batch: StoredDocument[]): Promise<void> {
    const c = this.connection;
    const found = await c.runAndReadAll(
      `SELECT document_id FROM documents WHERE list_contains($ids, document_id) OR list_contains($paths, source_path)`,
      { ids: listValue(batch.map((d) => d.document_id)), paths: listValue(batch.map((d) => d.source_path)) },
      { ids: LIST(VARCHAR), paths: LIST(VARCHAR) }
    );
    const old = found.getRowObjectsJson().map((r) => String(r.document_id));
    if (old.length === 0) return;
    const params = { old: listValue(old) };
    const types = { old: LIST(VARCHAR) };
    const ofOld = `SELECT matter_id FROM matters WHERE list_contains($old, document_id)`;
    for (const t of MATTER_TABLES) await c.run(`DELETE FROM ${t} WHERE matter_id IN (${ofOld})`, params, types);
    await c.run(`DELETE FROM matters WHERE list_contains($old, document_id)`, params, types);
    await c.run(`DELETE FROM documents WHERE list_contains($old, document_id)`, params, types);
  }

  /** Whether the derived tables are present and made by the current builders. */
  async derivedCurrent(): Promise<boolean> {
    try {
      const [{ version }] = await this.all<{ version: number }>(DERIVED_VERSION_SQL);
      return version === DERIVED_VERSION;
    } catch {
      return false;
    }
  }

  close(): void {
    for (const c of this.extra) c.closeSync();
    this.extra = [];
    this.idle = [];
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
