// npm run generate -- --matters N --out DIR [--seed S] [--pdf] [--sentences FILE.tsv]
// Writes synthetic council documents to DIR and their gold annotations to DIR/gold/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseSentenceSet } from '../eval/classifier/metrics';
import { generateCorpus } from '../eval/generator/corpus';
import { goldJson } from '../eval/generator/gold';
import type { GeneratedDocument } from '../eval/generator/types';
import { setting } from '../src/lib/server/env';

const ROOT = path.join(import.meta.dirname, '..');
const DEFAULT_SENTENCES = path.join(ROOT, 'eval', 'classifier', 'sentences.tsv');

const USAGE = `usage: npm run generate -- --matters N --out DIR [--seed S] [--pdf] [--sentences FILE.tsv]
  --matters N        total number of matters to generate (1 or more)
  --out DIR          folder for the documents; gold goes to DIR/gold/
  --seed S           integer seed (default 1); the same seed writes the same bytes
  --pdf              also print some text-layout documents as PDFs (needs Chromium:
                     $CHROMIUM or /usr/bin/chromium, driven by playwright-core)
  --sentences FILE   labelled safeguard sentences (default eval/classifier/sentences.tsv)
  -h, --help         show this help`;

function fail(message: string): never {
  process.stderr.write(`generate: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function integer(name: string, value: string | undefined, min: number): number {
  if (value === undefined) fail(`--${name} is required`);
  if (!/^-?\d+$/.test(value.trim())) fail(`--${name} must be an integer, got "${value}"`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) fail(`--${name} must be at least ${min}, got ${value}`);
  return n;
}

let args;
try {
  args = parseArgs({
    args: process.argv.slice(2),
    options: {
      matters: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      sentences: { type: 'string' },
      pdf: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  });
} catch (e) {
  fail((e as Error).message);
}
if (args.values.help) {
  process.stdout.write(USAGE + '\n');
  process.exit(0);
}
const matters = integer('matters', args.values.matters, 1);
const seed = args.values.seed === undefined ? 1 : integer('seed', args.values.seed, -(2 ** 31));
const out = args.values.out;
if (!out) fail('--out is required');

const started = performance.now();
let tsv: string;
const sentencesFile = args.values.sentences ?? DEFAULT_SENTENCES;
try {
  tsv = readFileSync(sentencesFile, 'utf8');
} catch (e) {
  process.stderr.write(`generate: cannot read ${sentencesFile}: ${(e as Error).message}\n`);
  process.exit(1);
}

const pdf = Boolean(args.values.pdf);
const chromiumPath = setting('chromium');
if (pdf && !existsSync(chromiumPath)) {
  process.stderr.write(`generate: --pdf needs Chromium; none at ${chromiumPath} (set CHROMIUM)\n`);
  process.exit(1);
}

const docs = generateCorpus({ matters, seed, sentences: parseSentenceSet(tsv), pdf });
mkdirSync(path.join(out, 'gold'), { recursive: true });
if (pdf) await printPdfs(docs.filter((d) => d.printHtml !== undefined));
let bytes = 0;
for (const d of docs) {
  writeFileSync(path.join(out, `${d.stem}.${d.ext}`), d.bytes);
  const gold = goldJson(d.gold);
  writeFileSync(path.join(out, 'gold', `${d.stem}.json`), gold);
  bytes += d.bytes.length + Buffer.byteLength(gold);
}
const total = docs.reduce((t, d) => t + d.gold.matters.length, 0);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`generated ${docs.length} document(s), ${total} matter(s), ${bytes} bytes in ${seconds.toFixed(2)} s (seed ${seed}) → ${out}\n`);

/**
 * Prints each PDF document's page with headless Chromium. The PDF's only varying bytes are its
 * creation and modification stamps; they are set to a fixed date of the same length, so the
 * cross-reference offsets stay valid and a seed still gives the same bytes.
 */
async function printPdfs(list: GeneratedDocument[]): Promise<void> {
  if (list.length === 0) return;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    for (const d of list) {
      await page.setContent(d.printHtml as string, { waitUntil: 'load' });
      const pdfBytes = await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } });
      const fixed = Buffer.from(pdfBytes.toString('latin1').replace(/\(D:\d{14}/g, '(D:20000101000000'), 'latin1');
      d.bytes = new Uint8Array(fixed);
    }
  } finally {
    await browser.close();
  }
}
