// The facts cube against the SQL it stands in for: the same snapshot opened twice, once as a store
// that may change (the dashboard answers in SQL) and once as one that never does (the cube
// answers), asked the same questions under many filters. The snapshot holds the sample texts, the
// ten documents of other municipalities and the layout fixtures, with corrections applied.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_FILTERS } from '../../../../src/lib/domain/codes';
import { compareCodePoints } from '../../../../src/lib/domain/text';
import { TAXONOMY } from '../../../../src/lib/domain/taxonomy';
import { run } from '../../../../src/lib/ingest/cli';
import { coverage, facets, mattersByYear, overview, type MatterFilter } from '../../../../src/lib/server/store/dashboard';
import { factsCube, loadFactsCube, select } from '../../../../src/lib/server/store/facts-cube';
import { listMatters } from '../../../../src/lib/server/store/queries';
import { publishSnapshot, snapshotPath } from '../../../../src/lib/server/store/snapshot';
import { Store } from '../../../../src/lib/server/store/store';

const FIXTURES = path.join(import.meta.dirname, '..', '..', '..', 'fixtures');
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-cube-'));
const db = path.join(dir, 'c.duckdb');
let bySql: Store;
let byCube: Store;

beforeAll(async () => {
  const sources = ['samples-text', 'more/raw', 'layouts'].map((d) => path.join(FIXTURES, d));
  expect(await run(['--db', db, '--quiet', ...sources], { out: () => undefined, err: () => undefined, tty: false })).toBe(0);
  // Corrections, so that corrected_matters and coverage's corrected counts are not all zero.
  const writable = await Store.open(db);
  const [a, b] = await writable.all<{ sha256: string }>('SELECT DISTINCT d.sha256 FROM documents d ORDER BY 1 LIMIT 2');
  const base = { before: null, user: '田中', at: '2026-12-01T10:00:00Z', matter_seq: 1 };
  await publishSnapshot(writable, {
    corrections: [
      { ...base, id: 'c1', sha256: a.sha256, target: { kind: 'field', field: 'department', value: '(不明)' } },
      { ...base, id: 'c2', sha256: b.sha256, target: { kind: 'safeguard', sentence: 1, categories: ['encryption'] } },
      { ...base, id: 'c3', sha256: b.sha256, target: { kind: 'field', field: 'fiscal_year', value: 2031 } }
    ]
  });
  writable.close();
  bySql = await Store.open(snapshotPath(db), { readOnly: true });
  byCube = await Store.open(snapshotPath(db), { readOnly: true, immutable: true });
}, 120_000);
afterAll(() => {
  bySql?.close();
  byCube?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every filter value the store has, and some it has not. */
async function filters(): Promise<MatterFilter[]> {
  const all = await facets(bySql, {});
  const values = <K extends keyof typeof all>(k: K) => all[k].map((v) => v.value);
  const [{ rules }] = await bySql.all<{ rules: string[] }>('SELECT coalesce(list(DISTINCT rule_id ORDER BY rule_id), []) AS rules FROM rule_hits');
  const years = values('fiscal_year').map(Number);
  const categories = TAXONOMY.map((c) => c.code);
  const out: MatterFilter[] = [{}, { municipality: '存在しない市' }, { rule: 'no_such_rule' }, { fiscal_year: 1990 }];
  for (const municipality of values('municipality')) out.push({ municipality });
  for (const department of values('department')) out.push({ department }, { department, sensitive: true });
  for (const procedure of values('procedure')) out.push({ procedure } as MatterFilter);
  for (const matter_kind of values('matter_kind')) out.push({ matter_kind } as MatterFilter);
  for (const fy of years) out.push({ fiscal_year: fy }, { fy_from: fy }, { fy_to: fy }, { fy_from: fy, fy_to: fy + 1 });
  for (const item_category of values('item_category')) out.push({ item_category } as MatterFilter);
  for (const media_category of values('media_category')) out.push({ media_category } as MatterFilter);
  for (const v of [true, false]) out.push({ sensitive: v }, { gap: v }, { review: v });
  for (const rule of rules) out.push({ rule }, { rule, gap: false });
  // Each category with an actor and clause setting in turn (coverage below tries them all).
  categories.forEach((category, k) => {
    const actor = ACTOR_FILTERS[k % ACTOR_FILTERS.length];
    const clauses = k % 2 === 0;
    out.push({ category, actor, clauses }, { category, actor, clauses, has: false });
  });
  // Combinations, drawn the same way each run.
  let seed = 7;
  const pick = <T>(xs: T[]): T => xs[(seed = (seed * 48271) % 2147483647) % xs.length];
  for (let k = 0; k < 40; k++) {
    out.push({
      municipality: pick([undefined, ...values('municipality')]),
      fy_from: pick([undefined, ...years]),
      item_category: pick([undefined, ...values('item_category')]) as MatterFilter['item_category'],
      category: pick([undefined, ...categories]),
      has: pick([undefined, true, false]),
      actor: pick([undefined, ...ACTOR_FILTERS]),
      sensitive: pick([undefined, true, false])
    });
  }
  return out;
}

describe('the facts cube', () => {
  it('is read for a store that never changes, and not for one that may', async () => {
    expect(await factsCube(bySql)).toBeNull();
    const cube = await factsCube(byCube);
    expect(cube?.n).toBeGreaterThan(20);
    expect(cube?.correctedFields.sort()).toEqual(['department', 'fiscal_year', 'safeguard_categories']);
    expect(cube?.rules?.size).toBeGreaterThan(0);
  });

  it('answers the overview, facets, coverage and matters per year as SQL does, under every filter', async () => {
    const list = await filters();
    expect(list.length).toBeGreaterThan(150);
    let compared = 0;
    for (const f of list) {
      expect(await overview(byCube, f), JSON.stringify(f)).toEqual(await overview(bySql, f));
      expect(await facets(byCube, f), JSON.stringify(f)).toEqual(await facets(bySql, f));
      expect(await mattersByYear(byCube, f), JSON.stringify(f)).toEqual(await mattersByYear(bySql, f));
      compared++;
    }
    // Coverage under a filter of each kind and the combinations, by every grouping, actor and clause setting.
    const kinds = new Map(list.map((f) => [Object.keys(f).sort().join(), f]));
    for (const f of [...kinds.values(), ...list.slice(-5)])
      for (const group of ['department', 'fiscal_year', 'municipality'] as const)
        for (const actor of ACTOR_FILTERS)
          for (const clauses of [false, true]) {
            const o = { group, actor, clauses };
            expect(await coverage(byCube, f, o), JSON.stringify({ f, o })).toEqual(await coverage(bySql, f, o));
          }
    expect(compared).toBe(list.length);
    // Not a vacuous comparison: the filters select different numbers of matters.
    const sizes = new Set(list.map((f) => select(cube(), f)?.length));
    expect(sizes.size).toBeGreaterThan(8);
  }, 120_000);

  it('gives the list the total SQL counts, under every sort and filter', async () => {
    const list = await filters();
    for (const f of list.filter((_, k) => k % 9 === 0))
      for (const sort of ['fiscal_year', 'title', 'department', 'municipality', 'procedure'] as const)
        for (const desc of [true, false])
          for (const [offset, limit] of [[0, 100], [3, 5]]) {
            const q = { ...f, sort, desc, offset, limit };
            expect(await listMatters(byCube, q), JSON.stringify(q)).toEqual(await listMatters(bySql, q));
          }
  }, 120_000);

  it('declines a filter it cannot test, which SQL then answers', async () => {
    const c = cube();
    expect(select(c, { item_category: 'no_such_category' as MatterFilter['item_category'] })).toBeNull();
    expect(select(c, { category: 'no_such_category' })).toBeNull();
    expect(await overview(byCube, { category: 'no_such_category' })).toEqual(await overview(bySql, { category: 'no_such_category' }));
  });

  it('is null for a store without matter_facts', async () => {
    const empty = await Store.openMemory('empty');
    try {
      expect(await loadFactsCube(empty)).toBeNull();
    } finally {
      empty.close();
    }
  });
});

let loaded: Awaited<ReturnType<typeof loadFactsCube>> = null;
beforeAll(async () => {
  loaded = await loadFactsCube(byCube);
});
const cube = () => {
  if (!loaded) throw new Error('no cube');
  return loaded;
};

describe('compareCodePoints', () => {
  it('orders as code points do, where UTF-16 units would not', () => {
    // U+1F600 (beyond the BMP) after U+FF01: `<` on UTF-16 units says the opposite.
    expect(['😀', '！', 'a', '区', ''].sort(compareCodePoints)).toEqual(['', 'a', '区', '！', '😀']);
    expect('😀' < '！').toBe(true);
    expect(compareCodePoints('ab', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('同じ', '同じ')).toBe(0);
  });
});
