import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../../src/lib/ingest/prepare';
import { buildDerived } from '../../../../src/lib/server/store/derived';
import { listMatters, matterDetail } from '../../../../src/lib/server/store/queries';
import { Store, StoreClosedError } from '../../../../src/lib/server/store/store';
import { counts } from '../../../helpers/counts';
import { charTokenizer } from '../../../helpers/fakes';

const SAMPLES = path.join(import.meta.dirname, '..', '..', '..', '..', 'test', 'fixtures', 'samples-text');
const bytes = (f: string) => new Uint8Array(readFileSync(path.join(SAMPLES, f)));
const open: Store[] = [];
async function fresh(): Promise<Store> {
  const s = await Store.open(path.join(mkdtempSync(path.join(tmpdir(), 'atlas-store-')), 'test.duckdb'));
  open.push(s);
  return s;
}
afterEach(() => open.splice(0).forEach((s) => s.close()));

const prepare = (file: string, data: Uint8Array, source = file) => prepareDocument(source, data, { tokenizer: charTokenizer }, {});

describe('Store.open', () => {
  it('creates the contract tables with their columns, types and order (docs/store.md)', async () => {
    const s = await fresh();
    const columns = async (t: string) =>
      (await s.all<{ column_name: string; column_type: string; null: string; key: string | null }>(`DESCRIBE ${t}`)).map(
        (c) => `${c.column_name} ${c.column_type}${c.key === 'PRI' ? ' PRIMARY KEY' : c.null === 'NO' ? ' NOT NULL' : ''}`
      );
    expect(await columns('documents')).toEqual([
      'document_id VARCHAR PRIMARY KEY', 'source_path VARCHAR NOT NULL', 'format VARCHAR NOT NULL', 'sha256 VARCHAR NOT NULL', 'pages INTEGER NOT NULL',
      'chars INTEGER NOT NULL', 'ingested_at TIMESTAMP NOT NULL', 'source_url VARCHAR', 'encoding VARCHAR', 'bytes BIGINT'
    ]);
    expect(await columns('matters')).toEqual([
      'matter_id VARCHAR PRIMARY KEY', 'document_id VARCHAR NOT NULL', 'seq INTEGER NOT NULL', 'municipality VARCHAR', 'title VARCHAR', 'matter_kind VARCHAR',
      'procedure VARCHAR NOT NULL', 'legal_basis VARCHAR', 'department VARCHAR', 'divisions VARCHAR[]', 'contractor VARCHAR', 'period_start DATE',
      'period_end DATE', 'recurring BOOLEAN', 'fiscal_year INTEGER', 'council_session VARCHAR', 'page_start INTEGER NOT NULL', 'page_end INTEGER', 'council_date DATE'
    ]);
    expect(await columns('data_items')).toEqual([
      'matter_id VARCHAR NOT NULL', 'seq INTEGER NOT NULL', 'subject VARCHAR', 'item VARCHAR NOT NULL', 'raw VARCHAR NOT NULL', 'category VARCHAR NOT NULL', 'sensitive BOOLEAN NOT NULL'
    ]);
    expect(await columns('media')).toEqual(['matter_id VARCHAR NOT NULL', 'seq INTEGER NOT NULL', 'medium VARCHAR NOT NULL', 'category VARCHAR NOT NULL']);
    expect(await columns('safeguards')).toEqual([
      'matter_id VARCHAR NOT NULL', 'actor VARCHAR NOT NULL', 'scope VARCHAR NOT NULL', 'category VARCHAR NOT NULL', 'text VARCHAR NOT NULL', 'seq INTEGER NOT NULL',
      'page INTEGER NOT NULL', 'cue VARCHAR'
    ]);
  });
});

