// Corrections on the built server: an editor corrects a matter's fields, items, media and
// safeguards; every view shows the corrected values, marked; a reader cannot correct; ingesting the
// same document again keeps the corrections; a changed document leaves them listed as no longer
// fitting, never dropped; undo restores what extraction produced; the Parquet export carries them.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as ingest, type Io } from '../../src/lib/ingest/cli';
import { hashPassword } from '../../src/lib/server/auth/passwords';
import { putUser } from '../../src/lib/server/auth/users';
import { exportParquet, openParquet } from '../../src/lib/server/store/parquet';
import type { CorrectionRow, MatterDetail } from '../../src/lib/view-types';
import { startServer, type RunningServer } from '../helpers/server';

const SAMPLES = path.join(import.meta.dirname, '..', 'fixtures', 'samples-text');
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-corrections-route-'));
const db = path.join(dir, 'atlas.duckdb');
const docs = path.join(dir, 'docs');
const doc = path.join(docs, 'council.txt');
const corrections = path.join(dir, 'corrections.json');
const users = path.join(dir, 'users.json');
let server: RunningServer;
let matter: string;

const quiet: Io = { out: () => undefined, err: () => undefined, tty: false };
const auth = (name: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` });
const EDITOR = auth('editor1', 'editor-password');
const READER = auth('reader1', 'reader-password');

beforeAll(async () => {
  process.env.ATLAS_CORRECTIONS = corrections;
  mkdirSync(docs, { recursive: true });
  writeFileSync(doc, readFileSync(path.join(SAMPLES, '002_66e96f0d6d40dccb.txt')));
  expect(await ingest(['--db', db, docs], quiet)).toBe(0);
  putUser({ name: 'editor1', role: 'editor', password: await hashPassword('editor-password') }, users);
  putUser({ name: 'reader1', role: 'reader', password: await hashPassword('reader-password') }, users);
  server = await startServer(db, 30_000, { ATLAS_AUTH: 'basic', ATLAS_USERS: users, ATLAS_CORRECTIONS: corrections });
  const list = (await (await fetch(`${server.url}/api/matters.json`, { headers: READER })).json()) as { rows: { matter_id: string }[] };
  matter = list.rows[0].matter_id;
}, 120_000);
afterAll(async () => {
  delete process.env.ATLAS_CORRECTIONS;
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const detail = async (): Promise<MatterDetail> => (await fetch(`${server.url}/api/matters/${matter}.json`, { headers: READER })).json() as Promise<MatterDetail>;
const post = (action: string, form: Record<string, string | string[]>, headers = EDITOR) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
  return fetch(`${server.url}/matters/${matter}?/${action}`, { method: 'POST', body, headers: { ...headers, origin: server.url, 'x-sveltekit-action': 'true' } });
};
const allCorrections = async (): Promise<CorrectionRow[]> => (await fetch(`${server.url}/api/corrections.json`, { headers: READER })).json() as Promise<CorrectionRow[]>;

describe('corrections', () => {
  it('refuses a reader with 403 and a value that does not fit with 400', async () => {
    expect((await post('correct', { kind: 'field', field: 'department', value: '総務部' }, READER)).status).toBe(403);
    // A form action answers a script's post with its outcome as JSON: a failure with the status and message.
    const outcome = async (res: Response) => JSON.parse(await res.text()) as { type: string; status: number; data: string };
    const bad = await outcome(await post('correct', { kind: 'field', field: 'fiscal_year', value: '令和3' }));
    expect(bad).toMatchObject({ type: 'failure', status: 400 });
    expect(bad.data).toContain('年度は西暦4桁で入力してください');
    expect(await outcome(await post('correct', { kind: 'field', field: 'password', value: 'x' }))).toMatchObject({ type: 'failure', status: 400 });
    expect(await allCorrections()).toEqual([]);
  });
  it('applies an editor’s corrections to every view, marked, with who and when', async () => {
    const before = await detail();
    const firstItem = before.items[0];
    const sentence = before.sentences[0];
    const forms: Record<string, string | string[]>[] = [
      { kind: 'field', field: 'department', value: '子ども家庭部' },
      { kind: 'item', op: 'add', item: '障害の状況', subject: '', sensitive: 'on' },
      { kind: 'item', op: 'sensitive', index: '0' },
      { kind: 'medium', op: 'add', medium: '受託者のクラウドサーバ', category: '' },
      { kind: 'safeguard', sentence: String(sentence.seq), actor: sentence.actor, category: ['encryption', 'audit'] }
    ];
    for (const form of forms) {
      const res = await post('correct', form);
      expect(res.status, JSON.stringify(form)).toBe(200);
      expect(await res.text()).not.toContain('correctionError');
    }
    const after = await detail();
    expect(after.matter.department).toBe('子ども家庭部');
    expect(after.matter.corrected).toEqual(['data_items', 'department', 'media', 'safeguard_categories']);
    expect(after.items.find((i) => i.item === '障害の状況')?.sensitive).toBe(true);
    expect(after.items.find((i) => i.item === firstItem.item && i.subject === firstItem.subject)?.sensitive).toBe(!firstItem.sensitive);
    expect(after.media.map((m) => m.medium)).toContain('受託者のクラウドサーバ');
    expect(after.sentences.find((s) => s.seq === sentence.seq)?.categories.sort()).toEqual(['audit', 'encryption']);
    expect(after.corrections.map((c) => [c.what, c.after, c.user_name, c.status])).toContainEqual(['担当部局', '子ども家庭部', 'editor1', 'applied']);
    expect(after.corrections.find((c) => c.field === 'department')?.before).toBe(before.matter.department);
    // The list, the coverage and the review page see it too.
    const list = (await (await fetch(`${server.url}/api/matters.json?department=${encodeURIComponent('子ども家庭部')}`, { headers: READER })).json()) as { rows: { matter_id: string; corrected: string[] }[] };
    expect(list.rows.map((r) => r.matter_id)).toContain(matter);
    expect(list.rows.find((r) => r.matter_id === matter)?.corrected).toContain('department');
    const coverage = (await (await fetch(`${server.url}/api/coverage.json`, { headers: READER })).json()) as { group: string; corrected: number }[];
    const rowsOf = (group: string) => coverage.filter((r) => r.group === group);
    expect(rowsOf('子ども家庭部').length).toBeGreaterThan(0);
    // The heatmap row of the corrected matter's department counts it, and says so; the others do not.
    expect(rowsOf('子ども家庭部').every((r) => r.corrected === 1)).toBe(true);
    expect(coverage.filter((r) => r.group !== '子ども家庭部').every((r) => r.corrected === 0)).toBe(true);
    const overview = await (await fetch(`${server.url}/`, { headers: READER })).text();
    expect(overview.match(/data-testid="heatmap-corrected"/g)?.length).toBe(1);
    expect(overview).toContain('人が修正した値を含む案件1件');
    const page = await (await fetch(`${server.url}/matters/${matter}`, { headers: EDITOR })).text();
    expect(page).toContain('data-testid="corrected-mark"');
    expect(page).toContain('data-testid="correction-forms"');
    const readerPage = await (await fetch(`${server.url}/matters/${matter}`, { headers: READER })).text();
    expect(readerPage).not.toContain('data-testid="correction-forms"');
    const listPage = await (await fetch(`${server.url}/matters`, { headers: READER })).text();
    expect(listPage).toContain('data-testid="row-corrected"');
    expect(await (await fetch(`${server.url}/review`, { headers: READER })).text()).toContain('子ども家庭部');
  });
  it('keeps the corrections when the same document is ingested again', async () => {
    expect(await ingest(['--db', db, '--no-cache', docs], quiet)).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    const d = await detail();
    expect(d.matter.department).toBe('子ども家庭部');
    expect(d.items.some((i) => i.item === '障害の状況')).toBe(true);
  });
  it('undoes a correction: extraction’s value comes back, and the record stays', async () => {
    const id = (await detail()).corrections.find((c) => c.field === 'media')!.correction_id;
    const res = await post('undo', { correction: id });
    expect(res.status).toBe(200);
    const d = await detail();
    expect(d.media.map((m) => m.medium)).not.toContain('受託者のクラウドサーバ');
    expect(d.corrections.find((c) => c.correction_id === id)).toMatchObject({ status: 'undone', undone_by: 'editor1' });
    expect(await (await post('undo', { correction: id })).text()).toContain('すでに取り消されています');
  });
  it('carries the corrections in the Parquet export', async () => {
    const out = path.join(dir, 'export');
    await exportParquet(db, out);
    // Both ways of serving an export: tables loaded into memory, and views over the files.
    for (const load of ['memory', 'views'] as const) {
      const opened = await openParquet(out, { load });
      try {
        const [m] = await opened.store.all<{ department: string; corrected: string[] }>('SELECT department, corrected FROM matter_facts WHERE matter_id = $id', { id: matter });
        expect(m.department).toBe('子ども家庭部');
        expect(m.corrected).toContain('department');
        const rows = await opened.store.all<{ status: string }>('SELECT status FROM corrections ORDER BY corrected_at');
        expect(rows.map((r) => r.status)).toContain('undone');
      } finally {
        opened.store.close();
      }
    }
  });
  it('keeps and lists corrections whose document changed, never dropping them', async () => {
    writeFileSync(doc, readFileSync(path.join(SAMPLES, '003_226f9b6f33957b40.txt')));
    expect(await ingest(['--db', db, docs], quiet)).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    const rows = await allCorrections();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.status === 'unmatched').length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'unmatched' || r.status === 'undone' || r.status === 'superseded')).toBe(true);
    const page = await (await fetch(`${server.url}/review`, { headers: READER })).text();
    expect(page).toContain('対象が見つからない');
    expect(JSON.parse(readFileSync(corrections, 'utf8')).corrections.length).toBe(rows.length);
  });
});
