import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { RULE_COLUMNS, ruleStats } from '$lib/server/store/gaps';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** The expected-safeguard rules with the matters each fires on, under the filters. */
export const GET: RequestHandler = async ({ url, params }) => {
  const filter = orBadRequest(parseFilter(url.searchParams));
  const rows = await ruleStats(await getStore(), filter);
  return twinResponse(params.format, { name: 'rules', columns: RULE_COLUMNS, rows });
};
