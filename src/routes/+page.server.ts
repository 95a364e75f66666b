import { getStore } from '$lib/server/db';
import { matterParamsOrError, PAGE_SIZE } from '$lib/server/params';
import { listMatters } from '$lib/server/store/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const { query, page } = matterParamsOrError(url.searchParams);
  const store = await getStore();
  const { total, rows } = await listMatters(store, query);
  // Filters decide which empty state to show: "nothing stored" vs "nothing matches".
  const filtered = ['municipality', 'department', 'procedure', 'fy_from', 'fy_to'].some((k) => url.searchParams.get(k)?.trim());
  return { total, rows, page, pageSize: PAGE_SIZE, filtered, params: Object.fromEntries(url.searchParams) };
};
