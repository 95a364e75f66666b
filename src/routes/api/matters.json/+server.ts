import { json } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { matterParamsOrError } from '$lib/server/params';
import { listMatters } from '$lib/server/store/queries';
import type { RequestHandler } from './$types';

/** The list page's rows as JSON: same params, same page of 50. */
export const GET: RequestHandler = async ({ url }) => {
  const { query } = matterParamsOrError(url.searchParams);
  const { total, rows } = await listMatters(await getStore(), query);
  return json({ total, rows });
};
