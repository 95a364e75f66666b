// The search page's URL: parsing (query, filters, sort, page) and what the page makes of it
// (caption, facet links), shared by the page, its data twins and its feed.

import { describe, expect, it } from 'vitest';
import { paramsOf } from '../../src/lib/ui/filters';
import { parseSearchParams } from '../../src/lib/server/search-params';
import { facetHref, facetValueLabel, isFacetActive, searchCaption } from '../../src/lib/ui/search';

const sp = (s: string) => new URLSearchParams(s);

describe('parseSearchParams', () => {
  it('reads the query with the dashboard filters, sort and page', () => {
    expect(parseSearchParams(sp('q=%E6%9A%97%E5%8F%B7%E5%8C%96&department=%E5%81%A5%E5%BA%B7%E9%83%A8&sensitive=1&sort=newest&page=3'))).toEqual({
      ok: true,
      value: { q: '暗号化', filter: { department: '健康部', sensitive: true }, sort: 'newest', page: 3 }
    });
    expect(parseSearchParams(sp(''))).toEqual({ ok: true, value: { q: '', filter: {}, sort: 'relevance', page: 1 } });
  });
  it('refuses bad values with the parameter named in Japanese', () => {
    expect(parseSearchParams(sp('q=x&sort=score'))).toEqual({ ok: false, message: '並び順（sort）の値が不正です: score（relevance, newest）' });
    expect(parseSearchParams(sp('q=x&page=0'))).toMatchObject({ ok: false, message: expect.stringContaining('ページ（page）') });
    expect(parseSearchParams(sp('q=x&procedure=nope'))).toMatchObject({ ok: false, message: expect.stringContaining('手続（procedure）') });
  });
});

describe('search-ui', () => {
  it('captions the query and the filters', () => {
    expect(searchCaption('「暗号化」を含む', paramsOf(sp('q=x')))).toBe('「暗号化」を含む案件');
    expect(searchCaption('「暗号化」を含む', paramsOf(sp('q=x&municipality=新宿区&sensitive=1')))).toBe('「暗号化」を含む、新宿区の案件（要配慮情報あり）');
  });
  it('makes facet links that add the filter to the search, back to page 1', () => {
    const p = paramsOf(sp('q=暗号化&page=2&fy_from=2019'));
    expect(facetHref(p, 'department', '健康部')).toBe('/search?q=%E6%9A%97%E5%8F%B7%E5%8C%96&fy_from=2019&department=%E5%81%A5%E5%BA%B7%E9%83%A8');
    expect(facetHref(p, 'fiscal_year', '2021')).toBe('/search?q=%E6%9A%97%E5%8F%B7%E5%8C%96&fiscal_year=2021');
    expect(facetHref(p, 'sensitive', 'false')).toBe('/search?q=%E6%9A%97%E5%8F%B7%E5%8C%96&fy_from=2019&sensitive=0');
    expect(facetHref(paramsOf(sp('q=x&category=audit&has=0')), 'category', 'encryption')).toBe('/search?q=x&category=encryption');
    expect(isFacetActive(paramsOf(sp('sensitive=1')), 'sensitive', 'true')).toBe(true);
    expect(isFacetActive(paramsOf(sp('department=健康部')), 'department', '福祉部')).toBe(false);
  });
  it('labels facet values in Japanese', () => {
    expect(facetValueLabel('procedure', 'outsourcing')).toBe('業務委託');
    expect(facetValueLabel('fiscal_year', '2021')).toBe('令和3年度 (2021)');
    expect(facetValueLabel('category', 'encryption')).toBe('暗号化・パスワード保護');
    expect(facetValueLabel('sensitive', 'true')).toBe('要配慮情報あり');
  });
});
