// The build the servers run (built by the global setup when stale) is a production build: a build
// started from the tests inherits NODE_ENV=test, and Svelte then compiles its development checks
// (element nesting validation on every tag) into each page's server rendering.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIsStale } from '../scripts/build-state';

const SERVER = path.join(import.meta.dirname, '..', 'build', 'server');

describe('the app build', () => {
  it('is current and compiled for production, without Svelte development code', () => {
    expect(buildIsStale()).toBe(false);
    expect(existsSync(SERVER)).toBe(true);
    const withDevChecks = readdirSync(SERVER, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .filter((f) => /\bpush_element\(/.test(readFileSync(path.join(SERVER, f), 'utf8')));
    expect(withDevChecks).toEqual([]);
  });
});
