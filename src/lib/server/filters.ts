// Query-string parsing for the dashboard filters shared by every page and data twin. Each value is
// checked against what the store can hold; a bad one answers 400 with a Japanese message.

import { error } from '@sveltejs/kit';
import { ACTOR_FILTERS, FILTER_KEYS as FILTER_NAMES, isCode, ITEM_CATEGORIES, MATTER_KINDS, MEDIA_CATEGORIES, PROCEDURES } from '../domain/codes';
import { CATEGORY_BY_CODE } from '../domain/taxonomy';
import { DEFAULT_RULES } from '../domain/classify/gaps';
import { COVERAGE_GROUPS, type CoverageOptions, type MatterFilter } from './store/dashboard';
import { GAP_RATE_GROUPS, type GapRateGroup } from './store/gaps';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
const MAX_TEXT = 200;

function oneOf<T extends string>(name: string, v: string, allowed: readonly T[]): T {
  if (!isCode(allowed, v)) throw new Error(`${name}の値が不正です: ${shown(v)}（${allowed.join(', ')}）`);
  return v;
}
function year(name: string, v: string): number {
  if (!/^\d{4}$/.test(v) || Number(v) < 1900 || Number(v) > 2999) throw new Error(`${name}は西暦4桁の数字で指定してください: ${shown(v)}`);
  return Number(v);
}
function flag(name: string, v: string): boolean {
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  throw new Error(`${name}は 1 または 0 で指定してください: ${shown(v)}`);
}

/** The filters a URL names. Empty values count as absent: a GET form submits every field. */
export function parseFilter(sp: URLSearchParams): Parsed<MatterFilter> {
  const get = (k: string) => sp.get(k)?.trim() || undefined;
  const f: MatterFilter = {};
  try {
    for (const key of ['municipality', 'department'] as const) {
      const v = get(key);
      if (v === undefined) continue;
      if (v.length > MAX_TEXT) throw new Error(`${key}が長すぎます（${MAX_TEXT}文字まで）。`);
      f[key] = v;
    }
    const v = (k: string) => get(k);
    if (v('procedure')) f.procedure = oneOf('手続（procedure）', v('procedure')!, PROCEDURES);
    if (v('matter_kind')) f.matter_kind = oneOf('諮問/報告（matter_kind）', v('matter_kind')!, MATTER_KINDS);
    if (v('fy_from')) f.fy_from = year('開始年度（fy_from）', v('fy_from')!);
    if (v('fy_to')) f.fy_to = year('終了年度（fy_to）', v('fy_to')!);
    if (v('fiscal_year')) f.fiscal_year = year('年度（fiscal_year）', v('fiscal_year')!);
    if (f.fy_from !== undefined && f.fy_to !== undefined && f.fy_from > f.fy_to) throw new Error('開始年度（fy_from）は終了年度（fy_to）以下にしてください。');
    if (v('item_category')) f.item_category = oneOf('情報項目の分類（item_category）', v('item_category')!, ITEM_CATEGORIES);
    if (v('media_category')) f.media_category = oneOf('記録媒体（media_category）', v('media_category')!, MEDIA_CATEGORIES);
    if (v('sensitive')) f.sensitive = flag('要配慮情報（sensitive）', v('sensitive')!);
    if (v('gap')) f.gap = flag('不足（gap）', v('gap')!);
    if (v('review')) f.review = flag('要確認（review）', v('review')!);
    if (v('category')) f.category = oneOf('対策の分類（category）', v('category')!, [...CATEGORY_BY_CODE.keys()]);
    if (v('actor')) f.actor = oneOf('主体（actor）', v('actor')!, ACTOR_FILTERS);
    if (v('clauses')) f.clauses = flag('特記事項を含む（clauses）', v('clauses')!);
    if (v('has')) f.has = flag('あり/なし（has）', v('has')!);
    if (v('rule')) f.rule = oneOf('ルール（rule）', v('rule')!, DEFAULT_RULES.map((r) => r.id));
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
  return { ok: true, value: f };
}

export function parseCoverage(sp: URLSearchParams): Parsed<{ filter: MatterFilter; options: CoverageOptions }> {
  const f = parseFilter(sp);
  if (!f.ok) return f;
  // The coverage's own actor and clauses choose what counts as covered; they do not filter matters.
  const { actor, clauses, ...filter } = f.value;
  const group = sp.get('group')?.trim() || 'department';
  if (!(group in COVERAGE_GROUPS)) return { ok: false, message: `集計単位（group）の値が不正です: ${shown(group)}（${Object.keys(COVERAGE_GROUPS).join(', ')}）` };
  const categories = (sp.get('categories') ?? '').split(',').map((c) => c.trim()).filter(Boolean);
  const unknown = categories.filter((c) => !CATEGORY_BY_CODE.has(c));
  if (unknown.length) return { ok: false, message: `対策の分類（categories）が不正です: ${shown(unknown.join(','))}` };
  return { ok: true, value: { filter, options: { group: group as CoverageOptions['group'], actor: actor ?? 'any', clauses: clauses ?? false, categories } } };
}

/** The gap rates' filters and grouping (department or fiscal_year). */
export function parseGapRates(sp: URLSearchParams): Parsed<{ filter: MatterFilter; group: GapRateGroup }> {
  const f = parseFilter(sp);
  if (!f.ok) return f;
  const group = sp.get('group')?.trim() || 'department';
  if (!isCode(GAP_RATE_GROUPS, group)) return { ok: false, message: `集計単位（group）の値が不正です: ${shown(group)}（${GAP_RATE_GROUPS.join(', ')}）` };
  return { ok: true, value: { filter: f.value, group } };
}

/** The compare page's fields for one side, as `a_department`, `b_fy_from` … (a form without script). */
export const COMPARE_FIELDS = ['municipality', 'department', 'fy_from', 'fy_to', 'fiscal_year', 'procedure', 'matter_kind', 'sensitive', 'media_category', 'item_category'] as const;

/**
 * The comparison's two sides: `a` and `b` are each a filter query string as the dashboard writes
 * it. Each side's filters are checked like any view's; a bad one names its side.
 */
export function parseComparison(sp: URLSearchParams): Parsed<{ a: { filter: MatterFilter; query: string }; b: { filter: MatterFilter; query: string } }> {
  const out: Record<'a' | 'b', { filter: MatterFilter; query: string }> = { a: { filter: {}, query: '' }, b: { filter: {}, query: '' } };
  for (const key of ['a', 'b'] as const) {
    const raw = sp.get(key) ?? '';
    if (raw.length > 2000) return { ok: false, message: `比較の条件（${key}）が長すぎます。` };
    const inner = new URLSearchParams(raw);
    const f = parseFilter(inner);
    if (!f.ok) return { ok: false, message: `比較の条件（${key}）: ${f.message}` };
    // The side as the page links it: only the known filters, empty ones dropped.
    const canonical = new URLSearchParams();
    for (const [k, v] of inner) if (v.trim() && (FILTER_NAMES as readonly string[]).includes(k)) canonical.append(k, v.trim());
    out[key] = { filter: f.value, query: canonical.toString() };
  }
  return { ok: true, value: out };
}

/** For routes: the parsed value, or a 400 with the Japanese message. */
export function orBadRequest<T>(r: Parsed<T>): T {
  if (!r.ok) error(400, r.message);
  return r.value;
}
