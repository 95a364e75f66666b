import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
