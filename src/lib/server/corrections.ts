// Corrections as the views show them: the served snapshot's record (which corrections it applied,
// and how each stands) joined with the corrections file, whose newest entries a snapshot may not
// have applied yet (pending, until the republish that follows each correction lands).

import { correctedField, describeTarget, shownValue, targetKey, type Correction, type CorrectionTarget, type FieldValue } from '../domain/corrections';
import type { CorrectionRow } from '../view-types';
import type { StoredCorrection } from './store/corrections';


export function correctionRow(c: Correction, status: CorrectionRow['status'], matter_id: string | null, title: string | null): CorrectionRow {
  const { what, after } = describeTarget(c.target);
  return {
    correction_id: c.id,
    matter_id,
    sha256: c.sha256,
    matter_seq: c.matter_seq,
    field: correctedField(c.target),
    target_key: targetKey(c.target),
    what,
    before: shownValue(c.before as FieldValue | boolean),
    after,
    user_name: c.user,
    corrected_at: c.at,
    undone_by: c.undone?.user ?? null,
    undone_at: c.undone?.at ?? null,
    status,
    title
  };
}

/** A stored row back as the correction it records. */
export function fromStored(s: StoredCorrection): Correction {
  return {
    id: s.correction_id,
    sha256: s.sha256,
    matter_seq: s.matter_seq,
    target: JSON.parse(s.target) as CorrectionTarget,
    before: s.before === null ? null : (JSON.parse(s.before) as FieldValue),
    user: s.user_name,
    at: s.corrected_at,
    ...(s.undone_at ? { undone: { user: s.undone_by, at: s.undone_at } } : {})
  };
}

/**
 * The rows to show: the served snapshot's (`stored`, as rows), and every correction of the file
 * that `wanted` picks which the snapshot has not applied in its present state, as pending. Oldest first.
 */
export function withPending(stored: CorrectionRow[], file: readonly Correction[], wanted: (c: Correction) => boolean, matterOf: (c: Correction) => { id: string | null; title: string | null }): CorrectionRow[] {
  const byId = new Map(stored.map((s) => [s.correction_id, s]));
  const rows = new Map(stored.map((s) => [s.correction_id, s]));
  for (const c of file) {
    if (!wanted(c)) continue;
    const s = byId.get(c.id);
    if (s && (s.undone_at !== null) === Boolean(c.undone)) continue;
    const m = matterOf(c);
    rows.set(c.id, correctionRow(c, 'pending', m.id ?? s?.matter_id ?? null, m.title ?? s?.title ?? null));
  }
  return [...rows.values()].sort((a, b) => a.corrected_at.localeCompare(b.corrected_at) || a.correction_id.localeCompare(b.correction_id));
}
