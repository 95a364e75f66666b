import { error, json } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { matterDetail } from '$lib/server/store/queries';
import type { RequestHandler } from './$types';

/** The matter with its items, media, safeguards, gaps and peer gaps. */
export const GET: RequestHandler = async ({ params }) => {
  const d = await matterDetail(await getStore(), params.id);
  if (!d) error(404, `案件が見つかりません: ${params.id}`);
  return json(d);
};
