import { describe, expect, it } from 'vitest';
import { applicableRules, computeGaps, DEFAULT_RULES, parseRules, riskFeatures } from '../../../../src/lib/domain/classify/gaps';
import type { ExtractedMatter, SafeguardSentence } from '../../../../src/lib/domain/types';

function matter(over: Partial<ExtractedMatter>): ExtractedMatter {
  return {
    seq: 1, municipality: null, title: 't', matter_kind: 'report', procedure: 'outsourcing', legal_basis: null, department: null, divisions: [],
    contractor: null, period_start: null, period_end: null, recurring: null, fiscal_year: null, council_session: null, council_date: null,
    page_start: 1, page_end: 1, data_items: [], media: [], safeguards: [], sections: [], gaps: [], rule_hits: [], text: '', evidence: [], review: [], ...over
  };
}
const sentence = (actor: 'ward' | 'contractor', scope: SafeguardSentence['scope'], ...categories: string[]): SafeguardSentence => ({
  seq: 1, actor, scope, text: 'x', page: 1, heading: null, categories: categories.map((category) => ({ category, cue: category }))
});

describe('expected-safeguard rules', () => {
  it('ships every rule of the taxonomy with readable conditions', () => {
    expect(DEFAULT_RULES.map((r) => r.id)).toEqual(['electronic-media', 'contractor-or-external-system', 'paper', 'removable-media', 'email-or-web-form', 'sensitive-data', 'contractor']);
    for (const r of DEFAULT_RULES) expect(r.condition).toMatch(/[\u3040-\u9fff]/);
    for (const r of DEFAULT_RULES) expect(r.why).toMatch(/[\u3040-\u9fff]/);
  });
  it('needs a why for the rules page', () => {
    expect(() => parseRules({ rules: [{ id: 'x', when: {}, condition: 'c', expects: ['audit'] }] })).toThrow(/rule x: a "why" sentence is required/);
  });
  it('says which rules a matter meets, whether or not it has gaps', () => {
    const m = matter({ media: [{ medium: '紙', category: 'paper' }], safeguards: [sentence('ward', 'operational', 'locked_storage')] });
    expect(computeGaps(m).filter((g) => g.rule_id === 'paper')).toEqual([]);
    expect(applicableRules(m).map((r) => r.id)).toContain('paper');
    expect(applicableRules(m).map((r) => r.id)).not.toContain('removable-media');
  });
  it('rejects a broken rules file with the rule and the reason', () => {
    expect(() => parseRules({})).toThrow(/"rules" array/);
    expect(() => parseRules({ rules: [{ id: 'x', when: { colour: 'red' }, condition: 'c', why: 'w', expects: ['audit'] }] })).toThrow(/rule x: unknown condition "colour"/);
    expect(() => parseRules({ rules: [{ id: 'x', when: {}, condition: 'c', why: 'w', expects: ['nonsense'] }] })).toThrow(/rule x: unknown category "nonsense"/);
    expect(() => parseRules({ rules: [{ id: 'x', when: {}, condition: 'c', why: 'w', expects: ['audit'] }, { id: 'x', when: {}, condition: 'c', why: 'w', expects: ['audit'] }] })).toThrow(/duplicate id/);
  });
});

describe('computeGaps', () => {
  it('expects locked storage for paper and reports it missing with a reason', () => {
    const gaps = computeGaps(matter({ procedure: 'other', media: [{ medium: '紙', category: 'paper' }] }));
    expect(gaps).toEqual([{ category: 'locked_storage', rule_id: 'paper', reason: expect.stringContaining('「施錠保管」が求められます') }]);
  });
  it('is satisfied by a non-clause safeguard of either actor, never by an annex clause', () => {
    const base = { procedure: 'other' as const, media: [{ medium: '紙', category: 'paper' as const }] };
    const lockedGaps = (s: SafeguardSentence) => computeGaps(matter({ ...base, safeguards: [s] })).filter((g) => g.category === 'locked_storage');
    expect(lockedGaps(sentence('contractor', 'operational', 'locked_storage'))).toEqual([]);
    expect(lockedGaps(sentence('ward', 'physical', 'locked_storage'))).toEqual([]);
    expect(lockedGaps(sentence('contractor', 'clause', 'locked_storage'))).toHaveLength(1);
  });
  it('derives risk features: contractor, sensitive data, web forms', () => {
    const f = riskFeatures(matter({ data_items: [{ subject: null, item: '要介護度', raw: '要介護度', category: 'health', sensitive: true }], text: '申込フォームで受け付ける' }));
    expect(f).toMatchObject({ contractor: true, sensitive: true, emailOrWebForm: true });
    const gaps = computeGaps(matter({ data_items: [{ subject: null, item: '要介護度', raw: '要介護度', category: 'health', sensitive: true }], text: '申込フォームで受け付ける' }));
    expect(gaps.map((g) => g.category).sort()).toEqual(['access_control', 'audit', 'email_safety', 'erasure_proof', 'incident_response', 'responsible_staff', 'training']);
  });
});
