// End to end, for an editor: the review page's counts and list, then a matter's department
// corrected from its page, seen marked on the page, the list and the review page, and undone.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM, openBrowserApp, SHOTS, type BrowserApp } from '../helpers/browser';

describe.skipIf(!existsSync(CHROMIUM))('review and corrections (e2e)', () => {
  let app: BrowserApp | undefined;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    app = await openBrowserApp('atlas-e2e-review-', ['test/fixtures/samples-text'], problems);
    ({ page, base } = app);
  });
  beforeEach(() => {
    problems.length = 0;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists what needs a look, with counts that lead to the matters', async () => {
    expect((await page.goto(base + '/review'))?.status()).toBe(200);
    const total = Number((await page.getByTestId('review-total').textContent())!.replace(/\D/g, ''));
    const media = page.getByTestId('review-counts').locator('[data-problem="media"] a');
    const mediaCount = Number((await media.locator('strong').textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThanOrEqual(mediaCount);
    await media.click();
    await page.waitForURL((u) => u.searchParams.get('problem') === 'media');
    if (mediaCount > 0) await expect(page.getByTestId('review-list').locator('tbody tr').count()).resolves.toBe(Math.min(mediaCount, 50));
    await page.goto(base + '/review');
    await page.screenshot({ path: path.join(SHOTS, 'review.png'), fullPage: false });
    expect(problems).toEqual([]);
  });

  it('corrects a department from the matter page, marks it everywhere, and undoes it', async () => {
    await page.goto(base + '/matters');
    const first = page.getByTestId('matters-table').locator('tbody tr a').first();
    await first.click();
    await page.waitForURL((u) => u.pathname.startsWith('/matters/'));
    const url = page.url();
    const forms = page.getByTestId('correction-forms');
    await forms.locator('summary', { hasText: '基本情報を修正' }).click();
    const form = page.getByTestId('correct-field');
    await form.locator('select[name="field"]').selectOption('department');
    await form.locator('input[name="value"]').fill('審査用の部');
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('correction-done').waitFor();
    await page.goto(url);
    await expect(page.locator('h1 + .lede').textContent()).resolves.toContain('審査用の部');
    await page.getByTestId('corrected-mark').waitFor();
    const row = page.getByTestId('corrections').locator('tbody tr').first();
    await expect(row.textContent()).resolves.toMatch(/担当部局.*審査用の部.*反映済み/);
    await page.locator('#corrections').screenshot({ path: path.join(SHOTS, 'matter-corrections.png') });

    await page.goto(base + '/matters?department=' + encodeURIComponent('審査用の部'));
    await page.getByTestId('row-corrected').first().waitFor();
    await page.goto(base + '/review');
    await expect(page.getByTestId('review-corrections').textContent()).resolves.toContain('審査用の部');

    await page.goto(url);
    await page.getByTestId('undo').first().click();
    await page.getByTestId('correction-done').waitFor();
    await page.goto(url);
    await expect(page.locator('h1 + .lede').textContent()).resolves.not.toContain('審査用の部');
    await expect(page.getByTestId('corrections').locator('tbody tr').first().textContent()).resolves.toContain('取り消し');
    expect(problems).toEqual([]);
  });
});
