// End to end, for policy staff: the gap list to a precedent, the rules, a department, a comparison
// from a filtered view, a lineage link to its diff (and removing a wrong one), the year's changes
// and a wording history. The store holds the sample texts and planted versions of one of them.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM, openBrowserApp, SHOTS, type BrowserApp } from '../helpers/browser';
import { CHANGED_TITLE, writePlantedFiles } from '../helpers/planted';

describe.skipIf(!existsSync(CHROMIUM))('gaps, compare and lineage (e2e)', () => {
  let app: BrowserApp | undefined;
  let page: Page;
  let base: string;
  let planted: string;
  const problems: string[] = [];

  beforeAll(async () => {
    planted = mkdtempSync(path.join(tmpdir(), 'atlas-planted-e2e-'));
    writePlantedFiles(planted);
    app = await openBrowserApp('atlas-e2e-gaps-', ['test/fixtures/samples-text', planted], problems);
    ({ page, base } = app);
  });
  beforeEach(() => {
    problems.length = 0;
  });
  afterAll(async () => {
    await app?.close();
    if (planted) rmSync(planted, { recursive: true, force: true });
  });

  it('ranks matters with gaps, draws the rate chart, and follows a peer gap to its precedent', async () => {
    expect((await page.goto(base + '/gaps'))?.status()).toBe(200);
    await page.locator('[data-testid="chart-gap-rates"][data-status="ready"] canvas').waitFor();
    const risks = (await page.getByTestId('risk').allTextContents()).map((t) => Number(t.replace(/[^\d.]/g, '')));
    expect(risks.length).toBeGreaterThan(3);
    expect([...risks].sort((a, b) => b - a)).toEqual(risks);
    await expect(page.getByTestId('gap-rates-department').locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    const precedent = page.getByTestId('precedent').first();
    const href = await precedent.getAttribute('href');
    expect(href).toMatch(/^\/matters\/.+#safeguards$/);
    await precedent.click();
    await page.waitForURL((u) => u.pathname.startsWith('/matters/'));
    await page.locator('#safeguards').waitFor();
    // The twin gives the same gaps as rows.
    const bytes = new Uint8Array(await (await fetch(`${base}/api/gaps.csv`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.split('\r\n')[0]).toBe('matter_id,category,kind,rule_id,reason,risk');
    expect(csv).toContain(',peer,');
    await page.goto(base + '/gaps');
    await page.screenshot({ path: path.join(SHOTS, 'gaps.png'), fullPage: false });
    expect(problems).toEqual([]);
  });

  it('shows the rules with the matters each fires on, and a department page', async () => {
    await page.goto(base + '/rules');
    await expect(page.getByTestId('rule').count()).resolves.toBe(7);
    const paper = page.locator('#rule-paper');
    await expect(paper.getByTestId('rule-matters').textContent()).resolves.toMatch(/\d+件/);
    await paper.getByTestId('rule-matters').click();
    await page.waitForURL((u) => u.pathname === '/matters' && u.searchParams.get('rule') === 'paper');
    await page.goto(base + '/departments/' + encodeURIComponent('健康部'));
    await expect(page.getByTestId('department-name').textContent()).resolves.toBe('健康部');
    await page.locator('[data-testid="chart-gap-rates"][data-status="ready"] canvas').waitFor();
    expect(problems).toEqual([]);
  });

  it('compares the filtered view with another set', async () => {
    await page.goto(base + '/matters?municipality=' + encodeURIComponent('新宿区'));
    await page.getByTestId('compare-link').click();
    await page.waitForURL((u) => u.pathname === '/compare');
    const form = page.getByTestId('compare-form');
    await form.locator('select[name="b_municipality"]').selectOption('中野区');
    await form.locator('button[type="submit"]').click();
    // Each side is a filter query string of its own.
    const side = (u: URL, k: string) => new URLSearchParams(u.searchParams.get(k) ?? '').get('municipality');
    await page.waitForURL((u) => side(u, 'b') === '中野区');
    expect(side(new URL(page.url()), 'a')).toBe('新宿区');
    await expect(page.getByTestId('b-matters').textContent()).resolves.toBe('2');
    await page.locator('[data-testid="chart-compare"][data-status="ready"] canvas').waitFor();
    await expect(page.getByTestId('compare-table').locator('tbody tr').count()).resolves.toBeGreaterThan(20);
    await page.screenshot({ path: path.join(SHOTS, 'compare.png'), fullPage: false });
    expect(problems).toEqual([]);
  });

  it('follows a lineage link to its diff, removes a wrong link and restores it', async () => {
    await page.goto(base + '/changes?fy=2023');
    const change = page.getByTestId('change').filter({ hasText: CHANGED_TITLE });
    await expect(change.count()).resolves.toBe(1);
    await change.locator('a').first().click();
    await page.waitForURL((u) => u.pathname.startsWith('/matters/'));
    const lineage = page.locator('#lineage');
    await expect(lineage.getByTestId('lineage-earlier').locator('li').count()).resolves.toBe(2);
    await expect(lineage.getByTestId('lineage-diff').textContent()).resolves.toContain('＋申請理由');
    await lineage.getByTestId('unlink').first().click();
    await lineage.getByTestId('lineage-removed').waitFor();
    // The next candidate, the 2021 matter, takes the removed link's place.
    await expect(lineage.getByTestId('lineage-earlier').locator('li').count()).resolves.toBe(1);
    await lineage.getByTestId('relink').click();
    await expect(lineage.getByTestId('lineage-removed').count()).resolves.toBe(0);
    await expect(lineage.getByTestId('lineage-earlier').locator('li').count()).resolves.toBe(2);
    expect(problems).toEqual([]);
  });

  it('shows how the wording of a category was used', async () => {
    await page.goto(base + '/wording');
    await page.getByTestId('wording-categories').getByRole('link', { name: 'ログの記録・監視' }).click();
    await page.waitForURL((u) => u.pathname === '/wording/logging');
    await expect(page.getByTestId('wording-group').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('wording-group').first().textContent()).resolves.toContain('ログ管理を徹底させる');
    expect(problems).toEqual([]);
  });
});
