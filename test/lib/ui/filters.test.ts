import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TREND_CATEGORIES,
  filterCaption,
  filterChips,
  filtersOf,
  hrefWith,
  isFiltered,
  joinRepeatedCategories,
  paramsOf,
  queryOf,
  readableHref,
  sortHref,
  sortState,
  trendCategories
} from '../../../src/lib/ui/filters';
import { eraYearLabel } from '../../../src/lib/ui/format';
import { parseFilter } from '../../../src/lib/server/filters';

const caption = (qs: string) => filterCaption(paramsOf(new URLSearchParams(qs)));

describe('filter parameters', () => {
  it('read one trimmed value per name and drop empty ones, as the server does', () => {
    expect(paramsOf(new URLSearchParams('municipality=%20新宿区%20&department=&fy_from=2020'))).toEqual({ municipality: '新宿区', fy_from: '2020' });
  });

  it('build links that keep the filters and apply overrides', () => {
    const params = { municipality: '新宿区', page: '3', sort: 'title' };
    expect(hrefWith('/matters', params, { page: null, sensitive: true })).toBe(`/matters?${new URLSearchParams({ municipality: '新宿区', sort: 'title', sensitive: '1' })}`);
    expect(hrefWith('/matters', {})).toBe('/matters');
    expect(queryOf({ a: '1' }, { b: false, c: '', d: undefined, e: 2021 })).toBe('a=1&b=0&e=2021');
  });

  it('round-trip through the server parser: a link from the UI is a valid filter', () => {
    const q = queryOf({}, { department: '健康部', category: 'encryption', actor: 'contractor', clauses: false, has: true, fiscal_year: 2021 });
    const parsed = parseFilter(new URLSearchParams(q));
    expect(parsed).toEqual({ ok: true, value: { department: '健康部', category: 'encryption', actor: 'contractor', clauses: false, has: true, fiscal_year: 2021 } });
  });

  it('separate filters from view options', () => {
    const params = { municipality: '新宿区', sort: 'title', dir: 'asc', categories: 'audit', page: '2', actor: 'ward' };
    expect(filtersOf(params)).toEqual({ municipality: '新宿区', actor: 'ward' });
    expect(isFiltered(params)).toBe(true);
    // actor and clauses only qualify a category: alone they do not narrow the matters.
    expect(isFiltered({ actor: 'ward', clauses: '1', sort: 'title' })).toBe(false);
  });
});

describe('filterCaption', () => {
  it('says すべての案件 without filters', () => {
    expect(caption('')).toBe('すべての案件');
    expect(caption('sort=title&page=2&categories=audit')).toBe('すべての案件');
  });

  it('states place, period, procedure and conditions in one sentence', () => {
    expect(caption('municipality=新宿区&department=健康部&fy_from=2020&fy_to=2022&procedure=outsourcing&sensitive=1')).toBe(
      '新宿区・健康部の、令和2年度〜令和4年度の業務委託の案件（要配慮情報あり）'
    );
  });

  it('handles single places, open ranges and one fiscal year', () => {
    expect(caption('municipality=新宿区')).toBe('新宿区の案件');
    expect(caption('fy_from=2019')).toBe('令和元年度以降の案件');
    expect(caption('fy_to=2020')).toBe('令和2年度までの案件');
    expect(caption('fy_from=2021&fy_to=2021')).toBe('令和3年度の案件');
    expect(caption('fiscal_year=2021&procedure=outsourcing')).toBe('令和3年度の業務委託の案件');
    expect(caption('department=福祉部&matter_kind=consultation')).toBe('福祉部の、諮問の案件');
    expect(caption('procedure=external_link&matter_kind=report')).toBe('外部結合の報告の案件');
  });

  it('names data-item, media, gap and safeguard conditions', () => {
    expect(caption('item_category=health&media_category=removable&sensitive=0&gap=1')).toBe(
      '案件（要配慮情報なし、情報項目に「健康・医療」を含む、記録媒体に「可搬媒体」を含む、期待される対策の不足あり）'
    );
    expect(caption('department=健康部&category=encryption&actor=contractor&clauses=1&has=1')).toBe(
      '健康部の案件（受託者の対策に「暗号化・パスワード保護」の記載あり（特記事項を含む））'
    );
    expect(caption('category=audit&has=0')).toBe('案件（区・受託者の対策に「立入調査・監査」の記載なし）');
    // actor and clauses without a category are not conditions.
    expect(caption('actor=ward&clauses=1')).toBe('すべての案件');
  });
});

