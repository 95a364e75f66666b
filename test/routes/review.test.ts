// The matter page's field evidence (source text and page, as text, never markup) and review
// notice, the overview's review figure and the filtered list it links to, on the built server.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/lib/ingest/prepare';
import { publishSnapshot } from '../../src/lib/server/store/snapshot';
import { Store } from '../../src/lib/server/store/store';
import { charTokenizer } from '../helpers/fakes';
import { startServer, type RunningServer } from '../helpers/server';

const SAMPLES = path.join(import.meta.dirname, '..', 'fixtures', 'samples-text');
const MARKUP = '<img src=x onerror="alert(1)">健康部';

let dir: string;
let server: RunningServer | undefined;
let base: string;
let withEvidence: string;
let unrecognised: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-review-'));
  const db = path.join(dir, 'atlas.duckdb');
  const prepare = (name: string, bytes: Uint8Array) => prepareDocument(path.join(dir, name), bytes, { tokenizer: charTokenizer }, {});
  const doc = await prepare('sample.txt', new Uint8Array(readFileSync(path.join(SAMPLES, '004_9d5b84f7b5669ee4.txt'))));
  const [m] = doc.matters;
  m.evidence = [
    { field: 'department', text: MARKUP, page: 2 },
    { field: 'period_start', text: '委託期間 令和3年4月1日から令和4年3月31日まで', page: 3 },
    { field: 'period_end', text: '委託期間 令和3年4月1日から令和4年3月31日まで', page: 3 },
    { field: 'new_field', text: '新しい欄の記載', page: 4 }
  ];
  withEvidence = m.matter_id;
  const council = await prepare('minutes-unknown-form.txt', new TextEncoder().encode('第2回 個人情報保護審議会 次第\n1 開会\n2 目的外利用の状況の報告\n3 閉会\n'));
  unrecognised = council.matters[0].matter_id;
  const s = await Store.open(db);
  await s.replaceDocuments([doc, council]);
  await publishSnapshot(s);
  s.close();
  server = await startServer(db);
  base = server.url;
});
afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const html = async (p: string) => {
  const r = await fetch(base + p);
  expect(r.status).toBe(200);
  return r.text();
};

describe('matter page', () => {
  it('shows each field’s source text and page beside it, as text', async () => {
    const page = await html(`/matters/${withEvidence}`);
    expect(page).toContain('data-testid="evidence" data-field="department"');
    expect(page).toContain('&lt;img src=x onerror="alert(1)">健康部');
    expect(page).not.toContain('<img src=x');
    expect(page).toMatch(/2ページ/);
    // One line read for both ends of the period is shown once.
    expect(page.match(/class="quote[^"]*">委託期間 令和3年4月1日から令和4年3月31日まで/g)).toHaveLength(1);
    // A field the grid does not know is still listed, under its name.
    expect(page).toContain('新しい欄の記載');
    expect(page).not.toContain('data-testid="review-notice"');
  });

  it('shows a review notice with the reasons and the note on a flagged matter', async () => {
    const page = await html(`/matters/${unrecognised}`);
    expect(page).toContain('data-testid="review-notice"');
    expect(page).toContain('審議会資料の様式を認識できませんでした');
    expect(page).toMatch(/審議会資料と見られる語（[^）]*）はありますが/);
  });
});

describe('overview and the review list', () => {
  it('counts flagged matters and documents and links to them', async () => {
    const page = await html('/');
    const at = page.indexOf('data-testid="figure-review"');
    expect(at).toBeGreaterThan(0);
    const start = page.lastIndexOf('<a', at);
    const figure = page.slice(start, page.indexOf('</a>', at));
    expect(figure).toMatch(/href="\/review"/);
    expect(figure).toContain('要確認の案件');
    expect(figure).toContain('1件');
    expect(figure).toContain('様式を認識できない資料 1');
  });

  it('lists the flagged matters, named by their file when they have no title', async () => {
    const page = await html('/matters?review=1');
    expect(page).toContain(`/matters/${unrecognised}`);
    expect(page).not.toContain(`/matters/${withEvidence}"`);
    expect(page).toContain('資料: minutes-unknown-form.txt');
    expect(page).toContain('要確認');
    const json = (await (await fetch(base + '/api/matters.json?review=1')).json()) as { total: number; rows: { matter_id: string; review: string[] }[] };
    // The fallback found nothing in this agenda, so every key field is flagged as well (codes sorted).
    expect(json.rows.map((r) => [r.matter_id, r.review])).toEqual([[unrecognised, ['department_missing', 'form_not_recognised', 'items_missing', 'safeguards_missing', 'title_missing']]]);
    expect((await fetch(base + '/api/matters.json?review=maybe')).status).toBe(400);
  });
});
