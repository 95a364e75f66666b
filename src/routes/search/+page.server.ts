import { error } from '@sveltejs/kit';
import { getTokenizer } from '$lib/server/analyzer';
import { getStore } from '$lib/server/db';
import { orBadRequest } from '$lib/server/filters';
import { parseSearchParams } from '$lib/server/search-params';
import { searchMatters, SearchQueryError, SearchUnavailableError } from '$lib/server/store/search';
import { paramsOf } from '$lib/ui/filters';
import type { PageServerLoad } from './$types';

/** Precedent search: ranked matters with snippets and facets; no query shows the form and its syntax. */
export const load: PageServerLoad = async ({ url }) => {
  const { q, filter, page, sort } = orBadRequest(parseSearchParams(url.searchParams));
  const params = paramsOf(url.searchParams);
  if (!q) return { params, result: null, queryError: null };
  const [store, tokenizer] = await Promise.all([getStore(), getTokenizer()]);
  try {
    return { params, result: await searchMatters(store, tokenizer, { q, filter, page, sort }), queryError: null };
  } catch (e) {
    // A query to rephrase is shown on the page, next to the form, not as an error page.
    if (e instanceof SearchQueryError) return { params, result: null, queryError: e.message };
    if (e instanceof SearchUnavailableError) error(503, e.message);
    throw e;
  }
};
