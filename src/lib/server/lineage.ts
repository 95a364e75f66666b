// A matter's lineage with the user's removed links applied and named: for the matter page and its twin.

import type { Lineage } from '../view-types';
import { linkKey } from '../domain/lineage';
import { readEdits } from './lineage-edits';
import { lineageOf, titlesOf } from './store/lineage';
import type { Store } from './store/store';

export async function matterLineage(store: Store, id: string): Promise<Lineage> {
  const edits = readEdits();
  const removed = edits.removed.map((r) => linkKey(r.earlier, r.later));
  // The same snapshot and the same removed links give the same chain: remembered (Store.memo) and
  // shared, so this answer is a copy with the removed links of its own.
  const lineage = await store.memo(['lineage', id, removed], () => lineageOf(store, id, removed));
  const mine = edits.removed.filter((r) => r.earlier === id || r.later === id);
  const titles = await titlesOf(store, mine.map((r) => (r.earlier === id ? r.later : r.earlier)));
  return { ...lineage, removed: mine.map((r) => ({ earlier: r.earlier, later: r.later, at: r.at, title: titles.get(r.earlier === id ? r.later : r.earlier) ?? null })) };
}

/** The lineage as rows, one per linked version, for the CSV and Arrow twins. */
export const LINEAGE_COLUMNS = ['direction', 'matter_id', 'title', 'fiscal_year', 'earlier', 'later', 'kind', 'similarity', 'reason'] as const;

export function lineageRows(l: Lineage) {
  return [...l.earlier.map((s) => ({ direction: 'earlier', ...s })), ...l.later.map((s) => ({ direction: 'later', ...s }))];
}
