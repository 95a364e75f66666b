// The draft check's worker thread gives exactly the analysis this thread gives, and a script waiting
// for it is not ended early.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { getTokenizer } from '../../../src/lib/server/analyzer';
import { slicedAnalyzer } from '../../../src/lib/server/draft-analysis';
import { getDraftAnalyzer } from '../../../src/lib/server/draft-analyzer';

const SAMPLES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'samples-text');
const ROOT = path.join(import.meta.dirname, '..', '..', '..');

describe('draft analyzer', () => {
  it('analyses drafts in a worker thread, as this thread would', async () => {
    const analyzer = await getDraftAnalyzer();
    expect(analyzer.where).toBe('worker');
    const here = slicedAnalyzer(await getTokenizer());
    for (const f of ['000_89a62690775440f9.txt', '004_9d5b84f7b5669ee4.txt']) {
      const pages = readFileSync(path.join(SAMPLES, f), 'utf8').split('\f');
      const [a, b] = await Promise.all([analyzer.analyse(pages), here.analyse(pages)]);
      expect(a.length).toBeGreaterThan(0);
      expect(a).toEqual(b);
      expect(a[0].postings.length).toBeGreaterThan(10);
    }
    // Several at once come back to their own requests.
    const texts = ['本日は晴天なり。', readFileSync(path.join(SAMPLES, '002_66e96f0d6d40dccb.txt'), 'utf8')];
    const [none, some] = await Promise.all(texts.map((t) => analyzer.analyse([t])));
    expect(none).toEqual([]);
    expect(some.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('draft analyzer in a script', () => {
  it('keeps the process alive while a draft is analysed, and lets it end once idle', () => {
    // The idle worker is unref'd; waiting on it alone, a script's event loop would empty and Node
    // would end it with code 13 before the answer.
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-draft-script-'));
    try {
      const script = path.join(dir, 'check.mts');
      writeFileSync(
        script,
        `const { getDraftAnalyzer } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src', 'lib', 'server', 'draft-analyzer.ts')).href)});
         const analyzer = await getDraftAnalyzer();
         const found = await analyzer.analyse(['区が行う対策：個人情報を記録した媒体は施錠できる場所に保管する。']);
         console.log(analyzer.where, Array.isArray(found));`
      );
      const out = execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
      expect(out.trim()).toBe('worker true');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

describe('draft analyzer without the worker', () => {
  it('analyses in this thread when ATLAS_CHECK_WORKER=0', async () => {
    vi.resetModules();
    vi.stubEnv('ATLAS_CHECK_WORKER', '0');
    try {
      const fresh = await import('../../../src/lib/server/draft-analyzer');
      const analyzer = await fresh.getDraftAnalyzer();
      expect(analyzer.where).toBe('thread');
      const pages = [readFileSync(path.join(SAMPLES, '004_9d5b84f7b5669ee4.txt'), 'utf8')];
      expect((await analyzer.analyse(pages)).length).toBeGreaterThan(0);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
