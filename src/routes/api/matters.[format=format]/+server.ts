import { getStore } from '$lib/server/db';
import { matterParamsOrError } from '$lib/server/params';
import { listMatters, MATTER_COLUMNS } from '$lib/server/store/queries';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** The matter list's rows (same filters, sort and page as /matters). */
export const GET: RequestHandler = async ({ url, params }) => {
  const { query } = matterParamsOrError(url.searchParams);
  const { total, rows } = await listMatters(await getStore(), query);
  return twinResponse(params.format, { name: 'matters', columns: MATTER_COLUMNS, rows, json: { total, rows } });
};
