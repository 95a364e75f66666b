import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { GAP_COLUMNS, gapRows } from '$lib/server/store/gaps';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** Every gap (rule and peer) of the filtered matters, riskiest matter first: the gap list's data. */
export const GET: RequestHandler = async ({ url, params }) => {
  const filter = orBadRequest(parseFilter(url.searchParams));
  const rows = await gapRows(await getStore(), filter);
  return twinResponse(params.format, { name: 'gaps', columns: GAP_COLUMNS, rows });
};
