// A matter's lineage with the user's removed links applied and named: for the matter page and its twin.

import type { Lineage } from '../view-types';
import { readEdits, removedKeys } from './lineage-edits';
import { lineageOf, titlesOf } from './store/lineage';
import type { Store } from './store/store';

export async function matterLineage(store: Store, id: string): Promise<Lineage> {
  const lineage = await lineageOf(store, id, removedKeys());
  const mine = readEdits().removed.filter((r) => r.earlier === id || r.later === id);
  const titles = await titlesOf(store, mine.map((r) => (r.earlier === id ? r.later : r.earlier)));
  lineage.removed = mine.map((r) => ({ earlier: r.earlier, later: r.later, at: r.at, title: titles.get(r.earlier === id ? r.later : r.earlier) ?? null }));
  return lineage;
}

/** The lineage as rows, one per linked version, for the CSV and Arrow twins. */
export const LINEAGE_COLUMNS = ['direction', 'matter_id', 'title', 'fiscal_year', 'earlier', 'later', 'kind', 'similarity', 'reason'] as const;

export function lineageRows(l: Lineage) {
  return [...l.earlier.map((s) => ({ direction: 'earlier', ...s })), ...l.later.map((s) => ({ direction: 'later', ...s }))];
}
