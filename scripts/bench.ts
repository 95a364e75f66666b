// npm run bench — measures and writes bench/results.json and bench/results.md.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchClassification, benchIngest } from '../src/lib/ingest/bench';
import { loadTokenizer } from '../src/lib/ingest/tokenizer';

const tokenizer = await loadTokenizer();
const TEXTS = 'test/fixtures/samples-text';
const PDFS = 'data/samples';
const list = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
const classification = benchClassification(TEXTS, tokenizer);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
const ingestText = await benchIngest(list(TEXTS, '.txt'), tokenizer, tmp, 'text');
const ingestPdf = await benchIngest(list(PDFS, '.pdf'), tokenizer, tmp, 'pdf');
const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(os.totalmem() / 2 ** 30) },
  node: process.version,
  classification,
  sample_ingest: { text: ingestText, pdf: ingestPdf }
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
  `| classification overhead | ${(classification.overhead * 100).toFixed(1)}% |`,
  `| ingest, sample texts (${ingestText.files} files, ${ingestText.pages} pages) | ${ingestText.seconds} s, ${ingestText.files_per_s} files/s, ${ingestText.pages_per_s} pages/s |`,
  `| ingest, sample PDFs (${ingestPdf.files} files, ${ingestPdf.pages} pages) | ${ingestPdf.seconds} s, ${ingestPdf.files_per_s} files/s, ${ingestPdf.pages_per_s} pages/s |`
].join('\n');
writeFileSync('bench/results.md', md + '\n');
console.log(md);
