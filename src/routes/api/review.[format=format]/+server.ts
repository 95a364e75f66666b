import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { problemOrError } from '$lib/server/review';
import { REVIEW_COLUMNS, reviewList, reviewSummary } from '$lib/server/store/review';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** Every matter needing a look (or with one problem), under the filters: the review page's list. JSON adds the counts. */
export const GET: RequestHandler = async ({ url, params }) => {
  const filter = orBadRequest(parseFilter(url.searchParams));
  const problem = problemOrError(url.searchParams);
  const store = await getStore();
  const [summary, { total, rows }] = await Promise.all([reviewSummary(store, filter), reviewList(store, filter, problem, 1, 10_000)]);
  return twinResponse(params.format, { name: 'review', columns: REVIEW_COLUMNS, rows, json: { ...summary, total, rows } });
};
