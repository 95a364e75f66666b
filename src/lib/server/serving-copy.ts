// The server reads its own copy of the published snapshot, not the snapshot itself: a snapshot
// overwritten in place (by hand, a faulty sync, a full disk) would otherwise corrupt the data being
// served, since DuckDB reads blocks from the file as it needs them. A copy per adopted snapshot,
// beside it (same disk), removed when the server moves on or stops; copies left by a server that
// died are removed by the next one. Snapshots above ATLAS_SNAPSHOT_COPY_MAX are served in place.

import { constants, copyFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { setting } from './env';

const MARK = '.serving-';
let seq = 0;

/** ATLAS_SNAPSHOT_COPY_MAX in bytes (a DuckDB-style size: 4GB, 512MB; 0 never copies). */
export function copyLimitBytes(value = setting('snapshotCopyMax')): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB)?\s*$/i.exec(value);
  if (!m) return 0;
  const unit = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 }[(m[2] ?? 'B').toUpperCase() as 'B'];
  return Math.floor(Number(m[1]) * unit);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the copies of `snapshot` whose server is no longer running. */
export function removeStaleCopies(snapshot: string): void {
  const dir = path.dirname(snapshot);
  const prefix = path.basename(snapshot) + MARK;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (Number.isSafeInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * The file to open for `snapshot`: a fresh private copy, or the snapshot itself when it is larger
 * than the limit. Throws (having removed any partial copy) when the copy fails, e.g. a full disk.
 */
export function servingCopy(snapshot: string, limit = copyLimitBytes()): { file: string; copied: boolean } {
  if (statSync(snapshot).size > limit) return { file: snapshot, copied: false };
  const file = `${snapshot}${MARK}${process.pid}-${++seq}`;
  try {
    copyFileSync(snapshot, file, constants.COPYFILE_FICLONE);
  } catch (e) {
    rmSync(file, { force: true });
    throw e;
  }
  return { file, copied: true };
}

export function removeCopy(file: string): void {
  rmSync(file, { force: true });
  rmSync(`${file}.wal`, { force: true });
}
