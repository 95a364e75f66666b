import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../../../src/lib/server/store/compare';
import { overview } from '../../../../src/lib/server/store/dashboard';
import { plantedStore, type Planted } from '../../../helpers/planted';

let p: Planted;
beforeAll(async () => {
  p = await plantedStore();
});
afterAll(() => p?.close());

describe('compare', () => {
  it('puts two filter sets side by side with each category’s coverage and the difference b − a', async () => {
    const c = await compare(p.snap, { filter: { municipality: '新宿区' }, query: 'municipality=新宿区' }, { filter: { municipality: '中野区' }, query: 'municipality=中野区' });
    expect(c.a.matters).toBe((await overview(p.snap, { municipality: '新宿区' })).matters);
    expect(c.b.matters).toBe(2);
    for (const r of c.rows) {
      expect(r.a_share).toBeCloseTo(r.a_covered / r.a_matters);
      expect(r.diff).toBeCloseTo(r.b_share - r.a_share);
    }
    // Nakano's two copies keep the logging sentence: both have it.
    expect(c.rows.find((r) => r.category === 'logging')).toMatchObject({ b_covered: 2, b_share: 1 });
    expect(c.b.procedures).toEqual([{ procedure: 'outsourcing', matters: 2 }]);
  });
  it('counts each side as the overview and the category lists do (one scan over the bit sets)', async () => {
    const c = await compare(p.snap, { filter: {}, query: '' }, { filter: { sensitive: true }, query: 'sensitive=true' });
    const o = await overview(p.snap, {});
    expect(c.a).toMatchObject({ matters: o.matters, sensitive_matters: o.sensitive_matters });
    expect(c.b.matters).toBe(o.sensitive_matters);
    const lists = await p.snap.all<{ category: string; n: number }>('SELECT category, count(*)::INTEGER AS n FROM (SELECT unnest(cats_any) AS category FROM matter_facts) GROUP BY 1');
    for (const r of c.rows) expect(r.a_covered, r.category).toBe(lists.find((l) => l.category === r.category)?.n ?? 0);
    expect(c.rows.filter((r) => r.a_covered > 0).length).toBeGreaterThan(5);
    expect(c.a.procedures.reduce((n, x) => n + x.matters, 0)).toBe(o.matters);
  });
});
