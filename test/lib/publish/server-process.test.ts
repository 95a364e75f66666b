import { describe, expect, it } from 'vitest';
import { withMallocArenas } from '../../../src/lib/publish/server-process';

describe('the server process environment', () => {
  it('caps glibc’s malloc arenas at two unless the environment says otherwise', () => {
    expect(withMallocArenas({ PORT: '3000' })).toEqual({ PORT: '3000', MALLOC_ARENA_MAX: '2' });
    expect(withMallocArenas({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
  });
});
