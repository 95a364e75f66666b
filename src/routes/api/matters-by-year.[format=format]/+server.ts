import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { mattersByYear } from '$lib/server/store/dashboard';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** Matters by fiscal year and procedure. */
export const GET: RequestHandler = async ({ url, params }) => {
  const rows = await mattersByYear(await getStore(), orBadRequest(parseFilter(url.searchParams)));
  return twinResponse(params.format, { name: 'matters-by-year', columns: ['fiscal_year', 'procedure', 'matters'], rows });
};
