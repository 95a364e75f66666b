import { getStore } from '$lib/server/db';
import { orBadRequest, parseGapRates } from '$lib/server/filters';
import { GAP_RATE_COLUMNS, gapRates } from '$lib/server/store/gaps';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** Share of matters with a gap, per department or per fiscal year (`group`). */
export const GET: RequestHandler = async ({ url, params }) => {
  const { filter, group } = orBadRequest(parseGapRates(url.searchParams));
  const rows = await gapRates(await getStore(), filter, group);
  return twinResponse(params.format, { name: `gap-rates-${group}`, columns: GAP_RATE_COLUMNS, rows });
};
