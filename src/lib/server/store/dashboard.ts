// Dashboard queries: one filter model for every view, so a page and its data twins answer the same
// URL with the same rows. Values are bound parameters; grouping and sort columns come from whitelists.

import { TAXONOMY } from '../../domain/taxonomy';
import type { Store } from './store';

export type Actor = 'ward' | 'contractor' | 'any';

/** Filters shared by every view; the names are the store's column names. */
export interface MatterFilter {
  municipality?: string;
  department?: string;
  procedure?: string;
  matter_kind?: string;
  fy_from?: number;
  fy_to?: number;
  /** One fiscal year exactly (a trend point). */
  fiscal_year?: number;
  item_category?: string;
  sensitive?: boolean;
  media_category?: string;
  /** Drill-down from a coverage cell: matters that have (or lack) this safeguard category. */
  category?: string;
  actor?: Actor;
  clauses?: boolean;
  /** With `category`: true for matters that have it, false for those that lack it. */
  has?: boolean;
  /** Matters with at least one gap. */
  gap?: boolean;
}

export const FILTER_KEYS = ['municipality', 'department', 'procedure', 'matter_kind', 'fy_from', 'fy_to', 'fiscal_year', 'item_category', 'sensitive', 'media_category', 'category', 'actor', 'clauses', 'has', 'gap'] as const;

type Params = Record<string, string | number | boolean>;

function safeguardCondition(f: MatterFilter, alias: string): string {
  const parts = [`${alias}.matter_id = m.matter_id`];
  if (f.actor === 'ward' || f.actor === 'contractor') parts.push(`${alias}.actor = $actor`);
  if (!f.clauses) parts.push(`${alias}.scope <> 'clause'`);
  return parts.join(' AND ');
}

/** The WHERE clause over `matters m` and its parameters. */
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
    where.push('EXISTS (SELECT 1 FROM data_items i WHERE i.matter_id = m.matter_id AND i.category = $item_category)');
    params.item_category = f.item_category;
  }
  if (f.sensitive !== undefined) where.push(`${f.sensitive ? '' : 'NOT '}EXISTS (SELECT 1 FROM data_items i WHERE i.matter_id = m.matter_id AND i.sensitive)`);
  if (f.media_category) {
    where.push('EXISTS (SELECT 1 FROM media x WHERE x.matter_id = m.matter_id AND x.category = $media_category)');
    params.media_category = f.media_category;
  }
  if (f.gap !== undefined) where.push(`${f.gap ? '' : 'NOT '}EXISTS (SELECT 1 FROM gaps g WHERE g.matter_id = m.matter_id)`);
  if (f.category) {
    where.push(`${f.has === false ? 'NOT ' : ''}EXISTS (SELECT 1 FROM safeguards s WHERE ${safeguardCondition(f, 's')} AND s.category = $category)`);
    params.category = f.category;
  }
  if ((f.actor === 'ward' || f.actor === 'contractor') && f.category) params.actor = f.actor;
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export interface Overview {
  documents: number;
  matters: number;
  municipalities: number;
  departments: number;
  fiscal_years: number[];
  fy_min: number | null;
  fy_max: number | null;
  sensitive_matters: number;
  sensitive_share: number;
  gap_matters: number;
  gap_share: number;
}

export async function overview(store: Store, f: MatterFilter = {}): Promise<Overview> {
  const { where, params } = filterSql(f);
  const [r] = await store.all<Overview>(
    `SELECT count(DISTINCT m.document_id)::INTEGER AS documents, count(*)::INTEGER AS matters,
            count(DISTINCT m.municipality)::INTEGER AS municipalities, count(DISTINCT m.department)::INTEGER AS departments,
            coalesce(list(DISTINCT m.fiscal_year ORDER BY m.fiscal_year) FILTER (WHERE m.fiscal_year IS NOT NULL), []) AS fiscal_years,
            min(m.fiscal_year) AS fy_min, max(m.fiscal_year) AS fy_max,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM data_items i WHERE i.matter_id = m.matter_id AND i.sensitive))::INTEGER AS sensitive_matters,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM gaps g WHERE g.matter_id = m.matter_id))::INTEGER AS gap_matters
       FROM matters m ${where}`,
    params
  );
  const share = (n: number) => (r.matters ? n / r.matters : 0);
  return { ...r, sensitive_share: share(r.sensitive_matters), gap_share: share(r.gap_matters) };
}

export const COVERAGE_GROUPS = { department: `coalesce(m.department, '(不明)')`, fiscal_year: `coalesce(CAST(m.fiscal_year AS VARCHAR), '(不明)')`, municipality: `coalesce(m.municipality, '(不明)')` } as const;
export type CoverageGroup = keyof typeof COVERAGE_GROUPS;

export interface CoverageRow {
  group: string;
  category: string;
  matters: number;
  covered: number;
  share: number;
}

export interface CoverageOptions {
  group?: CoverageGroup;
  actor?: Actor;
  clauses?: boolean;
  /** Limit to these categories (a trend chart's chosen ones). */
  categories?: string[];
}

