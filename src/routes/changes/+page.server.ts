import { getStore } from '$lib/server/db';
import { changesFilter } from '$lib/server/changes-params';
import { removedKeys } from '$lib/server/lineage-edits';
import { pageOrError } from '$lib/server/page-param';
import { PAGE_SIZE } from '$lib/server/params';
import { facets, overview } from '$lib/server/store/dashboard';
import { changes } from '$lib/server/store/lineage';
import { paramsOf } from '$lib/ui/filters';
import type { PageServerLoad } from './$types';

/** What changed in a year: each matter linked to an earlier version, with the differences, for the annual report. */
export const load: PageServerLoad = async ({ url }) => {
  const filter = changesFilter(url.searchParams);
  const page = pageOrError(url.searchParams);
  const store = await getStore();
  // Independent queries: the store's reader connections answer them side by side.
  const [all, list, facetCounts] = await Promise.all([
    overview(store, {}),
    changes(store, filter, removedKeys(), { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    facets(store, filter)
  ]);
  const years = all.fiscal_years;
  const fy = filter.fiscal_year ?? null;
  return { ...list, fy, years, page, pageSize: PAGE_SIZE, facets: facetCounts, params: paramsOf(url.searchParams) };
};
