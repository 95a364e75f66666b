// Dashboard queries: one filter model for every view, so a page and its data twins answer the same
// URL with the same rows. Values are bound parameters; grouping and sort columns come from whitelists.

import type { ActorFilter, ItemCategory, MatterKind, MediaCategory, Procedure } from '../../domain/codes';
import { SAFEGUARD_CORRECTIONS } from '../../domain/corrections';
import { TAXONOMY } from '../../domain/taxonomy';
import type { CoverageRow, Facets, FacetValue, Overview, YearProcedureRow } from '../../view-types';
import { countsBy } from './counts-by';
import { CATEGORY_LISTS, listHas, MASKED_LISTS } from './derived';
import { REVIEW_ANY_SQL } from './review-conditions';
import type { Store } from './store';

// The row types are the browser's (view-types.ts); these queries answer with them.
export type { CoverageRow, Facets, FacetValue, Overview, YearProcedureRow };

/** Filters shared by every view; the names are the store's column names (FILTER_KEYS in domain/codes.ts). */
export interface MatterFilter {
  municipality?: string;
  department?: string;
  procedure?: Procedure;
  matter_kind?: MatterKind;
  fy_from?: number;
  fy_to?: number;
  /** One fiscal year exactly (a trend point). */
  fiscal_year?: number;
  item_category?: ItemCategory;
  sensitive?: boolean;
  media_category?: MediaCategory;
  /** Drill-down from a coverage cell: matters that have (or lack) this safeguard category. */
  category?: string;
  actor?: ActorFilter;
  clauses?: boolean;
  /** With `category`: true for matters that have it, false for those that lack it. */
  has?: boolean;
  /** Matters with at least one gap. */
  gap?: boolean;
  /** Matters flagged for review (matter_reviews), or not. */
  review?: boolean;
  /** Matters an expected-safeguard rule fires on (rule_hits). */
  rule?: string;
}

type Params = Record<string, string | number | boolean | bigint>;

/** The matter_facts list column holding the categories for this actor, with or without annex clauses. */
export function categoryColumn(actor: ActorFilter | undefined, clauses: boolean | undefined): string {
  const lists = CATEGORY_LISTS[actor === 'ward' || actor === 'contractor' ? actor : 'any'];
  return clauses ? lists.clauses : lists.operational;
}

/**
 * The WHERE clause over `matter_facts m` (derived.ts: the matters columns plus per-matter counts and
 * category lists) and its parameters.
 */
export function filterSql(f: MatterFilter): { where: string; params: Params } {
  const where: string[] = [];
  const params: Params = {};
  const eq = (col: 'municipality' | 'department' | 'procedure' | 'matter_kind' | 'fiscal_year') => {
    const v = f[col];
    if (v !== undefined && v !== '') {
      where.push(`m.${col} = $${col}`);
      params[col] = v;
    }
  };
  eq('municipality');
  eq('department');
  eq('procedure');
  eq('matter_kind');
  eq('fiscal_year');
  if (f.fy_from !== undefined) {
    where.push('m.fiscal_year >= $fy_from');
    params.fy_from = f.fy_from;
  }
  if (f.fy_to !== undefined) {
    where.push('m.fiscal_year <= $fy_to');
    params.fy_to = f.fy_to;
  }
  if (f.item_category) {
    const c = listHas('item_categories', f.item_category, 'item_category');
    where.push(c.sql);
    params.item_category = c.value;
  }
  if (f.sensitive !== undefined) where.push(f.sensitive ? 'm.sensitive_items > 0' : 'm.sensitive_items = 0');
  if (f.media_category) {
    const c = listHas('media', f.media_category, 'media_category');
    where.push(c.sql);
    params.media_category = c.value;
  }
  if (f.gap !== undefined) where.push(f.gap ? 'm.gaps > 0' : 'm.gaps = 0');
  if (f.review !== undefined) where.push(f.review ? 'len(m.review) > 0' : 'len(m.review) = 0');
  if (f.rule) {
    where.push('m.matter_id IN (SELECT matter_id FROM rule_hits WHERE rule_id = $rule)');
    params.rule = f.rule;
  }
  if (f.category) {
    // Not `$category`: views that name a category of their own (wording) bind that name.
    const c = listHas(categoryColumn(f.actor, f.clauses), f.category, 'filter_category');
    where.push(`${f.has === false ? 'NOT ' : ''}${c.sql}`);
    params.filter_category = c.value;
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export function overview(store: Store, f: MatterFilter = {}): Promise<Overview> {
  return store.memo(['overview', f], () => overviewOf(store, f));
}

async function overviewOf(store: Store, f: MatterFilter): Promise<Overview> {
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

export const COVERAGE_GROUPS = { department: `coalesce(m.department, '(不明)')`, fiscal_year: `coalesce(CAST(m.fiscal_year AS VARCHAR), '(不明)')`, municipality: `coalesce(m.municipality, '(不明)')` } as const;
export type CoverageGroup = keyof typeof COVERAGE_GROUPS;

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
  const group = COVERAGE_GROUPS[o.group ?? 'department'] ?? COVERAGE_GROUPS.department;
  const { where, params } = filterSql(f);
  const codes = TAXONOMY.filter((c) => (o.clauses || !c.clauseOnly) && (!o.categories?.length || o.categories.includes(c.code))).map((c) => c.code);
  if (codes.length === 0) return [];
  // Each category's bit counted per group (MASKED_LISTS): no list is unnested. The matters are
  // first counted per group and distinct mask, a few thousand rows, and the bits are summed over
  // those: testing every bit on every matter cost twice as much. Column names are generated (c0,
  // c1 …) and bit positions come from the taxonomy, never from input.
  const column = categoryColumn(o.actor, o.clauses);
  const bitsOf = MASKED_LISTS[column];
  const counts = codes.map((code, i) => bitSum('mask', bitsOf.indexOf(code), `c${i}`));
  const bearing = [o.group ?? 'department', ...SAFEGUARD_CORRECTIONS];
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
  const { where, params } = filterSql(f);
  return store.memo(['byYear', f], () => store.all<YearProcedureRow>(
    `SELECT m.fiscal_year, m.procedure, count(*)::INTEGER AS matters FROM matter_facts m ${where} GROUP BY ALL ORDER BY m.fiscal_year NULLS LAST, m.procedure`,
    params
  ));
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
  await Promise.all(
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
  for (const k of keys) out[k].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return out;
}
