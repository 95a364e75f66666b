// End to end: the built app (adapter-node) over a store ingested from data/samples, driven by
// Debian's Chromium through playwright-core.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/lib/ingest/cli';
import { startServer, type RunningServer } from '../helpers/server';

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('list page (e2e)', () => {
  let dir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-e2e-'));
    const db = path.join(dir, 'council.duckdb');
    const problems: string[] = [];
    const code = await run(['--db', db, '--quiet', 'data/samples'], { out: () => undefined, err: (l) => problems.push(l), tty: false });
    expect(code, problems.join('\n')).toBe(0);

    // test/global-setup.ts has built the app.
    server = await startServer(db);
    base = server.url;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists the six sample matters with their fields', async () => {
    const res = await page.goto(base + '/');
    expect(res?.status()).toBe(200);
    await expect(page.locator('article.matter').count()).resolves.toBe(6);
    await expect(page.getByTestId('count').textContent()).resolves.toContain('6件');
    await expect(page.getByRole('heading', { name: '新宿区産後ケア事業に係る業務の委託について' }).count()).resolves.toBe(1);
    await expect(page.getByText('令和2年度第7回').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/atlas-list.png', fullPage: true });
  });

  it('filters by procedure', async () => {
    await page.goto(base + '/?procedure=external_link');
    await expect(page.locator('article.matter').count()).resolves.toBe(1);
    await expect(page.locator('article.matter dd', { hasText: '外部結合' }).count()).resolves.toBe(1);
  });

  it('rejects an invalid parameter with a Japanese message', async () => {
    const res = await page.goto(base + '/?fy_from=abc');
    expect(res?.status()).toBe(400);
    await expect(page.locator('main').textContent()).resolves.toContain('開始年度');
  });

  it('serves JSON and CSV twins', async () => {
    const json = await fetch(base + '/api/matters.json');
    expect(json.status).toBe(200);
    const body = (await json.json()) as { total: number; rows: unknown[] };
    expect(body.total).toBe(6);
    expect(body.rows).toHaveLength(6);

    const csv = await fetch(base + '/api/matters.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // Bytes, not text(): the decoder would strip the BOM being checked.
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^matter_id,document_id,/);
    expect(lines).toHaveLength(7);
  });

  it('sends a Content-Security-Policy header', async () => {
    const res = await fetch(base + '/');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });
});
