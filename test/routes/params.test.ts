import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, periodLabel } from '../../src/lib/ui/format';
import { matterParamsOrError, PAGE_SIZE } from '../../src/lib/server/params';

const ok = (qs: string) => matterParamsOrError(new URLSearchParams(qs));
/** The Japanese message of the 400 the params answer. */
const message = (qs: string) => {
  try {
    ok(qs);
  } catch (e) {
    const { status, body } = e as { status: number; body: { message: string } };
    expect(status).toBe(400);
    return body.message;
  }
  throw new Error(`expected ${qs} to be rejected`);
};

describe('matterParamsOrError', () => {
  it('defaults to the first page, newest fiscal year first', () => {
    expect(ok('')).toEqual({ page: 1, query: { desc: true, limit: PAGE_SIZE, offset: 0 } });
  });

  it('passes every filter through', () => {
    const { query, page } = ok('municipality=新宿区&department=健康部&procedure=external_link&fy_from=2019&fy_to=2021&sort=title&page=3');
    expect(page).toBe(3);
    expect(query).toEqual({
      municipality: '新宿区',
      department: '健康部',
      procedure: 'external_link',
      fy_from: 2019,
      fy_to: 2021,
      sort: 'title',
      desc: false,
      limit: PAGE_SIZE,
      offset: 2 * PAGE_SIZE
    });
  });

  it('treats empty and blank values as absent (a submitted GET form sends every field)', () => {
    expect(ok('municipality=&department=%20&procedure=&fy_from=&fy_to=&sort=&page=')).toEqual(ok(''));
  });

  it('rejects an unknown sort', () => {
    expect(message('sort=fiscal_year;DROP TABLE matters')).toMatch(/並び順/);
    expect(message('sort=m.title')).toMatch(/並び順/);
  });

  it('rejects a non-numeric fy_from', () => {
    expect(message('fy_from=令和3')).toMatch(/開始年度/);
    expect(message('fy_from=2021a')).toMatch(/開始年度/);
  });

  it('rejects out-of-range years, a reversed range, bad pages and unknown procedures', () => {
    expect(message('fy_to=20211')).toMatch(/終了年度/);
    expect(message('fy_from=2022&fy_to=2020')).toMatch(/以下/);
    for (const p of ['0', '-1', '1.5', 'x']) expect(message(`page=${p}`)).toMatch(/ページ/);
    expect(message('procedure=outsource')).toMatch(/手続/);
    expect(message(`municipality=${'区'.repeat(201)}`)).toMatch(/長すぎ/);
  });

  it('names the allowed values in a rejection, in their display order', () => {
    expect(message('procedure=x')).toBe('手続（procedure）の値が不正です: x（outsourcing, external_link, purpose_change, indirect_collection, external_provision, computer_processing, other）');
    expect(message('matter_kind=x')).toBe('諮問/報告（matter_kind）の値が不正です: x（report, consultation）');
    expect(message('item_category=x')).toBe('情報項目の分類（item_category）の値が不正です: x（identity, contact, identifier, health, family, residency, financial, other）');
    expect(message('media_category=x')).toBe('記録媒体（media_category）の値が不正です: x（paper, removable, contractor_pc, contractor_server, ward_system, external_system, email）');
    expect(message('actor=x')).toBe('主体（actor）の値が不正です: x（ward, contractor, any）');
    expect(message('sort=x')).toBe('並び順（sort）の値が不正です: x（fiscal_year, title, department, municipality, procedure）');
  });

  it('shortens echoed input', () => {
    expect(message(`sort=${'x'.repeat(500)}`).length).toBeLessThan(200);
  });

  it('throws a 400 from the route helper', () => {
    expect(() => matterParamsOrError(new URLSearchParams('fy_from=abc'))).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('format', () => {
  it('labels fiscal years with their era', () => {
    expect(fiscalYearLabel(2021)).toBe('令和3年度 (2021)');
    expect(fiscalYearLabel(2019)).toBe('令和元年度 (2019)');
    expect(fiscalYearLabel(2018)).toBe('平成30年度 (2018)');
    expect(fiscalYearLabel(1989)).toBe('平成元年度 (1989)');
    expect(fiscalYearLabel(null)).toBe('—');
  });

  it('labels periods', () => {
    expect(periodLabel('2021-04-01', '2022-03-31', true)).toBe('2021年4月1日〜2022年3月31日（次年度以降も継続）');
    expect(periodLabel('2021-06-22', '2021-12-31', false)).toBe('2021年6月22日〜2021年12月31日');
    expect(periodLabel(null, null, null)).toBe('—');
    expect(periodLabel(null, null, true)).toBe('次年度以降も継続');
  });
});
