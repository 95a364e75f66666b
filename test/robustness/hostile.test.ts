// Hostile input at every route of the built server: SQL-like strings, markup, unknown enum values,
// huge and negative numbers, control characters, repeated and oversized parameters, hostile path
// ids, 10 MB bodies, malformed multipart and JSON, wrong methods. Each must get an answer below
// 500, and every refusal (4xx) a message in Japanese. Nothing may reach the store: it is checked
// unchanged at the end.

import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILTER_KEYS } from '../../src/lib/domain/codes';
import { snapshotPath } from '../../src/lib/server/store/snapshot';
import { sampleStore } from '../helpers/sample-store';
import { DRAFT, routeSamples, type RouteIds, type RouteSample } from '../helpers/routes';
import { startServer, type RunningServer } from '../helpers/server';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-hostile-'));
const db = path.join(dir, 'atlas.duckdb');
let server: RunningServer;
let ids: RouteIds;
let storeHash: string;

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const PARAMS = [...FILTER_KEYS, 'q', 'sort', 'dir', 'page', 'group', 'categories', 'a', 'b', 'fy', 'limit'];
const VALUES = [
  "' OR '1'='1",
  '1; DROP TABLE matters; --',
  '") UNION SELECT name, password FROM users --',
  "'; ATTACH '/etc/passwd' AS x; --",
  '<script>alert(1)</script>',
  'nope',
  '-1',
  '0',
  '99999999999999999999999999',
  '1e308',
  'NaN',
  '%00',
  '\u0000\u0007\u001b[2J',
  '../../../etc/passwd',
  '${jndi:ldap://x}',
  '{{7*7}}',
  'x'.repeat(5000),
  '要配慮'.repeat(300),
  '\ud800'
];

