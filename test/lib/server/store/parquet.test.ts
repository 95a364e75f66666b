import { SCHEMA_VERSION } from '../../../../src/lib/server/store/schema';
// The Parquet export and the store over it: every dashboard query gives the snapshot's answers,
// values survive the round trip exactly (odd municipalities, NULLs), exports from several machines
// merge, and broken or missing exports are refused with a message saying why.

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../../src/lib/ingest/cli';
import { SORT_KEYS } from '../../../../src/lib/domain/codes';
import { TAXONOMY } from '../../../../src/lib/domain/taxonomy';
import { coverage, facets, mattersByYear, overview, type CoverageGroup, type MatterFilter } from '../../../../src/lib/server/store/dashboard';
import { exportParquet, openParquet, type ExportResult } from '../../../../src/lib/server/store/parquet';
import {
  documentFile,
  listMatters,
  matterDetail,
  matterDetailRows
} from '../../../../src/lib/server/store/queries';
import { searchMatters } from '../../../../src/lib/server/store/search';
import { snapshotPath } from '../../../../src/lib/server/store/snapshot';
import { loadTokenizer } from '../../../../src/lib/tokenizer/tokenizer';
import { Store } from '../../../../src/lib/server/store/store';
import { counts } from '../../../helpers/counts';

const TEXTS = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'samples-text');
/** Every stored table but store_info: what an export holds (docs/store.md). */
const EXPORTED_TABLES = ['documents', 'matters', 'data_items', 'media', 'safeguard_sentences', 'safeguards', 'gaps', 'rule_hits', 'sections', 'field_evidence', 'matter_reviews', 'matter_texts', 'search_texts', 'corrections', 'postings', 'pair_postings'];
/** The export's manifest, by its documented name. */
const MANIFEST = 'atlas-export.json';
/** The folder name DuckDB (and Hive) give a NULL partition value. */
const NULL_PARTITION = '__HIVE_DEFAULT_PARTITION__';
const sample = (prefix: string) => path.join(TEXTS, readdirSync(TEXTS).find((f) => f.startsWith(prefix)) as string);
const tmp = () => mkdtempSync(path.join(tmpdir(), 'atlas-parquet-'));
const quiet = { out: () => undefined, err: () => undefined, tty: false };

async function ingest(db: string, paths: string[]): Promise<void> {
  expect(await run(['--db', db, '--quiet', ...paths], quiet)).toBe(0);
}

const open: Store[] = [];
const keep = (s: Store) => (open.push(s), s);
afterAll(() => open.splice(0).forEach((s) => s.close()));

/** Every row of every stored table, in a stable order, and the tables' column names and types. */
/**
 * Every stored table's columns and rows. The keys a snapshot or an opened export adds to a table
 * for search (postings.doc and sec, derived.ts) are left out: they are not stored, nor exported.
 */
async function dump(s: Store, { ingestedAt = true } = {}): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const t of EXPORTED_TABLES) {
    const added = t === 'postings' ? ['doc', 'sec'] : [];
    const described = await s.all<{ column_name: string; column_type: string }>(`DESCRIBE ${t}`);
    out[`${t}:columns`] = described.filter((c) => !added.includes(c.column_name)).map((c) => `${c.column_name} ${c.column_type}`);
    const exclude = [...(t === 'documents' && !ingestedAt ? ['ingested_at'] : []), ...added.filter((c) => described.some((d) => d.column_name === c))];
    out[t] = await s.all(`SELECT * ${exclude.length ? `EXCLUDE (${exclude.join(', ')})` : ''} FROM ${t} ORDER BY ALL`);
  }
  return out;
}

let base: string;
let db: string;
let dir: string;
let result: ExportResult;
let snapshot: Store;

beforeAll(async () => {
  base = tmp();
  db = path.join(base, 'samples.duckdb');
  await ingest(db, [TEXTS]);
  dir = path.join(base, 'export');
  result = await exportParquet(db, dir);
  snapshot = keep(await Store.open(snapshotPath(db), { readOnly: true }));
});

