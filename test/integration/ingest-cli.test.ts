// The ingest command end to end: real readers, kuromoji and DuckDB, checked against the gold.

import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Encoding from 'encoding-japanese';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/lib/ingest/cli';
import { Store } from '../../src/lib/server/store/store';
import { counts } from '../helpers/counts';
import { compare, fscore, loadGold, storeViews } from '../helpers/gold';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'test', 'fixtures', 'samples-text');
const LAYOUTS = path.join(ROOT, 'test', 'fixtures', 'layouts');

function capture(): Io & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), tty: false };
}
const tmp = (name: string) => path.join(mkdtempSync(path.join(tmpdir(), 'atlas-cli-')), name);


describe('npm run ingest on the sample texts', () => {
  const db = tmp('samples.duckdb');
  const io = capture();
  let code = -1;
  beforeAll(async () => {
    code = await run(['--db', db, SAMPLES], io);
  });

  it('ingests every sample and exits 0 with a summary', () => {
    expect(code).toBe(0);
    expect(io.lines.filter((l) => l.startsWith('ok '))).toHaveLength(5);
    expect(io.lines.at(-1)).toMatch(/^5 file\(s\): 5 ingested, 0 failed; 6 matter\(s\), \d+ data item\(s\), \d+ safeguard sentence\(s\); [\d.]+ s/);
  });

  it('stores what the gold says, by the scorer’s rules', async () => {
    const stored = await storeViews(db);
    const totals = { fields: 0, checks: 0, items: { tp: 0, fp: 0, fn: 0 }, media: { tp: 0, fp: 0, fn: 0 }, sg: { tp: 0, fp: 0, fn: 0 }, missedSensitive: 0 };
    for (const gold of loadGold()) {
      const ms = stored.get(gold.source) ?? [];
      expect(ms).toHaveLength(gold.matters.length);
      gold.matters.forEach((g, i) => {
        const r = compare(g, ms[i]);
        totals.fields += r.fieldMisses.length;
        for (const k of ['tp', 'fp', 'fn'] as const) {
          totals.items[k] += r.items[k];
          totals.media[k] += r.media[k];
          totals.sg[k] += r.safeguards[k];
        }
        totals.missedSensitive += r.sensitiveMissed.length;
      });
    }
    expect(totals.fields).toBe(0);
    expect(fscore(totals.items)).toBeGreaterThanOrEqual(0.95);
    expect(fscore(totals.media)).toBe(1);
    expect(totals.missedSensitive).toBe(0);
    expect(fscore(totals.sg)).toBeGreaterThanOrEqual(0.95);
  });

  it('re-running the same command changes nothing', async () => {
    const before = await storeViews(db);
    expect(await run(['--db', db, SAMPLES], capture())).toBe(0);
    expect(await storeViews(db)).toEqual(before);
  });

  it('stores postings for search, from kuromoji lemmas', async () => {
    const s = await Store.open(db, { readOnly: true });
    const rows = await s.all<{ section: string; positions: number[] }>(`SELECT section, positions FROM postings WHERE lemma = '消去'`);
    s.close();
    expect(rows.map((r) => r.section)).toEqual(expect.arrayContaining(['safeguards', 'clauses', 'full']));
  });
});

