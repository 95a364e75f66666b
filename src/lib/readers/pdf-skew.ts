// A scanned page's OCR layer follows the scan's skew: each word sits at the height it has in the
// slightly turned image, so along a line of text the baselines drift by a point or more, and a
// line's last words fall within reach of the line below. The skew is measured from the glyphs
// themselves (the angle at which their baselines line up best, a projection profile) and taken
// out before the page is read. A page set straight has its best angle at zero and is left alone.

import type { Glyph, PdfPage, Rule } from './pdf-layout';

/** Slopes tried (dy per dx), about ±2° in steps of 0.06°. */
const MAX_SLOPE = 0.035;
const STEP = 0.001;
/** Baselines are binned at this resolution in points. */
const BIN = 0.5;
/** A slope is taken only when it lines the baselines up this much better than none. */
const GAIN = 1.15;
/** Too few glyphs say nothing about the angle. */
const MIN_GLYPHS = 40;

/** How sharply the baselines stack at a slope: the sum of squared counts per height bin. */
function sharpness(glyphs: Glyph[], slope: number): number {
  const bins = new Map<number, number>();
  for (const g of glyphs) {
    const b = Math.round((g.y - slope * g.x) / BIN);
    bins.set(b, (bins.get(b) ?? 0) + 1);
  }
  let sum = 0;
  for (const n of bins.values()) sum += n * n;
  return sum;
}

/** The page's skew as a slope (dy per dx), or 0 when its glyphs line up best unturned. */
export function skewOf(glyphs: Glyph[]): number {
  const text = glyphs.filter((g) => g.str.trim() !== '');
  if (text.length < MIN_GLYPHS) return 0;
  const flat = sharpness(text, 0);
  let best = 0;
  let bestScore = flat;
  for (let s = -MAX_SLOPE; s <= MAX_SLOPE + 1e-9; s += STEP) {
    const score = sharpness(text, s);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return bestScore >= flat * GAIN ? best : 0;
}

/** The page with its glyphs (and rules) turned back by its skew. */
export function deskewed(page: PdfPage): PdfPage {
  const slope = skewOf(page.glyphs);
  if (slope === 0) return page;
  // A small turn about the page's centre: x' = x + s·(y − cy), y' = y − s·(x − cx) (s the slope),
  // so columns stand straight as well, near where they were.
  const cx = page.width / 2;
  const cy = page.height / 2;
  const glyphs = page.glyphs.map((g) => ({ ...g, x: g.x + slope * (g.y - cy), y: g.y - slope * (g.x - cx) }));
  const rules: Rule[] = page.rules.map((r) => {
    const dx = slope * ((r.y0 + r.y1) / 2 - cy);
    const dy = slope * ((r.x0 + r.x1) / 2 - cx);
    return { x0: r.x0 + dx, x1: r.x1 + dx, y0: r.y0 - dy, y1: r.y1 - dy };
  });
  return { ...page, glyphs, rules };
}
