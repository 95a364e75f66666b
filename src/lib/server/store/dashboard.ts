// Dashboard queries: one filter model for every view, so a page and its data twins answer the same
// URL with the same rows. Values are bound parameters; grouping and sort columns come from whitelists.

import type { ActorFilter } from '../../domain/codes';
import { SAFEGUARD_CORRECTIONS } from '../../domain/corrections';
import { TAXONOMY } from '../../domain/taxonomy';
import { compareCodePoints } from '../../domain/text';
import type { CoverageRow, Facets, FacetValue, Overview, YearProcedureRow } from '../../view-types';
import { countsBy } from './counts-by';
import { MASKED_LISTS } from './derived';
import { cubeBitCounts, cubeByYear, cubeCounts, cubeCoverage, cubeOverview, cubeSelection, factsCube, select } from './facts-cube';
import { categoryColumn, COVERAGE_GROUPS, filterSql, type CoverageGroup, type MatterFilter } from './matter-filter';
import { REVIEW_ANY_SQL } from './review-conditions';
import type { Store } from './store';

// The row types are the browser's (view-types.ts); these queries answer with them.
export type { CoverageRow, Facets, FacetValue, Overview, YearProcedureRow };
export { categoryColumn, COVERAGE_GROUPS, filterSql, type CoverageGroup, type MatterFilter };

export function overview(store: Store, f: MatterFilter = {}): Promise<Overview> {
  return store.memo(['overview', f], () => overviewOf(store, f));
}

async function overviewOf(store: Store, f: MatterFilter): Promise<Overview> {
  const hit = await cubeSelection(store, f);
  if (hit) return cubeOverview(hit.cube, hit.sel);
  const { where, params } = filterSql(f);
  const [r] = await store.all<Overview>(
    `SELECT count(DISTINCT m.document_no)::INTEGER AS documents, count(*)::INTEGER AS matters,
            count(DISTINCT m.municipality)::INTEGER AS municipalities, count(DISTINCT m.department)::INTEGER AS departments,
            coalesce(list(DISTINCT m.fiscal_year ORDER BY m.fiscal_year) FILTER (WHERE m.fiscal_year IS NOT NULL), []) AS fiscal_years,
            min(m.fiscal_year) AS fy_min, max(m.fiscal_year) AS fy_max,
            count(*) FILTER (WHERE m.sensitive_items > 0)::INTEGER AS sensitive_matters,
            count(*) FILTER (WHERE m.gaps > 0)::INTEGER AS gap_matters,
            count(*) FILTER (WHERE ${REVIEW_ANY_SQL})::INTEGER AS review_matters,
            count(DISTINCT m.document_no) FILTER (WHERE ${REVIEW_ANY_SQL})::INTEGER AS review_documents,
            count(*) FILTER (WHERE len(m.corrected) > 0)::INTEGER AS corrected_matters,
            count(DISTINCT m.document_no) FILTER (WHERE list_contains(m.review, 'form_not_recognised'))::INTEGER AS unrecognised_documents
       FROM matter_facts m ${where}`,
    params
  );
  const share = (n: number) => (r.matters ? n / r.matters : 0);
  return { ...r, sensitive_share: share(r.sensitive_matters), gap_share: share(r.gap_matters) };
}

/**
 * The matters of grouped rows `g` (one per distinct mask, with its count `n`) whose mask `g.<mask>`
 * has bit `bit`: coverage's and the list facets' counts. Names and bits are generated, never input.
 */
const bitSum = (mask: string, bit: number, alias: string) => `coalesce(sum(g.n) FILTER (WHERE (g.${mask} >> ${bit}) & 1 = 1), 0)::INTEGER AS ${alias}`;


export interface CoverageOptions {
  group?: CoverageGroup;
  actor?: ActorFilter;
  clauses?: boolean;
  /** Limit to these categories (a trend chart's chosen ones). */
  categories?: string[];
}

/** Share of each group's matters that have each category (by the actor, with or without annex clauses). */
export function coverage(store: Store, f: MatterFilter = {}, o: CoverageOptions = {}): Promise<CoverageRow[]> {
  return store.memo(['coverage', f, o], () => coverageOf(store, f, o));
}

