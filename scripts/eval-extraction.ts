// npm run eval:extraction -- DIR [--verbose]: scores extraction on an evaluation set (DIR/raw against
// DIR/gold) without a store; text and PDF documents are also totalled apart.
import { evaluateSet, formatSet } from '../eval/extraction/run';
import { loadTokenizer } from '../src/lib/tokenizer/tokenizer';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval:extraction -- DIR [--verbose]   (DIR holds raw/ and gold/)');
  process.exit(2);
}
console.log(formatSet(await evaluateSet(dir, await loadTokenizer()), args.includes('--verbose')));
