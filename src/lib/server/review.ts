// The review page's data: what needs a person's look (store/review.ts) and every correction made,
// the served snapshot's record joined with the corrections file's pending entries.

import { error } from '@sveltejs/kit';
import { REVIEW_PROBLEMS, type CorrectionRow, type ReviewProblem } from '../view-types';
import { correctionRow, fromStored, withPending } from './corrections';
import { readCorrections } from './corrections-file';
import { storedCorrections } from './store/corrections';
import type { Store } from './store/store';

export const CORRECTION_COLUMNS = [
  'correction_id', 'matter_id', 'title', 'sha256', 'matter_seq', 'field', 'target_key', 'what', 'before', 'after', 'user_name', 'corrected_at', 'undone_by', 'undone_at', 'status'
] as const satisfies readonly (keyof CorrectionRow)[];

/** `problem`: one of REVIEW_PROBLEMS, or absent for all; a 400 in Japanese otherwise. */
export function problemOrError(sp: URLSearchParams): ReviewProblem | null {
  const v = sp.get('problem')?.trim();
  if (!v) return null;
  if (!(REVIEW_PROBLEMS as readonly string[]).includes(v)) error(400, `確認の種類（problem）の値が不正です: ${v.slice(0, 40)}（${REVIEW_PROBLEMS.join(', ')}）`);
  return v as ReviewProblem;
}

/** Every correction, oldest first, with how it stands in the data served (pending when not yet applied). */
export async function allCorrections(store: Store): Promise<CorrectionRow[]> {
  const stored = await storedCorrections(store);
  const rows = stored.map((s) => correctionRow(fromStored(s), s.status, s.matter_ref, s.title));
  const file = readCorrections();
  const known = new Set(stored.map((s) => s.correction_id));
  // The matters of corrections the snapshot has not seen yet.
  const where = new Map<string, { id: string | null; title: string | null }>();
  for (const c of file) {
    const key = `${c.sha256}/${c.matter_seq}`;
    if (known.has(c.id) || where.has(key)) continue;
    const [m] = await store.all<{ matter_id: string; title: string | null }>(
      'SELECT m.matter_id, m.title FROM matters m JOIN documents d USING (document_id) WHERE d.sha256 = $sha AND m.seq = $seq',
      { sha: c.sha256, seq: c.matter_seq }
    );
    where.set(key, { id: m?.matter_id ?? null, title: m?.title ?? null });
  }
  return withPending(rows, file, () => true, (c) => where.get(`${c.sha256}/${c.matter_seq}`) ?? { id: null, title: null });
}
