// A document printed two pages to a sheet (「2 ページ/枚」, 2-up): each landscape sheet holds two
// reduced portrait pages side by side, each with its own header and page number. Read as one page,
// every line would run from the left page's form into the right one's; read as two, each page's
// table is read on its own, the left page first. The whole document is read so, or none of it.

import type { Glyph, PdfPage, Rule } from './pdf-layout';

/** A page number on a line of its own: `－ 3 －`, `- 3 -`, `3`, `3 / 7`. */
const PAGE_NUMBER = /^[－\-—–‐ー―]?\s*[0-9０-９]{1,3}\s*[－\-—–‐ー―]?$|^[0-9０-９]{1,3}\s*[/／]\s*[0-9０-９]{1,3}$/;

/** The gutter between the two pages: at least this share of the sheet's width, free of text and rules. */
const MIN_GUTTER = 0.015;
/** A page number sits in this share of the sheet's height from the bottom. */
const FOOT = 0.12;

/** The run of the sheet's width around x that no visible glyph covers (a run of blanks paints nothing); null when a glyph crosses x. */
function gutterAround(page: PdfPage, x: number): [number, number] | null {
  let [lo, hi] = [0, page.width];
  for (const g of page.glyphs) {
    if (g.str.trim() === '') continue;
    const [a, b] = [g.x, g.x + Math.max(g.w, 0)];
    if (a < x && b > x) return null;
    if (b <= x) lo = Math.max(lo, b);
    else hi = Math.min(hi, a);
  }
  return [lo, hi];
}

/** The page number in the foot of the half between x0 and x1, if it has one. */
function footNumber(page: PdfPage, x0: number, x1: number): number | null {
  const foot = page.glyphs.filter((g) => g.x >= x0 && g.x < x1 && g.y <= page.height * FOOT);
  const lines = new Map<number, string>();
  for (const g of foot.sort((a, b) => a.x - b.x)) {
    const y = Math.round(g.y);
    lines.set(y, (lines.get(y) ?? '') + g.str);
  }
  for (const t of lines.values()) if (PAGE_NUMBER.test(t.trim())) return Number(t.normalize('NFKC').match(/\d+/)?.[0]);
  return null;
}

/**
 * Where a landscape sheet would part into two pages: its middle, where the printer put the two
 * pages side by side, when no ruling line crosses it and no text comes near it (a gutter of at
 * least MIN_GUTTER), and there is text on both sides.
 */
function cutOf(page: PdfPage): number | null {
  if (page.width <= page.height * 1.2 || page.glyphs.length === 0) return null;
  const cut = page.width / 2;
  const gutter = gutterAround(page, cut);
  if (!gutter || gutter[1] - gutter[0] < page.width * MIN_GUTTER || page.rules.some((r) => r.x0 < cut - 1 && r.x1 > cut + 1)) return null;
  const visible = page.glyphs.filter((g) => g.str.trim() !== '');
  return visible.some((g) => g.x < cut) && visible.some((g) => g.x >= cut) ? cut : null;
}

/**
 * Whether the document was printed two pages to a sheet: one of its sheets at least parts into two
 * pages numbered one after the other in their feet (`－ ３ －` beside `－ ４ －`). A sheet of two
 * columns, a change table's old and new halves or a wide list has no such pair.
 */
export function printedNUp(sheets: PdfPage[]): boolean {
  return sheets.some((s) => {
    const cut = cutOf(s);
    if (cut === null) return false;
    const left = footNumber(s, 0, cut);
    return left !== null && footNumber(s, cut, s.width) === left + 1;
  });
}

/** A sheet of a document printed 2-up (printedNUp) as its two pages, left then right; a sheet that does not part (its right half left empty) as it is. */
export function nUpPages(page: PdfPage): PdfPage[] {
  const cut = cutOf(page);
  if (cut === null) return [page];
  const half = (x0: number, x1: number): PdfPage => {
    const glyphs = page.glyphs.filter((g) => g.x >= x0 && g.x < x1).map((g) => ({ ...g, x: g.x - x0 }));
    const rules = page.rules.filter((r) => r.x0 >= x0 - 1 && r.x1 <= x1 + 1).map((r) => ({ ...r, x0: r.x0 - x0, x1: r.x1 - x0 }));
    return { width: x1 - x0, height: page.height, glyphs, rules: withoutFrame(rules, glyphs, page.height), ...(page.notes ? { notes: page.notes } : {}) };
  };
  return [half(0, cut), half(cut, page.width)];
}

/** A rule this thin is a line. */
const LINE = 2.5;

/**
 * The border printed around each reduced page: a line the page's height at a side, outside all its
 * text, with the lines of a table inside it, which it would otherwise make the edge of an empty
 * first or last column of every table row.
 */
function withoutFrame(rules: Rule[], glyphs: Glyph[], height: number): Rule[] {
  const text = glyphs.filter((g) => g.str.trim() !== '');
  if (text.length === 0) return rules;
  const minX = Math.min(...text.map((g) => g.x));
  const maxX = Math.max(...text.map((g) => g.x + g.w));
  const vertical = rules.filter((r) => r.x1 - r.x0 <= LINE && r.y1 - r.y0 > LINE);
  const full = (r: Rule) => r.y1 - r.y0 >= height * 0.8;
  const frame = new Set<Rule>();
  const left = vertical.filter((r) => full(r) && r.x1 <= minX).sort((a, b) => a.x0 - b.x0)[0];
  if (left && vertical.some((r) => r.x0 > left.x1 + LINE && r.x1 < maxX)) frame.add(left);
  const right = vertical.filter((r) => full(r) && r.x0 >= maxX).sort((a, b) => b.x0 - a.x0)[0];
  if (right && vertical.some((r) => r.x1 < right.x0 - LINE && r.x0 > minX)) frame.add(right);
  if (frame.size === 0) return rules;
  // A box drawn as one stroked rectangle comes with its edges: the box goes with them.
  const xs = [...frame].map((r) => r.x0);
  return rules.filter((r) => !frame.has(r) && !(r.x1 - r.x0 > LINE && r.y1 - r.y0 > LINE && xs.some((x) => Math.abs(r.x0 - x) <= LINE || Math.abs(r.x1 - x) <= LINE)));
}
