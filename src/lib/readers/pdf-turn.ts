// Pages set sideways: a landscape table inserted into a portrait document (別表 turned a quarter
// to fit the page), or a whole page printed upside down. pdf.js gives each text run its transform,
// so the direction a run is written in is known: a page whose text mostly runs up, down or upside
// down is turned back before it is read, its ruling lines with it. Runs in another direction (a
// portrait page number beside a sideways table) are kept below the turned page, where the layout
// finds page furniture. Coordinates are PDF user space: y grows upwards.

import type { Glyph, PdfPage, Rule } from './pdf-layout';

/** The quarter turns a text run can be written in: 0 across, 90 up the page, 180 upside down, 270 down the page. */
export type Turn = NonNullable<Glyph['turn']>;

/** A run's direction counts as a quarter turn within this many degrees. */
const TOLERANCE = 3;
/** The page is turned when at least this share of its characters run one other way… */
const DOMINANCE = 0.6;
/** …and there are at least this many of them. */
const MIN_CHARS = 20;

/** The quarter turn of a run written at `degrees` (atan2 of its transform), or null when it is slanted. */
export function turnOf(degrees: number): Turn | null {
  const d = ((degrees % 360) + 360) % 360;
  for (const t of [0, 90, 180, 270, 360] as const) if (Math.abs(d - t) <= TOLERANCE) return t === 360 ? 0 : t;
  return null;
}

/** The turn most of the page's characters are written in, when it is not across. */
function dominantTurn(glyphs: Glyph[]): Turn {
  const chars = new Map<Turn, number>();
  let total = 0;
  for (const g of glyphs) {
    const n = [...g.str.trim()].length;
    if (n === 0) continue;
    total += n;
    const t = g.turn ?? 0;
    chars.set(t, (chars.get(t) ?? 0) + n);
  }
  for (const [t, n] of chars) if (t !== 0 && n >= MIN_CHARS && n >= DOMINANCE * total) return t;
  return 0;
}

/** A point of the page in the turned page's coordinates. */
function turnPoint(turn: Turn, W: number, H: number, x: number, y: number): [number, number] {
  // Along the runs becomes left to right; the side the glyphs' tops face becomes up.
  if (turn === 90) return [y, W - x];
  if (turn === 270) return [H - y, x];
  return [W - x, H - y];
}

/**
 * The page as the layout should read it: unchanged when its text runs across, turned back when
 * most of it runs another way.
 */
export function turnedPage(page: PdfPage): PdfPage {
  const turn = dominantTurn(page.glyphs);
  if (turn === 0) return page;
  const { width: W, height: H } = page;
  const width = turn === 180 ? W : H;
  const height = turn === 180 ? H : W;
  const glyphs = page.glyphs.map((g): Glyph => {
    if ((g.turn ?? 0) !== turn) return { str: g.str, x: g.x, y: g.y - H, w: g.w, h: g.h };
    const [x, y] = turnPoint(turn, W, H, g.x, g.y);
    return { str: g.str, x, y, w: g.w, h: g.h };
  });
  const rules = page.rules.map((r): Rule => {
    const [ax, ay] = turnPoint(turn, W, H, r.x0, r.y0);
    const [bx, by] = turnPoint(turn, W, H, r.x1, r.y1);
    return { x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: Math.min(ay, by), y1: Math.max(ay, by) };
  });
  return { width, height, glyphs, rules };
}
