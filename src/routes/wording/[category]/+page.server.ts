import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { PAGE_SIZE } from '$lib/server/params';
import { pageOrError } from '$lib/server/page-param';
import { facets } from '$lib/server/store/dashboard';
import { wordingHistory } from '$lib/server/store/wording';
import { categoryOr404 } from '$lib/server/wording-params';
import { paramsOf } from '$lib/ui/filters';
import type { PageServerLoad } from './$types';

/** One category's wordings, most used first, paged. */
export const load: PageServerLoad = async ({ url, params: route }) => {
  const category = categoryOr404(route.category);
  const filter = orBadRequest(parseFilter(url.searchParams));
  const page = pageOrError(url.searchParams);
  const store = await getStore();
  // Independent queries: the store's reader connections answer them side by side.
  const [groups, facetCounts] = await Promise.all([wordingHistory(store, category, filter), facets(store, filter)]);
  return {
    category,
    total: groups.length,
    sentences: groups.reduce((n, g) => n + g.sentences, 0),
    groups: groups.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    page,
    pageSize: PAGE_SIZE,
    facets: facetCounts,
    params: paramsOf(url.searchParams)
  };
};
