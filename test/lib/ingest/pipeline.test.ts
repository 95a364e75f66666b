import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile, ingestPaths } from '../../../src/lib/ingest/pipeline';
import { charTokenizer, MemoryStore } from '../../helpers/fakes';

const SAMPLE = path.join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'samples-text', '000_89a62690775440f9.txt');

function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-pipeline-'));
  const put = (name: string, data: string | Uint8Array) => {
    const p = path.join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  return { dir, put };
}

describe('ingestPaths', () => {
  it('stores good files and reports each bad one with its path and reason', async () => {
    const { dir, put } = workspace();
    put('a-good.txt', readFileSync(SAMPLE));
    put('b-empty.txt', '');
    put('c-binary.txt', Uint8Array.from([0x89, 0x50, 0x00, 0x01, 0xff, 0x00, 0x10, 0x00]));
    put('d-nomatter.txt', 'これは審議会の資料ではありません。\n今日は晴れです。\n');
    const store = new MemoryStore();
    const s = await ingestPaths([dir], { store, tokenizer: charTokenizer });
    expect(s.files).toBe(4);
    expect(s.ok).toBe(1);
    expect(s.failed).toBe(3);
    expect(store.docs.size).toBe(1);
    const reasons = Object.fromEntries(s.outcomes.filter((o) => !o.ok).map((o) => [path.basename(o.path), o.reason]));
    expect(reasons['b-empty.txt']).toMatch(/empty/);
    expect(reasons['c-binary.txt']).toMatch(/binary/);
    expect(reasons['d-nomatter.txt']).toMatch(/no council matter/);
  });

  it('keeps a council document whose form is not recognised, flagged for review with a note, and refuses other texts naming the reason', async () => {
    const { dir, put } = workspace();
    // Council words but none of the forms extraction knows: no 件名, no items, no safeguards.
    put('council.txt', '令和6年度 第2回 個人情報保護審議会\n次第\n1 開会\n2 議題 目的外利用の状況について（報告）\n3 閉会\n');
    put('weather.txt', 'これは審議会の資料ではありません。\n今日は晴れです。\n');
    const store = new MemoryStore();
    const s = await ingestPaths([dir], { store, tokenizer: charTokenizer });
    expect(s).toMatchObject({ files: 2, ok: 1, failed: 1, review: 1 });
    const kept = s.outcomes.find((o) => o.path.endsWith('council.txt'));
    expect(kept).toMatchObject({ ok: true, matters: 1, review: 'form not recognised, kept for review' });
    const [doc] = store.docs.values();
    const [m] = doc.matters;
    // What extraction's fallback found is kept (the agenda line's title); what it did not is flagged.
    expect(m.review).toEqual(['form_not_recognised', 'department_missing', 'items_missing', 'safeguards_missing']);
    expect(m.title).toBe('目的外利用の状況について');
    expect(m.review_notes?.form_not_recognised).toMatch(/審議会.*個人情報.*認識できませんでした/);
    expect(m.text).toContain('目的外利用の状況について');
    expect(m.postings.length).toBeGreaterThan(0);
    const refused = s.outcomes.find((o) => o.path.endsWith('weather.txt'));
    expect(refused?.ok).toBe(false);
    expect(refused?.reason).toMatch(/^no council matter found: .*does not read as a council document/);
  });

  it('reports a missing path and still ingests the rest', async () => {
    const store = new MemoryStore();
    const s = await ingestPaths(['/nonexistent/nowhere.txt', SAMPLE], { store, tokenizer: charTokenizer });
    expect(s.ok).toBe(1);
    expect(s.outcomes.find((o) => !o.ok)?.reason).toMatch(/no such file/);
  });

  it('keeps a store failure on one file from touching the others', async () => {
    const { dir, put } = workspace();
    put('one.txt', readFileSync(SAMPLE));
    put('two.txt', readFileSync(SAMPLE, 'utf8') + '\n追記');
    const store = new MemoryStore();
    store.failOn = 'two.txt';
    const s = await ingestPaths([dir], { store, tokenizer: charTokenizer });
    expect(s.ok).toBe(1);
    expect(s.outcomes.find((o) => !o.ok)?.reason).toBe('disk full');
    expect([...store.docs.values()].map((d) => path.basename(d.source_path))).toEqual(['one.txt']);
  });

  it('reports progress for every file', async () => {
    const seen: string[] = [];
    await ingestPaths([SAMPLE], { store: new MemoryStore(), tokenizer: charTokenizer }, { onStart: (p) => seen.push(`start ${path.basename(p)}`), onFile: (o) => seen.push(`done ${o.ok}`) });
    expect(seen).toEqual(['start 000_89a62690775440f9.txt', 'done true']);
  });
});

