// Similar matters on the sample texts, plus a near-copy of one of them that lacks one safeguard:
// the derived tables are built when the snapshot is published, as the app reads them.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idf, signature, weightedTf } from '../../../../src/lib/domain/similar/similar';
import { prepareDocument } from '../../../../src/lib/ingest/prepare';
import { loadTokenizer } from '../../../../src/lib/tokenizer/tokenizer';
import { listMatters, matterDetail } from '../../../../src/lib/server/store/queries';
import { similarMatters } from '../../../../src/lib/server/store/similar';
import { publishSnapshot, snapshotPath } from '../../../../src/lib/server/store/snapshot';
import { Store } from '../../../../src/lib/server/store/store';

const SAMPLES = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'samples-text');
const TITLE = '新宿区産後ケア事業に係る業務の委託について';
const VARIANT_TITLE = '新宿区産後ケア宿泊事業に係る業務の委託について';
const LOGGING = '個人情報の漏えい防止対策としてログ管理を徹底させる。';

let dir: string;
let base: Store;
let snap: Store;
let original: string;
let variant: string;

beforeAll(async () => {
  const tokenizer = await loadTokenizer();
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-similar-'));
  const db = path.join(dir, 'atlas.duckdb');
  base = await Store.open(db);
  const deps = { store: base, tokenizer };
  for (const f of readdirSync(SAMPLES).filter((x) => x.endsWith('.txt'))) {
    await base.replaceDocuments([await prepareDocument(f, new Uint8Array(readFileSync(path.join(SAMPLES, f))), deps, {})]);
  }
  // The same matter under another title, without its only logging sentence.
  const text = readFileSync(path.join(SAMPLES, '002_66e96f0d6d40dccb.txt'), 'utf8');
  expect(text).toContain(LOGGING);
  await base.replaceDocuments([await prepareDocument('variant.txt', new TextEncoder().encode(text.replace(TITLE, VARIANT_TITLE).replace(LOGGING, '')), deps, {})]);
  await publishSnapshot(base);
  snap = await Store.open(snapshotPath(db), { readOnly: true });
  const id = async (title: string) => (await snap.all<{ matter_id: string }>(`SELECT matter_id FROM matters WHERE title = ?`, [title]))[0].matter_id;
  original = await id(TITLE);
  variant = await id(VARIANT_TITLE);
});

