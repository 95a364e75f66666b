// End to end, for the secretariat: the annual report page on the samples, each chart downloaded as
// PNG, SVG and CSV, and the same downloads from a dashboard chart.

import { existsSync, readFileSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM, openBrowserApp, SHOTS, type BrowserApp } from '../helpers/browser';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Clicks a card's download button and returns the saved file's name and bytes. */
async function download(page: Page, card: string, kind: 'png' | 'svg' | 'csv'): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`chart-${card}`).getByTestId(`download-${kind}`).click()]);
  const file = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(file) };
}

describe.skipIf(!existsSync(CHROMIUM))('annual report and chart downloads (e2e)', () => {
  let app: BrowserApp | undefined;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    app = await openBrowserApp('atlas-e2e-report-', ['test/fixtures/samples-text'], problems);
    ({ page, base } = app);
  });
  beforeEach(() => {
    problems.length = 0;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the year with its figures, tables, lists and method note', async () => {
    const res = await page.goto(base + '/report/2021?municipality=%E6%96%B0%E5%AE%BF%E5%8C%BA');
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toContain('令和3年度');
    await expect(page.getByTestId('report-filters').textContent()).resolves.toContain('新宿区');
    for (const id of ['departments', 'procedures', 'coverage', 'lineage']) {
      await page.locator(`[data-testid="chart-${id}"][data-status="ready"] canvas`).waitFor();
      await expect(page.getByTestId(`report-table-${id}`).locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    }
    // The twin carries the numbers the tables print: 新宿区 has two matters in 令和3年度.
    const twin = (await (await fetch(base + '/api/report/2021.json?municipality=%E6%96%B0%E5%AE%BF%E5%8C%BA')).json()) as { current: { matters: number } };
    expect(twin.current.matters).toBe(2);
    await expect(page.getByTestId('report-headline').textContent()).resolves.toContain('2件');
    await expect(page.getByTestId('report-method').textContent()).resolves.toContain('2021年4月〜2022年3月');
    await page.screenshot({ path: `${SHOTS}/report.png`, fullPage: true });
    // On a phone the page never scrolls sideways (wide tables scroll in their own box).
    await page.setViewportSize({ width: 390, height: 844 });
    // (chart.js follows its container after a resize observer fires: poll.)
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5000 }).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  });

  it('downloads a report chart as PNG, SVG and CSV', async () => {
    await page.goto(base + '/report/2021');
    await page.locator('[data-testid="chart-coverage"][data-status="ready"] canvas').waitFor();
    const png = await download(page, 'coverage', 'png');
    expect(png.name).toBe('coverage.png');
    expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // Print resolution: 800 CSS pixels at 3 device pixels each.
    expect(png.bytes.readUInt32BE(16)).toBe(2400);
    const svg = await download(page, 'coverage', 'svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/<svg[\s>]/);
    expect(text).toContain('対策の分類ごとの記載率');
    // Parses as XML in the browser, with drawn bars.
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, shapes: doc.querySelectorAll('path, rect').length };
    }, text);
    expect(parsed).toEqual({ error: false, shapes: expect.any(Number) });
    expect(parsed.shapes).toBeGreaterThan(5);
    const csv = await download(page, 'coverage', 'csv');
    const body = csv.bytes.toString('utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = body.slice(1).trim().split('\r\n');
    expect(header).toBe('項目,令和2年度,令和3年度');
    // The CSV's numbers are the table's.
    const table = await page.getByTestId('report-table-coverage').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).slice(0, 3).map((c) => c.textContent!.trim().replace('%', ''))));
    expect(rows.map((r) => r.split(','))).toEqual(table);
    expect(problems).toEqual([]);
  });

  it('downloads a dashboard chart too', async () => {
    await page.goto(base + '/gaps');
    await page.locator('[data-testid="chart-gap-rates"][data-status="ready"] canvas').waitFor();
    const png = await download(page, 'gap-rates', 'png');
    expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const csv = await download(page, 'gap-rates', 'csv');
    expect(csv.bytes.toString('utf8')).toContain('不足のある案件の割合');
    expect(problems).toEqual([]);
  });

  it('downloads the coverage heatmap, drawn as a matrix with its shares', async () => {
    await page.goto(base + '/?actor=contractor');
    await page.getByTestId('heatmap').waitFor();
    // The table's cells, as the CSV should carry them: department → category → percent.
    const cells = await page.getByTestId('heatmap').locator('tbody td a').evaluateAll((as) =>
      as.map((a) => ({ dept: a.closest('tr')!.getAttribute('data-department'), covered: Number(/件中(\d+)件/.exec(a.getAttribute('title') ?? '')?.[1]), matters: Number(a.closest('tr')!.getAttribute('data-matters')) }))
    );
    expect(cells.length).toBeGreaterThan(10);
    const png = await download(page, 'heatmap', 'png');
    expect(png.name).toBe('coverage-heatmap.png');
    expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const svg = (await download(page, 'heatmap', 'svg')).bytes.toString('utf8');
    expect(svg).toContain('担当部別の情報保護対策の記載率');
    // One rectangle per cell, at least, and the percentages written in them.
    expect((svg.match(/<(path|rect)\b/g) ?? []).length).toBeGreaterThanOrEqual(cells.length);
    expect(svg).toMatch(/>\d+%</);
    const csv = (await download(page, 'heatmap', 'csv')).bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(csv[0].startsWith('担当部,')).toBe(true);
    const first = cells[0];
    const row = csv.find((l) => l.startsWith(`${first.dept},`))!.split(',');
    expect(Number(row[1])).toBeCloseTo((first.covered / first.matters) * 100, 1);
    expect(problems).toEqual([]);
  });

  it('prints the report as an A4 PDF from its link', async () => {
    await page.goto(base + '/report/2021?municipality=%E6%96%B0%E5%AE%BF%E5%8C%BA');
    const href = await page.getByTestId('report-pdf').getAttribute('href');
    expect(href).toBe('/report/2021.pdf?municipality=%E6%96%B0%E5%AE%BF%E5%8C%BA');
    const res = await fetch(base + href);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 pages (595 × 842 points) and more than one of them.
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    expect((bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(1);
    expect((await fetch(base + '/report/2021.pdf?procedure=nonsense')).status).toBe(400);
  });

  it('says so for a year without matters and rejects a malformed year', async () => {
    expect((await page.goto(base + '/report/1999'))?.status()).toBe(200);
    await expect(page.getByTestId('report-empty').isVisible()).resolves.toBe(true);
    expect((await page.goto(base + '/report/abc'))?.status()).toBe(400);
    expect((await page.goto(base + '/report'))?.url()).toMatch(/\/report\/2022$/);
  });
});
