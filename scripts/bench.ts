// npm run bench — measures and writes bench/results.json and bench/results.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchClassification } from '../src/lib/ingest/bench';
import { loadTokenizer } from '../src/lib/ingest/tokenizer';

const tokenizer = await loadTokenizer();
const classification = benchClassification('data/samples', tokenizer);
const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(os.totalmem() / 2 ** 30) },
  node: process.version,
  classification
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
const md = [
  `# Benchmark results (${results.date})`,
  '',
  `Machine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memory_gb} GiB; Node ${results.node}.`,
  '',
  '| measurement | value |',
  '|---|---|',
  `| analysis without classification (${classification.documents} docs × ${classification.rounds}) | ${classification.without_ms} ms |`,
  `| analysis with classification and gaps | ${classification.with_ms} ms |`,
  `| classification overhead | ${(classification.overhead * 100).toFixed(1)}% |`
].join('\n');
writeFileSync('bench/results.md', md + '\n');
console.log(md);
