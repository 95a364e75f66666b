import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { matterDetail } from '$lib/server/store/queries';
import type { PageServerLoad } from './$types';

/** One matter with everything the store knows about it (same data as /api/matters/[id].json). */
export const load: PageServerLoad = async ({ params }) => {
  const detail = await matterDetail(await getStore(), params.id);
  if (!detail) error(404, `案件が見つかりません: ${params.id}`);
  return { detail };
};
