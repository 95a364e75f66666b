import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { wordingCategories } from '$lib/server/store/wording';
import { paramsOf } from '$lib/ui/filters';
import type { PageServerLoad } from './$types';

/** The categories whose wording history can be read, with how many sentences each has. */
export const load: PageServerLoad = async ({ url }) => {
  const filter = orBadRequest(parseFilter(url.searchParams));
  return { categories: await wordingCategories(await getStore(), filter), params: paramsOf(url.searchParams) };
};
