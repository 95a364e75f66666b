// Scale benchmarks of the matter page and the draft check: a store grown by copying its rows under
// new ids, published, then timed. Used by scripts/bench-similar.ts; returns plain numbers.

import { copyFileSync, rmSync } from 'node:fs';
import type { Tokenizer } from '../../domain/postings';
import { MATTER_TABLES } from './schema';
import { publishSnapshot, snapshotPath } from './snapshot';
import { Store } from './store';

/**
 * Copies `source` to `target` and appends copies−1 copies of every document and matter row, ids
 * suffixed -r1, -r2, …, then publishes the snapshot (derived tables included). Returns the seconds
 * the publish took. Copies are identical: each matter's most similar matters are its copies.
 */
export async function replicateStore(source: string, target: string, copies: number): Promise<{ matters: number; publish_s: number }> {
  rmSync(target, { force: true });
  rmSync(snapshotPath(target), { force: true });
  copyFileSync(source, target);
  const store = await Store.open(target);
  try {
    await store.connection.run('BEGIN TRANSACTION');
    for (let r = 1; r < copies; r++) {
      // Suffixes are numbers from this loop, never input.
      const s = `'-r${r}'`;
      const original = (col: string) => `${col} NOT LIKE '%-r%'`;
      await store.connection.run(`INSERT INTO documents SELECT * REPLACE (document_id || ${s} AS document_id, source_path || ${s} AS source_path) FROM documents WHERE ${original('document_id')}`);
      await store.connection.run(`INSERT INTO matters SELECT * REPLACE (matter_id || ${s} AS matter_id, document_id || ${s} AS document_id) FROM matters WHERE ${original('matter_id')}`);
      for (const t of MATTER_TABLES) await store.connection.run(`INSERT INTO ${t} SELECT * REPLACE (matter_id || ${s} AS matter_id) FROM ${t} WHERE ${original('matter_id')}`);
    }
    await store.connection.run('COMMIT');
    const t0 = performance.now();
    await publishSnapshot(store);
    const publish_s = (performance.now() - t0) / 1000;
    return { matters: (await store.counts()).matters, publish_s: Number(publish_s.toFixed(1)) };
  } finally {
    store.close();
  }
}

export interface Timing {
  n: number;
  p50_ms: number;
  p95_ms: number;
}

const timing = (xs: number[]): Timing => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => Number(s[Math.floor(q * (s.length - 1))].toFixed(1));
  return { n: s.length, p50_ms: at(0.5), p95_ms: at(0.95) };
};

export interface ScaleBench {
  matters: number;
  /** First use of the similarity: loading the index from the snapshot. */
  index_load_ms: number;
  /** matterDetail: everything the matter page shows, similar matters included. */
  matter_detail: Timing;
  similar_matters: Timing;
  /** checkDraft on a sample text (analysis included). */
  check_draft: Timing;
}

/** Times the matter page's data and the draft check on a published snapshot, after a warm-up. */
export async function benchScale(db: string, tokenizer: Tokenizer, draft: string, samples = 300): Promise<ScaleBench> {
  const { matterDetail } = await import('./queries');
  const { similarityIndex, similarMatters } = await import('./similar');
  const { checkDraft } = await import('../check');
  const store = await Store.open(snapshotPath(db), { readOnly: true });
  try {
    const [{ matters }] = await store.all<{ matters: number }>('SELECT count(*)::INTEGER AS matters FROM matters');
    let t0 = performance.now();
    await similarityIndex(store);
    const index_load_ms = Math.round(performance.now() - t0);
    // The first `warm` matters fill DuckDB's buffers and are not counted.
    const warm = 50;
    const ids = (await store.all<{ matter_id: string }>(`SELECT matter_id FROM matters USING SAMPLE ${samples + warm} ROWS`)).map((r) => r.matter_id);
    const detail: number[] = [];
    const similar: number[] = [];
    for (const [i, id] of ids.entries()) {
      t0 = performance.now();
      await matterDetail(store, id);
      const a = performance.now() - t0;
      t0 = performance.now();
      await similarMatters(store, id);
      if (i >= warm) {
        detail.push(a);
        similar.push(performance.now() - t0);
      }
    }
    const check: number[] = [];
    for (let i = 0; i < 12; i++) {
      t0 = performance.now();
      await checkDraft(store, tokenizer, draft);
      if (i >= 2) check.push(performance.now() - t0);
    }
    return { matters, index_load_ms, matter_detail: timing(detail), similar_matters: timing(similar), check_draft: timing(check) };
  } finally {
    store.close();
  }
}