afterAll(() => {
  snap?.close();
  base?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('similarity index', () => {
  it('is built at publish, with the signatures the domain formula gives', async () => {
    expect((await similarMatters(base, variant))?.index).toBe(false);
    expect((await similarMatters(snap, variant))?.index).toBe(true);
    const ids = (await snap.all<{ matter_id: string }>(`SELECT matter_id FROM matters ORDER BY matter_id`)).map((r) => r.matter_id);
    expect((await snap.all<{ matter_id: string }>(`SELECT matter_id FROM sim_matters ORDER BY matter_id`)).map((r) => r.matter_id)).toEqual(ids);
    const df = new Map((await snap.all<{ lemma: string; df: number }>(`SELECT lemma, df FROM sim_lexicon`)).map((r) => [r.lemma, r.df]));
    for (const id of ids) {
      const postings = await snap.all<{ lemma: string; section: string; tf: number }>(`SELECT lemma, section, tf FROM postings WHERE matter_id = ?`, [id]);
      const expected = signature(weightedTf(postings), (l) => idf(df.get(l) ?? 0, ids.length));
      const stored = await snap.all<{ lemma: string; w: number }>(
        `SELECT l.lemma, t.w FROM sim_terms t JOIN sim_lexicon l USING (tid) JOIN sim_matters m USING (mid) WHERE m.matter_id = ?`,
        [id]
      );
      expect(stored.length).toBe(expected.size);
      for (const { lemma, w } of stored) expect(w).toBeCloseTo(expected.get(lemma) ?? -1, 5);
    }
  });
});

describe('similarMatters', () => {
  it('ranks the near-copy first and says what it has that the matter lacks, with the sentence', async () => {
    const r = (await similarMatters(snap, variant))!;
    expect(r.index).toBe(true);
    expect(r.similar.length).toBeLessThanOrEqual(5);
    expect(r.similar.map((s) => s.matter_id)).not.toContain(variant);
    const scores = r.similar.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const [top] = r.similar;
    expect(top.matter_id).toBe(original);
    expect(top.text).toBeGreaterThan(0.9);
    expect(top.profile).toBe(1);
    expect(top.shared_items).toEqual(expect.arrayContaining(['氏名', '住所']));
    const logging = top.missing.find((m) => m.category === 'logging');
    expect(logging?.label).toBe('ログの記録・監視');
    const [sentence] = await snap.all<{ text: string }>(`SELECT text FROM safeguards WHERE matter_id = ? AND seq = ? AND category = 'logging'`, [original, logging!.seq]);
    expect(sentence.text).toBe(LOGGING);
    expect(top.reason).toContain('この案件にない対策: ');
    expect(top.reason).toContain('ログの記録・監視');

    // The other way round: the copy lacks logging, so nothing of it is missing from the original.
    const back = (await similarMatters(snap, original))!;
    expect(back.similar[0].matter_id).toBe(variant);
    expect(back.similar[0].missing.map((m) => m.category)).not.toContain('logging');
    expect(await similarMatters(snap, 'no-such-matter')).toBeNull();
  });

  it('without the derived tables ranks by profile alone, with the same profile scores', async () => {
    const indexed = (await similarMatters(snap, variant))!;
    const plain = (await similarMatters(base, variant))!;
    expect(plain.index).toBe(false);
    expect(plain.similar.every((s) => s.text === null && s.score === s.profile)).toBe(true);
    for (const s of plain.similar) {
      const same = indexed.similar.find((x) => x.matter_id === s.matter_id);
      if (same) expect(same.profile).toBeCloseTo(s.profile);
    }
    expect(plain.similar.find((s) => s.matter_id === original)?.missing.map((m) => m.category)).toContain('logging');
  });

  it('serves the matter page: one ranking for the similar list and the peer gaps', async () => {
    const d = (await matterDetail(snap, variant))!;
    const r = (await similarMatters(snap, variant))!;
    expect(d.similar).toEqual(r);
    expect(d.peers.peers.map((p) => p.matter_id)).toEqual(r.similar.map((s) => s.matter_id));
    expect(d.peers.peers[0].similarity).toBe(r.similar[0].score);
    const two = (await matterDetail(snap, variant, { k: 2, share: 0.5 }))!.peers;
    expect(two.peers.map((p) => p.matter_id)).toEqual(r.similar.slice(0, 2).map((s) => s.matter_id));
    // Logging: the near-copy has it, so half of two peers is enough.
    expect(two.gaps.map((g) => g.category)).toContain('logging');
    expect(await matterDetail(snap, 'no-such-matter')).toBeNull();
  });
});

describe('matterDetail', () => {
  it('gives the same row as the matter list, on the snapshot and on the store', async () => {
    // The list reads matter_facts, which only the snapshot has; matterDetail works on both.
    const { rows } = await listMatters(snap, { limit: 100 });
    for (const s of [snap, base]) {
      expect(rows.length).toBe(7);
      for (const row of rows) expect((await matterDetail(s, row.matter_id))?.matter).toEqual(row);
    }
  });

  it('reads the same rows from matter_parts as from the base tables', async () => {
    const [{ n }] = await snap.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM matter_parts`);
    expect(n).toBeGreaterThan(0);
    for (const { matter_id } of (await listMatters(snap, { limit: 100 })).rows) {
      const fromParts = (await matterDetail(snap, matter_id))!;
      const fromBase = (await matterDetail(base, matter_id))!;
      for (const key of ['matter', 'items', 'media', 'sentences', 'gaps', 'sections', 'document'] as const) expect(fromParts[key]).toEqual(fromBase[key]);
      expect(fromParts.sentences.some((s) => s.categories.length > 1 || s.cues.length > 0)).toBe(true);
    }
    expect(await matterDetail(base, 'no-such-matter')).toBeNull();
  });
});
