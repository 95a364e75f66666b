// SIGKILL at random moments of an ingest run leaves a store that opens, holds every file completed
// before the kill and nothing of the file in progress; the same command then completes the work.

import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/lib/ingest/cli';
import { Store } from '../../src/lib/server/store/store';

const ROOT = path.join(import.meta.dirname, '..', '..');
const quiet = { out: () => undefined, err: () => undefined, tty: false };

/** Per document: matters, items and safeguard sentences. */
async function signature(db: string): Promise<Map<string, string>> {
  const s = await Store.open(db, { readOnly: true, waitMs: 0 });
  try {
    const rows = await s.all<{ source_path: string; sig: string }>(
      `SELECT d.source_path,
              count(DISTINCT m.matter_id) || '/' || (SELECT count(*) FROM data_items i JOIN matters x USING (matter_id) WHERE x.document_id = d.document_id)
              || '/' || (SELECT count(*) FROM safeguard_sentences g JOIN matters x USING (matter_id) WHERE x.document_id = d.document_id) AS sig
         FROM documents d LEFT JOIN matters m USING (document_id) GROUP BY d.source_path, d.document_id`
    );
    return new Map(rows.map((r) => [path.basename(r.source_path), r.sig]));
  } finally {
    s.close();
  }
}

function ingestChild(db: string, dir: string, killAfterMs: number | null): Promise<{ code: number | null; completed: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'ingest.ts'), '--db', db, dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      // A file is reported only after its transaction committed.
      const completed = [...out.matchAll(/^ok\s+(\S.*?)\s{2}/gm)].map((m) => path.basename(m[1]));
      resolve({ code, completed });
    });
  });
}

describe('killing ingestion', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-kill-docs-'));
  let reference: Map<string, string>;

  beforeAll(async () => {
    // Texts and PDFs, each document twice under different content, so a run takes several seconds.
    for (const f of readdirSync(path.join(ROOT, 'test', 'fixtures', 'samples-text')).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(path.join(ROOT, 'test', 'fixtures', 'samples-text', f), 'utf8');
      writeFileSync(path.join(dir, `a-${f}`), text);
      writeFileSync(path.join(dir, `b-${f}`), text + '\n\n(第2版)\n');
    }
    for (const f of readdirSync(path.join(ROOT, 'data', 'samples')).filter((x) => x.endsWith('.pdf'))) copyFileSync(path.join(ROOT, 'data', 'samples', f), path.join(dir, `c-${f}`));
    const ref = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-kill-ref-')), 'ref.duckdb');
    expect(await run(['--db', ref, '--quiet', dir], quiet)).toBe(0);
    reference = await signature(ref);
    expect(reference.size).toBe(15);
  });

  // Seeded moments: during dictionary loading, early, in the middle and late in the run.
  it.each([700, 2200, 3700, 5500])('after %i ms: the store keeps every completed file, whole, and a rerun completes', async (ms) => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-kill-')), 'council.duckdb');
    const killed = await ingestChild(db, dir, ms);
    let stored = new Map<string, string>();
    if (killed.code === 0) stored = await signature(db);
    else {
      try {
        stored = await signature(db);
      } catch (e) {
        // Killed before the store file was created: there is nothing to keep.
        expect(killed.completed, String(e)).toEqual([]);
      }
    }
    for (const f of killed.completed) expect(stored.get(f), f).toBe(reference.get(f));
    for (const [f, sig] of stored) expect(sig, `${f} is partial`).toBe(reference.get(f));
    const rerun = await ingestChild(db, dir, null);
    expect(rerun.code).toBe(0);
    expect(await signature(db)).toEqual(reference);
  });
});
