import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/server/csv';

describe('toCsv', () => {
  it('writes a BOM, a header, CRLF rows, quoting and joined arrays', () => {
    const csv = toCsv<{ a: string; b: string[]; c: number | null }>(['a', 'b', 'c'], [{ a: '氏名,住所', b: ['紙', 'DVD-R'], c: null }, { a: 'say "hi"', b: [], c: 3 }]);
    expect(csv).toBe('\uFEFFa,b,c\r\n"氏名,住所",紙;DVD-R,\r\n"say ""hi""",,3\r\n');
  });
  it('keeps document text that looks like a formula as text', () => {
    expect(toCsv<{ a: string }>(['a'], [{ a: '=HYPERLINK("x")' }, { a: '-1' }])).toBe('\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n\'-1\r\n');
  });
  it('writes negative numbers as numbers (a difference of shares), not as guarded text', () => {
    expect(toCsv<{ d: number }>(['d'], [{ d: -0.25 }])).toBe('\uFEFFd\r\n-0.25\r\n');
  });
});
