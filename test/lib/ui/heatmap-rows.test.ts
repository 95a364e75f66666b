import { describe, expect, it } from 'vitest';
import { heatmapRows } from '../../../src/lib/ui/heatmap-rows';
import type { CoverageRow } from '../../../src/lib/view-types';

const row = (group: string, category: string, matters: number, covered: number, corrected = 0): CoverageRow => ({ group, category, matters, covered, share: covered / matters, corrected });

// Three departments of 5, 9 and 2 matters over two categories; the middle one has a correction.
const ROWS: CoverageRow[] = [
  row('健康部', 'audit', 5, 1),
  row('健康部', 'encryption', 5, 5),
  row('区民部', 'audit', 9, 3, 1),
  row('区民部', 'encryption', 9, 0, 1),
  row('総務部', 'audit', 2, 2),
  row('総務部', 'encryption', 2, 1)
];

describe('heatmapRows', () => {
  it('turns the coverage rows into a matrix of counts, with totals over every group', () => {
    const h = heatmapRows(ROWS, null);
    expect(h.categories).toEqual(['audit', 'encryption']);
    expect(h.rows).toEqual([
      { group: '健康部', matters: 5, corrected: 0, covered: [1, 5] },
      { group: '区民部', matters: 9, corrected: 1, covered: [3, 0] },
      { group: '総務部', matters: 2, corrected: 0, covered: [2, 1] }
    ]);
    expect(h.total).toEqual({ matters: 16, corrected: 1, covered: [6, 6] });
    expect(h.groups).toBe(3);
  });

  it('counts a cell the rows leave out as nothing covered', () => {
    const h = heatmapRows([row('健康部', 'audit', 4, 2), row('区民部', 'encryption', 3, 3)], null);
    expect(h.rows).toEqual([
      { group: '健康部', matters: 4, corrected: 0, covered: [2, 0] },
      { group: '区民部', matters: 3, corrected: 0, covered: [0, 3] }
    ]);
  });

  it('shows the groups with the most matters, in their order, and still totals them all', () => {
    const h = heatmapRows(ROWS, 2);
    expect(h.rows.map((r) => r.group)).toEqual(['健康部', '区民部']);
    expect(h.groups).toBe(3);
    // 総務部's two matters are not shown but are counted in the total row.
    expect(h.total).toEqual({ matters: 16, corrected: 1, covered: [6, 6] });
  });

  it('breaks ties by name, so the same store always shows the same rows', () => {
    const tied = [row('b部', 'audit', 3, 1), row('a部', 'audit', 3, 1), row('c部', 'audit', 1, 1)];
    expect(heatmapRows(tied, 1).rows.map((r) => r.group)).toEqual(['a部']);
  });

  it('needs no cut when the groups fit', () => {
    expect(heatmapRows(ROWS, 3).rows).toHaveLength(3);
    expect(heatmapRows([], 30)).toEqual({ categories: [], rows: [], total: { matters: 0, corrected: 0, covered: [] }, groups: 0 });
  });
});
