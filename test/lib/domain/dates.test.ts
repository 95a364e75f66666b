import { describe, expect, it } from 'vitest';
import {
  ERA_START,
  findDates,
  fiscalYearOf,
  kanjiToNumber,
  parseDateRange,
  parseFiscalYear,
  replaceEraDates,
  toIso,
  type PartialDate
} from '../../../src/lib/domain/dates';

const d = (year: number, month: number | null = null, day: number | null = null): PartialDate => ({ year, month, day });

describe('ERA_START', () => {
  it('holds the first western year of each era', () => {
    expect(ERA_START).toEqual({ 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 });
  });
});

describe('kanjiToNumber', () => {
  it.each<[string, number | null]>([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三十一', 31],
    ['百二', 102],
    ['千', 1000],
    ['二千二十一', 2021],
    ['二〇二一', 2021],
    ['二○二一', 2021], // U+25CB circle as zero, common in PDFs
    ['〇', 0],
    ['元', 1],
    ['廿一', 21],
    ['壱', 1],
    ['参拾', 30],
    ['一万二千', 12000],
    ['12', 12],
    ['１２', 12],
    ['二 十', 20],
    ['', null],
    ['年', null],
    ['十十', null],
    ['十百', null],
    ['二a', null]
  ])('%s -> %s', (input, expected) => {
    expect(kanjiToNumber(input)).toBe(expected);
  });
});

describe('findDates', () => {
  // [input, expected dates]
  it.each<[string, PartialDate[]]>([
    // era dates with 年月日
    ['令和3年6月22日', [d(2021, 6, 22)]],
    ['令和元年5月1日', [d(2019, 5, 1)]],
    ['平成31年4月30日', [d(2019, 4, 30)]],
    ['昭和64年1月7日', [d(1989, 1, 7)]],
    ['大正元年8月1日', [d(1912, 8, 1)]],
    ['明治45年7月29日', [d(1912, 7, 29)]],
    ['令和３年１月２９日', [d(2021, 1, 29)]],
    ['令 和 3 年 1 月 29 日', [d(2021, 1, 29)]],
    ['令 和 ３ 年 1 2 月 1 日', [d(2021, 12, 1)]],
    ['令和 3 年 1 月 29 日', [d(2021, 1, 29)]],
    ['令和五年四月一日', [d(2023, 4, 1)]],
    ['令和十二年十二月三十一日', [d(2030, 12, 31)]],
    ['平成三十一年四月一日', [d(2019, 4, 1)]],
    ['令和2年十二月廿一日', [d(2020, 12, 21)]],
    ['令和元年十月一日', [d(2019, 10, 1)]],
    ['㋿3年6⽉22⽇', [d(2021, 6, 22)]], // era ligature and Kangxi radicals from PDF text
    // abbreviated era forms
    ['R3.6.22', [d(2021, 6, 22)]],
    ['H31.4.1', [d(2019, 4, 1)]],
    ['S64.1.7', [d(1989, 1, 7)]],
    ['令和3.6.22', [d(2021, 6, 22)]],
    ['R3/6/22', [d(2021, 6, 22)]],
    ['Ｒ３．６．２２', [d(2021, 6, 22)]],
    // western forms
    ['2021年6月22日', [d(2021, 6, 22)]],
    ['２０２１年６月２２日', [d(2021, 6, 22)]],
    ['二〇二一年六月二十二日', [d(2021, 6, 22)]],
    ['2021/6/22', [d(2021, 6, 22)]],
    ['2021-06-22', [d(2021, 6, 22)]],
    ['2021.6.22', [d(2021, 6, 22)]],
    ['1 2021/6/22', [d(2021, 6, 22)]], // table row: the row number stays separate
    // year and month only
    ['令和3年2月', [d(2021, 2)]],
    ['2021年6月', [d(2021, 6)]],
    // leap years
    ['令和2年2月29日', [d(2020, 2, 29)]],
    ['2000年2月29日', [d(2000, 2, 29)]],
    // several dates, in order
    ['令和3年6月22日から令和3年12月31日まで', [d(2021, 6, 22), d(2021, 12, 31)]],
    ['R3.6.22~R4.3.31', [d(2021, 6, 22), d(2022, 3, 31)]],
    ['2021-04-01-2022-03-31', [d(2021, 4, 1), d(2022, 3, 31)]],
    // not dates
    ['令和3年', []],
    ['令和3年度', []],
    ['令和2年度第24号議案', []],
    ['第14条第1項', []],
    ['約100人', []],
    ['資料15-1', []],
    ['2,387件', []],
    ['p. 2 ~ p. 6', []],
    ['TEL 03-1234-5678 FAX 0120-12-3456', []],
    ['092-711-4000', []],
    ['0120-12-12', []], // years outside 1868–2199 are not dates
    ['1.2.3', []],
    ['H1.2.3.4', []],
    ['令和3年13月1日', []],
    ['令和3年4月32日', []],
    ['令和3年2月30日', []],
    ['平成31年2月29日', []],
    ['1900年2月29日', []],
    ['令和0年4月1日', []],
    ['令和○年○月○日', []], // template blanks
    ['令和3年十十月1日', []], // unreadable numerals are not treated as missing parts
    ['令和3年4月十十日', []],
    ['R0.4.1', []],
    ['2021/13/1', []],
    ['12021/6/22', []]
  ])('%s', (input, expected) => {
    expect(findDates(input).map((m) => m.date)).toEqual(expected);
  });

  it('reports offsets into the original, un-normalised string', () => {
    const text = '期間は 令 和 ３ 年 1 月 29 日 から R3.6.22 まで';
    const found = findDates(text);
    expect(found.map(({ index, end, text: t }) => ({ index, end, text: t }))).toEqual([
      { index: 4, end: 20, text: '令 和 ３ 年 1 月 29 日' },
      { index: 24, end: 31, text: 'R3.6.22' }
    ]);
    for (const m of found) expect(text.slice(m.index, m.end)).toBe(m.text);
  });

  it('maps offsets of characters that NFKC expands', () => {
    expect(findDates('は㋿3年6月1日')).toEqual([{ date: d(2021, 6, 1), index: 1, end: 8, text: '㋿3年6月1日' }]);
  });
});

