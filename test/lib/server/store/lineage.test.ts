// Lineage on planted versions of a sample matter: every planted link is found, nothing else is
// linked, the diff names the planted change, and a removed link gives way to the next candidate.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkKey } from '../../../../src/lib/domain/lineage';
import path from 'node:path';
import { changes, lineageOf, versionFacts } from '../../../../src/lib/server/store/lineage';
import { Store } from '../../../../src/lib/server/store/store';
import { plantedStore, type Planted } from '../../../helpers/planted';

let p: Planted;
beforeAll(async () => {
  p = await plantedStore();
});
afterAll(() => p?.close());

const best = async () =>
  (await p.snap.all<{ earlier: string; later: string; kind: string }>(`SELECT earlier, later, kind FROM lineage_links WHERE rank = 1 ORDER BY later`)).map((l) => `${l.earlier}>${l.later}:${l.kind}`);

describe('lineage links', () => {
  it('finds exactly the planted renewals and the stated change (precision and recall 1 on this set)', async () => {
    const { base, renewal, change, other, otherRenewal } = p.ids;
    expect((await best()).sort()).toEqual([`${base}>${renewal}:same_stem`, `${renewal}>${change}:change_hint`, `${other}>${otherRenewal}:same_stem`].sort());
  });
  it('shows a matter its earlier and later versions, nearest first, and the diff from the nearest', async () => {
    const { base, renewal, change } = p.ids;
    const l = await lineageOf(p.snap, renewal, []);
    expect(l.earlier.map((s) => s.matter_id)).toEqual([base]);
    expect(l.later.map((s) => s.matter_id)).toEqual([change]);
    expect(l.diff?.items).toEqual({ added: [], removed: ['申請理由'] });
    expect(l.diff?.period).toEqual({ from: '2021-04-01〜2022-03-31', to: '2022-04-01〜2023-03-31' });
    const chain = await lineageOf(p.snap, change, []);
    expect(chain.earlier.map((s) => s.matter_id)).toEqual([renewal, base]);
    expect(chain.earlier[0].reason).toMatch(/委託内容の変更/);
  });
  it('lets a removed link give way to the next candidate, and lists changes of a year', async () => {
    const { base, renewal, change } = p.ids;
    const removed = [linkKey(renewal, change)];
    const l = await lineageOf(p.snap, change, removed);
    expect(l.earlier.map((s) => s.matter_id)).toEqual([base]);
    const fy2023 = await changes(p.snap, { fiscal_year: 2023 }, [], { limit: 50, offset: 0 });
    expect(fy2023.rows.map((r) => r.later_id).sort()).toEqual([change, p.ids.otherRenewal].sort());
    const row = fy2023.rows.find((r) => r.later_id === change)!;
    expect(row.earlier_id).toBe(renewal);
    expect(row.items_added).toEqual(['申請理由']);
    expect((await changes(p.snap, { fiscal_year: 2021 }, [], { limit: 50, offset: 0 })).total).toBe(0);
    // With the link removed, the year's list names the next candidate.
    const without = await changes(p.snap, { fiscal_year: 2023 }, removed, { limit: 50, offset: 0 });
    expect(without.rows.find((r) => r.later_id === change)?.earlier_id).toBe(base);
  });
  it('reads the same version facts from the derived version_facts as from the base tables', async () => {
    // The store the snapshot was published from has no derived tables: versionFacts falls back to them.
    const base = await Store.open(path.join(p.dir, 'atlas.duckdb'), { readOnly: true });
    try {
      const ids = Object.values(p.ids);
      const fromDerived = await versionFacts(p.snap, ids);
      const fromBase = await versionFacts(base, ids);
      expect(fromDerived.size).toBe(ids.length);
      for (const id of ids) expect(fromDerived.get(id), id).toEqual(fromBase.get(id));
      expect(fromDerived.get(p.ids.renewal)?.categories).toContain('logging');
    } finally {
      base.close();
    }
  });
  it('follows the published chains as the link-by-link walk does', async () => {
    // A removed link no matter has: the walk over the candidates runs, and nothing is removed.
    const none = [linkKey('no-such-earlier', 'no-such-later')];
    for (const id of Object.values(p.ids)) {
      const published = await lineageOf(p.snap, id, []);
      const walked = await lineageOf(p.snap, id, none);
      expect(published, id).toEqual(walked);
    }
    expect((await lineageOf(p.snap, p.ids.change, [])).earlier.length).toBe(2);
  });
});
