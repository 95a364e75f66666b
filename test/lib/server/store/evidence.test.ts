// Field evidence and review flags (schema 3): written with their matter, read back by the matter
// detail, its data-twin rows, the matter list and the overview, carried by the snapshot and the
// Parquet export, and cleared when the document is replaced.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../../src/lib/ingest/prepare';
import type { StoredDocument } from '../../../../src/lib/server/store/document';
import { listMatters, matterDetail, matterDetailRows } from '../../../../src/lib/server/store/queries';
import { overview } from '../../../../src/lib/server/store/dashboard';
import { exportParquet, openParquet } from '../../../../src/lib/server/store/parquet';
import { publishSnapshot, snapshotPath } from '../../../../src/lib/server/store/snapshot';
import { reviewSummary } from '../../../../src/lib/server/store/review';
import { Store } from '../../../../src/lib/server/store/store';
import { charTokenizer } from '../../../helpers/fakes';

const SAMPLES = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'samples-text');
const FILE = '004_9d5b84f7b5669ee4.txt';
const open: Store[] = [];
const keep = (s: Store) => (open.push(s), s);
afterAll(() => open.splice(0).forEach((s) => s.close()));

/** A sample document whose first matter carries evidence (markup included, to be kept as text) and a review flag. */
async function withEvidence(source = FILE): Promise<StoredDocument> {
  const doc = await prepareDocument(source, new Uint8Array(readFileSync(path.join(SAMPLES, FILE))), { tokenizer: charTokenizer }, {});
  const [m] = doc.matters;
  m.evidence = [
    { field: 'title', text: '件名　ワクチン接種円滑化システムの利用について', page: 1 },
    { field: 'department', text: '担当部 <b>健康部</b>', page: 2 },
    { field: 'data_items', text: '氏名、生年月日 & 住所', page: 3 }
  ];
  m.review = ['department_missing'];
  m.review_notes = { department_missing: '担当部の欄が空欄' };
  // The other matters carry neither, whatever extraction found for them.
  for (const other of doc.matters.slice(1)) {
    other.evidence = [];
    other.review = [];
  }
  return doc;
}

const dbIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'atlas-evidence-')), 'e.duckdb');

describe('field_evidence and matter_reviews', () => {
  it('round-trip through the store, the snapshot and the matter detail', async () => {
    const db = dbIn();
    const s = keep(await Store.open(db));
    const doc = await withEvidence();
    await s.replaceDocuments([doc]);
    const id = doc.matters[0].matter_id;
    expect(await s.all(`SELECT seq, field, text, page FROM field_evidence WHERE matter_id = $id ORDER BY seq`, { id })).toEqual([
      { seq: 1, field: 'title', text: '件名　ワクチン接種円滑化システムの利用について', page: 1 },
      { seq: 2, field: 'department', text: '担当部 <b>健康部</b>', page: 2 },
      { seq: 3, field: 'data_items', text: '氏名、生年月日 & 住所', page: 3 }
    ]);
    expect(await s.all(`SELECT matter_id, flag, note FROM matter_reviews`)).toEqual([{ matter_id: id, flag: 'department_missing', note: '担当部の欄が空欄' }]);
    // Without derived tables (the store itself) and with them (the snapshot), the same detail.
    const direct = await matterDetail(s, id);
    await publishSnapshot(s);
    const snap = keep(await Store.open(snapshotPath(db), { readOnly: true }));
    const viaSnapshot = await matterDetail(snap, id);
    for (const d of [direct, viaSnapshot]) {
      expect(d?.evidence).toEqual(doc.matters[0].evidence);
      expect(d?.reviews).toEqual([{ flag: 'department_missing', note: '担当部の欄が空欄' }]);
      expect(d?.matter.review).toEqual(['department_missing']);
    }
    const rows = matterDetailRows(viaSnapshot!);
    expect(rows.filter((r) => r.part === 'evidence').map((r) => [r.label, r.value, r.page])).toEqual([
      ['title', '件名　ワクチン接種円滑化システムの利用について', 1],
      ['department', '担当部 <b>健康部</b>', 2],
      ['data_items', '氏名、生年月日 & 住所', 3]
    ]);
    expect(rows.find((r) => r.part === 'review')).toMatchObject({ label: 'department_missing', value: '担当部の欄が空欄' });
    // The list and the overview count it; the review filter finds it alone.
    const flagged = await listMatters(snap, { review: true });
    expect(flagged.rows.map((r) => r.matter_id)).toEqual([id]);
    expect(flagged.rows[0].review).toEqual(['department_missing']);
    expect((await listMatters(snap, { review: false })).total).toBe(doc.matters.length - 1);
    // The overview counts what the review page lists: this matter, and any other lacking a key field.
    const summary = await reviewSummary(snap, {});
    expect(summary.counts.department).toBe(1);
    expect(await overview(snap)).toMatchObject({ review_matters: summary.matters, review_documents: 1, unrecognised_documents: 0 });
    // A matter without evidence has none, and no flags.
    const other = await matterDetail(snap, doc.matters[1].matter_id);
    expect(other?.evidence).toEqual([]);
    expect(other?.reviews).toEqual([]);
  });

  it('go with their document when it is replaced', async () => {
    const s = keep(await Store.open(dbIn()));
    await s.replaceDocuments([await withEvidence('a.txt')]);
    const plain = await prepareDocument('a.txt', new Uint8Array(readFileSync(path.join(SAMPLES, FILE))), { tokenizer: charTokenizer }, {});
    for (const m of plain.matters) {
      m.evidence = [];
      m.review = [];
    }
    await s.replaceDocuments([plain]);
    expect(await s.all(`SELECT (SELECT count(*) FROM field_evidence)::INTEGER AS e, (SELECT count(*) FROM matter_reviews)::INTEGER AS r`)).toEqual([{ e: 0, r: 0 }]);
  });

  it('are exported to Parquet and read back from it', async () => {
    const db = dbIn();
    const s = keep(await Store.open(db));
    const doc = await withEvidence();
    await s.replaceDocuments([doc]);
    await publishSnapshot(s);
    const out = path.join(path.dirname(db), 'export');
    const result = await exportParquet(db, out);
    expect(result.tables).toMatchObject({ field_evidence: 3, matter_reviews: 1 });
    const { store } = await openParquet(out);
    keep(store);
    const d = await matterDetail(store, doc.matters[0].matter_id);
    expect(d?.evidence).toEqual(doc.matters[0].evidence);
    expect(d?.reviews).toEqual([{ flag: 'department_missing', note: '担当部の欄が空欄' }]);
    expect(await overview(store)).toMatchObject({ review_matters: (await reviewSummary(store, {})).matters });
    expect((await reviewSummary(store, {})).counts.department).toBe(1);
  });
});
