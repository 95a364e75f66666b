// The overview's heatmap on a store of more departments than it shows: the busiest rows, a total
// over all of them, and the link to every row, on the built server.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/lib/ingest/prepare';
import { publishSnapshot } from '../../src/lib/server/store/snapshot';
import { Store } from '../../src/lib/server/store/store';
import { HEATMAP_ROWS } from '../../src/lib/ui/heatmap-rows';
import { charTokenizer } from '../helpers/fakes';
import { startServer, type RunningServer } from '../helpers/server';

const SAMPLE = path.join(import.meta.dirname, '..', 'fixtures', 'samples-text', '004_9d5b84f7b5669ee4.txt');
const DEPARTMENTS = HEATMAP_ROWS + 5;
// Two matters in 部署34, so the busiest department is one the name order would have left out.
const BUSIEST = `部署${DEPARTMENTS - 1}`;

let dir: string;
let server: RunningServer | undefined;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-overview-'));
  const db = path.join(dir, 'atlas.duckdb');
  const text = readFileSync(SAMPLE, 'utf8');
  const docs = [];
  for (let k = 0; k <= DEPARTMENTS; k++) {
    // A line of its own makes each a different document (its id is its content's hash).
    const doc = await prepareDocument(path.join(dir, `doc${k}.txt`), new TextEncoder().encode(`${text}\n（写し${k}）\n`), { tokenizer: charTokenizer }, {});
    for (const m of doc.matters) m.department = `部署${String(Math.min(k, DEPARTMENTS - 1)).padStart(2, '0')}`;
    docs.push(doc);
  }
  const s = await Store.open(db);
  await s.replaceDocuments(docs);
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
const departments = (page: string) => [...page.matchAll(/<tr data-department="([^"]+)" data-matters="(\d+)"/g)].map((m) => [m[1], Number(m[2])] as const);

describe('overview heatmap', () => {
  it('shows the departments with the most matters and totals them all', async () => {
    const page = await html('/');
    const rows = departments(page);
    expect(rows).toHaveLength(HEATMAP_ROWS);
    expect(rows.map(([d]) => d)).toContain(BUSIEST.replace(/\d+$/, (n) => n.padStart(2, '0')));
    const all = (await (await fetch(`${base}/api/coverage.json`)).json()) as { group: string; matters: number; category: string }[];
    const matters = new Map(all.map((r) => [r.group, r.matters]));
    expect(matters.size).toBe(DEPARTMENTS);
    // The total row counts the departments not shown too.
    const sum = [...matters.values()].reduce((a, b) => a + b, 0);
    expect(page).toMatch(new RegExp(`<tr data-matters="${sum}"><th scope="row">全体 `));
    expect(page).toContain(`案件数の多い${HEATMAP_ROWS}部を表示しています（全${DEPARTMENTS}部。`);
    expect(page).toContain('href="/?rows=all"');
    // Each shown row carries its own count, as the twin does.
    for (const [d, n] of rows) expect(n).toBe(matters.get(d));
  });

  it('shows every department on request, and the way back', async () => {
    const page = await html('/?rows=all');
    expect(departments(page)).toHaveLength(DEPARTMENTS);
    expect(page).toContain(`案件数の多い${HEATMAP_ROWS}部だけを表示`);
  });

  it('writes each cell link with the department as it reads and the list’s defaults left out', async () => {
    const page = await html('/');
    const href = /<td data-h="\d"><a href="([^"]+)"/.exec(page)?.[1];
    expect(href).toMatch(/^\/matters\?department=部署\d\d&amp;category=[a-z_]+&amp;has=1$/);
  });
});
