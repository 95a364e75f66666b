// Query-string parsing shared by the list page and its JSON/CSV twins, so all three answer the
// same URL with the same rows.

import { error } from '@sveltejs/kit';
import { isCode, SORT_KEYS } from '../domain/codes';
import { parseFilter } from './filters';
import type { MatterQuery } from './store/queries';

export const PAGE_SIZE = 50;
/** The gap list's cards hold up to twenty gaps each with their precedents: fewer per page keeps one page readable (and quick to render). */
export const GAP_PAGE_SIZE = 20;

export interface MatterParams {
  query: MatterQuery;
  /** 1-based page number. */
  page: number;
}

type ParseResult = { ok: true; value: MatterParams } | { ok: false; message: string };

const NAMES = { sort: '並び順（sort）', page: 'ページ（page）' } as const;

// Echoed input is shortened so a hostile URL cannot bloat the error page.
const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** Reads the list params: every dashboard filter, plus sort and page. Empty values count as absent. */
function parseMatterParams(sp: URLSearchParams): ParseResult {
  const get = (k: string) => sp.get(k)?.trim() || undefined;
  const fail = (message: string): ParseResult => ({ ok: false, message });
  const filter = parseFilter(sp);
  if (!filter.ok) return filter;
  const query: MatterQuery = { ...filter.value };

  const sort = get('sort');
  if (sort !== undefined) {
    if (!isCode(SORT_KEYS, sort)) return fail(`${NAMES.sort}の値が不正です: ${shown(sort)}（${SORT_KEYS.join(', ')}）`);
    query.sort = sort;
  }
  // Newest fiscal year first; text columns read naturally in ascending order.
  const dir = get('dir');
  if (dir !== undefined && dir !== 'asc' && dir !== 'desc') return fail(`並び方向（dir）は asc または desc で指定してください: ${shown(dir)}`);
  query.desc = dir ? dir === 'desc' : (query.sort ?? 'fiscal_year') === 'fiscal_year';

  const p = get('page') ?? '1';
  if (!/^\d{1,6}$/.test(p) || Number(p) < 1) return fail(`${NAMES.page}は1以上の整数で指定してください: ${shown(p)}`);
  const page = Number(p);
  query.limit = PAGE_SIZE;
  query.offset = (page - 1) * PAGE_SIZE;

  return { ok: true, value: { query, page } };
}

/** For routes: the parsed params, or a 400 with the Japanese message. */
export function matterParamsOrError(sp: URLSearchParams): MatterParams {
  const r = parseMatterParams(sp);
  if (!r.ok) error(400, r.message);
  return r.value;
}
