// End to end: precedent search in the built app over a store of the sample texts and the search
// fixtures, driven by Debian's Chromium through playwright-core (as dashboard.e2e.test.ts).
// Screenshots go to test-results/screenshots/.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { DomUtils, parseDocument } from 'htmlparser2';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM, openBrowserApp, SHOTS, type BrowserApp } from '../helpers/browser';


describe.skipIf(!existsSync(CHROMIUM))('search (e2e)', () => {
  let browser: Browser | undefined;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  let app: BrowserApp | undefined;

  beforeAll(async () => {
    app = await openBrowserApp('atlas-search-e2e-', ['test/fixtures/samples-text', 'eval/search/docs'], problems);
    ({ browser, page, base } = app);
  });

  beforeEach(() => {
    problems.length = 0;
  });

  afterAll(() => app?.close());

  const count = async (p: Page = page) => Number((await p.getByTestId('caption').textContent())?.match(/：(\d+)件/)?.[1]);

  it('searches from the header, and a result opens its matter page', async () => {
    await page.goto(base + '/matters');
    await page.getByTestId('header-search').getByRole('searchbox').fill('溶解処理');
    await page.getByTestId('header-search').getByRole('button', { name: '検索' }).click();
    await page.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('q') === '溶解処理');
    await expect(page.getByTestId('caption').textContent()).resolves.toBe('「溶解処理」を含む案件：1件');
    const hit = page.getByTestId('hit').first();
    await expect(hit.locator('h2 mark').textContent()).resolves.toBe('溶解処理');
    await expect(hit.locator('.meta').textContent()).resolves.toContain('総務部');
    await expect(hit.getByTestId('snippet').locator('mark').count()).resolves.toBeGreaterThan(0);
    // The header box gives way to the page's own.
    await expect(page.getByTestId('header-search').count()).resolves.toBe(0);
    await expect(page.locator('nav a[aria-current="page"]').textContent()).resolves.toBe('検索');

    const link = hit.locator('h2 a');
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/matters\/[0-9a-f]{16}-1$/);
    await link.click();
    await page.waitForURL((u) => u.pathname === href);
    await expect(page.locator('h1').textContent()).resolves.toBe('機密文書の溶解処理業務の委託について');
    expect(problems).toEqual([]);
  });

  it('narrows the results with a facet, kept in the URL, and widens them again', async () => {
    await page.goto(base + '/search?q=' + encodeURIComponent('委託'));
    const all = await count();
    const facet = page.locator('[data-testid="facets"] a[data-facet="department"][data-value="区民生活部"]');
    const n = Number(await facet.locator('.n').textContent());
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(all);
    await facet.click();
    await page.waitForURL((u) => u.searchParams.get('department') === '区民生活部' && u.searchParams.get('q') === '委託');
    await expect(page.getByTestId('caption').textContent()).resolves.toBe(`「委託」を含む、区民生活部の案件：${n}件`);
    const metas = await page.getByTestId('hit').locator('.meta').allTextContents();
    expect(metas).toHaveLength(n);
    expect(metas.every((m) => m.includes('区民生活部'))).toBe(true);
    await expect(page.locator('[data-testid="facets"] a[data-facet="department"][aria-current="true"]').getAttribute('data-value')).resolves.toBe('区民生活部');
    // A second facet narrows further; the chip removes one condition.
    await page.locator('[data-testid="facets"] a[data-facet="sensitive"]').first().click();
    await page.waitForURL((u) => u.searchParams.has('sensitive'));
    expect(await count()).toBeLessThanOrEqual(n);
    await page.getByRole('link', { name: /担当部: 区民生活部 を外す/ }).click();
    await page.waitForURL((u) => !u.searchParams.has('department') && u.searchParams.has('sensitive'));
    await page.getByRole('link', { name: '条件をクリア' }).click();
    await page.waitForURL((u) => !u.searchParams.has('sensitive') && u.searchParams.get('q') === '委託');
    expect(await count()).toBe(all);
    await page.screenshot({ path: path.join(SHOTS, 'search-1280.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('matches a quoted phrase only where its words are adjacent', async () => {
    await page.goto(base + '/search?q=' + encodeURIComponent('個人情報 漏洩'));
    const words = await count();
    await page.getByRole('searchbox', { name: '検索語' }).fill('"個人情報の漏洩"');
    await page.getByTestId('search-form').getByRole('button', { name: '検索' }).click();
    await page.waitForURL((u) => u.searchParams.get('q') === '"個人情報の漏洩"');
    const phrase = await count();
    expect(phrase).toBeGreaterThan(0);
    expect(phrase).toBeLessThan(words);
    await expect(page.getByTestId('caption').textContent()).resolves.toMatch(/^「個人情報の漏洩」を含む案件/);
    // Each hit shows the phrase, in whichever spelling the document used.
    const marks = await page.getByTestId('hits').locator('[data-testid="hit"]').evaluateAll((hits) => hits.map((h) => Array.from(h.querySelectorAll('.snippet mark'), (m) => m.textContent)));
    for (const m of marks) expect(m).toContainEqual(expect.stringMatching(/^個人情報の漏(洩|えい)$/));
    expect(problems).toEqual([]);
  });

  it('explains a query it cannot run, and shows the syntax when there is none', async () => {
    await page.goto(base + '/search?q=' + encodeURIComponent('-委託'));
    await expect(page.getByTestId('query-error').textContent()).resolves.toContain('除外する語（-委託）だけでは検索できません');
    await page.goto(base + '/search');
    await expect(page.getByTestId('search-help').locator('dt').count()).resolves.toBeGreaterThanOrEqual(5);
    await page.getByTestId('search-help').getByRole('link', { name: 'USBメモリ OR 光ディスク' }).click();
    await page.waitForURL((u) => u.searchParams.get('q') === 'USBメモリ OR 光ディスク');
    await expect(page.getByTestId('caption').textContent()).resolves.toMatch(/^「USBメモリ」または「光ディスク」を含む案件：\d+件/);
    expect(problems).toEqual([]);
    // A bad filter value is an error page, as on the other views.
    const bad = await fetch(base + '/search?q=x&procedure=nope');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('手続（procedure）の値が不正です');
  });

  it('serves the results as JSON, CSV and Arrow, and as an Atom feed linked from the page', async () => {
    const q = encodeURIComponent('暗号化');
    const json = (await (await fetch(`${base}/api/search.json?q=${q}`)).json()) as {
      total: number;
      results: { matter_id: string; title: string; score: number; snippets: { text: string; hit: boolean }[][] }[];
      facets: Record<string, { value: string; count: number }[]>;
    };
    expect(json.total).toBeGreaterThan(3);
    expect(json.results[0]).toMatchObject({ matter_id: expect.any(String), title: expect.any(String), score: expect.any(Number) });
    expect(json.results[0].snippets[0].some((s) => s.hit && s.text === '暗号化')).toBe(true);
    expect(json.results.map((r) => r.score)).toEqual([...json.results.map((r) => r.score)].sort((a, b) => b - a));
    expect(Object.keys(json.facets).sort()).toEqual(['category', 'department', 'fiscal_year', 'municipality', 'procedure', 'sensitive']);
    // The page shows the same matters in the same order.
    await page.goto(`${base}/search?q=${q}`);
    const shown = await page.getByTestId('hit').evaluateAll((hs) => hs.map((h) => h.getAttribute('data-matter')));
    expect(shown).toEqual(json.results.map((r) => r.matter_id));

    const csv = await fetch(`${base}/api/search.csv?q=${q}`);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3)).split('\r\n')[0]).toBe('rank,matter_id,title,score,municipality,department,fiscal_year,procedure,snippets');
    const arrow = await fetch(`${base}/api/search.arrow?q=${q}`);
    expect(arrow.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream');
    expect(tableFromIPC(new Uint8Array(await arrow.arrayBuffer())).numRows).toBe(json.results.length);
    const refused = await fetch(`${base}/api/search.json?q=${encodeURIComponent('-暗号化')}`);
    expect(refused.status).toBe(400);

    const feedHref = (await page.getByTestId('feed-link').getAttribute('href'))!;
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(feedHref);
    const feed = await fetch(base + feedHref);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const doc = parseDocument(await feed.text(), { xmlMode: true });
    const entries = DomUtils.getElementsByTagName('entry', doc);
    expect(entries).toHaveLength(json.total);
    const links = entries.map((e) => DomUtils.getElementsByTagName('link', e)[0].attribs.href);
    expect(links.every((l) => /\/matters\/[0-9a-f]{16}-\d+$/.test(l))).toBe(true);
    expect(links.map((l) => l.replace(/^.*\/matters\//, '')).sort()).toEqual(json.results.map((r) => r.matter_id).sort());
    expect(problems).toEqual([]);
  });

  it('fits a phone screen', async () => {
    const phone = await browser!.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(base + '/search?q=' + encodeURIComponent('暗号化 パスワード'));
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: path.join(SHOTS, 'search-390.png'), fullPage: true });
    await phone.goto(base + '/');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
  });
});
