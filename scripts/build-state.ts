// Whether the adapter-node build is missing or older than the sources it was built from.
// Shared by `npm start` and the browser tests so neither serves a stale build.

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What servers run: adapter-node's entry with the security headers on every response. */
export const SERVER_ENTRY = 'scripts/serve.js';
/** The build's own entry, whose age says whether the build is stale. */
const BUILD_ENTRY = 'build/index.js';

/** Newest modification time among the given files and everything under the given folders. */
function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const files = statSync(p).isDirectory() ? readdirSync(p, { recursive: true, encoding: 'utf8' }).map((f) => path.join(p, f)) : [p];
    for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

export function buildIsStale(): boolean {
  if (!existsSync(BUILD_ENTRY)) return true;
  return newestMtime(['src', 'svelte.config.js', 'vite.config.ts', 'package-lock.json']) > statSync(BUILD_ENTRY).mtimeMs;
}
