// CPU-heavy work in the request path (the draft check's analysis) runs in slices: after about
// SLICE_MS of work it gives the event loop a turn, so other people's requests are answered in
// between instead of waiting seconds behind a large draft.

import type { Steps } from '../domain/steps';

/** The longest the server computes for one request before answering others. */
export const SLICE_MS = 10;

/** Runs steps to the end, pausing (setImmediate) whenever a slice has lasted `sliceMs`. */
export async function runSliced<T>(steps: Steps<T>, sliceMs = SLICE_MS, now: () => number = () => performance.now()): Promise<T> {
  let start = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - start >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      start = now();
    }
  }
}
