// Whether the adapter-node build is missing or older than the sources it was built from.
// Shared by `npm start` and the browser tests so neither serves a stale build.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What servers run: adapter-node's entry with the security headers on every response. */
export const SERVER_ENTRY = 'scripts/serve.js';
/** The build's own entry, whose age says whether the build is stale. */
const BUILD_ENTRY = 'build/index.js';
/**
 * Written after a production build (buildApp). A build without it may have been compiled in
 * development mode: one started from the tests inherits NODE_ENV=test, and Svelte then compiles
 * its development checks into every page (a fifth of the overview's rendering time).
 */
const PRODUCTION_MARK = 'build/.atlas-production';

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
  if (!existsSync(BUILD_ENTRY) || !existsSync(PRODUCTION_MARK)) return true;
  return newestMtime(['src', 'svelte.config.js', 'vite.config.ts', 'package-lock.json']) > statSync(BUILD_ENTRY).mtimeMs;
}

/**
 * Builds the app for production whatever NODE_ENV the caller runs under; returns vite's exit code.
 * `quiet` keeps only warnings and errors.
 */
export function buildApp({ quiet = false }: { quiet?: boolean } = {}): number {
  const r = spawnSync('npx', ['vite', 'build', ...(quiet ? ['--logLevel', 'warn'] : [])], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  const code = r.status ?? 1;
  if (code === 0) writeFileSync(PRODUCTION_MARK, `${new Date().toISOString()}\n`);
  return code;
}
