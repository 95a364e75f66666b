// Stock kuromoji against the fast tokenizer on the same lines: speed, and whether the tokens agree.

import { isDeepStrictEqual } from 'node:util';
import type { IpadicFeatures } from 'kuromoji';

export interface TokenizerBench {
  stock_chars_per_s: number;
  chars_per_s: number;
  /** Fast over stock throughput. */
  ratio: number;
  /** Every line gave deep-equal token objects (or both tokenizers threw). */
  identical: boolean;
}

const RUNS = 3;

function outcome(tokenize: () => IpadicFeatures[]): IpadicFeatures[] | { throws: string } {
  try {
    return tokenize();
  } catch (err) {
    return { throws: err instanceof Error ? err.name : String(err) };
  }
}

function timeMs(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Tokenises the texts line by line with both: one warm-up pass, which also compares the tokens,
 * then the median of three timed passes each. Lines stock kuromoji cannot tokenise (it throws on
 * U+0000 and lone high surrogates) are compared but left out of the timing.
 */
export function benchTokenizers(
  stock: { tokenize(text: string): IpadicFeatures[] },
  fast: { tokenizeFull(text: string): IpadicFeatures[] },
  texts: string[]
): TokenizerBench {
  let identical = true;
  const timed: string[] = [];
  for (const line of texts.flatMap((t) => t.split('\n'))) {
    const want = outcome(() => stock.tokenize(line));
    identical &&= isDeepStrictEqual(outcome(() => fast.tokenizeFull(line)), want);
    if (Array.isArray(want)) timed.push(line);
  }
  const chars = timed.reduce((n, line) => n + line.length, 0);
  const stockMs: number[] = [];
  const fastMs: number[] = [];
  // Interleaved, so drift in machine load affects both alike.
  for (let r = 0; r < RUNS; r++) {
    stockMs.push(timeMs(() => timed.forEach((line) => stock.tokenize(line))));
    fastMs.push(timeMs(() => timed.forEach((line) => fast.tokenizeFull(line))));
  }
  const stock_chars_per_s = Math.round(chars / (median(stockMs) / 1000));
  const chars_per_s = Math.round(chars / (median(fastMs) / 1000));
  return { stock_chars_per_s, chars_per_s, ratio: Math.round((chars_per_s / stock_chars_per_s) * 100) / 100, identical };
}
