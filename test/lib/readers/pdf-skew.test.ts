import { describe, expect, it } from 'vitest';
import { deskewed, skewOf } from '../../../src/lib/readers/pdf-skew';
import { pdfPagesToText, type Glyph, type PdfPage } from '../../../src/lib/readers/pdf-layout';

const FS = 10;
/** A line of text whose baseline drifts by `slope` per point across the page, as a skewed scan's OCR words sit. */
const line = (s: string, x: number, y: number, slope: number): Glyph[] => [...s].map((c, i) => ({ str: c, x: x + i * FS, y: y + slope * (x + i * FS), w: FS, h: FS }));
const page = (glyphs: Glyph[]): PdfPage => ({ width: 600, height: 800, glyphs, rules: [] });

describe('the skew of a scanned page’s OCR layer', () => {
  const text = ['委託先に取り扱わせる個人情報の項目は氏名住所電話番号である', '記録媒体は紙及び受託者の事務所に設置するパソコンとする', '受託者には個人情報の取扱責任者を定めさせ名簿を提出させる'];

  it('is measured from the baselines and taken out, so each line reads whole', () => {
    const slope = -0.02;
    const glyphs = text.flatMap((t, k) => line(t, 50, 700 - k * 14, slope));
    expect(skewOf(glyphs)).toBeCloseTo(slope, 3);
    // Unturned, the lines' ends sink into the next line's reach; turned back, each is one line.
    expect(pdfPagesToText([page(glyphs)])[0].split('\n')).not.toEqual(text);
    expect(pdfPagesToText([deskewed(page(glyphs))])[0].split('\n')).toEqual(text);
  });

  it('is nothing on a page set straight, which is left as it is', () => {
    const glyphs = text.flatMap((t, k) => line(t, 50, 700 - k * 14, 0));
    expect(skewOf(glyphs)).toBe(0);
    const p = page(glyphs);
    expect(deskewed(p)).toBe(p);
  });
});
