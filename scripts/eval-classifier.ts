// npm run eval:classifier -- [FILE.tsv] [--errors]: per-category precision and recall of the safeguard classifier.
import { evaluateFile, formatEvaluation, SENTENCE_SET } from '../eval/classifier/run';
import { loadTokenizer } from '../src/lib/tokenizer/tokenizer';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? SENTENCE_SET;
const e = evaluateFile(file, await loadTokenizer());
console.log(formatEvaluation(e));
if (args.includes('--errors')) for (const x of e.errors) console.log(`line ${x.line}: missing [${x.missing}] extra [${x.extra}]  ${x.text}`);
