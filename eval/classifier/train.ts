// Trains the safeguard model (src/lib/domain/classify/model.ts) on the labelled sentence sets.

import { readFileSync } from 'node:fs';
import { canonicalJa } from '../../src/lib/domain/canonical';
import { modelFeatures, trainModel, type SafeguardModel } from '../../src/lib/domain/classify/model';
import { TAXONOMY } from '../../src/lib/domain/taxonomy';
import { tokenizeText, type Tokenizer } from '../../src/lib/domain/tokens';
import { parseSentenceSet } from './metrics';

export const MODEL_FILE = 'src/lib/domain/classify/model.json';

/**
 * The sets the model learns from. A set written blind joins only after its first-sight score is
 * recorded: from then on it is a development set, and its figures say so.
 */
export const TRAINING_SETS = ['sentences', 'holdout', 'wild', 'wild-2', 'wild-3', 'wild-4', 'wild-5'].map((n) => `eval/classifier/${n}.tsv`);

export function trainFromSets(files: string[], tokenizer: Tokenizer): SafeguardModel {
  const examples = files.flatMap((file) =>
    parseSentenceSet(readFileSync(file, 'utf8')).map((s) => ({
      features: modelFeatures(tokenizeText(tokenizer, canonicalJa(s.text))),
      labels: s.expected
    }))
  );
  return trainModel(
    examples,
    TAXONOMY.map((c) => c.code)
  );
}

/** The file's text: one category per line keeps diffs of a retrained model readable. */
export function serializeModel(model: SafeguardModel): string {
  const cats = model.categories.map((c) => `    ${JSON.stringify(c)}`).join(',\n');
  return `{\n  "threshold": ${model.threshold},\n  "features": ${JSON.stringify(model.features)},\n  "categories": [\n${cats}\n  ]\n}\n`;
}
