import { afterEach, describe, expect, it } from 'vitest';
import { CHECK_BODY_SIZE_LIMIT, SETTINGS } from '../../../src/lib/config';
import { setting } from '../../../src/lib/server/env';

const saved = process.env.ATLAS_DUCKDB_MEMORY;
afterEach(() => {
  if (saved === undefined) delete process.env.ATLAS_DUCKDB_MEMORY;
  else process.env.ATLAS_DUCKDB_MEMORY = saved;
});

describe('settings from the environment', () => {
  it('take the variable when it is set, the default when it is unset or empty', () => {
    expect(SETTINGS.duckdbMemory.env).toBe('ATLAS_DUCKDB_MEMORY');
    delete process.env.ATLAS_DUCKDB_MEMORY;
    expect(setting('duckdbMemory')).toBe('256MB');
    process.env.ATLAS_DUCKDB_MEMORY = '';
    expect(setting('duckdbMemory')).toBe('256MB');
    process.env.ATLAS_DUCKDB_MEMORY = '1GB';
    expect(setting('duckdbMemory')).toBe('1GB');
  });

  it('keep the documented defaults', () => {
    expect(SETTINGS.db.default).toBe('data/council.duckdb');
    expect(SETTINGS.port.default).toBe('3000');
    // The body limit admits the largest draft the check accepts: a 20 MB PDF plus the envelope.
    expect(SETTINGS.bodySizeLimit.default).toBe(CHECK_BODY_SIZE_LIMIT);
    expect(CHECK_BODY_SIZE_LIMIT).toBe('21M');
  });
});
