// How long a large draft check holds the event loop: the longest delay other requests see while
// the check runs (sliced, as the server runs it), beside the time the same analysis takes in one
// piece (what they would have waited without slices).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { analyzeDocument } from '../src/lib/domain/analyze';
import type { Tokenizer } from '../src/lib/domain/tokens';
import { cleanText, splitPages } from '../src/lib/readers/text-reader';
import { checkDraft } from '../src/lib/server/check';
import type { Store } from '../src/lib/server/store/store';
import { round } from './query';

export interface StallBench {
  draft_kb: number;
  check_ms: number;
  max_stall_ms: number;
  one_piece_ms: number;
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
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const t1 = performance.now();
  await checkDraft(store, tokenizer, text);
  const check = performance.now() - t1;
  h.disable();
  return { draft_kb: Math.round(Buffer.byteLength(text) / 1024), check_ms: round(check), max_stall_ms: round(h.max / 1e6), one_piece_ms: round(onePiece) };
}
