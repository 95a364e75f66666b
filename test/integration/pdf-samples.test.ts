// The sample documents as PDFs read as well as their texts, with the right pages.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/lib/domain/analyze';
import { nfkc } from '../../src/lib/domain/text';
import { pdfReader } from '../../src/lib/readers/pdf-reader';
import { loadTokenizer } from '../../src/lib/tokenizer/tokenizer';
import { compare, fscore, loadGold } from '../helpers/gold';
import { view } from '../helpers/view';

const PDF = path.join(import.meta.dirname, '..', '..', 'data', 'samples');
const tokenizer = await loadTokenizer();
const PAGES: Record<string, number> = { '000_89a62690775440f9': 4, '001_c31c5ac134a4b77c': 5, '002_66e96f0d6d40dccb': 4, '003_226f9b6f33957b40': 5, '004_9d5b84f7b5669ee4': 9 };
const squash = (s: string) => nfkc(s).replace(/\s+/g, '');

describe('sample PDFs against the gold', () => {
  for (const gold of loadGold()) {
    it(gold.source, async () => {
      const read = await pdfReader.read(new Uint8Array(readFileSync(path.join(PDF, `${gold.source}.pdf`))), 'x.pdf');
      expect(read.pages).toHaveLength(PAGES[gold.source]);
      const matters = analyzeDocument(read.pages, tokenizer);
      expect(matters.map((m) => m.title)).toEqual(gold.matters.map((g) => g.title));
      gold.matters.forEach((g, i) => {
        const r = compare(g, view(matters[i]));
        expect(r.fieldMisses).toEqual([]);
        expect(fscore(r.items)).toBeGreaterThanOrEqual(0.95);
        expect(r.sensitiveMissed).toEqual([]);
        expect(fscore(r.media)).toBe(1);
        expect(fscore(r.safeguards)).toBeGreaterThanOrEqual(0.95);
        expect(fscore(r.clauses)).toBe(1);
      });
      // Every safeguard sentence begins on the page it is attributed to (it may end on the next).
      const pageText = read.pages.map(squash);
      const startsOn = (page: number, text: string) => {
        const at = (pageText[page - 1] + (pageText[page] ?? '')).indexOf(squash(text).slice(0, 8));
        return at >= 0 && at < pageText[page - 1].length;
      };
      for (const m of matters) {
        expect(startsOn(m.page_start, m.title ?? ''), `matter ${m.seq} on page ${m.page_start}`).toBe(true);
        for (const s of m.safeguards) expect(startsOn(s.page, s.text), `page ${s.page}: ${s.text}`).toBe(true);
      }
    });
  }
});
