// The gap list, gap rates and rule statistics: read from the derived tables matter_gaps and
// matter_risk (derived.ts) with the dashboard's filters. Values are bound; group columns come from
// the coverage whitelist.

import { DEFAULT_RULES } from '../../domain/classify/gaps';
import { PRECEDENTS_SHOWN } from '../../domain/similar/peers';
import type { GapDetail, GapListRow, GapMatter, GapPrecedent, GapRateRow, RuleStat } from '../../view-types';
import { COVERAGE_GROUPS, filterSql, type MatterFilter } from './dashboard';
import type { Store } from './store';

export type { GapDetail, GapListRow, GapMatter, GapRateRow, RuleStat };

/** The twin's columns, in order. */
export const GAP_COLUMNS = ['matter_id', 'category', 'kind', 'rule_id', 'reason', 'risk'] as const satisfies readonly (keyof GapListRow)[];
export const GAP_RATE_COLUMNS = ['group', 'matters', 'gap_matters', 'rule_gap_matters', 'peer_gap_matters', 'rate'] as const satisfies readonly (keyof GapRateRow)[];
export const RULE_COLUMNS = ['rule_id', 'condition', 'expects', 'why', 'matters', 'gap_matters'] as const satisfies readonly (keyof RuleStat)[];
export const GAP_RATE_GROUPS = ['department', 'fiscal_year'] as const;
export type GapRateGroup = (typeof GAP_RATE_GROUPS)[number];


const andWhere = (where: string, cond: string) => (where ? `${where} AND ${cond}` : `WHERE ${cond}`);

export function gapMatters(store: Store, f: MatterFilter, page: { limit: number; offset: number }): Promise<{ total: number; matters: GapMatter[] }> {
  return store.memo(['gapMatters', f, page], () => gapMattersOf(store, f, page));
}

async function gapMattersOf(store: Store, f: MatterFilter, page: { limit: number; offset: number }): Promise<{ total: number; matters: GapMatter[] }> {
  const { where, params } = filterSql(f);
  const filtered = andWhere(where, 'r.gap_categories > 0');
  const [{ total }] = await store.all<{ total: number }>(`SELECT count(*)::INTEGER AS total FROM matter_facts m JOIN matter_risk r USING (matter_id) ${filtered}`, params);
  const rows = await store.all<Omit<GapMatter, 'gaps'>>(
    `SELECT m.matter_id, m.title, m.municipality, m.department, m.fiscal_year, m.procedure, m.sensitive_items, r.risk, r.rule_gaps, r.peer_gaps
       FROM matter_facts m JOIN matter_risk r USING (matter_id) ${filtered}
      ORDER BY r.risk DESC, m.fiscal_year DESC NULLS LAST, m.matter_id
      LIMIT ${Math.min(Math.max(page.limit, 1), 1000)} OFFSET ${Math.max(page.offset, 0)}`,
    params
  );
  if (rows.length === 0) return { total, matters: [] };
  // A constant IN list: matter_gaps is sorted by matter id, so DuckDB reads only their row groups.
  const idParams = Object.fromEntries(rows.map((r, i) => [`g${i}`, r.matter_id]));
  const ids = rows.map((_, i) => `$g${i}`).join(', ');
  const gaps = await store.all<Omit<GapDetail, 'precedents'> & { matter_id: string }>(
    `SELECT matter_id, category, kind, rule_id, reason, peers, peers_with FROM matter_gaps
      WHERE matter_id IN (${ids}) ORDER BY matter_id, kind DESC, category`,
    idParams
  );
  // Precedents of the peer gaps: the latest matters of the same profile that have the category.
  const precedents = await store.all<GapPrecedent & { for_id: string; category: string }>(
    `WITH want AS (SELECT g.matter_id, g.category, p.procedure, p.media, p.sensitive_items > 0 AS sens
                     FROM matter_gaps g JOIN matter_facts p USING (matter_id)
                    WHERE g.kind = 'peer' AND g.matter_id IN (${ids}))
     SELECT w.matter_id AS for_id, w.category, o.matter_id, o.title, o.fiscal_year
       FROM want w JOIN peer_precedents o ON o.procedure = w.procedure AND o.media = w.media AND o.sens = w.sens AND o.category = w.category
      WHERE o.matter_id <> w.matter_id
    QUALIFY row_number() OVER (PARTITION BY w.matter_id, w.category ORDER BY o.fiscal_year DESC NULLS LAST, o.matter_id) <= ${PRECEDENTS_SHOWN}
      ORDER BY for_id, w.category, o.fiscal_year DESC NULLS LAST, o.matter_id`,
    idParams
  );
  const key = (id: string, c: string) => `${id}\u0000${c}`;
  const byGap = new Map<string, GapPrecedent[]>();
  for (const p of precedents) {
    const list = byGap.get(key(p.for_id, p.category)) ?? [];
    list.push({ matter_id: p.matter_id, title: p.title, fiscal_year: p.fiscal_year });
    byGap.set(key(p.for_id, p.category), list);
  }
  const byMatter = new Map<string, GapDetail[]>();
  for (const { matter_id, ...g } of gaps) {
    const list = byMatter.get(matter_id) ?? [];
    list.push({ ...g, precedents: g.kind === 'peer' ? (byGap.get(key(matter_id, g.category)) ?? []) : [] });
    byMatter.set(matter_id, list);
  }
  return { total, matters: rows.map((r) => ({ ...r, gaps: byMatter.get(r.matter_id) ?? [] })) };
}

