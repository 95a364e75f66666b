import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../../src/lib/server/auth/passwords';

describe('password hashes', () => {
  it('salts each hash and verifies only the right password', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horsE', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });
  it('treats the two Unicode spellings of a password alike', async () => {
    const hash = await hashPassword('パスワード'.normalize('NFC'));
    expect(await verifyPassword('パスワード'.normalize('NFD'), hash)).toBe(true);
  });
  it('refuses hashes it cannot read, and hostile parameters, without throwing', async () => {
    const good = await hashPassword('x');
    const parts = good.split('$');
    for (const bad of ['', 'plain', 'bcrypt$1$2$3$4$5', [parts[0], 2 ** 30, ...parts.slice(2)].join('$'), [...parts.slice(0, 5), 'c2hvcnQ='].join('$'), [...parts.slice(0, 4), '', parts[5]].join('$')]) {
      expect(await verifyPassword('x', bad)).toBe(false);
    }
  });
});
