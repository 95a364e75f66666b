// npm run merge: exports from two machines merged into one store whose tables and answers equal a
// store of the whole corpus; its snapshot is published; refusals (an existing file, a store merge
// did not write, a document twice, a changed export, bad arguments) leave nothing behind and touch
// nothing that was there.

import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as ingest } from '../../../src/lib/ingest/cli';
import { run, USAGE } from '../../../src/lib/export/merge-cli';
import { listMatters } from '../../../src/lib/server/store/queries';
import { coverage, overview } from '../../../src/lib/server/store/dashboard';
import { exportParquet } from '../../../src/lib/server/store/parquet';
import { snapshotPath } from '../../../src/lib/server/store/snapshot';
import { Store } from '../../../src/lib/server/store/store';

const TEXTS = path.join(import.meta.dirname, '..', '..', 'fixtures', 'samples-text');
const sample = (prefix: string) => path.join(TEXTS, readdirSync(TEXTS).find((f) => f.startsWith(prefix)) as string);
/** Every stored table but store_info (docs/store.md). */
const TABLES = ['documents', 'matters', 'data_items', 'media', 'safeguard_sentences', 'safeguards', 'gaps', 'rule_hits', 'sections', 'field_evidence', 'matter_reviews', 'matter_texts', 'search_texts', 'postings'];
const quiet = { out: () => undefined, err: () => undefined, tty: false };

const merge = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

/** What a folder holds (names, sizes and times): to show a refusal touched nothing. */
const listing = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => {
      const s = statSync(path.join(dir, f));
      return `${f} ${s.size} ${s.mtimeMs}`;
    });

async function dump(s: Store): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const t of TABLES) out[t] = await s.all(`SELECT * ${t === 'documents' ? 'EXCLUDE (ingested_at)' : ''} FROM ${t} ORDER BY ALL`);
  return out;
}

let base: string;
let parts: string;
let whole: Store;
const open: Store[] = [];
afterAll(() => open.splice(0).forEach((s) => s.close()));

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'atlas-merge-'));
  parts = path.join(base, 'exports');
  for (const [name, files] of [
    ['a', ['000', '001', '002']],
    ['b', ['003', '004']]
  ] as const) {
    const db = path.join(base, `${name}.duckdb`);
    expect(await ingest(['--db', db, '--quiet', ...files.map(sample)], quiet)).toBe(0);
    await exportParquet(db, path.join(parts, name));
  }
  const all = path.join(base, 'whole.duckdb');
  expect(await ingest(['--db', all, '--quiet', TEXTS], quiet)).toBe(0);
  whole = await Store.open(snapshotPath(all), { readOnly: true });
  open.push(whole);
});

describe('npm run merge', () => {
  it('merges exports into one store and publishes its snapshot, which answers as the whole corpus does', async () => {
    const out = path.join(base, 'national.duckdb');
    const r = await merge('--out', out, `${parts}/*`);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 export(s)');
    expect(r.out).toMatch(/postings\s+\d+ row\(s\)/);
    expect(r.out).toMatch(/^2 export\(s\), 16 table\(s\), \d+ row\(s\) in [\d.]+ s → /m);
    const merged = await Store.open(snapshotPath(out), { readOnly: true });
    open.push(merged);
    expect(await dump(merged)).toEqual(await dump(whole));
    expect(await overview(merged)).toEqual(await overview(whole));
    expect(await coverage(merged, {}, { actor: 'contractor' })).toEqual(await coverage(whole, {}, { actor: 'contractor' }));
    expect(await listMatters(merged, { sort: 'title' })).toEqual(await listMatters(whole, { sort: 'title' }));
    const [info] = await merged.all<{ value: string }>(`SELECT value FROM store_info WHERE key = 'merged_from'`);
    expect(JSON.parse(info.value).map((x: { root: string }) => x.root)).toEqual([path.join(parts, 'a'), path.join(parts, 'b')]);
    // Nothing but the store and its snapshot is left beside them.
    expect(readdirSync(base).filter((f) => f.startsWith('national'))).toEqual(['national.duckdb', 'national.duckdb.snapshot']);
  });

  it('replaces an earlier merge only with --force, and a store merge did not write never', async () => {
    const out = path.join(base, 'again.duckdb');
    expect((await merge('--out', out, path.join(parts, 'a'))).code).toBe(0);
    const before = listing(base);
    const refused = await merge('--out', out, `${parts}/*`);
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.err).toBe(`merge: ${out} already exists; use --force to replace a store an earlier merge wrote`);
    expect(listing(base)).toEqual(before);
    const snapshotInode = statSync(snapshotPath(out)).ino;
    expect((await merge('--out', out, '--force', `${parts}/*`)).code).toBe(0);
    expect(statSync(snapshotPath(out)).ino).not.toBe(snapshotInode);
    const replaced = await Store.open(snapshotPath(out), { readOnly: true });
    open.push(replaced);
    expect((await replaced.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM documents'))[0].n).toBe(5);

    const ingested = path.join(base, 'a.duckdb');
    const untouched = listing(base);
    const r = await merge('--out', ingested, '--force', `${parts}/*`);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`merge: ${ingested} is not a store written by npm run merge (or another process holds it); it is left as it is`);
    expect(listing(base)).toEqual(untouched);
  });

  it('refuses a document in two exports and a changed export, leaving nothing behind', async () => {
    const before = listing(base);
    const twice = await merge('--out', path.join(base, 'twice.duckdb'), path.join(parts, 'a'), path.join(parts, 'a-copy-missing'));
    expect(twice.code).toBe(1);
    expect(twice.err).toContain(`no Parquet export at ${path.join(parts, 'a-copy-missing')}`);
    const copy = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-merge-copy-')), 'a');
    cpSync(path.join(parts, 'a'), copy, { recursive: true });
    const dup = await merge('--out', path.join(base, 'twice.duckdb'), path.join(parts, 'a'), copy);
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(/^merge: document [0-9a-f]{16} is in more than one of /);
    const manifest = path.join(copy, 'atlas-export.json');
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify({ ...m, tables: { ...m.tables, media: m.tables.media + 1 } }));
    const changed = await merge('--out', path.join(base, 'changed.duckdb'), copy);
    expect(changed.code).toBe(1);
    expect(changed.err).toMatch(/^merge: table media has \d+ rows in .*, the manifests list \d+: the export is incomplete or was changed$/);
    expect(listing(base)).toEqual(before);
  });

  it('says how to call it', async () => {
    expect(await merge('--out', path.join(base, 'x.duckdb'))).toMatchObject({ code: 2, err: expect.stringContaining('at least one EXPORT is required') });
    expect(await merge(path.join(parts, 'a'))).toMatchObject({ code: 2, err: expect.stringContaining('--out PATH is required') });
    expect(await merge('--nope')).toMatchObject({ code: 2 });
    expect(await merge('--help')).toMatchObject({ code: 0, out: USAGE });
  });
});
