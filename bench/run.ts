// npm run bench [-- --docs N --sizes 10000,100000] — measures and writes bench/results.json and
// bench/results.md. Fresh stores and corpora go to a temporary folder, removed at the end.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { INGEST_DEFAULTS } from '../src/lib/config';
import { benchIngest, benchClassification } from './stages';
import { loadTokenizer, loadStockTokenizer } from '../src/lib/tokenizer/tokenizer';
import { loadFastTokenizer } from '../src/lib/tokenizer/fast-tokenizer';
import { buildKuromoji } from '../src/lib/tokenizer/kuromoji-dict';
import { benchTokenizers } from './tokenizer';
import { benchWrites, ingestRun, realShapedCorpus, repeatedRuns, repetitionRate, stockCeiling, writeCorpus } from './ingest';
import { benchContext, benchQueries, VIEWS } from './query';
import { benchFirstSearch, benchLoad, type LoadResult } from './load';
import { benchCheckStall, type StallBench } from './stall';
import { nationalMarkdown, withNationalSection, type NationalBench } from './national';
import { snapshotPath } from '../src/lib/server/store/snapshot';
import { Store } from '../src/lib/server/store/store';
import { scaleStore } from './scale';
import { buildApp, buildIsStale, SERVER_ENTRY } from '../scripts/build-state';