async function coverageOf(store: Store, f: MatterFilter, o: CoverageOptions): Promise<CoverageRow[]> {
  const groupName = o.group && Object.hasOwn(COVERAGE_GROUPS, o.group) ? o.group : 'department';
  const group = COVERAGE_GROUPS[groupName];
  const codes = TAXONOMY.filter((c) => (o.clauses || !c.clauseOnly) && (!o.categories?.length || o.categories.includes(c.code))).map((c) => c.code);
  if (codes.length === 0) return [];
  const column = categoryColumn(o.actor, o.clauses);
  const bearing = [groupName, ...SAFEGUARD_CORRECTIONS];
  const hit = await cubeSelection(store, f);
  if (hit) return cubeCoverage(hit.cube, hit.sel, groupName, column, codes, bearing);
  const { where, params } = filterSql(f);
  // Each category's bit counted per group (MASKED_LISTS): no list is unnested. The matters are
  // first counted per group and distinct mask, a few thousand rows, and the bits are summed over
  // those: testing every bit on every matter cost twice as much. Column names are generated (c0,
  // c1 …) and bit positions come from the taxonomy, never from input.
  const bitsOf = MASKED_LISTS[column];
  const counts = codes.map((code, i) => bitSum('mask', bitsOf.indexOf(code), `c${i}`));
  const groups = await store.all<Record<string, string | number>>(
    `WITH g AS (SELECT ${group} AS grp, m.${column}_mask AS mask, list_has_any(m.corrected, $bearing::VARCHAR[]) AS corrected, count(*) AS n
                  FROM matter_facts m ${where} GROUP BY ALL)
     SELECT g.grp, sum(g.n)::INTEGER AS matters, ${counts.join(', ')},
            coalesce(sum(g.n) FILTER (WHERE g.corrected), 0)::INTEGER AS corrected
       FROM g GROUP BY g.grp ORDER BY g.grp`,
    { ...params, bearing: JSON.stringify(bearing) }
  );
  return groups.flatMap((g) => {
    const matters = g.matters as number;
    const corrected = g.corrected as number;
    return codes.map((category, i) => {
      const covered = g[`c${i}`] as number;
      return { group: g.grp as string, category, matters, covered, share: matters ? covered / matters : 0, corrected };
    });
  });
}

export function mattersByYear(store: Store, f: MatterFilter = {}): Promise<YearProcedureRow[]> {
  return store.memo(['byYear', f], async () => {
    const hit = await cubeSelection(store, f);
    if (hit) return cubeByYear(hit.cube, hit.sel);
    const { where, params } = filterSql(f);
    return store.all<YearProcedureRow>(
      `SELECT m.fiscal_year, m.procedure, count(*)::INTEGER AS matters FROM matter_facts m ${where} GROUP BY ALL ORDER BY m.fiscal_year NULLS LAST, m.procedure`,
      params
    );
  });
}

/** The dimensions whose facet is one value per matter, with the expression that gives it (search's facets too). */
export const SCALAR_FACETS = {
  municipality: 'm.municipality',
  department: 'm.department',
  procedure: 'm.procedure',
  matter_kind: 'm.matter_kind',
  fiscal_year: 'CAST(m.fiscal_year AS VARCHAR)',
  sensitive: "CASE WHEN m.sensitive_items > 0 THEN 'true' ELSE 'false' END"
} as const satisfies Partial<Record<keyof Facets, string>>;
type ScalarFacet = keyof typeof SCALAR_FACETS;

/** The dimensions whose facet counts a list per matter, with the list's column (it has a bit set: derived.ts). */
const LIST_FACETS = { item_category: 'item_categories', media_category: 'media' } as const satisfies Partial<Record<keyof Facets, string>>;
type ListFacet = keyof typeof LIST_FACETS;

