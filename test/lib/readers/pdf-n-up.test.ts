import { describe, expect, it } from 'vitest';
import { pdfPagesToText, type Glyph, type PdfPage, type Rule } from '../../../src/lib/readers/pdf-layout';
import { nUpPages, printedNUp } from '../../../src/lib/readers/pdf-n-up';

// Council papers printed two pages to a sheet (鳴門市, eval/wild-43 af2): A4 landscape sheets, each
// holding two reduced portrait pages in a frame, each with a ruled label/value form and its page
// number in its foot.
const FS = 8;
const text = (s: string, x: number, y: number): Glyph[] => [...s].map((c, i) => ({ str: c, x: x + i * FS, y, w: FS, h: FS }));
const h = (y: number, x0: number, x1: number): Rule => ({ x0, x1, y0: y - 0.3, y1: y + 0.3 });
const v = (x: number, y0: number, y1: number): Rule => ({ x0: x - 0.3, x1: x + 0.3, y0, y1 });
const W = 842;
const H = 595;

/** One reduced page from x: a frame, a form of one row (label 50–110, value 110–380) and its number. */
function reduced(x: number, label: string, value: string, n: number | null): { glyphs: Glyph[]; rules: Rule[] } {
  const frame = [v(x + 6, 7, 588), v(x + 412, 7, 588), h(7, x + 6, x + 412), h(588, x + 6, x + 412)];
  const form = [h(500, x + 50, x + 380), h(470, x + 50, x + 380), v(x + 50, 470, 500), v(x + 110, 470, 500), v(x + 380, 470, 500)];
  const glyphs = [...text(label, x + 55, 482), ...text(value, x + 115, 482), ...(n === null ? [] : text(`－ ${n} －`, x + 190, 30))];
  return { glyphs, rules: [...frame, ...form] };
}

function sheet(...halves: ({ glyphs: Glyph[]; rules: Rule[] } | null)[]): PdfPage {
  const parts = halves.filter((p): p is { glyphs: Glyph[]; rules: Rule[] } => p !== null);
  return { width: W, height: H, glyphs: parts.flatMap((p) => p.glyphs), rules: parts.flatMap((p) => p.rules) };
}

describe('printedNUp and nUpPages', () => {
  const two = sheet(reduced(0, '件名', '受診票の審査支払事務の委託', 3), reduced(421, '担当課', '健康増進課', 4));

  it('reads each half of a 2-up sheet as a page of its own, left first, its form without the frame’s empty columns', () => {
    expect(printedNUp([two])).toBe(true);
    const pages = nUpPages(two);
    expect(pages).toHaveLength(2);
    expect(pdfPagesToText(pages).map((t) => t.split('\n')[0])).toEqual(['件名\t受診票の審査支払事務の委託', '担当課\t健康増進課']);
    // Read as one sheet, the two forms run into one line with the frames' empty cells.
    expect(pdfPagesToText([two])[0].split('\n')[0]).not.toBe('件名\t受診票の審査支払事務の委託');
  });

  it('keeps a sheet whose right half is empty (the last page of an odd count) whole', () => {
    expect(nUpPages(sheet(reduced(0, '件名', '外部結合について', 7), null))).toHaveLength(1);
  });

  it('is not taken from a landscape sheet whose halves are not numbered one after the other', () => {
    expect(printedNUp([sheet(reduced(0, '件名', '委託について', null), reduced(421, '担当課', '健康増進課', null))])).toBe(false);
    expect(printedNUp([sheet(reduced(0, '件名', '委託について', 3), reduced(421, '担当課', '健康増進課', 3))])).toBe(false);
  });

  it('is not taken from a sheet that a ruling line or a line of text crosses in the middle (a change table’s old and new halves)', () => {
    const crossed = { ...two, rules: [...two.rules, h(520, 30, 800)] };
    expect(printedNUp([crossed])).toBe(false);
    const spanning = { ...two, glyphs: [...two.glyphs, ...text('新旧対照表の見出しが紙面の中央を横切る', 300, 560)] };
    expect(printedNUp([spanning])).toBe(false);
  });

  it('leaves a portrait page alone', () => {
    const portrait: PdfPage = { width: H, height: W, glyphs: text('件名', 50, 700), rules: [] };
    expect(printedNUp([portrait])).toBe(false);
    expect(nUpPages(portrait)).toEqual([portrait]);
  });
});
