import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { WORDING_COLUMNS, wordingHistory } from '$lib/server/store/wording';
import { twinResponse } from '$lib/server/twin';
import { categoryOr404, wordingRow } from '$lib/server/wording-params';
import type { RequestHandler } from './$types';

/** The wordings of one safeguard category, most used first, with their years and departments. */
export const GET: RequestHandler = async ({ url, params }) => {
  const category = categoryOr404(params.category);
  const filter = orBadRequest(parseFilter(url.searchParams));
  const groups = await wordingHistory(await getStore(), category, filter);
  return twinResponse(params.format, { name: `wording-${category}`, columns: WORDING_COLUMNS, rows: groups.map(wordingRow), json: groups });
};
