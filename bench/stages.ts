// Benchmarks run by `npm run bench`. Each returns plain numbers; the script prints and saves them.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyMatter } from '../src/lib/domain/analyze';
import { extractDocument } from '../src/lib/domain/extract/extract';
import { computeGaps } from '../src/lib/domain/classify/gaps';
import { buildPostings, postingSections } from '../src/lib/domain/search/postings';
import { memoTokenizer, type Tokenizer } from '../src/lib/domain/tokens';

export interface ClassificationBench {
  documents: number;
  rounds: number;
  without_ms: number;
  with_ms: number;
  /** Extra share of analysis time that classification and gaps take. */
  overhead: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Extraction + postings with and without classification, on the same documents, interleaved runs. */
export function benchClassification(dir: string, tokenizer: Tokenizer, rounds = 10, repeats = 5): ClassificationBench {
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const run = (classify: boolean) => {
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++)
      for (const d of docs) {
        // A fresh memo per document, as in ingestion.
        const tk = memoTokenizer(tokenizer);
        for (const m of extractDocument([d])) {
          if (classify) {
            classifyMatter(m, tk);
            m.gaps = computeGaps(m);
          }
          buildPostings(tk, postingSections(m));
        }
      }
    return performance.now() - t0;
  };
  run(true);
  run(false);
  const without: number[] = [];
  const withC: number[] = [];
  for (let i = 0; i < repeats; i++) {
    without.push(run(false));
    withC.push(run(true));
  }
  const a = median(without);
  const b = median(withC);
  return { documents: docs.length, rounds, without_ms: Math.round(a), with_ms: Math.round(b), overhead: b / a - 1 };
}

export interface IngestBench {
  files: number;
  pages: number;
  chars: number;
  seconds: number;
  files_per_s: number;
  pages_per_s: number;
}

/** Ingests the files into a fresh store (readers, analysis, tokenising, DuckDB), after a warm-up run. */
export async function benchIngest(files: string[], tokenizer: Tokenizer, dbDir: string, label: string): Promise<IngestBench> {
  const { Store } = await import('../src/lib/server/store/store');
  const { ingestPaths } = await import('../src/lib/ingest/pipeline');
  const once = async (name: string) => {
    // A fresh store per run: documents already stored would be counted again.
    const store = await Store.open(path.join(dbDir, `${label}-${name}.duckdb`));
    try {
      const t0 = performance.now();
      const s = await ingestPaths(files, { store, tokenizer });
      const seconds = (performance.now() - t0) / 1000;
      const pages = Number((await store.all<{ n: number }>('SELECT sum(pages)::INTEGER AS n FROM documents'))[0].n);
      return { files: s.ok, pages, chars: s.chars, seconds };
    } finally {
      store.close();
    }
  };
  await once('warmup');
  const r = await once('measured');
  return { ...r, seconds: Number(r.seconds.toFixed(3)), files_per_s: Number((r.files / r.seconds).toFixed(2)), pages_per_s: Number((r.pages / r.seconds).toFixed(2)) };
}
