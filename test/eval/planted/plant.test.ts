import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSentenceSet } from '../../../eval/classifier/metrics';
import { shiftable, shiftYears, withoutItem } from '../../../eval/planted/plant';
import { evaluatePlanted } from '../../../eval/planted/run';

describe('planting', () => {
  it('moves every 令和 and western year one on', () => {
    expect(shiftYears('令和元年度第2回、令和3年4月1日から2022年3月31日まで')).toBe('令和2年度第2回、令和4年4月1日から2023年3月31日まで');
    expect(shiftable('平成31年4月1日')).toBe(false);
  });
  it('removes an item written once in a list, and refuses an ambiguous one', () => {
    expect(withoutItem('氏名、住所、電話番号', '住所')).toBe('氏名、電話番号');
    expect(withoutItem('氏名、住所', '氏名')).toBe('住所');
    expect(withoutItem('住所、氏名、住所、電話', '住所')).toBeNull();
    expect(withoutItem('氏名', '住所')).toBeNull();
  });
});

describe('planted versions in a generated corpus', () => {
  it('finds the planted links, diffs and rule gaps', { timeout: 120_000 }, async () => {
    const sentences = parseSentenceSet(readFileSync('eval/classifier/sentences.tsv', 'utf8'));
    const r = await evaluatePlanted({ matters: 200, seed: 5, plant: 12, sentences });
    expect(r.planted).toBeGreaterThanOrEqual(8);
    expect(r.links.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.links.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.diffs.recall).toBeGreaterThanOrEqual(0.8);
    expect(r.gaps.planted).toBeGreaterThan(0);
    expect(r.gaps.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.gaps.precision).toBeGreaterThanOrEqual(0.9);
  });
});