describe('ingestFile', () => {
  it('derives ids from content and postings from the tokenizer', async () => {
    const store = new MemoryStore();
    const o = await ingestFile(SAMPLE, { store, tokenizer: charTokenizer, now: () => new Date('2026-01-01T00:00:00Z') });
    expect(o.ok).toBe(true);
    const doc = [...store.docs.values()][0];
    expect(doc.document_id).toMatch(/^[0-9a-f]{16}$/);
    expect(doc.sha256.startsWith(doc.document_id)).toBe(true);
    expect(doc.matters[0].matter_id).toBe(`${doc.document_id}-1`);
    const title = doc.matters[0].postings.filter((p) => p.section === 'title');
    expect(title.find((p) => p.lemma === '委')?.positions.length).toBeGreaterThan(0);
  });

  it('applies metadata over what the text says', async () => {
    const store = new MemoryStore();
    await ingestFile(SAMPLE, { store, tokenizer: charTokenizer }, { municipality: '練馬区', council_session: '令和3年度第2回', url: 'https://example.org/a.pdf' });
    const doc = [...store.docs.values()][0];
    expect(doc.source_url).toBe('https://example.org/a.pdf');
    expect(doc.matters[0].municipality).toBe('練馬区');
    expect(doc.matters[0].council_session).toBe('令和3年度第2回');
    expect(doc.matters[0].fiscal_year).toBe(2021);
  });

  it('refuses a file deleted before it is read', async () => {
    const o = await ingestFile('/tmp/atlas-does-not-exist.txt', { store: new MemoryStore(), tokenizer: charTokenizer });
    expect(o.ok).toBe(false);
    expect(o.reason).toMatch(/not found/);
  });
});