describe('toIso', () => {
  it.each<[PartialDate, 'start' | 'end' | undefined, string]>([
    [d(2021, 6, 22), undefined, '2021-06-22'],
    [d(2021, 6, 22), 'end', '2021-06-22'],
    [d(2022, 3), 'start', '2022-03-01'],
    [d(2022, 3), 'end', '2022-03-31'],
    [d(2021, 4), 'end', '2021-04-30'],
    [d(2020, 2), 'end', '2020-02-29'],
    [d(2021, 2), 'end', '2021-02-28'],
    [d(1900, 2), 'end', '1900-02-28'],
    [d(2000, 2), 'end', '2000-02-29'],
    [d(2021), 'start', '2021-01-01'],
    [d(2021), 'end', '2021-12-31'],
    [d(2021), undefined, '2021-01-01']
  ])('%o %s -> %s', (date, mode, expected) => {
    expect(toIso(date, mode)).toBe(expected);
  });
});

type Range = { start: string | null; end: string | null } | null;

describe('parseDateRange', () => {
  it.each<[string, Range]>([
    ['令和3年6月22日から令和3年12月31日まで', { start: '2021-06-22', end: '2021-12-31' }],
    ['令和3年6月22日より令和3年12月31日迄', { start: '2021-06-22', end: '2021-12-31' }],
    ['令和3年6月22日～令和3年12月31日', { start: '2021-06-22', end: '2021-12-31' }],
    ['令和3年6月22日〜令和3年12月31日', { start: '2021-06-22', end: '2021-12-31' }],
    ['令和3年6月22日ー令和3年12月31日', { start: '2021-06-22', end: '2021-12-31' }],
    // A date range as a Notion table writes it (eval/wild-43 ag1).
    ['2024年12月2日 → 2025年3月31日', { start: '2024-12-02', end: '2025-03-31' }],
    ['令和6年12月2日⇒令和7年3月31日', { start: '2024-12-02', end: '2025-03-31' }],
    ['令和3年6月22日－令和3年12月31日', { start: '2021-06-22', end: '2021-12-31' }],
    ['令和3年6月22日–令和3年12月31日', { start: '2021-06-22', end: '2021-12-31' }],
    ['令和3年6月22日—令和3年12月31日', { start: '2021-06-22', end: '2021-12-31' }],
    ['令和3年6月22日 - 令和3年12月31日', { start: '2021-06-22', end: '2021-12-31' }],
    ['令和3年6月22日(火)から令和3年12月31日(金)まで', { start: '2021-06-22', end: '2021-12-31' }],
    ['R3.6.22~R4.3.31', { start: '2021-06-22', end: '2022-03-31' }],
    ['2021/4/1～2022/3/31', { start: '2021-04-01', end: '2022-03-31' }],
    ['2021-04-01-2022-03-31', { start: '2021-04-01', end: '2022-03-31' }],
    ['令 和 3 年 6 月 22 日 か ら 令 和 3 年 12 月 31 日 ま で', { start: '2021-06-22', end: '2021-12-31' }],
    // the second date inherits what it leaves out
    ['令和3年6月22日から12月31日まで', { start: '2021-06-22', end: '2021-12-31' }],
    ['令和3年4月1日から30日まで', { start: '2021-04-01', end: '2021-04-30' }],
    ['令和3年4月1日～30日', { start: '2021-04-01', end: '2021-04-30' }],
    ['令和3年12月1日から3月31日まで', { start: '2021-12-01', end: '2022-03-31' }],
    ['令和3年4月から12月まで', { start: '2021-04-01', end: '2021-12-31' }],
    // a start without a year takes one from context
    ['令和3年度 4月1日から30日まで', { start: '2021-04-01', end: '2021-04-30' }],
    ['令和3年度 1月10日から2月10日まで', { start: '2022-01-10', end: '2022-02-10' }],
    ['4月1日から令和5年3月31日まで', { start: '2022-04-01', end: '2023-03-31' }],
    // trailing notes do not matter
    [
      '令和4年4月1日から令和5年3月31日まで (次年度以降も、同様の業務委託を行う)',
      { start: '2022-04-01', end: '2023-03-31' }
    ],
    ['期間：令和3年6月1日に諮問。実施期間 令和3年7月1日から令和4年3月31日まで', { start: '2021-07-01', end: '2022-03-31' }],
    // open ends
    ['契約締結日から令和4年3月31日まで', { start: null, end: '2022-03-31' }],
    ['令和4年3月31日まで', { start: null, end: '2022-03-31' }],
    ['～令和4年3月31日', { start: null, end: '2022-03-31' }],
    ['令和3年4月1日から', { start: '2021-04-01', end: null }],
    ['令和3年4月1日～', { start: '2021-04-01', end: null }],
    ['令和3年4月1日から30日以内に', { start: '2021-04-01', end: null }],
    // fiscal years
    ['令和3年度', { start: '2021-04-01', end: '2022-03-31' }],
    ['令和元年度', { start: '2019-04-01', end: '2020-03-31' }],
    // a fiscal year mentioned in a title still names a whole fiscal year
    ['令和2年度第24号議案', { start: '2020-04-01', end: '2021-03-31' }],
    ['令和3年度から令和5年度まで', { start: '2021-04-01', end: '2024-03-31' }],
    // month precision
    ['令和3年4月から令和4年3月まで', { start: '2021-04-01', end: '2022-03-31' }],
    ['令和2年2月～令和2年2月', { start: '2020-02-01', end: '2020-02-29' }],
    // kanji numerals
    ['令和五年四月一日から令和六年三月三十一日まで', { start: '2023-04-01', end: '2024-03-31' }],
    // no period
    ['令和3年1月 審査会への諮問 3月 外部委託開始', null],
    ['令和3年6月22日', null],
    ['令和3年6月22日 令和3年12月31日', null],
    ['p. 2 ~ p. 6', null],
    ['資料15-1', null],
    ['第14条第1項から第3項まで', null],
    ['', null]
  ])('%s', (input, expected) => {
    expect(parseDateRange(input)).toEqual(expected);
  });
});

