import { describe, expect, it } from 'vitest';
import { RISK_WEIGHTS, riskScore, riskSql } from '../../../../src/lib/domain/classify/risk';

const none = { sensitiveItems: 0, itemKinds: 0, electronic: false, externalSystem: false, contractorServer: false, gapCategories: 0 };

describe('riskScore', () => {
  it('is zero for a matter with nothing at risk', () => {
    expect(riskScore(none)).toBe(0);
  });
  it('adds each feature by its weight, capping the counts', () => {
    expect(riskScore({ ...none, sensitiveItems: 2 })).toBe(3 + 1);
    expect(riskScore({ ...none, sensitiveItems: 20 })).toBe(3 + 3);
    expect(riskScore({ ...none, electronic: true, externalSystem: true, contractorServer: true })).toBe(6);
    expect(riskScore({ ...none, itemKinds: 3, gapCategories: 4 })).toBe(5.5);
  });
  it('ranks a sensitive electronic matter with gaps above a paper one with the same gaps', () => {
    expect(riskScore({ ...none, sensitiveItems: 1, electronic: true, gapCategories: 2 })).toBeGreaterThan(riskScore({ ...none, gapCategories: 2 }));
  });
  it('writes the same weights as SQL over named columns', () => {
    const sql = riskSql({ sensitiveItems: 's', itemKinds: 'k', electronic: 'e', externalSystem: 'x', contractorServer: 'c', gapCategories: 'g' });
    for (const w of RISK_WEIGHTS) expect(sql).toContain(`${w.weight} * `);
    expect(sql).toContain('least(s, 6)');
    expect(sql).toContain('(s > 0)::INTEGER');
  });
});
