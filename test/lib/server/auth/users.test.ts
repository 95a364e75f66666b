import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentUsers, putUser, readUsers, removeUser } from '../../../../src/lib/server/auth/users';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-users-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('users file', () => {
  it('adds, replaces and removes users, and keeps the file to its owner', () => {
    const file = path.join(dir, 'sub', 'users.json');
    expect(readUsers(file)).toEqual([]);
    expect(putUser({ name: '田中', role: 'reader', password: 'scrypt$x' }, file)).toBe('added');
    expect(putUser({ name: '田中', role: 'editor', password: 'scrypt$y' }, file)).toBe('updated');
    expect(putUser({ name: 'proxy-only', role: 'reader' }, file)).toBe('added');
    expect(readUsers(file).map((u) => [u.name, u.role, u.password])).toEqual([
      ['田中', 'editor', 'scrypt$y'],
      ['proxy-only', 'reader', undefined]
    ]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(removeUser('田中', file)).toBe(true);
    expect(removeUser('田中', file)).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8')).users).toHaveLength(1);
  });
  it('names the file and the reason when it cannot be used', () => {
    const file = path.join(dir, 'broken.json');
    const cases: [string, RegExp][] = [
      ['not json', /broken\.json: JSON として読めません/],
      ['{}', /"users" の配列がありません/],
      ['{"users":[{"name":"a","role":"admin"}]}', /users\[0\]: 役割は reader か editor です/],
      ['{"users":[{"name":"a b","role":"reader"}]}', /users\[0\]: 利用者名が正しくありません/],
      ['{"users":[{"name":"a","role":"reader"},{"name":"a","role":"editor"}]}', /users\[1\]: a が重複しています/]
    ];
    for (const [text, message] of cases) {
      writeFileSync(file, text);
      expect(() => readUsers(file)).toThrow(message);
    }
    expect(() => putUser({ name: 'x y', role: 'reader' }, path.join(dir, 'other.json'))).toThrow(/空白や記号/);
  });
  it('parses the file for requests only when it changes, and refuses a broken one every time', () => {
    const file = path.join(dir, 'current.json');
    putUser({ name: '佐藤', role: 'reader' }, file);
    const first = currentUsers(file);
    expect(currentUsers(file)).toBe(first);
    putUser({ name: '佐藤', role: 'editor' }, file);
    expect(currentUsers(file).map((u) => u.role)).toEqual(['editor']);
    writeFileSync(file, 'not json');
    expect(() => currentUsers(file)).toThrow(/JSON として読めません/);
    expect(() => currentUsers(file)).toThrow(/JSON として読めません/);
  });
});
