import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyLimitBytes, removeCopy, removeStaleCopies, servingCopy } from '../../../src/lib/server/serving-copy';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-serving-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the server’s copy of a snapshot', () => {
  it('reads the size limit as DuckDB writes sizes, and 0 or nonsense as never', () => {
    expect(copyLimitBytes('4GB')).toBe(4e9);
    expect(copyLimitBytes('512mb')).toBe(512e6);
    expect(copyLimitBytes('1.5 GB')).toBe(1.5e9);
    expect(copyLimitBytes('100')).toBe(100);
    expect(copyLimitBytes('0')).toBe(0);
    expect(copyLimitBytes('lots')).toBe(0);
  });
  it('copies a snapshot within the limit to a file of its own, and serves a larger one in place', () => {
    const snapshot = path.join(dir, 'a.duckdb.snapshot');
    writeFileSync(snapshot, 'snapshot bytes');
    const first = servingCopy(snapshot, 1000);
    const second = servingCopy(snapshot, 1000);
    expect(first.copied).toBe(true);
    expect(first.file).not.toBe(second.file);
    expect(first.file.startsWith(`${snapshot}.serving-${process.pid}-`)).toBe(true);
    // Overwriting the snapshot in place leaves the copy as it was.
    writeFileSync(snapshot, 'garbage');
    expect(readFileSync(first.file, 'utf8')).toBe('snapshot bytes');
    expect(servingCopy(snapshot, 3)).toEqual({ file: snapshot, copied: false });
    removeCopy(first.file);
    removeCopy(second.file);
    expect(existsSync(first.file)).toBe(false);
  });
  it('removes the copies of servers no longer running, never a running one’s', () => {
    const snapshot = path.join(dir, 'b.duckdb.snapshot');
    writeFileSync(snapshot, 'x');
    const dead = `${snapshot}.serving-999999999-1`;
    const mine = `${snapshot}.serving-${process.pid}-7`;
    const other = path.join(dir, 'other.duckdb.snapshot.serving-999999999-1');
    for (const f of [dead, mine, other]) writeFileSync(f, 'x');
    removeStaleCopies(snapshot);
    expect([dead, mine, other].map(existsSync)).toEqual([false, true, true]);
  });
});
