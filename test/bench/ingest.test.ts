// The ingestion benchmark's choice of runs: the real-shaped folders, and a configuration's median run.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { medianRun, realShapedDirs, type IngestRun } from '../../bench/ingest';

const run = (seconds: number, peak_rss_mb = 500): IngestRun => ({
  name: 'one thread',
  workers: 0,
  cache: true,
  docs: 10,
  failed: 0,
  seconds,
  docs_per_s: 10 / seconds,
  mb_per_s: 1 / seconds,
  peak_rss_mb
});

describe('real-shaped documents', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-real-shaped-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('are the samples and every evaluation set, in the sets’ numeric order, and nothing else', () => {
    for (const d of ['wild', 'wild-10', 'wild-2', 'wild-36', 'classifier', 'search']) mkdirSync(path.join(root, 'eval', d, 'raw'), { recursive: true });
    expect(realShapedDirs(root).map((d) => path.relative(root, d))).toEqual(['data/samples', 'eval/wild/raw', 'eval/wild-2/raw', 'eval/wild-10/raw', 'eval/wild-36/raw']);
  });
});

describe('a configuration run several times', () => {
  it('is reported by its median run, with the fastest and slowest times and the highest peak memory', () => {
    const m = medianRun([run(12, 600), run(9.5, 700), run(30, 650)]);
    expect(m.seconds).toBe(12);
    expect(m.docs_per_s).toBeCloseTo(10 / 12);
    expect([m.rounds, m.min_seconds, m.max_seconds, m.peak_rss_mb]).toEqual([3, 9.5, 30, 700]);
  });

  it('takes the lower middle of an even count, and refuses none', () => {
    expect(medianRun([run(4), run(2), run(3), run(1)]).seconds).toBe(2);
    expect(() => medianRun([])).toThrow(/no runs/);
  });
});
