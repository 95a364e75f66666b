// npm run eval:search -- [FILE.tsv] [--docs DIR,DIR] [--verbose] [--generated N] [--seed S]
// recall@5 and MRR of the search on the relevance set (sample texts + eval/search/docs, or the
// folders --docs names: a set written over other documents, such as a blind set's raw/),
// and with --generated on queries derived from a generated corpus's gold.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseSentenceSet } from '../eval/classifier/metrics';
import { generateCorpus } from '../eval/generator/corpus';
import { buildSearchStore, deriveGoldQueries, evaluateSearch, formatSearchEvaluation, loadRelevanceSet, RELEVANCE_DOCS, RELEVANCE_SET, writeGenerated } from '../eval/search/relevance';
import { loadTokenizer } from '../src/lib/tokenizer/tokenizer';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { verbose: { type: 'boolean' }, docs: { type: 'string' }, generated: { type: 'string' }, seed: { type: 'string' } }
});
const tokenizer = await loadTokenizer();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-eval-search-'));
try {
  const set = loadRelevanceSet(positionals[0] ?? RELEVANCE_SET);
  const docs = values.docs ? values.docs.split(',').map((d) => d.trim()).filter(Boolean) : RELEVANCE_DOCS;
  const store = await buildSearchStore(docs, tokenizer, path.join(tmp, 'relevance.duckdb'));
  try {
    console.log(`relevance set (${positionals[0] ?? RELEVANCE_SET}) over ${docs.join(', ')}:`);
    console.log(formatSearchEvaluation(await evaluateSearch(store, tokenizer, set), Boolean(values.verbose)));
  } finally {
    store.close();
  }
  if (values.generated) {
    const matters = Number(values.generated);
    const seed = Number(values.seed ?? 1);
    if (!Number.isInteger(matters) || matters < 1 || !Number.isInteger(seed)) throw new Error('--generated and --seed take integers');
    const sentences = parseSentenceSet(readFileSync('eval/classifier/sentences.tsv', 'utf8'));
    const docs = generateCorpus({ matters, seed, sentences });
    writeGenerated(docs, path.join(tmp, 'generated'));
    const gen = await buildSearchStore([path.join(tmp, 'generated')], tokenizer, path.join(tmp, 'generated.duckdb'));
    try {
      console.log(`\ngenerated corpus (${matters} matters, seed ${seed}), queries derived from the gold:`);
      console.log(formatSearchEvaluation(await evaluateSearch(gen, tokenizer, deriveGoldQueries(docs, tokenizer)), Boolean(values.verbose)));
    } finally {
      gen.close();
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
