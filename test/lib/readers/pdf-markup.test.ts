import { describe, expect, it } from 'vitest';
import { pdfPagesToText, type Glyph, type PdfPage, type Rule } from '../../../src/lib/readers/pdf-layout';
import { withoutRevisionMarks } from '../../../src/lib/readers/pdf-markup';

// A Word document printed with its markup (厚木市, eval/wild-36 r1): a deletion struck through in
// place, and a short bar where a deletion was moved to the margin.
const FS = 10;
/** One glyph per character from x on baseline y, or one run when `run` is set. */
const text = (s: string, x: number, y: number, run = false): Glyph[] =>
  run ? [{ str: s, x, y, w: [...s].length * FS, h: FS }] : [...s].map((c, i) => ({ str: c, x: x + i * FS, y, w: FS, h: FS }));
const h = (y: number, x0: number, x1: number, t = 0.6): Rule => ({ x0, x1, y0: y - t / 2, y1: y + t / 2 });
const v = (x: number, y0: number, y1: number): Rule => ({ x0: x - 0.3, x1: x + 0.3, y0, y1 });
const page = (glyphs: Glyph[], rules: Rule[]): PdfPage => ({ width: 600, height: 800, glyphs, rules });
/** A label/value table: label 50–150, value 150–550, one row 700–640. */
const table = (): Rule[] => [h(700, 50, 550), h(640, 50, 550), v(50, 640, 700), v(150, 640, 700), v(550, 640, 700)];
const strings = (p: PdfPage) => p.glyphs.map((g) => g.str).join('');

describe('withoutRevisionMarks', () => {
  // 氏名、住所、電話番号、性別 on baseline 680: 電話番号、 is characters 6–10, x 215–265.
  const items = () => text('氏名、住所、電話番号、性別', 155, 680);

  it('leaves out the characters a line strikes through, and the line', () => {
    const struck = withoutRevisionMarks(page(items(), [...table(), h(683.5, 215, 265)]));
    expect(strings(struck)).toBe('氏名、住所、性別');
    expect(struck.rules).toHaveLength(table().length);
  });

  it('cuts the struck characters out of a run and closes the gap they leave', () => {
    const struck = withoutRevisionMarks(page(text('氏名、住所、電話番号、性別', 155, 680, true), [h(683.5, 215, 265)]));
    expect(struck.glyphs.map((g) => [g.str, g.x])).toEqual([
      ['氏名、住所、', 155],
      ['性別', 215]
    ]);
  });

  it('keeps an underlined insertion: the line runs below the middle', () => {
    expect(strings(withoutRevisionMarks(page(items(), [h(679, 215, 265)])))).toBe('氏名、住所、電話番号、性別');
  });

  it('keeps words a line passes without starting and ending with them (a leader to a comment, a border)', () => {
    expect(strings(withoutRevisionMarks(page(items(), [h(683.5, 215, 420)])))).toBe('氏名、住所、電話番号、性別');
    expect(strings(withoutRevisionMarks(page(items(), [h(683.5, 150, 550)])))).toBe('氏名、住所、電話番号、性別');
  });

  it('keeps a thick bar (a highlight) and lines of two baselines apart', () => {
    expect(strings(withoutRevisionMarks(page(items(), [h(683.5, 215, 265, 4)])))).toBe('氏名、住所、電話番号、性別');
  });

  it('drops a short bar against a character, not a column border', () => {
    const marked = withoutRevisionMarks(page(items(), [...table(), v(255.3, 678, 687)]));
    expect(marked.rules).toHaveLength(table().length);
    const tall = withoutRevisionMarks(page(items(), [v(255.3, 640, 700)]));
    expect(tall.rules).toHaveLength(1);
  });

  it('reads the table row whole once the marks are gone', () => {
    const glyphs = [...text('項目', 55, 680), ...items()];
    const rules = [...table(), h(683.5, 215, 265), v(215, 678, 687)];
    expect(pdfPagesToText([withoutRevisionMarks(page(glyphs, rules))])).toEqual(['項目\t氏名、住所、性別']);
    expect(pdfPagesToText([page(glyphs, rules)])[0]).not.toBe('項目\t氏名、住所、性別');
  });
});
