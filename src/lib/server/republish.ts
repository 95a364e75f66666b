// After a correction is saved, the server publishes a new snapshot of the store with the corrections
// applied (snapshot.ts), in the background, and moves to it like any publish (db.ts). Corrections
// saved while one runs are taken by one more run after it. While an ingest run holds the store the
// copy cannot be made: it is tried again a little later, and the ingest run's own publish applies
// the corrections anyway.

import { createSnapshot } from './store/snapshot';
import { parquetSource, storePath } from './db';

const RETRY_MS = 5_000;
const MAX_TRIES = 60;

let running: Promise<void> | null = null;
let again = false;
let lastError: string | null = null;
let stopping = false;
process.once('sveltekit:shutdown', () => (stopping = true));

/** Whether corrections can be made here: a store to publish from, not Parquet exports served read-only. */
export const correctionsEditable = (): boolean => parquetSource() === null;

async function runOnce(): Promise<void> {
  for (let tries = 1; ; tries++) {
    try {
      await createSnapshot(storePath());
      lastError = null;
      return;
    } catch (e) {
      lastError = (e as Error).message.split('\n')[0];
      console.error(`corrections: cannot publish a snapshot with them yet (try ${tries}): ${lastError}`);
      if (tries >= MAX_TRIES || stopping) return;
      // Unref'd: a retry waiting never keeps a stopping server alive.
      await new Promise((r) => setTimeout(r, RETRY_MS).unref());
      if (stopping) return;
    }
  }
}

/** Publishes a snapshot with the latest corrections, soon; returns when that publish is done. */
export function republish(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await runOnce();
    } while (again);
  })().finally(() => (running = null));
  return running;
}

/** For the pages: a publish under way, and why the last one failed. */
export const republishState = () => ({ running: running !== null, lastError });
