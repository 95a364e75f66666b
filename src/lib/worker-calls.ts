// Requests to a worker thread and their answers, matched by id: the one mechanism behind
// ingestion's preparing workers (ingest/worker-pool.ts) and the server's draft worker
// (server/draft-analyzer.ts). A worker says it is ready once, then answers each request with its
// value or the first line of its error.

import type { MessagePort, Worker } from 'node:worker_threads';

type Reply<T> = { id: number; ok: true; value: T } | { id: number; ok: false; reason: string };

/** The main thread's side of one worker. */
export class WorkerCalls<Req extends object, T> {
  private pending = new Map<number, { resolve: (v: T) => void; reject: (e: Error) => void }>();
  private next = 0;
  private lostReason: string | null = null;
  /** Settles when the worker says it is ready, or rejects with the reason it did not start. */
  readonly ready: Promise<void>;

  private readonly unrefWhenIdle: boolean;

  /**
   * `onLost` hears why the worker stopped (an error or its exit), after its requests are rejected.
   * `unrefWhenIdle`: the worker keeps the process alive only while it starts or answers, so a
   * server can stop with it idle, and a script waiting on it alone still gets its answer.
   */
  constructor(
    readonly worker: Worker,
    { onLost = () => undefined, unrefWhenIdle = false }: { onLost?: (reason: string, started: boolean) => void; unrefWhenIdle?: boolean } = {}
  ) {
    this.unrefWhenIdle = unrefWhenIdle;
    let started = false;
    this.ready = new Promise((resolve, reject) => {
      // Listeners first: adding one refs the worker again.
      worker.on('message', (msg: Reply<T> | { ready: true }) => {
        if ('ready' in msg) {
          started = true;
          this.idle();
          return resolve();
        }
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        this.idle();
        if (msg.ok) p.resolve(msg.value);
        else p.reject(new Error(msg.reason));
      });
      const lose = (reason: string) => {
        this.lostReason = reason;
        for (const p of this.pending.values()) p.reject(new Error(`worker thread failed: ${reason}`));
        this.pending.clear();
        if (!started) reject(new Error(reason));
        onLost(reason, started);
      };
      worker.on('error', (e) => lose(e.message.split('\n')[0]));
      worker.on('exit', (code) => lose(`exited with code ${code}`));
    });
  }

  /** Requests waiting for their answer. */
  get waiting(): number {
    return this.pending.size;
  }

  /** Why the worker stopped; null while it runs. */
  get lost(): string | null {
    return this.lostReason;
  }

  private idle(): void {
    if (this.unrefWhenIdle && this.pending.size === 0) this.worker.unref();
  }

  call(request: Req): Promise<T> {
    if (this.lostReason) return Promise.reject(new Error(`worker thread failed: ${this.lostReason}`));
    if (this.unrefWhenIdle) this.worker.ref();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }
}

/** The worker's side: answers each request with `handle`'s value or its error, then says it is ready. */
export function answerCalls<Req extends object, T>(port: MessagePort, handle: (request: Req) => T | Promise<T>): void {
  port.on('message', async (req: Req & { id: number }) => {
    let reply: Reply<T>;
    try {
      reply = { id: req.id, ok: true, value: await handle(req) };
    } catch (e) {
      reply = { id: req.id, ok: false, reason: ((e as Error).message || String(e)).split('\n')[0] };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}
