// Golden files per pipeline stage: input → expected output (see test/helpers/golden.ts: a missing
// expected file fails; `UPDATE_GOLDEN=1 npx vitest run test/golden` rewrites them after a deliberate
// change; review the diff).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/lib/domain/analyze';
import { loadTokenizer } from '../../src/lib/tokenizer/tokenizer';
import { layout, type Row } from '../../src/lib/domain/extract/layout';
import { arabicLegalNumbers, clean, dropDefinitions } from '../../src/lib/domain/text';
import { readDocument } from '../../src/lib/readers';
import { expectGolden, goldenJson } from '../helpers/golden';

// The real dictionary: classification works on kuromoji lemmas.
const tokenizer = await loadTokenizer();

const HERE = import.meta.dirname;
const FIXTURES = path.join(HERE, '..', 'fixtures', 'layouts');

const showRow = (r: Row) => `${r.kind}|${r.kind === 'row' ? r.label : ''}|${r.kind === 'separator' ? '' : r.parts.map((p) => p.text).join('/')}`;

describe('normalisation cases', () => {
  const cases = JSON.parse(readFileSync(path.join(HERE, 'normalize', 'cases.json'), 'utf8')) as { name: string; fn: string; input: string; expected: string }[];
  for (const c of cases) {
    it(c.name, () => {
      const got =
        c.fn === 'clean'
          ? clean(c.input)
          : c.fn === 'legal'
            ? arabicLegalNumbers(c.input)
            : c.fn === 'definitions'
              ? dropDefinitions(c.input)
              : layout([c.input]).map(showRow).join('\n');
      expect(got).toBe(c.expected);
    });
  }
});

const goldenCheck = (file: string, actual: unknown) => expectGolden(file, goldenJson(actual));

describe('layout and extraction of documents in other wards’ layouts', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, async () => {
      const read = await readDocument(readFileSync(path.join(FIXTURES, name)), name);
      const stem = name.replace(/\.[^.]+$/, '');
      goldenCheck(path.join(HERE, 'layout', `${stem}.json`), layout(read.pages).map(showRow));
      const matters = analyzeDocument(read.pages, tokenizer).map(({ text: _text, sections: _sections, evidence: _evidence, ...m }) => ({
        ...m,
        safeguards: m.safeguards.map((s) => `${s.actor}|${s.scope}|${s.categories.map((c) => c.category).join(',')}|${s.text}`)
      }));
      goldenCheck(path.join(HERE, 'extract', `${stem}.json`), matters);
    });
  }
});
