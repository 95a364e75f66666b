// The report printed on A4 by headless Chromium: for the publishing pack and for the report page's
// PDF download. The page's charts are drawn in the browser, so a PDF needs one.

import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';

/** A4 at 96 CSS pixels per inch, less the print margins: the charts are redrawn at this width before printing. */
const PRINT_VIEWPORT = { width: 720, height: 1000 };
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];

/** Waits until every chart card on the page has drawn its chart. */
export async function chartsDrawn(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('section[data-status]:not([data-status="ready"])').length === 0, undefined, { timeout });
}

/** Prints an open report page to PDF bytes, its charts redrawn at the print width. */
export async function printPage(page: Page): Promise<Buffer> {
  const viewport = page.viewportSize();
  await page.setViewportSize(PRINT_VIEWPORT);
  await page.emulateMedia({ media: 'print' });
  // chart.js follows its container's size: give it a moment to redraw.
  await page.waitForTimeout(400);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  if (viewport) await page.setViewportSize(viewport);
  return pdf;
}

export function checkChromium(path: string): void {
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path} (install it, e.g. apt-get install -y chromium, or set CHROMIUM)`);
}

/** Opens `url` in a fresh headless Chromium, waits for its charts and prints it. */
/** `headers` go with every request the page makes (the server's own pass, report-pdf.ts). */
export async function printUrl(url: string, chromiumPath: string, headers: Record<string, string> = {}): Promise<Buffer> {
  checkChromium(chromiumPath);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, extraHTTPHeaders: headers });
    const res = await page.goto(url);
    if (!res?.ok()) throw new Error(`${url} answered ${res?.status()}`);
    await chartsDrawn(page);
    return await printPage(page);
  } finally {
    await browser.close();
  }
}
