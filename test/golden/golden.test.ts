// Golden files per pipeline stage: input → expected output. `UPDATE_GOLDEN=1 npx vitest run test/golden`
// rewrites the expected files of the layout and extraction stages after a deliberate change; review the diff.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/lib/domain/analyze';
import { loadTokenizer } from '../../src/lib/tokenizer/tokenizer';
import { layout, type Row } from '../../src/lib/domain/extract/layout';
import { arabicLegalNumbers, clean, dropDefinitions } from '../../src/lib/domain/text';
import { readDocument } from '../../src/lib/readers';

// The real dictionary: classification works on kuromoji lemmas.
const tokenizer = await loadTokenizer();

const HERE = import.meta.dirname;
const FIXTURES = path.join(HERE, '..', 'fixtures', 'layouts');
const update = process.env.UPDATE_GOLDEN === '1';

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

function goldenCheck(file: string, actual: unknown) {
  const text = JSON.stringify(actual, null, 1) + '\n';
  if (update || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('layout and extraction of documents in other wards’ layouts', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, async () => {
      const read = await readDocument(readFileSync(path.join(FIXTURES, name)), name);
      const stem = name.replace(/\.[^.]+$/, '');
      goldenCheck(path.join(HERE, 'layout', `${stem}.json`), layout(read.pages).map(showRow));
      const matters = analyzeDocument(read.pages, tokenizer).map(({ text: _text, sections: _sections, ...m }) => ({
        ...m,
        safeguards: m.safeguards.map((s) => `${s.actor}|${s.scope}|${s.categories.map((c) => c.category).join(',')}|${s.text}`)
      }));
      goldenCheck(path.join(HERE, 'extract', `${stem}.json`), matters);
    });
  }
});
