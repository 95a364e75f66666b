// The small JSON files the server keeps beside the store (users, corrections, lineage edits): read
// again only when the file changed (its inode, time and size), and written whole to a temporary
// file then renamed, so a crash or a full disk never leaves half a file (the temporary one is
// removed when the write fails).

import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const cache = new Map<string, { key: string; value: unknown }>();

/** The file parsed by `parse` (which throws with the file's name and the reason), or `empty` when it does not exist. */
export function readJsonFile<T>(file: string, parse: (doc: unknown) => T, empty: T, describe: (reason: string) => Error): T {
  // One stat answers both whether the file exists and whether it changed.
  const s = statSync(file, { throwIfNoEntry: false });
  if (!s) return empty;
  const key = `${s.ino}:${s.mtimeMs}:${s.size}`;
  const known = cache.get(file);
  if (known && known.key === key) return known.value as T;
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw describe(`JSON として読めません（${(e as Error).message}）`);
  }
  const value = parse(doc);
  cache.set(file, { key, value });
  return value;
}

/** Writes `value` as the whole file; `mode` for files only their owner may read. */
export function writeJsonFile(file: string, value: unknown, mode?: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  // One left by a crash would keep its own permissions: start afresh.
  rmSync(tmp, { force: true });
  try {
    writeFileSync(tmp, JSON.stringify(value, null, 2) + '\n', mode === undefined ? undefined : { mode });
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  cache.delete(file);
}
