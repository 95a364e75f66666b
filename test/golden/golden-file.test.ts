// The golden-file rules themselves (test/helpers/golden.ts), on files in a temporary folder.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedPath, checkGolden } from '../helpers/golden';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-golden-'));
  file = path.join(dir, 'stage.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('golden files', () => {
  it('fails when the expected file is missing, and does not write it', () => {
    const r = checkGolden(file, '[1]\n', false);
    expect(r.status).toBe('missing');
    expect(r.status === 'missing' && r.message).toMatch(/missing.*UPDATE_GOLDEN=1/);
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(changedPath(file), 'utf8')).toBe('[1]\n');
  });

  it('writes the expected file only when asked to update', () => {
    expect(checkGolden(file, '[1]\n', true).status).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe('[1]\n');
    expect(existsSync(changedPath(file))).toBe(false);
  });

  it('on a mismatch keeps the expected file and writes the actual output to <name>.changed', () => {
    writeFileSync(file, '[1]\n');
    const r = checkGolden(file, '[2]\n', false);
    expect(r).toMatchObject({ status: 'different', expected: '[1]\n' });
    expect(readFileSync(file, 'utf8')).toBe('[1]\n');
    expect(readFileSync(changedPath(file), 'utf8')).toBe('[2]\n');
  });

  it('passes on the same text and removes a stale .changed file', () => {
    writeFileSync(file, '[1]\n');
    writeFileSync(changedPath(file), '[2]\n');
    expect(checkGolden(file, '[1]\n', false).status).toBe('same');
    expect(existsSync(changedPath(file))).toBe(false);
  });

  it('an update replaces a different expected file and clears its .changed file', () => {
    writeFileSync(file, '[1]\n');
    checkGolden(file, '[2]\n', false);
    expect(checkGolden(file, '[2]\n', true).status).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe('[2]\n');
    expect(existsSync(changedPath(file))).toBe(false);
  });
});