/** Every gap of the filtered matters, riskiest matter first: the gap list's twin. */
export function gapRows(store: Store, f: MatterFilter): Promise<GapListRow[]> {
  return store.memo(['gapRows', f], async () => {
    const { where, params } = filterSql(f);
    return store.all<GapListRow>(
      `SELECT g.matter_id, g.category, g.kind, g.rule_id, g.reason, r.risk
         FROM matter_facts m JOIN matter_risk r USING (matter_id) JOIN matter_gaps g USING (matter_id)
         ${where}
        ORDER BY r.risk DESC, m.fiscal_year DESC NULLS LAST, g.matter_id, g.kind DESC, g.category`,
      params
    );
  });
}

/** Share of each group's matters with at least one gap. */
export function gapRates(store: Store, f: MatterFilter, group: GapRateGroup): Promise<GapRateRow[]> {
  return store.memo(['gapRates', f, group], async () => {
    const { where, params } = filterSql(f);
    const rows = await store.all<Omit<GapRateRow, 'rate'>>(
      `SELECT ${COVERAGE_GROUPS[group]} AS "group", count(*)::INTEGER AS matters,
              count(*) FILTER (WHERE r.gap_categories > 0)::INTEGER AS gap_matters,
              count(*) FILTER (WHERE r.rule_gaps > 0)::INTEGER AS rule_gap_matters,
              count(*) FILTER (WHERE r.peer_gaps > 0)::INTEGER AS peer_gap_matters
         FROM matter_facts m JOIN matter_risk r USING (matter_id) ${where}
        GROUP BY 1 ORDER BY 1`,
      params
    );
    return rows.map((r) => ({ ...r, rate: r.matters ? r.gap_matters / r.matters : 0 }));
  });
}

/** The rules with the matters each fires on (rule_hits) and those of them with a gap, under the filters. */
export function ruleStats(store: Store, f: MatterFilter = {}): Promise<RuleStat[]> {
  return store.memo(['ruleStats', f], async () => {
    const { where, params } = filterSql(f);
    const hits = await store.all<{ rule_id: string; matters: number }>(
      `SELECT h.rule_id, count(DISTINCT h.matter_id)::INTEGER AS matters FROM rule_hits h JOIN matter_facts m USING (matter_id) ${where} GROUP BY 1`,
      params
    );
    const gaps = await store.all<{ rule_id: string; matters: number }>(
      `SELECT g.rule_id, count(DISTINCT g.matter_id)::INTEGER AS matters FROM gaps g JOIN matter_facts m USING (matter_id) ${where} GROUP BY 1`,
      params
    );
    const count = (rows: { rule_id: string; matters: number }[], id: string) => rows.find((r) => r.rule_id === id)?.matters ?? 0;
    return DEFAULT_RULES.map((r) => ({ rule_id: r.id, condition: r.condition, expects: r.expects, why: r.why, matters: count(hits, r.id), gap_matters: count(gaps, r.id) }));
  });
}
