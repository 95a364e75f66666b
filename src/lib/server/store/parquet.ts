// The store beyond one machine: an export of every stored table as Parquet, partitioned by
// municipality and fiscal year (Hive layout), and a store that runs the same queries over one or
// more such exports (local folders, or s3:// and https:// roots when DuckDB's httpfs extension is
// installed). Opening reads the files into an in-memory DuckDB (or defines views over them) and
// rebuilds the derived tables (derived.ts) there.
//
// Every Parquet file holds exactly its table's columns with the stored values, so the folder names
// are an index (for people, for other tools' partition pruning, for splitting work between
// machines), never the data: this reader ignores them (hive_partitioning = false), and a
// municipality a folder name cannot carry (too long, or a word Hive reads as NULL) goes to the NULL
// folder and keeps its value in the files.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDerived } from './derived';
import { columnsOf, SCHEMA_VERSION, TABLE_NAMES, type TableName } from './schema';
import { snapshotPath } from './snapshot';
import { Store } from './store';
import { swapIn } from '../swap-in';

const MANIFEST = 'atlas-export.json';
export const EXPORT_FORMAT = 'shingikai-atlas-parquet';
export const PARTITION_BY = ['municipality', 'fiscal_year'] as const;
/** What DuckDB names the folder of a NULL partition value. */
const NULL_PARTITION = '__HIVE_DEFAULT_PARTITION__';
/** The schema of an export's views (views mode): found through the search path, after main. */
const VIEW_SCHEMA = 'parquet';

/** Every table of the schema except store_info, whose version goes to the manifest. */
export const EXPORTED_TABLES = TABLE_NAMES.filter((t) => t !== 'store_info');

export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  schema_version: number;
  exported_at: string;
  /** The store file the export was read from. */
  source: string;
  partition_by: typeof PARTITION_BY;
  /** Rows per table; the reader checks the files hold exactly these. */
  tables: Record<string, number>;
  /** Each table's files, relative to the export ('/'-separated): readers need no listing (none on https, slow on S3). */
  files: Record<string, string[]>;
}

export interface ExportOptions {
  /** Replace an existing non-empty export at the target. */
  force?: boolean;
}

export interface ExportResult {
  dir: string;
  source: string;
  tables: Record<string, number>;
  files: number;
  bytes: number;
  ms: number;
}

const id = (name: string) => `"${name.replaceAll('"', '""')}"`;
// Paths can't be bound parameters in COPY targets, ATTACH or view definitions: quoted as literals.
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

/** The table's columns, in order, each quoted and prefixed with `alias`. */
const columnList = (t: TableName, alias: string) => columnsOf(t).map(([name]) => `${alias}.${id(name)}`).join(', ');

// A value a folder name carries exactly: DuckDB percent-encodes each byte into at most 3
// characters and a name may have 255 bytes; Hive readers may take the empty string, 'NULL' and the
// default-partition name for NULL.
const SAFE_MUNICIPALITY = `(municipality <> '' AND upper(municipality) NOT IN ('NULL', '${NULL_PARTITION}') AND strlen(municipality) <= 80)`;

function checkTarget(target: string, source: string, force: boolean): void {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return;
  }
  if (!stat.isDirectory()) throw new Error(`${target} exists and is not a folder`);
  const entries = readdirSync(target);
  if (entries.length === 0) return;
  if (!force) throw new Error(`${target} already exists and is not empty; use --force to replace it`);
  // --force replaces an earlier export, never an arbitrary folder (such as the one holding the store).
  if (!entries.includes(MANIFEST)) throw new Error(`${target} is not a Parquet export (it has no ${MANIFEST}); refusing to replace it`);
  if (path.relative(target, source).split(path.sep)[0] !== '..') throw new Error(`${target} holds the store ${source}; refusing to replace it`);
}

/** A table's files under the export being written, sorted, and their total size. */
function tableFiles(dir: string, table: string): { files: string[]; bytes: number } {
  const root = path.join(dir, table);
  if (!existsSync(root)) return { files: [], bytes: 0 };
  const files: string[] = [];
  let bytes = 0;
  for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    files.push(path.relative(dir, full).split(path.sep).join('/'));
    bytes += statSync(full).size;
  }
  return { files: files.sort(), bytes };
}

