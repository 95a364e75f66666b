// The built server (adapter-node) as a child process on a free local port, answered once ready:
// the publishing pack renders the report through it, as a browser would.

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const STOP_GRACE_MS = 5_000;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * glibc gives threads that allocate at once arenas of their own (DuckDB's readers, the draft worker,
 * libuv's pool), and what they free stays with them. Two arenas cut the server's peak RSS under 50
 * connections at 100,000 matters from 1,089 to 1,028 MB (one 40-second run each, throughput 128 →
 * 135 requests/s). A value the environment sets is kept.
 */
export function withMallocArenas(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return env.MALLOC_ARENA_MAX ? env : { ...env, MALLOC_ARENA_MAX: '2' };
}

/** Starts `entry` with `env` and waits until GET /api/ready answers 200 (the store open and warm). */
export async function startServerProcess(entry: string, env: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  const port = await freePort();
  const log: string[] = [];
  const child = spawn(process.execPath, [entry], { env: withMallocArenas({ ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }), stdio: ['ignore', 'pipe', 'pipe'] });
  // Kept for the error message when it does not start.
  const keep = (b: Buffer) => {
    log.push(...b.toString('utf8').split('\n').filter(Boolean));
    log.splice(0, Math.max(0, log.length - 20));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  // SIGTERM lets adapter-node finish its requests; a server still busy after a few seconds (a queue
  // left by a load test) is killed.
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  for (const deadline = Date.now() + timeoutMs; ; ) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${log.slice(-5).join(' | ')}`);
    try {
      if ((await fetch(url + '/api/ready')).ok) return { url, child, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not become ready at ${url}: ${log.slice(-5).join(' | ')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