const { values } = parseArgs({ options: { docs: { type: 'string' }, sizes: { type: 'string' } } });
const DOCS = Number(values.docs ?? 1000);
const SIZES = (values.sizes ?? '10000,100000').split(',').map(Number);
if (!Number.isInteger(DOCS) || DOCS < 10 || SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('usage: npm run bench -- [--docs N (≥ 10)] [--sizes N,N,...]');
  process.exit(2);
}
const started = performance.now();
const log = (s: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${s}`);
const TEXTS = 'test/fixtures/samples-text';
const list = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
const cores = os.availableParallelism();
const tk = await loadTokenizer();

try {
  if (buildIsStale()) {
    log('building the app');
    if (buildApp({ quiet: true }) !== 0) throw new Error('vite build failed');
  }
  const corpusDir = path.join(tmp, 'corpus');
  mkdirSync(corpusDir);
  const corpus = writeCorpus(corpusDir, DOCS, readFileSync('eval/classifier/sentences.tsv', 'utf8'));
  log(`generated ${corpus.docs} documents, ${corpus.matters} matters, ${(corpus.bytes / 2 ** 20).toFixed(1)} MiB`);

  // 1. The tokenizer on the samples and the generated corpus: speed and identical tokens.
  const texts = [...list(TEXTS, '.txt'), ...list(corpusDir, '.txt').slice(0, 300)].map((f) => readFileSync(f, 'utf8'));
  const tokenizer = benchTokenizers(await buildKuromoji(), await loadFastTokenizer(), texts);
  log(`tokenizer ${tokenizer.ratio}× identical=${tokenizer.identical}`);

  // 2. Ingestion: the stock ceiling, then each technique on its own and together.
  const ceiling = await stockCeiling(corpusDir, await loadStockTokenizer());
  log(`ceiling ${ceiling.docs_per_s.toFixed(1)} docs/s`);
  const db = (name: string) => path.join(tmp, `${name}.duckdb`);
  const base = await ingestRun('one thread, no cache', corpus, db('base'), 0, false);
  log(`base ${base.docs_per_s.toFixed(1)} docs/s`);
  const cached = await ingestRun('one thread, paragraph cache', corpus, db('cache'), 0, true);
  log(`cache ${cached.docs_per_s.toFixed(1)} docs/s`);
  const workers = await ingestRun(`${cores} workers, no cache`, corpus, db('workers'), cores, false);
  log(`workers ${workers.docs_per_s.toFixed(1)} docs/s`);
  const all = await ingestRun(`${cores} workers, paragraph cache`, corpus, db('all'), cores, true);
  log(`all ${all.docs_per_s.toFixed(1)} docs/s`);
  // The same on the real-shaped documents in the repository (the samples and the evaluation sets),
  // with how much of their text the paragraph cache answers.
  const real = realShapedCorpus(path.join(tmp, 'real'));
  const realRuns = await repeatedRuns(
    [
      { name: 'one thread, no cache', workers: 0, cache: false },
      { name: 'one thread, paragraph cache', workers: 0, cache: true },
      { name: `${cores} workers, paragraph cache`, workers: cores, cache: true },
      { name: 'default (no --workers)', workers: 'auto', cache: true }
    ],
    real,
    db
  );
  const repetition = await repetitionRate(real.dir, tk);
  log(`real-shaped: ${realRuns.map((r) => `${r.name} ${r.docs_per_s.toFixed(1)} docs/s`).join(', ')}; repetition ${(repetition * 100).toFixed(1)}%`);
  const writes = await benchWrites(corpusDir, tk, tmp);
  log(`writes: appender ${writes.appender_gain.toFixed(1)}× inserts`);
  const classification = benchClassification(TEXTS, tk);

  // 3 and 4. Query latency on stores grown from the ingested corpus; server memory; many people at
  // once; the first search after start; at the largest size, the load again while new documents are
  // ingested into the store being served.
  const queries = [];
  const loads: LoadResult[] = [];
  let load_during_ingest: LoadResult | null = null;
  let first_search_ms: number | null = null;
  let check_stall: StallBench | null = null;
  let server_rss_mb = 0;
  const duringDir = path.join(tmp, 'corpus-during');
  mkdirSync(duringDir);
  // Other documents than the store's (another seed): the ingestion has real work to do.
  const during = writeCorpus(duringDir, DOCS, readFileSync('eval/classifier/sentences.tsv', 'utf8'), 7);
  for (const size of SIZES) {
    const t0 = performance.now();
    const reached = await scaleStore(db('all'), db(`s${size}`), size);
    log(`store of ${reached} matters built in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    const q = await benchQueries(SERVER_ENTRY, db(`s${size}`), VIEWS, tk);
    queries.push(...q.queries);
    server_rss_mb = Math.max(server_rss_mb, q.server_rss_mb);
    log(`queries at ${reached}: ${q.queries.map((x) => `${x.name} p95 ${x.p95_ms} ms`).join(', ')}; server ${q.server_rss_mb} MB`);
    const store = await Store.open(snapshotPath(db(`s${size}`)), { readOnly: true });
    const ctx = await benchContext(store, tk);
    if (size === SIZES[SIZES.length - 1]) {
      check_stall = await benchCheckStall(store, tk, TEXTS);
      log(`draft check of ${check_stall.draft_kb} KB: worker ${check_stall.worker_check_ms} ms, stall ${check_stall.worker_max_stall_ms} ms; sliced ${check_stall.check_ms} ms, stall ${check_stall.max_stall_ms} ms (one piece: ${check_stall.one_piece_ms} ms)`);
    }
    store.close();
    const load = await benchLoad(SERVER_ENTRY, db(`s${size}`), reached, ctx);
    loads.push(load);
    log(`load at ${reached}: ${load.rps} req/s, p50 ${load.p50_ms} ms, p95 ${load.p95_ms} ms, p99 ${load.p99_ms} ms, ${load.errors} errors, peak RSS ${load.peak_rss_mb} MB`);
    if (size === SIZES[SIZES.length - 1]) {
      first_search_ms = await benchFirstSearch(SERVER_ENTRY, db(`s${size}`));
      log(`first search after ready at ${reached}: ${first_search_ms} ms`);
      load_during_ingest = await benchLoad(SERVER_ENTRY, db(`s${size}`), reached, ctx, {
        during: { command: [process.execPath, '--import', 'tsx', 'scripts/ingest.ts', '--db', db(`s${size}`), '--quiet', duringDir], documents: during.docs }
      });
      log(
        `load during an ingestion of ${during.docs} documents: ${load_during_ingest.rps} req/s, p95 ${load_during_ingest.p95_ms} ms, ${load_during_ingest.errors} errors; ingestion exit ${load_during_ingest.ingest?.exit_code} after ${load_during_ingest.ingest?.seconds} s`
      );
    }
    for (const f of readdirSync(tmp).filter((f) => f.startsWith(`s${size}.`))) rmSync(path.join(tmp, f), { recursive: true, force: true });
  }
  const samplePdf = await benchIngest(list('data/samples', '.pdf'), tk, tmp, 'pdf');

  const r2 = (x: number) => Math.round(x * 100) / 100;
  const previousNational = (() => {
    try {
      return (JSON.parse(readFileSync('bench/results.json', 'utf8')).national ?? null) as (NationalBench & { date: string }) | null;
    } catch {
      return null;
    }
  })();
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cores, cpu: os.cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(os.totalmem() / 2 ** 30) },
    node: process.version,
    versions: Object.fromEntries(['kuromoji', '@duckdb/node-api', 'pdfjs-dist', '@sveltejs/kit', 'svelte'].map((p) => [p, JSON.parse(readFileSync(`node_modules/${p}/package.json`, 'utf8')).version])),
    corpus: { docs: corpus.docs, matters: corpus.matters, mib: r2(corpus.bytes / 2 ** 20), generator_seed: 6 },
    tokenizer,
    ingest: {
      docs: base.docs,
      docs_per_s: r2(workers.docs_per_s),
      ceiling_docs_per_s: r2(ceiling.docs_per_s),
      ratio: r2(workers.docs_per_s / ceiling.docs_per_s),
      cached_docs_per_s: r2(all.docs_per_s),
      cached_ratio: r2(all.docs_per_s / ceiling.docs_per_s),
      peak_rss_mb: Math.max(base.peak_rss_mb, cached.peak_rss_mb, workers.peak_rss_mb, all.peak_rss_mb),
      runs: [base, cached, workers, all].map((x) => ({ ...x, docs_per_s: r2(x.docs_per_s), mb_per_s: r2(x.mb_per_s), seconds: r2(x.seconds), ratio: r2(x.docs_per_s / ceiling.docs_per_s) })),
      gains: { cache: r2(cached.docs_per_s / base.docs_per_s), workers: r2(workers.docs_per_s / base.docs_per_s), cache_and_workers: r2(all.docs_per_s / base.docs_per_s), appender_over_inserts: r2(writes.appender_gain), batch_over_per_document: r2(writes.batch_gain) },
      writes: { ...writes, insert_s: r2(writes.insert_s), appender_s: r2(writes.appender_s), per_document_s: r2(writes.per_document_s), appender_gain: r2(writes.appender_gain), batch_gain: r2(writes.batch_gain) },
      ceiling: { ...ceiling, seconds: r2(ceiling.seconds), docs_per_s: r2(ceiling.docs_per_s) },
      real_shaped: {
        docs: real.docs,
        mib: r2(real.bytes / 2 ** 20),
        sources: 'data/samples and eval/wild*/raw',
        repetition_rate: r2(repetition),
        runs: realRuns.map((x) => ({ ...x, docs_per_s: r2(x.docs_per_s), mb_per_s: r2(x.mb_per_s), seconds: r2(x.seconds), min_seconds: r2(x.min_seconds), max_seconds: r2(x.max_seconds) }))
      }
    },
    queries: queries.map((q) => ({ ...q, first_p95_ms: q.cold_p95_ms })),
    load: loads[loads.length - 1] ?? null,
    load_runs: loads,
    load_during_ingest,
    first_search_ms,
    check_stall,
    // Measured apart (bench/run-national.ts, hours at a million matters): the last such figures are kept.
    national: previousNational,
    query_stores: 'Stores of 10,000 and 100,000 matters are grown from the ingested corpus by copying its rows with SQL (new ids, municipalities and fiscal years; repeated texts): src/lib/server/store/scale.ts.',
    server_rss_mb,
    classification,
    sample_pdf_ingest: samplePdf,
    seconds: Math.round((performance.now() - started) / 1000)
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  const i = results.ingest;
  const md = [
    `# Benchmark results (${results.date})`,
    '',
    `Machine: ${cores} × ${results.machine.cpu}, ${results.machine.memory_gb} GiB; Node ${results.node}; ${Object.entries(results.versions).map(([k, v]) => `${k} ${v}`).join(', ')}. Whole run: ${results.seconds} s.`,
    '',
    `Corpus: ${corpus.docs} generated documents (${corpus.matters} matters, ${results.corpus.mib} MiB of text, HTML and Markdown; seed 6).`,
    '',
    '## Tokenizer',
    '',
    `| stock chars/s | ours chars/s | ratio | identical tokens |`,
    `|---|---|---|---|`,
    `| ${tokenizer.stock_chars_per_s.toLocaleString('en')} | ${tokenizer.chars_per_s.toLocaleString('en')} | ${tokenizer.ratio}× | ${tokenizer.identical} |`,
    '',
    '## Ingestion',
    '',
    `Ceiling (stock kuromoji 0.1.2 alone, one thread, line by line): ${i.ceiling.docs_per_s} docs/s.`,
    '',
    '| run | docs/s | MB/s | × ceiling | peak RSS MB |',
    '|---|---|---|---|---|',
    ...i.runs.map((x) => `| ${x.name} | ${x.docs_per_s} | ${x.mb_per_s} | ${x.ratio} | ${x.peak_rss_mb} |`),
    '',
    `Gains over one thread without cache: paragraph cache ${i.gains.cache}×, workers ${i.gains.workers}×, both ${i.gains.cache_and_workers}×. ` +
      `Writes (${writes.docs} documents, ${writes.rows.toLocaleString('en')} rows): appenders ${writes.appender_s.toFixed(2)} s against row INSERTs ${writes.insert_s.toFixed(2)} s (${i.gains.appender_over_inserts}×); ${INGEST_DEFAULTS.batchDocuments} documents per transaction against one: ${i.gains.batch_over_per_document}×.`,
    '',
    `Real-shaped documents (${i.real_shaped.docs} files, ${i.real_shaped.mib} MiB: ${i.real_shaped.sources}; text, HTML, Markdown and PDF). The paragraph cache answers ${(i.real_shaped.repetition_rate * 100).toFixed(0)}% of their tokenised text. Each run ${i.real_shaped.runs[0]?.rounds ?? 0} times, the runs taken in turn; the median, with the fastest and slowest.`,
    '',
    '| run | docs/s | MB/s | seconds (median) | fastest – slowest s | peak RSS MB |',
    '|---|---|---|---|---|---|',
    ...i.real_shaped.runs.map((x) => `| ${x.name} | ${x.docs_per_s} | ${x.mb_per_s} | ${x.seconds} | ${x.min_seconds} – ${x.max_seconds} | ${x.peak_rss_mb} |`),
    '',
    '## Queries (HTTP through the built server; DuckDB alone beside)',
    '',
    '| view | matters | requests | p50 ms | p95 ms | first-ask p95 ms | DuckDB p95 ms |',
    '|---|---|---|---|---|---|---|',
    ...queries.map((q) => `| ${q.name} | ${q.matters.toLocaleString('en')} | ${q.requests} | ${q.p50_ms} | ${q.p95_ms} | ${q.cold_p95_ms} | ${q.duckdb_p95_ms} |`),
    '',
    `Server peak RSS: ${server_rss_mb} MB. ${results.query_stores}`,
    '',
    '## Many people at once (50 connections, 60 s, a mix of pages and twins)',
    '',
    '| store | during | req/s | p50 ms | p95 ms | p99 ms | errors | peak RSS MB |',
    '|---|---|---|---|---|---|---|---|',
    ...[...loads.map((l) => ({ l, during: '—' })), ...(load_during_ingest ? [{ l: load_during_ingest, during: `ingesting ${load_during_ingest.ingest?.documents} documents (exit ${load_during_ingest.ingest?.exit_code}, ${load_during_ingest.ingest?.seconds} s)` }] : [])].map(
      ({ l, during }) => `| ${l.matters.toLocaleString('en')} | ${during} | ${l.rps} | ${l.p50_ms} | ${l.p95_ms} | ${l.p99_ms} | ${l.errors} | ${l.peak_rss_mb} |`
    ),
    '',
    `First search after the server says it is ready: ${first_search_ms} ms. The mix (bench/load.ts), of every 20 requests: 4 overview pages with filters, 3 coverage twins, 3 matter lists, 4 matter pages, 3 search pages, 1 search twin, 1 overview Arrow twin, 1 draft check.`,
    '',
    ...(check_stall
      ? [
          '',
          `A draft check of ${check_stall.draft_kb} KB (the samples repeated) against the largest store took ${check_stall.worker_check_ms} ms with its analysis in the draft worker thread (as the server runs it), the event loop held at most ${check_stall.worker_max_stall_ms} ms at a time; on the main thread in slices (ATLAS_CHECK_WORKER=0) ${check_stall.check_ms} ms, held at most ${check_stall.max_stall_ms} ms (its analysis in one piece: ${check_stall.one_piece_ms} ms).`
        ]
      : []),
    '',
    `Classification overhead: ${(classification.overhead * 100).toFixed(1)}%. Sample PDFs: ${samplePdf.pages_per_s} pages/s.`
  ].join('\n');
  writeFileSync('bench/results.md', (previousNational ? withNationalSection(md, nationalMarkdown(previousNational)) : md) + '\n');
  console.log('\n' + md);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
