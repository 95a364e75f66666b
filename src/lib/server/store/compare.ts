// Two filter sets side by side: matters, procedures, sensitive share and safeguard coverage per
// category with the difference. Both sides use the dashboard's filter model (filterSql).

import { TAXONOMY } from '../../domain/taxonomy';
import type { CompareRow, CompareSide, Comparison } from '../../view-types';
import { filterSql, overview, type MatterFilter } from './dashboard';
import type { Store } from './store';

export type { CompareRow, CompareSide, Comparison };

export const COMPARE_COLUMNS = ['category', 'a_matters', 'a_covered', 'a_share', 'b_matters', 'b_covered', 'b_share', 'diff'] as const satisfies readonly (keyof CompareRow)[];

interface SideData {
  side: CompareSide;
  covered: Map<string, number>;
}

async function side(store: Store, f: MatterFilter, query: string): Promise<SideData> {
  const { where, params } = filterSql(f);
  const [o, procedures, covered] = await Promise.all([
    overview(store, f),
    store.all<{ procedure: string; matters: number }>(
      `SELECT m.procedure, count(*)::INTEGER AS matters FROM matter_facts m ${where} GROUP BY 1 ORDER BY 2 DESC, 1`,
      params
    ),
    store.all<{ category: string; covered: number }>(
      `SELECT category, count(*)::INTEGER AS covered FROM (SELECT unnest(m.cats_any) AS category FROM matter_facts m ${where}) GROUP BY 1`,
      params
    )
  ]);
  return {
    side: { query, matters: o.matters, sensitive_matters: o.sensitive_matters, sensitive_share: o.sensitive_share, procedures },
    covered: new Map(covered.map((c) => [c.category, c.covered]))
  };
}

/** Coverage counts operational safeguards of any actor, as the overview's default heatmap does. */
export function compare(store: Store, a: { filter: MatterFilter; query: string }, b: { filter: MatterFilter; query: string }): Promise<Comparison> {
  return store.memo(['compare', a.filter, b.filter], async () => {
    const [x, y] = await Promise.all([side(store, a.filter, a.query), side(store, b.filter, b.query)]);
    const share = (n: number, of: number) => (of ? n / of : 0);
    const rows: CompareRow[] = TAXONOMY.filter((c) => !c.clauseOnly).map((c) => {
      const ac = x.covered.get(c.code) ?? 0;
      const bc = y.covered.get(c.code) ?? 0;
      const as = share(ac, x.side.matters);
      const bs = share(bc, y.side.matters);
      return { category: c.code, a_matters: x.side.matters, a_covered: ac, a_share: as, b_matters: y.side.matters, b_covered: bc, b_share: bs, diff: bs - as };
    });
    return { a: x.side, b: y.side, rows };
  });
}
