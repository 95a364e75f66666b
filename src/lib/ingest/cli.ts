// The ingest command's argument handling, progress display and summary; scripts/ingest.ts calls run().

import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { INGEST_DEFAULTS, SETTINGS } from '../config';
import { publishSnapshot } from '../server/store/snapshot';
import { Store } from '../server/store/store';
import { loadMeta } from './meta';
import { ingestPaths, type FileOutcome, type IngestSummary } from './pipeline';
import { loadTokenizer } from '../tokenizer/tokenizer';

export const USAGE = `usage: npm run ingest -- [--db PATH] [--meta FILE.csv] PATH...
  PATH            files or folders (recursed): .txt (UTF-8, Shift_JIS, EUC-JP), .md, .html, .htm
  --db PATH       the DuckDB store to write (default ${SETTINGS.db.default})
  --meta FILE     CSV with columns path,municipality,council_session,council_date,url
  --workers N     worker threads preparing documents beside the main thread (default: one per
                  core but one from ${INGEST_DEFAULTS.minCoresForWorkers} cores, none on fewer; 0 = none). Runs of fewer than ${INGEST_DEFAULTS.minFilesForWorkers} files or ${INGEST_DEFAULTS.minBytesForWorkers / 2 ** 20} MB are prepared in one thread.
  --no-cache      do not share a token cache across documents
  --quiet         print only failures and the summary
  -h, --help      show this help`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  tty: boolean;
}

const nodeIo: Io = {
  out: (l) => process.stdout.write(l + '\n'),
  err: (l) => process.stderr.write(l + '\n'),
  tty: Boolean(process.stderr.isTTY)
};

export function formatSummary(s: IngestSummary): string {
  return (
    `${s.files} file(s): ${s.ok} ingested, ${s.failed} failed; ` +
    `${s.matters} matter(s), ${s.items} data item(s), ${s.safeguards} safeguard sentence(s); ` +
    (s.review > 0 ? `${s.review} document(s) kept for review (form not recognised); ` : '') +
    `${(s.elapsedMs / 1000).toFixed(2)} s`
  );
}

const describe = (o: FileOutcome) =>
  o.ok
    ? `ok    ${o.path}  ${o.matters} matter(s), ${o.items} item(s), ${o.safeguards} safeguard(s), ${o.ms.toFixed(0)} ms${o.review ? ` — REVIEW: ${o.review}` : ''}`
    : `FAIL  ${o.path}: ${o.reason}`;

function publishFailure(e: unknown): string {
  const message = (e as Error).message.split('\n')[0];
  return /No space left on device|ENOSPC/i.test(message) ? `the disk is full: ${message}` : message;
}

/** Returns the exit code: 0 all ingested, 1 some file failed or the snapshot could not be written, 2 usage error. */
export async function run(argv: string[], io: Io = nodeIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        meta: { type: 'string' },
        workers: { type: 'string' },
        'no-cache': { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    });
  } catch (e) {
    io.err(`ingest: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) {
    io.err(`ingest: no PATH given\n${USAGE}`);
    return 2;
  }
  const workersArg = args.values.workers;
  if (workersArg !== undefined && !/^\d+$/.test(workersArg)) {
    io.err(`ingest: --workers must be a whole number, got "${workersArg}"\n${USAGE}`);
    return 2;
  }
  const workers = workersArg === undefined ? ('auto' as const) : Number(workersArg);
  let meta;
  try {
    meta = args.values.meta ? loadMeta(args.values.meta) : undefined;
  } catch (e) {
    io.err(`ingest: ${(e as Error).message}`);
    return 2;
  }
  const dbPath = args.values.db ?? SETTINGS.db.default;
  let store: Store;
  try {
    store = await Store.open(dbPath);
  } catch (e) {
    io.err(`ingest: ${(e as Error).message}`);
    return 1;
  }
  const quiet = Boolean(args.values.quiet);
  const bar = io.tty && !quiet ? new cliProgress.SingleBar({ format: '{bar} {value}/{total} files | {rate} files/s | {file}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
  const started = performance.now();
  try {
    const summary = await ingestPaths(args.positionals, { store, tokenizer: loadTokenizer }, {
      meta,
      workers,
      cache: !args.values['no-cache'],
      onStart: (file, i, total) => {
        if (bar && i === 0) bar.start(total, 0, { file, rate: '0.0' });
        bar?.update({ file });
      },
      onFile: (o, done) => {
        const rate = (done / ((performance.now() - started) / 1000)).toFixed(1);
        if (bar) {
          bar.update(done, { rate });
          if (!o.ok) io.err(`\nFAIL  ${o.path}: ${o.reason}`);
        } else if (!o.ok) io.err(describe(o));
        else if (!quiet) io.out(describe(o));
      }
    });
    bar?.stop();
    // Problems found before reading (missing paths) have no onFile call.
    for (const o of summary.outcomes.filter((x) => !x.ok && x.ms === 0)) io.err(describe(o));
    for (const note of summary.notes) io.err(`ingest: ${note}`);
    // The app moves to the new state only now, when the whole run is done.
    try {
      await publishSnapshot(store);
    } catch (e) {
      // The store holds the run's documents; the app keeps serving the previous snapshot.
      io.out(`${formatSummary(summary)} → ${dbPath}`);
      io.err(`ingest: what this run stored is kept in ${dbPath}, but the app still shows the previous state: its snapshot could not be written (${publishFailure(e)}). Run the same command again once fixed: unchanged files are skipped and the snapshot is written.`);
      return 1;
    }
    io.out(`${formatSummary(summary)} → ${dbPath}`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    store.close();
  }
}
