// End to end: the built app (adapter-node) over a store ingested from data/samples (PDFs), driven by
// Debian's Chromium through playwright-core. Screenshots go to test-results/screenshots/ for CI.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM, openBrowserApp, SHOTS, type BrowserApp } from '../helpers/browser';

/** The sample matter used for the detail page: 31 items, 4 gaps, peers. */
const MATTER = 'c0cd909e654b0d22-1';

describe.skipIf(!existsSync(CHROMIUM))('dashboard (e2e)', () => {
  let browser: Browser | undefined;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  let app: BrowserApp | undefined;

  beforeAll(async () => {
    app = await openBrowserApp('atlas-e2e-', ['data/samples'], problems);
    ({ browser, page, base } = app);
  });

  beforeEach(() => {
    problems.length = 0;
  });

  afterAll(() => app?.close());

  const chartsReady = async (p: Page = page) => {
    await p.locator('[data-testid="chart-trend"][data-status="ready"] canvas[data-testid="line-chart"]').waitFor();
    await p.locator('[data-testid="chart-by-year"][data-status="ready"] canvas[data-testid="bar-chart"]').waitFor();
  };

  it('shows the overview: figures, heatmap and both charts drawn from the Arrow twins', async () => {
    const arrows: { url: string; type: string | null }[] = [];
    page.on('response', (r) => {
      if (r.url().includes('.arrow')) arrows.push({ url: r.url(), type: r.headers()['content-type'] ?? null });
    });
    const res = await page.goto(base + '/');
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId('figure-matters').textContent()).resolves.toContain('6件');
    await expect(page.getByTestId('figure-sensitive').textContent()).resolves.toContain('6件中5件');
    await expect(page.getByTestId('figure-years').textContent()).resolves.toContain('令和元年度 (2019)');
    expect(await page.getByTestId('figure-sensitive').getAttribute('href')).toContain('sensitive=1');
    expect(await page.getByTestId('figure-gap').getAttribute('href')).toContain('gap=1');

    // The heatmap: an accessible table with a caption, row headers per department, one link per cell.
    const heatmap = page.getByTestId('heatmap');
    await expect(heatmap.locator('caption').count()).resolves.toBe(1);
    await expect(heatmap.locator('tbody th[scope="row"]').allTextContents()).resolves.toEqual([expect.stringContaining('健康部'), expect.stringContaining('福祉部')]);
    await expect(heatmap.locator('thead th[scope="col"]', { hasText: '暗号化・パスワード保護' }).count()).resolves.toBe(1);
    expect(await heatmap.locator('tbody td a').count()).toBeGreaterThan(40);

    await chartsReady();
    expect(arrows.map((a) => new URL(a.url).pathname).sort()).toEqual(['/api/coverage.arrow', '/api/matters-by-year.arrow']);
    expect(arrows.every((a) => a.type === 'application/vnd.apache.arrow.stream')).toBe(true);

    // The charts' table views carry the numbers: 6 matters over four fiscal years.
    await expect(page.getByTestId('by-year-total').textContent()).resolves.toBe('6');
    await expect(page.getByTestId('by-year-table').locator('tbody th').allTextContents()).resolves.toEqual([
      '令和元年度 (2019)',
      '令和2年度 (2020)',
      '令和3年度 (2021)',
      '令和4年度 (2022)'
    ]);
    // Trend table = the coverage twin for the default categories.
    const trend = (await (await fetch(`${base}/api/coverage.json?group=fiscal_year&categories=incident_response`)).json()) as { group: string; covered: number; matters: number }[];
    const firstColumn = await page.getByTestId('trend-table').locator('tbody tr td:nth-of-type(1)').allTextContents();
    expect(firstColumn).toEqual(trend.map((r) => expect.stringContaining(`（${r.covered}/${r.matters}件）`)));
    // Every chart has a visible title and a Japanese text alternative.
    for (const id of ['trend', 'by-year']) {
      const card = page.getByTestId(`chart-${id}`);
      await expect(card.locator('h2').textContent()).resolves.toMatch(/年度/);
      const canvas = card.locator('[role="img"]');
      expect(await canvas.getAttribute('aria-label')).toMatch(/年度/);
      const described = await canvas.getAttribute('aria-describedby');
      await expect(page.locator(`#${described}`).textContent()).resolves.toMatch(/令和/);
    }
    // chart.js draws on a canvas: the charts' table views carry the links to the matters behind each
    // point and bar segment, for the keyboard and screen readers.
    expect(await page.getByTestId('by-year-table').locator('a').first().getAttribute('href')).toMatch(/^\/matters\?fiscal_year=\d{4}&procedure=/);
    expect(await page.getByTestId('trend-table').locator('a').first().getAttribute('href')).toMatch(/fiscal_year=\d{4}.*category=incident_response.*has=1/);

    await page.screenshot({ path: path.join(SHOTS, 'overview-1280.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('applies a filter through the form: the caption, figures, heatmap and charts follow', async () => {
    await page.goto(base + '/');
    await chartsReady();
    await page.locator('select[name="municipality"]').selectOption('新宿区');
    await page.getByRole('button', { name: '絞り込む' }).click();
    await page.waitForURL((u) => u.searchParams.get('municipality') === '新宿区');
    await expect(page.getByTestId('caption').textContent()).resolves.toContain('新宿区の案件：4件');
    await expect(page.getByTestId('figure-matters').textContent()).resolves.toContain('4件');
    // The table view sits in a closed <details>: attached, not visible.
    await page.getByTestId('by-year-total').filter({ hasText: /^4$/ }).waitFor({ state: 'attached' });
    // The URL is the state: a reload shows the same view, and back returns to all matters.
    await page.reload();
    await expect(page.locator('select[name="municipality"]').inputValue()).resolves.toBe('新宿区');
    await page.goBack();
    // On popstate the URL changes before the data arrives: wait for the page to follow.
    await page.waitForURL((u) => !u.searchParams.has('municipality'));
    await page.getByTestId('figure-matters').filter({ hasText: '6件' }).waitFor();
    await expect(page.getByTestId('caption').textContent()).resolves.toContain('すべての案件');
    expect(problems).toEqual([]);
  });

  it('picks the trend categories, kept in the URL', async () => {
    await page.goto(base + '/');
    await chartsReady();
    await page.getByText(/表示する分類を選ぶ/).click();
    await page.getByRole('checkbox', { name: 'バックアップ' }).check();
    await page.waitForURL((u) => (u.searchParams.get('categories') ?? '').split(',').includes('backup'));
    await page.getByTestId('trend-table').locator('thead th', { hasText: 'バックアップ' }).waitFor({ state: 'attached' });
    expect(new URL(page.url()).searchParams.get('categories')).toBe('incident_response,audit,encryption,training,backup');
    await page.locator('canvas[data-testid="line-chart"][data-series="5"]').waitFor();
    // Without JavaScript the checkboxes arrive as repeated fields: the server folds them into one list.
    const res = await fetch(`${base}/?categories=audit&categories=backup`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/?categories=audit%2Cbackup');
    expect(problems).toEqual([]);
  });

  it('works without JavaScript: the GET form filters and the caption says so', async () => {
    const ctx = await browser!.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(base + '/matters');
    await p.locator('select[name="procedure"]').selectOption('external_link');
    await p.locator('select[name="sensitive"]').selectOption('1');
    await p.getByRole('button', { name: '絞り込む' }).click();
    await p.waitForURL(/procedure=external_link/);
    await expect(p.getByTestId('caption').textContent()).resolves.toContain('外部結合の案件（要配慮情報あり）');
    await expect(p.getByTestId('matters-table').locator('tbody tr').count()).resolves.toBe(1);
    await ctx.close();
  });

  it('a heatmap cell opens exactly the matters behind its number', async () => {
    await page.goto(base + '/');
    // The actor toggle is URL state too.
    await page.getByRole('radio', { name: '受託者' }).check();
    await page.waitForURL((u) => u.searchParams.get('actor') === 'contractor');
    await page.locator('[data-testid="heatmap"] caption', { hasText: '主体: 受託者' }).waitFor({ state: 'attached' });
    // A cell that some but not all of its department's matters cover.
    const row = page.locator('[data-testid="heatmap"] tbody tr[data-department="健康部"]');
    const cell = row.locator('td a').filter({ hasNotText: /^(0|100)%$/ }).first();
    const matters = Number(await row.getAttribute('data-matters'));
    // The cell says its counts in its title: the matters it links to are the covered ones.
    const [, of, coveredText] = /(\d+)件中(\d+)件に記載/.exec((await cell.getAttribute('title'))!)!;
    const covered = Number(coveredText);
    expect(Number(of)).toBe(matters);
    expect(covered).toBeGreaterThan(0);
    const href = new URL((await cell.getAttribute('href'))!, base);
    const category = href.searchParams.get('category')!;
    // The list's defaults (clauses off) are left out of the link; the chosen actor is kept.
    expect(Object.fromEntries(href.searchParams)).toEqual({ department: '健康部', category, actor: 'contractor', has: '1' });

    await cell.click();
    await page.waitForURL(/\/matters\?/);
    await expect(page.getByTestId('count').textContent()).resolves.toContain(`${covered}件の案件`);
    await expect(page.getByTestId('matters-table').locator('tbody tr').count()).resolves.toBe(covered);
    await expect(page.getByTestId('caption').textContent()).resolves.toMatch(/^健康部の案件（受託者の対策に「.+」の記載あり）/);

    // The other side of the number: the matters that lack it.
    await page.getByRole('link', { name: '記載なしの案件' }).click();
    await page.waitForURL((u) => u.searchParams.get('has') === '0');
    await expect(page.getByTestId('matters-table').locator('tbody tr').count()).resolves.toBe(matters - covered);
    expect(problems).toEqual([]);
  });

  it('lists matters in a sortable table', async () => {
    const res = await page.goto(base + '/matters');
    expect(res?.status()).toBe(200);
    const table = page.getByTestId('matters-table');
    await expect(table.locator('tbody tr').count()).resolves.toBe(6);
    await expect(page.getByTestId('count').textContent()).resolves.toContain('6件');
    await expect(table.locator('th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(table.getByRole('link', { name: '新宿区産後ケア事業に係る業務の委託について' }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'matters-1280.png'), fullPage: true });

    await table.locator('thead').getByRole('link', { name: /件名/ }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'title' && u.searchParams.get('dir') === 'asc');
    await expect(table.locator('th[aria-sort]').textContent()).resolves.toContain('件名');
    const asc = await table.locator('tbody td.title > a').allTextContents();
    expect(asc).toEqual([...asc].sort());
    await table.locator('thead').getByRole('link', { name: /件名/ }).click();
    await page.waitForURL((u) => u.searchParams.get('dir') === 'desc');
    await expect(table.locator('th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(table.locator('tbody td.title > a').allTextContents()).resolves.toEqual([...asc].reverse());

    await page.goto(base + '/matters?procedure=external_link');
    await expect(table.locator('tbody tr').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it('rejects an invalid parameter with a Japanese message', async () => {
    for (const url of ['/?fy_from=abc', '/matters?fy_from=abc']) {
      const res = await page.goto(base + url);
      expect(res?.status()).toBe(400);
      await expect(page.locator('main').textContent()).resolves.toContain('開始年度');
    }
  });

  it('shows one matter with its items, safeguards, gaps, peers and source', async () => {
    await page.goto(base + '/matters');
    await page.getByRole('link', { name: '新宿区産後ケア事業に係る業務の委託について' }).click();
    await page.waitForURL(`**/matters/${MATTER}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('新宿区産後ケア事業に係る業務の委託について');

    const items = page.locator('#items');
    await expect(items.locator('li').count()).resolves.toBe(31);
    // Sensitive per store.md: 妊娠週数, 単胎・多胎, 分娩歴, 妊娠中の状況, 妊娠中の心身の状況; not the
    // due date or the planned clinic (dates and places around care) nor unstated answers.
    await expect(items.locator('li.sensitive .flag').count()).resolves.toBe(5);
    await expect(items.locator('h3').first().textContent()).resolves.toBeTruthy();

    const safeguards = page.locator('#safeguards');
    await expect(safeguards.locator('h3').allTextContents()).resolves.toEqual([expect.stringContaining('区が行う対策'), expect.stringContaining('受託者に行わせる対策')]);
    await expect(safeguards.getByTestId('safeguard').count()).resolves.toBe(35);
    await expect(safeguards.getByText('根拠: 消去証明').count()).resolves.toBeGreaterThan(0);
    await expect(safeguards.locator('.chip', { hasText: '消去の証明・報告' }).count()).resolves.toBeGreaterThan(0);
    expect(await safeguards.locator('a.page').first().getAttribute('href')).toMatch(/^\/documents\/c0cd909e654b0d22#page=\d+$/);

    const gaps = page.locator('#gaps');
    await expect(gaps.getByTestId('gap').count()).resolves.toBe(4);
    await expect(gaps.getByTestId('gap').first().textContent()).resolves.toContain('求められますが');
    await expect(page.locator('#peers').getByTestId('peer-gap').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#peers a[href^="/matters/"]').count()).resolves.toBeGreaterThan(4);

    const source = page.locator('#source');
    expect(await source.getByRole('link', { name: '資料をダウンロード' }).getAttribute('href')).toBe('/documents/c0cd909e654b0d22');
    const twins = await source.locator('.twins a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(twins).toEqual([`/api/matters/${MATTER}.json`, `/api/matters/${MATTER}.csv`, `/api/matters/${MATTER}.arrow`]);
    const pdf = await fetch(base + '/documents/c0cd909e654b0d22');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    await page.screenshot({ path: path.join(SHOTS, 'matter-1280.png'), fullPage: true });
    expect(problems).toEqual([]);

    const missing = await page.goto(base + '/matters/no-such-matter');
    expect(missing?.status()).toBe(404);
    await expect(page.locator('main').textContent()).resolves.toContain('案件が見つかりません');
  });

  it('serves the data twins: CSV with BOM, Arrow with its content type', async () => {
    const csv = await fetch(`${base}/api/matters/${MATTER}.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // Bytes, not text(): the decoder would strip the BOM being checked.
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('part,seq,label,value,detail,page');
    expect(lines.some((l) => l.startsWith('gap,'))).toBe(true);

    const arrow = await fetch(`${base}/api/coverage.arrow?municipality=${encodeURIComponent('新宿区')}&actor=ward`);
    expect(arrow.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream');
    const table = tableFromIPC(new Uint8Array(await arrow.arrayBuffer()));
    const json = (await (await fetch(`${base}/api/coverage.json?municipality=${encodeURIComponent('新宿区')}&actor=ward`)).json()) as unknown[];
    expect(table.numRows).toBe(json.length);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['group', 'category', 'matters', 'covered', 'share', 'corrected']);

    const list = (await (await fetch(base + '/api/matters.json')).json()) as { total: number; rows: unknown[] };
    expect(list.total).toBe(6);
  });

  it('lets the keyboard reach the skip link, the filter form and the heatmap links', async () => {
    await page.goto(base + '/');
    const seen: string[] = [];
    let outline = '';
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return { kind: 'none', outline: '' };
        const kind = el.matches('a.skip') ? 'skip' : el.closest('[data-testid="filter-form"]') ? 'form' : el.closest('[data-testid="heatmap"]') ? 'heatmap' : 'other';
        return { kind, outline: getComputedStyle(el).outlineStyle };
      });
      if (seen.at(-1) !== where.kind) seen.push(where.kind);
      if (where.kind === 'heatmap') {
        outline = where.outline;
        break;
      }
    }
    expect(seen[0]).toBe('skip');
    expect(seen).toContain('form');
    expect(seen.indexOf('form')).toBeLessThan(seen.indexOf('heatmap'));
    // A visible focus indicator on the heatmap link.
    expect(outline).not.toBe('none');
  });

  it('fits a phone screen', async () => {
    const phone = await browser!.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(base + '/');
    await chartsReady(phone);
    // The page itself never scrolls sideways; only the heatmap's own region may.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: path.join(SHOTS, 'overview-390.png'), fullPage: true });
    await phone.goto(base + '/matters');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: path.join(SHOTS, 'matters-390.png'), fullPage: true });
    await phone.close();
  });

  it('sends a Content-Security-Policy header', async () => {
    const res = await fetch(base + '/');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  });
});