describe('filterChips', () => {
  it('lists each condition with the parameters its removal drops', () => {
    const chips = filterChips({ municipality: '新宿区', fy_from: '2020', fy_to: '2022', category: 'audit', has: '1', actor: 'ward', gap: '1' });
    expect(chips.map((c) => c.label)).toEqual(['区市: 新宿区', `期間: ${eraYearLabel(2020)}〜${eraYearLabel(2022)}`, '対策: 立入調査・監査あり', '不足あり']);
    expect(chips.find((c) => c.label.startsWith('期間'))?.remove).toEqual(['fy_from', 'fy_to']);
    expect(chips.find((c) => c.label.startsWith('対策'))?.remove).toEqual(['category', 'has']);
  });
});

describe('trend categories', () => {
  it('fold repeated checkbox fields into one comma list', () => {
    expect(joinRepeatedCategories(new URLSearchParams('actor=ward&categories=audit&categories=encryption'))).toBe('actor=ward&categories=audit%2Cencryption');
    expect(joinRepeatedCategories(new URLSearchParams('categories=audit,encryption'))).toBeNull();
  });

  it('default when none (or only unknown ones) are chosen', () => {
    expect(trendCategories({})).toEqual([...DEFAULT_TREND_CATEGORIES]);
    expect(trendCategories({ categories: 'nope' })).toEqual([...DEFAULT_TREND_CATEGORIES]);
    expect(trendCategories({ categories: 'audit,backup' })).toEqual(['audit', 'backup']);
  });
});

describe('sorting', () => {
  it('defaults to the newest fiscal year first, text columns ascending', () => {
    expect(sortState({})).toEqual({ sort: 'fiscal_year', dir: 'desc' });
    expect(sortState({ sort: 'title' })).toEqual({ sort: 'title', dir: 'asc' });
    expect(sortState({ sort: '\ufffd' })).toEqual({ sort: 'fiscal_year', dir: 'desc' });
  });

  it('flips the direction on the active column and resets the page', () => {
    const flipped = new URL(sortHref('/matters', { sort: 'title', dir: 'asc', page: '2', municipality: '新宿区' }, 'title'), 'http://x');
    expect(Object.fromEntries(flipped.searchParams)).toEqual({ sort: 'title', dir: 'desc', municipality: '新宿区' });
    const href = new URL(sortHref('/matters', {}, 'fiscal_year'), 'http://x');
    expect(href.searchParams.get('dir')).toBe('asc');
    expect(new URL(sortHref('/matters', {}, 'department'), 'http://x').searchParams.get('dir')).toBe('asc');
  });
});

describe('readableHref', () => {
  it('writes Japanese values as they read and keeps ASCII escapes that carry meaning', () => {
    const href = hrefWith('/matters', {}, { department: '健康部 A&B #1+2%', category: 'audit' });
    expect(readableHref(href)).toBe('/matters?department=健康部+A%26B+%231%2B2%25&category=audit');
    // What the browser sends for the link is what the unreadable href named.
    expect(Object.fromEntries(new URL(readableHref(href), 'http://x').searchParams)).toEqual(Object.fromEntries(new URL(href, 'http://x').searchParams));
  });
  it('leaves an href without non-ASCII alone', () => {
    expect(readableHref('/matters?category=audit&has=1')).toBe('/matters?category=audit&has=1');
  });
});
