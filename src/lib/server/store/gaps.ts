// The gap list, gap rates and rule statistics: read from the derived tables matter_gaps and
// matter_facts' risk columns (derived.ts) with the dashboard's filters. Values are bound; group columns come from
// the coverage whitelist.

import { DEFAULT_RULES } from '../../domain/classify/gaps';
import { PRECEDENTS_SHOWN } from '../../domain/similar/peers';
import type { GapDetail, GapListRow, GapMatter, GapPrecedent, GapRateRow, RuleStat } from '../../view-types';
import { countsBy } from './counts-by';
import { COVERAGE_GROUPS, filterSql, type MatterFilter } from './dashboard';
import { idList } from './id-list';
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
  const filtered = andWhere(where, 'm.gap_categories > 0');
  const [[{ total }], ranked] = await Promise.all([
    store.all<{ total: number }>(`SELECT count(*)::INTEGER AS total FROM matter_facts m ${filtered}`, params),
    store.all<Omit<GapMatter, 'gaps'> & { media: string[] }>(
      `SELECT m.matter_id, m.title, m.municipality, m.department, m.fiscal_year, m.procedure, m.sensitive_items, m.risk, m.rule_gaps, m.peer_gaps, m.media
         FROM matter_facts m ${filtered}
        ORDER BY m.risk DESC, m.fiscal_year DESC NULLS LAST, m.matter_id
        LIMIT ${Math.min(Math.max(page.limit, 1), 1000)} OFFSET ${Math.max(page.offset, 0)}`,
      params
    )
  ]);
  if (ranked.length === 0) return { total, matters: [] };
  // An indexed table: a look-up per matter, not a scan of every gap.
  const ids = idList('g', ranked.map((r) => r.matter_id));
  const [gaps, precedents] = await Promise.all([
    store.all<Omit<GapDetail, 'precedents'> & { matter_id: string }>(
      `SELECT matter_id, unnest(gaps, recursive := true) FROM matter_gap_lists WHERE matter_id IN (${ids.sql}) ORDER BY matter_id`,
      ids.params
    ),
    peerPrecedents(store)
  ]);
  const byMatter = new Map<string, Omit<GapDetail, 'precedents'>[]>();
  for (const { matter_id, ...g } of gaps) byMatter.set(matter_id, [...(byMatter.get(matter_id) ?? []), g]);
  const matters = ranked.map(({ media, ...r }) => {
    // A peer gap's precedents: the latest matters of the same profile that have the category, not this one.
    const shown = (category: string) =>
      (precedents.get(profileKey(r.procedure, media, r.sensitive_items > 0, category)) ?? []).filter((p) => p.matter_id !== r.matter_id).slice(0, PRECEDENTS_SHOWN);
    const list = (byMatter.get(r.matter_id) ?? []).map((g) => ({ ...g, precedents: g.kind === 'peer' ? shown(g.category) : [] }));
    return { ...r, gaps: list };
  });
  return { total, matters };
}

const profileKey = (procedure: string, media: string[], sens: boolean, category: string) => JSON.stringify([procedure, media, sens, category]);

/** peer_precedents (a few rows per profile and category, newest first), read once per store. */
export function peerPrecedents(store: Store): Promise<Map<string, GapPrecedent[]>> {
  return store.memo(['peerPrecedents'], async () => {
    const rows = await store.all<GapPrecedent & { procedure: string; media: string[]; sens: boolean; category: string }>(
      `SELECT procedure, media, sens, category, matter_id, title, fiscal_year FROM peer_precedents
        ORDER BY procedure, media, sens, category, fiscal_year DESC NULLS LAST, matter_id`
    );
    const out = new Map<string, GapPrecedent[]>();
    for (const { procedure, media, sens, category, ...p } of rows) {
      const key = profileKey(procedure, media, sens, category);
      out.set(key, [...(out.get(key) ?? []), p]);
    }
    return out;
  });
}

/** Every gap of the filtered matters, riskiest matter first: the gap list's twin. */
export function gapRows(store: Store, f: MatterFilter): Promise<GapListRow[]> {
  return store.memo(['gapRows', f], async () => {
    const { where, params } = filterSql(f);
    return store.all<GapListRow>(
      `SELECT g.matter_id, g.category, g.kind, g.rule_id, g.reason, m.risk
         FROM matter_facts m JOIN matter_gaps g USING (matter_id)
         ${where}
        ORDER BY m.risk DESC, m.fiscal_year DESC NULLS LAST, g.matter_id, g.kind DESC, g.category`,
      params
    );
  });
}

/** Share of each group's matters with at least one gap. */
export async function gapRates(store: Store, f: MatterFilter, group: GapRateGroup): Promise<GapRateRow[]> {
  return (await gapRatesByGroup(store, f))[group];
}

/** Both groupings in one statement (the gap list shows both), over the filtered matters. */
function gapRatesByGroup(store: Store, f: MatterFilter): Promise<Record<GapRateGroup, GapRateRow[]>> {
  return store.memo(['gapRates', f], async () => {
    const { where, params } = filterSql(f);
    const measures = `count(*)::INTEGER AS matters,
              count(*) FILTER (WHERE m.gap_categories > 0)::INTEGER AS gap_matters,
              count(*) FILTER (WHERE m.rule_gaps > 0)::INTEGER AS rule_gap_matters,
              count(*) FILTER (WHERE m.peer_gaps > 0)::INTEGER AS peer_gap_matters`;
    const dims: Record<GapRateGroup, string> = { department: COVERAGE_GROUPS.department, fiscal_year: COVERAGE_GROUPS.fiscal_year };
    const rows = await store.all<Omit<GapRateRow, 'rate' | 'group'> & { dimension: GapRateGroup; value: string }>(countsBy(dims, `matter_facts m ${where}`, measures), params);
    const of = (group: GapRateGroup): GapRateRow[] =>
      rows
        .filter((r) => r.dimension === group)
        .map(({ dimension: _d, value, ...r }) => ({ group: value, ...r, rate: r.matters ? r.gap_matters / r.matters : 0 }))
        .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
    return { department: of('department'), fiscal_year: of('fiscal_year') };
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
