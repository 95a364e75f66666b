// npx tsx bench/run-tokenizer.ts — stock kuromoji against the fast tokenizer, line by line, on
// the sample texts repeated to about 2 MB (UTF-8).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadFastTokenizer } from '../src/lib/tokenizer/fast-tokenizer';
import { buildKuromoji } from '../src/lib/tokenizer/kuromoji-dict';
import { benchTokenizers } from './tokenizer';

const TEXTS = 'test/fixtures/samples-text';
const TARGET_BYTES = 2 * 1024 * 1024;

const stock = await buildKuromoji();
const fast = await loadFastTokenizer();

const samples = readdirSync(TEXTS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(TEXTS, f), 'utf8'));
const texts: string[] = [];
for (let bytes = 0; bytes < TARGET_BYTES; ) {
  for (const s of samples) {
    texts.push(s);
    bytes += Buffer.byteLength(s);
  }
}
const chars = texts.reduce((n, t) => n + t.length, 0);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(`${texts.length} texts, ${chars} chars, ${(bytes / 2 ** 20).toFixed(2)} MiB, tokenised line by line`);

const r = benchTokenizers(stock, fast, texts);
console.log(`stock kuromoji: ${r.stock_chars_per_s.toLocaleString('en')} chars/s`);
console.log(`fast tokenizer: ${r.chars_per_s.toLocaleString('en')} chars/s`);
console.log(`ratio: ${r.ratio}×, identical tokens: ${r.identical}`);
if (!r.identical) process.exitCode = 1;
