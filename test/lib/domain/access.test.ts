import { describe, expect, it } from 'vitest';
import { requiredRole, roleAllows, userNameProblem } from '../../../src/lib/domain/access';

describe('access rules', () => {
  it('asks a reader for reading, an editor for changing, and nobody for the health check', () => {
    expect(requiredRole('GET', '/')).toBe('reader');
    expect(requiredRole('HEAD', '/api/overview.csv')).toBe('reader');
    expect(requiredRole('get', '/matters/x')).toBe('reader');
    expect(requiredRole('POST', '/check')).toBe('reader');
    expect(requiredRole('POST', '/api/check')).toBe('reader');
    expect(requiredRole('POST', '/matters/x')).toBe('editor');
    expect(requiredRole('DELETE', '/api/matters/x')).toBe('editor');
    expect(requiredRole('PUT', '/check/other')).toBe('editor');
    expect(requiredRole('GET', '/api/ready')).toBeNull();
    expect(requiredRole('POST', '/api/ready')).toBeNull();
  });
  it('lets an editor do what a reader may, never the other way round', () => {
    expect(roleAllows('editor', 'reader')).toBe(true);
    expect(roleAllows('editor', 'editor')).toBe(true);
    expect(roleAllows('reader', 'reader')).toBe(true);
    expect(roleAllows('reader', 'editor')).toBe(false);
  });
  it('takes names people type and refuses markup, separators and blanks', () => {
    expect(userNameProblem('田中')).toBeNull();
    expect(userNameProblem('suzuki.k')).toBeNull();
    for (const bad of ['', 'a b', 'a:b', '<b>', 'a/b', 'x'.repeat(65), 'a\u0000b']) expect(userNameProblem(bad)).not.toBeNull();
  });
});
