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
import type { DraftReply, DraftRequest } from './draft-worker';
import { setting } from './env';

const ENTRY = 'draft-worker-entry.mjs';

/** Beside this module in the sources; the built server's chunks live elsewhere, so the project's src then. */
function entryPath(): string | null {
  const here = fileURLToPath(new URL(`./${ENTRY}`, import.meta.url));
  const candidates = [here, path.resolve('src', 'lib', 'server', ENTRY)];
  return candidates.find((p) => existsSync(p)) ?? null;
}

class DraftWorker {
  private pending = new Map<number, { resolve: (a: DraftAnalysis) => void; reject: (e: Error) => void }>();
  private next = 0;
  private lost: string | null = null;

  private constructor(private readonly worker: Worker) {}

  static start(entry: string): Promise<DraftWorker> {
    return sharedDictionary().then(
      (dictionary) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(entry, { workerData: { dictionary } });
          // The worker never keeps the server from exiting.
          worker.unref();
          const self = new DraftWorker(worker);
          let started = false;
          worker.on('message', (msg: DraftReply | { ready: true }) => {
            if ('ready' in msg) {
              started = true;
              return resolve(self);
            }
            const p = self.pending.get(msg.id);
            if (!p) return;
            self.pending.delete(msg.id);
            if (msg.ok) p.resolve(msg.analysis);
            else p.reject(new Error(msg.reason));
          });
          const fail = (reason: string) => {
            self.lost = reason;
            for (const p of self.pending.values()) p.reject(new Error(`draft worker: ${reason}`));
            self.pending.clear();
            if (!started) reject(new Error(reason));
          };
          worker.on('error', (e) => fail(e.message.split('\n')[0]));
          worker.on('exit', (code) => fail(`exited with code ${code}`));
        })
    );
  }

  get alive(): boolean {
    return this.lost === null;
  }

  get lostReason(): string | null {
    return this.lost;
  }

  analyse(pages: string[]): Promise<DraftAnalysis> {
    if (this.lost) return Promise.reject(new Error(`draft worker: ${this.lost}`));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, pages } satisfies DraftRequest);
    });
  }
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
  let worker: DraftWorker;
  try {
    worker = await DraftWorker.start(entry);
  } catch (e) {
    console.warn(`draft check: the worker thread did not start (${(e as Error).message}); drafts are analysed in the server's thread`);
    return sliced;
  }
  let warned = false;
  const inThread = (pages: string[]) => {
    if (!warned) console.warn(`draft check: the worker thread stopped (${worker.lostReason}); drafts are analysed in the server's thread`);
    warned = true;
    return sliced.analyse(pages);
  };
  return {
    get where() {
      return worker.alive ? 'worker' : 'thread';
    },
    // A draft the worker was analysing when it stopped is analysed here instead; an error the
    // analysis itself raised is the request's.
    analyse: (pages) => (worker.alive ? worker.analyse(pages).catch((e: Error) => (worker.alive ? Promise.reject(e) : inThread(pages))) : inThread(pages))
  };
}
