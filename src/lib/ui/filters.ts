// URL state of the dashboard: which query parameters are filters, links that keep them, and the
// Japanese caption of the active ones. Pure (no server or browser imports), so pages, components
// and unit tests share one definition of what a URL means.

import { FILTER_KEYS, isCode, SORT_KEYS, type FilterKey, type SortKey } from '../domain/codes';
import { CATEGORY_BY_CODE } from '../domain/taxonomy';
import { actorLabel, eraYearLabel, itemCategoryLabel, matterKindLabel, mediaLabel, procedureLabel } from './format';

/** Fields the shared filter form shows; every other parameter rides along as a hidden field. */
export const FORM_FIELDS = ['municipality', 'department', 'fy_from', 'fy_to', 'procedure', 'matter_kind', 'item_category', 'sensitive', 'media_category'] as const satisfies readonly FilterKey[];

/** Overview parameters that choose how coverage is counted and drawn, not which matters count. */
export const OVERVIEW_VIEW_PARAMS = ['actor', 'clauses', 'categories', 'rows'] as const;
/** List parameters that order the table, not filter it. */
export const LIST_VIEW_PARAMS = ['sort', 'dir'] as const;

/** Trend categories shown until the user picks: the ones reviewers ask about most often. */
export const DEFAULT_TREND_CATEGORIES = ['incident_response', 'audit', 'encryption', 'training'] as const;

export type Params = Record<string, string>;
export type ParamValue = string | number | boolean | null | undefined;

/** A URL's parameters as one trimmed value per name; empty values count as absent, as on the server. */
export function paramsOf(sp: URLSearchParams): Params {
  const out: Params = {};
  for (const key of new Set(sp.keys())) {
    const v = sp.get(key)?.trim();
    if (v) out[key] = v;
  }
  return out;
}

export function pick(params: Params, keys: readonly string[]): Params {
  const out: Params = {};
  for (const k of keys) if (params[k]) out[k] = params[k];
  return out;
}

export function omit(params: Params, keys: readonly string[]): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) if (!keys.includes(k) && v) out[k] = v;
  return out;
}

/** The active filters only (no sort, page or view options). */
export const filtersOf = (params: Params): Params => pick(params, FILTER_KEYS);

/** Whether any condition narrows the matters (actor and clauses alone do not: they qualify a category). */
export const isFiltered = (params: Params): boolean => Object.keys(omit(filtersOf(params), ['actor', 'clauses'])).length > 0;

const encodeValue = (v: ParamValue): string | null => (v === null || v === undefined || v === '' ? null : typeof v === 'boolean' ? (v ? '1' : '0') : String(v));

/** The query string (without `?`) of params with overrides applied; null, undefined and '' remove a name. */
export function queryOf(params: Params, overrides: Record<string, ParamValue> = {}): string {
  const sp = new URLSearchParams();
  const merged: Record<string, ParamValue> = { ...params, ...overrides };
  for (const [k, v] of Object.entries(merged)) {
    const s = encodeValue(v);
    if (s !== null) sp.set(k, s);
  }
  return sp.toString();
}

/**
 * The href with its non-ASCII characters left as they are rather than percent-encoded (the browser
 * encodes them when it follows the link): a third of the bytes for Japanese values, where a page
 * holds a thousand links. ASCII stays encoded, so `&`, `#`, `%` and `+` in a value keep their meaning.
 */
export const readableHref = (href: string): string => href.replace(/(?:%[89A-F][0-9A-F])+/g, (run) => decodeURIComponent(run));

export function hrefWith(path: string, params: Params, overrides: Record<string, ParamValue> = {}): string {
  const q = queryOf(params, overrides);
  return q ? `${path}?${q}` : path;
}

/** '1'/'true' → true, '0'/'false' → false, anything else → undefined (as the server reads flags). */
export function flagOf(v: string | undefined): boolean | undefined {
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return undefined;
}

export function yearOf(v: string | undefined): number | undefined {
  return v && /^\d{4}$/.test(v) ? Number(v) : undefined;
}

export const categoryLabel = (code: string): string => CATEGORY_BY_CODE.get(code)?.label ?? code;

function periodPhrase(p: Params): string {
  const fy = yearOf(p.fiscal_year);
  if (fy !== undefined) return eraYearLabel(fy);
  const from = yearOf(p.fy_from);
  const to = yearOf(p.fy_to);
  if (from !== undefined && to !== undefined) return from === to ? eraYearLabel(from) : `${eraYearLabel(from)}〜${eraYearLabel(to)}`;
  if (from !== undefined) return `${eraYearLabel(from)}以降`;
  if (to !== undefined) return `${eraYearLabel(to)}まで`;
  return '';
}

/** 「受託者の対策に「暗号化・パスワード保護」の記載あり（特記事項を含む）」 */
function categoryPhrase(p: Params): string {
  const actor = p.actor === 'ward' || p.actor === 'contractor' ? actorLabel(p.actor) : actorLabel('any');
  const has = flagOf(p.has) !== false;
  const clauses = flagOf(p.clauses) === true ? '（特記事項を含む）' : '';
  return `${actor}の対策に「${categoryLabel(p.category)}」の記載${has ? 'あり' : 'なし'}${clauses}`;
}

/**
 * The active filters as one Japanese sentence, e.g.
 * 「新宿区・健康部の、令和2年度〜令和4年度の業務委託の案件（要配慮情報あり）」.
 */
