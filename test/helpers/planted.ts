// A store of the five samples plus planted versions of the Shinjuku post-natal care matter (002):
// renewals, a stated change, copies in another ward, and a copy lacking its logging sentence. The
// planted truth says which lineage links, rule gaps and peer gaps the store must find.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { prepareDocument } from '../../src/lib/ingest/prepare';
import { publishSnapshot, snapshotPath } from '../../src/lib/server/store/snapshot';
import { Store } from '../../src/lib/server/store/store';
import { loadTokenizer } from '../../src/lib/tokenizer/tokenizer';

const SAMPLES = path.join(import.meta.dirname, '..', 'fixtures', 'samples-text');
export const BASE_TITLE = '新宿区産後ケア事業に係る業務の委託について';
export const CHANGED_TITLE = '新宿区産後ケア宿泊事業に係る業務の委託内容の変更について';
export const LOGGING = '個人情報の漏えい防止対策としてログ管理を徹底させる。';
const PERIOD = '令和3年4月1日から令和4年3月31日まで';
const period = (y: number) => `令和${y}年4月1日から令和${y + 1}年3月31日まで`;

/** The planted documents: name → how it is made from sample 002's text. */
const PLANTED: Record<string, (t: string) => string> = {
  // FY2022, one data item fewer.
  renewal: (t) => t.replace(PERIOD, period(4)).replace('申請理由、', ''),
  // FY2023, a changed business that says so.
  change: (t) => t.replace(PERIOD, period(5)).replaceAll(BASE_TITLE, CHANGED_TITLE),
  // The same business in another ward, FY2022 and FY2023: linked to each other, never to Shinjuku's.
  other: (t) => t.replaceAll('新宿区', '中野区').replace(PERIOD, period(4)),
  otherRenewal: (t) => t.replaceAll('新宿区', '中野区').replace(PERIOD, period(5)),
  // FY2021 like the sample, another business, without the logging sentence: a rule gap and a peer gap.
  noLogging: (t) => t.replaceAll(BASE_TITLE, '新宿区母子健康相談事業に係る業務の委託について').replace(LOGGING, '')
};

/** Writes the planted documents as text files into `dir` (for tests that ingest folders). */
export function writePlantedFiles(dir: string): void {
  const text = readFileSync(path.join(SAMPLES, '002_66e96f0d6d40dccb.txt'), 'utf8');
  for (const [name, make] of Object.entries(PLANTED)) writeFileSync(path.join(dir, `${name}.txt`), make(text));
}

export interface Planted {
  dir: string;
  snap: Store;
  /** Matter id by planted name, and `base` for sample 002. */
  ids: Record<'base' | keyof typeof PLANTED, string>;
  close(): void;
}

export async function plantedStore(): Promise<Planted> {
  const tokenizer = await loadTokenizer();
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-planted-'));
  const db = path.join(dir, 'atlas.duckdb');
  const base = await Store.open(db);
  const deps = { store: base, tokenizer };
  for (const f of readdirSync(SAMPLES).filter((x) => x.endsWith('.txt'))) {
    await base.replaceDocuments([await prepareDocument(f, new Uint8Array(readFileSync(path.join(SAMPLES, f))), deps, {})]);
  }
  const text = readFileSync(path.join(SAMPLES, '002_66e96f0d6d40dccb.txt'), 'utf8');
  expect(text).toContain(PERIOD);
  expect(text).toContain(LOGGING);
  for (const [name, make] of Object.entries(PLANTED)) {
    await base.replaceDocuments([await prepareDocument(`${name}.txt`, new TextEncoder().encode(make(text)), deps, {})]);
  }
  await publishSnapshot(base);
  base.close();
  const snap = await Store.open(snapshotPath(db), { readOnly: true });
  const idOf = async (source: string) => (await snap.all<{ matter_id: string }>(`SELECT m.matter_id FROM matters m JOIN documents d USING (document_id) WHERE d.source_path LIKE $p`, { p: `%${source}` }))[0].matter_id;
  const ids = { base: await idOf('002_66e96f0d6d40dccb.txt') } as Planted['ids'];
  for (const name of Object.keys(PLANTED) as (keyof typeof PLANTED)[]) ids[name] = await idOf(`${name}.txt`);
  return {
    dir,
    snap,
    ids,
    close() {
      snap.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
