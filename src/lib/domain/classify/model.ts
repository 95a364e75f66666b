// A learned complement to the cues: one logistic regression per category over the sentence's
// content lemmas, their adjacent pairs and the character pairs of long nouns. Cues carry the
// wording someone wrote down; the model carries what the labelled real sentences share with new
// wording nobody wrote a cue for (replayed on the blind sets, it adds about three points of F1 at
// first sight). It only adds categories: a cue hit is never removed.
//
// Written here rather than taken from a library: the JavaScript logistic regressions available
// train on dense matrices (tens of megabytes for this vocabulary); this one is sparse SGD.

import type { Token } from '../tokens';

/** Parts of speech whose lemmas are features: particles and auxiliaries say little about the category. */
const CONTENT_POS = new Set(['名詞', '動詞', '形容詞', '副詞']);
const DIGITS = /^[\d０-９]+$/;

export function modelFeatures(tokens: Token[]): string[] {
  const content = tokens.filter((t) => CONTENT_POS.has(t.pos) && !DIGITS.test(t.lemma));
  const lemmas = content.map((t) => t.lemma.toLowerCase());
  const out = new Set<string>(lemmas);
  for (let i = 0; i + 1 < lemmas.length; i++) out.add(`${lemmas[i]}_${lemmas[i + 1]}`);
  // Long nouns are compounds the dictionary keeps whole (入室許可証); their character pairs let a
  // new compound share weight with the words it is made of.
  for (const t of content) {
    if (t.pos !== '名詞' || t.surface.length < 3) continue;
    for (let i = 0; i + 1 < t.surface.length; i++) out.add(`c:${t.surface.slice(i, i + 2)}`);
  }
  return [...out];
}

export interface CategoryWeights {
  code: string;
  bias: number;
  /** [feature index, weight] pairs, weights near zero pruned. */
  weights: [number, number][];
}

export interface SafeguardModel {
  /** Probability above which the model adds a category. */
  threshold: number;
  features: string[];
  categories: CategoryWeights[];
}

export interface TrainingExample {
  features: string[];
  labels: string[];
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  threshold: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 40, rate: 0.3, l2: 1e-3, threshold: 0.3 };

/** A fixed-seed shuffle: the same sets always train the same model, so the committed file can be checked. */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round = (x: number) => Math.round(x * 1e3) / 1e3;
/** Weights smaller than this change no decision worth keeping and would triple the file. */
const PRUNE = 0.05;

export function trainModel(examples: TrainingExample[], codes: string[], options: TrainOptions = TRAIN_DEFAULTS): SafeguardModel {
  const index = new Map<string, number>();
  const rows = examples.map((e) =>
    e.features.map((f) => {
      let i = index.get(f);
      if (i === undefined) index.set(f, (i = index.size));
      return i;
    })
  );
  const categories: CategoryWeights[] = [];
  for (const code of codes) {
    const y = examples.map((e) => (e.labels.includes(code) ? 1 : 0));
    if (!y.some((v) => v === 1)) continue;
    const w = new Float64Array(index.size);
    // Categories are rare: starting the bias low keeps early steps from predicting everything.
    let bias = -2;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (const k of shuffled(rows.length, epoch + 1)) {
        let z = bias;
        for (const j of rows[k]) z += w[j];
        const g = sigmoid(z) - y[k];
        bias -= options.rate * g;
        for (const j of rows[k]) w[j] -= options.rate * (g + options.l2 * w[j]);
      }
    }
    const weights: [number, number][] = [];
    w.forEach((v, j) => {
      if (Math.abs(v) >= PRUNE) weights.push([j, round(v)]);
    });
    categories.push({ code, bias: round(bias), weights });
  }
  // Only features some category still weighs are kept, renumbered in first-use order.
  const all = [...index.keys()];
  const kept = new Map<number, number>();
  for (const c of categories) for (const pair of c.weights) {
    let k = kept.get(pair[0]);
    if (k === undefined) kept.set(pair[0], (k = kept.size));
    pair[0] = k;
  }
  const features = [...kept.keys()].map((j) => all[j]);
  return { threshold: options.threshold, features, categories };
}

export interface ModelHit {
  category: string;
  probability: number;
  /** The features that pushed hardest towards the category, for the evidence shown to users. */
  evidence: string[];
}

/**
 * The model turned around for scoring: per feature, the categories that weigh it. A sentence has
 * some fifty features and the model thirty categories; one look-up per feature instead of one per
 * feature and category made scoring a quarter of the whole analysis.
 */
export interface CompiledModel {
  threshold: number;
  codes: string[];
  biases: Float64Array;
  /** Per feature: [category index, weight, category index, weight, …], categories in model order. */
  byFeature: Map<string, Float64Array>;
}

export function compileModel(model: SafeguardModel): CompiledModel {
  const pairs = new Map<string, number[]>();
  model.categories.forEach((c, i) => {
    for (const [j, v] of c.weights) {
      const f = model.features[j];
      let list = pairs.get(f);
      if (!list) pairs.set(f, (list = []));
      list.push(i, v);
    }
  });
  return {
    threshold: model.threshold,
    codes: model.categories.map((c) => c.code),
    biases: Float64Array.from(model.categories.map((c) => c.bias)),
    byFeature: new Map([...pairs].map(([f, list]) => [f, Float64Array.from(list)]))
  };
}

/** Categories whose probability passes the model's threshold, each with its strongest features. */
export function scoreModel(model: CompiledModel, features: string[]): ModelHit[] {
  // Each category's sum runs over the features in their order, as a sum per category would.
  const z = Float64Array.from(model.biases);
  const weighed: [string, Float64Array][] = [];
  for (const f of features) {
    const w = model.byFeature.get(f);
    if (!w) continue;
    weighed.push([f, w]);
    for (let k = 0; k < w.length; k += 2) z[w[k]] += w[k + 1];
  }
  const hits: ModelHit[] = [];
  for (let i = 0; i < model.codes.length; i++) {
    const probability = sigmoid(z[i]);
    if (probability <= model.threshold) continue;
    const pushes: [string, number][] = [];
    for (const [f, w] of weighed)
      for (let k = 0; k < w.length; k += 2)
        if (w[k] === i) {
          if (w[k + 1] > 0) pushes.push([f, w[k + 1]]);
          break;
        }
    // Words read better as evidence than pairs and character fragments; those stand in only alone.
    const words = pushes.filter(([f]) => !f.includes('_') && !f.startsWith('c:'));
    const shown = (words.length > 0 ? words : pushes).sort((a, b) => b[1] - a[1]).slice(0, 3);
    hits.push({ category: model.codes[i], probability, evidence: shown.map(([f]) => f.replace(/^c:/, '').replace('_', ' ')) });
  }
  return hits;
}
