import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { overview } from '$lib/server/store/dashboard';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** Headline figures of the overview. */
export const GET: RequestHandler = async ({ url, params }) => {
  const o = await overview(await getStore(), orBadRequest(parseFilter(url.searchParams)));
  return twinResponse(params.format, {
    name: 'overview',
    columns: ['documents', 'matters', 'municipalities', 'departments', 'fy_min', 'fy_max', 'fiscal_years', 'sensitive_matters', 'sensitive_share', 'gap_matters', 'gap_share', 'review_matters', 'review_documents', 'unrecognised_documents'],
    rows: [o],
    json: o
  });
};
