import { describe, expect, it } from 'vitest';
import { charJaccard, diffVersions, hasChangeHint, lineageReason, linkKey, titleStem } from '../../../src/lib/domain/lineage';

describe('titleStem', () => {
  it('drops years, eras, bracketed notes and the words of the procedure, so a renewal keeps its stem', () => {
    const stem = titleStem('新宿区産後ケア事業に係る業務の委託について');
    expect(stem).toBe('新宿区産後ケア');
    expect(titleStem('令和4年度 新宿区産後ケア事業の委託内容の変更（宿泊型の追加）について')).toBe(stem);
    expect(titleStem('新宿区産後ケア事業における業務委託について(2023年度)')).toBe(stem);
  });
  it('keeps what names the business', () => {
    expect(titleStem('特定健康診査の委託について')).not.toBe(titleStem('がん検診の委託について'));
  });
  it('reads a null title as empty', () => {
    expect(titleStem(null)).toBe('');
  });
});

describe('change hints and similarity', () => {
  it('finds the words by which a matter says it changes an earlier one', () => {
    expect(hasChangeHint('本件は委託内容の変更について報告するものである。')).toBe(true);
    expect(hasChangeHint('次年度以降も、同様の業務委託を行う。')).toBe(true);
    expect(hasChangeHint('個人情報を適切に管理する。')).toBe(false);
  });
  it('computes the character Jaccard DuckDB computes', () => {
    expect(charJaccard('abc', 'abd')).toBeCloseTo(2 / 4);
    expect(charJaccard('', '')).toBe(0);
  });
  it('explains each kind of link and keys a link by its two ends', () => {
    expect(lineageReason('same_stem', 1)).toMatch(/担当課が同じ/);
    expect(lineageReason('change_hint', 0.734)).toMatch(/類似度0\.73/);
    expect(linkKey('a', 'b')).toBe('a>b');
  });
});

describe('diffVersions', () => {
  const base = { items: ['氏名', '住所'], media: ['紙'], categories: ['encryption'], contractor: 'A社', period_start: '2021-04-01', period_end: '2022-03-31' };
  it('says what was added and removed, and which single values changed', () => {
    const d = diffVersions(base, { ...base, items: ['氏名', '電話番号'], categories: ['encryption', 'logging'], contractor: 'B社', period_start: '2022-04-01', period_end: '2023-03-31' });
    expect(d.items).toEqual({ added: ['電話番号'], removed: ['住所'] });
    expect(d.media).toEqual({ added: [], removed: [] });
    expect(d.categories).toEqual({ added: ['logging'], removed: [] });
    expect(d.contractor).toEqual({ from: 'A社', to: 'B社' });
    expect(d.period).toEqual({ from: '2021-04-01〜2022-03-31', to: '2022-04-01〜2023-03-31' });
    expect(d.same).toBe(false);
  });
  it('says when nothing changed', () => {
    expect(diffVersions(base, { ...base }).same).toBe(true);
  });
});
