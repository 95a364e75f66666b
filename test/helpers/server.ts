// Starts the built app (adapter-node) on a free loopback port for a test.

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SERVER_ENTRY } from '../../scripts/build-state';
import { freePort } from '../../src/lib/publish/server-process';
import { CHECK_BODY_SIZE_LIMIT } from '../../src/lib/config';

export { freePort };

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** What the server wrote to its standard error so far. */
  log(): string;
  stop(): Promise<void>;
}

/** Tests send many searches and checks from one address, and sign in only where they say so. */
const TEST_DEFAULTS = { ATLAS_AUTH: 'off', ATLAS_RATE_SEARCH: '0', ATLAS_RATE_CHECK: '0' };

/** `env` adds to or overrides the server's environment (access control, limits). */
export async function startServer(db: string, ms = 30_000, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // As scripts/start.ts runs it: the origin form posts come from, and a body limit fit for PDF drafts.
  // Lineage edits beside the test's store, never in the project's data folder.
  const fullEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ATLAS_DB: db, ATLAS_LINEAGE_EDITS: path.join(path.dirname(db), 'lineage-edits.json'), ATLAS_CORRECTIONS: path.join(path.dirname(db), 'corrections.json'), ORIGIN: url, BODY_SIZE_LIMIT: CHECK_BODY_SIZE_LIMIT, ...TEST_DEFAULTS, ...env };
  const child = spawn(process.execPath, [SERVER_ENTRY], { env: fullEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const deadline = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
    try {
      await fetch(url + '/api/matters.json');
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`server did not answer at ${url} within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    process: child,
    log: () => stderr,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        // A server still busy a while after SIGTERM (a request it cannot finish) is killed.
        const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      })
  };
}