/** Share of each group's matters that have each category (by the actor, with or without annex clauses). */
export async function coverage(store: Store, f: MatterFilter = {}, o: CoverageOptions = {}): Promise<CoverageRow[]> {
  const group = COVERAGE_GROUPS[o.group ?? 'department'] ?? COVERAGE_GROUPS.department;
  const { where, params } = filterSql(f);
  const codes = TAXONOMY.filter((c) => (o.clauses || !c.clauseOnly) && (!o.categories?.length || o.categories.includes(c.code))).map((c) => c.code);
  if (codes.length === 0) return [];
  const actorCond = o.actor === 'ward' || o.actor === 'contractor' ? `AND s.actor = $cov_actor` : '';
  const clauseCond = o.clauses ? '' : `AND s.scope <> 'clause'`;
  const rows = await store.all<{ group: string; category: string; matters: number; covered: number }>(
    `WITH fm AS (SELECT m.matter_id, ${group} AS grp FROM matters m ${where}),
          codes AS (SELECT unnest($codes::VARCHAR[]) AS code, generate_subscripts($codes::VARCHAR[], 1) AS ord),
          cov AS (SELECT DISTINCT s.matter_id, s.category FROM safeguards s WHERE s.matter_id IN (SELECT matter_id FROM fm) ${actorCond} ${clauseCond})
     SELECT fm.grp AS "group", codes.code AS category, count(*)::INTEGER AS matters, count(cov.matter_id)::INTEGER AS covered
       FROM fm CROSS JOIN codes LEFT JOIN cov ON cov.matter_id = fm.matter_id AND cov.category = codes.code
      GROUP BY fm.grp, codes.code, codes.ord
      ORDER BY fm.grp, codes.ord`,
    { ...params, codes: JSON.stringify(codes), ...(actorCond ? { cov_actor: o.actor as string } : {}) }
  );
  return rows.map((r) => ({ ...r, share: r.matters ? r.covered / r.matters : 0 }));
}

export interface YearProcedureRow {
  fiscal_year: number | null;
  procedure: string;
  matters: number;
}

export async function mattersByYear(store: Store, f: MatterFilter = {}): Promise<YearProcedureRow[]> {
  const { where, params } = filterSql(f);
  return store.all<YearProcedureRow>(
    `SELECT m.fiscal_year, m.procedure, count(*)::INTEGER AS matters FROM matters m ${where} GROUP BY ALL ORDER BY m.fiscal_year NULLS LAST, m.procedure`,
    params
  );
}

export interface FacetValue {
  value: string;
  count: number;
}
export type Facets = Record<'municipality' | 'department' | 'procedure' | 'matter_kind' | 'fiscal_year' | 'item_category' | 'media_category' | 'sensitive', FacetValue[]>;

const FACETS: Record<keyof Facets, { drop: (keyof MatterFilter)[]; sql: string }> = {
  municipality: { drop: ['municipality'], sql: `SELECT m.municipality AS value, count(*) AS n FROM matters m {where} GROUP BY 1` },
  department: { drop: ['department'], sql: `SELECT m.department AS value, count(*) AS n FROM matters m {where} GROUP BY 1` },
  procedure: { drop: ['procedure'], sql: `SELECT m.procedure AS value, count(*) AS n FROM matters m {where} GROUP BY 1` },
  matter_kind: { drop: ['matter_kind'], sql: `SELECT m.matter_kind AS value, count(*) AS n FROM matters m {where} GROUP BY 1` },
  fiscal_year: { drop: ['fy_from', 'fy_to', 'fiscal_year'], sql: `SELECT CAST(m.fiscal_year AS VARCHAR) AS value, count(*) AS n FROM matters m {where} GROUP BY 1` },
  item_category: { drop: ['item_category'], sql: `SELECT i.category AS value, count(DISTINCT m.matter_id) AS n FROM matters m JOIN data_items i ON i.matter_id = m.matter_id {where} GROUP BY 1` },
  media_category: { drop: ['media_category'], sql: `SELECT x.category AS value, count(DISTINCT m.matter_id) AS n FROM matters m JOIN media x ON x.matter_id = m.matter_id {where} GROUP BY 1` },
  sensitive: {
    drop: ['sensitive'],
    sql: `SELECT CASE WHEN EXISTS (SELECT 1 FROM data_items i WHERE i.matter_id = m.matter_id AND i.sensitive) THEN 'true' ELSE 'false' END AS value, count(*) AS n FROM matters m {where} GROUP BY 1`
  }
};

/** For each filter dimension, its values and their matter counts under the other active filters. */
export async function facets(store: Store, f: MatterFilter = {}): Promise<Facets> {
  const out = {} as Facets;
  for (const [key, spec] of Object.entries(FACETS) as [keyof Facets, (typeof FACETS)[keyof Facets]][]) {
    const rest = { ...f };
    for (const d of spec.drop) delete rest[d];
    const { where, params } = filterSql(rest);
    const rows = await store.all<{ value: string | null; n: number }>(`SELECT value, n::INTEGER AS n FROM (${spec.sql.replace('{where}', where)}) WHERE value IS NOT NULL ORDER BY n DESC, value`, params);
    out[key] = rows.map((r) => ({ value: r.value as string, count: r.n }));
  }
  return out;
}
