// npm start: make sure a store and a current build exist, then run the adapter-node server.
// Env (defaults in src/lib/config.ts): ATLAS_DB (the store), ATLAS_PARQUET (serve Parquet exports
// instead), PORT, ORIGIN (default http://localhost:PORT; the address people open, checked on form
// posts such as /check), BODY_SIZE_LIMIT (default: the draft check's request limit).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SETTINGS } from '../src/lib/config';
import { run } from '../src/lib/ingest/cli';
import { authMode } from '../src/lib/server/auth/authenticate';
import { readUsers, usersPath } from '../src/lib/server/auth/users';
import { withMallocArenas } from '../src/lib/publish/server-process';
import { setting } from '../src/lib/server/env';
import { buildApp, buildIsStale, SERVER_ENTRY } from './build-state';

const dbPath = setting('db');
const port = setting('port');

// Access control that cannot work refuses every request: say so before serving.
try {
  const mode = authMode();
  if (mode !== 'off') {
    const users = readUsers();
    if (mode === 'basic' && !users.some((u) => u.password)) console.warn(`ATLAS_AUTH=basic but ${usersPath()} has no user with a password: add one with npm run users -- add NAME --role editor`);
    console.log(`Access control: ${mode} (${users.length} user(s) in ${usersPath()})`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}

// Serving Parquet exports needs no store.
if (!setting('parquet') && !existsSync(dbPath)) {
  console.log(`No store at ${dbPath}: ingesting data/samples …`);
  const code = await run(['--db', dbPath, 'data/samples']);
  if (code === 2) process.exit(2);
  // 1 means some file failed: the store still holds the rest, so serving it is useful.
  if (code !== 0) console.warn('Some sample files failed to ingest; continuing with the rest.');
}

if (buildIsStale()) {
  console.log('Building the app (vite build) …');
  const code = buildApp();
  if (code !== 0) {
    console.error(`vite build failed (exit ${code}); not starting the server.`);
    process.exit(1);
  }
}

// adapter-node assumes https without ORIGIN, and its 512 KB body limit is below most PDF drafts.
const env = withMallocArenas({
  ...process.env,
  [SETTINGS.port.env]: port,
  [SETTINGS.db.env]: dbPath,
  [SETTINGS.origin.env]: setting('origin') || `http://localhost:${port}`,
  [SETTINGS.bodySizeLimit.env]: setting('bodySizeLimit')
});
const server = spawn(process.execPath, [SERVER_ENTRY], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
console.log(`Shingikai Atlas: http://localhost:${port}`);
