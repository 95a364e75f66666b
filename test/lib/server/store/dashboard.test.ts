// Dashboard queries on a store built from the sample texts. The expected coverage numbers are
// counted by hand from the gold annotations (test/fixtures/gold): 健康部 holds 000, 001, 002 and
// both Edogawa matters (five matters); 福祉部 holds 003.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../../src/lib/ingest/cli';
import { coverage, facets, mattersByYear, overview, type CoverageRow } from '../../../../src/lib/server/store/dashboard';
import { listMatters, matterDetail, matterDetailRows } from '../../../../src/lib/server/store/queries';
import { snapshotPath } from '../../../../src/lib/server/store/snapshot';
import { Store } from '../../../../src/lib/server/store/store';

const TEXTS = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'samples-text');
let store: Store;

beforeAll(async () => {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-dash-')), 'd.duckdb');
  expect(await run(['--db', db, '--quiet', TEXTS], { out: () => undefined, err: () => undefined, tty: false })).toBe(0);
  // As the app does: the published snapshot, with its derived tables.
  store = await Store.open(snapshotPath(db), { readOnly: true });
});
afterAll(() => store?.close());

const cell = (rows: CoverageRow[], group: string, category: string) => {
  const r = rows.find((x) => x.group === group && x.category === category);
  return r && `${r.covered}/${r.matters}`;
};

describe('overview', () => {
  it('counts matters, departments, years, sensitive data and gaps', async () => {
    expect(await overview(store)).toMatchObject({ documents: 5, matters: 6, municipalities: 2, departments: 2, fiscal_years: [2019, 2020, 2021, 2022], sensitive_matters: 5 });
    expect((await overview(store)).sensitive_share).toBeCloseTo(5 / 6);
    expect(await overview(store, { municipality: '江戸川区' })).toMatchObject({ matters: 2, fiscal_years: [2020] });
  });
});

describe('coverage', () => {
  it('by department for the contractor, without annex clauses', async () => {
    const rows = await coverage(store, {}, { group: 'department', actor: 'contractor' });
    expect(cell(rows, '健康部', 'audit')).toBe('2/5'); // 001, 004#2
    expect(cell(rows, '健康部', 'responsible_staff')).toBe('4/5'); // 000, 001, 002, 004#2
    expect(cell(rows, '健康部', 'logging')).toBe('4/5');
    expect(cell(rows, '福祉部', 'email_safety')).toBe('1/1');
    expect(rows.some((r) => r.category === 'liability')).toBe(false);
  });
  it('by department for the ward', async () => {
    const rows = await coverage(store, {}, { group: 'department', actor: 'ward' });
    expect(cell(rows, '健康部', 'encryption')).toBe('4/5'); // not 004#1
    expect(cell(rows, '健康部', 'device_lock')).toBe('2/5'); // both Edogawa matters
    expect(cell(rows, '健康部', 'contract_terms')).toBe('2/5'); // 000, 002
    expect(rows.find((r) => r.group === '健康部' && r.category === 'device_lock')?.share).toBeCloseTo(0.4);
  });
  it('for either actor, with annex clauses counted', async () => {
    expect(cell(await coverage(store, {}, { actor: 'any' }), '健康部', 'audit')).toBe('2/5'); // 001, 004#2
    const withClauses = await coverage(store, {}, { actor: 'any', clauses: true });
    expect(cell(withClauses, '健康部', 'general_duty')).toBe('3/5'); // the Shinjuku annexes
    expect(cell(withClauses, '健康部', 'audit')).toBe('4/5'); // 000 and 002 through their annexes, 001, 004#2
  });
  it('by fiscal year for chosen categories (in taxonomy order), under a filter', async () => {
    const rows = await coverage(store, { municipality: '新宿区' }, { group: 'fiscal_year', categories: ['email_safety', 'print_control'] });
    expect(rows.map((r) => `${r.group}:${r.category}:${r.covered}/${r.matters}`)).toEqual([
      '2019:print_control:0/1',
      '2019:email_safety:1/1',
      '2021:print_control:0/2',
      '2021:email_safety:0/2',
      '2022:print_control:1/1',
      '2022:email_safety:0/1'
    ]);
  });
});

describe('drill-down, counts and facets', () => {
  it('lists the matters behind a coverage cell, and those lacking it', async () => {
    const has = await listMatters(store, { department: '健康部', category: 'audit', actor: 'contractor', has: true });
    expect(has.total).toBe(2);
    const lacks = await listMatters(store, { department: '健康部', category: 'audit', actor: 'contractor', has: false });
    expect(lacks.total).toBe(3);
  });
  it('counts matters by fiscal year and procedure', async () => {
    expect(await mattersByYear(store)).toEqual([
      { fiscal_year: 2019, procedure: 'outsourcing', matters: 1 },
      { fiscal_year: 2020, procedure: 'external_link', matters: 1 },
      { fiscal_year: 2020, procedure: 'outsourcing', matters: 1 },
      { fiscal_year: 2021, procedure: 'outsourcing', matters: 2 },
      { fiscal_year: 2022, procedure: 'outsourcing', matters: 1 }
    ]);
  });
  it('gives each dimension’s counts under the other filters', async () => {
    const f = await facets(store, { municipality: '江戸川区' });
    expect(f.municipality).toEqual([
      { value: '新宿区', count: 4 },
      { value: '江戸川区', count: 2 }
    ]);
    expect(f.procedure).toEqual([
      { value: 'external_link', count: 1 },
      { value: 'outsourcing', count: 1 }
    ]);
    expect(f.sensitive).toEqual([{ value: 'true', count: 2 }]);
  });
  it('gives a matter’s detail and its long table', async () => {
    const { rows } = await listMatters(store, { procedure: 'external_link' });
    const d = await matterDetail(store, rows[0].matter_id);
    expect(d?.document.format).toBe('text');
    expect(d?.gaps.length).toBeGreaterThan(0);
    expect(d?.peers.peers.length).toBeGreaterThan(0);
    const long = matterDetailRows(d!);
    expect(new Set(long.map((r) => r.part))).toEqual(new Set(['field', 'evidence', 'item', 'medium', 'safeguard', 'gap', 'similar']));
    // The similar matters' rows carry the same ranking as the detail.
    expect(long.filter((r) => r.part === 'similar').map((r) => r.label)).toEqual(d!.similar.similar.map((s) => s.matter_id));
  });
});