/** The filters each facet leaves out: its own dimension's. */
const FACET_DROPS: Record<keyof Facets, (keyof MatterFilter)[]> = {
  municipality: ['municipality'],
  department: ['department'],
  procedure: ['procedure'],
  matter_kind: ['matter_kind'],
  fiscal_year: ['fy_from', 'fy_to', 'fiscal_year'],
  item_category: ['item_category'],
  media_category: ['media_category'],
  sensitive: ['sensitive']
};

/**
 * For each filter dimension, its values and their matter counts under the other active filters.
 * Facets whose own dimension is not filtered see the same matters and are counted together (one
 * statement of groupings for the one-value dimensions, countsBy; one of bit counts for the lists);
 * a filtered dimension's facet is counted apart, without its own filter.
 */
export function facets(store: Store, f: MatterFilter = {}): Promise<Facets> {
  return store.memo(['facets', f], () => facetsOf(store, f));
}

async function facetsOf(store: Store, f: MatterFilter): Promise<Facets> {
  const out = Object.fromEntries(Object.keys(FACET_DROPS).map((k) => [k, [] as FacetValue[]])) as Facets;
  const keys = Object.keys(FACET_DROPS) as (keyof Facets)[];
  const filtered = (k: keyof Facets) => FACET_DROPS[k].some((d) => f[d] !== undefined && f[d] !== '');
  // Scans by the filter they run under: the shared one, and one per filtered dimension.
  const scans: { filter: MatterFilter; scalars: ScalarFacet[]; lists: ListFacet[] }[] = [{ filter: f, scalars: [], lists: [] }];
  for (const k of keys) {
    let scan = scans[0];
    if (filtered(k)) {
      const rest = { ...f };
      for (const d of FACET_DROPS[k]) delete rest[d];
      scan = { filter: rest, scalars: [], lists: [] };
      scans.push(scan);
    }
    if (k in SCALAR_FACETS) scan.scalars.push(k as ScalarFacet);
    else scan.lists.push(k as ListFacet);
  }
  const cube = await factsCube(store);
  const selections = cube ? scans.map((scan) => select(cube, scan.filter)) : [];
  if (cube && selections.every((sel) => sel !== null)) {
    scans.forEach(({ scalars, lists }, s) => {
      for (const k of scalars) out[k] = cubeCounts(cube, selections[s] as Int32Array, k);
      for (const k of lists) out[k] = cubeBitCounts(cube, selections[s] as Int32Array, LIST_FACETS[k]);
    });
  } else await Promise.all(
    scans.flatMap(({ filter, scalars, lists }) => {
      const { where, params } = filterSql(filter);
      const jobs: Promise<void>[] = [];
      if (scalars.length > 0) {
        const dims = Object.fromEntries(scalars.map((k) => [k, SCALAR_FACETS[k]]));
        jobs.push(
          store.all<{ dimension: ScalarFacet; value: string | null; n: number }>(countsBy(dims, `matter_facts m ${where}`), params).then((rows) => {
            for (const r of rows) if (r.value !== null) out[r.dimension].push({ value: r.value, count: r.n });
          })
        );
      }
      if (lists.length > 0) {
        // Counted per distinct combination of masks first, as the coverage's bits are.
        const counts = lists.flatMap((k) =>
          MASKED_LISTS[LIST_FACETS[k]].map((_, i) => bitSum(k, i, `${k}_${i}`))
        );
        const masks = lists.map((k) => `m.${LIST_FACETS[k]}_mask AS ${k}`);
        jobs.push(
          store.all<Record<string, number>>(`WITH g AS (SELECT ${masks.join(', ')}, count(*) AS n FROM matter_facts m ${where} GROUP BY ALL) SELECT ${counts.join(', ')} FROM g`, params).then(([r]) => {
            for (const k of lists)
              MASKED_LISTS[LIST_FACETS[k]].forEach((code, i) => {
                if (r[`${k}_${i}`] > 0) out[k].push({ value: code, count: r[`${k}_${i}`] });
              });
          })
        );
      }
      return jobs;
    })
  );
  // Most matters first, then by value (as DuckDB orders text: by code point).
  for (const k of keys) out[k].sort((a, b) => b.count - a.count || compareCodePoints(a.value, b.value));
  return out;
}
