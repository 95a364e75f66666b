// The server's one read-only store handle, opened on first use so the app builds and starts
// without a store and picks one up once `npm run ingest` has created it.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { error } from '@sveltejs/kit';
import { Store } from './store/store';

// Not imported from the ingest CLI: that would pull the tokenizer into the server bundle.
const DEFAULT_DB = 'data/council.duckdb';

let opening: Promise<Store> | null = null;

/** process.env, not $env: this module is also type-checked outside SvelteKit (tsconfig.scripts.json). */
export function storePath(): string {
  return process.env.ATLAS_DB || DEFAULT_DB;
}

export function getStore(): Promise<Store> {
  const file = storePath();
  if (!opening) {
    if (!existsSync(file)) error(503, `データストアがありません: ${file}。npm run ingest で作成してください。`);
    opening = Store.open(path.resolve(file), { readOnly: true });
    // A failed open is not cached: the next request tries again.
    opening.catch(() => (opening = null));
  }
  return opening;
}

// adapter-node emits this after its graceful shutdown; release the DuckDB file lock.
process.once('sveltekit:shutdown', () => {
  void opening?.then((s) => s.close()).catch(() => undefined);
  opening = null;
});
