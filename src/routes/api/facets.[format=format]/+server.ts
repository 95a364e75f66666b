import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { facets } from '$lib/server/store/dashboard';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** Each filter dimension's values with their matter counts under the other active filters. */
export const GET: RequestHandler = async ({ url, params }) => {
  const f = await facets(await getStore(), orBadRequest(parseFilter(url.searchParams)));
  const rows = Object.entries(f).flatMap(([dimension, values]) => values.map((v) => ({ dimension, value: v.value, count: v.count })));
  return twinResponse(params.format, { name: 'facets', columns: ['dimension', 'value', 'count'], rows, json: f });
};
