// A sheet printed with its row and column headings: the letters and numbers are not the text.

import { describe, expect, it } from 'vitest';
import { isColumnLetters, isPrintedSheet, withoutHeadings } from '../../../../src/lib/domain/extract/print-headings';

describe('printed headings', () => {
  it('knows a line of column letters from A, and no other line of letters', () => {
    expect(isColumnLetters('\tA\tB\tC\tD\tE\tF')).toBe(true);
    expect(isColumnLetters('A\tB\tC')).toBe(true);
    // Not from A, out of order, too few, or codes of a legend.
    expect(isColumnLetters('\tB\tC\tD')).toBe(false);
    expect(isColumnLetters('A\tC\tD')).toBe(false);
    expect(isColumnLetters('A\tB')).toBe(false);
    expect(isColumnLetters('A-1\t市\t委託契約書に特記事項を付ける。')).toBe(false);
    expect(isPrintedSheet(['番号\t件名', 'A-1\t市\t…'])).toBe(false);
    expect(isPrintedSheet(['\tA\tB\tC', '1\t一覧'])).toBe(true);
  });

  it('drops the letters, the rows that hold only their number, and each row’s number with the empty cells after it', () => {
    const lines = ['\tA\tB\tC\tD', '1\t令和4年度 案件一覧', '2', '\t\t件名\t受診勧奨業務の委託について', '6\t\t区分\t報告', '7\t\t\t'];
    expect(lines.map(withoutHeadings)).toEqual([null, '令和4年度 案件一覧', null, '件名\t受診勧奨業務の委託について', '区分\t報告', null]);
  });
});
