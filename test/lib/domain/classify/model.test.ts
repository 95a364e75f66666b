import { describe, expect, it } from 'vitest';
import { compileModel, modelFeatures, scoreModel, trainModel, type ModelHit, type SafeguardModel } from '../../../../src/lib/domain/classify/model';
import trained from '../../../../src/lib/domain/classify/model.json';
import type { Token } from '../../../../src/lib/domain/tokens';

const tok = (lemma: string, pos = '名詞'): Token => ({ surface: lemma, lemma, pos });

describe('model features', () => {
  it('takes content lemmas, their adjacent pairs and the character pairs of long nouns; not particles or numbers', () => {
    const f = modelFeatures([tok('入室許可証'), tok('を', '助詞'), tok('交付', '名詞'), tok('する', '動詞'), tok('3')]);
    expect(f).toContain('入室許可証');
    expect(f).toContain('交付_する');
    expect(f).toContain('入室許可証_交付');
    expect(f).toContain('c:許可');
    expect(f).not.toContain('を');
    expect(f).not.toContain('3');
  });
});

describe('training and scoring', () => {
  const examples = [
    ...Array.from({ length: 20 }, () => ({ features: ['施錠', '保管'], labels: ['locked_storage'] })),
    ...Array.from({ length: 20 }, () => ({ features: ['暗号化', '送信'], labels: ['encryption'] })),
    ...Array.from({ length: 20 }, () => ({ features: ['目的', '定める'], labels: [] }))
  ];
  const model = trainModel(examples, ['locked_storage', 'encryption', 'audit']);

  it('learns each category from its examples and skips a category with none', () => {
    expect(model.categories.map((c) => c.code)).toEqual(['locked_storage', 'encryption']);
    const compiled = compileModel(model);
    expect(scoreModel(compiled, ['施錠']).map((h) => h.category)).toEqual(['locked_storage']);
    expect(scoreModel(compiled, ['暗号化', '送信']).map((h) => h.category)).toEqual(['encryption']);
    expect(scoreModel(compiled, ['目的'])).toEqual([]);
  });

  it('gives the words that pushed hardest as evidence', () => {
    const [hit] = scoreModel(compileModel(model), ['施錠', '保管', '目的']);
    expect(hit.evidence).toEqual(expect.arrayContaining(['施錠', '保管']));
    expect(hit.evidence).not.toContain('目的');
  });

  it('trains the same model from the same examples, and keeps only features some weight uses', () => {
    expect(trainModel(examples, ['locked_storage', 'encryption'])).toEqual(model);
    const used = new Set(model.categories.flatMap((c) => c.weights.map(([j]) => j)));
    expect(used.size).toBe(model.features.length);
  });
});

describe('scoring the committed model', () => {
  // The plain reading of the model, category by category: what the inverted scoring must equal.
  function reference(model: SafeguardModel, features: string[]): ModelHit[] {
    const hits: ModelHit[] = [];
    for (const c of model.categories) {
      const weights = new Map(c.weights.map(([j, v]) => [model.features[j], v]));
      let z = c.bias;
      const pushes: [string, number][] = [];
      for (const f of features) {
        const v = weights.get(f);
        if (v === undefined) continue;
        z += v;
        if (v > 0) pushes.push([f, v]);
      }
      const probability = 1 / (1 + Math.exp(-z));
      if (probability <= model.threshold) continue;
      const words = pushes.filter(([f]) => !f.includes('_') && !f.startsWith('c:'));
      const shown = (words.length > 0 ? words : pushes).sort((a, b) => b[1] - a[1]).slice(0, 3);
      hits.push({ category: c.code, probability, evidence: shown.map(([f]) => f.replace(/^c:/, '').replace('_', ' ')) });
    }
    return hits;
  }

  it('gives exactly what scoring each category in turn gives, on many feature sets', () => {
    const model = trained as SafeguardModel;
    const compiled = compileModel(model);
    const n = model.features.length;
    let s = 7;
    let hits = 0;
    for (let round = 0; round < 400; round++) {
      // A category's strongest features, so its probability passes the threshold, and others at random.
      const c = model.categories[round % model.categories.length];
      const strong = [...c.weights].sort((a, b) => b[1] - a[1]).slice(0, 1 + (round % 4));
      const features: string[] = strong.map(([j]) => model.features[j]);
      for (let k = 0; k < round % 40; k++) {
        s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
        features.push(model.features[s % n]);
      }
      // Unknown features are skipped by both.
      if (round % 5 === 0) features.push('未知の語', 'x_y');
      const want = reference(model, features);
      expect(scoreModel(compiled, features)).toEqual(want);
      hits += want.length;
    }
    // The sets reach past the threshold often enough to test the evidence too.
    expect(hits).toBeGreaterThan(100);
  });
});
