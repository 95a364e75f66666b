// The report PDF's guard rails: no Chromium is a Japanese 503, and prints beyond the queue's bound
// are refused at once instead of waiting without end.

import { describe, expect, it } from 'vitest';
import { MAX_PDF_WAITING, printReport, selfOrigin } from '../../../src/lib/server/report-pdf';

const statusOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return { status: (e as { status: number }).status, message: (e as { body: { message: string } }).body.message };
  }
  return null;
};

describe('printReport', () => {
  it('answers 503 in Japanese when the server has no Chromium', () => {
    expect(statusOf(() => printReport('http://127.0.0.1:1/report/2021', '/nonexistent/chromium'))).toMatchObject({ status: 503, message: expect.stringContaining('Chromium') });
  });

  it('refuses a print beyond the waiting bound, and fails the others with a 502', async () => {
    // An executable that is not Chromium: each print fails once it runs, after the queue filled.
    const runs = Array.from({ length: MAX_PDF_WAITING }, () => printReport('http://127.0.0.1:1/report/2021', '/bin/true'));
    expect(statusOf(() => printReport('http://127.0.0.1:1/report/2021', '/bin/true'))).toMatchObject({ status: 503, message: expect.stringContaining('混み合って') });
    for (const r of runs) await expect(r).rejects.toMatchObject({ status: 502 });
    // Once they are done, printing is accepted again (and fails the same way here).
    await expect(printReport('http://127.0.0.1:1/report/2021', '/bin/true')).rejects.toMatchObject({ status: 502 });
  }, 60_000);
});

describe('selfOrigin', () => {
  it('is the request origin under vite dev, else the listening address', () => {
    expect(selfOrigin('https://atlas.example.jp', true)).toBe('https://atlas.example.jp');
    expect(selfOrigin('https://atlas.example.jp', false)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