async function copyTables(store: Store, tmp: string): Promise<Record<string, number>> {
  const c = store.connection;
  const options = (partitions: string, extra = '') => `(FORMAT parquet, COMPRESSION zstd, PARTITION_BY (${partitions})${extra})`;
  const to = (...parts: string[]) => lit(path.join(tmp, ...parts));
  // The partition of every matter; other tables take their matter's (documents: their first matter's).
  await c.run(
    `CREATE TABLE export_keys AS SELECT matter_id, document_id, seq, CASE WHEN ${SAFE_MUNICIPALITY} THEN municipality END AS municipality, fiscal_year FROM src.matters`
  );
  const written: Record<string, number> = {};
  const copy = async (t: string, sql: string) => {
    try {
      return Number(((await c.runAndReadAll(sql)).getRowObjectsJson() as { Count: string }[])[0]?.Count ?? 0);
    } catch (e) {
      throw new Error(`cannot export table ${t}: ${firstLine(e)}`);
    }
  };
  for (const t of EXPORTED_TABLES) {
    if (t === 'matters') {
      // The partition columns are the table's own: kept in the files (WRITE_PARTITION_COLUMNS).
      written[t] = await copy(
        t,
        `COPY (SELECT ${columnList(t, 'm')} FROM src.matters m WHERE m.municipality IS NULL OR ${SAFE_MUNICIPALITY}) TO ${to(t)} ${options('municipality, fiscal_year', ', WRITE_PARTITION_COLUMNS true')}`
      );
      const unsafe = `FROM src.matters m WHERE m.municipality IS NOT NULL AND NOT ${SAFE_MUNICIPALITY}`;
      const [{ n }] = await store.all<{ n: number }>(`SELECT count(*)::INTEGER AS n ${unsafe}`);
      if (n > 0) written[t] += await copy(t, `COPY (SELECT ${columnList(t, 'm')} ${unsafe}) TO ${to(t, `municipality=${NULL_PARTITION}`)} ${options('fiscal_year', ', WRITE_PARTITION_COLUMNS true, APPEND')}`);
      continue;
    }
    const keys =
      t === 'documents'
        ? `(SELECT document_id, municipality, fiscal_year FROM export_keys QUALIFY row_number() OVER (PARTITION BY document_id ORDER BY seq) = 1) k USING (document_id)`
        : t === 'corrections'
          ? // A correction names its matter as matter_ref (null when it no longer fits).
            `export_keys k ON k.matter_id = x.matter_ref`
          : `export_keys k USING (matter_id)`;
    written[t] = await copy(t, `COPY (SELECT ${columnList(t, 'x')}, k.municipality, k.fiscal_year FROM src.${id(t)} x LEFT JOIN ${keys}) TO ${to(t)} ${options('municipality, fiscal_year')}`);
  }
  return written;
}

/**
 * Writes every stored table of the store at `dbPath` (its published snapshot when there is one, so
 * it can run while ingestion writes and the app serves) as Parquet under `dir`:
 * `dir/<table>/municipality=…/fiscal_year=…/*.parquet` plus `dir/atlas-export.json`. The export is
 * written to a sibling folder and renamed into place: a failure never leaves a partial one.
 */
