// npm run export: arguments, refusals with the path and the reason, and an export that fails half
// way leaving nothing behind (nor touching the export it was to replace).

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run as ingest } from '../../../src/lib/ingest/cli';
import { run, USAGE } from '../../../src/lib/export/cli';
import { EXPORTED_TABLES, openParquet } from '../../../src/lib/server/store/parquet';
import { snapshotPath } from '../../../src/lib/server/store/snapshot';
import { Store } from '../../../src/lib/server/store/store';
import { counts } from '../../helpers/counts';

const TEXTS = path.join(import.meta.dirname, '..', '..', 'fixtures', 'samples-text');
/** The export's manifest, by its documented name (docs/store.md). */
const MANIFEST = 'atlas-export.json';
const tmp = () => mkdtempSync(path.join(tmpdir(), 'atlas-export-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}
const exportTo = async (...argv: string[]) => {
  const c = capture();
  return { code: await run(argv, c.io), out: c.out.join('\n'), err: c.err.join('\n') };
};
/** The names in a folder, recursively, with file contents: to show a folder was not touched. */
const contents = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${path.relative(dir, path.join(e.parentPath, e.name))}:${readFileSync(path.join(e.parentPath, e.name)).toString('base64')}`)
    .sort();

let db: string;
beforeAll(async () => {
  db = path.join(tmp(), 'store.duckdb');
  expect(await ingest(['--db', db, '--quiet', TEXTS], { out: () => undefined, err: () => undefined, tty: false })).toBe(0);
});

describe('arguments', () => {
  it('--help prints the usage', async () => {
    expect(await exportTo('--help')).toMatchObject({ code: 0, out: USAGE });
  });
  it('without --parquet, with an unknown option, a stray argument or a missing value: usage error', async () => {
    expect(await exportTo('--db', db)).toMatchObject({ code: 2, err: expect.stringContaining('export: --parquet DIR is required') });
    expect(await exportTo('--parquet', tmp(), '--bogus')).toMatchObject({ code: 2, err: expect.stringMatching(/^export: Unknown option '--bogus'/) });
    expect(await exportTo('--parquet', tmp(), 'extra')).toMatchObject({ code: 2, err: expect.stringContaining("export: Unexpected argument 'extra'") });
    expect(await exportTo('--parquet')).toMatchObject({ code: 2, err: expect.stringContaining("Option '--parquet <value>' argument missing") });
  });
});

describe('refusals', () => {
  it('a missing store, named', async () => {
    const missing = path.join(tmp(), 'none.duckdb');
    const dir = path.join(tmp(), 'out');
    expect(await exportTo('--parquet', dir, '--db', missing)).toEqual({ code: 1, out: '', err: `export: no store at ${missing} (create it with npm run ingest)` });
    expect(readdirSync(path.dirname(dir))).toEqual([]);
  });

  it('an existing non-empty folder without --force, and a folder that is not an export even with it', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    expect(await exportTo('--parquet', dir, '--db', db)).toEqual({ code: 1, out: '', err: `export: ${dir} already exists and is not empty; use --force to replace it` });
    expect(await exportTo('--parquet', dir, '--db', db, '--force')).toMatchObject({ code: 1, err: `export: ${dir} is not a Parquet export (it has no ${MANIFEST}); refusing to replace it` });
    expect(contents(dir)).toEqual([`notes.txt:${Buffer.from('mine').toString('base64')}`]);
  });

  it('a target that is a file', async () => {
    const file = path.join(tmp(), 'out');
    writeFileSync(file, 'x');
    expect(await exportTo('--parquet', file, '--db', db)).toMatchObject({ code: 1, err: `export: ${file} exists and is not a folder` });
  });
});

describe('writing', () => {
  it('into a new folder (parents created) or an empty one, printing the tables and a summary', async () => {
    const dir = path.join(tmp(), 'a', 'b', 'out');
    const r = await exportTo('--parquet', dir, '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^documents +5\nmatters +6\n/);
    expect(r.out.split('\n').at(-1)).toMatch(new RegExp(`^${EXPORTED_TABLES.length} table\\(s\\), \\d+ row\\(s\\), \\d+ file\\(s\\), [\\d.]+ MiB in [\\d.]+ s: ${snapshotPath(db)} → ${dir}$`));
    const empty = tmp();
    expect((await exportTo('--parquet', empty, '--db', db)).code).toBe(0);
    expect(readdirSync(empty)).toContain(MANIFEST);
  });

  it('--force replaces an earlier export', async () => {
    const parent = tmp();
    const dir = path.join(parent, 'out');
    mkdirSync(path.join(dir, 'matters'), { recursive: true });
    writeFileSync(path.join(dir, MANIFEST), '{}');
    writeFileSync(path.join(dir, 'matters', 'stale.parquet'), 'old');
    expect((await exportTo('--parquet', dir, '--db', db, '--force')).code).toBe(0);
    expect(contents(dir).some((f) => f.startsWith('matters/stale.parquet'))).toBe(false);
    expect(JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')).tables.matters).toBe(6);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('refuses to replace the folder holding the store', async () => {
    const parent = tmp();
    const inner = path.join(parent, 'store.duckdb');
    copyFileSync(db, inner);
    writeFileSync(path.join(parent, MANIFEST), '{}');
    expect(await exportTo('--parquet', parent, '--db', inner, '--force')).toMatchObject({ code: 1, err: `export: ${parent} holds the store ${inner}; refusing to replace it` });
    expect(readdirSync(parent).sort()).toEqual([MANIFEST, 'store.duckdb']);
  });
});

describe('a failure half way', () => {
  // A store whose last table lacks a column: every table before it is written before the export fails.
  let broken: string;
  beforeAll(async () => {
    broken = path.join(tmp(), 'broken.duckdb');
    copyFileSync(db, broken);
    const s = await Store.open(broken);
    await s.connection.run('ALTER TABLE postings RENAME COLUMN tf TO term_frequency');
    s.close();
  });

  it('leaves no export and nothing beside it', async () => {
    const parent = tmp();
    const dir = path.join(parent, 'out');
    const r = await exportTo('--parquet', dir, '--db', broken);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^export: cannot export table postings: Binder Error: .*"tf"/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('leaves the export it was to replace as it was, still readable', async () => {
    const parent = tmp();
    const dir = path.join(parent, 'out');
    expect((await exportTo('--parquet', dir, '--db', db)).code).toBe(0);
    const before = contents(dir);
    expect((await exportTo('--parquet', dir, '--db', broken, '--force')).code).toBe(1);
    expect(contents(dir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['out']);
    const { store: s } = await openParquet(dir);
    expect((await counts(s)).matters).toBe(6);
    s.close();
    rmSync(parent, { recursive: true });
  });
});
