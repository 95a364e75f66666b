// A national corpus's size served as `npm run merge` leaves it: one store file and its snapshot,
// read from disk with DuckDB's capped buffer pool. Measures how long the server takes to be ready
// (open and warm-up), its peak RSS, and each view's first answers to distinct URLs.

import type { Tokenizer } from '../src/lib/domain/tokens';
import { setting } from '../src/lib/server/env';
import { startServerProcess } from '../src/lib/publish/server-process';
import { Store } from '../src/lib/server/store/store';
import { snapshotPath } from '../src/lib/server/store/snapshot';
import { BENCH_SERVER_ENV, benchQueries, peakRssMb, round, VIEWS, type QueryBench } from './query';

export interface NationalBench {
  matters: number;
  /** From starting the server to GET /api/ready answering 200. */
  open_s: number;
  /** The server's peak RSS over the open and the first answers. */
  rss_mb: number;
  /** The slowest view's p95 of first answers. */
  first_p95_ms: number;
  /** Each view's first answers (one round of distinct URLs), with the answers that failed. */
  queries: QueryBench[];
  /** ATLAS_DUCKDB_MEMORY the server ran with. */
  duckdb_memory: string;
  /** How the store was made, and in how long, when this run made it. */
  built?: { how: string; seconds: number };
}

/** Up to 30 minutes: at a million matters the warm-up loads the similarity index. */
const READY_TIMEOUT_MS = 30 * 60_000;

export async function benchNational(entry: string, db: string, tokenizer: Tokenizer): Promise<NationalBench> {
  const store = await Store.open(snapshotPath(db), { readOnly: true });
  const [{ n: matters }] = await store.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM matters');
  store.close();
  const t0 = performance.now();
  const server = await startServerProcess(entry, { ATLAS_DB: db, ...BENCH_SERVER_ENV }, READY_TIMEOUT_MS);
  const open_s = round((performance.now() - t0) / 1000);
  const openRss = peakRssMb(server.child.pid as number);
  await server.stop();
  // One round: every request is a first answer.
  const q = await benchQueries(entry, db, VIEWS, tokenizer, { perView: 10, rounds: 1, readyTimeoutMs: READY_TIMEOUT_MS, countErrors: true });
  return {
    matters,
    open_s,
    rss_mb: Math.max(openRss, q.server_rss_mb),
    first_p95_ms: Math.max(...q.queries.map((x) => x.cold_p95_ms)),
    queries: q.queries,
    duckdb_memory: setting('duckdbMemory')
  };
}

/** The national section of results.md (bench/run.ts keeps the last one when it rewrites the file). */
export function nationalMarkdown(n: NationalBench & { date: string }): string {
  return [
    `## A national corpus (${n.matters.toLocaleString('en')} matters, ${n.date})`,
    '',
    `Served from one store file and its snapshot, as \`npm run merge\` leaves it${n.built ? `; the store was ${n.built.how}, in ${n.built.seconds} s` : ''}; DuckDB's memory limit ${n.duckdb_memory}. Ready after ${n.open_s} s; peak RSS ${n.rss_mb} MB; the slowest view's first answers p95 ${n.first_p95_ms} ms.`,
    '',
    '| view | first answers p95 ms | DuckDB p95 ms | failed answers |',
    '|---|---|---|---|',
    ...n.queries.map((q) => `| ${q.name} | ${q.cold_p95_ms} | ${q.duckdb_p95_ms} | ${q.errors ?? 0} of ${q.requests} |`)
  ].join('\n');
}

const START = '<!-- national -->';
const END = '<!-- /national -->';
export function withNationalSection(md: string, section: string): string {
  const block = `${START}\n${section}\n${END}`;
  const i = md.indexOf(START);
  const j = md.indexOf(END);
  return i >= 0 && j > i ? md.slice(0, i) + block + md.slice(j + END.length) : `${md.trimEnd()}\n\n${block}`;
}
