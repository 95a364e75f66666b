// The heatmap's table as the page sends it. A ward has twenty or thirty departments; a store of
// many municipalities has hundreds, and a row per department made the overview a page of
// megabytes that nobody reads to the end. The overview shows the departments with the most
// matters; the total row still sums them all, and one link shows every row. The rows travel as a
// matrix of counts (one number per cell), not as coverage rows repeating names and shares.

import type { CoverageRow } from '$lib/view-types';

/** Rows the overview shows unless asked for all (`rows=all`). */
export const HEATMAP_ROWS = 30;

export interface HeatmapRow {
  group: string;
  matters: number;
  /** Matters with corrections bearing on the table (CoverageRow.corrected). */
  corrected: number;
  /** Matters covered, per category in `Heatmap.categories`'s order. */
  covered: number[];
}

export interface Heatmap {
  /** The category codes of the columns, as the coverage rows named them. */
  categories: string[];
  /** The shown groups, in the order they came. */
  rows: HeatmapRow[];
  /** Over every group, shown or not (groups partition the matters, so the sums are exact). */
  total: Omit<HeatmapRow, 'group'>;
  /** Groups in all. */
  groups: number;
}

/**
 * The `limit` groups with the most matters (ties by name), in their original order, and the totals
 * over all groups. `limit` null keeps every group.
 */
export function heatmapRows(rows: CoverageRow[], limit: number | null): Heatmap {
  const categories = [...new Set(rows.map((r) => r.category))];
  const column = new Map(categories.map((c, i) => [c, i]));
  const byGroup = new Map<string, HeatmapRow>();
  for (const r of rows) {
    let g = byGroup.get(r.group);
    if (!g) byGroup.set(r.group, (g = { group: r.group, matters: r.matters, corrected: r.corrected ?? 0, covered: categories.map(() => 0) }));
    g.covered[column.get(r.category)!] = r.covered;
  }
  const all = [...byGroup.values()];
  const total = { matters: 0, corrected: 0, covered: categories.map(() => 0) };
  for (const g of all) {
    total.matters += g.matters;
    total.corrected += g.corrected;
    g.covered.forEach((n, i) => (total.covered[i] += n));
  }
  let shown = all;
  if (limit !== null && all.length > limit) {
    const keep = new Set(
      [...all]
        .sort((a, b) => b.matters - a.matters || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0))
        .slice(0, Math.max(0, limit))
        .map((g) => g.group)
    );
    shown = all.filter((g) => keep.has(g.group));
  }
  return { categories, rows: shown, total, groups: all.length };
}
