// The `page` parameter of paginated views that have no sort of their own (the gap list).

import { error } from '@sveltejs/kit';

const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** 1-based page number; a 400 with a Japanese message for anything else. */
export function pageOrError(sp: URLSearchParams): number {
  const p = sp.get('page')?.trim() || '1';
  if (!/^\d{1,6}$/.test(p) || Number(p) < 1) error(400, `ページ（page）は1以上の整数で指定してください: ${shown(p)}`);
  return Number(p);
}
