// Two filter sets side by side: matters, procedures, sensitive share and safeguard coverage per
// category with the difference. Both sides use the dashboard's filter model (filterSql).

import { TAXONOMY } from '../../domain/taxonomy';
import type { CompareRow, CompareSide, Comparison } from '../../view-types';
import { filterSql, type MatterFilter } from './dashboard';
import { MASKED_LISTS } from './derived';
import type { Store } from './store';

export type { CompareRow, CompareSide, Comparison };

export const COMPARE_COLUMNS = ['category', 'a_matters', 'a_covered', 'a_share', 'b_matters', 'b_covered', 'b_share', 'diff'] as const satisfies readonly (keyof CompareRow)[];

interface SideData {
  side: CompareSide;
  covered: Map<string, number>;
}

/** The categories compared: operational ones, with their bit in cats_any_mask (derived.ts). */
const COMPARED = TAXONOMY.filter((c) => !c.clauseOnly).map((c) => ({ code: c.code, bit: MASKED_LISTS.cats_any.indexOf(c.code) }));

/** One scan per side: matters, sensitive matters and covered categories per procedure, summed here. */
async function side(store: Store, f: MatterFilter, query: string): Promise<SideData> {
  const { where, params } = filterSql(f);
  const counts = COMPARED.map((c, i) => `count(*) FILTER (WHERE (m.cats_any_mask >> ${c.bit}) & 1 = 1)::INTEGER AS c${i}`).join(', ');
  const rows = await store.all<{ procedure: string; matters: number; sensitive: number } & Record<`c${number}`, number>>(
    `SELECT m.procedure, count(*)::INTEGER AS matters, count(*) FILTER (WHERE m.sensitive_items > 0)::INTEGER AS sensitive, ${counts}
       FROM matter_facts m ${where} GROUP BY 1`,
    params
  );
  const matters = rows.reduce((n, r) => n + r.matters, 0);
  const sensitive = rows.reduce((n, r) => n + r.sensitive, 0);
  const procedures = rows
    .map((r) => ({ procedure: r.procedure, matters: r.matters }))
    .sort((a, b) => b.matters - a.matters || (a.procedure < b.procedure ? -1 : a.procedure > b.procedure ? 1 : 0));
  return {
    side: { query, matters, sensitive_matters: sensitive, sensitive_share: matters ? sensitive / matters : 0, procedures },
    covered: new Map(COMPARED.map((c, i) => [c.code, rows.reduce((n, r) => n + r[`c${i}`], 0)]))
  };
}

/** Coverage counts operational safeguards of any actor, as the overview's default heatmap does. */
export function compare(store: Store, a: { filter: MatterFilter; query: string }, b: { filter: MatterFilter; query: string }): Promise<Comparison> {
  return store.memo(['compare', a.filter, b.filter], async () => {
    const [x, y] = await Promise.all([side(store, a.filter, a.query), side(store, b.filter, b.query)]);
    const share = (n: number, of: number) => (of ? n / of : 0);
    const rows: CompareRow[] = COMPARED.map((c) => {
      const ac = x.covered.get(c.code) ?? 0;
      const bc = y.covered.get(c.code) ?? 0;
      const as = share(ac, x.side.matters);
      const bs = share(bc, y.side.matters);
      return { category: c.code, a_matters: x.side.matters, a_covered: ac, a_share: as, b_matters: y.side.matters, b_covered: bc, b_share: bs, diff: bs - as };
    });
    return { a: x.side, b: y.side, rows };
  });
}