export async function exportParquet(dbPath: string, dir: string, opts: ExportOptions = {}): Promise<ExportResult> {
  const started = performance.now();
  const db = path.resolve(dbPath);
  const target = path.resolve(dir);
  const source = existsSync(snapshotPath(db)) ? snapshotPath(db) : db;
  if (!existsSync(source)) throw new Error(`no store at ${db} (create it with npm run ingest)`);
  checkTarget(target, source, opts.force ?? false);
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}-${Date.now()}`;
  const store = await Store.openMemory(`export of ${source}`);
  try {
    try {
      await store.connection.run(`ATTACH ${lit(source)} AS src (READ_ONLY)`);
    } catch (e) {
      throw new Error(`cannot read store ${source}: ${firstLine(e)}`);
    }
    const [info] = await store.all<{ value: string }>(`SELECT value FROM src.store_info WHERE key = 'schema_version'`);
    if (Number(info?.value) !== SCHEMA_VERSION) throw new Error(`store ${source} has schema version ${info?.value ?? 'none'}, this version exports ${SCHEMA_VERSION}: ingest it again first`);
    const tables: Record<string, number> = {};
    for (const t of EXPORTED_TABLES) {
      const [{ n }] = await store.all<{ n: string }>(`SELECT count(*)::BIGINT AS n FROM src.${id(t)}`);
      tables[t] = Number(n);
    }
    mkdirSync(tmp);
    const written = await copyTables(store, tmp);
    for (const t of EXPORTED_TABLES) if (written[t] !== tables[t]) throw new Error(`export of ${t} wrote ${written[t]} rows, the store has ${tables[t]}`);
    const files: Record<string, string[]> = {};
    let bytes = 0;
    for (const t of EXPORTED_TABLES) {
      const found = tableFiles(tmp, t);
      files[t] = found.files;
      bytes += found.bytes;
    }
    const manifest: ExportManifest = { format: EXPORT_FORMAT, schema_version: SCHEMA_VERSION, exported_at: new Date().toISOString(), source, partition_by: PARTITION_BY, tables, files };
    const json = JSON.stringify(manifest, null, 1) + '\n';
    writeFileSync(path.join(tmp, MANIFEST), json);
    swapIn(tmp, target);
    const count = Object.values(files).reduce((n, f) => n + f.length, 1);
    return { dir: target, source, tables, files: count, bytes: bytes + Buffer.byteLength(json), ms: performance.now() - started };
  } finally {
    store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A root is remote when it has a URL scheme (s3://, https://, gcs://…). */
export const isRemote = (root: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(root) && !/^file:\/\//i.test(root);

/** ATLAS_PARQUET's syntax: roots separated by commas; each may hold glob characters (`exports/*`). */
export function parseRoots(spec: string): string[] {
  return spec
    .split(',')
    .map((s) => s.trim().replace(/(?<=.)\/+$/, ''))
    .filter(Boolean)
    .map((s) => (isRemote(s) ? s : path.resolve(s.replace(/^file:\/\//i, ''))));
}

export interface OpenedExport {
  /** The manifest's location; local paths are absolute. */
  file: string;
  root: string;
  manifest: ExportManifest;
}

export interface ParquetOpen {
  store: Store;
  exports: OpenedExport[];
  /** manifestKey() of the local manifests, taken before they were read. */
  key: string | null;
}

/**
 * Identifies the current state of the local manifests (a re-export renames a new folder in, so a
 * new inode); null while one is missing, as during the swap. Remote manifests are not watched.
 */
export function manifestKey(files: string[]): string | null {
  const parts: string[] = [];
  for (const f of files) {
    if (isRemote(f)) continue;
    try {
      const s = statSync(f);
      parts.push(`${s.ino}:${s.mtimeMs}:${s.size}`);
    } catch {
      return null;
    }
  }
  return parts.join(',');
}

function checkManifest(file: string, text: string): ExportManifest {
  let m: Partial<ExportManifest>;
  try {
    m = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} is not valid JSON: ${firstLine(e)}`);
  }
  if (m?.format !== EXPORT_FORMAT) throw new Error(`${file} is not a Shingikai Atlas Parquet export manifest (format ${JSON.stringify(m?.format)})`);
  if (m.schema_version !== SCHEMA_VERSION) throw new Error(`${file} has schema version ${m.schema_version}; this version reads ${SCHEMA_VERSION}: export the store again`);
  for (const t of EXPORTED_TABLES) {
    const rows = m.tables?.[t];
    if (typeof rows !== 'number' || !Number.isInteger(rows)) throw new Error(`${file} gives no row count for table ${t}`);
    const files = m.files?.[t];
    if (!Array.isArray(files) || files.some((f) => typeof f !== 'string') || (rows > 0 && files.length === 0)) throw new Error(`${file} gives no files for table ${t}`);
  }
  return m as ExportManifest;
}

async function findManifests(store: Store, roots: string[]): Promise<{ files: string[]; key: string | null }> {
  const files: string[] = [];
  for (const root of roots) {
    const pattern = `${root}/${MANIFEST}`;
    // https has no listing: a root there is one export, named exactly.
    let found: string[];
    try {
      found = /^https?:\/\//i.test(root) ? [pattern] : (await store.all<{ file: string }>(`SELECT file FROM glob($pattern) ORDER BY file`, { pattern })).map((r) => r.file);
    } catch (e) {
      throw new Error(`cannot list ${pattern}: ${firstLine(e)}`);
    }
    if (found.length === 0) throw new Error(`no Parquet export at ${root} (no ${MANIFEST}; write one with npm run export -- --parquet DIR)`);
    for (const f of found) if (!files.includes(f)) files.push(f);
  }
  return { files, key: manifestKey(files) };
}

async function readManifest(store: Store, file: string): Promise<string> {
  try {
    if (!isRemote(file)) return readFileSync(file, 'utf8');
    const [r] = await store.all<{ content: string }>(`SELECT content FROM read_text($file)`, { file });
    if (!r) throw new Error('not found');
    return r.content;
  } catch (e) {
    throw new Error(`cannot read ${file}: ${firstLine(e)}`);
  }
}

/** Finds, reads and checks the manifests of the exports at `roots`. */
export async function loadManifests(store: Store, roots: string[]): Promise<{ exports: OpenedExport[]; key: string | null }> {
  const { files, key } = await findManifests(store, roots);
  const exports: OpenedExport[] = [];
  for (const file of files) {
    const manifest = checkManifest(file, await readManifest(store, file));
    exports.push({ file, root: file.slice(0, -(MANIFEST.length + 1)), manifest });
  }
  return { exports, key };
}

/**
 * A SELECT of table `t`'s rows over all the exports, with exactly the store's columns and types.
 * The files hold the values; folder names are not read (see the head of this file). A table no
 * export has rows for is an empty relation with its columns.
 */
export function exportedRows(exports: OpenedExport[], t: TableName): string {
  const paths = exports.flatMap((x) => x.manifest.files[t].map((f) => lit(`${x.root}/${f}`)));
  const columns = columnsOf(t);
  const from = paths.length ? `read_parquet([${paths.join(', ')}], hive_partitioning = false)` : `(SELECT ${columns.map(([name, type]) => `NULL::${type} AS ${id(name)}`).join(', ')} LIMIT 0)`;
  return `SELECT ${columns.map(([name, type]) => `CAST(${id(name)} AS ${type}) AS ${id(name)}`).join(', ')} FROM ${from}`;
}

/** Refuses a table whose files hold other than the rows the manifests list. */
export function checkRowCount(exports: OpenedExport[], t: TableName, n: number): void {
  const expected = exports.reduce((sum, x) => sum + x.manifest.tables[t], 0);
  if (n !== expected) throw new Error(`table ${t} has ${n} rows in ${exports.map((x) => x.root).join(', ')}, the manifests list ${expected}: the export is incomplete or was changed`);
}

export interface ParquetOpenOptions {
  /**
   * `memory` (the default, what the app uses): base tables are read into memory at open, so
   * queries run as fast as on a snapshot and a re-export cannot change them under the store.
   * `views`: they stay views over the files, which every query reads again: less memory, much
   * slower with many partitions (each file costs an open per query).
   */
  load?: 'memory' | 'views';
  /** Connections answering at once (Store.readers); 1 when unset. */
  readers?: number;
}

/**
 * Opens one or more exports (`roots`: ATLAS_PARQUET's comma-separated syntax, or a list) as a
 * read-only Store whose tables have exactly the store's columns and types; derived tables are built
 * in memory. Checks every manifest's schema version, that the files hold the rows the manifests
 * list, and that no document is in two exports.
 */
export async function openParquet(roots: string | string[], opts: ParquetOpenOptions = {}): Promise<ParquetOpen> {
  const list = typeof roots === 'string' ? parseRoots(roots) : roots.flatMap(parseRoots);
  if (list.length === 0) throw new Error('no Parquet export given');
  const views = opts.load === 'views';
  // Extensions are never downloaded: httpfs is used only when already installed.
  const store = await Store.openMemory(list.join(','), { autoinstall_known_extensions: 'false' });
  try {
    const c = store.connection;
    const remote = list.find(isRemote);
    if (remote) {
      try {
        await c.run('LOAD httpfs');
      } catch (e) {
        throw new Error(
          `reading ${remote} needs DuckDB's httpfs extension, which is not installed (${firstLine(e)}); install it where DuckDB can download extensions (INSTALL httpfs) or copy the export to a local folder`
        );
      }
      await c.run('SET enable_http_metadata_cache = true');
    }
    await c.run('SET parquet_metadata_cache = true');
    // Loaded once: DuckDB's cache of the files' bytes would only double the memory.
    if (!views) await c.run('SET enable_external_file_cache = false');
    const { exports, key } = await loadManifests(store, list);
    const roots = exports.map((x) => x.root).join(', ');
    // Views live in their own schema, found through the search path, so that a derived table of
    // the same name (postings, re-sorted) can be created in main and shadow its view.
    if (views) await c.run(`CREATE SCHEMA ${VIEW_SCHEMA}`);
    const target = (t: string) => (views ? `${VIEW_SCHEMA}.${id(t)}` : `main.${id(t)}`);
    for (const t of EXPORTED_TABLES) {
      let n: string;
      try {
        await c.run(`CREATE ${views ? 'VIEW' : 'TABLE'} ${target(t)} AS ${exportedRows(exports, t)}`);
        [{ n }] = await store.all<{ n: string }>(`SELECT count(*)::BIGINT AS n FROM ${target(t)}`);
      } catch (e) {
        throw new Error(`cannot read table ${t} of ${roots}: ${firstLine(e)}`);
      }
      checkRowCount(exports, t, Number(n));
    }
    if (exports.length > 1) {
      const [dup] = await store.all<{ document_id: string }>(`SELECT document_id FROM ${target('documents')} GROUP BY document_id HAVING count(*) > 1 LIMIT 1`);
      if (dup) throw new Error(`document ${dup.document_id} is in more than one of ${roots}: give each document to one export only`);
    }
    const searchPath = `SET search_path = 'main,${VIEW_SCHEMA}'`;
    if (views) await c.run(searchPath);
    // Views mode keeps the base tables on disk: reordering them would load them into memory.
    await buildDerived((sql) => c.run(sql), { views: views ? VIEW_SCHEMA : undefined });
    // An export never changes while open (a re-export opens a new store), so results can be remembered.
    store.immutable = true;
    // The search path is a session setting: each reader connection needs it too.
    await store.readers(opts.readers ?? 1, views ? [searchPath] : []);
    return { store, exports, key };
  } catch (e) {
    store.close();
    throw e;
  }
}
