// Worker threads that prepare documents in parallel (read, extract, classify, tokenise); the main
// thread keeps the single DuckDB connection and writes what they send back.

import { Worker } from 'node:worker_threads';
import type { DocumentMeta } from '../domain/types';
import type { StoredDocument } from '../server/store/document';
import type { PrepareRequest, PrepareWorkerData } from './prepare';
import { WorkerCalls } from '../worker-calls';
import { sharedDictionary, type PackedDictionary } from '../tokenizer/fast-tokenizer';

type Slot = WorkerCalls<PrepareRequest, StoredDocument>;

/** A plain module that registers tsx and loads prepare-worker.ts. */
const WORKER_URL = new URL('./prepare-worker-entry.mjs', import.meta.url);

export class PreparePool {
  private slots: Slot[] = [];
  private closed = false;

  private constructor(
    private readonly cache: boolean,
    private readonly dictionary: PackedDictionary
  ) {}

  /**
   * Starts `size` workers and waits until each is ready. They share one dictionary, loaded here
   * into SharedArrayBuffers: a worker reads it instead of loading its own copy.
   */
  static async start(size: number, { cache }: { cache: boolean }): Promise<PreparePool> {
    const pool = new PreparePool(cache, await sharedDictionary());
    await Promise.all(Array.from({ length: size }, () => pool.spawn()));
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  private spawn(): Promise<void> {
    const worker = new Worker(WORKER_URL, { workerData: { cache: this.cache, dictionary: this.dictionary } satisfies PrepareWorkerData });
    const slot: Slot = new WorkerCalls(worker, {
      onLost: (_reason, started) => {
        this.slots = this.slots.filter((s) => s !== slot);
        // A lost worker is replaced, so one poisonous file cannot starve the run.
        if (started && !this.closed) this.spawn().catch(() => undefined);
      }
    });
    this.slots.push(slot);
    return slot.ready.catch((e: Error) => {
      throw new Error(`worker thread failed to start: ${e.message}`);
    });
  }

  /** Prepares the file on the least busy worker. */
  prepare(file: string, meta: DocumentMeta): Promise<StoredDocument> {
    if (this.slots.length === 0) return Promise.reject(new Error('worker thread failed: no worker is running'));
    const slot = this.slots.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    return slot.call({ file, meta });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
