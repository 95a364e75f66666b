import { getStore } from '$lib/server/db';
import { matterParamsOrError, PAGE_SIZE } from '$lib/server/params';
import { facets } from '$lib/server/store/dashboard';
import { listMatters } from '$lib/server/store/queries';
import { paramsOf } from '$lib/ui/filters';
import type { PageServerLoad } from './$types';

/** The matter list: every dashboard filter, sortable and paginated, with the filters' facets. */
export const load: PageServerLoad = async ({ url }) => {
  const { query, page } = matterParamsOrError(url.searchParams);
  const { sort: _sort, desc: _desc, limit: _limit, offset: _offset, ...filter } = query;
  const store = await getStore();
  // Independent queries: the store's reader connections answer them side by side.
  const [{ total, rows }, facetCounts] = await Promise.all([listMatters(store, query), facets(store, filter)]);
  return { total, rows, page, pageSize: PAGE_SIZE, facets: facetCounts, params: paramsOf(url.searchParams) };
};
