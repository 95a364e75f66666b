// Query-string parsing for the search page, its data twins and its Atom feed, so all of them
// answer the same URL with the same matters: q, every dashboard filter, sort and page.

import { error } from '@sveltejs/kit';
import { parseFilter, type Parsed } from './filters';
import type { MatterFilter } from './store/dashboard';
import { SEARCH_SORTS, SearchQueryError, SearchUnavailableError, type SearchSort } from './store/search';

export interface SearchParams {
  /** The query as typed; empty when none was given. */
  q: string;
  filter: MatterFilter;
  page: number;
  sort: SearchSort;
}

const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
const isSort = (s: string): s is SearchSort => (SEARCH_SORTS as readonly string[]).includes(s);

export function parseSearchParams(sp: URLSearchParams): Parsed<SearchParams> {
  const filter = parseFilter(sp);
  if (!filter.ok) return filter;
  const q = sp.get('q')?.trim() ?? '';
  const sort = sp.get('sort')?.trim() || 'relevance';
  if (!isSort(sort)) return { ok: false, message: `並び順（sort）の値が不正です: ${shown(sort)}（${SEARCH_SORTS.join(', ')}）` };
  const p = sp.get('page')?.trim() || '1';
  if (!/^\d{1,6}$/.test(p) || Number(p) < 1) return { ok: false, message: `ページ（page）は1以上の整数で指定してください: ${shown(p)}` };
  return { ok: true, value: { q, filter: filter.value, page: Number(p), sort } };
}

/** For the twins and the feed: the params with a query, or a 400 with the Japanese message. */
export function searchParamsOrError(sp: URLSearchParams): SearchParams {
  const r = parseSearchParams(sp);
  if (!r.ok) error(400, r.message);
  if (!r.value.q) error(400, '検索語（q）を指定してください。例: ?q=暗号化');
  return r.value;
}

/**
 * Runs a search for a route: a query the user must rephrase answers 400 with its reason, a
 * snapshot without search tables 503.
 */
export async function orQueryError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof SearchQueryError) error(400, e.message);
    if (e instanceof SearchUnavailableError) error(503, e.message);
    throw e;
  }
}
