// Query latency (npm run bench): the built server answering each view over HTTP, beside the time
// DuckDB alone takes for the same SQL, and the server's peak memory.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Tokenizer } from '../src/lib/domain/tokens';
import { SEARCH_BENCH_CASES } from './search';
import { coverage, facets, overview, type MatterFilter } from '../src/lib/server/store/dashboard';
import { checkDraft } from '../src/lib/server/check';
import { searchMatters } from '../src/lib/server/store/search';
import { listMatters, matterDetail } from '../src/lib/server/store/queries';
import { snapshotPath } from '../src/lib/server/store/snapshot';
import { Store, type Query } from '../src/lib/server/store/store';
import { gapMatters, gapRates } from '../src/lib/server/store/gaps';
import { compare } from '../src/lib/server/store/compare';
import { changes, lineageOf } from '../src/lib/server/store/lineage';
import { wordingHistory } from '../src/lib/server/store/wording';
import { TAXONOMY } from '../src/lib/domain/taxonomy';
import { startServerProcess } from '../src/lib/publish/server-process';

/**
 * The bench's servers: one process stands in for many people at once, so the per-client limits on
 * searches and draft checks (a real user's protection) are lifted, and nobody signs in.
 */
export const BENCH_SERVER_ENV = { ATLAS_AUTH: 'off', ATLAS_RATE_SEARCH: '0', ATLAS_RATE_CHECK: '0' } as const;

export interface QueryBench {
  name: string;
  matters: number;
  requests: number;
  p50_ms: number;
  p95_ms: number;
  /** p95 of each distinct request's first answer, before the snapshot's result memo holds it. */
  cold_p95_ms: number;
  duckdb_p95_ms: number;
  /** Answers other than 2xx (national run only: there a failure is a finding, not a broken bench). */
  errors?: number;
}

export interface BenchContext {
  filters: MatterFilter[];
  matterIds: string[];
  tokenizer: Tokenizer;
  /** Drafts for the draft check: the sample texts. */
  drafts: string[];
  /** The most common departments, for department pages. */
  departments: string[];
  /** The store's fiscal years, for the year's changes. */
  years: number[];
}

/** One dashboard view: the HTTP requests that exercise it and the same queries run in-process. */
export interface ViewSpec {
  name: string;
  request: (ctx: BenchContext, i: number) => { path: string; init?: RequestInit };
  duckdb: (store: Store, ctx: BenchContext, i: number) => Promise<unknown>;
}

/** Categories with wording histories (clause-only ones have none). */
const WORDING_CODES = TAXONOMY.filter((c) => !c.clauseOnly).map((c) => c.code);
/** The i-th of a list, and a different page for each round through it: every request a distinct URL. */
const nth = <T>(xs: T[], i: number) => xs[i % xs.length];
const pass = <T>(xs: T[], i: number) => 1 + Math.floor(i / xs.length);

const qs = (f: MatterFilter) => new URLSearchParams(Object.entries(f).map(([k, v]) => [k, String(v)])).toString();

