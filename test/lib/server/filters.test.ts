import { describe, expect, it } from 'vitest';
import { parseComparison, parseFilter, parseGapRates } from '../../../src/lib/server/filters';

describe('parseFilter: the rule filter', () => {
  it('takes a known rule id and refuses another with the allowed ones', () => {
    expect(parseFilter(new URLSearchParams('rule=paper'))).toEqual({ ok: true, value: { rule: 'paper' } });
    const bad = parseFilter(new URLSearchParams('rule=nope'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/ルール（rule）の値が不正です: nope（electronic-media/);
  });
});

describe('parseGapRates', () => {
  it('groups by department by default, or by fiscal year, and refuses anything else', () => {
    expect(parseGapRates(new URLSearchParams(''))).toEqual({ ok: true, value: { filter: {}, group: 'department' } });
    expect(parseGapRates(new URLSearchParams('group=fiscal_year&sensitive=1'))).toEqual({ ok: true, value: { filter: { sensitive: true }, group: 'fiscal_year' } });
    expect(parseGapRates(new URLSearchParams('group=title')).ok).toBe(false);
  });
});

describe('parseComparison', () => {
  it('reads each side as a dashboard query string, in a canonical order', () => {
    const sp = new URLSearchParams({ a: 'fy_to=2020&fy_from=2020&page=3', b: 'department=健康部' });
    const r = parseComparison(sp);
    expect(r).toEqual({ ok: true, value: { a: { filter: { fy_from: 2020, fy_to: 2020 }, query: 'fy_to=2020&fy_from=2020' }, b: { filter: { department: '健康部' }, query: 'department=%E5%81%A5%E5%BA%B7%E9%83%A8' } } });
  });
  it('names the side whose filter is wrong', () => {
    const r = parseComparison(new URLSearchParams({ a: '', b: 'fy_from=abc' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^比較の条件（b）: 開始年度/);
    expect(parseComparison(new URLSearchParams({ a: 'x'.repeat(3000) })).ok).toBe(false);
  });
});
