import { describe, expect, it } from 'vitest';
import { withoutEmptyFirstColumn } from '../../../../src/lib/domain/extract/empty-columns';

describe('withoutEmptyFirstColumn', () => {
  it('drops the first cell of a run of table rows that all open with an empty one', () => {
    expect(withoutEmptyFirstColumn('見出し\n\t件名\t委託について\n\t担当課\t福祉課\n本文')).toBe('見出し\n件名\t委託について\n担当課\t福祉課\n本文');
  });

  it('keeps a form whose labels open its rows, its value lines going on under them', () => {
    const form = '委託先\tA社\n\tB社\n件名\t委託について';
    expect(withoutEmptyFirstColumn(form)).toBe(form);
  });

  it('keeps a single line and lines with no cells', () => {
    expect(withoutEmptyFirstColumn('\t続き\n本文')).toBe('\t続き\n本文');
  });
});