/** The views and the queries their routes run (see src/routes/**\/+page.server.ts). */
export const VIEWS: ViewSpec[] = [
  {
    name: 'overview',
    request: (c, i) => ({ path: `/?${qs(c.filters[i % c.filters.length])}` }),
    duckdb: async (s, c, i) => {
      const f = c.filters[i % c.filters.length];
      await overview(s, f);
      await coverage(s, f, { group: 'department' });
      await facets(s, f);
    }
  },
  {
    name: 'coverage',
    request: (c, i) => ({ path: `/api/coverage.json?${qs(c.filters[i % c.filters.length])}` }),
    duckdb: (s, c, i) => coverage(s, c.filters[i % c.filters.length], { group: 'department' })
  },
  {
    name: 'matters list',
    request: (c, i) => ({ path: `/matters?${qs(c.filters[i % c.filters.length])}` }),
    duckdb: async (s, c, i) => {
      const f = c.filters[i % c.filters.length];
      await listMatters(s, { ...f, limit: 50 });
      await facets(s, f);
    }
  },
  {
    name: 'search',
    request: (_c, i) => {
      const k = SEARCH_BENCH_CASES[i % SEARCH_BENCH_CASES.length];
      return { path: `/search?${new URLSearchParams({ q: k.q, ...(k.sort ? { sort: k.sort } : {}), ...Object.fromEntries(Object.entries(k.filter ?? {}).map(([a, b]) => [a, String(b)])) })}` };
    },
    duckdb: (s, c, i) => {
      const k = SEARCH_BENCH_CASES[i % SEARCH_BENCH_CASES.length];
      return searchMatters(s, c.tokenizer, { q: k.q, filter: k.filter, sort: k.sort });
    }
  },
  {
    name: 'draft check',
    request: (c, i) => ({
      path: '/api/check',
      init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: c.drafts[i % c.drafts.length] }) }
    }),
    duckdb: (s, c, i) => checkDraft(s, c.tokenizer, c.drafts[i % c.drafts.length])
  },
  {
    name: 'gaps',
    request: (c, i) => ({ path: `/gaps?${qs(nth(c.filters, i))}&page=${pass(c.filters, i)}` }),
    duckdb: async (s, c, i) => {
      const f = nth(c.filters, i);
      await gapMatters(s, f, { limit: 50, offset: (pass(c.filters, i) - 1) * 50 });
      await gapRates(s, f, 'department');
      await gapRates(s, f, 'fiscal_year');
      await facets(s, f);
    }
  },
  {
    name: 'compare',
    request: (c, i) => ({ path: `/compare?${new URLSearchParams({ a: qs(nth(c.filters, i)), b: qs(nth(c.filters, i + pass(c.filters, i))) })}` }),
    duckdb: async (s, c, i) => {
      const a = nth(c.filters, i);
      const b = nth(c.filters, i + pass(c.filters, i));
      await facets(s, {});
      await compare(s, { filter: a, query: qs(a) }, { filter: b, query: qs(b) });
    }
  },
  {
    name: 'changes',
    request: (c, i) => ({ path: `/changes?fy=${nth(c.years, i)}&page=${pass(c.years, i)}` }),
    duckdb: async (s, c, i) => {
      await overview(s, {});
      await changes(s, { fiscal_year: nth(c.years, i) }, [], { limit: 50, offset: (pass(c.years, i) - 1) * 50 });
      await facets(s, { fiscal_year: nth(c.years, i) });
    }
  },
  {
    name: 'wording',
    request: (c, i) => ({ path: `/wording/${nth(WORDING_CODES, i)}?${qs(nth(c.filters, Math.floor(i / WORDING_CODES.length)))}` }),
    duckdb: async (s, c, i) => {
      const f = nth(c.filters, Math.floor(i / WORDING_CODES.length));
      await wordingHistory(s, nth(WORDING_CODES, i), f);
      await facets(s, f);
    }
  },
  {
    name: 'department page',
    request: (c, i) => ({ path: `/departments/${encodeURIComponent(nth(c.departments, i))}` }),
    duckdb: async (s, c, i) => {
      const department = nth(c.departments, i);
      await overview(s, { department });
      await coverage(s, { department }, { group: 'department' });
      await gapMatters(s, { department }, { limit: 10, offset: 0 });
      await listMatters(s, { department, limit: 10 });
    }
  },
  {
    name: 'matter page',
    request: (c, i) => ({ path: `/matters/${encodeURIComponent(c.matterIds[i % c.matterIds.length])}` }),
    duckdb: async (s, c, i) => {
      await matterDetail(s, c.matterIds[i % c.matterIds.length]);
      await lineageOf(s, c.matterIds[i % c.matterIds.length], []);
    }
  }
];

/** The p-th quantile by nearest rank (NaN for none). */
export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};
export const round = (x: number) => Math.round(x * 10) / 10;

/** Peak resident memory of a process (Linux), in MB. */
export function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/** Filters and matters to ask about, drawn from the store itself. */
export async function benchContext(store: Store, tokenizer: Tokenizer): Promise<BenchContext> {
  const f = await facets(store, {});
  const top = (xs: { value: string }[], i: number) => xs[Math.min(i, xs.length - 1)]?.value;
  const filters: MatterFilter[] = [
    {},
    { municipality: top(f.municipality, 0) },
    { department: top(f.department, 0) },
    { fy_from: 2015, fy_to: 2020 },
    { procedure: 'outsourcing' },
    { sensitive: true },
    { media_category: 'email' },
    { category: 'encryption', has: false },
    { municipality: top(f.municipality, 1), fiscal_year: 2019 },
    { item_category: 'health', department: top(f.department, 1) }
  ];
  const ids = await store.all<{ matter_id: string }>(`SELECT matter_id FROM matters USING SAMPLE 20 ROWS (reservoir, 7) ORDER BY matter_id`);
  const dir = 'test/fixtures/samples-text';
  const drafts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const departments = f.department.slice(0, 20).map((d) => d.value);
  const years = f.fiscal_year.map((y) => Number(y.value)).sort((a, b) => b - a);
  return { filters, matterIds: ids.map((r) => r.matter_id), tokenizer, drafts, departments, years };
}

