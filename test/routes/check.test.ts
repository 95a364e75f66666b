// POST /api/check, the /check form action and the matter twins' similar matters, on the built server
// (adapter-node, as `npm start` runs it) over a store of the sample texts.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CHECK_REQUEST_BYTES } from '../../src/lib/config';
import { run } from '../../src/lib/ingest/cli';
import type { DraftCheck } from '../../src/lib/server/check';
import type { MatterDetail } from '../../src/lib/server/store/queries';
import { startServer, type RunningServer } from '../helpers/server';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'test', 'fixtures', 'samples-text');
const SAMPLE = readFileSync(path.join(SAMPLES, '000_89a62690775440f9.txt'), 'utf8');

let dir: string;
let server: RunningServer | undefined;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-check-api-'));
  const db = path.join(dir, 'atlas.duckdb');
  expect(await run(['--db', db, '--quiet', SAMPLES], { out: () => undefined, err: () => undefined, tty: false })).toBe(0);
  // test/global-setup.ts has built the app.
  server = await startServer(db);
  base = server.url;
});
afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A POST as a browser on the site sends it: form content types need the site's Origin (SvelteKit's CSRF check). */
const post = (pathname: string, body: BodyInit, headers: Record<string, string> = {}) => fetch(base + pathname, { method: 'POST', body, headers: { origin: base, ...headers } });
const fileForm = (name: string, bytes: Uint8Array, type = 'application/octet-stream') => {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type }));
  return form;
};

describe('POST /api/check', () => {
  it('checks a draft sent as text/plain', async () => {
    const res = await post('/api/check', SAMPLE, { 'content-type': 'text/plain; charset=utf-8' });
    expect(res.status).toBe(200);
    const check = (await res.json()) as DraftCheck;
    expect(check.matters).toHaveLength(1);
    expect(check.missing.length).toBeGreaterThan(0);
    expect(check.missing).toEqual([...new Set(check.matters[0].gaps.map((g) => g.category))]);
    expect(check.precedents.length).toBeGreaterThan(0);
    // The precedents are stored matters: their pages answer.
    expect((await fetch(`${base}/matters/${encodeURIComponent(check.precedents[0])}`)).status).toBe(200);
  });

  it('checks a PDF sent as a multipart file', async () => {
    const pdf = new Uint8Array(readFileSync(path.join(ROOT, 'data', 'samples', '001_c31c5ac134a4b77c.pdf')));
    // Larger than adapter-node's default body limit: the server runs with the check's limit.
    expect(pdf.byteLength).toBeGreaterThan(512 * 1024);
    const res = await post('/api/check', fileForm('案件草案.pdf', pdf, 'application/pdf'));
    expect(res.status).toBe(200);
    const check = (await res.json()) as DraftCheck;
    expect(check.source).toBe('案件草案.pdf');
    expect(check.matters[0].fields.title).toBeTruthy();
  });

  it('takes JSON {text} without an Origin (not a form content type)', async () => {
    const res = await fetch(base + '/api/check', { method: 'POST', body: JSON.stringify({ text: SAMPLE }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as DraftCheck).matters).toHaveLength(1);
  });

  it('answers bad drafts with a Japanese {error} and 400, 413 or 415', async () => {
    const cases: [Promise<Response>, number, RegExp][] = [
      [post('/api/check', '本日は晴天なり。', { 'content-type': 'text/plain' }), 400, /^貼り付けたテキスト: 案件が見つかりません/],
      [post('/api/check', '', { 'content-type': 'text/plain' }), 400, /空です/],
      [post('/api/check', fileForm('notes.txt', new TextEncoder().encode('会議のメモです。')), {}), 400, /^notes\.txt: 案件が見つかりません/],
      [post('/api/check', fileForm('broken.pdf', new TextEncoder().encode('%PDF-1.4 broken')), {}), 400, /^broken\.pdf: /],
      [post('/api/check', new Uint8Array(MAX_CHECK_REQUEST_BYTES + 1), { 'content-type': 'text/plain' }), 413, /^送信されたデータが大きすぎます/],
      [post('/api/check', fileForm('big.txt', new Uint8Array(6 * 1024 * 1024).fill(0x61)), {}), 413, /^big\.txt: ファイルが大きすぎます/],
      [post('/api/check', '<draft/>', { 'content-type': 'application/xml' }), 415, /application\/xml/],
      [post('/api/check', fileForm('draft.docx', new Uint8Array([1, 2, 3])), {}), 415, /^draft\.docx: 対応していない形式です/]
    ];
    for (const [response, status, message] of cases) {
      const res = await response;
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(((await res.json()) as { error: string }).error).toMatch(message);
    }
  });
});

describe('/check form', () => {
  it('shows the result and keeps the pasted text (without JavaScript)', async () => {
    expect((await fetch(base + '/check')).status).toBe(200);
    const form = new FormData();
    form.set('text', SAMPLE);
    form.set('file', new File([], ''));
    // A browser's form post (no JavaScript) asks for HTML.
    const res = await post('/check', form, { accept: 'text/html' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('data-testid="draft-matter"');
    expect(html).toContain('期待される対策のうち記載がないもの');
    expect(html).toMatch(/href="\/matters\/[^"#]+#safeguard-\d+"/);
    // The text box holds the draft again.
    const textarea = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? '';
    expect(textarea).toContain('件名\t新型コロナウイルス感染症ワクチン訪問接種に係る業務の委託について');
    expect(textarea.length).toBeGreaterThan(SAMPLE.length * 0.9);
  });

  it('says what is wrong and keeps the text', async () => {
    const form = new FormData();
    form.set('text', '本日は晴天なり。');
    const res = await post('/check', form, { accept: 'text/html' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('案件が見つかりません');
    expect(html).toMatch(/<textarea[^>]*>本日は晴天なり。<\/textarea>/);
  });
});

describe('matter twins', () => {
  it('include the similar matters with their reasons', async () => {
    const list = (await (await fetch(base + '/api/matters.json')).json()) as { rows: { matter_id: string }[] };
    const id = list.rows[0].matter_id;
    const d = (await (await fetch(`${base}/api/matters/${encodeURIComponent(id)}.json`)).json()) as MatterDetail;
    expect(d.similar.index).toBe(true);
    expect(d.similar.similar.length).toBeGreaterThan(0);
    expect(d.similar.similar[0].reason).toMatch(/。$/);
    const csv = await (await fetch(`${base}/api/matters/${encodeURIComponent(id)}.csv`)).text();
    expect(csv.split('\r\n').filter((l) => l.startsWith('similar,'))).toHaveLength(d.similar.similar.length);
  });
});
