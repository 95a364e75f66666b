// Many people at once: 50 connections for a minute over a mix of pages and twins, against the built
// server on a grown store; then the same while an ingestion of new documents writes to the store the
// server is serving (and publishes a new snapshot). Requests/s, latency percentiles, errors (non-2xx
// answers and failed connections) and the server's peak RSS. autocannon drives the connections.

import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { startServerProcess } from '../src/lib/publish/server-process';
import type { BenchContext, ViewSpec } from './query';
import { BENCH_SERVER_ENV, peakRssMb, pct, round, VIEWS } from './query';

export interface LoadResult {
  matters: number;
  connections: number;
  seconds: number;
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  errors: number;
  peak_rss_mb: number;
  /** Requests answered; for the run during ingestion, whether the ingestion finished within it. */
  requests: number;
  ingest?: { documents: number; exit_code: number | null; seconds: number };
}

/** Of every 20 requests: what a council office's morning looks like, drafts checked now and then. */
const MIX: [view: string, per20: number][] = [
  ['overview', 4],
  ['coverage', 3],
  ['matters list', 3],
  ['matter page', 4],
  ['search', 3],
  ['search api', 1],
  ['overview arrow', 1],
  ['draft check', 1]
];

const EXTRA: ViewSpec[] = [
  {
    name: 'search api',
    request: (c, i) => ({ path: `/api/search.json?${new URLSearchParams({ q: ['委託 暗号化', '健康 記録', 'USB 持出し', '個人番号'][i % 4] })}` }),
    duckdb: async () => undefined
  },
  {
    name: 'overview arrow',
    request: (c, i) => ({ path: `/api/overview.arrow?${new URLSearchParams(Object.entries(c.filters[i % c.filters.length]).map(([k, v]) => [k, String(v)]))}` }),
    duckdb: async () => undefined
  }
];

/** The requests, distinct URLs in a fixed order (each connection walks the list from its own start). */
export function loadRequests(ctx: BenchContext, rounds = 20): autocannon.Request[] {
  const views = [...VIEWS, ...EXTRA];
  const out: autocannon.Request[] = [];
  for (let r = 0; r < rounds; r++)
    for (const [name, n] of MIX) {
      const v = views.find((x) => x.name === name)!;
      for (let k = 0; k < n; k++) {
        const { path, init } = v.request(ctx, r * n + k);
        out.push({ method: (init?.method as autocannon.Request['method']) ?? 'GET', path, headers: init?.headers as Record<string, string> | undefined, body: init?.body as string | undefined });
      }
    }
  return out;
}

export interface IngestDuring {
  /** The command that ingests into the served store (it publishes a snapshot at the end). */
  command: string[];
  documents: number;
}

export async function benchLoad(entry: string, db: string, matters: number, ctx: BenchContext, opts: { connections?: number; seconds?: number; during?: IngestDuring } = {}): Promise<LoadResult> {
  const connections = opts.connections ?? 50;
  const seconds = opts.seconds ?? 60;
  const server = await startServerProcess(entry, { ATLAS_DB: db, ...BENCH_SERVER_ENV });
  try {
    const requests = loadRequests(ctx);
    // Warm the route modules once (not the answers: every URL below is asked again under load).
    await fetch(server.url + '/');
    let ingest: LoadResult['ingest'];
    let ingestDone: Promise<void> = Promise.resolve();
    if (opts.during) {
      const t0 = performance.now();
      const child = spawn(opts.during.command[0], opts.during.command.slice(1), { stdio: 'ignore' });
      const documents = opts.during.documents;
      ingestDone = new Promise((resolve) =>
        child.on('exit', (code) => {
          ingest = { documents, exit_code: code, seconds: Math.round((performance.now() - t0) / 100) / 10 };
          resolve();
        })
      );
    }
    const latencies: number[] = [];
    let non2xx = 0;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url: server.url, connections, duration: seconds, requests, timeout: 30 }, (err, res) => (err ? reject(err) : resolve(res)));
      instance.on('response', (_client, statusCode, _bytes, ms) => {
        latencies.push(ms);
        if (statusCode < 200 || statusCode >= 300) non2xx++;
      });
    });
    const peak = peakRssMb(server.child.pid as number);
    if (opts.during) {
      // The run is over; the ingestion's own end (and its publish) is waited for, not timed.
      await ingestDone;
    }
    return {
      matters,
      connections,
      seconds,
      rps: round(latencies.length / seconds),
      p50_ms: round(pct(latencies, 0.5)),
      p95_ms: round(pct(latencies, 0.95)),
      p99_ms: round(pct(latencies, 0.99)),
      errors: non2xx + result.errors + result.timeouts,
      peak_rss_mb: peak,
      requests: latencies.length,
      ...(ingest ? { ingest } : {})
    };
  } finally {
    await server.stop();
  }
}

/** The first search after the server says it is ready (the dictionary and search tables warm by then). */
export async function benchFirstSearch(entry: string, db: string, q = '委託先 暗号化'): Promise<number> {
  const server = await startServerProcess(entry, { ATLAS_DB: db, ...BENCH_SERVER_ENV });
  try {
    const t0 = performance.now();
    const res = await fetch(`${server.url}/search?${new URLSearchParams({ q })}`);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`first search answered ${res.status}`);
    return Math.round((performance.now() - t0) * 10) / 10;
  } finally {
    await server.stop();
  }
}
