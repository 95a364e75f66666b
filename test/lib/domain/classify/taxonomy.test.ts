import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCue } from '../../../../src/lib/domain/classify/cues';
import { TAXONOMY } from '../../../../src/lib/domain/taxonomy';
import { taxonomyMarkdown } from '../../../../src/lib/domain/classify/taxonomy-doc';

describe('taxonomy', () => {
  it('has unique codes, a Japanese label and compilable cues for each category', () => {
    expect(new Set(TAXONOMY.map((c) => c.code)).size).toBe(TAXONOMY.length);
    for (const c of TAXONOMY) {
      expect(c.label).toMatch(/[\u3040-\u9fff]/);
      for (const cue of [...c.cues, ...(c.negative ?? [])]) expect(() => compileCue(cue), `${c.code}: ${cue}`).not.toThrow();
    }
  });
  it('docs/taxonomy.md is generated from it (npm run docs:taxonomy)', () => {
    expect(readFileSync('docs/taxonomy.md', 'utf8')).toBe(taxonomyMarkdown());
  });
});
