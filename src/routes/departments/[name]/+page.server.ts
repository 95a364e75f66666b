import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { orBadRequest, parseCoverage } from '$lib/server/filters';
import { coverage, overview } from '$lib/server/store/dashboard';
import { gapMatters } from '$lib/server/store/gaps';
import { listMatters } from '$lib/server/store/queries';
import { paramsOf, trendCategories } from '$lib/ui/filters';
import type { PageServerLoad } from './$types';

/** How many of the department's matters and gaps the page lists before linking to the full lists. */
const SHOWN = 10;

/** One department: its figures, coverage, gap rate trend, riskiest gaps and latest matters. */
export const load: PageServerLoad = async ({ url, params: route }) => {
  const name = route.name.trim();
  if (!name || name.length > 200) error(400, '部局名が不正です。');
  // The department is the page's own filter; the URL's other filters narrow it further.
  const sp = new URLSearchParams(url.searchParams);
  sp.set('department', name);
  const { filter, options } = orBadRequest(parseCoverage(sp));
  const store = await getStore();
  // Independent queries: the store's reader connections answer them side by side.
  const [figures, heat, gaps, latest] = await Promise.all([
    overview(store, filter),
    coverage(store, filter, { group: 'department', actor: options.actor, clauses: options.clauses }),
    gapMatters(store, filter, { limit: SHOWN, offset: 0 }),
    listMatters(store, { ...filter, sort: 'fiscal_year', desc: true, limit: SHOWN, offset: 0 })
  ]);
  if (figures.matters === 0 && Object.keys(filter).length === 1) error(404, `部局「${name}」の案件は登録されていません。`);
  const params = paramsOf(sp);
  return { name, overview: figures, coverage: heat, gaps, latest, params, actor: options.actor ?? 'any', clauses: options.clauses ?? false, categories: trendCategories(params), shown: SHOWN };
};