/**
 * Each view's requests (distinct URLs, each asked `rounds` times, interleaved) against the built
 * server on the store's snapshot; then the same queries in-process, timing only DuckDB.
 */
export async function benchQueries(entry: string, db: string, views: ViewSpec[], tokenizer: Tokenizer, { perView = 20, rounds = 3, readyTimeoutMs = 120_000, countErrors = false } = {}): Promise<{ queries: QueryBench[]; server_rss_mb: number }> {
  const store = await Store.open(snapshotPath(db), { readOnly: true });
  const [{ n: matters }] = await store.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM matters');
  const ctx = await benchContext(store, tokenizer);
  // Ready: the store is open and warm (GET /api/ready), as a load balancer would wait for.
  const { url, child } = await startServerProcess(entry, { ATLAS_DB: db, ...BENCH_SERVER_ENV }, readyTimeoutMs);
  const http = new Map<string, { all: number[]; cold: number[] }>();
  /** Answers other than 2xx per view, when counted rather than fatal. */
  const failed = new Map<string, number>();
  try {
    // Warm-up: the first request opens the snapshot.
    await (await fetch(url + '/')).text();
    for (let r = 0; r < rounds; r++)
      for (const v of views)
        for (let i = 0; i < perView; i++) {
          const { path, init } = v.request(ctx, i);
          const t0 = performance.now();
          const res = await fetch(url + path, init);
          await res.arrayBuffer();
          const ms = performance.now() - t0;
          if (!res.ok && !countErrors) throw new Error(`${v.name}: ${path} answered ${res.status}`);
          if (!res.ok) failed.set(v.name, (failed.get(v.name) ?? 0) + 1);
          const h = http.get(v.name) ?? { all: [], cold: [] };
          h.all.push(ms);
          if (r === 0) h.cold.push(ms);
          http.set(v.name, h);
        }
    const server_rss_mb = peakRssMb(child.pid as number);
    // DuckDB alone: every statement a view runs, timed around DuckDB's execution only.
    // One statement at a time (the views run some side by side): each is timed alone, so the sum
    // is DuckDB's own work, without waiting for the connection.
    let spent = 0;
    let queue: Promise<unknown> = Promise.resolve();
    const timed = Object.create(store) as Store;
    timed.all = <T>(sql: string, params: Parameters<Store['all']>[1] = []) => {
      const run = queue.then(async () => {
        const t0 = performance.now();
        const reader = await store.connection.runAndReadAll(sql, params as Record<string, string>);
        spent += performance.now() - t0;
        return reader.getRowObjectsJson() as T[];
      });
      queue = run.catch(() => undefined);
      return run;
    };
    // A session's statements (search's temp tables) go through the same timed, one-connection path.
    timed.session = <T>(fn: (all: Query) => Promise<T>) => fn(timed.all as Query);
    const queries: QueryBench[] = [];
    for (const v of views) {
      const duck: number[] = [];
      for (let r = 0; r < rounds; r++)
        for (let i = 0; i < perView; i++) {
          spent = 0;
          try {
            await v.duckdb(timed, ctx, i);
            duck.push(spent);
          } catch (e) {
            if (!countErrors) throw e;
          }
        }
      const h = http.get(v.name) ?? { all: [], cold: [] };
      queries.push({
        name: v.name,
        matters,
        requests: h.all.length,
        p50_ms: round(pct(h.all, 0.5)),
        p95_ms: round(pct(h.all, 0.95)),
        cold_p95_ms: round(pct(h.cold, 0.95)),
        duckdb_p95_ms: round(pct(duck, 0.95)),
        ...(countErrors ? { errors: failed.get(v.name) ?? 0 } : {})
      });
    }
    return { queries, server_rss_mb };
  } finally {
    child.kill('SIGTERM');
    store.close();
  }
}