describe('Store.replaceDocuments, a document at a time', () => {
  it('writes every table of the contract', async () => {
    const s = await fresh();
    await s.replaceDocuments([await prepare('004_9d5b84f7b5669ee4.txt', bytes('004_9d5b84f7b5669ee4.txt'))]);
    const [m] = await s.all<{ n: number; divisions: string[]; period_start: string | null }>(`SELECT count(*) OVER ()::INTEGER AS n, divisions, period_start FROM matters ORDER BY seq`);
    expect(m.n).toBe(2);
    expect(m.divisions).toEqual(['新型コロナウイルス感染症予防接種担当課']);
    expect(await counts(s)).toMatchObject({ documents: 1, matters: 2 });
    const [{ n }] = await s.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM safeguards WHERE category = 'device_lock'`);
    expect(n).toBeGreaterThan(0);
  });

  it('re-ingesting the same content replaces rows instead of duplicating them', async () => {
    const s = await fresh();
    const doc = await prepare('000.txt', bytes('000_89a62690775440f9.txt'));
    await s.replaceDocuments([doc]);
    const before = await counts(s);
    await s.replaceDocuments([doc]);
    expect(await counts(s)).toEqual(before);
  });

  it('a changed file under the same path replaces the old version', async () => {
    const s = await fresh();
    await s.replaceDocuments([await prepare('000.txt', bytes('000_89a62690775440f9.txt'), 'x/doc.txt')]);
    await s.replaceDocuments([await prepare('002.txt', bytes('002_66e96f0d6d40dccb.txt'), 'x/doc.txt')]);
    const rows = await s.all<{ title: string }>(`SELECT title FROM matters`);
    expect(rows.map((r) => r.title)).toEqual(['新宿区産後ケア事業に係る業務の委託について']);
    const [{ orphans }] = await s.all<{ orphans: number }>(`SELECT count(*)::INTEGER AS orphans FROM data_items WHERE matter_id NOT IN (SELECT matter_id FROM matters)`);
    expect(orphans).toBe(0);
  });

  it('a failure in the middle of a write leaves the stored data exactly as it was', async () => {
    const s = await fresh();
    await s.replaceDocuments([await prepare('000.txt', bytes('000_89a62690775440f9.txt'), 'x/doc.txt')]);
    const before = await s.all(`SELECT * FROM safeguards ORDER BY matter_id, seq, category`);
    const bad = await prepare('002.txt', bytes('002_66e96f0d6d40dccb.txt'), 'x/doc.txt');
    // An item the NOT NULL constraint rejects, after the old rows were already deleted in the transaction.
    (bad.matters[0].data_items[3] as { item: unknown }).item = null;
    await expect(s.replaceDocuments([bad])).rejects.toThrow();
    expect(await s.all(`SELECT * FROM safeguards ORDER BY matter_id, seq, category`)).toEqual(before);
    expect((await counts(s)).documents).toBe(1);
  });
});

describe('queries', () => {
  it('lists, filters and sorts matters with bound values', async () => {
    const s = await fresh();
    for (const f of ['000_89a62690775440f9.txt', '004_9d5b84f7b5669ee4.txt']) await s.replaceDocuments([await prepare(f, bytes(f))]);
    await buildDerived((sql) => s.connection.run(sql));
    expect((await listMatters(s)).total).toBe(3);
    const links = await listMatters(s, { procedure: 'external_link' });
    expect(links.rows.map((r) => r.municipality)).toEqual(['江戸川区']);
    expect((await listMatters(s, { municipality: "新宿区' OR 1=1 --" })).total).toBe(0);
    const sorted = await listMatters(s, { sort: 'fiscal_year', desc: false });
    expect(sorted.rows.map((r) => r.fiscal_year)).toEqual([2020, 2020, 2021]);
    const detail = await matterDetail(s, sorted.rows[2].matter_id, { k: 2, share: 0.5 });
    expect(detail?.gaps.map((g) => g.category)).toEqual(expect.arrayContaining(['training', 'audit']));
    expect(detail?.gaps[0].reason).toMatch(/求められます/);
    expect(detail?.peers.peers).toHaveLength(2);
    expect(detail?.items.map((i) => i.item)).toContain('要介護度');
    expect(detail?.sentences.find((x) => x.categories.includes('encryption'))?.cues[0]).toMatch(/暗号化|パスワード/);
  });
});

describe('Store.replaceDocuments, batches', () => {
  const all = (s: Store) =>
    Promise.all(
      ['documents', 'matters', 'data_items', 'media', 'safeguard_sentences', 'safeguards', 'gaps', 'sections', 'field_evidence', 'matter_reviews', 'matter_texts', 'postings'].map((t) =>
        s.all(`SELECT * EXCLUDE (${t === 'documents' ? 'ingested_at' : 'matter_id'}) FROM ${t} ORDER BY ALL`)
      )
    );
  const docs = async () =>
    Promise.all(['000_89a62690775440f9.txt', '002_66e96f0d6d40dccb.txt', '004_9d5b84f7b5669ee4.txt'].map((f) => prepare(f, bytes(f))));

  it('a batch is all or nothing', async () => {
    const s = await fresh();
    await s.replaceDocuments([await prepare('000.txt', bytes('000_89a62690775440f9.txt'))]);
    const before = await all(s);
    const batch = await docs();
    (batch[2].matters[0].data_items[0] as { item: unknown }).item = null;
    await expect(s.replaceDocuments(batch)).rejects.toThrow();
    expect(await all(s)).toEqual(before);
  });

  it('within a batch, a later document with the same path replaces an earlier one', async () => {
    const s = await fresh();
    const first = await prepare('000.txt', bytes('000_89a62690775440f9.txt'), 'x/doc.txt');
    const second = await prepare('002.txt', bytes('002_66e96f0d6d40dccb.txt'), 'x/doc.txt');
    await s.replaceDocuments([first, second]);
    expect((await s.all<{ title: string }>(`SELECT title FROM matters`)).map((r) => r.title)).toEqual(['新宿区産後ケア事業に係る業務の委託について']);
    expect(await counts(s)).toMatchObject({ documents: 1 });
  });
});

describe('Store.memo', () => {
  it('remembers results only on an immutable store, and forgets failures', async () => {
    const s = await fresh();
    let runs = 0;
    const q = () => s.memo(['k', { a: 1 }], async () => ++runs);
    expect([await q(), await q()]).toEqual([1, 2]);
    s.immutable = true;
    expect([await q(), await q()]).toEqual([3, 3]);
    expect(await s.memo(['k', { a: 2 }], async () => 'other')).toBe('other');
    await expect(s.memo(['bad'], () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await s.memo(['bad'], async () => 'retried')).toBe('retried');
  });
});

describe('Store.open, read-only', () => {
  it('caps the buffer pool and hands freed memory back from the allocator’s background threads', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-reader-'));
    const file = path.join(dir, 'test.duckdb');
    (await Store.open(file)).close();
    const s = await Store.open(file, { readOnly: true });
    open.push(s);
    const setting = async (name: string) => (await s.all<{ v: string }>('SELECT current_setting($name)::VARCHAR AS v', { name }))[0].v;
    expect(await setting('allocator_background_threads')).toBe('true');
    expect(await setting('memory_limit')).toMatch(/^2[0-9]{2}\.\d MiB$/);
  });
});

describe('Store.readers', () => {
  it('answers concurrent queries on several connections with the results one connection gives', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-readers-'));
    const file = path.join(dir, 'test.duckdb');
    const w = await Store.open(file);
    for (const f of ['000_89a62690775440f9.txt', '002_66e96f0d6d40dccb.txt', '004_9d5b84f7b5669ee4.txt']) await w.replaceDocuments([await prepare(f, bytes(f))]);
    w.close();
    const s = await Store.open(file, { readOnly: true, immutable: true });
    open.push(s);
    const queries = [
      'SELECT count(*)::INTEGER AS n FROM matters',
      'SELECT matter_id, count(*)::INTEGER AS n FROM data_items GROUP BY 1 ORDER BY 1',
      'SELECT category, count(*)::INTEGER AS n FROM safeguards GROUP BY 1 ORDER BY 1',
      'SELECT lemma, sum(tf)::INTEGER AS n FROM postings GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20'
    ];
    const one = [];
    for (const q of queries) one.push(await s.all(q));
    await s.readers(3);
    // More queries than connections: some wait for a free one.
    const many = await Promise.all([...queries, ...queries, ...queries].map((q) => s.all(q)));
    expect(many).toEqual([...one, ...one, ...one]);
    // A failed query gives its connection back.
    await expect(s.all('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
    expect(await Promise.all(queries.map((q) => s.all(q)))).toEqual(one);
  });
});

describe('Store.closeWhenIdle', () => {
  // A connection closed under a running statement deadlocks inside DuckDB (the process never
  // exits): this test would hang until its timeout if the close did not wait.
  it('interrupts what runs, waits for it, closes, and refuses what comes after', async () => {
    const s = await Store.open(path.join(mkdtempSync(path.join(tmpdir(), 'atlas-close-')), 'test.duckdb'));
    await s.readers(2);
    const long = s.all('SELECT count(*) AS n FROM range(10000000000) a WHERE a.range % 7 = 3');
    const waiting = s.session(async (all) => {
      await new Promise((r) => setTimeout(r, 50));
      return all('SELECT 1 AS one');
    });
    await new Promise((r) => setTimeout(r, 20));
    await s.closeWhenIdle();
    await expect(long).rejects.toThrow(/interrupt/i);
    await expect(waiting).rejects.toBeInstanceOf(StoreClosedError);
    await expect(s.all('SELECT 1')).rejects.toBeInstanceOf(StoreClosedError);
    // Asking twice is harmless.
    await s.closeWhenIdle();
  }, 20_000);
});
