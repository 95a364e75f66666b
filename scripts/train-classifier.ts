// npm run train:classifier: retrains the safeguard model on the labelled sentence sets and writes it.
import { writeFileSync } from 'node:fs';
import { MODEL_FILE, serializeModel, trainFromSets, TRAINING_SETS } from '../eval/classifier/train';
import { loadTokenizer } from '../src/lib/tokenizer/tokenizer';

const model = trainFromSets(TRAINING_SETS, await loadTokenizer());
writeFileSync(MODEL_FILE, serializeModel(model));
console.log(`${MODEL_FILE}: ${model.categories.length} categories, ${model.features.length} features, from ${TRAINING_SETS.join(', ')}`);
