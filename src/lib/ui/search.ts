// URL state of the search page: its caption, facet labels and the links that narrow the results.
// Pure (no server or browser imports), like filters-ui.ts, whose filter parameters it shares.

import type { SearchFacetKey } from '../view-types';
import { categoryLabel, filterCaption, hrefWith, isFiltered, omit, type ParamValue, type Params } from './filters';
import { fiscalYearLabel, procedureLabel } from './format';

export const SEARCH_PATH = '/search';

/** The search's own parameters: they survive clearing the filters. */
export const SEARCH_VIEW_PARAMS = ['q', 'sort'] as const;

/**
 * 「「暗号化」を含む案件」, or with filters 「「暗号化」を含む、新宿区の案件（要配慮情報あり）」.
 * `phrase` is the query in words (queryPhrase).
 */
export function searchCaption(phrase: string, params: Params): string {
  if (!isFiltered(params)) return `${phrase}案件`;
  return `${phrase}、${filterCaption(params)}`;
}

export const FACET_LABELS: Record<SearchFacetKey, string> = {
  department: '担当部',
  fiscal_year: '年度',
  procedure: '手続',
  municipality: '区市',
  category: '対策の分類',
  sensitive: '要配慮情報'
};

export function facetValueLabel(key: SearchFacetKey, value: string): string {
  if (key === 'fiscal_year') return fiscalYearLabel(Number(value));
  if (key === 'procedure') return procedureLabel(value);
  if (key === 'category') return categoryLabel(value);
  if (key === 'sensitive') return value === 'true' ? '要配慮情報あり' : '要配慮情報なし';
  return value;
}

/** The URL parameters a facet value sets (a fiscal year replaces any year range). */
function facetOverrides(key: SearchFacetKey, value: string): Record<string, ParamValue> {
  if (key === 'fiscal_year') return { fiscal_year: value, fy_from: null, fy_to: null };
  if (key === 'category') return { category: value, has: null };
  if (key === 'sensitive') return { sensitive: value === 'true' ? 1 : 0 };
  return { [key]: value };
}

export function isFacetActive(params: Params, key: SearchFacetKey, value: string): boolean {
  if (key === 'sensitive') return params.sensitive === (value === 'true' ? '1' : '0') || params.sensitive === value;
  return params[key] === value;
}

/** The link a facet value makes: the current search narrowed by it, from page 1. */
export function facetHref(params: Params, key: SearchFacetKey, value: string): string {
  return hrefWith(SEARCH_PATH, omit(params, ['page']), facetOverrides(key, value));
}

/** Syntax examples shown with the empty search form. */
export const SEARCH_EXAMPLES: { q: string; note: string }[] = [
  { q: '暗号化 USBメモリ', note: '両方の語を含む案件（語はスペースで区切ります）' },
  { q: 'USBメモリ OR 光ディスク', note: 'どちらかの語を含む案件（OR は半角大文字）' },
  { q: '"個人情報の漏洩"', note: '語順どおりに続けて書かれた語句（「」でも囲めます）' },
  { q: '再委託 -特記事項', note: '「再委託」を含み「特記事項」を含まない案件（除く語の前に -）' },
  { q: 'ID', note: '1〜2文字の語や略語も、本文の文字列から探します' },
  { q: 'マイナンバー', note: '同義語・表記ゆれ（個人番号、漏洩／漏えい など）もまとめて探します' }
];
