import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Correction, CorrectionTarget } from '../../../../src/lib/domain/corrections';
import { prepareDocument } from '../../../../src/lib/ingest/prepare';
import { publishSnapshot, snapshotPath } from '../../../../src/lib/server/store/snapshot';
import { Store } from '../../../../src/lib/server/store/store';
import { charTokenizer } from '../../../helpers/fakes';

const SAMPLE = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'samples-text', '002_66e96f0d6d40dccb.txt');
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-corrections-'));
const db = path.join(dir, 'atlas.duckdb');
let sha: string;
let matter: string;
let store: Store;
afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
const corr = (target: CorrectionTarget, extra: Partial<Correction> = {}): Correction => ({
  id: `c${++n}`,
  sha256: sha,
  matter_seq: 1,
  target,
  before: null,
  user: '田中',
  at: `2026-12-04T10:00:0${n % 10}Z`,
  ...extra
});

async function snapshotRows<R>(sql: string): Promise<R[]> {
  const s = await Store.open(snapshotPath(db), { readOnly: true });
  try {
    return await s.all<R>(sql);
  } finally {
    s.close();
  }
}

beforeAll(async () => {
  const doc = await prepareDocument(SAMPLE, new Uint8Array(readFileSync(SAMPLE)), { tokenizer: charTokenizer }, {});
  sha = doc.sha256;
  matter = doc.matters[0].matter_id;
  store = await Store.open(db);
  await store.replaceDocuments([doc]);
});

describe('corrections in a snapshot', () => {
  it('applies the corrections in force to the snapshot and leaves the store as extraction made it', async () => {
    const [orig] = await store.all<{ department: string; items: number; sensitive: number }>(
      `SELECT department, (SELECT count(*) FROM data_items WHERE matter_id = $id)::INT AS items, (SELECT count(*) FILTER (WHERE sensitive) FROM data_items WHERE matter_id = $id)::INT AS sensitive FROM matters WHERE matter_id = $id`,
      { id: matter }
    );
    const [firstItem] = await store.all<{ item: string; subject: string | null; sensitive: boolean }>('SELECT item, subject, sensitive FROM data_items WHERE matter_id = $id ORDER BY seq LIMIT 1', { id: matter });
    const [lastItem] = await store.all<{ item: string; subject: string | null }>('SELECT item, subject FROM data_items WHERE matter_id = $id ORDER BY seq DESC LIMIT 1', { id: matter });
    const list = [
      corr({ kind: 'field', field: 'department', value: '誤った部' }),
      corr({ kind: 'field', field: 'department', value: '子ども家庭部' }),
      corr({ kind: 'field', field: 'fiscal_year', value: 2020 }),
      corr({ kind: 'field', field: 'divisions', value: ['保育課', '子ども家庭課'] }),
      corr({ kind: 'field', field: 'contractor', value: 'どこか' }, { undone: { user: '鈴木', at: '2026-12-04T11:00:00Z' } }),
      corr({ kind: 'item', item: '障害の状況', subject: null, set: 'add', sensitive: true }),
      corr({ kind: 'item', item: firstItem.item, subject: firstItem.subject, set: { sensitive: !firstItem.sensitive } }),
      corr({ kind: 'item', item: lastItem.item, subject: lastItem.subject, set: 'remove' }),
      corr({ kind: 'item', item: 'ない項目', subject: null, set: 'remove' }),
      corr({ kind: 'medium', medium: '受託者のクラウドサーバ', set: 'add' }),
      corr({ kind: 'safeguard', sentence: 1, categories: ['encryption', 'audit'] }),
      corr({ kind: 'field', field: 'title', value: '別の文書' }, { sha256: 'f'.repeat(64) })
    ];
    const contractor = (await store.all<{ contractor: string | null }>('SELECT contractor FROM matters WHERE matter_id = $id', { id: matter }))[0].contractor;
    await publishSnapshot(store, { corrections: list });

    const [m] = await snapshotRows<{ department: string; fiscal_year: number; divisions: string[]; contractor: string | null }>(`SELECT department, fiscal_year, divisions, contractor FROM matters WHERE matter_id = '${matter}'`);
    expect(m).toEqual({ department: '子ども家庭部', fiscal_year: 2020, divisions: ['保育課', '子ども家庭課'], contractor });
    const items = await snapshotRows<{ item: string; subject: string | null; sensitive: boolean; category: string }>(`SELECT item, subject, sensitive, category FROM data_items WHERE matter_id = '${matter}' ORDER BY seq`);
    expect(items).toHaveLength(orig.items);
    expect(items.find((i) => i.item === '障害の状況')).toMatchObject({ subject: null, sensitive: true });
    expect(items.find((i) => i.item === firstItem.item && i.subject === firstItem.subject)?.sensitive).toBe(!firstItem.sensitive);
    expect(items.some((i) => i.item === lastItem.item && i.subject === lastItem.subject)).toBe(false);
    expect(await snapshotRows(`SELECT medium, category FROM media WHERE matter_id = '${matter}' AND medium = '受託者のクラウドサーバ'`)).toEqual([{ medium: '受託者のクラウドサーバ', category: 'contractor_server' }]);
    expect(await snapshotRows(`SELECT category FROM safeguards WHERE matter_id = '${matter}' AND seq = 1 ORDER BY category`)).toEqual([{ category: 'audit' }, { category: 'encryption' }]);

    const status = await snapshotRows<{ correction_id: string; status: string; matter_ref: string | null; field: string }>('SELECT correction_id, status, matter_ref, field FROM corrections ORDER BY correction_id');
    const by = Object.fromEntries(status.map((s) => [s.correction_id, s.status]));
    expect(by).toMatchObject({ c1: 'superseded', c2: 'applied', c3: 'applied', c5: 'undone', c6: 'applied', c8: 'applied', c9: 'unmatched', c11: 'applied', c12: 'unmatched' });
    expect(status.find((s) => s.correction_id === 'c12')?.matter_ref).toBeNull();
    expect(status.find((s) => s.correction_id === 'c2')).toMatchObject({ matter_ref: matter, field: 'department' });
    // The derived tables see the corrected rows.
    expect(await snapshotRows(`SELECT department FROM matter_facts WHERE matter_id = '${matter}'`)).toEqual([{ department: '子ども家庭部' }]);

    // The store keeps what extraction produced.
    const [after] = await store.all<{ department: string }>('SELECT department FROM matters WHERE matter_id = $id', { id: matter });
    expect(after.department).toBe(orig.department);
  });
  it('recomputes the gaps of a corrected matter from its corrected safeguards', async () => {
    const gaps = await store.all<{ category: string }>('SELECT DISTINCT category FROM gaps WHERE matter_id = $id ORDER BY 1', { id: matter });
    expect(gaps.length).toBeGreaterThan(0);
    const [s] = await store.all<{ seq: number }>('SELECT min(seq)::INT AS seq FROM safeguard_sentences WHERE matter_id = $id', { id: matter });
    const [{ cats }] = await store.all<{ cats: string[] }>('SELECT list(DISTINCT category) AS cats FROM safeguards WHERE matter_id = $id AND seq = $seq', { id: matter, seq: s.seq });
    await publishSnapshot(store, { corrections: [corr({ kind: 'safeguard', sentence: s.seq, categories: [...new Set([...cats, ...gaps.map((g) => g.category)])] })] });
    const left = await snapshotRows<{ category: string }>(`SELECT category FROM gaps WHERE matter_id = '${matter}'`);
    expect(left).toEqual([]);
  });
});
