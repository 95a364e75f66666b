import { redirect } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { COMPARE_FIELDS, orBadRequest, parseComparison } from '$lib/server/filters';
import { compare } from '$lib/server/store/compare';
import { facets } from '$lib/server/store/dashboard';
import type { PageServerLoad } from './$types';

/** Two filter sets side by side. The page's form sends `a_…`/`b_…` fields; they become `a` and `b`. */
export const load: PageServerLoad = async ({ url }) => {
  const sp = url.searchParams;
  if ([...sp.keys()].some((k) => /^[ab]_/.test(k))) {
    const side = (p: 'a' | 'b') => {
      const q = new URLSearchParams();
      for (const f of COMPARE_FIELDS) {
        const v = sp.get(`${p}_${f}`)?.trim();
        if (v) q.set(f, v);
      }
      return q.toString();
    };
    redirect(303, `/compare?${new URLSearchParams({ a: side('a'), b: side('b') })}`);
  }
  const { a, b } = orBadRequest(parseComparison(sp));
  const store = await getStore();
  // Independent queries: the store's reader connections answer them side by side.
  const chosen = a.query !== '' || b.query !== '';
  const [options, comparison] = await Promise.all([facets(store, {}), chosen ? compare(store, a, b) : null]);
  return { a, b, comparison, options, fields: COMPARE_FIELDS };
};
