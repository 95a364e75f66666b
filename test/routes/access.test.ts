// Access control, rate limits and security headers on the built server, route by route: every
// route of src/routes is sent one real request (test/helpers/routes.ts), without access control
// and with HTTP Basic sign-in, readers and editors.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/lib/server/auth/passwords';
import { putUser } from '../../src/lib/server/auth/users';
import { sampleStore } from '../helpers/sample-store';
import { DRAFT, routeIds, routeSamples, send, type RouteIds, type RouteSample } from '../helpers/routes';
import { startServer, type RunningServer } from '../helpers/server';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-access-'));
const db = path.join(dir, 'atlas.duckdb');
const usersFile = path.join(dir, 'users.json');
let ids: RouteIds;
let open: RunningServer;
let guarded: RunningServer;

const auth = (name: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` });
const READER = auth('reader1', 'reader-password');
const EDITOR = auth('編集者', 'editor-password');

beforeAll(async () => {
  ids = await sampleStore(db);
  putUser({ name: 'reader1', role: 'reader', password: await hashPassword('reader-password') }, usersFile);
  putUser({ name: '編集者', role: 'editor', password: await hashPassword('editor-password') }, usersFile);
  [open, guarded] = await Promise.all([
    startServer(db),
    startServer(db, 30_000, { ATLAS_AUTH: 'basic', ATLAS_USERS: usersFile, ATLAS_RATE_SEARCH: '6', ATLAS_RATE_CHECK: '3', ATLAS_LINEAGE_EDITS: path.join(dir, 'edits.json') })
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([open?.stop(), guarded?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

function expectSecurityHeaders(res: Response, what: string): void {
  const h = res.headers;
  expect(h.get('x-content-type-options'), what).toBe('nosniff');
  expect(h.get('referrer-policy'), what).toBe('same-origin');
  expect(h.get('x-frame-options'), what).toBe('DENY');
  expect(h.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
}

const samples = (): [string, RouteSample][] => Object.entries(routeSamples(ids)).flatMap(([id, list]) => list.map((s) => [id, s] as [string, RouteSample]));

describe('every route', () => {
  it('has a sample request', () => {
    expect(Object.keys(routeSamples({ matter: 'm', document: 'd', fy: 2021, department: '健康部' })).sort()).toEqual(routeIds());
  });
  it('answers with the security headers, pages with their own script policy and data with none', async () => {
    for (const [id, s] of samples()) {
      const res = await send(open.url, s);
      const what = `${s.method} ${s.path} (${id})`;
      expect(res.status, what).toBeLessThan(id === '/report/[fy].pdf' ? 600 : 400);
      expectSecurityHeaders(res, what);
      const type = res.headers.get('content-type') ?? '';
      const csp = res.headers.get('content-security-policy') ?? '';
      if (type.startsWith('text/html')) expect(csp, what).toMatch(/script-src 'self' 'nonce-/);
      else if (id !== '/documents/[id]') expect(csp, what).toContain("default-src 'none'");
      await res.arrayBuffer();
    }
  }, 120_000);
  it('sends the headers on errors and on the static files the app loads', async () => {
    const missing = await fetch(open.url + '/no-such-page');
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing, '404');
    const page = await (await fetch(open.url + '/')).text();
    const asset = page.match(/\/_app\/immutable\/[^"']+\.js/)?.[0];
    expect(asset).toBeTruthy();
    const res = await fetch(open.url + asset);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res, asset!);
  });
});

describe('with ATLAS_AUTH=basic', () => {
  it('asks for a sign-in on every route but the health check, in Japanese, with the headers', async () => {
    for (const [id, s] of samples()) {
      const res = await send(guarded.url, s);
      const what = `${s.method} ${s.path}`;
      if (id === '/api/ready') {
        // Open to a health check, whether or not the store is ready yet.
        expect([200, 503], what).toContain(res.status);
      } else {
        expect(res.status, what).toBe(401);
        expect(res.headers.get('www-authenticate'), what).toMatch(/^Basic realm="Shingikai Atlas"/);
        expect(await res.text(), what).toContain('サインインが必要です');
      }
      expectSecurityHeaders(res, what);
    }
  }, 120_000);
  it('lets a reader read every route and run a draft check, and names them on the page', async () => {
    for (const [id, s] of samples()) {
      const res = await send(guarded.url, s, READER);
      expect(res.status, `${s.method} ${s.path}`).toBeLessThan(id === '/report/[fy].pdf' ? 600 : 400);
      await res.arrayBuffer();
    }
    const page = await (await send(guarded.url, { method: 'GET', path: `/matters/${encodeURIComponent(ids.matter)}` }, READER)).text();
    expect(page).toContain('reader1（閲覧者）');
  }, 120_000);
  it('refuses an edit to a reader with 403 and takes it from an editor', async () => {
    const unlink: RouteSample = { method: 'POST', path: `/matters/${encodeURIComponent(ids.matter)}?/unlink`, form: { earlier: ids.matter, later: 'other-1' } };
    const denied = await send(guarded.url, unlink, READER);
    expect(denied.status).toBe(403);
    expect(await denied.text()).toContain('編集者の権限が必要です');
    expectSecurityHeaders(denied, '403');
    const done = await send(guarded.url, unlink, EDITOR);
    expect(done.status).toBeLessThan(400);
    expect(JSON.parse(readFileSync(path.join(dir, 'edits.json'), 'utf8')).removed).toMatchObject([{ earlier: ids.matter, later: 'other-1' }]);
    // A form post from another site is still refused by SvelteKit's origin check, editor or not.
    const forged = await fetch(guarded.url + unlink.path, { method: 'POST', body: new URLSearchParams(unlink.form), headers: { ...EDITOR, origin: 'http://evil.example' } });
    expect(forged.status).toBe(403);
  });
  it.skipIf(!existsSync('/usr/bin/chromium'))('prints the report PDF for a signed-in reader (the server’s own Chromium gets in)', async () => {
    const res = await fetch(`${guarded.url}/report/${ids.fy}.pdf`, { headers: READER });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
  it('refuses a wrong password and an unknown user with 401', async () => {
    for (const headers of [auth('reader1', 'wrong-password'), auth('nobody', 'reader-password'), { authorization: 'Basic !!!' }]) {
      expect((await fetch(guarded.url + '/', { headers })).status).toBe(401);
    }
  });
  it('limits searches and draft checks per user with 429 and a wait', async () => {
    const search = () => fetch(`${guarded.url}/api/search.json?q=${encodeURIComponent('暗号化')}`, { headers: EDITOR });
    for (let i = 0; i < 6; i++) expect((await search()).status).toBe(200);
    const limited = await search();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.text()).toContain('検索の回数が上限に達しました');
    // The limit is the user's: the reader still searches… until their own allowance runs out.
    const check = () => send(guarded.url, { method: 'POST', path: '/api/check', text: DRAFT }, EDITOR);
    for (let i = 0; i < 3; i++) expect((await check()).status).toBe(200);
    expect((await check()).status).toBe(429);
  });
  it('stays closed, with 503, when the users file breaks while serving', async () => {
    const before = readFileSync(usersFile, 'utf8');
    writeFileSync(usersFile, '{"users": [');
    try {
      const res = await fetch(guarded.url + '/', { headers: auth('someone', 'whatever-password') });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('アクセス制御の設定に問題がある');
    } finally {
      writeFileSync(usersFile, before);
    }
    expect((await fetch(guarded.url + '/', { headers: READER })).status).toBe(200);
  });
});
