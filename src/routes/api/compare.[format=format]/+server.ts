import { getStore } from '$lib/server/db';
import { orBadRequest, parseComparison } from '$lib/server/filters';
import { compare, COMPARE_COLUMNS } from '$lib/server/store/compare';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** Coverage per category of two filter sets (`a`, `b`) and the difference; JSON adds both sides' figures. */
export const GET: RequestHandler = async ({ url, params }) => {
  const { a, b } = orBadRequest(parseComparison(url.searchParams));
  const c = await compare(await getStore(), a, b);
  return twinResponse(params.format, { name: 'compare', columns: COMPARE_COLUMNS, rows: c.rows, json: c });
};
