import { error, fail } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { matterLineage } from '$lib/server/lineage';
import { removeLink, restoreLink } from '$lib/server/lineage-edits';
import { matterDetail } from '$lib/server/store/queries';
import type { Actions, PageServerLoad } from './$types';

/** One matter with everything the store knows about it (same data as /api/matters/[id].json), and its versions. */
export const load: PageServerLoad = async ({ params }) => {
  const store = await getStore();
  // Side by side on the store's reader connections; an unknown id has no lineage either.
  const [detail, lineage] = await Promise.all([matterDetail(store, params.id), matterLineage(store, params.id)]);
  if (!detail) error(404, `案件が見つかりません: ${params.id}`);
  return { detail, lineage };
};

/** The link the form names, which must touch this matter: a form cannot edit other matters' links. */
async function linkOf(request: Request, id: string): Promise<{ earlier: string; later: string } | null> {
  const form = await request.formData();
  const earlier = String(form.get('earlier') ?? '');
  const later = String(form.get('later') ?? '');
  if (!earlier || !later || earlier.length > 200 || later.length > 200 || (earlier !== id && later !== id)) return null;
  return { earlier, later };
}

export const actions: Actions = {
  /** A wrong lineage link: removed for good (until restored), and the next candidate, if any, takes its place. */
  unlink: async ({ request, params }) => {
    const link = await linkOf(request, params.id);
    if (!link) return fail(400, { message: '削除するつながりの指定が不正です。' });
    removeLink(link.earlier, link.later);
    return { done: 'unlinked' };
  },
  relink: async ({ request, params }) => {
    const link = await linkOf(request, params.id);
    if (!link) return fail(400, { message: '戻すつながりの指定が不正です。' });
    restoreLink(link.earlier, link.later);
    return { done: 'relinked' };
  }
};
