// The search postings of a matter's sections, and the adjacent pairs rebuilt from them.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Tokenizer } from '../../../../src/lib/domain/tokens';
import { analyzeTerms, buildPostings, pairPostings, type PairPosting, type Posting, type PostingSection } from '../../../../src/lib/domain/search/postings';
import { loadTokenizer } from '../../../../src/lib/tokenizer/tokenizer';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
});

const SECTIONS = ['title', 'purpose', 'items', 'safeguards', 'clauses', 'full'] as const;
const sections = (over: Partial<Record<PostingSection, string>>) => Object.fromEntries(SECTIONS.map((s) => [s, over[s] ?? ''])) as Record<PostingSection, string>;
const sorted = (ps: PairPosting[]) => [...ps].sort((a, b) => a.section.localeCompare(b.section) || a.lemma.localeCompare(b.lemma) || a.next.localeCompare(b.next));

describe('pairPostings', () => {
  it('gives each pair of neighbouring lemmas of a section once, with its count and the positions of its first lemma', () => {
    const postings: Posting[] = [
      { lemma: '個人', section: 'full', tf: 2, positions: [0, 3] },
      { lemma: '情報', section: 'full', tf: 2, positions: [1, 4] },
      { lemma: 'の', section: 'full', tf: 1, positions: [2] },
      { lemma: '漏洩', section: 'full', tf: 1, positions: [5] }
    ];
    expect(sorted(pairPostings(postings))).toEqual([
      { lemma: 'の', next: '個人', section: 'full', tf: 1, positions: [2] },
      { lemma: '個人', next: '情報', section: 'full', tf: 2, positions: [0, 3] },
      { lemma: '情報', next: 'の', section: 'full', tf: 1, positions: [1] },
      { lemma: '情報', next: '漏洩', section: 'full', tf: 1, positions: [4] }
    ]);
  });

  it('never pairs lemmas of two sections, and gives a one-lemma section none', () => {
    const postings: Posting[] = [
      { lemma: '暗号', section: 'title', tf: 1, positions: [0] },
      { lemma: '化', section: 'full', tf: 1, positions: [0] },
      { lemma: '暗号', section: 'full', tf: 1, positions: [1] }
    ];
    expect(pairPostings(postings)).toEqual([{ lemma: '化', next: '暗号', section: 'full', tf: 1, positions: [0] }]);
  });

  it('rebuilds from a matter’s postings exactly the neighbours its analysed text has', () => {
    const text = { title: '個人情報の取扱いに関する特記事項', full: '受託者は、個人情報の漏洩を防ぐため、個人情報を暗号化して保管する。個人情報の複写は禁止する。' };
    const pairs = pairPostings(buildPostings(tokenizer, sections(text)));
    for (const [section, body] of Object.entries(text) as [PostingSection, string][]) {
      const terms = analyzeTerms(tokenizer, body);
      const want = new Map<string, number[]>();
      terms.slice(1).forEach((next, i) => want.set(`${terms[i]} ${next}`, [...(want.get(`${terms[i]} ${next}`) ?? []), i]));
      const got = pairs.filter((p) => p.section === section);
      expect(new Map(got.map((p) => [`${p.lemma} ${p.next}`, p.positions]))).toEqual(want);
      for (const p of got) expect(p.tf).toBe(p.positions.length);
    }
    expect(pairs.find((p) => p.section === 'full' && p.lemma === '個人' && p.next === '情報')?.tf).toBe(3);
  });
});
