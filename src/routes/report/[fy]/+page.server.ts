import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { buildReport, reportYear } from '$lib/server/report';
import { overview } from '$lib/server/store/dashboard';
import { paramsOf } from '$lib/ui/filters';
import type { PageServerLoad } from './$types';

/** The annual summary of one fiscal year under the dashboard's filters (a municipality, say). */
export const load: PageServerLoad = async ({ url, params }) => {
  const fy = reportYear(params.fy);
  if (!fy.ok) error(400, fy.message);
  const filter = orBadRequest(parseFilter(url.searchParams));
  const store = await getStore();
  const [report, all] = await Promise.all([buildReport(store, fy.value, filter), overview(store, {})]);
  return { report, years: all.fiscal_years, params: paramsOf(url.searchParams) };
};
