// Long analyses written as generators that yield between units of work (a matter, a sentence):
// the same code runs in one piece (drain) for ingestion, or paused between units by the server, so
// a large draft never holds the event loop for seconds. Yielding is free of I/O and clocks.

/** A computation that pauses (yields) between units of work and returns T. */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end without pausing. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
