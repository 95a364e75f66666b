// Extraction on the development sets, family by family. Each document has a floor (its overall
// figure when the floor was last reviewed, less a small margin): a change that makes any document
// of any layout family worse fails here, whatever it does to the set's mean. Floors are raised by
// hand after a reviewed improvement (floors.json), never regenerated.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSet, type SetResult } from '../../../eval/extraction/run';
import { loadTokenizer } from '../../../src/lib/tokenizer/tokenizer';

interface Floors {
  /** Set folder (holding raw/ and gold/), relative to the project root. */
  sets: Record<string, { overall: number; pdf?: number; documents: Record<string, number> }>;
  /** Layout family → documents (stems) that show it; every family needs at least one. */
  families: Record<string, string[]>;
}

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
const floors = JSON.parse(readFileSync(path.join(import.meta.dirname, 'floors.json'), 'utf8')) as Floors;
const tokenizer = await loadTokenizer();
const results = new Map<string, SetResult>();
for (const dir of Object.keys(floors.sets)) results.set(dir, await evaluateSet(path.join(ROOT, dir), tokenizer));
const byStem = new Map([...results.values()].flatMap((r) => r.documents.map((d) => [d.source, d] as const)));

describe('extraction on the development sets', () => {
  for (const [dir, f] of Object.entries(floors.sets)) {
    it(`${dir}: overall ≥ ${f.overall}${f.pdf ? `, PDFs ≥ ${f.pdf}` : ''}`, () => {
      const r = results.get(dir) as SetResult;
      expect(r.all.overall).toBeGreaterThanOrEqual(f.overall);
      if (f.pdf) expect(r.pdf.overall).toBeGreaterThanOrEqual(f.pdf);
      expect(Object.keys(f.documents).sort()).toEqual(r.documents.map((d) => d.source).sort());
    });
  }
});

describe('extraction by layout family', () => {
  const floorOf = new Map(Object.values(floors.sets).flatMap((s) => Object.entries(s.documents)));
  for (const [family, stems] of Object.entries(floors.families)) {
    it(family, () => {
      expect(stems.length).toBeGreaterThan(0);
      for (const stem of stems) {
        const d = byStem.get(stem);
        expect(d, `${stem} is in no set`).toBeDefined();
        expect(d?.refused, `${stem} refused`).toBeNull();
        expect({ stem, overall: d?.scores.overall }).toEqual({ stem, overall: expect.any(Number) });
        expect(d?.scores.overall ?? 0, `${stem}: ${d?.misses.join('; ')}`).toBeGreaterThanOrEqual(floorOf.get(stem) ?? 1);
      }
    });
  }
});
