import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { pageOrError } from '$lib/server/page-param';
import { GAP_PAGE_SIZE } from '$lib/server/params';
import { facets } from '$lib/server/store/dashboard';
import { gapMatters, gapRates } from '$lib/server/store/gaps';
import { paramsOf } from '$lib/ui/filters';
import type { PageServerLoad } from './$types';

/** The gap list: matters with rule or peer gaps, riskiest first, with gap rates by department and year. */
export const load: PageServerLoad = async ({ url }) => {
  const filter = orBadRequest(parseFilter(url.searchParams));
  const page = pageOrError(url.searchParams);
  const store = await getStore();
  // Independent queries: the store's reader connections answer them side by side.
  const [list, rates, byYear, facetCounts] = await Promise.all([
    gapMatters(store, filter, { limit: GAP_PAGE_SIZE, offset: (page - 1) * GAP_PAGE_SIZE }),
    gapRates(store, filter, 'department'),
    gapRates(store, filter, 'fiscal_year'),
    facets(store, filter)
  ]);
  // Departments with the most matters with gaps first: those are where staff go first.
  const byDepartment = [...rates].sort((a, b) => b.gap_matters - a.gap_matters || b.matters - a.matters || a.group.localeCompare(b.group));
  return { ...list, page, pageSize: GAP_PAGE_SIZE, byDepartment, byYear, facets: facetCounts, params: paramsOf(url.searchParams) };
};
