import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MAX_CHECK_REQUEST_BYTES, MAX_FORM_REQUEST_BYTES } from '../../../../src/lib/config';
import { hashPassword } from '../../../../src/lib/server/auth/passwords';
import { putUser } from '../../../../src/lib/server/auth/users';
import { bodyRefusal, guard } from '../../../../src/lib/server/http/guard';
import { rateBucket } from '../../../../src/lib/server/http/rate-limit';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ENV = ['ATLAS_AUTH', 'ATLAS_USERS', 'ATLAS_RATE_SEARCH', 'ATLAS_RATE_CHECK'];
afterEach(() => ENV.forEach((k) => delete process.env[k]));

const req = (method: string, url: string, headers: Record<string, string> = {}) => {
  const u = new URL(url, 'http://atlas.test');
  return [new Request(u, { method, headers }), u] as const;
};
const basic = (name: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` });
const status = (r: Awaited<ReturnType<typeof guard>>) => ('refusal' in r ? r.refusal.status : 200);

describe('request guard', () => {
  it('limits bodies by their declared length, leaving the draft check to its own larger limit', () => {
    expect(bodyRefusal('GET', '/', null)).toBeNull();
    expect(bodyRefusal('POST', '/check', String(MAX_CHECK_REQUEST_BYTES))).toBeNull();
    expect(bodyRefusal('POST', '/api/check', null)).toBeNull();
    expect(bodyRefusal('POST', '/matters/x', String(MAX_FORM_REQUEST_BYTES))).toBeNull();
    expect(bodyRefusal('POST', '/matters/x', String(MAX_FORM_REQUEST_BYTES + 1))?.message).toMatch(/送信が大きすぎます/);
    expect(bodyRefusal('POST', '/matters/x', null)?.status).toBe(411);
    expect(bodyRefusal('POST', '/matters/x', '-1')?.status).toBe(400);
    expect(bodyRefusal('POST', '/matters/x', '1e99')?.status).toBe(400);
    expect(bodyRefusal('POST', '/matters/x', '12abc')?.status).toBe(400);
  });
  it('knows which requests draw on a rate limit', () => {
    const u = (s: string) => new URL(s, 'http://atlas.test');
    expect(rateBucket('GET', u('/search?q=暗号化'))).toBe('search');
    expect(rateBucket('GET', u('/api/search.csv?q=x'))).toBe('search');
    expect(rateBucket('GET', u('/search.atom?q=x'))).toBe('search');
    expect(rateBucket('GET', u('/search'))).toBeNull();
    expect(rateBucket('GET', u('/search?q=%20'))).toBeNull();
    expect(rateBucket('POST', u('/check'))).toBe('check');
    expect(rateBucket('GET', u('/check'))).toBeNull();
    expect(rateBucket('GET', u('/matters'))).toBeNull();
  });
  it('asks for a user, then a role, when access control is on', async () => {
    const file = path.join(dir, 'users.json');
    putUser({ name: 'reader1', role: 'reader', password: await hashPassword('reader-password') }, file);
    putUser({ name: 'editor1', role: 'editor', password: await hashPassword('editor-password') }, file);
    process.env.ATLAS_AUTH = 'basic';
    process.env.ATLAS_USERS = file;
    const none = await guard(...req('GET', '/matters'), '10.0.0.1');
    expect(status(none)).toBe(401);
    expect('refusal' in none && none.refusal.headers?.['www-authenticate']).toMatch(/^Basic realm=/);
    expect(status(await guard(...req('GET', '/api/ready'), '10.0.0.1'))).toBe(200);
    expect(await guard(...req('GET', '/matters', basic('reader1', 'reader-password')), '10.0.0.1')).toEqual({ access: { user: 'reader1', role: 'reader' } });
    expect(status(await guard(...req('POST', '/check', { ...basic('reader1', 'reader-password'), 'content-length': '10' }), '10.0.0.1'))).toBe(200);
    const denied = await guard(...req('POST', '/matters/x', { ...basic('reader1', 'reader-password'), 'content-length': '10' }), '10.0.0.1');
    expect(status(denied)).toBe(403);
    expect('refusal' in denied && denied.refusal.message).toContain('編集者の権限が必要です');
    expect(status(await guard(...req('POST', '/matters/x', { ...basic('editor1', 'editor-password'), 'content-length': '10' }), '10.0.0.1'))).toBe(200);
  });
  it('makes a client wait after ten failed sign-ins, whatever it sends next', async () => {
    const file = path.join(dir, 'users2.json');
    putUser({ name: 'u', role: 'reader', password: await hashPassword('right-password') }, file);
    process.env.ATLAS_AUTH = 'basic';
    process.env.ATLAS_USERS = file;
    for (let i = 0; i < 10; i++) expect(status(await guard(...req('GET', '/', basic('u', `wrong-${i}`)), '10.0.0.2'))).toBe(401);
    const limited = await guard(...req('GET', '/', basic('u', 'right-password')), '10.0.0.2');
    expect(status(limited)).toBe(429);
    expect('refusal' in limited && limited.refusal.headers?.['retry-after']).toMatch(/^\d+$/);
    // Another client is not affected.
    expect(status(await guard(...req('GET', '/', basic('u', 'right-password')), '10.0.0.3'))).toBe(200);
  });
  it('refuses with 503, never lets in, while the settings or the users file are broken', async () => {
    process.env.ATLAS_AUTH = 'on';
    const r = await guard(...req('GET', '/'), '10.0.0.4');
    expect(status(r)).toBe(503);
    expect('refusal' in r && r.refusal.message).toContain('ATLAS_AUTH');
    process.env.ATLAS_AUTH = 'basic';
    process.env.ATLAS_USERS = path.join(dir, 'broken.json');
    writeFileSync(process.env.ATLAS_USERS, '[');
    expect(status(await guard(...req('GET', '/', basic('a', 'b')), '10.0.0.4'))).toBe(503);
  });
  it('limits searches and draft checks per client, and lifts a limit set to 0', async () => {
    process.env.ATLAS_RATE_SEARCH = '2';
    process.env.ATLAS_RATE_CHECK = '0';
    const search = () => guard(...req('GET', '/api/search.json?q=x'), '10.0.0.5');
    expect(status(await search())).toBe(200);
    expect(status(await search())).toBe(200);
    const third = await search();
    expect(status(third)).toBe(429);
    expect('refusal' in third && third.refusal.message).toMatch(/検索の回数が上限に達しました/);
    expect(status(await guard(...req('GET', '/api/search.json?q=x'), '10.0.0.6'))).toBe(200);
    for (let i = 0; i < 30; i++) expect(status(await guard(...req('POST', '/api/check', { 'content-length': '5' }), '10.0.0.5'))).toBe(200);
  });
});
