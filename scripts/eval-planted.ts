// npm run eval:planted -- [--matters N] [--seed S] [--plant K]: plants later versions into a generated
// corpus and reports how many links, diffs and gaps the store finds (precision and recall).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseSentenceSet } from '../eval/classifier/metrics';
import { evaluatePlanted } from '../eval/planted/run';

const { values } = parseArgs({ options: { matters: { type: 'string' }, seed: { type: 'string' }, plant: { type: 'string' } } });
const num = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
const opts = { matters: num(values.matters, 300), seed: num(values.seed, 3), plant: num(values.plant, 40) };
if (![opts.matters, opts.seed, opts.plant].every(Number.isInteger) || opts.matters < 10 || opts.plant < 1) {
  console.error('usage: npm run eval:planted -- [--matters N (≥ 10)] [--seed S] [--plant K (≥ 1)]');
  process.exit(2);
}
const sentences = parseSentenceSet(readFileSync('eval/classifier/sentences.tsv', 'utf8'));
const r = await evaluatePlanted({ ...opts, sentences });
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log(`${r.documents} generated documents, ${r.planted} planted versions (seed ${opts.seed})`);
console.log(`lineage: ${r.links.found} of ${r.planted} planted links found, ${r.links.wrong} wrong: recall ${pct(r.links.recall)}, precision ${pct(r.links.precision)}`);
console.log(`diff: ${r.diffs.found} of ${r.planted} show exactly the removed item and category: ${pct(r.diffs.recall)}`);
console.log(`gaps: ${r.gaps.found} of ${r.gaps.planted} planted rule gaps found, ${r.gaps.extra} other new gaps: recall ${pct(r.gaps.recall)}, precision ${pct(r.gaps.precision)}`);
console.log(`links among unplanted documents: ${r.unplanted_links}`);
