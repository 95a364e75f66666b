// Golden files: a stage's output compared with the expected file checked into test/golden/.
// A missing expected file fails (a deleted golden must not pass by rewriting itself); only
// UPDATE_GOLDEN=1 writes expected files. On a mismatch the actual output goes to `<file>.changed`
// beside the expected one, so the difference can be read with any diff tool, and the test fails.

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** Whether this run rewrites the expected files (`UPDATE_GOLDEN=1`). */
export const updateGolden = process.env.UPDATE_GOLDEN === '1';

export const changedPath = (file: string) => `${file}.changed`;

export type GoldenOutcome = { status: 'same' | 'written' } | { status: 'missing' | 'different'; message: string; expected: string | null };

const shown = (file: string) => path.relative(process.cwd(), file) || file;

/**
 * Compares `actual` with the expected file's text and writes what the outcome calls for: with
 * `update` the expected file; on a mismatch or a missing file, `<file>.changed`. A stale `.changed`
 * file is removed when the output matches or is written.
 */
export function checkGolden(file: string, actual: string, update: boolean): GoldenOutcome {
  const changed = changedPath(file);
  if (update) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return { status: 'written' };
  }
  if (!existsSync(file)) {
    writeFileSync(changed, actual);
    return {
      status: 'missing',
      expected: null,
      message: `golden file ${shown(file)} is missing (the actual output is in ${shown(changed)}); after reviewing it, write it with UPDATE_GOLDEN=1 npx vitest run test/golden`
    };
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return { status: 'same' };
  }
  writeFileSync(changed, actual);
  return { status: 'different', expected, message: `${shown(file)} differs from the actual output, written to ${shown(changed)}; if the change is deliberate, rerun with UPDATE_GOLDEN=1` };
}

/**
 * The test's assertion. Soft, so every golden file of a test case is checked (and gets its
 * `.changed` file) before the case fails.
 */
export function expectGolden(file: string, actual: string): void {
  const outcome = checkGolden(file, actual, updateGolden);
  if (outcome.status === 'missing') expect.soft(outcome.expected, outcome.message).not.toBeNull();
  else if (outcome.status === 'different') expect.soft(actual, outcome.message).toBe(outcome.expected);
}

/** The JSON text golden files hold: one-space indentation, a final newline. */
export const goldenJson = (value: unknown) => JSON.stringify(value, null, 1) + '\n';
