// Marginal notes (傍注) of a book-like PDF: a narrow column of smaller text beside the body, in the
// outer margin. Read line by line with the body they would run into its sentences; taken apart,
// each note is one paragraph after the page's body, marked as a note (`※…`) so no list or
// sentence of the body takes it in.
import type { Glyph, PdfPage } from './pdf-layout';

/** A note's text is at most this share of the body's size. */
const SMALLER = 0.88;
/** Notes stand in the outer part of the page, within this share of its width from the edge. */
const OUTER = 0.34;
/** The top and bottom of a page are its running heads and folios, not notes. */
const MARGIN = 0.07;

/** The size most of the page's text is set in (by characters). */
function bodySize(glyphs: Glyph[]): number {
  const count = new Map<number, number>();
  for (const g of glyphs) {
    const h = Math.round(g.h * 2) / 2;
    count.set(h, (count.get(h) ?? 0) + [...g.str.trim()].length);
  }
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** The x at `share` of the sorted values. */
function quantile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(share * sorted.length)))] ?? 0;
}

/** The lines of a set of glyphs, top to bottom, with their baselines and sizes. */
function linesOf(glyphs: Glyph[]): { top: number; y: number; h: number; text: string }[] {
  const lines: { y: number; h: number; glyphs: Glyph[] }[] = [];
  for (const g of [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - g.y) <= g.h * 0.4);
    if (line) line.glyphs.push(g);
    else lines.push({ y: g.y, h: g.h, glyphs: [g] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => ({ top: l.y + l.h, y: l.y, h: l.h, text: l.glyphs.sort((a, b) => a.x - b.x).map((g) => g.str).join('').trim() }))
    .filter((l) => l.text !== '');
}

/** The note paragraphs of a column of glyphs: lines top to bottom, a gap of more than a line parting notes. */
function paragraphs(glyphs: Glyph[]): { top: number; text: string }[] {
  const out: { top: number; text: string; y: number }[] = [];
  for (const l of linesOf(glyphs)) {
    const last = out.at(-1);
    if (last && last.y - l.y <= l.h * 1.9) {
      last.text += l.text;
      last.y = l.y;
    } else out.push({ top: l.top, text: l.text, y: l.y });
  }
  return out.map(({ top, text }) => ({ top, text }));
}

/** Footnotes: a note begins at its mark (`＊３`), its lines after it run on. */
function footnotes(glyphs: Glyph[]): { top: number; text: string }[] {
  const lines = linesOf(glyphs);
  const out: { top: number; text: string }[] = [];
  for (const l of lines) {
    if (/^[＊*※注][0-9０-９]/.test(l.text) || out.length === 0) out.push({ top: l.top, text: l.text });
    else out[out.length - 1].text += l.text;
  }
  return out;
}

const MARKUP_PANE = /^(?:コメント\s*\[|削除\s*[:：]|挿入\s*[:：]|書式変更|書式設定)/;

/** A footnote's mark set small and raised beside a word of the body (`要介護度＊４`). */
const NOTE_MARK = /^[＊*※][0-9０-９]{1,2}$/;

/**
 * The glyphs without footnote marks raised beside the body's words: set apart, a mark takes a line
 * of its own between the lines of its paragraph and parts a word wrapped over them. The footnote's
 * own mark, at the start of its line and not raised, stays.
 */
function withoutNoteMarks(glyphs: Glyph[], size: number): Glyph[] {
  const raised = (g: Glyph) =>
    g.h <= size * SMALLER &&
    NOTE_MARK.test(g.str.trim()) &&
    glyphs.some((b) => b !== g && Math.abs(b.h - size) <= size * 0.1 && g.y - b.y >= size * 0.1 && g.y - b.y <= size * 0.9 && Math.abs(b.x + b.w - g.x) <= size * 1.5);
  return glyphs.some(raised) ? glyphs.filter((g) => !raised(g)) : glyphs;
}

/**
 * The page without its marginal notes, and the notes: text smaller than the body's, wholly outside
 * the body's column in the outer part of the page, on two lines or more. None on a page without them.
 */
export function marginNotes(page: PdfPage): { body: Glyph[]; notes: { top: number; text: string }[] } {
  // A book's page is upright; a landscape page's small text is a slide's or a sheet's.
  if (page.width >= page.height) return { body: page.glyphs, notes: [] };
  const size = bodySize(page.glyphs);
  const glyphs = withoutNoteMarks(page.glyphs, size);
  if (glyphs.length !== page.glyphs.length) return marginNotes({ ...page, glyphs });
  const inside = (g: Glyph) => g.y > page.height * MARGIN && g.y < page.height * (1 - MARGIN);
  const body = page.glyphs.filter((g) => g.str.trim() !== '' && Math.abs(g.h - size) <= size * 0.1 && inside(g));
  if (size === 0 || body.length < 40 || !page.glyphs.some((g) => g.h <= size * SMALLER)) return { body: page.glyphs, notes: [] };
  // The body's column, without the few headings set out into the margin (`⑴␣事業の概要`).
  const left = quantile(
    body.map((g) => g.x),
    0.08
  );
  const right = quantile(
    body.map((g) => g.x + g.w),
    0.92
  );
  const side = (g: Glyph) =>
    g.h <= size * SMALLER && inside(g) && ((g.x + g.w <= left - size * 0.5 && g.x + g.w <= page.width * OUTER) || (g.x >= right + size * 0.5 && g.x >= page.width * (1 - OUTER)));
  // Text between two column rules is a table's, however small.
  const columns = page.rules.filter((r) => r.x1 - r.x0 <= 3 && r.y1 - r.y0 > size);
  const inCell = (g: Glyph) => {
    const cx = g.x + g.w / 2;
    const on = columns.filter((r) => g.y >= r.y0 - 2 && g.y <= r.y1 + 2);
    return on.some((r) => r.x0 <= cx) && on.some((r) => r.x0 > cx);
  };
  // A note's line stands wholly in the margin: small text that runs on from the body's column
  // (a masthead's date set flush right) is the body's.
  const small = page.glyphs.filter((g) => g.str.trim() !== '' && g.h <= size * SMALLER && inside(g));
  const crossesIn = (g: Glyph) => small.some((o) => !side(o) && Math.abs(o.y - g.y) <= g.h * 0.4 && (g.x < left ? o.x < right && o.x > g.x : o.x + o.w > left && o.x < g.x));
  const notes = page.glyphs.filter((g) => g.str.trim() !== '' && side(g) && !inCell(g) && !crossesIn(g));
  const paras = paragraphs(notes).filter((p) => !/^\d{1,4}$/.test(p.text));
  if (paras.length === 0 || notes.length < 6) return { body: page.glyphs, notes: [] };
  // A word processor's markup pane (`コメント [総務1]: …`, `削除: …`) is read by the layout as such.
  if (paras.some((p) => MARKUP_PANE.test(p.text))) return { body: page.glyphs, notes: [] };
  // Footnotes under the body (`＊３␣おおむね…`), set as small: notes too, on a page that has marginal ones.
  const lowest = Math.min(...body.map((g) => g.y));
  const foot = page.glyphs.filter((g) => g.str.trim() !== '' && !side(g) && inside(g) && g.h <= size * SMALLER && g.y < lowest - size * 0.5);
  const footParas = /^[＊*※注][0-9０-９]/.test(paragraphs(foot)[0]?.text ?? '') ? footnotes(foot) : [];
  const taken = new Set([...notes, ...(footParas.length ? foot : [])]);
  return { body: page.glyphs.filter((g) => !taken.has(g)), notes: [...footParas, ...paras].map((p) => ({ top: p.top, text: `※${p.text}` })) };
}

/** The page with its marginal notes and footnotes taken out of its glyphs into its notes. */
export function withMarginNotes(page: PdfPage): PdfPage {
  const { body, notes } = marginNotes(page);
  return notes.length > 0 ? { ...page, glyphs: body, notes } : body.length !== page.glyphs.length ? { ...page, glyphs: body } : page;
}
