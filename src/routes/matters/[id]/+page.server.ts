import { error, fail } from '@sveltejs/kit';
import { correct, undo } from '$lib/server/correction-actions';
import { withPending } from '$lib/server/corrections';
import { readCorrections } from '$lib/server/corrections-file';
import { getStore } from '$lib/server/db';
import { matterLineage } from '$lib/server/lineage';
import { removeLink, restoreLink } from '$lib/server/lineage-edits';
import { correctionsEditable, republish, republishState } from '$lib/server/republish';
import { matterDetail } from '$lib/server/store/queries';
import type { Actions, PageServerLoad } from './$types';

async function detailOf(id: string) {
  const detail = await matterDetail(await getStore(), id);
  if (!detail) error(404, `案件が見つかりません: ${id}`);
  return detail;
}

/** One matter with everything the store knows about it (same data as /api/matters/[id].json), its versions and its corrections. */
export const load: PageServerLoad = async ({ params }) => {
  const store = await getStore();
  // Side by side on the store's reader connections; an unknown id has no lineage either.
  const [detail, lineage] = await Promise.all([matterDetail(store, params.id), matterLineage(store, params.id)]);
  if (!detail) error(404, `案件が見つかりません: ${params.id}`);
  const { sha256 } = detail.document;
  const seq = detail.matter.seq;
  const corrections = withPending(detail.corrections, readCorrections(), (c) => c.sha256 === sha256 && c.matter_seq === seq, () => ({ id: detail.matter.matter_id, title: detail.matter.title }));
  // A snapshot published without them (an ingest run given another corrections file): publish again.
  if (corrections.some((c) => c.status === 'pending') && correctionsEditable() && !republishState().running) void republish();
  return { detail: { ...detail, corrections }, lineage, editable: correctionsEditable(), publishing: republishState() };
};

/** The link the form names, which must touch this matter: a form cannot edit other matters' links. */
async function linkOf(request: Request, id: string): Promise<{ earlier: string; later: string } | null> {
  const form = await request.formData();
  const earlier = String(form.get('earlier') ?? '');
  const later = String(form.get('later') ?? '');
  if (!earlier || !later || earlier.length > 200 || later.length > 200 || (earlier !== id && later !== id)) return null;
  return { earlier, later };
}

/** A lineage edit written, or a 503 saying it could not be (the edits file is as it was). */
function saved(write: () => void, done: 'unlinked' | 'relinked') {
  try {
    write();
    return { done };
  } catch (e) {
    console.error(`lineage edits: cannot save: ${(e as Error).message}`);
    return fail(503, { message: 'つながりの変更を保存できませんでした（ディスクの空きが足りないか、書き込めません）。管理者にお知らせください。' });
  }
}

export const actions: Actions = {
  /** A wrong lineage link: removed for good (until restored), and the next candidate, if any, takes its place. */
  unlink: async ({ request, params }) => {
    const link = await linkOf(request, params.id);
    if (!link) return fail(400, { message: '削除するつながりの指定が不正です。' });
    return saved(() => removeLink(link.earlier, link.later), 'unlinked');
  },
  relink: async ({ request, params }) => {
    const link = await linkOf(request, params.id);
    if (!link) return fail(400, { message: '戻すつながりの指定が不正です。' });
    return saved(() => restoreLink(link.earlier, link.later), 'relinked');
  },
  /** A correction of a field, a data item, a medium or a safeguard sentence (corrections.ts). */
  correct: async ({ request, params, locals }) => correct(request, await detailOf(params.id), locals.access),
  undo: async ({ request, params, locals }) => undo(request, locals.access, await detailOf(params.id))
};
