// The dictionary cache: a file read back gives the very arrays kuromoji's loader and the packer
// made, so the same tokens; a damaged, cut or foreign file is never used; the cache is written
// once and read after; a folder that cannot be written only means building each time.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFileName, cachedDictionary, readDictionary, writeDictionary } from '../../../src/lib/tokenizer/dictionary-cache';
import { fastTokenizerOf, packDictionary, type PackedDictionary } from '../../../src/lib/tokenizer/fast-tokenizer';
import { buildKuromoji } from '../../../src/lib/tokenizer/kuromoji-dict';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-dict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Packed afresh from kuromoji's loader, not through the cache.
const packed = packDictionary(await buildKuromoji(), true);
const TEXT = readFileSync(path.join('test', 'fixtures', 'samples-text', '000_89a62690775440f9.txt'), 'utf8');

const bytesOf = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
function expectSame(a: PackedDictionary, b: PackedDictionary) {
  expect(b.costStride).toBe(a.costStride);
  expect(b.classes).toEqual(a.classes);
  for (const k of ['base', 'check', 'costs', 'classIds'] as const) {
    expect(b[k].constructor).toBe(a[k].constructor);
    expect(bytesOf(b[k]).equals(bytesOf(a[k]))).toBe(true);
  }
  for (const w of ['known', 'unknown'] as const)
    for (const k of ['entries', 'features', 'offsets', 'ids'] as const) {
      expect(b[w][k].constructor).toBe(a[w][k].constructor);
      expect(bytesOf(b[w][k]).equals(bytesOf(a[w][k]))).toBe(true);
    }
}

describe('dictionary cache', () => {
  it('reads back the arrays it wrote, in shared memory, and they tokenise alike', () => {
    const file = path.join(dir, 'round', 'd.bin');
    writeDictionary(file, packed);
    const read = readDictionary(file)!;
    expect(read).not.toBeNull();
    expectSame(packed, read);
    expect(read.base.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(fastTokenizerOf(read).tokenizeFull(TEXT)).toEqual(fastTokenizerOf(packed).tokenizeFull(TEXT));
  });

  it('never uses a missing, damaged, cut or foreign file', () => {
    const file = path.join(dir, 'bad.bin');
    expect(readDictionary(path.join(dir, 'missing.bin'))).toBeNull();
    writeDictionary(file, packed);
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 1000] ^= 0x01;
    writeFileSync(file, flipped);
    expect(readDictionary(file)).toBeNull();
    writeFileSync(file, good.subarray(0, good.length - 8));
    expect(readDictionary(file)).toBeNull();
    writeFileSync(file, Buffer.concat([Buffer.from('NOTADICT'), good.subarray(8)]));
    expect(readDictionary(file)).toBeNull();
    writeFileSync(file, good.subarray(0, 5));
    expect(readDictionary(file)).toBeNull();
    writeFileSync(file, good);
    expect(readDictionary(file)).not.toBeNull();
  });

  it('builds once and reads the file after; a folder it cannot write only costs a build each time', async () => {
    let builds = 0;
    const build = async () => (builds++, packed);
    const cache = path.join(dir, 'cache');
    expectSame(packed, await cachedDictionary(build, cache));
    expect(builds).toBe(1);
    expect(readFileSync(path.join(cache, cacheFileName())).subarray(0, 8).toString('latin1')).toBe('ATLASDIC');
    expectSame(packed, await cachedDictionary(build, cache));
    expect(builds).toBe(1);
    // A file where the folder should be: nothing can be written under it.
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, '');
    await cachedDictionary(build, blocked);
    await cachedDictionary(build, blocked);
    expect(builds).toBe(3);
  });
});
