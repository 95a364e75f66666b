import { getTokenizer } from '$lib/server/analyzer';
import { getStore } from '$lib/server/db';
import { orQueryError, searchParamsOrError } from '$lib/server/search-params';
import { SEARCH_COLUMNS, searchMatters, searchRows } from '$lib/server/store/search';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** The search page's results (same query, filters, sort and page as /search), best first. */
export const GET: RequestHandler = async ({ url, params }) => {
  const { q, filter, page, sort } = searchParamsOrError(url.searchParams);
  const [store, tokenizer] = await Promise.all([getStore(), getTokenizer()]);
  const r = await orQueryError(() => searchMatters(store, tokenizer, { q, filter, page, sort }));
  return twinResponse(params.format, {
    name: 'search',
    columns: SEARCH_COLUMNS,
    rows: searchRows(r),
    json: { q: r.q, phrase: r.phrase, sort: r.sort, total: r.total, page: r.page, limit: r.limit, results: r.results, facets: r.facets }
  });
};
