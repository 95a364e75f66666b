// The report page's PDF, printed by headless Chromium on the server: one at a time (each print
// starts a browser), with a Japanese 503 when the server has no Chromium.

import { error } from '@sveltejs/kit';
import { existsSync } from 'node:fs';
import { printUrl } from '../publish/print';
import { internalHeaders } from './auth/internal';
import { setting } from './env';

/**
 * Where Chromium on this machine reaches this server: its own listening address, not the address
 * people open (behind a proxy, or with an https ORIGIN, that may not be reachable from here).
 * Under vite dev the request's origin is the dev server.
 */
export function selfOrigin(requestOrigin: string, dev: boolean): string {
  if (dev) return requestOrigin;
  const host = setting('host');
  const local = host === '' || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${local.includes(':') ? `[${local}]` : local}:${setting('port')}`;
}

let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;
/** Prints waiting at once; more are refused rather than queued without end (each takes seconds). */
export const MAX_PDF_WAITING = 4;

export function printReport(url: string, chromium: string): Promise<Buffer> {
  if (!existsSync(chromium)) error(503, `PDFの作成にはサーバーにChromiumが必要です（${chromium} がありません。環境変数 CHROMIUM で指定できます）。印刷はブラウザーの印刷機能からもできます。`);
  if (waiting >= MAX_PDF_WAITING) error(503, 'PDFの作成が混み合っています。しばらくしてからもう一度お試しください。');
  waiting++;
  const run = queue.then(() => printUrl(url, chromium, internalHeaders())).finally(() => waiting--);
  queue = run.catch(() => undefined);
  return run.catch((e: unknown) => {
    console.error(`report PDF ${url}: ${e instanceof Error ? e.message : String(e)}`);
    error(502, 'PDFを作成できませんでした。しばらくしてからもう一度お試しください。');
  });
}