describe('exportParquet', () => {
  it('reads the published snapshot and writes every stored table, partitioned, with a manifest', () => {
    expect(result.source).toBe(snapshotPath(path.resolve(db)));
    expect(Object.keys(result.tables)).toEqual(['documents', 'matters', 'data_items', 'media', 'safeguard_sentences', 'safeguards', 'gaps', 'rule_hits', 'sections', 'field_evidence', 'matter_reviews', 'matter_texts', 'search_texts', 'corrections', 'postings', 'pair_postings']);
    expect(result.tables).toMatchObject({ documents: 5, matters: 6 });
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8'));
    expect(manifest).toMatchObject({ format: 'shingikai-atlas-parquet', schema_version: SCHEMA_VERSION, tables: result.tables, partition_by: ['municipality', 'fiscal_year'] });
    expect(manifest.files.matters).toEqual(
      readdirSync(path.join(dir, 'matters'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.parquet'))
        .map((f) => `matters/${f}`)
        .sort()
    );
    expect(readdirSync(path.join(dir, 'matters')).sort()).toEqual([`municipality=${encodeURIComponent('新宿区')}`, `municipality=${encodeURIComponent('江戸川区')}`]);
    expect(readdirSync(path.join(dir, 'data_items', `municipality=${encodeURIComponent('新宿区')}`)).sort()).toEqual(['fiscal_year=2019', 'fiscal_year=2021', 'fiscal_year=2022']);
    // Four partitions per table with rows (field_evidence and matter_reviews may have none).
    expect(result.files).toBeGreaterThanOrEqual(EXPORTED_TABLES.filter((t) => result.tables[t] > 0).length * 4);
    // Nothing left beside the export.
    expect(readdirSync(base).filter((f) => f.startsWith('export'))).toEqual(['export']);
  });
});

describe.each(['memory', 'views'] as const)('the Parquet store (%s) answers every query as the snapshot does', (load) => {
  let parquet: Store;
  // Three reader connections: each needs the views' search path (Store.readers).
  beforeAll(async () => {
    parquet = keep((await openParquet(dir, { load, readers: 3 })).store);
  });
  const same = async <T>(query: (s: Store) => Promise<T>): Promise<T> => {
    const want = await query(snapshot);
    expect(await query(parquet)).toEqual(want);
    return want;
  };
  const FILTERS: MatterFilter[] = [
    {},
    { municipality: '江戸川区' },
    { department: '健康部' },
    { procedure: 'outsourcing' },
    { matter_kind: 'report' },
    { fy_from: 2020, fy_to: 2021 },
    { fiscal_year: 2021 },
    { item_category: 'health' },
    { sensitive: true },
    { sensitive: false },
    { media_category: 'paper' },
    { gap: true },
    { category: 'audit', actor: 'contractor', has: true },
    { category: 'audit', actor: 'contractor', has: false },
    { category: 'general_duty', actor: 'any', clauses: true },
    { municipality: '新宿区', fy_from: 2021, category: 'encryption', actor: 'ward' }
  ];

  it('every table, row for row, with the store’s columns and types', async () => {
    const want = await dump(snapshot);
    expect(await dump(parquet)).toEqual(want);
    expect((want.postings as unknown[]).length).toBe(result.tables.postings);
  });

  it('derived tables are built in memory; in memory mode base tables are reordered as in the snapshot', async () => {
    const tables = await parquet.all<{ name: string; kind: string }>(
      `SELECT table_schema || '.' || table_name AS name, table_type AS kind FROM information_schema.tables WHERE table_schema IN ('main', 'parquet') ORDER BY ALL`
    );
    // The derived tables are the snapshot's own, whatever the builders make.
    const snapTables = await snapshot.all<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY ALL`);
    const derived = snapTables.filter((t) => !EXPORTED_TABLES.includes(t.name) && t.name !== 'store_info').map((t) => ({ name: `main.${t.name}`, kind: 'BASE TABLE' }));
    expect(derived.map((t) => t.name)).toContain('main.matter_facts');
    expect(tables).toEqual(
      (load === 'memory'
        ? [...EXPORTED_TABLES.map((t) => ({ name: `main.${t}`, kind: 'BASE TABLE' })), ...derived]
        : // and the postings with their search keys, a view over the export's (derived.ts); no impacts,
          // whose sort would load every posting (search joins the postings to the norms instead)
          [
            ...derived.filter((t) => !['main.search_impacts', 'main.search_pair_impacts'].includes(t.name)),
            { name: 'main.postings', kind: 'VIEW' },
            ...EXPORTED_TABLES.map((t) => ({ name: `parquet.${t}`, kind: 'VIEW' }))
          ]
      ).sort((a, b) => a.name.localeCompare(b.name))
    );
    if (load === 'memory') await same((s) => s.all(`SELECT lemma, matter_id, section FROM postings`));
    else await same((s) => s.all(`SELECT lemma, matter_id, section FROM postings ORDER BY ALL`));
  });

  it('overview, matters by year and facets under each filter', async () => {
    for (const f of FILTERS) {
      await same((s) => overview(s, f));
      await same((s) => mattersByYear(s, f));
      await same((s) => facets(s, f));
    }
    expect((await overview(parquet)).matters).toBe(6);
  });

  it('coverage for every grouping, actor and clause option, and chosen categories', async () => {
    for (const group of ['department', 'fiscal_year', 'municipality'] as CoverageGroup[])
      for (const actor of ['ward', 'contractor', 'any'] as const)
        for (const clauses of [false, true]) {
          const rows = await same((s) => coverage(s, {}, { group, actor, clauses }));
          expect(rows.length).toBeGreaterThan(0);
        }
    await same((s) => coverage(s, { municipality: '新宿区' }, { group: 'fiscal_year', categories: ['email_safety', 'print_control'] }));
    await same((s) => coverage(s, { gap: true }, { categories: TAXONOMY.slice(0, 3).map((c) => c.code) }));
  });

  it('the matter list under each filter and sort, in pages', async () => {
    for (const f of FILTERS) await same((s) => listMatters(s, f));
    for (const sort of SORT_KEYS)
      for (const desc of [true, false]) {
        const all = await same((s) => listMatters(s, { sort, desc }));
        expect(all.rows).toHaveLength(6);
        await same((s) => listMatters(s, { sort, desc, limit: 2, offset: 3 }));
      }
  });

  it('each matter’s detail, long table, gaps, peer gaps and its document file', async () => {
    const { rows } = await listMatters(snapshot);
    for (const { matter_id, document_id } of rows) {
      const d = await same((s) => matterDetail(s, matter_id));
      expect(d?.sections.length).toBeGreaterThan(0);
      expect(matterDetailRows((await matterDetail(parquet, matter_id))!)).toEqual(matterDetailRows(d!));
      await same((s) => matterDetail(s, matter_id, { k: 2, share: 0.5 }));
      await same((s) => documentFile(s, document_id));
    }
    await same(counts);
    expect(await matterDetail(parquet, 'nope-1')).toBeNull();
    expect(await documentFile(parquet, 'nope')).toBeNull();
  });

  it('finds what the snapshot finds: phrases from their pairs when loaded, by joined lemmas over views', async () => {
    const tokenizer = await loadTokenizer();
    expect(await parquet.all('SELECT pairs FROM search_stats')).toEqual([{ pairs: load === 'memory' }]);
    for (const q of ['個人情報', '"個人情報の漏洩"', '委託先 暗号化', '"特記事項を遵守"']) {
      const found = await same(async (s) => {
        const r = await searchMatters(s, tokenizer, { q, limit: 100 });
        return { total: r.total, hits: r.results.map((h) => [h.matter_id, h.score]), facets: r.facets };
      });
      if (q === '個人情報') expect(found.total).toBe(6);
    }
  });

  it('never writes to the export: views refuse writes, a loaded copy takes them in memory only', async () => {
    const scratch = keep((await openParquet(dir, { load })).store);
    if (load === 'views') await expect(scratch.all(`DELETE FROM matters`)).rejects.toThrow(/Can only delete from base table/);
    else await scratch.all(`DELETE FROM matters`);
    const again = keep((await openParquet(dir, { load })).store);
    expect((await counts(again)).matters).toBe(6);
  });
});

describe('odd values survive the round trip exactly', () => {
  const ODD: (string | null)[] = [
    'a/b',
    '../..',
    'x=y%z&q?',
    `O'Brien "quoted"`,
    'line\nbreak\ttab',
    '東京都 千代田区',
    'NULL',
    'null',
    NULL_PARTITION,
    '',
    'あ'.repeat(120),
    ' spaced ',
    'back\\slash',
    '*?[glob]{x}',
    '.',
    null
  ];
  let oddDb: string;
  let oddDir: string;
  let stored: Store;
  let read: Store;

  beforeAll(async () => {
    const b = tmp();
    oddDb = path.join(b, 'odd.duckdb');
    const s = await Store.open(oddDb);
    const c = s.connection;
    const doc = (id: string) =>
      c.run(`INSERT INTO documents VALUES ($id, $path, 'text', $id, 1, 10, TIMESTAMP '2024-04-01 10:00:00', NULL, 'utf-8', 10)`, { id, path: `docs/${id}.txt` });
    const matter = (id: string, docId: string, seq: number, municipality: string | null, fy: number | null) =>
      c.run(
        `INSERT INTO matters (matter_id, document_id, seq, municipality, title, procedure, divisions, fiscal_year, period_start, page_start)
         VALUES ($id, $doc, $seq, $municipality, $title, 'outsourcing', ['課', '係'], $fy, DATE '2020-04-01', 1)`,
        { id, doc: docId, seq, municipality, title: `件名 ${id}`, fy }
      );
    for (const [i, m] of ODD.entries()) {
      const id = `d${String(i).padStart(2, '0')}`;
      await doc(id);
      await matter(`${id}-1`, id, 1, m, i % 4 === 3 ? null : 2000 + i);
      await c.run(`INSERT INTO data_items VALUES ($id, 1, NULL, '氏名', '氏名', 'identity', false)`, { id: `${id}-1` });
      await c.run(`INSERT INTO postings VALUES ($id, '氏名', 'items', 1, [0, 3])`, { id: `${id}-1` });
    }
    // A document whose first matter (by seq, not insertion order) is in 江戸川区 2020.
    await doc('two');
    await matter('two-2', 'two', 2, '新宿区', 2019);
    await matter('two-1', 'two', 1, '江戸川区', 2020);
    // A document without matters, and a child row whose matter is missing.
    await doc('none');
    await c.run(`INSERT INTO gaps VALUES ('ghost-1', 'audit', 'r1', '理由')`);
    s.close();
    oddDir = path.join(b, 'out');
    await exportParquet(oddDb, oddDir);
    stored = keep(await Store.open(oddDb, { readOnly: true }));
    read = keep((await openParquet(oddDir)).store);
  });

  it('every table reads back equal, with the NULL municipality and fiscal year kept', async () => {
    expect(existsSync(snapshotPath(oddDb))).toBe(false);
    const want = await dump(stored);
    expect(await dump(read)).toEqual(want);
    const got = await read.all<{ municipality: string | null }>(`SELECT municipality FROM matters WHERE document_id LIKE 'd%' ORDER BY matter_id`);
    expect(got.map((r) => r.municipality)).toEqual(ODD);
    expect(await read.all(`SELECT count(*)::INTEGER AS n FROM matters WHERE fiscal_year IS NULL`)).toEqual([{ n: 4 }]);
  });

  it('folders carry the values they can; the rest go to the NULL folder', () => {
    const folders = readdirSync(path.join(oddDir, 'matters'));
    expect(folders.every((f) => f.startsWith('municipality=') && Buffer.byteLength(f) <= 255)).toBe(true);
    const values = folders.map((f) => decodeURIComponent(f.slice('municipality='.length))).sort();
    expect(values).toEqual([' spaced ', '*?[glob]{x}', '.', '../..', NULL_PARTITION, `O'Brien "quoted"`, 'a/b', 'back\\slash', 'line\nbreak\ttab', 'x=y%z&q?', '新宿区', '東京都 千代田区', '江戸川区'].sort());
  });

  it('other tables are partitioned by their matter’s values, documents by their first matter’s', async () => {
    const hive = (t: string) =>
      read.all<{ matter_id?: string; document_id?: string; municipality: string | null; fiscal_year: number | null }>(
        `SELECT * FROM read_parquet($glob, hive_partitioning = true, hive_types = {'municipality': VARCHAR, 'fiscal_year': INTEGER})`,
        { glob: path.join(oddDir, t, '**', '*.parquet') }
      );
    const items = await hive('data_items');
    expect(items.find((r) => r.matter_id === 'd00-1')).toMatchObject({ municipality: 'a/b', fiscal_year: 2000 });
    expect(items.find((r) => r.matter_id === 'd05-1')).toMatchObject({ municipality: '東京都 千代田区', fiscal_year: 2005 });
    expect(items.find((r) => r.matter_id === 'd06-1')).toMatchObject({ municipality: null, fiscal_year: 2006 }); // 'NULL'
    expect(items.find((r) => r.matter_id === 'd10-1')).toMatchObject({ municipality: null, fiscal_year: 2010 }); // too long
    const docs = await hive('documents');
    expect(docs.find((r) => r.document_id === 'two')).toMatchObject({ municipality: '江戸川区', fiscal_year: 2020 });
    expect(docs.find((r) => r.document_id === 'none')).toMatchObject({ municipality: null, fiscal_year: null });
    expect((await hive('gaps')).find((r) => r.matter_id === 'ghost-1')).toMatchObject({ municipality: null, fiscal_year: null });
  });
});

describe('exports from several machines', () => {
  let parts: string;
  beforeAll(async () => {
    parts = path.join(tmp(), 'machines');
    for (const [name, files] of [
      ['a', ['000', '001', '002']],
      ['b', ['003', '004']]
    ] as const) {
      const partDb = path.join(base, `${name}.duckdb`);
      await ingest(partDb, files.map(sample));
      await exportParquet(partDb, path.join(parts, name));
    }
  });

  it('served together (a list or a glob) answer as the whole corpus does', async () => {
    for (const roots of [`${parts}/a,${parts}/b`, `${parts}/*`]) {
      const opened = await openParquet(roots);
      const merged = keep(opened.store);
      expect(opened.exports.map((x) => x.root)).toEqual([path.join(parts, 'a'), path.join(parts, 'b')]);
      // Ingested separately: the same rows but for the time of ingestion.
      expect(await dump(merged, { ingestedAt: false })).toEqual(await dump(snapshot, { ingestedAt: false }));
      expect(await overview(merged)).toEqual(await overview(snapshot));
      expect(await coverage(merged, {}, { actor: 'contractor' })).toEqual(await coverage(snapshot, {}, { actor: 'contractor' }));
      expect(await listMatters(merged, { sort: 'title' })).toEqual(await listMatters(snapshot, { sort: 'title' }));
    }
  });

  it('refuses a document exported twice', async () => {
    await expect(openParquet([path.join(parts, 'a'), dir])).rejects.toThrow(/document [0-9a-f]{16} is in more than one of/);
  });
});

describe('openParquet refuses what it cannot serve', () => {
  const copy = () => {
    const d = path.join(tmp(), 'copy');
    cpSync(dir, d, { recursive: true });
    return d;
  };

  it('a folder without an export', async () => {
    const missing = path.join(tmp(), 'nothing');
    await expect(openParquet(missing)).rejects.toThrow(`no Parquet export at ${missing} (no ${MANIFEST}`);
    await expect(openParquet(' , ')).rejects.toThrow('no Parquet export given');
  });

  it('a manifest of another schema version, or not JSON', async () => {
    const d = copy();
    const file = path.join(d, MANIFEST);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), schema_version: 99 }));
    await expect(openParquet(d)).rejects.toThrow(`${file} has schema version 99`);
    writeFileSync(file, '{');
    await expect(openParquet(d)).rejects.toThrow(`${file} is not valid JSON`);
  });

  it('an export missing a file, or with a file changed', async () => {
    const d = copy();
    const edogawa = (t: string) => path.join(d, t, `municipality=${encodeURIComponent('江戸川区')}`, 'fiscal_year=2020', 'data_0.parquet');
    const shinjuku = path.join(d, 'data_items', `municipality=${encodeURIComponent('新宿区')}`, 'fiscal_year=2021', 'data_0.parquet');
    rmSync(edogawa('media'));
    await expect(openParquet(d)).rejects.toThrow(`cannot read table media of ${d}: IO Error`);
    for (const load of ['memory', 'views'] as const) await expect(openParquet(d, { load })).rejects.toThrow(/^cannot read table media/);
    cpSync(path.join(dir, 'media'), path.join(d, 'media'), { recursive: true });
    cpSync(shinjuku, edogawa('data_items'));
    const items = async (municipality: string, fy: number) =>
      (await snapshot.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM data_items JOIN matters USING (matter_id) WHERE municipality = ? AND fiscal_year = ?`, [municipality, fy]))[0].n;
    const n = 99 - (await items('江戸川区', 2020)) + (await items('新宿区', 2021));
    expect(n).not.toBe(99);
    await expect(openParquet(d)).rejects.toThrow(`table data_items has ${n} rows in ${d}, the manifests list 99: the export is incomplete or was changed`);
  });

  it('a remote export without the httpfs extension, which is never downloaded', async (ctx) => {
    const [{ installed }] = await snapshot.all<{ installed: boolean }>(`SELECT installed FROM duckdb_extensions() WHERE extension_name = 'httpfs'`);
    if (installed) ctx.skip(); // the message below is for machines without it
    await expect(openParquet('s3://atlas-exports/pref-13')).rejects.toThrow(/reading s3:\/\/atlas-exports\/pref-13 needs DuckDB's httpfs extension, which is not installed/);
    const [{ now }] = await snapshot.all<{ now: boolean }>(`SELECT installed AS now FROM duckdb_extensions() WHERE extension_name = 'httpfs'`);
    expect(now).toBe(false);
  });
});
