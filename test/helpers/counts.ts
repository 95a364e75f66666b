// Row counts of a store's main tables, for tests that check what a write or an export left.

import type { Store } from '../../src/lib/server/store/store';

export interface Counts {
  documents: number;
  matters: number;
  items: number;
  safeguards: number;
}

export async function counts(s: Store): Promise<Counts> {
  const [r] = await s.all<Counts>(
    `SELECT (SELECT count(*) FROM documents)::INTEGER AS documents, (SELECT count(*) FROM matters)::INTEGER AS matters,
            (SELECT count(*) FROM data_items)::INTEGER AS items, (SELECT count(*) FROM safeguard_sentences)::INTEGER AS safeguards`
  );
  return r;
}