describe('list masks', () => {
  it('every masked list holds exactly the codes its bit set says, so a bit test equals a list search', async () => {
    const { MASKED_LISTS } = await import('../../../../src/lib/server/store/derived');
    let checked = 0;
    for (const [col, codes] of Object.entries(MASKED_LISTS)) {
      const rows = await store.all<{ list: string[]; mask: string | number }>(`SELECT ${col} AS list, ${col}_mask AS mask FROM matter_facts`);
      for (const r of rows) {
        const fromMask = codes.filter((_, i) => (BigInt(r.mask) >> BigInt(i)) & 1n);
        expect(fromMask, col).toEqual(codes.filter((c) => r.list.includes(c)));
        checked += fromMask.length;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
  it('filters by item category, medium and safeguard category as before', async () => {
    const ids = async (f: Parameters<typeof listMatters>[1]) => (await listMatters(store, f)).rows.map((r) => r.matter_id).sort();
    const all = (await listMatters(store, {})).rows;
    expect(await ids({ media_category: 'email' })).toEqual(all.filter((r) => r.media.includes('email')).map((r) => r.matter_id).sort());
    // 004#1 lacks the ward's encryption (coverage above): the negated bit test finds it alone among 健康部's.
    expect((await listMatters(store, { department: '健康部', category: 'encryption', actor: 'ward', has: false })).total).toBe(1);
    expect((await listMatters(store, { department: '健康部', category: 'encryption', actor: 'ward' })).total).toBe(4);
  });
});

describe('facets against one query per dimension', () => {
  // The plain definition: each dimension counted on its own, under the filters of the others.
  const plain = async (f: Parameters<typeof facets>[1] & object) => {
    const { filterSql } = await import('../../../../src/lib/server/store/dashboard');
    const dims: [string, string[], string][] = [
      ['municipality', ['municipality'], 'SELECT m.municipality AS value, count(*) AS n FROM matter_facts m {w} GROUP BY 1'],
      ['department', ['department'], 'SELECT m.department AS value, count(*) AS n FROM matter_facts m {w} GROUP BY 1'],
      ['procedure', ['procedure'], 'SELECT m.procedure AS value, count(*) AS n FROM matter_facts m {w} GROUP BY 1'],
      ['matter_kind', ['matter_kind'], 'SELECT m.matter_kind AS value, count(*) AS n FROM matter_facts m {w} GROUP BY 1'],
      ['fiscal_year', ['fy_from', 'fy_to', 'fiscal_year'], 'SELECT CAST(m.fiscal_year AS VARCHAR) AS value, count(*) AS n FROM matter_facts m {w} GROUP BY 1'],
      ['item_category', ['item_category'], 'SELECT value, count(*) AS n FROM (SELECT unnest(m.item_categories) AS value FROM matter_facts m {w}) GROUP BY 1'],
      ['media_category', ['media_category'], 'SELECT value, count(*) AS n FROM (SELECT unnest(m.media) AS value FROM matter_facts m {w}) GROUP BY 1'],
      ['sensitive', ['sensitive'], "SELECT CASE WHEN m.sensitive_items > 0 THEN 'true' ELSE 'false' END AS value, count(*) AS n FROM matter_facts m {w} GROUP BY 1"]
    ];
    const out: Record<string, { value: string; count: number }[]> = {};
    for (const [key, drop, sql] of dims) {
      const rest: Record<string, unknown> = { ...f };
      for (const d of drop) delete rest[d];
      const { where, params } = filterSql(rest);
      const rows = await store.all<{ value: string | null; n: number }>(`SELECT value::VARCHAR AS value, n::INTEGER AS n FROM (${sql.replace('{w}', where)}) WHERE value IS NOT NULL ORDER BY n DESC, value`, params);
      out[key] = rows.map((r) => ({ value: r.value!, count: r.n }));
    }
    return out;
  };
  it.each([
    {},
    { municipality: '江戸川区' },
    { department: '健康部', media_category: 'email' as const },
    { fy_from: 2020, fy_to: 2021, item_category: 'health' as const, sensitive: true },
    { category: 'encryption', actor: 'ward' as const, procedure: 'outsourcing' as const },
    { category: 'encryption', actor: 'ward' as const, has: false, department: '健康部' }
  ])('equal for %o', async (f) => {
    const got = await facets(store, f);
    expect(got).toEqual(await plain(f));
    expect(Object.values(got).flat().length).toBeGreaterThan(3);
  });
});
