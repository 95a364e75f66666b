import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_FILE, trainFromSets, TRAINING_SETS } from '../../../eval/classifier/train';
import type { SafeguardModel } from '../../../src/lib/domain/classify/model';
import { loadTokenizer } from '../../../src/lib/tokenizer/tokenizer';

describe('the committed safeguard model', () => {
  it('is what `npm run train:classifier` makes of the training sets (retrain after a set or the features change)', async () => {
    const committed = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as SafeguardModel;
    const fresh = trainFromSets(TRAINING_SETS, await loadTokenizer());
    expect(committed.threshold).toBe(fresh.threshold);
    expect(committed.categories.map((c) => c.code)).toEqual(fresh.categories.map((c) => c.code));
    const byName = (m: SafeguardModel) =>
      new Map(m.categories.map((c) => [c.code, new Map(c.weights.map(([j, w]) => [m.features[j], w]))]));
    const a = byName(committed);
    const b = byName(fresh);
    for (const [code, weights] of b) {
      const old = a.get(code)!;
      // Floating point may differ in the last digits between engines; a stale model differs by far more.
      for (const [f, w] of weights) expect(Math.abs((old.get(f) ?? 0) - w), `${code} ${f}`).toBeLessThan(0.02);
      expect(Math.abs(old.size - weights.size), code).toBeLessThanOrEqual(2);
    }
  });
});
