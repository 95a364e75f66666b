import { describe, expect, it } from 'vitest';
import { pdfPagesToText, type Glyph, type PdfPage, type Rule } from '../../../src/lib/readers/pdf-layout';
import { turnedPage, turnOf, type Turn } from '../../../src/lib/readers/pdf-turn';

const FS = 10;
const W = 595;
const H = 842;

/**
 * A landscape table (842 × 595) printed sideways on a portrait page, as pdf.js gives it: each glyph
 * and rule of the landscape page `(lx, ly)` placed where the turn puts it, the glyphs marked with
 * the direction they run in. Turned 90° the text runs up the page, 270° down it.
 */
function sideways(turn: Turn, glyphs: Glyph[], rules: Rule[]): PdfPage {
  const at = (lx: number, ly: number): [number, number] => (turn === 90 ? [W - ly, lx] : turn === 270 ? [ly, H - lx] : [W - lx, H - ly]);
  return {
    width: W,
    height: H,
    glyphs: glyphs.map((g) => {
      const [x, y] = at(g.x, g.y);
      return { ...g, x, y, turn };
    }),
    rules: rules.map((r) => {
      const [ax, ay] = at(r.x0, r.y0);
      const [bx, by] = at(r.x1, r.y1);
      return { x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: Math.min(ay, by), y1: Math.max(ay, by) };
    })
  };
}

const text = (s: string, x: number, y: number): Glyph[] => [...s].map((c, i) => ({ str: c, x: x + i * FS, y, w: FS, h: FS }));
// Rules as a transform leaves them: each segment's position off by a rounding error of its own.
let noise = 0;
const jitter = () => (noise = (noise + 0.37) % 1) * 1e-6;
const h = (y: number, x0: number, x1: number): Rule => ({ x0, x1, y0: y - 0.3 + jitter(), y1: y + 0.3 + jitter() });
const v = (x: number, y0: number, y1: number): Rule => ({ x0: x - 0.3 + jitter(), x1: x + 0.3 + jitter(), y0, y1 });

/** 別表 as a landscape form: label 40–140, value 140–620, remarks 620–800, drawn cell by cell. */
function form(): { glyphs: Glyph[]; rules: Rule[] } {
  const rows: [string, string, string][] = [
    ['項目', '内容', '備考'],
    ['件名', '配食サービス事業の委託について', ''],
    ['委託先', '株式会社うみかぜ給食センター', '公募により選定'],
    ['記録媒体', '紙、USBメモリ', '電子メールは使わない。']
  ];
  const glyphs: Glyph[] = [];
  const rules: Rule[] = [];
  rows.forEach(([a, b, c], i) => {
    const top = 500 - i * 30;
    glyphs.push(...text(a, 45, top - 20), ...text(b, 145, top - 20), ...text(c, 625, top - 20));
    for (const [x0, x1] of [[40, 140], [140, 620], [620, 800]]) rules.push(h(top, x0, x1), h(top - 30, x0, x1), v(x0, top - 30, top), v(x1, top - 30, top));
  });
  // A box around the page's heading, on the label column's left border line.
  rules.push(v(40, 540, 560), v(100, 540, 560), h(540, 40, 100), h(560, 40, 100));
  glyphs.push(...text('別表１', 45, 545));
  return { glyphs, rules };
}

const EXPECTED = ['別表１', '項目\t内容\t備考', '件名\t配食サービス事業の委託について', '委託先\t株式会社うみかぜ給食センター\t公募により選定', '記録媒体\t紙、USBメモリ\t電子メールは使わない。'];

describe('pages set sideways', () => {
  it('names the quarter turn a run is written in, and none for a slanted one', () => {
    expect([turnOf(0), turnOf(90), turnOf(-90), turnOf(180), turnOf(-179.2), turnOf(359), turnOf(2.5)]).toEqual([0, 90, 270, 180, 180, 0, 0]);
    expect(turnOf(45)).toBeNull();
  });

  it('turns a landscape table printed up the page back, and reads its ruled rows (焼津市, eval/wild-36 s1)', () => {
    const { glyphs, rules } = form();
    const page = sideways(90, glyphs, rules);
    // As pdf.js places it, the table is one glyph to a line.
    expect(pdfPagesToText([page])[0].split('\n')).not.toContain('件名\t配食サービス事業の委託について');
    const turned = turnedPage(page);
    expect([turned.width, turned.height]).toEqual([H, W]);
    expect(pdfPagesToText([turned])[0].split('\n')).toEqual(EXPECTED);
  });

  it('turns a page printed down the page or upside down as well', () => {
    const { glyphs, rules } = form();
    expect(pdfPagesToText([turnedPage(sideways(270, glyphs, rules))])[0].split('\n')).toEqual(EXPECTED);
    const upside = turnedPage({ ...sideways(180, glyphs, rules), width: H, height: W });
    expect(pdfPagesToText([upside])[0].split('\n')).toEqual(EXPECTED);
  });

  it('sets a page number printed across below the turned page, where it is dropped as page furniture, and leaves a page written across alone', () => {
    const { glyphs, rules } = form();
    const page = sideways(90, glyphs, rules);
    page.glyphs.push(...text('－２－', 280, 30).map((g) => ({ ...g, turn: 0 as const })));
    const lines = pdfPagesToText([turnedPage(page)])[0].split('\n');
    expect(lines.slice(0, EXPECTED.length)).toEqual(EXPECTED);
    // Out of the form's lines, and a page number in full-width digits (NFKC) is a page number.
    expect(lines).not.toContain('－２－');
    const across: PdfPage = { width: W, height: H, glyphs: [...glyphs, ...text('ア', 300, 300).map((g) => ({ ...g, turn: 90 as const }))], rules };
    expect(turnedPage(across)).toBe(across);
  });
});
