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
  // One connection per store: queries run one after another.
  const years = (await overview(store, {})).fiscal_years;
  const fy = filter.fiscal_year ?? null;
  const list = await changes(store, filter, removedKeys(), { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const facetCounts = await facets(store, filter);
  return { ...list, fy, years, page, pageSize: PAGE_SIZE, facets: facetCounts, params: paramsOf(url.searchParams) };
};
