// Query-string parsing shared by the list page and its JSON/CSV twins, so all three answer the
// same URL with the same rows.

import { error } from '@sveltejs/kit';
import { isProcedure, PROCEDURE_LABELS } from '../format';
import { MATTER_SORTS, type MatterQuery, type MatterSort } from './store/queries';

export const PAGE_SIZE = 50;

// Bounds keep typos (fy_from=20211) from silently matching nothing.
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;
const MAX_TEXT = 200;

export interface MatterParams {
  query: MatterQuery;
  /** 1-based page number. */
  page: number;
}

export type ParseResult = { ok: true; value: MatterParams } | { ok: false; message: string };

const isSort = (s: string): s is MatterSort => Object.hasOwn(MATTER_SORTS, s);

const NAMES = {
  municipality: '区市（municipality）',
  department: '担当部（department）',
  procedure: '手続（procedure）',
  fy_from: '開始年度（fy_from）',
  fy_to: '終了年度（fy_to）',
  sort: '並び順（sort）',
  page: 'ページ（page）'
} as const;

// Echoed input is shortened so a hostile URL cannot bloat the error page.
const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** Reads the list params; empty values count as absent because GET forms submit every field. */
export function parseMatterParams(sp: URLSearchParams): ParseResult {
  const get = (k: string) => sp.get(k)?.trim() || undefined;
  const fail = (message: string): ParseResult => ({ ok: false, message });
  const query: MatterQuery = {};

  for (const key of ['municipality', 'department'] as const) {
    const v = get(key);
    if (v === undefined) continue;
    if (v.length > MAX_TEXT) return fail(`${NAMES[key]}が長すぎます（${MAX_TEXT}文字まで）。`);
    query[key] = v;
  }

  const procedure = get('procedure');
  if (procedure !== undefined) {
    if (!isProcedure(procedure)) return fail(`${NAMES.procedure}の値が不正です: ${shown(procedure)}（${Object.keys(PROCEDURE_LABELS).join(', ')}）`);
    query.procedure = procedure;
  }

  for (const key of ['fy_from', 'fy_to'] as const) {
    const v = get(key);
    if (v === undefined) continue;
    if (!/^\d{4}$/.test(v) || Number(v) < MIN_YEAR || Number(v) > MAX_YEAR) {
      return fail(`${NAMES[key]}は西暦4桁の数字で指定してください: ${shown(v)}`);
    }
    query[key] = Number(v);
  }
  if (query.fy_from !== undefined && query.fy_to !== undefined && query.fy_from > query.fy_to) {
    return fail(`${NAMES.fy_from}は${NAMES.fy_to}以下にしてください。`);
  }

  const sort = get('sort');
  if (sort !== undefined) {
    if (!isSort(sort)) return fail(`${NAMES.sort}の値が不正です: ${shown(sort)}（${Object.keys(MATTER_SORTS).join(', ')}）`);
    query.sort = sort;
  }
  // Newest fiscal year first; text columns read naturally in ascending order.
  query.desc = (query.sort ?? 'fiscal_year') === 'fiscal_year';

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