beforeAll(async () => {
  ids = await sampleStore(db);
  storeHash = createHash('sha256').update(readFileSync(db)).digest('hex');
  server = await startServer(db, 30_000, { ATLAS_LINEAGE_EDITS: path.join(dir, 'edits.json') });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const failures: string[] = [];
async function expectCalm(what: string, res: Response): Promise<void> {
  const body = await res.text();
  if (res.status >= 500) failures.push(`${what}: ${res.status} ${body.slice(0, 160)}`);
  else if (res.status >= 400 && !JAPANESE.test(body)) failures.push(`${what}: ${res.status} without a Japanese message: ${body.slice(0, 160)}`);
}
function report(): void {
  const found = failures.splice(0);
  expect(found.slice(0, 40), `${found.length} answer(s) out of line`).toEqual([]);
}

/** One GET sample per route (the report PDF aside: it prints with Chromium, seconds each). */
const getters = (): RouteSample[] =>
  Object.entries(routeSamples(ids))
    .filter(([id]) => id !== '/report/[fy].pdf')
    .map(([, list]) => list.find((s) => s.method === 'GET'))
    .filter((s): s is RouteSample => s !== undefined);

function withParams(sample: RouteSample, set: [string, string][]): string {
  const url = new URL(sample.path, 'http://x');
  for (const [k, v] of set) url.searchParams.append(k, v);
  return url.pathname + url.search;
}

describe('hostile query strings on every route', () => {
  it('answers each hostile value in every parameter at once, and each parameter alone', async () => {
    for (const sample of getters()) {
      for (const value of VALUES) {
        const p = withParams(sample, PARAMS.map((k) => [k, value]));
        await expectCalm(`GET ${p.slice(0, 120)}`, await fetch(server.url + p));
      }
      for (const [i, k] of PARAMS.entries()) {
        const p = withParams(sample, [[k, VALUES[i % VALUES.length]]]);
        await expectCalm(`GET ${p.slice(0, 120)}`, await fetch(server.url + p));
      }
    }
    report();
  }, 600_000);
  it('answers deep filters: a parameter repeated a thousand times, and URLs past the header limit', async () => {
    for (const sample of getters()) {
      const p = withParams(sample, Array.from({ length: 1000 }, (_, i) => ['category', i % 2 ? 'encryption' : 'audit'] as [string, string]));
      await expectCalm(`GET ${sample.path} ×1000 category`, await fetch(server.url + p));
    }
    const huge = await raw('GET', `/matters?q=${'a'.repeat(100_000)}`);
    expect(huge.status).toBe(431);
    expect(huge.body).toMatch(JAPANESE);
    const garbage = await rawBytes('GARBAGE / HTTP/1.1\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 [^\r]*\r\n/);
    expect(garbage).toMatch(JAPANESE);
    report();
  }, 300_000);
});

describe('hostile paths', () => {
  it('answers hostile ids, years, categories and formats with 4xx in Japanese', async () => {
    const hostile = ["' OR 1=1 --", '<script>', '..%2F..%2Fetc%2Fpasswd', '%00', 'x'.repeat(3000), '-1', '99999999999999999999', '%E0%A4%A'];
    const paths = hostile.flatMap((h) => [
      `/matters/${h}`,
      `/api/matters/${h}`,
      `/api/matters/${h}.json`,
      `/api/lineage/${h}.csv`,
      `/departments/${h}`,
      `/documents/${h}`,
      `/wording/${h}`,
      `/api/wording/${h}.arrow`,
      `/report/${h}`,
      `/api/report/${h}.json`,
      `/report/${h}.pdf`
    ]);
    paths.push('/api/overview.xml', '/api/overview.', '/api/overview.json/extra', '/%', '/api/%ZZ.json');
    for (const p of paths) await expectCalm(`GET ${p.slice(0, 120)}`, await fetch(server.url + p));
    report();
  }, 300_000);
});

describe('hostile bodies and methods', () => {
  const origin = () => ({ origin: server.url });
  it('answers 10 MB bodies, malformed multipart and JSON, and wrong types with 4xx in Japanese', async () => {
    const ten = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    const cases: [string, string, BodyInit, Record<string, string>][] = [
      ['POST', '/api/check', ten, { 'content-type': 'text/plain' }],
      ['POST', '/check', ten, { 'content-type': 'application/x-www-form-urlencoded' }],
      ['POST', `/matters/${ids.matter}?/unlink`, ten, { 'content-type': 'application/x-www-form-urlencoded' }],
      ['POST', '/api/check', '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF', { 'content-type': 'multipart/form-data; boundary=x' }],
      ['POST', '/api/check', 'garbage without a boundary', { 'content-type': 'multipart/form-data' }],
      ['POST', '/check', '--zz\r\nbroken', { 'content-type': 'multipart/form-data; boundary=zz' }],
      ['POST', '/api/check', '{"text": ', { 'content-type': 'application/json' }],
      ['POST', '/api/check', '{"text": {"$gt": ""}}', { 'content-type': 'application/json' }],
      ['POST', '/api/check', '[1,2,3]', { 'content-type': 'application/json' }],
      ['POST', '/api/check', '<x/>', { 'content-type': 'application/xml' }],
      ['POST', '/api/check', '\u0000\u0000', { 'content-type': 'text/plain' }],
      ['POST', '/api/check', new Uint8Array([0xff, 0xfe, 0xfd]), { 'content-type': 'text/plain; charset=utf-8' }],
      ['POST', `/matters/${ids.matter}?/unlink`, "earlier=' OR 1=1 --&later=x", { 'content-type': 'application/x-www-form-urlencoded' }],
      ['POST', `/matters/${ids.matter}?/relink`, 'earlier=' + 'x'.repeat(60_000), { 'content-type': 'application/x-www-form-urlencoded' }],
      ['POST', `/matters/${ids.matter}?/nope`, 'a=b', { 'content-type': 'application/x-www-form-urlencoded' }],
      ['POST', `/matters/${ids.matter}?/unlink`, '--b\r\n\r\n', { 'content-type': 'multipart/form-data; boundary=b' }]
    ];
    for (const [method, p, body, headers] of cases) {
      await expectCalm(`${method} ${p} (${headers['content-type']})`, await fetch(server.url + p, { method, body, headers: { ...origin(), ...headers } }));
    }
    report();
  }, 300_000);
  it('answers methods a route does not take with 405 in Japanese', async () => {
    for (const sample of getters()) {
      for (const method of ['PUT', 'DELETE', 'PATCH']) {
        await expectCalm(`${method} ${sample.path}`, await fetch(server.url + sample.path, { method, body: 'x', headers: { ...origin(), 'content-type': 'text/plain' } }));
      }
    }
    await expectCalm('POST /api/overview.json', await fetch(server.url + '/api/overview.json', { method: 'POST', body: 'x', headers: origin() }));
    report();
  }, 300_000);
  it('keeps drafts off the store, the log and the disk', async () => {
    const marker = `下書き識別子${Date.now().toString(36)}`;
    const draft = DRAFT.replace('件名', `件名 ${marker}`);
    const started = Date.now() - 1000;
    const file = new FormData();
    file.set('file', new Blob([new TextEncoder().encode(draft)], { type: 'text/plain' }), `${marker}.txt`);
    const posts: [string, BodyInit, Record<string, string>][] = [
      ['/api/check', draft, { 'content-type': 'text/plain; charset=utf-8' }],
      ['/api/check', JSON.stringify({ text: draft }), { 'content-type': 'application/json' }],
      ['/api/check', file, {}],
      ['/check', new URLSearchParams({ text: draft }), {}],
      ['/api/check', `${marker}${'\u0000'.repeat(10)}`, { 'content-type': 'text/plain; charset=utf-8' }]
    ];
    for (const [p, body, headers] of posts) {
      const res = await fetch(server.url + p, { method: 'POST', body, headers: { ...origin(), ...headers } });
      expect(res.status).toBeLessThan(500);
      await res.arrayBuffer();
    }
    expect(server.log()).not.toContain(marker);
    // Nothing written since the posts began, under the temporary folder or beside the store, holds it.
    const written = [tmpdir(), dir].flatMap((root) => recentFiles(root, started));
    expect(written.filter((f) => readFileSync(f).includes(marker))).toEqual([]);
  });
  it('leaves the store as it was', () => {
    expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(storeHash);
    expect(readFileSync(snapshotPath(db)).length).toBeGreaterThan(0);
  });
});

/** A request fetch would refuse to send (a URL past Node's header limit). */
function raw(method: string, p: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(server.url);
    const req = httpRequest({ host: u.hostname, port: u.port, method, path: p }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Bytes that are not HTTP at all, and what the server writes back. */
async function rawBytes(text: string): Promise<string> {
  const { connect } = await import('node:net');
  const u = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(u.port), u.hostname, () => socket.write(text));
    let got = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => (got += d));
    socket.on('end', () => resolve(got));
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
  });
}

/** Regular files under `root` (not following links) modified since `since`, up to 50 MB each. */
function recentFiles(root: string, since: number): string[] {
  const found: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return found;
  }
  for (const name of names) {
    const f = path.join(root, name);
    try {
      const st = lstatSync(f);
      if (st.isFile() && st.mtimeMs >= since && st.size < 50 * 1024 * 1024) found.push(f);
    } catch {
      // Removed meanwhile (another test's scratch files).
    }
  }
  return found;
}
