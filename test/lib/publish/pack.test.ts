// The publishing pack on the sample texts: the command writes every file, each of the right kind
// and not blank, the numbers equal the store's, and the folder works offline from the file system.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_ENTRY } from '../../../scripts/build-state';
import { run as ingest } from '../../../src/lib/ingest/cli';
import { run } from '../../../src/lib/publish/cli';
import { PACK_MARKER } from '../../../src/lib/publish/pack';
import { buildReport, reportRows, type Report } from '../../../src/lib/server/report';
import { setting } from '../../../src/lib/server/env';
import { snapshotPath } from '../../../src/lib/server/store/snapshot';
import { Store } from '../../../src/lib/server/store/store';

const CHROMIUM = setting('chromium');
const quiet = { out: () => undefined, err: () => undefined, tty: false };
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe.skipIf(!existsSync(CHROMIUM))('npm run report (publishing pack)', () => {
  let dir: string;
  let db: string;
  let out: string;
  let report: Report;
  const lines: string[] = [];
  const errors: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => errors.push(l) };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-pack-'));
    db = path.join(dir, 'council.duckdb');
    expect(await ingest(['--db', db, '--quiet', 'test/fixtures/samples-text'], quiet)).toBe(0);
    out = path.join(dir, 'pack');
    expect(await run(['--fy', '2021', '--db', db, '--municipality', '新宿区', '--out', out], SERVER_ENTRY, io)).toBe(0);
    const store = await Store.open(snapshotPath(db), { readOnly: true });
    report = await buildReport(store, 2021, { municipality: '新宿区' });
    store.close();
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints a progress line per step and writes every file', () => {
    expect(lines.filter((l) => /^report: \[\d\/6\]/.test(l))).toHaveLength(6);
    expect(errors).toEqual([]);
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' });
    for (const f of ['index.html', 'report.pdf', PACK_MARKER, 'data/report.csv', 'data/report.parquet', 'data/sensitive.csv', 'data/contracts.parquet', 'data/gaps.csv'])
      expect(files, f).toContain(f);
    expect(report.figures.length).toBe(4);
    for (const fig of report.figures) for (const ext of ['png', 'svg', 'csv']) expect(files).toContain(`charts/${fig.id}.${ext}`);
  });

  it('writes PNGs at print resolution', () => {
    for (const fig of report.figures) {
      const png = readFileSync(path.join(out, 'charts', `${fig.id}.png`));
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE), fig.id).toBe(true);
      expect(png.readUInt32BE(16), fig.id).toBe(2400);
    }
  });

  it('writes a PDF of several A4 pages with the report’s text', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(out, 'report.pdf')));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
    expect(pdf.numPages).toBeGreaterThanOrEqual(2);
    const page = await pdf.getPage(1);
    const [, , w, h] = page.view;
    // A4: 595 × 842 points.
    expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    expect(text).toContain('令和3年度');
    expect(text).toContain('新宿区');
    await pdf.destroy();
  });

  it('writes the numbers the store holds, as CSV with a BOM', () => {
    const read = (f: string) => {
      const body = readFileSync(path.join(out, f), 'utf8');
      expect(body.startsWith('\uFEFF'), f).toBe(true);
      return parse(body.slice(1), { columns: true }) as Record<string, string>[];
    };
    const rows = read('data/report.csv');
    expect(rows.map((r) => ({ ...r, value: Number(r.value) }))).toEqual(reportRows(report));
    expect(rows.length).toBeGreaterThan(20);
    for (const fig of report.figures) {
      const chart = read(`charts/${fig.id}.csv`);
      const drawn = fig.series.filter((s) => !s.tableOnly);
      expect(chart.map((r) => Object.values(r)[0]), fig.id).toEqual(fig.labels);
      for (const s of drawn) expect(chart.map((r) => Number(r[s.label])), `${fig.id} ${s.label}`).toEqual(s.data);
    }
    expect(read('data/sensitive.csv').map((r) => r.matter_id)).toEqual(report.sensitive.map((m) => m.matter_id));
  });

  it('has no reference outside the folder in its HTML', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(8);
    for (const r of refs) expect(r, r).toMatch(/^(charts|data)\/[\w.-]+$/);
    expect(html).not.toMatch(/url\(|https?:|<script|\/\/[a-z]/i);
    expect(html).toContain('令和3年度');
  });

  it('opens offline from the file system: every image drawn and not blank, every SVG well-formed', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', // file:// images may be read back into a canvas (to count their ink).
      '--allow-file-access-from-files'] });
    try {
      const page = await browser.newPage();
      const outside: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(pathToFileURL(out).href)) outside.push(r.url());
      });
      await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
      const images = await page.evaluate(async () => {
        const imgs = Array.from(document.images);
        await Promise.all(imgs.map((i) => i.decode()));
        return imgs.map((img) => {
          const c = document.createElement('canvas');
          c.width = 300;
          c.height = 150;
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0, 300, 150);
          const px = ctx.getImageData(0, 0, 300, 150).data;
          let ink = 0;
          for (let i = 0; i < px.length; i += 4) if (px[i] < 200 || px[i + 1] < 200 || px[i + 2] < 200) ink++;
          return { src: img.getAttribute('src'), width: img.naturalWidth, ink: ink / (300 * 150) };
        });
      });
      expect(images.map((i) => i.src)).toEqual(report.figures.map((f) => `charts/${f.id}.png`));
      for (const i of images) {
        expect(i.width, i.src!).toBe(2400);
        expect(i.ink, i.src!).toBeGreaterThan(0.01);
      }
      for (const fig of report.figures) {
        const svg = readFileSync(path.join(out, 'charts', `${fig.id}.svg`), 'utf8');
        const parsed = await page.evaluate((s) => {
          const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
          return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, shapes: doc.querySelectorAll('path, rect').length };
        }, svg);
        expect(parsed.error, fig.id).toBeNull();
        expect(parsed.root).toBe('svg');
        expect(parsed.shapes, fig.id).toBeGreaterThan(3);
        expect(svg).toContain(fig.title);
      }
      expect(outside).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('refuses a non-empty folder that is not a pack, and replaces a pack with --force', async () => {
    const other = path.join(dir, 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'keep.txt'), 'mine');
    const err: string[] = [];
    expect(await run(['--fy', '2021', '--db', db, '--out', other], SERVER_ENTRY, { out: () => undefined, err: (l) => err.push(l) })).toBe(1);
    expect(err.join('\n')).toContain('not empty');
    expect(await run(['--fy', '2021', '--db', db, '--out', other, '--force'], SERVER_ENTRY, { out: () => undefined, err: (l) => err.push(l) })).toBe(1);
    expect(err.join('\n')).toContain('is not a report pack');
    expect(readFileSync(path.join(other, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('leaves nothing behind when rendering fails', async () => {
    const err: string[] = [];
    const target = path.join(dir, 'failed');
    expect(await run(['--fy', '2021', '--db', db, '--out', target], path.join(dir, 'no-such-server.js'), { out: () => undefined, err: (l) => err.push(l) })).toBe(1);
    expect(err.at(-1)).toMatch(/the server exited/);
    expect(readdirSync(dir).filter((f) => f.startsWith('failed'))).toEqual([]);
  });

  it('names an unknown municipality, an empty year and a malformed year', async () => {
    const err: string[] = [];
    const io2 = { out: () => undefined, err: (l: string) => err.push(l) };
    expect(await run(['--fy', '2021', '--db', db, '--municipality', '品川区', '--out', path.join(dir, 'x')], SERVER_ENTRY, io2)).toBe(1);
    expect(err.at(-1)).toMatch(/unknown municipality 品川区: the store .* has 新宿区, 江戸川区|unknown municipality 品川区: the store .* has 江戸川区, 新宿区/);
    expect(await run(['--fy', '1999', '--db', db, '--out', path.join(dir, 'x')], SERVER_ENTRY, io2)).toBe(1);
    expect(err.at(-1)).toContain('no matters in 1999 (平成11年度)');
    expect(await run(['--fy', '21', '--db', db, '--out', path.join(dir, 'x')], SERVER_ENTRY, io2)).toBe(2);
    expect(await run(['--fy', '2021', '--db', path.join(dir, 'none.duckdb'), '--out', path.join(dir, 'x')], SERVER_ENTRY, io2)).toBe(1);
    expect(err.at(-1)).toContain('no store at');
    expect(existsSync(path.join(dir, 'x'))).toBe(false);
  });
});
