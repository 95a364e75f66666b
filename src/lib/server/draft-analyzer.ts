// The server's draft analyzer: one worker thread, started in the background when the store opens,
// analyses drafts beside the event loop, so a check costs the other requests nothing and is not
// itself slowed by taking turns with them. Where the worker cannot start (its entry or tsx missing)
// or fails, drafts are analysed in this thread in slices, as before, and the log says why once.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sharedDictionary } from '../tokenizer/fast-tokenizer';
import { getTokenizer } from './analyzer';
import { slicedAnalyzer, type DraftAnalysis, type DraftAnalyzer } from './draft-analysis';
import type { DraftRequest } from './draft-worker';
import { WorkerCalls } from '../worker-calls';
import { setting } from './env';

const ENTRY = 'draft-worker-entry.mjs';

/** Beside this module in the sources; the built server's chunks live elsewhere, so the project's src then. */
function entryPath(): string | null {
  const here = fileURLToPath(new URL(`./${ENTRY}`, import.meta.url));
  const candidates = [here, path.resolve('src', 'lib', 'server', ENTRY)];
  return candidates.find((p) => existsSync(p)) ?? null;
}

async function startWorker(entry: string): Promise<WorkerCalls<DraftRequest, DraftAnalysis>> {
  const worker = new Worker(entry, { workerData: { dictionary: await sharedDictionary() } });
  // Idle, the worker never keeps the server from exiting; busy, it keeps a script waiting for it alive.
  const calls = new WorkerCalls<DraftRequest, DraftAnalysis>(worker, { unrefWhenIdle: true });
  await calls.ready;
  return calls;
}

let analyzer: Promise<DraftAnalyzer> | null = null;

/** The worker when it runs (ATLAS_CHECK_WORKER=0: never), else this thread in slices. */
export function getDraftAnalyzer(): Promise<DraftAnalyzer> {
  analyzer ??= startAnalyzer();
  return analyzer;
}

async function startAnalyzer(): Promise<DraftAnalyzer> {
  const sliced = slicedAnalyzer(await getTokenizer());
  if (setting('checkWorker') === '0') return sliced;
  const entry = entryPath();
  if (!entry) {
    console.warn(`draft check: ${ENTRY} not found; drafts are analysed in the server's thread`);
    return sliced;
  }
  let worker: WorkerCalls<DraftRequest, DraftAnalysis>;
  try {
    worker = await startWorker(entry);
  } catch (e) {
    console.warn(`draft check: the worker thread did not start (${(e as Error).message}); drafts are analysed in the server's thread`);
    return sliced;
  }
  let warned = false;
  const inThread = (pages: string[]) => {
    if (!warned) console.warn(`draft check: the worker thread stopped (${worker.lost}); drafts are analysed in the server's thread`);
    warned = true;
    return sliced.analyse(pages);
  };
  return {
    get where() {
      return worker.lost === null ? 'worker' : 'thread';
    },
    // A draft the worker was analysing when it stopped is analysed here instead; an error the
    // analysis itself raised is the request's.
    analyse: (pages) => (worker.lost === null ? worker.call({ pages }).catch((e: Error) => (worker.lost === null ? Promise.reject(e) : inThread(pages))) : inThread(pages))
  };
}
