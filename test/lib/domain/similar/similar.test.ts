import { describe, expect, it } from 'vitest';
import { ITEM_CATEGORIES, MEDIA_CATEGORIES } from '../../../../src/lib/domain/codes';
import {
  combinedScore,
  cosine,
  decodeBits,
  idf,
  rankCandidates,
  signature,
  SimilarityIndex,
  similarityLabel,
  similarityReason,
  SIMILARITY_WEIGHTS,
  weightedTf,
  type RankProfile,
  type ReasonFacts,
  type SimilarityData,
  type TermVector
} from '../../../../src/lib/domain/similar/similar';
import { profileSimilarity } from '../../../../src/lib/domain/similar/peers';

const profile = (id: string, over: Partial<RankProfile> = {}): RankProfile => ({
  matter_id: id,
  title: id,
  municipality: null,
  fiscal_year: null,
  procedure: 'outsourcing',
  media: [],
  itemCategories: [],
  sensitive: false,
  ...over
});

describe('term weights', () => {
  it('weights sections and ignores the others', () => {
    const tf = weightedTf([
      { lemma: '接種', section: 'title', tf: 1 },
      { lemma: '接種', section: 'purpose', tf: 2 },
      { lemma: '接種', section: 'full', tf: 9 },
      { lemma: '暗号', section: 'safeguards', tf: 1 },
      { lemma: '暗号', section: 'clauses', tf: 5 }
    ]);
    expect(Object.fromEntries(tf)).toEqual({ 接種: 3 + 4, 暗号: 1 });
  });

  it('idf is 0 for a term in every matter and ln(N+1) for an unseen one', () => {
    expect(idf(10, 10)).toBe(0);
    expect(idf(0, 10)).toBeCloseTo(Math.log(11));
    expect(idf(1, 10)).toBeGreaterThan(idf(5, 10));
  });

  it('a signature keeps the heaviest terms, drops weightless ones and has unit length', () => {
    const tf = new Map([
      ['a', 4],
      ['b', 1],
      ['c', 1],
      ['every', 50]
    ]);
    const idfs: Record<string, number> = { a: 1, b: 2, c: 2, every: 0 };
    const full = signature(tf, (l) => idfs[l]);
    expect([...full.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect([...full.values()].reduce((s, w) => s + w * w, 0)).toBeCloseTo(1);
    // (1 + ln 4) · 1 ≈ 2.39 beats 2 · (1 + ln 1) = 2; the tie between b and c goes to the first lemma.
    expect([...signature(tf, (l) => idfs[l], 2).keys()]).toEqual(['a', 'b']);
  });

  it('cosine of unit vectors, capped at 1', () => {
    const a: TermVector = new Map([
      ['x', 0.6],
      ['y', 0.8]
    ]);
    expect(cosine(a, a)).toBeCloseTo(1);
    expect(cosine(a, new Map([['x', 1]]))).toBeCloseTo(0.6);
    expect(cosine(a, new Map([['z', 1]]))).toBe(0);
  });
});

describe('ranking', () => {
  const target = profile('t', { media: ['paper', 'contractor_pc'], itemCategories: ['health'], sensitive: true });
  it('blends text and profile with the documented weights', () => {
    expect(SIMILARITY_WEIGHTS.text + SIMILARITY_WEIGHTS.profile).toBe(1);
    expect(combinedScore(0.5, 1)).toBeCloseTo(SIMILARITY_WEIGHTS.text * 0.5 + SIMILARITY_WEIGHTS.profile);
    expect(combinedScore(null, 0.7)).toBe(0.7);
  });

  it('orders by combined score, then text, then id; leaves out itself and matters with nothing in common', () => {
    const same = { media: ['paper', 'contractor_pc'], itemCategories: ['health'], sensitive: true };
    const ranked = rankCandidates(target, [
      { profile: profile('t', same), text: 1 },
      { profile: profile('b', same), text: 0.5 },
      { profile: profile('a', same), text: 0.5 },
      { profile: profile('c', { procedure: 'external_link' }), text: 0.9 },
      { profile: profile('none', { procedure: 'external_link', media: ['email'] }), text: 0 }
    ]);
    // a and b tie on both scores (0.6 · 0.5 + 0.4 · 1 = 0.7): the id decides. c's text is higher, but its
    // profile shares nothing (0.6 · 0.9 = 0.54).
    expect(ranked.map((r) => r.matter_id)).toEqual(['a', 'b', 'c']);
    expect(ranked[0]).toMatchObject({ text: 0.5, profile: 1, score: combinedScore(0.5, 1) });
    expect(ranked[2]).toMatchObject({ text: 0.9, profile: 0, score: combinedScore(0.9, 0) });
    const half = profile('h', { media: ['paper'], sensitive: true });
    const [h] = rankCandidates(target, [{ profile: half, text: 0 }]);
    expect(h.profile).toBeCloseTo(profileSimilarity({ ...target, categories: [] }, { ...half, categories: [] }));
    expect(rankCandidates(target, [{ profile: profile('b', same), text: 0.5 }], 0)).toEqual([]);
  });

  it('words the scores', () => {
    expect(similarityLabel({ score: 0.824, text: 0.71, profile: 1 })).toBe('類似度 82%（本文 71%・特徴 100%）');
    expect(similarityLabel({ score: 0.5, text: null, profile: 0.5 })).toBe('類似度 50%（特徴のみ）');
  });
});

describe('reasons', () => {
  const facts = (over: Partial<ReasonFacts>): ReasonFacts => ({ procedure: 'outsourcing', media: [], sensitive: false, items: [], sentences: {}, ...over });
  it('names shared items and media, and the categories the other has that the target lacks, with their sentences', () => {
    const target = facts({ media: ['paper', 'email'], sensitive: true, items: ['氏名', '住所', '病名'], sentences: { encryption: 3 } });
    const other = facts({ media: ['email', 'contractor_pc'], sensitive: true, items: ['住所', '氏名', '電話番号'], sentences: { encryption: 1, logging: 7, audit: 4 } });
    const r = similarityReason(target, other);
    expect(r.shared_items).toEqual(['住所', '氏名']);
    expect(r.shared_media).toEqual(['email']);
    // Taxonomy order: 立入調査・監査 (organizational) before ログの記録・監視 (technical).
    expect(r.missing).toEqual([
      { category: 'audit', label: '立入調査・監査', seq: 4 },
      { category: 'logging', label: 'ログの記録・監視', seq: 7 }
    ]);
    expect(r.common).toEqual(['手続が同じ（業務委託）', '共通の個人情報の項目: 住所、氏名', 'どちらも要配慮個人情報を扱う', '共通の記録媒体: 電子メール']);
    expect(r.reason).toBe('手続が同じ（業務委託）。共通の個人情報の項目: 住所、氏名。どちらも要配慮個人情報を扱う。共通の記録媒体: 電子メール。この案件にない対策: 立入調査・監査、ログの記録・監視。');
    expect(similarityReason(target, other, 'この草案').reason).toContain('この草案にない対策: ');
  });

  it('shortens long lists and says something when nothing is shared', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(similarityReason(facts({ items: many }), facts({ items: many })).common[1]).toBe('共通の個人情報の項目: a、b、c、d、eほか2項目');
    const r = similarityReason(facts({ procedure: 'external_link' }), facts({}));
    expect(r).toMatchObject({ shared_items: [], shared_media: [], missing: [], reason: '件名・目的・対策の記述の語が近い。' });
  });
});

describe('SimilarityIndex', () => {
  // Four matters with hand-made signatures over five terms.
  const lemmas = ['予防', '接種', '発送', '暗号', '保育'];
  const sigs: [number, number][][] = [
    [
      [0, 0.8],
      [1, 0.6]
    ],
    [
      [0, 0.6],
      [1, 0.8]
    ],
    [
      [2, 1]
    ],
    [
      [1, 0.6],
      [3, 0.8]
    ]
  ];
  const offsets = new Int32Array(sigs.length + 1);
  sigs.forEach((s, i) => (offsets[i + 1] = offsets[i] + s.length));
  const data: SimilarityData = {
    matterIds: ['m1', 'm2', 'm3', 'm4'],
    titles: ['予防接種A', '予防接種B', '発送', '暗号'],
    municipalities: ['新宿区', null, null, null],
    fiscalYears: [2021, null, null, null],
    procedures: ['outsourcing', 'outsourcing', 'outsourcing', 'external_link'],
    sensitive: Uint8Array.from([1, 1, 0, 0]),
    mediaBits: Uint8Array.from([0b101, 0b1, 0, 0]),
    itemBits: Uint8Array.from([0b1000, 0b1000, 0, 0]),
    offsets,
    terms: Int32Array.from(sigs.flat().map(([t]) => t)),
    weights: Float32Array.from(sigs.flat().map(([, w]) => w)),
    lemmas,
    df: Int32Array.from([2, 3, 1, 1, 0]),
    // m1: items 氏名, 住所 and encryption at sentence 4; m2: 氏名; m3, m4: nothing.
    itemOffsets: Int32Array.from([0, 2, 3, 3, 3]),
    itemNames: Int32Array.from([0, 1, 0]),
    categoryOffsets: Int32Array.from([0, 1, 1, 1, 1]),
    categoryNames: Int32Array.from([2]),
    categorySeqs: Int32Array.from([4]),
    names: ['氏名', '住所', 'encryption']
  };
  const index = new SimilarityIndex(data);
  const vec = (i: number): TermVector => new Map(sigs[i].map(([t, w]) => [lemmas[t], w]));

  it('decodes profiles from bit sets in the code order', () => {
    expect(decodeBits(0b101, MEDIA_CATEGORIES)).toEqual([MEDIA_CATEGORIES[0], MEDIA_CATEGORIES[2]]);
    expect(index.profileOf('m1')).toEqual({
      matter_id: 'm1',
      title: '予防接種A',
      municipality: '新宿区',
      fiscal_year: 2021,
      procedure: 'outsourcing',
      media: [MEDIA_CATEGORIES[0], MEDIA_CATEGORIES[2]],
      itemCategories: [ITEM_CATEGORIES[3]],
      sensitive: true
    });
    expect(index.profileOf('nope')).toBeNull();
    expect(index.details('m1')).toEqual({ items: ['氏名', '住所'], sentences: { encryption: 4 } });
    expect(index.details('m3')).toEqual({ items: [], sentences: {} });
    expect(index.details('nope')).toBeNull();
    expect(index.df('接種')).toBe(3);
    expect(index.df('未知')).toBe(0);
  });

  it('scores every matter sharing a term with the exact cosine, best first, without the matter itself', () => {
    const got = index.candidatesFor('m1', 2)!;
    expect(got.map((c) => c.profile.matter_id)).toEqual(['m2', 'm4']);
    expect(got[0].text).toBeCloseTo(cosine(vec(0), vec(1)));
    expect(got[1].text).toBeCloseTo(cosine(vec(0), vec(3)));
    expect(index.candidatesFor('nope')).toBeNull();
  });

  it('tops a small store up with the matters that share no term, at text 0', () => {
    const got = index.candidatesFor('m1', 10)!;
    expect(got.map((c) => [c.profile.matter_id, Number(c.text.toFixed(3))])).toEqual([
      ['m2', Number(cosine(vec(0), vec(1)).toFixed(3))],
      ['m4', Number(cosine(vec(0), vec(3)).toFixed(3))],
      ['m3', 0]
    ]);
  });

  it('takes a draft signature, its unknown terms matching nothing', () => {
    const draft: TermVector = new Map([
      ['暗号', 0.6],
      ['未知', 0.8]
    ]);
    const got = index.candidatesForVector(draft, 1);
    expect(got.map((c) => c.profile.matter_id)).toEqual(['m4']);
    expect(got[0].text).toBeCloseTo(0.6 * 0.8);
  });

  it('repeated lookups start from clean scores', () => {
    const first = index.candidatesFor('m2', 3)!.map((c) => c.text);
    index.candidatesFor('m4', 3);
    expect(index.candidatesFor('m2', 3)!.map((c) => c.text)).toEqual(first);
  });
});
