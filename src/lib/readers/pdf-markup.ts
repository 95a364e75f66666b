// Revision marks printed in the text: a Word document printed with its markup, an amendment
// paper's 見え消し版.
// - Words struck through are deleted: no longer the document's, so they are left out. A strike-through
//   is a thin line through the middle of a run of characters on one line, starting and ending where
//   characters do; an underline runs lower, and a table border or a leader line does not start and
//   end with the words it passes.
// - A deletion moved to the margin leaves a short upright bar where it was, against the characters
//   beside it. It is no column border: it is dropped, or it would part the cell's line in two.
// Coordinates are PDF user space: y grows upwards.

import type { Glyph, PdfPage, Rule } from './pdf-layout';

/** A strike-through is at most this thick (pt)… */
const MAX_THICKNESS = 1.5;
/** …and runs between these fractions of the font size above the baseline (an underline is below it). */
const BAND: [number, number] = [0.15, 0.65];
/** Its ends meet the struck characters' edges within this many points. */
const END_TOLERANCE = 1.5;

interface Char {
  glyph: Glyph;
  index: number;
  x0: number;
  x1: number;
}

/** A run's characters, each given an equal share of its width (CJK runs are monospaced). */
function charsOf(glyph: Glyph): Char[] {
  const chars = [...glyph.str];
  const w = glyph.w / Math.max(chars.length, 1);
  return chars.map((_, index) => ({ glyph, index, x0: glyph.x + index * w, x1: glyph.x + (index + 1) * w }));
}

const isThinHorizontal = (r: Rule) => r.y1 - r.y0 <= MAX_THICKNESS && r.x1 - r.x0 >= 2;

/** The characters a rule strikes through, or null when it is no strike-through. */
function struckBy(rule: Rule, chars: Char[]): Char[] | null {
  const y = (rule.y0 + rule.y1) / 2;
  const hit = chars.filter((c) => {
    const { glyph: g } = c;
    const mid = (c.x0 + c.x1) / 2;
    return mid > rule.x0 && mid < rule.x1 && y >= g.y + BAND[0] * g.h && y <= g.y + BAND[1] * g.h;
  });
  if (hit.length === 0) return null;
  // One line of text, and the rule starts and ends with it.
  const base = hit[0].glyph.y;
  if (hit.some((c) => Math.abs(c.glyph.y - base) > 0.5)) return null;
  const left = Math.min(...hit.map((c) => c.x0));
  const right = Math.max(...hit.map((c) => c.x1));
  if (Math.abs(rule.x0 - left) > END_TOLERANCE || Math.abs(rule.x1 - right) > END_TOLERANCE) return null;
  return hit;
}

/** A bar no wider than this (pt)… */
const MAX_BAR_WIDTH = 3;
/** …and no taller than this share of the font size, standing against a character of its line, marks a deletion. */
const MAX_BAR_HEIGHT = 1.1;
/** The character beside the bar is this close to it (pt). */
const BESIDE = 1.5;

/** Whether an upright rule is a deletion mark: short, within one line of text, against a character of it. */
function isDeletionMark(rule: Rule, chars: Char[], tallest: number): boolean {
  const x = (rule.x0 + rule.x1) / 2;
  const height = rule.y1 - rule.y0;
  // A table's border is taller than any line of text: no pass over the characters for it.
  if (rule.x1 - rule.x0 > MAX_BAR_WIDTH || height <= 0 || height > MAX_BAR_HEIGHT * tallest) return false;
  return chars.some(({ glyph: g, x0, x1 }) => height <= MAX_BAR_HEIGHT * g.h && rule.y0 >= g.y - 0.4 * g.h && rule.y1 <= g.y + 1.2 * g.h && ((Math.abs(x1 - x) <= BESIDE && x0 < x) || (Math.abs(x0 - x) <= BESIDE && x1 > x)));
}

/** The page without the characters struck through, the strike lines and the deletion marks. */
export function withoutRevisionMarks(page: PdfPage): PdfPage {
  const upright = page.glyphs.filter((g) => (g.turn ?? 0) === 0 && g.str.trim() !== '');
  if (upright.length === 0 || page.rules.length === 0) return page;
  const chars = upright.flatMap(charsOf);
  const tallest = Math.max(...upright.map((g) => g.h));
  const struck = new Map<Glyph, Set<number>>();
  const marks = new Set<Rule>();
  const strikes: { y: number; x0: number; x1: number }[] = [];
  for (const rule of page.rules) {
    if (isDeletionMark(rule, chars, tallest)) {
      marks.add(rule);
      continue;
    }
    const hit = isThinHorizontal(rule) ? struckBy(rule, chars) : null;
    if (!hit) continue;
    marks.add(rule);
    strikes.push({ y: hit[0].glyph.y, x0: rule.x0, x1: rule.x1 });
    for (const c of hit) struck.set(c.glyph, (struck.get(c.glyph) ?? new Set()).add(c.index));
  }
  if (marks.size === 0) return page;
  let glyphs: Glyph[] = [];
  for (const g of page.glyphs) {
    const gone = struck.get(g);
    if (!gone) {
      glyphs.push(g);
      continue;
    }
    // What is left of a run is kept as runs of its own, each where its characters stood.
    const chars = charsOf(g);
    let start = -1;
    for (let i = 0; i <= chars.length; i++) {
      const keep = i < chars.length && !gone.has(i);
      if (keep && start < 0) start = i;
      if (!keep && start >= 0) {
        glyphs.push({ ...g, str: [...g.str].slice(start, i).join(''), x: chars[start].x0, w: chars[i - 1].x1 - chars[start].x0 });
        start = -1;
      }
    }
  }
  const rules = page.rules.filter((r) => !marks.has(r));
  // The words after a deletion close up to the words before it, up to the cell's border: the gap
  // would read as a space.
  for (const s of strikes.sort((a, b) => b.x0 - a.x0)) {
    const border = Math.min(...rules.filter((r) => r.x1 - r.x0 <= MAX_BAR_WIDTH && r.x0 >= s.x1 - END_TOLERANCE && r.y0 <= s.y && r.y1 >= s.y).map((r) => r.x0));
    glyphs = glyphs.map((g) => (Math.abs(g.y - s.y) <= 0.5 && g.x >= s.x1 - END_TOLERANCE && g.x < border ? { ...g, x: g.x - (s.x1 - s.x0) } : g));
  }
  return { ...page, glyphs, rules };
}
