// Japanese display text for store values: code labels (the tables are in domain/codes.ts), years,
// dates and lists. Pure (no server imports) so pages, components and data twins can all share it.

import { ACTOR_LABELS, ITEM_CATEGORY_LABELS, MATTER_KIND_LABELS, MEDIA_LABELS, PROCEDURE_LABELS, SCOPE_LABELS, type ActorFilter, type SortKey } from '../domain/codes';
import type { ReviewFlag } from '../domain/types';
import type { ReviewProblem } from '../view-types';

/** Shown where the source document gave no value. */
export const MISSING = '—';

// Unknown codes are shown as-is rather than hidden: a new code should be visible, not lost.
const lookup = (table: Record<string, string>, code: string | null | undefined): string =>
  code == null || code === '' ? MISSING : (table[code] ?? code);

export const procedureLabel = (code: string | null | undefined) => lookup(PROCEDURE_LABELS, code);
export const matterKindLabel = (code: string | null | undefined) => lookup(MATTER_KIND_LABELS, code);
export const mediaLabel = (code: string | null | undefined) => lookup(MEDIA_LABELS, code);

/** Why a matter needs a person's review (matter_reviews.flag). */
export const REVIEW_LABELS: Record<ReviewFlag, string> = {
  form_not_recognised: '審議会資料の様式を認識できませんでした',
  title_missing: '件名が見つかりません',
  department_missing: '担当部が見つかりません',
  items_missing: '個人情報の項目が見つかりません',
  safeguards_missing: '情報保護対策の記述が見つかりません',
  safeguards_unclassified: '情報保護対策の記述はありますが、どの分類にも当てはまりませんでした'
};
export const reviewLabel = (code: string | null | undefined) => lookup(REVIEW_LABELS, code);

// Newest first; the first era whose start year is not after the fiscal year wins.
const ERAS: [name: string, start: number][] = [
  ['令和', 2019],
  ['平成', 1989]
];

/** 2021 → 令和3年度 (2021); 2019 → 令和元年度 (2019); before 平成 → 1988年度. */
export function fiscalYearLabel(fy: number | null | undefined): string {
  if (fy == null || !Number.isInteger(fy)) return MISSING;
  const era = ERAS.find(([, start]) => fy >= start);
  if (!era) return `${fy}年度`;
  const n = fy - era[1] + 1;
  return `${era[0]}${n === 1 ? '元' : n}年度 (${fy})`;
}

/** ISO date (YYYY-MM-DD) → 2021年4月1日; anything else is returned unchanged. */
export function dateLabel(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** 開始〜終了, with 次年度以降も継続 appended for recurring matters. */
export function periodLabel(start: string | null | undefined, end: string | null | undefined, recurring?: boolean | null): string {
  const range = start || end ? `${start ? dateLabel(start) : ''}〜${end ? dateLabel(end) : ''}` : '';
  if (recurring) return range ? `${range}（次年度以降も継続）` : '次年度以降も継続';
  return range || MISSING;
}

/** Japanese list separator; an empty list shows as missing. */
export function joinLabel(values: readonly string[] | null | undefined, label: (v: string) => string = (v) => v): string {
  return values && values.length > 0 ? values.map(label).join('、') : MISSING;
}

/** Where a matter starts in its source: data/x.txt（1ページ）. */
export function sourceLabel(path: string, page: number | null | undefined): string {
  return page == null ? path : `${path}（${page}ページ）`;
}

/** Labels for the list's sort options. */
export const SORT_LABELS: Record<SortKey, string> = {
  fiscal_year: '年度（新しい順）',
  title: '件名',
  department: '担当部',
  municipality: '区市',
  procedure: '手続'
};

export const itemCategoryLabel = (code: string | null | undefined) => lookup(ITEM_CATEGORY_LABELS, code);

/** The actor filter's values: either actor, or both. */
const ACTOR_FILTER_LABELS: Record<ActorFilter, string> = { ...ACTOR_LABELS, any: '区・受託者' };
export const actorLabel = (code: string | null | undefined) => lookup(ACTOR_FILTER_LABELS, code);
export const scopeLabel = (code: string | null | undefined) => lookup(SCOPE_LABELS, code);

export const percentLabel = (share: number) => `${Math.round(share * 100)}%`;

/** 2021 → 令和3年度 (no Western year): for running text such as the filter caption. */
export function eraYearLabel(fy: number | null | undefined): string {
  return fiscalYearLabel(fy).replace(/ \(\d+\)$/, '');
}

/** The review page's problems, as people read them, and where on a matter page each is fixed. */
export const REVIEW_PROBLEM_LABELS: Record<ReviewProblem, string> = {
  title: '件名がない',
  department: '担当部局がない',
  items: '個人情報の項目がない',
  media: '記録媒体がない',
  safeguards: '情報保護対策がない',
  form: '様式を認識できなかった資料',
  unclassified: '分類できない対策文がある'
};
export const REVIEW_PROBLEM_ANCHORS: Record<ReviewProblem, string> = {
  title: 'fields',
  department: 'fields',
  items: 'items',
  media: 'media',
  safeguards: 'safeguards',
  form: 'source',
  unclassified: 'safeguards'
};
