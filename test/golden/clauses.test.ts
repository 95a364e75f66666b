// Annex clauses (特記事項) numbered and worded in other wards' ways map to the same categories.
// Input: test/golden/clauses/NAME.txt → expected: NAME.expected.json (`heading | categories` per clause).

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/lib/domain/analyze';
import { loadTokenizer } from '../../src/lib/tokenizer/tokenizer';

const DIR = path.join(import.meta.dirname, 'clauses');
const tokenizer = await loadTokenizer();

describe('annex clauses in other numberings and wordings', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.txt'))) {
    it(name, () => {
      const [m] = analyzeDocument([readFileSync(path.join(DIR, name), 'utf8')], tokenizer);
      const got = m.safeguards.filter((s) => s.scope === 'clause').map((s) => `${s.heading} | ${s.categories.map((c) => c.category).join(',')}`);
      const file = path.join(DIR, name.replace(/\.txt$/, '.expected.json'));
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, JSON.stringify(got, null, 1) + '\n');
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
