import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../../src/lib/server/auth/passwords';
import { readPassword, run } from '../../../../src/lib/server/auth/users-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-users-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('npm run users', () => {
  const file = path.join(dir, 'users.json');
  it('adds a user with the password from standard input, lists and removes them', async () => {
    const a = io();
    expect(await run(['add', '田中', '--role', 'editor', '--file', file], a.io, async () => 'a long password')).toBe(0);
    expect(a.out).toEqual([`added 田中 (editor) in ${file}`]);
    const [entry] = JSON.parse(readFileSync(file, 'utf8')).users;
    expect(await verifyPassword('a long password', entry.password)).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain('a long password');
    const b = io();
    expect(await run(['add', 'sato', '--role', 'reader', '--no-password', '--file', file], b.io)).toBe(0);
    const c = io();
    expect(await run(['list', '--file', file], c.io)).toBe(0);
    expect(c.out.map((l) => l.split('\t').slice(0, 3))).toEqual([
      ['田中', 'editor', 'password'],
      ['sato', 'reader', 'proxy only']
    ]);
    const d = io();
    expect(await run(['remove', 'sato', '--file', file], d.io)).toBe(0);
    expect(await run(['remove', 'sato', '--file', file], d.io)).toBe(1);
    expect(d.err.join('\n')).toContain('no user sato');
  });
  it('refuses a short password, a wrong role and unreadable commands without touching the file', async () => {
    const before = readFileSync(file, 'utf8');
    const e = io();
    expect(await run(['add', 'ito', '--role', 'editor', '--file', file], e.io, async () => 'short')).toBe(1);
    expect(e.err.join('\n')).toContain('at least 10 characters');
    expect(await run(['add', 'ito', '--role', 'admin', '--file', file], e.io, async () => 'long enough pw')).toBe(2);
    expect(await run(['add', 'i to', '--role', 'reader', '--file', file], e.io, async () => 'long enough pw')).toBe(1);
    expect(await run(['frobnicate', '--file', file], e.io)).toBe(2);
    expect(await run([], e.io)).toBe(2);
    expect(await run(['--bogus'], e.io)).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
  it('reads the first line of standard input as the password', async () => {
    expect(await readPassword(Readable.from(['secret line\n', 'more\n']))).toBe('secret line');
    expect(await readPassword(Readable.from([]))).toBe('');
  });
});
