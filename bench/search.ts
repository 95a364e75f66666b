// Search latency: p50 and p95 of searchMatters per kind of query, on whatever store it is given
// (bench/run-search.ts builds a large one by replicating a real store's rows).

import type { Tokenizer } from '../src/lib/domain/tokens';
import type { MatterFilter } from '../src/lib/server/store/dashboard';
import { searchMatters, type SearchSort } from '../src/lib/server/store/search';
import type { Store } from '../src/lib/server/store/store';

export interface SearchBenchCase {
  name: string;
  q: string;
  filter?: MatterFilter;
  sort?: SearchSort;
}

/** One query of each kind the search plans differently. */
export const SEARCH_BENCH_CASES: SearchBenchCase[] = [
  { name: 'single term', q: '暗号化' },
  { name: 'two terms (AND)', q: '委託先 パソコン' },
  { name: 'phrase', q: '"個人情報の漏洩"' },
  { name: 'OR', q: 'USBメモリ OR 光ディスク' },
  { name: '1-char (n-gram)', q: '鍵' },
  { name: '2-char substring', q: 'ID' },
  { name: 'split word (substring)', q: 'クラウド' },
  { name: 'exclusion', q: '生年月日 -再委託' },
  { name: 'with a filter', q: '暗号化', filter: { procedure: 'outsourcing', sensitive: true } },
  { name: 'common word', q: '個人情報' },
  { name: 'newest first (feed)', q: '暗号化', sort: 'newest' }
];

export interface SearchBenchResult {
  name: string;
  q: string;
  total: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Each case `rounds` times after one warm-up run (the first query loads the tokenizer's caches). */
export async function benchSearch(store: Store, tokenizer: Tokenizer, cases: SearchBenchCase[] = SEARCH_BENCH_CASES, rounds = 20): Promise<SearchBenchResult[]> {
  const out: SearchBenchResult[] = [];
  for (const c of cases) {
    const opts = { q: c.q, filter: c.filter, sort: c.sort, facets: c.sort !== 'newest' };
    const { total } = await searchMatters(store, tokenizer, opts);
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      await searchMatters(store, tokenizer, opts);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 10) / 10;
    out.push({ name: c.name, q: c.q, total, p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)), max_ms: round(times[times.length - 1]) });
  }
  return out;
}
