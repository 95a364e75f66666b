import { describe, expect, it } from 'vitest';
import { peerGaps, profileSimilarity, type MatterProfile } from '../../../../src/lib/domain/similar/peers';

const p = (id: string, over: Partial<MatterProfile>): MatterProfile => ({ matter_id: id, title: id, procedure: 'outsourcing', media: [], itemCategories: [], sensitive: false, categories: [], ...over });

describe('peer gaps', () => {
  const target = p('t', { media: ['paper', 'contractor_pc'], sensitive: true, categories: ['encryption'] });
  const all = [
    target,
    p('a', { media: ['paper', 'contractor_pc'], sensitive: true, categories: ['encryption', 'audit', 'logging'] }),
    p('b', { media: ['paper', 'contractor_pc'], sensitive: true, categories: ['audit', 'logging'] }),
    p('c', { media: ['paper'], sensitive: true, categories: ['audit'] }),
    p('far', { procedure: 'external_link', media: ['external_system'], categories: ['backup'] })
  ];
  it('ranks the most similar matters first and names them', () => {
    const { peers } = peerGaps(target, all, { k: 3 });
    expect(peers.map((x) => x.matter_id)).toEqual(['a', 'b', 'c']);
    expect(profileSimilarity(target, all[1])).toBe(1);
  });
  it('reports categories at least `share` of the peers have and the matter lacks', () => {
    expect(peerGaps(target, all, { k: 3, share: 0.6 }).gaps).toEqual([
      { category: 'audit', share: 1, peers: ['a', 'b', 'c'] },
      { category: 'logging', share: 2 / 3, peers: ['a', 'b'] }
    ]);
    expect(peerGaps(target, all, { k: 3, share: 0.9 }).gaps.map((g) => g.category)).toEqual(['audit']);
  });
  it('checks its parameters', () => {
    expect(() => peerGaps(target, all, { k: 0 })).toThrow(RangeError);
    expect(() => peerGaps(target, all, { share: 1.5 })).toThrow(RangeError);
  });
});
