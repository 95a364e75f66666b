// Slices: the server's long computations give the event loop a turn once a slice has lasted
// SLICE_MS, and only then. A fake clock makes it exact.

import { describe, expect, it } from 'vitest';
import type { Steps } from '../../../src/lib/domain/steps';
import { runSliced } from '../../../src/lib/server/slices';

describe('runSliced', () => {
  it('lets other callbacks run between slices, and returns the value', async () => {
    let clock = 0;
    const seen: boolean[] = [];
    let other = false;
    function* work(): Steps<string> {
      for (let i = 0; i < 10; i++) {
        seen.push(other);
        clock += 4; // each unit costs 4 ms of the fake clock
        yield;
      }
      return 'done';
    }
    setImmediate(() => (other = true));
    const value = await runSliced(work(), 10, () => clock);
    expect(value).toBe('done');
    // The first pause comes after the third unit (12 ms ≥ 10): the other callback ran then.
    expect(seen).toEqual([false, false, false, true, true, true, true, true, true, true]);
  });

  it('never pauses work that fits in one slice', async () => {
    let other = false;
    const seen: boolean[] = [];
    function* work(): Steps<void> {
      for (let i = 0; i < 5; i++) {
        seen.push(other);
        yield;
      }
    }
    setImmediate(() => (other = true));
    await runSliced(work(), 10, () => 0);
    expect(seen.every((x) => !x)).toBe(true);
  });
});
