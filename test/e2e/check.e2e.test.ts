// End to end: similar matters on the matter page and the draft check, in Chromium against the built
// app over a store ingested from data/samples (PDFs), as in dashboard.e2e.test.ts.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM, openBrowserApp, SHOTS, type BrowserApp } from '../helpers/browser';

/** The sample matter of the dashboard tests: 新宿区産後ケア事業. */
const MATTER = 'c0cd909e654b0d22-1';
/** A draft: the text of another sample, pasted. */
const DRAFT = readFileSync('test/fixtures/samples-text/000_89a62690775440f9.txt', 'utf8');

describe.skipIf(!existsSync(CHROMIUM))('similar matters and draft check (e2e)', () => {
  let page: Page;
  let base: string;
  const problems: string[] = [];

  let app: BrowserApp | undefined;

  beforeAll(async () => {
    app = await openBrowserApp('atlas-e2e-check-', ['data/samples'], problems);
    ({ page, base } = app);
  });

  beforeEach(() => {
    problems.length = 0;
  });

  afterAll(() => app?.close());

  it('lists similar matters with reasons; a link leads to the other matter and to its sentence', async () => {
    await page.goto(`${base}/matters/${MATTER}`);
    const similar = page.locator('#peers').getByTestId('similar-matter');
    await expect(similar.count()).resolves.toBeGreaterThan(0);
    await expect(similar.count()).resolves.toBeLessThanOrEqual(5);
    await expect(similar.first().locator('.score').textContent()).resolves.toMatch(/^類似度 \d+%（本文 \d+%・特徴 \d+%）$/);
    await expect(similar.first().locator('.common').textContent()).resolves.toMatch(/。$/);

    // A safeguard the similar matter has and this one lacks: the link opens its sentence.
    const missing = page.locator('#peers [data-testid="similar-matter"] .missing a').first();
    const href = (await missing.getAttribute('href'))!;
    expect(href).toMatch(/^\/matters\/[^#]+#safeguard-\d+$/);
    const label = (await missing.textContent())!;
    await missing.click();
    await page.waitForURL((u) => u.pathname === href.split('#')[0] && u.hash === `#${href.split('#')[1]}`);
    const target = page.locator(`#${href.split('#')[1]}`);
    await expect(target.isVisible()).resolves.toBe(true);
    await expect(target.locator('.chip', { hasText: label }).count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(href.split('#')[1]);

    // And back on the first matter, the title link of a similar matter opens its page.
    await page.goto(`${base}/matters/${MATTER}`);
    const first = page.locator('#peers [data-testid="similar-matter"] a.title').first();
    const title = (await first.textContent())!;
    await first.click();
    await page.waitForURL((u) => u.pathname.startsWith('/matters/') && !u.pathname.endsWith(MATTER));
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    expect(problems).toEqual([]);
  });

  it('checks a pasted draft: missing safeguards, precedents linked to their sentences, the text kept', async () => {
    await page.goto(base + '/');
    await page.getByRole('link', { name: '草案チェック' }).click();
    await page.waitForURL('**/check');
    await expect(page.locator('h1').textContent()).resolves.toBe('草案チェック');

    await page.locator('#draft-text').fill(DRAFT);
    await page.getByRole('button', { name: 'チェックする' }).click();
    const matter = page.getByTestId('draft-matter');
    await matter.first().waitFor();
    await expect(matter.locator('h2').textContent()).resolves.toContain('新型コロナウイルス感染症ワクチン訪問接種に係る業務の委託について');
    await expect(page.getByTestId('check-summary').textContent()).resolves.toContain('1件の案件を読み取りました');

    const gaps = matter.getByTestId('draft-gap');
    await expect(gaps.count()).resolves.toBeGreaterThan(0);
    await expect(gaps.first().locator('.reason').textContent()).resolves.toMatch(/求められますが/);
    // The pasted text stays in the box.
    await expect(page.locator('#draft-text').inputValue()).resolves.toBe(DRAFT.replace(/\r\n?/g, '\n'));
    await page.screenshot({ path: path.join(SHOTS, 'check-1280.png'), fullPage: true });

    // A precedent: a similar stored matter's sentence for a missing category.
    const precedent = matter.locator('.precedents a').first();
    const href = (await precedent.getAttribute('href'))!;
    expect(href).toMatch(/^\/matters\/[^#]+#safeguard-\d+$/);
    await precedent.click();
    await page.waitForURL((u) => u.pathname === href.split('#')[0]);
    await expect(page.locator(`#${href.split('#')[1]}`).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('checks an uploaded PDF and names a file it cannot take', async () => {
    await page.goto(base + '/check');
    await page.locator('#draft-file').setInputFiles('data/samples/003_226f9b6f33957b40.pdf');
    await page.getByRole('button', { name: 'チェックする' }).click();
    await page.getByTestId('check-summary').waitFor();
    await expect(page.getByTestId('check-summary').textContent()).resolves.toContain('003_226f9b6f33957b40.pdf');

    await page.locator('#draft-file').setInputFiles({ name: 'draft.docx', mimeType: 'application/octet-stream', buffer: Buffer.from([1, 2, 3]) });
    await page.getByRole('button', { name: 'チェックする' }).click();
    await expect(page.getByTestId('check-error').textContent()).resolves.toMatch(/^draft\.docx: 対応していない形式です/);
    // A failed action answers 415: the browser reports the status, nothing else goes wrong.
    expect(problems.filter((p) => !/status of 415/.test(p))).toEqual([]);
  });
});
