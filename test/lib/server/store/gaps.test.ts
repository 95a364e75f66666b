// The gap list on planted matters: the copy without its logging sentence has a rule gap and a peer
// gap with precedents; the risk score in SQL is the domain's; rates and rule counts add up.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskScore } from '../../../../src/lib/domain/classify/risk';
import { GROUP_PEER_OPTIONS } from '../../../../src/lib/domain/similar/peers';
import { gapMatters, gapRates, gapRows, ruleStats } from '../../../../src/lib/server/store/gaps';
import { plantedStore, type Planted } from '../../../helpers/planted';

let p: Planted;
beforeAll(async () => {
  p = await plantedStore();
});
afterAll(() => p?.close());

describe('gaps', () => {
  it('finds the planted rule gap and peer gap, with the peers that have the safeguard as precedents', async () => {
    const rows = await gapRows(p.snap, {});
    const mine = rows.filter((r) => r.matter_id === p.ids.noLogging && r.category === 'logging');
    expect(mine.map((r) => r.kind).sort()).toEqual(['peer', 'rule']);
    expect(mine.find((r) => r.kind === 'rule')?.rule_id).toBe('contractor-or-external-system');
    expect(mine.find((r) => r.kind === 'peer')?.reason).toMatch(/同じ案件5件のうち5件（100%）に「ログの記録・監視」/);
    // The copies that kept the sentence have no logging gap.
    for (const id of [p.ids.base, p.ids.renewal, p.ids.other]) expect(rows.some((r) => r.matter_id === id && r.category === 'logging')).toBe(false);
    const { matters } = await gapMatters(p.snap, {}, { limit: 100, offset: 0 });
    const m = matters.find((x) => x.matter_id === p.ids.noLogging)!;
    const peer = m.gaps.find((g) => g.kind === 'peer' && g.category === 'logging')!;
    expect(peer.peers).toBeGreaterThanOrEqual(GROUP_PEER_OPTIONS.minPeers);
    expect(peer.precedents.length).toBe(3);
    expect(peer.precedents.every((x) => x.matter_id !== p.ids.noLogging)).toBe(true);
  });
  it('ranks by the risk score the domain defines, riskiest first', async () => {
    const facts = await p.snap.all<{ matter_id: string; risk: number; sensitive_items: number; item_kinds: number; media: string[]; gap_categories: number }>(
      `SELECT m.matter_id, m.risk, m.sensitive_items, len(m.item_categories)::INTEGER AS item_kinds, m.media, m.gap_categories FROM matter_facts m`
    );
    for (const f of facts) {
      const expected = riskScore({ sensitiveItems: f.sensitive_items, itemKinds: f.item_kinds, electronic: f.media.some((x) => x !== 'paper'), externalSystem: f.media.includes('external_system'), contractorServer: f.media.includes('contractor_server'), gapCategories: f.gap_categories });
      expect(f.risk, f.matter_id).toBeCloseTo(expected, 5);
    }
    const { total, matters } = await gapMatters(p.snap, {}, { limit: 100, offset: 0 });
    expect(matters.length).toBe(total);
    for (let i = 1; i < matters.length; i++) expect(matters[i - 1].risk).toBeGreaterThanOrEqual(matters[i].risk);
  });
  it('counts gap rates per group and rule hits consistently with the list', async () => {
    const byYear = await gapRates(p.snap, {}, 'fiscal_year');
    const { total } = await gapMatters(p.snap, {}, { limit: 1, offset: 0 });
    expect(byYear.reduce((n, r) => n + r.gap_matters, 0)).toBe(total);
    for (const r of byYear) expect(r.rate).toBeCloseTo(r.gap_matters / r.matters);
    const rules = await ruleStats(p.snap);
    const paper = rules.find((r) => r.rule_id === 'paper')!;
    expect(paper.matters).toBeGreaterThanOrEqual(paper.gap_matters);
    expect(rules.find((r) => r.rule_id === 'contractor')!.matters).toBeGreaterThanOrEqual(6);
    // The rule filter reads the same hits.
    expect((await gapMatters(p.snap, { rule: 'paper' }, { limit: 1000, offset: 0 })).matters.every((m) => m.gaps.length > 0)).toBe(true);
  });
});
