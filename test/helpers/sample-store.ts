// A store of sample texts (prepared with the character tokenizer) with its snapshot published, and
// the ids of one matter to send requests about (test/helpers/routes.ts).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prepareDocument } from '../../src/lib/ingest/prepare';
import { publishSnapshot } from '../../src/lib/server/store/snapshot';
import { Store } from '../../src/lib/server/store/store';
import { charTokenizer } from './fakes';
import type { RouteIds } from './routes';

const SAMPLES = path.join(import.meta.dirname, '..', 'fixtures', 'samples-text');

export const prepareSample = (stem: string) => {
  const file = path.join(SAMPLES, `${stem}.txt`);
  return prepareDocument(file, new Uint8Array(readFileSync(file)), { tokenizer: charTokenizer }, {});
};

/** The first matter with a fiscal year and a department. */
export async function idsOf(store: Store): Promise<RouteIds> {
  const [m] = await store.all<{ matter_id: string; document_id: string; fiscal_year: number; department: string }>(
    'SELECT matter_id, document_id, fiscal_year, department FROM matters WHERE fiscal_year IS NOT NULL AND department IS NOT NULL ORDER BY matter_id LIMIT 1'
  );
  return { matter: m.matter_id, document: m.document_id, fy: m.fiscal_year, department: m.department };
}

/** Writes the samples into a store at `db`, publishes its snapshot and returns one matter's ids. */
export async function sampleStore(db: string, stems = ['002_66e96f0d6d40dccb', '004_9d5b84f7b5669ee4']): Promise<RouteIds> {
  const s = await Store.open(db);
  try {
    await s.replaceDocuments(await Promise.all(stems.map(prepareSample)));
    await publishSnapshot(s);
    return await idsOf(s);
  } finally {
    s.close();
  }
}
