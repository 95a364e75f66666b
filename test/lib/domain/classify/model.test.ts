import { describe, expect, it } from 'vitest';
import { compileModel, modelFeatures, scoreModel, trainModel } from '../../../../src/lib/domain/classify/model';
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
