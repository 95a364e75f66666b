// How long a large draft check holds the event loop: the longest delay other requests see while
// the check runs, its analysis in the server's draft worker thread (as the server runs it) and in
// slices on the main thread (its fallback), beside the time the same analysis takes in one piece
// (what they would have waited without either).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { analyzeDocument } from '../src/lib/domain/analyze';
import type { Tokenizer } from '../src/lib/domain/tokens';
import { cleanText, splitPages } from '../src/lib/readers/text-reader';
import { checkDraft } from '../src/lib/server/check';
import { getDraftAnalyzer } from '../src/lib/server/draft-analyzer';
import type { Store } from '../src/lib/server/store/store';
import { round } from './query';

export interface StallBench {
  draft_kb: number;
  check_ms: number;
  max_stall_ms: number;
  one_piece_ms: number;
  /** The same check with the analysis in the draft worker thread. */
  worker_check_ms: number;
  worker_max_stall_ms: number;
}

/** A draft of about `bytes` from the sample texts, checked against `store`. */
export async function benchCheckStall(store: Store, tokenizer: Tokenizer, samples: string, bytes = 1_000_000): Promise<StallBench> {
  let text = readdirSync(samples)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(samples, f), 'utf8'))
    .join('\n\n');
  while (Buffer.byteLength(text) < bytes) text += '\n\n' + text;
  text = text.slice(0, Math.floor((text.length * bytes) / Buffer.byteLength(text)));
  const t0 = performance.now();
  analyzeDocument(splitPages(cleanText(text)), tokenizer);
  const onePiece = performance.now() - t0;
  const timed = async (analyzer: Parameters<typeof checkDraft>[1]) => {
    const h = monitorEventLoopDelay({ resolution: 1 });
    h.enable();
    const t1 = performance.now();
    await checkDraft(store, analyzer, text);
    const ms = performance.now() - t1;
    h.disable();
    return { ms: round(ms), stall: round(h.max / 1e6) };
  };
  const sliced = await timed(tokenizer);
  const worker = await getDraftAnalyzer();
  if (worker.where !== 'worker') throw new Error('the draft worker thread did not start');
  const inWorker = await timed(worker);
  return {
    draft_kb: Math.round(Buffer.byteLength(text) / 1024),
    check_ms: sliced.ms,
    max_stall_ms: sliced.stall,
    one_piece_ms: round(onePiece),
    worker_check_ms: inWorker.ms,
    worker_max_stall_ms: inWorker.stall
  };
}
