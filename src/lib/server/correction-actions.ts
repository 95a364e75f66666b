// The matter page's correction forms: read, checked against what the matter shows now, saved to
// the corrections file with who made them, then published (republish.ts). Undo marks a correction
// as undone. Each refusal is a 4xx with a Japanese message.

import { fail } from '@sveltejs/kit';
import { CORRECTABLE_FIELDS, CorrectionError, correctionsFromForm, type CorrectableField, type Correction, type CurrentMatter, type FieldValue } from '../domain/corrections';
import type { Access } from '../domain/access';
import type { MatterDetail } from '../view-types';
import { addCorrection, readCorrections, undoCorrection } from './corrections-file';
import { correctionsEditable, republish } from './republish';

export function currentOf(d: MatterDetail): CurrentMatter {
  const m = d.matter as unknown as Record<string, FieldValue>;
  const fields = Object.fromEntries(Object.keys(CORRECTABLE_FIELDS).map((f) => [f, m[f] ?? null])) as Record<CorrectableField, FieldValue>;
  return {
    fields,
    items: d.items.map(({ item, subject, sensitive }) => ({ item, subject, sensitive })),
    media: d.media.map(({ medium }) => ({ medium })),
    sentences: d.sentences.map(({ seq, categories, actor }) => ({ seq, categories, actor }))
  };
}

async function formOf(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

const PUBLISH_WAIT_MS = 3_000;

/** Writing the corrections file failed (a full disk, a read-only folder): the file is as it was. */
function unsaved(e: unknown) {
  const err = e as NodeJS.ErrnoException;
  console.error(`corrections: cannot save: ${err.message}`);
  const why = err.code === 'ENOSPC' ? 'ディスクの空きが足りない' : err instanceof CorrectionError ? err.message : 'ファイルに書き込めない';
  return fail(503, { correctionError: `修正を保存できませんでした（${why}）。これまでの修正はそのまま残っています。管理者にお知らせください。` });
}

/** Waits a little for the publish, so a small store shows the correction on the page that follows. */
async function publishSoon(): Promise<void> {
  await Promise.race([republish(), new Promise((r) => setTimeout(r, PUBLISH_WAIT_MS))]);
}

export async function correct(request: Request, detail: MatterDetail, access: Access | null) {
  if (!correctionsEditable()) return fail(409, { correctionError: 'Parquet の公開データを表示しているため、ここでは修正できません。元のデータストアで修正してください。' });
  const form = await formOf(request);
  if (!form) return fail(400, { correctionError: '送信されたフォームを読み取れません。' });
  let made;
  try {
    const values = { get: (k: string) => (typeof form.get(k) === 'string' ? (form.get(k) as string) : undefined), all: (k: string) => form.getAll(k).filter((v): v is string => typeof v === 'string') };
    made = correctionsFromForm(values, currentOf(detail));
  } catch (e) {
    if (e instanceof CorrectionError) return fail(400, { correctionError: e.message });
    throw e;
  }
  try {
    for (const { target, before } of made) addCorrection({ sha256: detail.document.sha256, matter_seq: detail.matter.seq, target, before, user: access?.user ?? null });
  } catch (e) {
    return unsaved(e);
  }
  await publishSoon();
  return { done: 'corrected' as const, count: made.length };
}

/**
 * Marks the form's correction undone. `detail`: only that matter's corrections (its page); none
 * for any matter's (the review page).
 */
export async function undo(request: Request, access: Access | null, detail?: MatterDetail) {
  if (!correctionsEditable()) return fail(409, { correctionError: 'Parquet の公開データを表示しているため、ここでは修正できません。' });
  const form = await formOf(request);
  const id = form?.get('correction');
  if (typeof id !== 'string' || id.length > 100) return fail(400, { correctionError: '取り消す修正の指定が不正です。' });
  const mine = (c: Correction) => !detail || (c.sha256 === detail.document.sha256 && c.matter_seq === detail.matter.seq);
  try {
    if (!readCorrections().some((c) => c.id === id && mine(c))) return fail(404, { correctionError: detail ? 'この案件に、その修正はありません。' : 'その修正はありません。' });
    if (!undoCorrection(id, access?.user ?? null)) return fail(409, { correctionError: 'その修正はすでに取り消されています。' });
  } catch (e) {
    return unsaved(e);
  }
  await publishSoon();
  return { done: 'undone' as const, count: 1 };
}
