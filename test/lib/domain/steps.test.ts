// The analysis in steps: run to the end it equals the one-piece analysis, and it pauses between
// matters and between sentences (what lets the server answer others during a large draft check).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeSteps } from '../../../src/lib/domain/analyze';
import { buildPostings, postingSections, postingSteps } from '../../../src/lib/domain/search/postings';
import { drain, type Steps } from '../../../src/lib/domain/steps';
import type { Tokenizer } from '../../../src/lib/domain/tokens';
import { cleanText, splitPages } from '../../../src/lib/readers/text-reader';
import { loadTokenizer } from '../../../src/lib/tokenizer/tokenizer';

const SAMPLES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'samples-text');
let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
});

/** The number of pauses before the steps end, and their value. */
function count<T>(steps: Steps<T>): { pauses: number; value: T } {
  let pauses = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { pauses, value: r.value };
    pauses++;
  }
}

describe('analysis in steps', () => {
  it('equals the one-piece analysis on every sample, pausing at least once per matter and per sentence', () => {
    for (const f of readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) {
      const pages = splitPages(cleanText(readFileSync(path.join(SAMPLES, f), 'utf8')));
      const whole = analyzeDocument(pages, tokenizer);
      const { pauses, value } = count(analyzeSteps(pages, tokenizer));
      expect(value, f).toEqual(whole);
      const sentences = whole.reduce((n, m) => n + m.safeguards.length, 0);
      expect(pauses, f).toBeGreaterThanOrEqual(whole.length + sentences);
      for (const m of whole) {
        const postings = count(postingSteps(tokenizer, postingSections(m)));
        expect(postings.value).toEqual(buildPostings(tokenizer, postingSections(m)));
        expect(postings.pauses).toBe(Object.keys(postingSections(m)).length);
      }
    }
  });

  it('drain runs steps to their value', () => {
    function* three(): Steps<number> {
      yield;
      yield;
      return 3;
    }
    expect(drain(three())).toBe(3);
  });
});
