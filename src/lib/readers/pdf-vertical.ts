// Vertical writing (縦書き): a council's answer or a letter is often set in columns read top to
// bottom, the columns right to left. pdf.js gives such a page one glyph at a time, each column at one
// x. The layout reads lines along y, so a vertical page is turned a quarter first: a column becomes a
// line (down the column → left to right), and the columns follow one another from the right edge to
// the left one as lines do from the top down. Coordinates are PDF user space: y grows upwards.

import type { Glyph, PdfPage, Rule } from './pdf-layout';

/** The next glyph of a column starts within this many font sizes of the last one's top. */
const STEP_MIN = 0.7;
const STEP_MAX = 1.6;
/** Glyphs of one column share their x within this many points. */
const SAME_X = 1;
/** A page is read as vertical when at least this many glyphs stand in columns… */
const MIN_VERTICAL = 20;
/** …and they outnumber the characters set in horizontal runs this many times. */
const DOMINANCE = 2;

const key = (x: number) => Math.round(x / SAME_X);

/** Indices of the glyphs that have a neighbour one step above or below in their column. */
function inColumns(glyphs: Glyph[]): Set<number> {
  const byX = new Map<number, number[]>();
  glyphs.forEach((g, i) => {
    if (g.str.trim() === '') return;
    const k = key(g.x);
    for (const kk of [k - 1, k, k + 1]) if (byX.has(kk) && Math.abs(glyphs[byX.get(kk)![0]].x - g.x) <= SAME_X) return void byX.get(kk)!.push(i);
    byX.set(k, [i]);
  });
  const out = new Set<number>();
  for (const members of byX.values()) {
    members.sort((a, b) => glyphs[b].y - glyphs[a].y);
    for (let j = 1; j < members.length; j++) {
      const above = glyphs[members[j - 1]];
      const below = glyphs[members[j]];
      const step = above.y - below.y;
      const size = Math.max(above.h, below.h);
      // One glyph to an item: a run of several characters is horizontal text.
      if ([...above.str].length === 1 && [...below.str].length === 1 && step >= STEP_MIN * size && step <= STEP_MAX * size) {
        out.add(members[j - 1]);
        out.add(members[j]);
      }
    }
  }
  return out;
}

/**
 * Indices of the glyphs set in horizontal runs: items of several characters, and single glyphs side
 * by side on one baseline (a page number, a stamp, a heading set across).
 */
function inRuns(glyphs: Glyph[], vertical: Set<number>): Set<number> {
  const out = new Set<number>();
  const singles: number[] = [];
  glyphs.forEach((g, i) => {
    if (vertical.has(i) || g.str.trim() === '') return;
    if ([...g.str].length > 1) out.add(i);
    else singles.push(i);
  });
  // Below the columns' foot lies page furniture set across (`－␣五␣－`, its glyphs a space
  // apart): no glyph of a column is there. (Above their heads a lone glyph may be an outline mark
  // set a step higher than its column.)
  const foot = Math.min(...[...vertical].map((i) => glyphs[i].y));
  for (const i of singles) if (glyphs[i].y + glyphs[i].h < foot) out.add(i);
  singles.sort((a, b) => glyphs[a].y - glyphs[b].y || glyphs[a].x - glyphs[b].x);
  for (let j = 1; j < singles.length; j++) {
    const a = glyphs[singles[j - 1]];
    const b = glyphs[singles[j]];
    if (Math.abs(a.y - b.y) < 1 && b.x - (a.x + a.w) < 0.6 * Math.max(a.h, b.h)) {
      out.add(singles[j - 1]);
      out.add(singles[j]);
    }
  }
  return out;
}

const chars = (glyphs: Glyph[], ids: Set<number>) => [...ids].reduce((n, i) => n + [...glyphs[i].str].length, 0);

/**
 * The page as the layout should read it: unchanged when it is written across, turned a quarter when
 * it is written in columns. Horizontal runs on a vertical page (a page number, a stamp) are kept
 * below the turned columns, where the layout finds page furniture.
 */
export function uprightPage(page: PdfPage): PdfPage {
  const vertical = inColumns(page.glyphs);
  const across = inRuns(page.glyphs, vertical);
  if (vertical.size < MIN_VERTICAL || vertical.size < DOMINANCE * chars(page.glyphs, across)) return page;
  const H = page.height;
  // A lone glyph (an outline mark at a column's head, 様 set apart, 記) belongs to its column too.
  const glyphs = page.glyphs.map((g, i): Glyph => {
    if (across.has(i)) return { ...g, y: g.y - H };
    // Down the column is left to right; the rightmost column is the top line.
    return { str: g.str, x: H - g.y, y: g.x, w: g.h, h: g.h };
  });
  const rules = page.rules.map((r): Rule => ({ x0: H - r.y1, x1: H - r.y0, y0: r.x0, y1: r.x1 }));
  return { width: H, height: page.width, glyphs, rules };
}
