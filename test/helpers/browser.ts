// The browser tests' shared setup: a store ingested from the given inputs, the built server over it,
// and Chromium with a page that records script errors and CSP violations.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { run } from '../../src/lib/ingest/cli';
import { setting } from '../../src/lib/server/env';
import { startServer, type RunningServer } from './server';

export const CHROMIUM = setting('chromium');
export const SHOTS = path.resolve('test-results/screenshots');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface BrowserApp {
  dir: string;
  server: RunningServer;
  browser: Browser;
  page: Page;
  base: string;
  close(): Promise<void>;
}

/** `problems` receives every page error and console error; tests clear it and expect it empty. */
export async function openBrowserApp(prefix: string, inputs: string[], problems: string[]): Promise<BrowserApp> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const db = path.join(dir, 'council.duckdb');
  const errs: string[] = [];
  const code = await run(['--db', db, '--quiet', ...inputs], { out: () => undefined, err: (l) => errs.push(l), tty: false });
  if (code !== 0) throw new Error(`ingest exited with ${code}: ${errs.join('\n')}`);
  mkdirSync(SHOTS, { recursive: true });
  // test/global-setup.ts has built the app.
  const server = await startServer(db);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  return {
    dir,
    server,
    browser,
    page,
    base: server.url,
    async close() {
      await browser.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
