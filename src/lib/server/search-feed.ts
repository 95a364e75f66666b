// A saved search as an Atom feed: the newest matters that match, each linking to its page.

import { paramsOf } from '../ui/filters';
import { fiscalYearLabel, procedureLabel } from '../ui/format';
import { snippetText } from '../domain/search/snippets';
import { SEARCH_PATH, searchCaption } from '../ui/search';
import { atomXml } from './atom';
import type { SearchResult } from './store/search';

/** Entries in a feed: enough for a reader to catch up between visits. */
export const FEED_SIZE = 50;

/** `url` is the feed's own request URL; links are made absolute from its origin. */
export function searchFeedXml(r: SearchResult, url: URL): string {
  const params = paramsOf(url.searchParams);
  const page = new URL(SEARCH_PATH, url.origin);
  page.search = url.search;
  const entries = r.results.map((h) => ({
    id: new URL(`/matters/${encodeURIComponent(h.matter_id)}`, url.origin).href,
    title: h.title || '（件名なし）',
    href: new URL(`/matters/${encodeURIComponent(h.matter_id)}`, url.origin).href,
    updated: h.ingested_at,
    published: h.council_date ? `${h.council_date}T00:00:00+09:00` : null,
    categories: [h.municipality, h.department, procedureLabel(h.procedure)].filter((c): c is string => Boolean(c)),
    summary: [
      [h.municipality, h.department, fiscalYearLabel(h.fiscal_year), procedureLabel(h.procedure)].filter(Boolean).join('・'),
      ...h.snippets.map(snippetText)
    ].join('\n')
  }));
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), '');
  return atomXml({
    id: url.href,
    title: `Shingikai Atlas 検索: ${searchCaption(r.phrase, params)}`,
    subtitle: '条件に一致する案件（新しい順）',
    self: url.href,
    alternate: page.href,
    // An empty feed has no entry to date it by: it is as new as the request.
    updated: updated || new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    author: 'Shingikai Atlas',
    entries
  });
}
