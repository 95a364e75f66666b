// The load benchmark's request mix: its proportions, and a draft check that carries its draft.

import { describe, expect, it } from 'vitest';
import { loadRequests } from '../../bench/load';
import type { BenchContext } from '../../bench/query';

const ctx: BenchContext = {
  filters: [{}, { municipality: '新宿区' }, { procedure: 'outsourcing' }],
  matterIds: ['a-1', 'b-2', 'c-3'],
  tokenizer: { tokenize: () => [] } as unknown as BenchContext['tokenizer'],
  drafts: ['委託先に暗号化を求める'],
  departments: ['健康部'],
  years: [2021]
};

describe('load mix', () => {
  it('holds, of every 20 requests, the documented share of each kind', () => {
    const reqs = loadRequests(ctx, 5);
    expect(reqs).toHaveLength(100);
    const kind = (p: string) =>
      p.startsWith('/api/coverage') ? 'coverage' : p.startsWith('/api/search') ? 'search api' : p.startsWith('/api/overview.arrow') ? 'overview arrow' : p.startsWith('/api/check') ? 'draft check' : p.startsWith('/matters/') ? 'matter page' : p.startsWith('/matters') ? 'matters list' : p.startsWith('/search') ? 'search' : p.startsWith('/?') ? 'overview' : p;
    const counts: Record<string, number> = {};
    for (const r of reqs) counts[kind(r.path!)] = (counts[kind(r.path!)] ?? 0) + 1;
    expect(counts).toEqual({ overview: 20, coverage: 15, 'matters list': 15, 'matter page': 20, search: 15, 'search api': 5, 'overview arrow': 5, 'draft check': 5 });
    const check = reqs.find((r) => r.path === '/api/check')!;
    expect(check.method).toBe('POST');
    expect(JSON.parse(check.body as string)).toEqual({ text: '委託先に暗号化を求める' });
    // Pages ask with their filters: not the same overview URL every time.
    expect(new Set(reqs.filter((r) => kind(r.path!) === 'overview').map((r) => r.path)).size).toBe(3);
  });
});
