import { undo } from '$lib/server/correction-actions';
import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { pageOrError } from '$lib/server/page-param';
import { correctionsEditable } from '$lib/server/republish';
import { allCorrections, problemOrError } from '$lib/server/review';
import { facets } from '$lib/server/store/dashboard';
import { REVIEW_PAGE_SIZE, reviewList, reviewSummary } from '$lib/server/store/review';
import { paramsOf } from '$lib/ui/filters';
import type { Actions, PageServerLoad } from './$types';

/** What needs a person's look, under the filters, and every correction made. */
export const load: PageServerLoad = async ({ url }) => {
  const filter = orBadRequest(parseFilter(url.searchParams));
  const problem = problemOrError(url.searchParams);
  const page = pageOrError(url.searchParams);
  const store = await getStore();
  // Independent queries: the store's reader connections answer them side by side.
  const [summary, list, corrections, facetCounts] = await Promise.all([
    reviewSummary(store, filter),
    reviewList(store, filter, problem, page),
    allCorrections(store),
    facets(store, filter)
  ]);
  return { summary, ...list, problem, page, pageSize: REVIEW_PAGE_SIZE, corrections, facets: facetCounts, params: paramsOf(url.searchParams), editable: correctionsEditable() };
};

export const actions: Actions = {
  undo: async ({ request, locals }) => undo(request, locals.access)
};
