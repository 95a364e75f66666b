// getStore() serves Parquet exports when ATLAS_PARQUET is set: no DuckDB store needed, a
// re-export to the same folder is picked up by the next request, a missing export is a 503.

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/lib/ingest/cli';
import { getStore } from '../../../src/lib/server/db';
import { overview } from '../../../src/lib/server/store/dashboard';
import { exportParquet } from '../../../src/lib/server/store/parquet';

const TEXTS = path.join(import.meta.dirname, '..', '..', 'fixtures', 'samples-text');
const quiet = { out: () => undefined, err: () => undefined, tty: false };
const saved = { ATLAS_DB: process.env.ATLAS_DB, ATLAS_PARQUET: process.env.ATLAS_PARQUET };

let base: string;
let full: string;
let part: string;
beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'atlas-db-'));
  full = path.join(base, 'full.duckdb');
  part = path.join(base, 'part.duckdb');
  expect(await run(['--db', full, '--quiet', TEXTS], quiet)).toBe(0);
  const three = readdirSync(TEXTS).filter((f) => /^00[012]_/.test(f)).map((f) => path.join(TEXTS, f));
  expect(await run(['--db', part, '--quiet', ...three], quiet)).toBe(0);
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
});

describe('getStore with ATLAS_PARQUET', () => {
  it('serves the export, without a DuckDB store, and moves to a re-export', async () => {
    const dir = path.join(base, 'export');
    await exportParquet(part, dir);
    process.env.ATLAS_DB = path.join(base, 'absent.duckdb');
    process.env.ATLAS_PARQUET = dir;
    const first = await getStore();
    expect(first.path).toBe(dir);
    expect((await overview(first)).matters).toBe(3);
    expect(await getStore()).toBe(first);

    await exportParquet(full, dir, { force: true });
    const second = await getStore();
    expect(second).not.toBe(first);
    expect((await overview(second)).matters).toBe(6);
    expect(await getStore()).toBe(second);
  });

  it('answers 503 naming the missing export', async () => {
    const missing = path.join(base, 'missing');
    process.env.ATLAS_PARQUET = missing;
    await expect(getStore()).rejects.toMatchObject({ status: 503, body: { message: expect.stringContaining(`Parquet のデータを開けません: no Parquet export at ${missing}`) } });
  });

  it('without ATLAS_PARQUET, serves the DuckDB store’s snapshot again', async () => {
    delete process.env.ATLAS_PARQUET;
    process.env.ATLAS_DB = part;
    const s = await getStore();
    // Its own copy of the snapshot (serving-copy.ts).
    expect(s.path.startsWith(`${part}.snapshot.serving-${process.pid}-`)).toBe(true);
    expect((await overview(s)).matters).toBe(3);
  });
});
