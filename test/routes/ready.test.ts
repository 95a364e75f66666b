// GET /api/ready on the built server: 503 while there is no store, 200 once the store is open and
// its similarity index loaded (the server opens it at start, without waiting for a request).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/lib/ingest/prepare';
import { publishSnapshot } from '../../src/lib/server/store/snapshot';
import { Store } from '../../src/lib/server/store/store';
import { warmPaths } from '../../src/lib/server/warm-routes';
import { charTokenizer } from '../helpers/fakes';
import { startServer, type RunningServer } from '../helpers/server';

const SAMPLE = path.join(import.meta.dirname, '..', 'fixtures', 'samples-text', '002_66e96f0d6d40dccb.txt');
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-ready-'));
const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

async function waitReady(url: string): Promise<{ status: number; body: unknown }> {
  for (const deadline = Date.now() + 30_000; ; ) {
    const res = await fetch(url + '/api/ready');
    const body = await res.json();
    if (res.status !== 503 || Date.now() > deadline) return { status: res.status, body };
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('GET /api/ready', () => {
  it('says 503 with the reason while there is no store', async () => {
    const server = await startServer(path.join(dir, 'missing.duckdb'));
    servers.push(server);
    const res = await fetch(server.url + '/api/ready');
    expect(res.status).toBe(503);
    expect(JSON.stringify(await res.json())).toContain('データストアがありません');
  });
  it('says 200 once the store is open and warm', async () => {
    const db = path.join(dir, 'atlas.duckdb');
    const s = await Store.open(db);
    await s.replaceDocuments([await prepareDocument(SAMPLE, new Uint8Array(readFileSync(SAMPLE)), { tokenizer: charTokenizer }, {})]);
    await publishSnapshot(s);
    s.close();
    const server = await startServer(db);
    servers.push(server);
    expect(await waitReady(server.url)).toEqual({ status: 200, body: { ready: true } });
    // Ready means the matter pages answer without loading anything first.
    expect((await fetch(server.url + '/matters?limit=1')).status).toBe(200);
  });
  it('warms each view with a path it answers (200) and that computes no user’s answer ahead', async () => {
    const server = await startServer(path.join(dir, 'atlas.duckdb'));
    servers.push(server);
    expect((await waitReady(server.url)).status).toBe(200);
    const s = await Store.open(path.join(dir, 'atlas.duckdb'), { readOnly: true });
    const [m] = await s.all<{ matter_id: string }>('SELECT matter_id FROM matters ORDER BY matter_id LIMIT 1');
    s.close();
    const paths = warmPaths(m.matter_id);
    expect(paths).toContain(`/matters/${encodeURIComponent(m.matter_id)}`);
    for (const p of paths) {
      const res = await fetch(server.url + p);
      expect({ p, status: res.status }).toEqual({ p, status: 200 });
      // The year no council sat in: an empty answer, or the warm-up's own search.
      if (p.includes('fiscal_year=1900') && p.endsWith('.json?fiscal_year=1900')) expect(JSON.stringify(await res.json())).not.toMatch(/"matters":[1-9]/);
    }
  });
  it('stops on SIGTERM once warm: its draft worker thread does not keep it running', async () => {
    const server = await startServer(path.join(dir, 'atlas.duckdb'));
    servers.push(server);
    expect((await waitReady(server.url)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => server.process.once('exit', (code) => resolve(code)));
    server.process.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 10_000))]);
    expect(code).toBe(0);
  });
});
