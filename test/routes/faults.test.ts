// The built server when its snapshot is overwritten, removed or corrupt: it keeps answering from the
// last good one (never a 500), says so on the page, in a header, on /api/ready and in the log, and
// moves on when a good snapshot returns, published by ingestion or rebuilt by the server itself.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishSnapshot, snapshotPath } from '../../src/lib/server/store/snapshot';
import { Store } from '../../src/lib/server/store/store';
import { prepareSample, sampleStore } from '../helpers/sample-store';
import { routeSamples, send, type RouteIds } from '../helpers/routes';
import { startServer, type RunningServer } from '../helpers/server';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-faults-'));
const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

async function makeStore(name: string, stems: string[]): Promise<{ db: string; ids: RouteIds }> {
  const db = path.join(dir, name, 'atlas.duckdb');
  return { db, ids: await sampleStore(db, stems) };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  for (const deadline = Date.now() + ms; ; ) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const matterCount = async (base: string) => {
  const res = await fetch(base + '/api/overview.json');
  expect(res.status).toBe(200);
  return { matters: ((await res.json()) as { matters: number }).matters, stale: res.headers.get('x-atlas-stale-since') };
};

/** Every route answers without a server error (the report PDF aside, which needs Chromium). */
async function everyRouteAnswers(base: string, ids: RouteIds): Promise<void> {
  for (const [id, list] of Object.entries(routeSamples(ids))) {
    if (id === '/report/[fy].pdf') continue;
    for (const s of list) {
      const res = await send(base, s);
      expect(res.status, `${s.method} ${s.path}`).toBeLessThan(500);
      await res.arrayBuffer();
    }
  }
}

describe('a snapshot that goes bad while serving', () => {
  it('is survived: the last good data, a notice, and recovery when a good one is published', async () => {
    const { db, ids } = await makeStore('serving', ['002_66e96f0d6d40dccb', '004_9d5b84f7b5669ee4']);
    const server = await startServer(db);
    servers.push(server);
    const before = await matterCount(server.url);
    expect(before.stale).toBeNull();
    // A writer holds the store (an ingest run), so the server cannot rebuild the snapshot itself.
    const writer = await Store.open(db);
    try {
      // Overwritten in place with random bytes: same file, new content.
      writeFileSync(snapshotPath(db), randomBytes(1 << 20));
      const after = await matterCount(server.url);
      expect(after.matters).toBe(before.matters);
      expect(after.stale).toMatch(/^\d{4}-\d\d-\d\dT/);
      await everyRouteAnswers(server.url, ids);
      const page = await (await fetch(server.url + '/matters')).text();
      expect(page).toContain('data-testid="store-notice"');
      expect(page).toContain('最新のデータを読み込めないため');
      const ready = await fetch(server.url + '/api/ready');
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as { stale?: { reason: string } }).stale?.reason).toContain('新しいスナップショットを開けません');
      expect(server.log()).toMatch(/store: 新しいスナップショットを開けません.*answering from the snapshot opened at/);

      // Removed altogether.
      rmSync(snapshotPath(db));
      expect((await matterCount(server.url)).matters).toBe(before.matters);
      expect(await (await fetch(server.url + '/')).text()).toContain('スナップショットが見つかりません');

      // Ingestion publishes a good one: the server moves to it and the notice goes.
      await writer.replaceDocuments([await prepareSample('000_89a62690775440f9')]);
      await publishSnapshot(writer);
      const recovered = await waitFor('the new snapshot', async () => {
        const c = await matterCount(server.url);
        return c.matters > before.matters ? c : undefined;
      });
      expect(recovered.stale).toBeNull();
      expect(await (await fetch(server.url + '/')).text()).not.toContain('store-notice');
    } finally {
      writer.close();
    }

    // Replaced (renamed over) by a corrupt file while the store is free: the server rebuilds the
    // snapshot from the store by itself.
    const count = (await matterCount(server.url)).matters;
    const junk = path.join(dir, 'junk.bin');
    writeFileSync(junk, randomBytes(300_000));
    renameSync(junk, snapshotPath(db));
    expect((await matterCount(server.url)).matters).toBe(count);
    await waitFor('the rebuilt snapshot', async () => ((await matterCount(server.url)).stale === null ? true : undefined));
    expect(server.log()).toContain('store: rebuilt');
    await everyRouteAnswers(server.url, ids);
  }, 120_000);
});

describe('a server started on a bad snapshot', () => {
  it('rebuilds it from a good store', async () => {
    const { db } = await makeStore('start-good-store', ['002_66e96f0d6d40dccb']);
    writeFileSync(snapshotPath(db), randomBytes(100_000));
    const server = await startServer(db);
    servers.push(server);
    expect((await matterCount(server.url)).matters).toBeGreaterThan(0);
  }, 60_000);
  it('answers 503 with the reason in Japanese when the store is bad too, and never 500', async () => {
    const { db, ids } = await makeStore('start-bad-store', ['002_66e96f0d6d40dccb']);
    writeFileSync(snapshotPath(db), randomBytes(100_000));
    writeFileSync(db, randomBytes(100_000));
    const server = await startServer(db);
    servers.push(server);
    for (const [id, list] of Object.entries(routeSamples(ids))) {
      for (const s of list) {
        const res = await send(server.url, s);
        expect(res.status, `${s.method} ${s.path} (${id})`).toBeLessThan(500 + (res.status === 503 ? 4 : 0));
        if (res.status === 503 && id !== '/api/ready') expect(await res.text()).toMatch(/データを読み込めません|データストア/);
        else await res.arrayBuffer();
      }
    }
    // Its private copies of the snapshot are cleaned up: nothing but the two files is left.
    expect(readdirSync(path.dirname(db)).filter((f) => f.includes('.serving-'))).toEqual([]);
    expect(existsSync(db)).toBe(true);
  }, 60_000);
});
