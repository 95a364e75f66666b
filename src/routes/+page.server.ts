import { redirect } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { orBadRequest, parseCoverage } from '$lib/server/filters';
import { coverage, facets, overview } from '$lib/server/store/dashboard';
import { joinRepeatedCategories, paramsOf, trendCategories } from '$lib/ui/filters';
import { HEATMAP_ROWS, heatmapRows } from '$lib/ui/heatmap-rows';
import type { PageServerLoad } from './$types';

/** The overview: headline figures, the department × category heatmap and the filters' facets. */
export const load: PageServerLoad = async ({ url }) => {
  // The category picker submitted without JavaScript: fold its repeated fields into one list.
  const joined = joinRepeatedCategories(url.searchParams);
  if (joined !== null) redirect(303, `${url.pathname}?${joined}`);

  const { filter, options } = orBadRequest(parseCoverage(url.searchParams));
  const params = paramsOf(url.searchParams);
  const store = await getStore();
  // Independent queries: the store's reader connections answer them side by side.
  const [figures, heatmap, facetCounts] = await Promise.all([
    overview(store, filter),
    coverage(store, filter, { group: 'department', actor: options.actor, clauses: options.clauses }),
    facets(store, filter)
  ]);
  return {
    params,
    overview: figures,
    // The busiest departments' rows and the totals over all (rows=all: every row).
    heatmap: heatmapRows(heatmap, url.searchParams.get('rows') === 'all' ? null : HEATMAP_ROWS),
    facets: facetCounts,
    actor: options.actor ?? 'any',
    clauses: options.clauses ?? false,
    categories: trendCategories(params)
  };
};