export function filterCaption(params: Params): string {
  const p = filtersOf(params);
  const place = [p.municipality, p.department].filter(Boolean).join('・');
  const period = periodPhrase(p);
  const kind = [p.procedure ? procedureLabel(p.procedure) : '', p.matter_kind ? matterKindLabel(p.matter_kind) : ''].filter(Boolean).join('の');

  const conditions: string[] = [];
  const sensitive = flagOf(p.sensitive);
  if (sensitive !== undefined) conditions.push(sensitive ? '要配慮情報あり' : '要配慮情報なし');
  if (p.item_category) conditions.push(`情報項目に「${itemCategoryLabel(p.item_category)}」を含む`);
  if (p.media_category) conditions.push(`記録媒体に「${mediaLabel(p.media_category)}」を含む`);
  if (p.category) conditions.push(categoryPhrase(p));
  const gap = flagOf(p.gap);
  if (gap !== undefined) conditions.push(gap ? '期待される対策の不足あり' : '期待される対策の不足なし');
  const review = flagOf(p.review);
  if (review !== undefined) conditions.push(review ? '要確認' : '要確認なし');
  if (p.rule) conditions.push(`ルール「${p.rule}」に該当`);

  const lead = [period, kind].filter(Boolean).map((s) => `${s}の`).join('');
  const head = place ? `${place}の${lead ? `、${lead}` : ''}` : lead;
  if (!head && conditions.length === 0) return 'すべての案件';
  return `${head}案件${conditions.length ? `（${conditions.join('、')}）` : ''}`;
}

export interface FilterChip {
  /** What the chip says, e.g. 「区市: 新宿区」. */
  label: string;
  /** The parameters its removal link drops. */
  remove: string[];
}

/** Each active condition with the parameters that removing it drops (for 「×」 links). */
export function filterChips(params: Params): FilterChip[] {
  const p = filtersOf(params);
  const chips: FilterChip[] = [];
  if (p.municipality) chips.push({ label: `区市: ${p.municipality}`, remove: ['municipality'] });
  if (p.department) chips.push({ label: `担当部: ${p.department}`, remove: ['department'] });
  if (p.fiscal_year) chips.push({ label: `年度: ${eraYearLabel(yearOf(p.fiscal_year))}`, remove: ['fiscal_year'] });
  if (p.fy_from || p.fy_to) {
    const from = yearOf(p.fy_from);
    const to = yearOf(p.fy_to);
    chips.push({ label: `期間: ${from !== undefined ? eraYearLabel(from) : ''}〜${to !== undefined ? eraYearLabel(to) : ''}`, remove: ['fy_from', 'fy_to'] });
  }
  if (p.procedure) chips.push({ label: `手続: ${procedureLabel(p.procedure)}`, remove: ['procedure'] });
  if (p.matter_kind) chips.push({ label: `諮問/報告: ${matterKindLabel(p.matter_kind)}`, remove: ['matter_kind'] });
  const sensitive = flagOf(p.sensitive);
  if (sensitive !== undefined) chips.push({ label: sensitive ? '要配慮情報あり' : '要配慮情報なし', remove: ['sensitive'] });
  if (p.item_category) chips.push({ label: `情報項目: ${itemCategoryLabel(p.item_category)}`, remove: ['item_category'] });
  if (p.media_category) chips.push({ label: `記録媒体: ${mediaLabel(p.media_category)}`, remove: ['media_category'] });
  if (p.category) chips.push({ label: `対策: ${categoryLabel(p.category)}${flagOf(p.has) === false ? 'なし' : 'あり'}`, remove: ['category', 'has'] });
  const gap = flagOf(p.gap);
  if (gap !== undefined) chips.push({ label: gap ? '不足あり' : '不足なし', remove: ['gap'] });
  const review = flagOf(p.review);
  if (review !== undefined) chips.push({ label: review ? '要確認' : '要確認なし', remove: ['review'] });
  if (p.rule) chips.push({ label: `ルール: ${p.rule}`, remove: ['rule'] });
  return chips;
}

/**
 * A GET form's checkboxes send `categories=a&categories=b`; the store reads one comma list. Returns the
 * query string with them joined, or null when the URL is already in that form.
 */
export function joinRepeatedCategories(sp: URLSearchParams): string | null {
  const all = sp.getAll('categories');
  if (all.length <= 1) return null;
  const out = new URLSearchParams();
  for (const [k, v] of sp) if (k !== 'categories') out.append(k, v);
  out.set('categories', all.flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean).join(','));
  return out.toString();
}

/** The categories a trend shows: the URL's list, or the defaults. */
export function trendCategories(params: Params): string[] {
  const list = (params.categories ?? '').split(',').map((c) => c.trim()).filter((c) => CATEGORY_BY_CODE.has(c));
  return list.length ? list : [...DEFAULT_TREND_CATEGORIES];
}

/** The list's effective order: newest fiscal year first by default, text columns ascending. */
export function sortState(params: Params): { sort: SortKey; dir: 'asc' | 'desc' } {
  // A page that does not sort by the URL (a department's latest matters) may still get any value.
  const sort: SortKey = params.sort !== undefined && isCode(SORT_KEYS, params.sort) ? params.sort : 'fiscal_year';
  const dir = params.dir === 'asc' || params.dir === 'desc' ? params.dir : sort === 'fiscal_year' ? 'desc' : 'asc';
  return { sort, dir };
}

/** A column header's link: the same column flips the direction; another starts at its natural one. Back to page 1. */
export function sortHref(path: string, params: Params, key: SortKey): string {
  const cur = sortState(params);
  const dir = cur.sort === key ? (cur.dir === 'asc' ? 'desc' : 'asc') : key === 'fiscal_year' ? 'desc' : 'asc';
  return hrefWith(path, params, { sort: key, dir, page: null });
}
