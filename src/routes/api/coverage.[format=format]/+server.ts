import { getStore } from '$lib/server/db';
import { orBadRequest, parseCoverage } from '$lib/server/filters';
import { coverage } from '$lib/server/store/dashboard';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** Coverage: share of each group's matters that have each safeguard category. */
export const GET: RequestHandler = async ({ url, params }) => {
  const { filter, options } = orBadRequest(parseCoverage(url.searchParams));
  const rows = await coverage(await getStore(), filter, options);
  return twinResponse(params.format, { name: 'coverage', columns: ['group', 'category', 'matters', 'covered', 'share', 'corrected'], rows });
};
