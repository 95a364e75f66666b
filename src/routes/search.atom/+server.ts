import { getTokenizer } from '$lib/server/analyzer';
import { atomResponse } from '$lib/server/atom';
import { getStore } from '$lib/server/db';
import { FEED_SIZE, searchFeedXml } from '$lib/server/search-feed';
import { orQueryError, searchParamsOrError } from '$lib/server/search-params';
import { searchMatters } from '$lib/server/store/search';
import type { RequestHandler } from './$types';

/** A saved search as an Atom feed: the newest matching matters, linking to their pages. */
export const GET: RequestHandler = async ({ url }) => {
  const { q, filter } = searchParamsOrError(url.searchParams);
  const [store, tokenizer] = await Promise.all([getStore(), getTokenizer()]);
  const r = await orQueryError(() => searchMatters(store, tokenizer, { q, filter, sort: 'newest', limit: FEED_SIZE, facets: false }));
  return atomResponse(searchFeedXml(r, url));
};