describe('other encodings and formats', () => {
  it('ingests Shift_JIS, HTML and Markdown documents in other layouts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-formats-'));
    const sjis = Encoding.convert(Encoding.stringToCode(readFileSync(path.join(LAYOUTS, 'setagaya-style.txt'), 'utf8')), { to: 'SJIS', from: 'UNICODE' });
    writeFileSync(path.join(dir, 'setagaya.txt'), Uint8Array.from(sjis));
    copyFileSync(path.join(LAYOUTS, 'nakano-style.html'), path.join(dir, 'nakano.html'));
    copyFileSync(path.join(LAYOUTS, 'minato-style.md'), path.join(dir, 'minato.md'));
    const db = path.join(dir, 'x.duckdb');
    expect(await run(['--db', db, dir], capture())).toBe(0);
    const s = await Store.open(db, { readOnly: true });
    const docs = await s.all<{ source_path: string; format: string; encoding: string }>(`SELECT source_path, format, encoding FROM documents ORDER BY source_path`);
    const matters = await s.all<{ municipality: string; title: string; department: string }>(`SELECT municipality, title, department FROM matters ORDER BY document_id, seq`);
    const html = await s.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM matter_texts WHERE text LIKE '%alert%' OR text LIKE '%javascript%'`);
    s.close();
    expect(docs.map((d) => [path.basename(d.source_path), d.format, d.encoding])).toEqual([
      ['minato.md', 'markdown', 'UTF-8'],
      ['nakano.html', 'html', 'UTF-8'],
      ['setagaya.txt', 'text', 'Shift_JIS']
    ]);
    expect(matters).toHaveLength(5);
    expect(matters.map((m) => m.title)).toContain('住民税申告書のデータ入力業務の委託について');
    expect(new Set(matters.map((m) => m.municipality))).toEqual(new Set(['世田谷区', '中野区', '港区']));
    expect(html[0].n).toBe(0);
  });
});

describe('failures and exit codes', () => {
  it('exits 1 when a file fails, names it with the reason, and stores the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-bad-'));
    copyFileSync(path.join(SAMPLES, '002_66e96f0d6d40dccb.txt'), path.join(dir, 'good.txt'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.txt'), Uint8Array.from({ length: 256 }, (_, i) => i));
    writeFileSync(path.join(dir, 'plain.txt'), '議事録はありません。\n');
    const db = path.join(dir, 'x.duckdb');
    const io = capture();
    expect(await run(['--db', db, dir], io)).toBe(1);
    const text = io.lines.join('\n');
    expect(text).toMatch(/FAIL .*empty\.txt: empty file/);
    expect(text).toMatch(/FAIL .*binary\.txt: binary data/);
    expect(text).toMatch(/FAIL .*plain\.txt: no council matter found/);
    expect(io.lines.at(-1)).toMatch(/4 file\(s\): 1 ingested, 3 failed/);
    const s = await Store.open(db, { readOnly: true });
    expect((await counts(s)).documents).toBe(1);
    s.close();
  });

  it('exits 2 on a usage error', async () => {
    const io = capture();
    expect(await run([], io)).toBe(2);
    expect(io.lines.join('\n')).toMatch(/usage: npm run ingest/);
    expect(await run(['--bogus', 'x'], capture())).toBe(2);
    expect(await run(['--meta', '/nonexistent.csv', SAMPLES], capture())).toBe(2);
  });

  it('applies a --meta CSV and keeps the url for provenance', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-meta-'));
    copyFileSync(path.join(SAMPLES, '003_226f9b6f33957b40.txt'), path.join(dir, 'doc.txt'));
    writeFileSync(path.join(dir, 'meta.csv'), 'path,municipality,council_session,council_date,url\ndoc.txt,テスト区,令和元年度第4回,令和元年10月3日,https://example.org/003.pdf\n');
    const db = path.join(dir, 'x.duckdb');
    expect(await run(['--db', db, '--meta', path.join(dir, 'meta.csv'), path.join(dir, 'doc.txt')], capture())).toBe(0);
    const s = await Store.open(db, { readOnly: true });
    const [m] = await s.all<{ municipality: string; council_session: string; council_date: string; source_url: string }>(
      `SELECT municipality, council_session, strftime(council_date, '%Y-%m-%d') AS council_date, source_url FROM matters JOIN documents USING (document_id)`
    );
    s.close();
    expect(m).toEqual({ municipality: 'テスト区', council_session: '令和元年度第4回', council_date: '2019-10-03', source_url: 'https://example.org/003.pdf' });
  });
});
