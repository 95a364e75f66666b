import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAXONOMY } from '../../../../src/lib/domain/taxonomy';
import { overview } from '../../../../src/lib/server/store/dashboard';
import { wordingCategories, wordingHistory } from '../../../../src/lib/server/store/wording';
import { LOGGING, plantedStore, type Planted } from '../../../helpers/planted';

let p: Planted;
beforeAll(async () => {
  p = await plantedStore();
});
afterAll(() => p?.close());

describe('wording history', () => {
  it('groups a repeated sentence once, with its years, departments and municipalities', async () => {
    const groups = await wordingHistory(p.snap, 'logging', {});
    const g = groups.find((x) => x.wording === LOGGING)!;
    // Every matter that has the sentence, and the copy without it not.
    const having = await p.snap.all<{ matter_id: string }>(`SELECT DISTINCT matter_id FROM safeguards WHERE text = $t AND category = 'logging'`, { t: LOGGING });
    expect(having.map((h) => h.matter_id)).not.toContain(p.ids.noLogging);
    expect(having.length).toBeGreaterThanOrEqual(5);
    expect(g.matters).toBe(having.length);
    expect(g.years).toEqual([2021, 2022, 2023]);
    expect(g.municipalities).toEqual(['中野区', '新宿区']);
    expect(g.departments.map((d) => d.department)).toContain('健康部');
    expect(groups[0].sentences).toBeGreaterThanOrEqual(groups.at(-1)!.sentences);
  });
  it('counts sentences per category under the filters', async () => {
    const all = await wordingCategories(p.snap, {});
    const nakano = await wordingCategories(p.snap, { municipality: '中野区' });
    const logging = (rows: typeof all) => rows.find((r) => r.category === 'logging')?.matters;
    expect(logging(nakano)).toBe(2);
    expect(logging(all)!).toBeGreaterThan(2);
  });
  it('counts a merged group’s matters once each, over all its wordings', async () => {
    let merged = 0;
    for (const { code } of TAXONOMY.filter((c) => !c.clauseOnly)) {
      for (const g of await wordingHistory(p.snap, code, {})) {
        const [{ n }] = await p.snap.all<{ n: number }>(
          `SELECT count(DISTINCT matter_id)::INTEGER AS n FROM wording_keys
            WHERE category = $c AND key IN (SELECT key FROM wording_keys WHERE category = $c AND list_contains($texts::VARCHAR[], text))`,
          { c: code, texts: JSON.stringify([g.wording, ...g.variants]) }
        );
        expect(g.matters, `${code}: ${g.wording}`).toBe(n);
        if (g.variants.length > 0) merged++;
      }
    }
    // The planted store has wordings that differ only in the parties' names or numbering.
    expect(merged).toBeGreaterThan(0);
  });
  it('answers the unfiltered history from the published table as the query would', async () => {
    // A filter every planted matter passes: the same matters, but the query runs instead of the table.
    const everything = { fy_from: 1900 };
    expect((await overview(p.snap, everything)).matters).toBe((await overview(p.snap, {})).matters);
    for (const category of ['logging', 'encryption', 'return_erasure', 'confidentiality']) {
      const stored = await wordingHistory(p.snap, category, {});
      expect(stored.length, category).toBeGreaterThan(0);
      expect(stored, category).toEqual(await wordingHistory(p.snap, category, everything));
    }
  });
});
