import { describe, expect, it } from 'vitest';
import { nfkc } from '../../../src/lib/domain/text';

describe('nfkc', () => {
  it('turns a prolonged sound mark between digits into a dash, and keeps it in katakana words', () => {
    expect(nfkc('電話03ー1234ー5678')).toBe('電話03-1234-5678');
    expect(nfkc('データー1件')).toBe('データー1件');
    expect(nfkc('サーバーの管理')).toBe('サーバーの管理');
    expect(nfkc('令和3年4月1日〜令和4年3月31日')).toBe('令和3年4月1日~令和4年3月31日');
  });

  it('applies the fixes to a string whose only other Japanese is katakana with prolonged marks', () => {
    // The cheap pre-check must not skip a string because its prolonged marks need nothing.
    expect(nfkc('サーバー\u3000センター内\u200bの記録')).toBe('サーバー センター内の記録');
    expect(nfkc('データー、江戶川区')).toBe('データー、江戸川区');
    // A mark after a digit, before a digit, is a dash even in a line with katakana.
    expect(nfkc('ページ１ー２')).toBe('ページ1-2');
  });
});