describe('ingestPaths, batches and workers', () => {
  const samples = path.dirname(SAMPLE);
  function copies(n: number) {
    const { dir, put } = workspace();
    const texts = ['000_89a62690775440f9.txt', '002_66e96f0d6d40dccb.txt', '004_9d5b84f7b5669ee4.txt'].map((f) => readFileSync(path.join(samples, f), 'utf8'));
    // Distinct content per copy, so each is its own document.
    for (let i = 0; i < n; i++) put(`doc-${String(i).padStart(2, '0')}.txt`, `${texts[i % texts.length]}\n備考${i}`);
    return dir;
  }
  const shape = (store: MemoryStore) =>
    [...store.docs.values()]
      .map((d) => ({ path: path.basename(d.source_path), matters: d.matters.map((m) => [m.title, m.data_items.length, m.safeguards.length, m.postings.length]) }))
      .sort((a, b) => a.path.localeCompare(b.path));

  it('writes several documents per transaction', async () => {
    const store = new MemoryStore();
    const s = await ingestPaths([copies(10)], { store, tokenizer: charTokenizer }, { batch: 4 });
    expect(s.ok).toBe(10);
    expect(store.writes).toBe(3);
  });

  it('when a batch fails, retries its documents one by one so only the bad one fails', async () => {
    const store = new MemoryStore();
    store.failOn = 'doc-05';
    const done: number[] = [];
    const s = await ingestPaths([copies(10)], { store, tokenizer: charTokenizer }, { batch: 4, onFile: (_o, n) => done.push(n) });
    expect(s.ok).toBe(9);
    expect(s.outcomes.filter((o) => !o.ok).map((o) => [path.basename(o.path), o.reason])).toEqual([['doc-05.txt', 'disk full']]);
    expect(store.docs.size).toBe(9);
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('worker threads store the same documents as one thread, with the real tokenizer', async () => {
    const dir = copies(9);
    writeFileSync(path.join(dir, 'doc-99-empty.txt'), '');
    const one = new MemoryStore();
    const two = new MemoryStore();
    const { loadTokenizer } = await import('../../../src/lib/tokenizer/tokenizer');
    const a = await ingestPaths([dir], { store: one, tokenizer: loadTokenizer }, { workers: 0 });
    // All on the workers: this thread never loads a tokenizer.
    const b = await ingestPaths([dir, '/nonexistent/x.txt'], { store: two, tokenizer: () => Promise.reject(new Error('workers load their own')) }, { workers: 2, prepareHere: false });
    expect(a.ok).toBe(9);
    expect(b.ok).toBe(9);
    expect(b.workers).toBe(2);
    expect(b.outcomes.map((o) => path.basename(o.path))).toEqual(['x.txt', ...a.outcomes.map((o) => path.basename(o.path))]);
    // A file that fails on a worker carries its reason back like one that fails here.
    expect(b.outcomes.find((o) => o.path.endsWith('doc-99-empty.txt'))?.reason).toBe(a.outcomes.find((o) => o.path.endsWith('doc-99-empty.txt'))?.reason);
    expect(a.outcomes.find((o) => o.path.endsWith('doc-99-empty.txt'))?.reason).toMatch(/empty/);
    expect(shape(two)).toEqual(shape(one));
  });

  it('prepares in this thread from the start while the workers start, and shares the files with them once they are up', async () => {
    const dir = copies(12);
    const { loadTokenizer } = await import('../../../src/lib/tokenizer/tokenizer');
    const { PreparePool } = await import('../../../src/lib/ingest/worker-pool');
    const one = new MemoryStore();
    await ingestPaths([dir], { store: one, tokenizer: loadTokenizer }, { workers: 0 });
    // The pool is up only after this thread has prepared its first files.
    let startedAfter = -1;
    const mixed = new MemoryStore();
    const s = await ingestPaths([dir], { store: mixed, tokenizer: loadTokenizer }, {
      workers: 1,
      batch: 1,
      startPool: async (n, o) => {
        while (mixed.docs.size < 3) await new Promise((r) => setTimeout(r, 5));
        startedAfter = mixed.docs.size;
        return PreparePool.start(n, o);
      }
    });
    expect(s.ok).toBe(12);
    expect(s.workers).toBe(1);
    expect(startedAfter).toBeGreaterThanOrEqual(3);
    expect(shape(mixed)).toEqual(shape(one));
  });

  it('goes on in this thread when the workers cannot start, and says so', async () => {
    const store = new MemoryStore();
    const failing = () => Promise.reject(new Error('worker thread failed to start: no memory'));
    const s = await ingestPaths([copies(9)], { store, tokenizer: charTokenizer }, { workers: 2, startPool: failing });
    expect(s.ok).toBe(9);
    expect(s.workers).toBe(0);
    expect(s.notes).toEqual(['worker thread failed to start: no memory; documents were prepared in the main thread only']);
    // Even when asked to leave everything to them.
    const t = await ingestPaths([copies(9)], { store: new MemoryStore(), tokenizer: charTokenizer }, { workers: 2, prepareHere: false, startPool: failing });
    expect(t.ok).toBe(9);
  });
});

describe('workerCount', () => {
  it('starts workers by default only for runs large enough to pay for them', async () => {
    const { workerCount } = await import('../../../src/lib/ingest/pipeline');
    const MB = 2 ** 20;
    // 15 documents of 1.3 MB ran faster in one thread: the default uses none.
    expect(workerCount(15, 1.3 * MB, 'auto', 2)).toBe(0);
    // Nor on 2 or 3 cores, where they measured no faster; otherwise one per core but the one this thread prepares on.
    expect(workerCount(1000, 5.6 * MB, 'auto', 2)).toBe(0);
    expect(workerCount(1000, 5.6 * MB, 'auto', 3)).toBe(0);
    expect(workerCount(1000, 5.6 * MB, 'auto', 4)).toBe(3);
    expect(workerCount(1000, 5.6 * MB, 'auto', 16)).toBe(15);
    expect(workerCount(7, 50 * MB, 'auto', 2)).toBe(0);
    // An explicit number is honoured, at most one per file, never for a handful of files.
    expect(workerCount(15, 1.3 * MB, 2, 2)).toBe(2);
    expect(workerCount(9, 1, 32, 2)).toBe(9);
    expect(workerCount(5, 50 * MB, 4, 2)).toBe(0);
    expect(workerCount(100, 50 * MB, 0, 2)).toBe(0);
  });
});
