// The app keeps answering from the previous state while an ingest run writes the store, and moves
// to the new state when the run completes, with no failed request in between.

import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/lib/ingest/cli';
import { startServer, type RunningServer } from '../helpers/server';

const ROOT = path.join(import.meta.dirname, '..', '..');
const quiet = { out: () => undefined, err: () => undefined, tty: false };

function ingestInChild(args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'ingest.ts'), ...args], { cwd: ROOT, stdio: 'ignore' });
    child.on('exit', resolve);
  });
}

describe('ingesting while the app serves', () => {
  let server: RunningServer | undefined;
  afterAll(async () => server?.stop());

  it('answers every request, first from the old state, then from the new one', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-serve-')), 'council.duckdb');
    expect(await run(['--db', db, '--quiet', path.join(ROOT, 'data', 'samples')], quiet)).toBe(0);
    server = await startServer(db);
    const url = `${server.url}/api/matters.json`;
    // Two pollers run at once, so the server may take two requests in either order; what must hold
    // is causal: a request that starts after an answer from the new state has ended sees the new state.
    const seen: { started: number; ended: number; status: number; total: number | null }[] = [];
    let stop = false;
    const poll = async () => {
      while (!stop) {
        const started = performance.now();
        const res = await fetch(url);
        const total = res.ok ? ((await res.json()) as { total: number }).total : null;
        seen.push({ started, ended: performance.now(), status: res.status, total });
      }
    };
    const pollers = [poll(), poll()];
    const code = await ingestInChild(['--db', db, '--quiet', path.join(ROOT, 'test', 'fixtures', 'layouts')]);
    // After the run, the next requests see the new state.
    const deadline = Date.now() + 10_000;
    while (seen.at(-1)?.total !== 11 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    stop = true;
    await Promise.all(pollers);
    seen.sort((a, b) => a.started - b.started);
    expect(code).toBe(0);
    expect(seen.filter((s) => s.status !== 200)).toEqual([]);
    expect(new Set(seen.map((s) => s.total))).toEqual(new Set([6, 11]));
    const firstNewEnded = Math.min(...seen.filter((s) => s.total === 11).map((s) => s.ended));
    expect(seen.filter((s) => s.started > firstNewEnded && s.total !== 11)).toEqual([]);
    expect(seen.length).toBeGreaterThan(10);
  });
});
