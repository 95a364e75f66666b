// countsBy: the counts per value of several dimensions in one statement, as GROUPING SETS gave
// them (the dashboard's and search's facets, the gap rates), with NULL kept as a value of its own.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countsBy } from '../../../../src/lib/server/store/counts-by';
import { Store } from '../../../../src/lib/server/store/store';

let store: Store;
beforeAll(async () => {
  store = await Store.openMemory('counts-by');
  await store.all(`CREATE TABLE t AS SELECT * FROM (VALUES ('保健所', 2021, 1), ('保健所', 2022, 0), ('税務課', 2022, 0), (NULL, NULL, 1)) v(department, fiscal_year, gaps)`);
});
afterAll(() => store?.close());

const sorted = <T extends { dimension: string; value: string | null }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.dimension}|${a.value ?? ""}`.localeCompare(`${b.dimension}|${b.value ?? ""}`));

describe('countsBy', () => {
  it('counts each dimension over the same rows and matches GROUPING SETS', async () => {
    const dims = { department: 't.department', fiscal_year: 't.fiscal_year' };
    const rows = await store.all<{ dimension: string; value: string | null; n: number }>(countsBy(dims, 't'));
    expect(sorted(rows)).toEqual([
      { dimension: 'department', value: null, n: 1 },
      { dimension: 'department', value: '保健所', n: 2 },
      { dimension: 'department', value: '税務課', n: 1 },
      { dimension: 'fiscal_year', value: null, n: 1 },
      { dimension: 'fiscal_year', value: '2021', n: 1 },
      { dimension: 'fiscal_year', value: '2022', n: 2 }
    ]);
    const sets = await store.all<{ department: string | null; fiscal_year: number | null; g: number; n: number }>(
      'SELECT department, fiscal_year, grouping(department)::INTEGER AS g, count(*)::INTEGER AS n FROM t GROUP BY GROUPING SETS ((department), (fiscal_year))'
    );
    const fromSets = sets.map((r) => ({ dimension: r.g === 0 ? 'department' : 'fiscal_year', value: r.g === 0 ? r.department : r.fiscal_year === null ? null : String(r.fiscal_year), n: r.n }));
    expect(sorted(rows)).toEqual(sorted(fromSets));
  });

  it('takes a WHERE with the rows and measures of its own', async () => {
    const rows = await store.all<{ dimension: string; value: string; matters: number; gap_matters: number }>(
      countsBy({ department: "coalesce(t.department, '(不明)')" }, 't WHERE t.fiscal_year IS NOT NULL', 'count(*)::INTEGER AS matters, count(*) FILTER (WHERE t.gaps > 0)::INTEGER AS gap_matters')
    );
    expect(sorted(rows)).toEqual([
      { dimension: 'department', value: '保健所', matters: 2, gap_matters: 1 },
      { dimension: 'department', value: '税務課', matters: 1, gap_matters: 0 }
    ]);
  });

  it('refuses a dimension name that is not a plain identifier, and an empty list', () => {
    expect(() => countsBy({ "x' OR 1=1 --": 't.department' }, 't')).toThrow(/bad dimension name/);
    expect(() => countsBy({}, 't')).toThrow(/no dimension/);
  });
});