describe('fiscalYearOf', () => {
  it.each<[string, number]>([
    ['2021-03-31', 2020],
    ['2021-04-01', 2021],
    ['2021-12-31', 2021],
    ['2022-01-01', 2021]
  ])('%s -> %i', (iso, expected) => {
    expect(fiscalYearOf(iso)).toBe(expected);
  });

  it('rejects what is not an ISO date', () => {
    expect(() => fiscalYearOf('令和3年')).toThrow(RangeError);
  });
});

describe('parseFiscalYear', () => {
  it.each<[string, number | null]>([
    ['令和2年度', 2020],
    ['令和元年度', 2019],
    ['平成25年度', 2013],
    ['2021年度', 2021],
    ['令和 ２ 年度', 2020],
    ['令和二年度', 2020],
    ['二〇二一年度', 2021],
    ['令和2年度第24号議案', 2020],
    ['令和2年度及び令和3年度', 2020],
    ['令和3年6月22日', null],
    ['次年度以降も', null],
    ['令和0年度', null],
    ['', null]
  ])('%s -> %s', (input, expected) => {
    expect(parseFiscalYear(input)).toBe(expected);
  });
});

describe('replaceEraDates', () => {
  it.each<[string, string]>([
    ['令和3年6月22日から', '2021-06-22から'],
    ['令和3年6月22日から令和3年12月31日まで', '2021-06-22から2021-12-31まで'],
    ['期間 令 和 ３ 年 1 月 29 日 まで', '期間 2021-01-29 まで'],
    ['R3.6.22~H31.4.1', '2021-06-22~2019-04-01'],
    ['令和五年四月一日', '2023-04-01'],
    // only full era dates change
    ['令和3年2月に', '令和3年2月に'],
    ['令和3年度', '令和3年度'],
    ['2021年6月22日', '2021年6月22日'],
    ['令和3年2月30日', '令和3年2月30日'],
    ['第14条第1項', '第14条第1項']
  ])('%s -> %s', (input, expected) => {
    expect(replaceEraDates(input)).toBe(expected);
  });
});
