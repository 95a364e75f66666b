// The small JSON files beside the store: missing means empty, a read is remembered until the file
// changes, a broken file says why, and a write replaces the file whole.

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonFile, writeJsonFile } from '../../../src/lib/server/json-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-json-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const counting = () => {
  const calls: unknown[] = [];
  return { calls, parse: (doc: unknown) => (calls.push(doc), doc as { n: number }) };
};
const describeError = (reason: string) => new Error(`f.json: ${reason}`);

describe('readJsonFile', () => {
  it('gives the empty value for a file that does not exist, without parsing', () => {
    const { calls, parse } = counting();
    expect(readJsonFile(path.join(dir, 'none.json'), parse, { n: 0 }, describeError)).toEqual({ n: 0 });
    expect(calls).toEqual([]);
  });

  it('parses a file once while it is unchanged, and again after it changes', () => {
    const file = path.join(dir, 'f.json');
    writeFileSync(file, '{"n": 1}');
    const { calls, parse } = counting();
    expect(readJsonFile(file, parse, { n: 0 }, describeError)).toEqual({ n: 1 });
    expect(readJsonFile(file, parse, { n: 0 }, describeError)).toEqual({ n: 1 });
    expect(calls).toHaveLength(1);
    writeJsonFile(file, { n: 22 });
    expect(readJsonFile(file, parse, { n: 0 }, describeError)).toEqual({ n: 22 });
    expect(calls).toHaveLength(2);
  });

  it('says in Japanese why a broken file cannot be read', () => {
    const file = path.join(dir, 'f.json');
    writeFileSync(file, '{"n": ');
    expect(() => readJsonFile(file, (d) => d, null, describeError)).toThrow(/^f\.json: JSON として読めません/);
  });
});

describe('writeJsonFile', () => {
  it('writes the whole file through a temporary one, with the mode asked for', () => {
    const file = path.join(dir, 'sub', 'f.json');
    writeJsonFile(file, { a: [1, 2] }, 0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ a: [1, 2] });
    expect(readdirSync(path.dirname(file))).toEqual(['f.json']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
