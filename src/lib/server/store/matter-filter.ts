// The dashboard's filter model: one set of filters for every view, as a WHERE clause over
// matter_facts (filterSql) and, for a store that never changes, as a test of the facts cube's
// columns (facts-cube.ts). Values are bound parameters; column names come from code.

import type { ActorFilter, MatterKind, ItemCategory, MediaCategory, Procedure } from '../../domain/codes';
import { CATEGORY_LISTS, listHas } from './derived';

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

/** Coverage's group for a matter without the grouping value. */
export const UNKNOWN_GROUP = '(不明)';

/** Coverage's groupings: each matter's group as text. */
export const COVERAGE_GROUPS = {
  department: `coalesce(m.department, '${UNKNOWN_GROUP}')`,
  fiscal_year: `coalesce(CAST(m.fiscal_year AS VARCHAR), '${UNKNOWN_GROUP}')`,
  municipality: `coalesce(m.municipality, '${UNKNOWN_GROUP}')`
} as const;
export type CoverageGroup = keyof typeof COVERAGE_GROUPS;
