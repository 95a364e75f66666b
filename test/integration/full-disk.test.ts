// A full disk (a small tmpfs, mounted for the test: it needs root, and is skipped without): ingestion
// fails with the reason and leaves the store and its snapshot as they were; the server keeps serving
// the last good snapshot when it has no room for its copy of a new one, and moves on once there is.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/lib/ingest/cli';
import { snapshotPath } from '../../src/lib/server/store/snapshot';
import { Store } from '../../src/lib/server/store/store';
import { startServer, type RunningServer } from '../helpers/server';

const SAMPLES = path.join(import.meta.dirname, '..', 'fixtures', 'samples-text');
const FIRST = path.join(SAMPLES, '002_66e96f0d6d40dccb.txt');
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-full-disk-'));
const disk = path.join(dir, 'disk');
const db = path.join(disk, 'atlas.duckdb');
const filler = path.join(disk, 'filler');
const corrections = path.join(disk, 'corrections.json');

function tryMount(): boolean {
  mkdirSync(disk, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', disk], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const mounted = process.getuid?.() === 0 && tryMount();
let server: RunningServer | undefined;
afterAll(async () => {
  await server?.stop();
  if (mounted) execFileSync('umount', [disk]);
  rmSync(dir, { recursive: true, force: true });
});

function capture(): Io & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), tty: false };
}

async function waitFor(probe: () => Promise<boolean>, ms = 30_000): Promise<void> {
  for (const deadline = Date.now() + ms; !(await probe()); ) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Fills the disk but for `leaveKb`. */
function fill(leaveKb: number): void {
  const s = statfsSync(disk);
  const free = s.bavail * s.bsize;
  writeFileSync(filler, Buffer.alloc(Math.max(0, free - leaveKb * 1024)));
}

async function counts(file: string, readOnly = false): Promise<{ matters: number; documents: number; orphans: number }> {
  const s = await Store.open(file, { readOnly });
  try {
    const [c] = await s.all<{ matters: number; documents: number; orphans: number }>(
      `SELECT (SELECT count(*) FROM matters)::INT AS matters, (SELECT count(*) FROM documents)::INT AS documents,
              (SELECT count(*) FROM matters m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.document_id = m.document_id))::INT AS orphans`
    );
    return c;
  } finally {
    s.close();
  }
}

describe.skipIf(!mounted)('a full disk', () => {
  beforeAll(async () => {
    expect(await run(['--db', db, FIRST], capture())).toBe(0);
  }, 60_000);

  it('fails ingestion with the reason and leaves the store and its snapshot whole', async () => {
    const before = await counts(snapshotPath(db), true);
    for (const leave of [1500, 300, 20]) {
      fill(leave);
      const io = capture();
      const code = await run(['--db', db, SAMPLES], io);
      rmSync(filler);
      expect(code, `${leave} KB left`).toBe(1);
      const text = io.lines.join('\n');
      expect(text).toMatch(/No space left on device/);
      expect(text).toContain('the app still shows the previous state');
      // Whatever was committed is whole: every matter has its document, and the snapshot is the old one.
      const store = await counts(db);
      expect(store.orphans).toBe(0);
      expect(store.documents).toBeGreaterThanOrEqual(before.documents);
      expect(await counts(snapshotPath(db), true)).toEqual(before);
      expect(readdirSync(disk).filter((f) => f.includes('.tmp-'))).toEqual([]);
    }
    // With room again, the same command finishes the job.
    expect(await run(['--db', db, SAMPLES], capture())).toBe(0);
    const after = await counts(snapshotPath(db), true);
    expect(after.documents).toBe(5);
    expect(after.orphans).toBe(0);
  }, 120_000);

  it('keeps the server on its last good snapshot while it has no room to copy a new one', async () => {
    server = await startServer(db, 30_000, { ATLAS_CORRECTIONS: corrections });
    const overview = async () => {
      const res = await fetch(server!.url + '/api/overview.json');
      expect(res.status).toBe(200);
      return { matters: ((await res.json()) as { matters: number }).matters, stale: res.headers.get('x-atlas-stale-since') };
    };
    const served = await overview();
    // A new snapshot arrives, and the disk fills before the server asks for room to copy it.
    const incoming = path.join(disk, 'incoming.snapshot');
    copyFileSync(snapshotPath(db), incoming);
    renameSync(incoming, snapshotPath(db));
    fill(16);
    const during = await overview();
    expect(during.matters).toBe(served.matters);
    expect(during.stale).not.toBeNull();
    expect(await (await fetch(server.url + '/matters')).text()).toContain('ディスクの空きが足りず');
    expect(server.log()).toContain('ディスクの空きが足りず');
    rmSync(filler);
    // Published again (or 15 s later by itself), it is taken.
    utimesSync(snapshotPath(db), new Date(), new Date());
    const recovered = await overview();
    expect(recovered.stale).toBeNull();
    expect(recovered.matters).toBe(served.matters);
  }, 60_000);

  it('refuses a correction it cannot save, keeping those saved, and takes it once there is room', async () => {
    const { matter_id } = ((await (await fetch(server!.url + '/api/matters.json')).json()) as { rows: { matter_id: string }[] }).rows[0];
    const correct = (value: string) =>
      fetch(`${server!.url}/matters/${matter_id}?/correct`, {
        method: 'POST',
        body: new URLSearchParams({ kind: 'field', field: 'contractor', value }),
        headers: { origin: server!.url, 'x-sveltekit-action': 'true' }
      }).then(async (r) => JSON.parse(await r.text()) as { type: string; status?: number; data: string });
    expect((await correct('株式会社いちばん')).type).toBe('success');
    // Its publish done (the old snapshot's room freed), the disk is filled to the last byte.
    await waitFor(async () => {
      const d = (await (await fetch(`${server!.url}/api/matters/${matter_id}.json`)).json()) as { corrections: { status: string }[] };
      return d.corrections.some((c) => c.status === 'applied');
    });
    const saved = readFileSync(corrections, 'utf8');
    fill(0);
    const refused = await correct('株式会社にばん');
    rmSync(filler);
    expect(refused).toMatchObject({ type: 'failure', status: 503 });
    expect(refused.data).toContain('ディスクの空きが足りない');
    expect(readFileSync(corrections, 'utf8')).toBe(saved);
    expect(readdirSync(disk).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect((await correct('株式会社にばん')).type).toBe('success');
  }, 60_000);
});
