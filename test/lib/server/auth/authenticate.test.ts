import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AuthConfigError, authenticate, authMode, basicCredentials } from '../../../../src/lib/server/auth/authenticate';
import { hashPassword } from '../../../../src/lib/server/auth/passwords';
import { putUser, UsersFileError } from '../../../../src/lib/server/auth/users';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-auth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.ATLAS_AUTH;
  delete process.env.ATLAS_AUTH_PROXY_HEADER;
});

const basic = (name: string, password: string) => new Headers({ authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` });

describe('authenticate', () => {
  it('reads the mode, off by default, and refuses a value it does not know', () => {
    expect(authMode()).toBe('off');
    process.env.ATLAS_AUTH = ' Basic ';
    expect(authMode()).toBe('basic');
    process.env.ATLAS_AUTH = 'basci';
    expect(() => authMode()).toThrow(AuthConfigError);
  });
  it('gives everyone the editor role when access control is off', async () => {
    expect(await authenticate(new Headers(), 'off')).toEqual({ user: null, role: 'editor' });
  });
  it('parses Basic credentials, UTF-8 names and colons in passwords included', () => {
    expect(basicCredentials(basic('田中', 'a:b').get('authorization'))).toEqual({ name: '田中', password: 'a:b' });
    for (const bad of [null, '', 'Bearer x', 'Basic', 'Basic !!!', `Basic ${Buffer.from('nocolon').toString('base64')}`, `Basic ${Buffer.from(':pw').toString('base64')}`]) {
      expect(basicCredentials(bad)).toBeNull();
    }
  });
  it('signs in with the right password only, and notices a changed users file', async () => {
    const file = path.join(dir, 'users.json');
    putUser({ name: '田中', role: 'editor', password: await hashPassword('first-password') }, file);
    putUser({ name: 'proxy-only', role: 'editor' }, file);
    expect(await authenticate(basic('田中', 'first-password'), 'basic', file)).toEqual({ user: '田中', role: 'editor' });
    // The second time comes from memory: same answer.
    expect(await authenticate(basic('田中', 'first-password'), 'basic', file)).toEqual({ user: '田中', role: 'editor' });
    expect(await authenticate(basic('田中', 'wrong-password'), 'basic', file)).toBeNull();
    expect(await authenticate(basic('nobody', 'first-password'), 'basic', file)).toBeNull();
    expect(await authenticate(basic('proxy-only', ''), 'basic', file)).toBeNull();
    expect(await authenticate(new Headers(), 'basic', file)).toBeNull();
    // A changed role or password applies at once, even to credentials signed in before.
    await new Promise((r) => setTimeout(r, 10));
    putUser({ name: '田中', role: 'reader', password: await hashPassword('second-password') }, file);
    expect(await authenticate(basic('田中', 'first-password'), 'basic', file)).toBeNull();
    expect(await authenticate(basic('田中', 'second-password'), 'basic', file)).toEqual({ user: '田中', role: 'reader' });
  });
  it('takes the proxy header as the user, with the role the users file gives (reader when unlisted)', async () => {
    const file = path.join(dir, 'proxy.json');
    putUser({ name: 'sato', role: 'editor' }, file);
    expect(await authenticate(new Headers({ 'x-forwarded-user': 'sato' }), 'proxy', file)).toEqual({ user: 'sato', role: 'editor' });
    expect(await authenticate(new Headers({ 'x-forwarded-user': 'ito' }), 'proxy', file)).toEqual({ user: 'ito', role: 'reader' });
    expect(await authenticate(new Headers({ 'x-forwarded-user': '  ' }), 'proxy', file)).toBeNull();
    process.env.ATLAS_AUTH_PROXY_HEADER = 'x-remote-user';
    expect(await authenticate(new Headers({ 'x-forwarded-user': 'sato' }), 'proxy', file)).toBeNull();
    expect(await authenticate(new Headers({ 'x-remote-user': 'sato' }), 'proxy', file)).toEqual({ user: 'sato', role: 'editor' });
  });
  it('throws on a broken users file rather than letting anyone in', async () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{"users": 1}');
    await expect(authenticate(basic('a', 'b'), 'basic', file)).rejects.toThrow(UsersFileError);
    await expect(authenticate(new Headers({ 'x-forwarded-user': 'a' }), 'proxy', file)).rejects.toThrow(UsersFileError);
  });
});
