// Annex clauses (特記事項) numbered and worded in other wards' ways map to the same categories.
// Input: test/golden/clauses/NAME.txt → expected: NAME.expected.json (`heading | categories` per clause).
// A missing expected file fails; UPDATE_GOLDEN=1 writes it (test/helpers/golden.ts).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { analyzeDocument } from '../../src/lib/domain/analyze';
import { loadTokenizer } from '../../src/lib/tokenizer/tokenizer';
import { expectGolden, goldenJson } from '../helpers/golden';

const DIR = path.join(import.meta.dirname, 'clauses');
const tokenizer = await loadTokenizer();

describe('annex clauses in other numberings and wordings', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.txt'))) {
    it(name, () => {
      const [m] = analyzeDocument([readFileSync(path.join(DIR, name), 'utf8')], tokenizer);
      const got = m.safeguards.filter((s) => s.scope === 'clause').map((s) => `${s.heading} | ${s.categories.map((c) => c.category).join(',')}`);
      expectGolden(path.join(DIR, name.replace(/\.txt$/, '.expected.json')), goldenJson(got));
    });
  }
});
