// The benchmark's INSERT writer against the store's appenders: the comparison is fair only if both
// write the same rows, and DuckDB's own conversion of bound values checks the appenders' encoding
// (dates, timestamps, lists, big integers) along the way.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertDocuments } from '../../bench/insert-writer';
import { prepareDocument } from '../../src/lib/ingest/prepare';
import { Store } from '../../src/lib/server/store/store';
import { charTokenizer } from '../helpers/fakes';

const SAMPLES = path.join(import.meta.dirname, '..', 'fixtures', 'samples-text');
const FILES = ['000_89a62690775440f9.txt', '002_66e96f0d6d40dccb.txt', '004_9d5b84f7b5669ee4.txt'];
const TABLES = ['documents', 'matters', 'data_items', 'media', 'safeguard_sentences', 'safeguards', 'gaps', 'sections', 'field_evidence', 'matter_reviews', 'matter_texts', 'search_texts', 'postings'];

const dirs: string[] = [];
const open: Store[] = [];
async function fresh(): Promise<Store> {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-insert-'));
  dirs.push(dir);
  const s = await Store.open(path.join(dir, 'test.duckdb'));
  open.push(s);
  return s;
}
afterEach(() => {
  open.splice(0).forEach((s) => s.close());
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const docs = async () => {
  const out = await Promise.all(FILES.map((f) => prepareDocument(f, new Uint8Array(readFileSync(path.join(SAMPLES, f))), { tokenizer: charTokenizer }, {})));
  // Every table gets rows, whatever extraction fills in: evidence and a review flag with a note.
  const [m] = out[0].matters;
  m.evidence = [{ field: 'title', text: '件名の記載', page: 1 }];
  m.review = ['title_missing'];
  m.review_notes = { title_missing: '確認用の注記' };
  return out;
};
const rows = (s: Store) => Promise.all(TABLES.map((t) => s.all(`SELECT * FROM ${t} ORDER BY ALL`)));

describe('insertDocuments', () => {
  it('writes the same rows as the store’s appenders', async () => {
    const a = await fresh();
    const b = await fresh();
    const batch = await docs();
    await a.replaceDocuments(batch);
    await insertDocuments(b, batch);
    const [ra, rb] = [await rows(a), await rows(b)];
    expect(ra.every((r) => r.length > 0)).toBe(true);
    expect(ra[TABLES.indexOf('postings')].length).toBeGreaterThan(100);
    expect(rb).toEqual(ra);
  });

  it('is all or nothing, and writes new documents only', async () => {
    const s = await fresh();
    const batch = await docs();
    await insertDocuments(s, batch.slice(0, 1));
    const before = await rows(s);
    await expect(insertDocuments(s, batch)).rejects.toThrow('new documents only');
    const bad = batch.slice(1);
    (bad[1].matters[0].data_items[0] as { item: unknown }).item = null;
    await expect(insertDocuments(s, bad)).rejects.toThrow();
    expect(await rows(s)).toEqual(before);
  });
});
