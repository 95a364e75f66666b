// Defaults shared by the app, the command-line tools, the benchmarks and the tests, each with the
// environment variable that overrides it where there is one. No process access and no imports: the
// check page reads the draft limits in the browser and vite.config.ts the port. server/env.ts reads
// the environment.

// ---------------------------------------------------------------------------------------------
// Draft check (/check and POST /api/check)

/** Pasted text and text, HTML and Markdown files (UTF-8 bytes). */
export const MAX_DRAFT_TEXT_BYTES = 5 * 1024 * 1024;
/** PDF files: they carry fonts and images, far more bytes than text. */
export const MAX_DRAFT_PDF_BYTES = 20 * 1024 * 1024;
/** A whole request: the largest file plus room for the multipart envelope and a text field. */
export const MAX_CHECK_REQUEST_BYTES = MAX_DRAFT_PDF_BYTES + 1024 * 1024;
/** adapter-node's BODY_SIZE_LIMIT for the server (its default, 512 KB, is below most PDFs). */
export const CHECK_BODY_SIZE_LIMIT = `${MAX_CHECK_REQUEST_BYTES / (1024 * 1024)}M`;

/** Any other request body (form posts that edit): far more than a form needs, far less than harm. */
export const MAX_FORM_REQUEST_BYTES = 64 * 1024;

// ---------------------------------------------------------------------------------------------
// Ingestion

export const INGEST_DEFAULTS = {
  /** Documents written per transaction. */
  batchDocuments: 32,
  /** A batch is also written once its documents hold this many characters, so long ones do not pile up in memory. */
  batchChars: 4_000_000,
  /** Fewer files than this are prepared in the main thread: starting a worker (and its dictionary) costs about a second. */
  minFilesForWorkers: 8,
  /**
   * Nor are fewer bytes than this (about 13 s of work on one thread): below it the workers' start
   * costs more than they save (15 documents, 1.3 MB: 4.1 s with two workers, 2.7 s without).
   */
  minBytesForWorkers: 4 * 1024 * 1024,
  /**
   * Nor on fewer cores than this: on 2 cores a worker shares them with this thread's analysis,
   * its receiving of each document and DuckDB's writes, and measured no faster than one thread on
   * generated documents (44.6 against 44.3 docs/s) and slower on the real-shaped ones (7.7 against 8.8).
   */
  minCoresForWorkers: 4
} as const;

// ---------------------------------------------------------------------------------------------
// The environment

/** A setting the environment can override: `env` names the variable; unset or empty means `default`. */
export interface EnvSetting {
  readonly env: string;
  readonly default: string;
}

export const SETTINGS = {
  /** The DuckDB store npm start serves; ingest and export use the default when --db is not given. */
  db: { env: 'ATLAS_DB', default: 'data/council.duckdb' },
  /** Parquet exports to serve instead of the store: comma-separated roots (folders, globs, s3:// or https:// URLs). */
  parquet: { env: 'ATLAS_PARQUET', default: '' },
  /** DuckDB's memory cap for the app's read-only store (a DuckDB size, e.g. 1GB). */
  duckdbMemory: { env: 'ATLAS_DUCKDB_MEMORY', default: '256MB' },
  /**
   * Snapshots up to this size are copied before the server opens them, so one overwritten in place
   * cannot corrupt what is served (a DuckDB-style size; 0 serves every snapshot in place).
   */
  snapshotCopyMax: { env: 'ATLAS_SNAPSHOT_COPY_MAX', default: '4GB' },
  /** Connections answering a published snapshot at once: a page's independent queries run side by side. */
  duckdbReaders: { env: 'ATLAS_DUCKDB_READERS', default: '4' },
  /** The port npm start serves on (and vite dev listens on). */
  port: { env: 'PORT', default: '3000' },
  /** The address adapter-node binds (its default); the report's PDF opens the server there. */
  host: { env: 'HOST', default: '0.0.0.0' },
  /** The address people open, checked on form posts such as /check; empty means http://localhost:PORT. */
  origin: { env: 'ORIGIN', default: '' },
  /** adapter-node's request body limit. */
  bodySizeLimit: { env: 'BODY_SIZE_LIMIT', default: CHECK_BODY_SIZE_LIMIT },
  /** Lineage links users removed (JSON, written by the matter page); kept apart from the store so re-ingesting never loses them. */
  /** The draft check analyses drafts in a worker thread beside the server's; 0 analyses them in the server's thread, in slices. */
  checkWorker: { env: 'ATLAS_CHECK_WORKER', default: '1' },
  lineageEdits: { env: 'ATLAS_LINEAGE_EDITS', default: 'data/lineage-edits.json' },
  /** People's corrections to extracted matters (JSON, written by the matter page); applied on top of the store at every snapshot. */
  corrections: { env: 'ATLAS_CORRECTIONS', default: 'data/corrections.json' },
  /** Access control: off (one person on their own machine), basic (HTTP Basic against ATLAS_USERS) or proxy (a trusted proxy's header names the user). */
  auth: { env: 'ATLAS_AUTH', default: 'off' },
  /** The users file: names, roles and salted scrypt hashes (npm run users). */
  users: { env: 'ATLAS_USERS', default: 'data/users.json' },
  /** In proxy mode, the request header that carries the signed-in user's name. */
  authProxyHeader: { env: 'ATLAS_AUTH_PROXY_HEADER', default: 'x-forwarded-user' },
  /** Searches (page, twins and feed) per client per minute; 0 lifts the limit. */
  rateSearch: { env: 'ATLAS_RATE_SEARCH', default: '120' },
  /** Draft checks per client per minute; 0 lifts the limit. */
  rateCheck: { env: 'ATLAS_RATE_CHECK', default: '20' },
  /** The Chromium that prints generated PDFs (npm run generate -- --pdf) and runs the browser tests. */
  chromium: { env: 'CHROMIUM', default: '/usr/bin/chromium' }
} as const satisfies Record<string, EnvSetting>;
export type SettingName = keyof typeof SETTINGS;
