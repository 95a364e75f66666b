// Worker threads that prepare documents in parallel (read, extract, classify, tokenise); the main
// thread keeps the single DuckDB connection and writes what they send back.

import { Worker } from 'node:worker_threads';
import type { DocumentMeta } from '../domain/types';
import type { StoredDocument } from '../server/store/document';
import type { PrepareReply, PrepareRequest, PrepareWorkerData } from './prepare';
import { sharedDictionary, type PackedDictionary } from '../tokenizer/fast-tokenizer';

interface Pending {
  resolve: (doc: StoredDocument) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** A plain module that registers tsx and loads prepare-worker.ts. */
const WORKER_URL = new URL('./prepare-worker-entry.mjs', import.meta.url);

export class PreparePool {
  private slots: Slot[] = [];
  private nextId = 0;
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
    const slot: Slot = { worker, pending: new Map() };
    this.slots.push(slot);
    return new Promise((ready, failed) => {
      let started = false;
      worker.on('message', (msg: PrepareReply | { ready: true }) => {
        if ('ready' in msg) {
          started = true;
          return ready();
        }
        const p = slot.pending.get(msg.id);
        if (!p) return;
        slot.pending.delete(msg.id);
        if (msg.ok) p.resolve(msg.doc);
        else p.reject(new Error(msg.reason));
      });
      const lost = (reason: string) => {
        this.slots = this.slots.filter((s) => s !== slot);
        for (const p of slot.pending.values()) p.reject(new Error(`worker thread failed: ${reason}`));
        slot.pending.clear();
        if (!started) failed(new Error(`worker thread failed to start: ${reason}`));
        // A lost worker is replaced, so one poisonous file cannot starve the run.
        else if (!this.closed) this.spawn().catch(() => undefined);
      };
      worker.on('error', (e) => lost(e.message.split('\n')[0]));
      worker.on('exit', (code) => {
        if (!this.closed || slot.pending.size > 0) lost(`exited with code ${code}`);
      });
    });
  }

  /** Prepares the file on the least busy worker. */
  prepare(file: string, meta: DocumentMeta): Promise<StoredDocument> {
    if (this.slots.length === 0) return Promise.reject(new Error('worker thread failed: no worker is running'));
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, file, meta } satisfies PrepareRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
