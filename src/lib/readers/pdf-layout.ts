// Reading order from positioned PDF text. Council forms are ruled tables (a label column and a
// value column); text extraction alone scrambles them. Here the ruling lines give the cells, the
// glyphs are put in their cells, wrapped lines inside a cell are rejoined, and each table row
// becomes one `label<TAB>value` line — the shape the layout stage reads from text documents.
// Coordinates are PDF user space: y grows upwards.
import { CELL_BREAK } from '../domain/text';

export interface Glyph {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  w: number;
  /** Font size. */
  h: number;
  /** The quarter turn the run is written in (pdf-turn.ts); across when absent. */
  turn?: 0 | 90 | 180 | 270 | null;
}

export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPage {
  width: number;
  height: number;
  glyphs: Glyph[];
  /** Thin filled or stroked rectangles and lines: candidate table borders. */
  rules: Rule[];
  /** Notes taken out of the page's glyphs (a book's marginal notes), each one paragraph. */
  notes?: { top: number; text: string }[];
}

/** Separates lines inside one table cell (its one definition is the domain's: the layout stage reads it). */
export { CELL_BREAK };

const THIN = 3;
const EPS = 1.5;

interface HRule {
  y: number;
  x0: number;
  x1: number;
}
interface VRule {
  x: number;
  y0: number;
  y1: number;
}

/**
 * Collinear, touching segments merged: borders are often drawn cell by cell. Segments within EPS
 * of one line are gathered first and then merged in order along it: their positions differ by a
 * rounding error (a page turned by a transform), and ordering by that error would put a segment
 * after one further along the line and lose it.
 */
function mergeSegments<T>(rules: T[], at: (r: T) => number, start: (r: T) => number, end: (r: T) => number, extend: (r: T, to: number) => void): T[] {
  const byLine = [...rules].sort((a, b) => at(a) - at(b));
  const out: T[] = [];
  for (let i = 0; i < byLine.length; ) {
    let j = i + 1;
    while (j < byLine.length && at(byLine[j]) - at(byLine[j - 1]) <= EPS) j++;
    const line = byLine.slice(i, j).sort((a, b) => start(a) - start(b));
    let last: T | null = null;
    for (const r of line) {
      if (last && start(r) <= end(last) + EPS) extend(last, Math.max(end(last), end(r)));
      else out.push((last = { ...r }));
    }
    i = j;
  }
  return out;
}
const mergeH = (rules: HRule[]) => mergeSegments(rules, (r) => r.y, (r) => r.x0, (r) => r.x1, (r, to) => (r.x1 = to));
const mergeV = (rules: VRule[]) => mergeSegments(rules, (r) => r.x, (r) => r.y0, (r) => r.y1, (r, to) => (r.y1 = to));

/** The longest gap between the dots or dashes of one dotted or dashed border. */
const DOT_GAP = 4;
/** Fewer dots in a column than this are no border (a bullet, a stray mark). */
const MIN_DOTS = 6;

/**
 * A dotted or dashed vertical border (Word draws each dot as a small filled box): dots at one x,
 * each within DOT_GAP of the next, joined into one rule.
 */
function dottedColumns(dots: Rule[]): VRule[] {
  const sorted = [...dots].sort((a, b) => a.x0 - b.x0 || a.y0 - b.y0);
  const out: VRule[] = [];
  let run: Rule[] = [];
  const flush = () => {
    if (run.length >= MIN_DOTS) out.push({ x: (run[0].x0 + run[0].x1) / 2, y0: run[0].y0, y1: run[run.length - 1].y1 });
    run = [];
  };
  for (const d of sorted) {
    const last = run[run.length - 1];
    if (last && Math.abs(last.x0 - d.x0) <= 0.5 && d.y0 - last.y1 <= DOT_GAP) run.push(d);
    else {
      flush();
      run = [d];
    }
  }
  flush();
  return out;
}

function splitRules(rules: Rule[]): { h: HRule[]; v: VRule[] } {
  const h: HRule[] = [];
  const v: VRule[] = [];
  const dots: Rule[] = [];
  for (const r of rules) {
    const w = r.x1 - r.x0;
    const ht = r.y1 - r.y0;
    if (ht <= THIN && w > 4) h.push({ y: (r.y0 + r.y1) / 2, x0: r.x0, x1: r.x1 });
    else if (w <= THIN && ht > 4) v.push({ x: (r.x0 + r.x1) / 2, y0: r.y0, y1: r.y1 });
    else if (w <= THIN && ht <= 4) dots.push(r);
  }
  return { h: mergeH(h), v: mergeV([...v, ...dottedColumns(dots)]) };
}

/** A list item, a heading or a note (`（注）`) starts its own line inside a cell; anything else continues the line above. */
const LINE_START = /^(?:\d{1,2}[\s.．、)]|\(\s*\d{1,2}\s*\)|（\s*\d{1,2}\s*）|[（(]\s*(?:注|備考|参考)\s*\d{0,2}\s*[）)]|[①-⑳]|[ア-ン][\s．.]|[・○●◯■□◆◇※【〔［《<＜-]|第\s*\d+)/;

interface Line {
  y: number;
  x: number;
  h: number;
  /** Where the line's last glyph ends. */
  end: number;
  text: string;
}

/** Glyphs on one baseline (within a third of the font size), in x order, with spaces at visible gaps. */
function toLines(glyphs: Glyph[]): Line[] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Glyph[][] = [];
  for (const g of sorted) {
    const line = lines.find((l) => Math.abs(l[0].y - g.y) <= Math.max(1, Math.min(l[0].h, g.h) * 0.35));
    if (line) line.push(g);
    else lines.push([g]);
  }
  return lines
    .map((l) => {
      l.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const g of l) {
        // A gap wider than a third of the font size is a space the PDF did not write out.
        if (text && g.x - end > g.h * 0.33 && !text.endsWith(' ') && g.str.trim()) text += ' ';
        text += g.str;
        end = Math.max(end, g.x + g.w);
      }
      return { y: l[0].y, x: l[0].x, h: Math.max(...l.map((g) => g.h)), end, text: text.replace(/\s+/g, ' ').trim() };
    })
    .filter((l) => l.text !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x);
}

const ASCII_END = /[A-Za-z0-9]$/;
const ASCII_START = /^[A-Za-z0-9]/;

/**
 * How far short of the cell's right border, in characters, a line must end to have been broken by
 * its writer: a wrapped line fills the cell but for a character or two held over by line-breaking
 * rules (a bracket takes the character before it along) and the cell's padding.
 */
const SHORT_LINE_EMS = 3.5;

/**
 * A cell's lines: wrapped lines rejoined; list items, and entries written one to a line
 * (`保健所の端末` / `〇〇システム` / `紙（発生届）`: a line ending well before the border), kept apart.
 */
function cellText(glyphs: Glyph[], right: number): string {
  const out: string[] = [];
  let prev: Line | null = null;
  for (const l of toLines(glyphs)) {
    const last = out.length - 1;
    const ascii = last >= 0 && ASCII_END.test(out[last]) && ASCII_START.test(l.text);
    // A Latin word too long for the rest of a line wraps early: only Japanese text says more. A
    // bracket opening the next line qualifies what ends this one (`保護対策` / `（区の対策）`).
    const broken = prev !== null && !ascii && !/^[(（［[〔]/.test(l.text) && right - prev.end > SHORT_LINE_EMS * prev.h;
    if (last >= 0 && !LINE_START.test(l.text) && !broken) out[last] += (ascii ? ' ' : '') + l.text;
    else out.push(l.text);
    prev = l;
  }
  return out.join(CELL_BREAK);
}

interface Cell {
  l: number;
  r: number;
  t: number;
  b: number;
  glyphs: Glyph[];
}

interface Block {
  top: number;
  text: string;
  /** Free text line (not in a table), for header and footer detection. */
  free: boolean;
  /** On a page set in two columns: which column the block is in, or `span` across both. */
  side?: 'left' | 'right' | 'span';
}

/** One page as text lines in reading order. */
/** A label on a line of its own in a framed box: a short phrase, no punctuation or numbering. */
const BOX_LABEL_LINE = /^[^\s、。，,：:0-9０-９()（）・]{2,12}$/;

/** A form's value column carried from page to page: what the page before found, and what this one finds. */
export interface FormColumn {
  carried?: number | null;
  found?: number | null;
}

export function pageBlocks(page: PdfPage, form: FormColumn = {}): Block[] {
  const { h, v } = splitRules(page.rules);
  const cells = new Map<string, Cell>();
  let free: Glyph[] = [];
  for (const g of page.glyphs) {
    if (!g.str) continue;
    const cx = g.x + g.w / 2;
    const cy = g.y + g.h * 0.35;
    let left: VRule | null = null;
    let right: VRule | null = null;
    for (const vr of v) {
      if (cy < vr.y0 - EPS || cy > vr.y1 + EPS) continue;
      if (vr.x <= cx && (!left || vr.x > left.x)) left = vr;
      if (vr.x > cx && (!right || vr.x < right.x)) right = vr;
    }
    if (!left || !right) {
      free.push(g);
      continue;
    }
    const l = left.x;
    const r = right.x;
    // A row broken by a page has no border where the page cuts it: the column rules end there.
    let t = Math.min(left.y1, right.y1);
    let b = Math.max(left.y0, right.y0);
    for (const hr of h) {
      // A cell's border spans the cell; a line under or through some of its words (a tracked
      // insertion underlined, a deletion struck out) does not, and parts nothing.
      if (hr.x0 > l + EPS || hr.x1 < r - EPS) continue;
      if (hr.y >= cy && hr.y < t) t = hr.y;
      if (hr.y < cy && hr.y > b) b = hr.y;
    }
    if (![l, r, t, b].every(Number.isFinite)) {
      free.push(g);
      continue;
    }
    const key = [l, r, t, b].map((n) => n.toFixed(1)).join(',');
    const cell = cells.get(key) ?? { l, r, t, b, glyphs: [] };
    cell.glyphs.push(g);
    cells.set(key, cell);
  }
  const gutter = columnGutter(free, page.width);
  // Cells sharing their top and bottom borders form a row; columns come from the vertical rules
  // crossing the row, so an empty label cell (a value continued from the previous page) stays empty.
  const rows = new Map<string, { t: number; b: number; cells: Cell[] }>();
  for (const c of cells.values()) {
    const key = `${c.t.toFixed(1)},${c.b.toFixed(1)}`;
    const row = rows.get(key) ?? { t: c.t, b: c.b, cells: [] };
    row.cells.push(c);
    rows.set(key, row);
  }
  const blocks: Block[] = [];
  // Every column rule crossing the row counts, so a leading empty cell is kept.
  const crossing = (row: { t: number; b: number; cells: Cell[] }) => {
    const mid = (row.t + row.b) / 2;
    // A change bar in the margin beside one revised line is no column: outside the row's cells, a
    // rule counts only when it runs down most of the row.
    const [l, r] = [Math.min(...row.cells.map((c) => c.l)), Math.max(...row.cells.map((c) => c.r))];
    const covers = (vr: VRule) => (vr.x >= l - EPS && vr.x <= r + EPS) || Math.min(vr.y1, row.t) - Math.max(vr.y0, row.b) >= 0.8 * (row.t - row.b) - EPS;
    return [...new Set(v.filter((vr) => vr.y0 - EPS <= mid && mid <= vr.y1 + EPS && covers(vr)).map((vr) => Number(vr.x.toFixed(1))))].sort((a, b) => a - b);
  };
  const inside = (c: Cell, l: number, r: number) => c.l >= l - EPS && c.r <= r + EPS;
  const allRows = [...rows.values()];
  for (const row of allRows) {
    const xs = crossing(row);
    // A framed box standing alone (a newsletter's box of facts, `担当するところ` over its value): no
    // table, so its lines stay lines rather than one cell's wrapped text.
    const [box] = row.cells;
    const alone = row.cells.length === 1 && !allRows.some((o) => o !== row && (Math.abs(o.t - row.b) <= EPS || Math.abs(o.b - row.t) <= EPS) && o.cells.some((c) => c.l < box.r && c.r > box.l));
    const boxLines = alone ? toLines(box.glyphs) : [];
    // Two or more short label lines among them: a table's cell carried over a page has none.
    if (boxLines.length >= 4 && boxLines.filter((l) => BOX_LABEL_LINE.test(l.text.trim())).length >= 2) {
      for (const l of boxLines) blocks.push({ top: l.y + l.h, text: l.text, free: false, side: sideOf(row.cells) });
      continue;
    }
    // A slide's list of facts (`件名␣␣…` / `担当␣␣…`, values in a column of their own): a line per
    // fact, its label and value apart. The frame may be ruled into parts (the slide's footer).
    const entries = row.cells.length === 1 ? boxEntries(box.glyphs) : null;
    if (entries) {
      for (const e of entries) blocks.push({ top: e.top, text: e.text, free: false, side: sideOf(row.cells) });
      continue;
    }
    // A group heading over the column heads of a sheet (`市が講じる措置` over six narrow columns),
    // beside heads that span the whole header from the left: each group is repeated over the
    // columns of the row under it that it spans, so every column keeps its group.
    const below = allRows.find((o) => Math.abs(o.t - row.b) <= EPS);
    const fine = below ? crossing(below) : [];
    const spannedFromLeft = xs.length > 2 && !row.cells.some((c) => inside(c, xs[0], xs[1])) && !row.cells.some((c) => inside(c, xs[1], xs[2]));
    const grouped = spannedFromLeft && fine.length > xs.length && xs.every((x) => fine.some((f) => Math.abs(f - x) <= EPS));
    const bounds = grouped ? fine : xs;
    const texts: string[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const inCol = row.cells.filter((c) => (grouped ? c.l <= bounds[i] + EPS && c.r >= bounds[i + 1] - EPS : inside(c, bounds[i], bounds[i + 1])));
      texts.push(inCol.map((c) => cellText(c.glyphs, c.r)).join(CELL_BREAK));
    }
    while (texts.length > 1 && texts[texts.length - 1] === '') texts.pop();
    if (texts.some((x) => x !== '')) blocks.push({ top: row.t, text: texts.join('\t'), free: false, side: sideOf(row.cells) });
  }
  if (gutter === null) {
    // Label boxes over value boxes (a slide): each box's label with its value, the rest as before.
    const boxes = labelBoxes(free);
    if (boxes.blocks.length > 0) {
      blocks.push(...boxes.blocks);
      free = free.filter((g) => !boxes.used.has(g));
    }
    const pairs = pairGrid(free);
    const column = pairs === null ? (labelColumn(free) ?? carriedColumn(free, form.carried)) : null;
    form.found = column;
    if (column !== null) {
      // A form without vertical rules (labels at the left margin, values at one x): each line as
      // `label⇥value`, a value's wrapped line as `⇥value`, so nothing runs into the label column.
      // A label that filled its column (`取り扱う個人` / `情報の項目`, `所管部局・担` / `当課`) goes
      // on under itself: the next line's label part is more of it, its value a wrapped line.
      let last: { block: Block; end: number; y: number } | null = null;
      for (const row of baselineRows(free.filter((g) => g.str.trim() !== ''))) {
        const h = Math.max(...row.map((g) => g.h));
        const top = row[0].y + h;
        const split = formSplit(row, column);
        const left = split ? null : row.every((g) => g.x + g.w <= column + 1) ? row : null;
        const label = split?.label ?? (left ? left.map((g) => g.str.trim()).join('') : '');
        const more = last !== null && last.y - row[0].y <= 1.8 * h && last.end >= column - 1.5 * h && label !== '' && !/^\d/.test(label) && [...label].length <= 10;
        if (more && last) {
          last.block.text = last.block.text.replace('\t', `${label}\t`);
          if (split) blocks.push({ top, text: `\t${toLines(split.value)[0]?.text ?? ''}`, free: true });
          last = null;
          continue;
        }
        if (split === null) {
          for (const l of toLines(row)) blocks.push({ top: l.y + l.h, text: l.text, free: true });
          last = null;
        } else {
          const block: Block = { top, text: `${split.label}\t${toLines(split.value)[0]?.text ?? ''}`, free: true };
          blocks.push(block);
          const labelEnd = Math.max(...row.filter((g) => !split.value.includes(g)).map((g) => g.x + g.w));
          last = split.label === '' ? null : { block, end: labelEnd, y: row[0].y };
        }
      }
      return blocks.sort((a, b) => b.top - a.top);
    }
    if (pairs === null) {
      // A box of notes standing beside a table (a slide's `登録の流れ` right of its items table) is
      // read after the table, not line by line between its rows.
      const note = sideNote(free, [...cells.values()], allRows.length);
      for (const l of toLines(note ? free.filter((g) => !note.glyphs.has(g)) : free)) blocks.push({ top: l.y + l.h, text: l.text, free: true });
      if (note) toLines([...note.glyphs]).forEach((l, i) => blocks.push({ top: note.bottom - 0.01 * (i + 1), text: l.text, free: true }));
      return blocks.sort((a, b) => b.top - a.top);
    }
    // A form set as label：value pairs two to a line, without rules: each run of its lines is read
    // left column, then right, so a value wrapped onto the next line stays with its label.
    const side = (g: Glyph): Block['side'] => (!pairs.grid.has(g) ? 'span' : g.x + g.w / 2 < pairs.x ? 'left' : 'right');
    for (const s of ['span', 'left', 'right'] as const) for (const l of toLines(free.filter((g) => side(g) === s))) blocks.push({ top: l.y + l.h, text: l.text, free: true, side: s });
    for (const b of blocks) if (!b.free) b.side = 'span';
    return inColumnOrder(blocks.sort((a, b) => b.top - a.top));
  }
  // Text set in two columns: lines that cross the gutter span the page (a masthead, a lead);
  // between two of them, the left column is read to its end before the right one.
  const spanning = new Set(baselineRows(free).filter((row) => crosses(row, gutter)).flat());
  for (const l of toLines(free.filter((g) => spanning.has(g)))) blocks.push({ top: l.y + l.h, text: l.text, free: true, side: 'span' });
  for (const side of ['left', 'right'] as const) {
    const own = free.filter((g) => !spanning.has(g) && (g.x + g.w / 2 < gutter) === (side === 'left'));
    for (const l of toLines(own)) blocks.push({ top: l.y + l.h, text: l.text, free: true, side });
  }
  for (const b of blocks) if (!b.free) b.side = b.side === undefined ? 'span' : b.side;
  return inColumnOrder(blocks.sort((a, b) => b.top - a.top));

  function sideOf(rowCells: Cell[]): Block['side'] {
    if (gutter === null) return undefined;
    if (rowCells.some((c) => c.l < gutter - EPS && c.r > gutter + EPS)) return 'span';
    return rowCells.every((c) => c.r <= gutter + EPS) ? 'left' : 'right';
  }
}

/** A label before its value in a box's list of facts: a few words, no punctuation, bracket or list mark. */
const ENTRY_LABEL = /^(?=(?:[^\d０-９]){2})[^\s、。，,：:【】［］〔〕()（）<>＜＞・※①-⑳]{2,10}$/;

/**
 * The lines of a framed box whose facts are set as a list, a short label and its value in a column
 * of its own (a slide's `件名␣␣…` / `担当␣␣…`): a line per fact as `label⇥value`, a value's wrapped
 * lines joined to it, other lines as they are. Null when fewer than two labels share the column.
 */
function boxEntries(glyphs: Glyph[]): { top: number; text: string }[] | null {
  // Spaces are kept for the text, not for finding the gap.
  const lines = baselineRows(glyphs).filter((r) => r.some((g) => g.str.trim() !== ''));
  const rows = lines.map((r) => r.filter((g) => g.str.trim() !== '').sort((a, b) => a.x - b.x));
  // Where each line's value starts after its label: the first gap of a character or more.
  const splits = rows.map((r) => {
    for (let i = 0; i + 1 < r.length; i++) {
      const label = r.slice(0, i + 1).map((g) => g.str).join('').trim();
      if ([...label].length > 10) return null;
      if (r[i + 1].x - (r[i].x + r[i].w) >= 0.9 * r[i].h) return ENTRY_LABEL.test(label) ? { at: i + 1, x: r[i + 1].x, label } : null;
    }
    return null;
  });
  const xs = splits.flatMap((s) => (s ? [s.x] : []));
  const column = xs.find((x) => xs.filter((y) => Math.abs(y - x) <= EPS).length >= 2);
  if (column === undefined) return null;
  // A value wraps in its column, or back under its label when its line was full.
  const end = (r: Glyph[]) => Math.max(...r.map((g) => g.x + g.w));
  const right = Math.max(...rows.map(end));
  const text = (gs: Glyph[]) => toLines(gs).map((l) => l.text).join(' ');
  const out: { top: number; text: string; open: boolean }[] = [];
  rows.forEach((r, i) => {
    const s = splits[i];
    const top = r[0].y + r[0].h;
    const last = out.at(-1);
    const prev = rows[i - 1];
    const wrapped = last?.open && (r[0].x >= column - EPS || right - end(prev) <= 2 * prev[0].h);
    if (s && Math.abs(s.x - column) <= EPS) out.push({ top, text: `${s.label}\t${text(lines[i].filter((g) => g.x >= s.x - EPS))}`, open: true });
    else if (wrapped && last) last.text += (ASCII_END.test(last.text) && ASCII_START.test(text(r)) ? ' ' : '') + text(lines[i]);
    else out.push({ top, text: text(lines[i]), open: false });
  });
  return out.map(({ top, text }) => ({ top, text }));
}

/** Glyphs on one baseline, as toLines groups them. */
function baselineRows(glyphs: Glyph[]): Glyph[][] {
  const rows: Glyph[][] = [];
  for (const g of [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find((l) => Math.abs(l[0].y - g.y) <= Math.max(1, Math.min(l[0].h, g.h) * 0.35));
    if (row) row.push(g);
    else rows.push([g]);
  }
  return rows;
}

/**
 * Whether a line runs across x: a glyph covers it, or the glyphs either side of it are closer than
 * a character and a half (a producer may write each character as a glyph of its own, edge to edge,
 * and a full-width space is no gutter).
 */
function crosses(row: Glyph[], x: number): boolean {
  let end = -Infinity;
  let start = Infinity;
  let h = 0;
  for (const g of row) {
    if (g.str.trim() === '') continue;
    if (g.x < x && g.x + g.w > x) return true;
    if (g.x + g.w <= x) end = Math.max(end, g.x + g.w);
    else start = Math.min(start, g.x);
    h = Math.max(h, g.h);
  }
  return start - end < 1.5 * h;
}

/** A label and its colon opening a pair (`担当課：`, `委託期間：`). */
const PAIR_LABEL = /^[^\s：:。、，,()（）]{2,12}[：:]/;

/** A row's glyphs split where a gap of a character and a half or more parts them. */
function glyphRuns(row: Glyph[]): Glyph[][] {
  const runs: Glyph[][] = [];
  let end = -Infinity;
  for (const g of [...row].filter((x) => x.str.trim() !== '').sort((a, b) => a.x - b.x)) {
    if (runs.length === 0 || g.x - end >= 1.5 * g.h) runs.push([]);
    runs[runs.length - 1].push(g);
    end = Math.max(end, g.x + g.w);
  }
  return runs;
}

/**
 * An unruled form of `label：value` pairs two to a line (`担当課：…␣␣委託先：…`): the x where the
 * second pairs start, and the glyphs of the grid's lines. A line of the grid is one with two pairs,
 * or one close below such a line that does not run across that x (a value wrapped in its column);
 * at least three lines must have two pairs starting at the same x.
 */
function pairGrid(free: Glyph[]): { x: number; grid: Set<Glyph> } | null {
  const rows = baselineRows(free.filter((g) => g.str.trim() !== ''));
  const text = (run: Glyph[]) => run.map((g) => g.str).join('');
  const second = rows.map((row) => {
    const runs = glyphRuns(row);
    return runs.length === 2 && PAIR_LABEL.test(text(runs[0])) && PAIR_LABEL.test(text(runs[1])) ? runs[1][0].x : null;
  });
  const starts = second.filter((x): x is number => x !== null);
  const x = starts.find((a) => starts.filter((b) => Math.abs(a - b) <= 3).length >= 3);
  if (x === undefined) return null;
  const gutter = x - 2;
  const grid = new Set<Glyph>();
  let last: Glyph[] | null = null;
  for (const [i, row] of rows.entries()) {
    const pair = second[i] !== null && Math.abs((second[i] as number) - x) <= 3;
    const h = Math.max(...row.map((g) => g.h));
    const close = last !== null && last[0].y - row[0].y <= 1.8 * h;
    if (pair || (close && !crosses(row, gutter))) {
      for (const g of row) grid.add(g);
      last = row;
    } else last = null;
  }
  return { x: gutter, grid };
}

/** A box's label: a word or a short phrase, no sentence or list. */
const BOX_LABEL = /^[^、。，,：:]{2,20}$/;

/**
 * Label boxes over value boxes, side by side (a slide: `区分 | 手続の種類 | 根拠規定` over their
 * values, `取り扱う個人情報 | 記録媒体` over wrapped lists): a line of two or more short labels whose
 * next line starts a value under each of at least two of them, a little to the left (a box's text
 * sits inside its frame). Each column's lines up to the next such line, or a gap of three lines,
 * are that label's value; a label smaller than the values, alone in its column (`委託期間` under
 * `記録媒体`), starts a box of its own there. Returns the blocks and the glyphs they used.
 */
function labelBoxes(free: Glyph[]): { blocks: Block[]; used: Set<Glyph> } {
  const rows = baselineRows(free.filter((g) => g.str.trim() !== '')).sort((a, b) => b[0].y - a[0].y);
  const text = (run: Glyph[]) => run.map((g) => g.str).join('');
  const height = (row: Glyph[]) => Math.max(...row.map((g) => g.h));
  const header = (i: number): number[] | null => {
    const runs = glyphRuns(rows[i]);
    const next = rows[i + 1];
    if (runs.length < 2 || !next || !runs.every((r) => BOX_LABEL.test(text(r)))) return null;
    if (rows[i][0].y - next[0].y > 2.5 * height(rows[i])) return null;
    const xs = runs.map((r) => r[0].x);
    const starts = glyphRuns(next).map((r) => r[0].x);
    const under = xs.filter((x) => starts.some((s) => s >= x - 10 && s <= x + 3)).length;
    return under >= 2 && height(next) > height(rows[i]) ? xs : null;
  };
  const blocks: Block[] = [];
  const used = new Set<Glyph>();
  for (let i = 0; i < rows.length; i++) {
    const xs = header(i);
    if (!xs) continue;
    const labelHeight = height(rows[i]);
    const bounds = xs.map((x) => x - 10);
    const column = (g: Glyph) => bounds.findLastIndex((b) => g.x >= b);
    const boxes: { label: string; top: number; glyphs: Glyph[]; col: number }[] = glyphRuns(rows[i]).map((r, k) => ({ label: text(r), top: rows[i][0].y + labelHeight, glyphs: [], col: k }));
    for (const g of rows[i]) used.add(g);
    let j = i + 1;
    for (; j < rows.length; j++) {
      const row = rows[j];
      if (header(j) || rows[j - 1][0].y - row[0].y > 3 * height(row) || row.some((g) => g.x < bounds[0] - 5)) break;
      // A label of the same size as the header's, alone in its column, opens a box below the one there.
      const runs = glyphRuns(row);
      if (height(row) <= labelHeight + 0.2 && runs.length === 1 && BOX_LABEL.test(text(runs[0]))) {
        boxes.push({ label: text(runs[0]), top: row[0].y + labelHeight, glyphs: [], col: column(runs[0][0]) });
        for (const g of row) used.add(g);
        continue;
      }
      for (const g of row) {
        const col = column(g);
        const box = boxes.findLast((b) => b.col === col);
        if (!box) continue;
        box.glyphs.push(g);
        used.add(g);
      }
    }
    for (const b of boxes) {
      const right = bounds[b.col + 1] ?? Math.max(...b.glyphs.map((g) => g.x + g.w), 0);
      blocks.push({ top: b.top, text: `${b.label}\t${cellText(b.glyphs, right)}`, free: true });
    }
    i = j - 1;
  }
  return { blocks, used };
}

/** How many lines must put a short label at the left and its value at one x to make an unruled form. */
const FORM_LINES = 4;

/**
 * A line of an unruled form cut at the value column x: the label (its letter-spaced characters
 * joined, empty on a value's wrapped line) and the value's glyphs; null for a line that is not the
 * form's (a heading across the column, a centred line).
 */
function formSplit(row: Glyph[], x: number): { label: string; value: Glyph[] } | null {
  const runs = atColumn(glyphRuns(row), x);
  // The value starts at the column, or a little inside it (a bullet's hanging indent).
  const at = runs.findIndex((r) => r[0].x >= x - 3);
  if (at < 0 || (at > 0 && runs[at - 1].at(-1)!.x >= x - 3) || runs[at][0].x > x + 4 * runs[at][0].h) return null;
  const label = runs
    .slice(0, at)
    .flat()
    .map((g) => g.str.trim())
    .join('');
  if ([...label].length > 12 || /[。、]/.test(label)) return null;
  return { label, value: runs.slice(at).flat() };
}

/**
 * A long label ends closer to the value column than a character and a half (`所管部局・担` / `当課`
 * before `健康部…`): a run that has a glyph starting right at the column, after a gap of half a
 * character or more, is two runs there. Characters of one text sit edge to edge, so prose is never cut.
 */
function atColumn(runs: Glyph[][], x: number): Glyph[][] {
  return runs.flatMap((run) => {
    const sorted = [...run].sort((a, b) => a.x - b.x);
    const j = sorted.findIndex((g, k) => k > 0 && Math.abs(g.x - x) <= 2 && g.x - (sorted[k - 1].x + sorted[k - 1].w) >= 0.5 * g.h);
    return j > 0 ? [sorted.slice(0, j), sorted.slice(j)] : [run];
  });
}

/**
 * The x of an unruled form's value column: where, on several lines, a value starts after a short
 * label set at the left margin (`委託先␣␣␣␣株式会社…`), a gap of a character and a half between.
 */
function labelColumn(free: Glyph[]): number | null {
  const rows = baselineRows(free.filter((g) => g.str.trim() !== ''));
  // Labels start at the form's left edge: the x most lines of two runs or more start at.
  const firsts = rows.map((row) => Math.min(...row.map((g) => g.x)));
  const split = rows.filter((row) => glyphRuns(row).length >= 2).map((row) => Math.min(...row.map((g) => g.x)));
  const near = (list: number[], x: number) => list.filter((b) => Math.abs(x - b) <= 3).length;
  const left = split.reduce((best, a) => (near(split, a) > near(split, best) ? a : best), split[0] ?? 0);
  const starts: number[] = [];
  for (const row of rows) {
    const runs = glyphRuns(row);
    if (runs.length < 2 || Math.abs(runs[0][0].x - left) > 3) continue;
    for (let k = 1; k < runs.length && k <= 4; k++) {
      const label = runs.slice(0, k).flat().reduce((n, g) => n + [...g.str.trim()].length, 0);
      if (label > 12) break;
      // A label is a word or two (`委託先`, `件␣名`), not a row's number (`１`).
      if (label >= 2) starts.push(runs[k][0].x);
    }
  }
  // …and values wrap under themselves: lines that start at the value column (a list's columns do not).
  const x = starts.find((a) => near(starts, a) >= FORM_LINES && near(firsts, a) >= 2);
  return x === undefined ? null : x;
}

/**
 * The value column of the form on the page before, on a page holding too few of its labels to show
 * it (a form's last row carried over, `受託者に講じさせ` / `る保護措置` beside its list): taken when
 * a label here stands before it and lines start at it.
 */
function carriedColumn(free: Glyph[], x: number | null | undefined): number | null {
  if (x === null || x === undefined) return null;
  const rows = baselineRows(free.filter((g) => g.str.trim() !== ''));
  const atColumn = rows.filter((row) => Math.abs(Math.min(...row.map((g) => g.x)) - x) <= 3).length;
  const labelled = rows.filter((row) => {
    const runs = glyphRuns(row);
    return runs.length >= 2 && runs[0][0].x < x - 20 && runs.slice(1).some((r) => Math.abs(r[0].x - x) <= 3) && runs[0].reduce((n, g) => n + [...g.str.trim()].length, 0) <= 12;
  }).length;
  return labelled >= 1 && atColumn >= 2 ? x : null;
}

/** How many lines must show text on both sides of a gutter, and none across it, to make two columns. */
const COLUMN_LINES = 8;

/**
 * The x of the gutter between two columns of free text, or null for a page set in one: the line
 * through the middle third of the page that the fewest lines cross, when many lines have text on
 * both sides of it and almost none across it.
 */
function columnGutter(free: Glyph[], width: number): number | null {
  const rows = baselineRows(free.filter((g) => g.str.trim() !== ''));
  if (rows.length < COLUMN_LINES) return null;
  let best: { x: number; crossing: number; both: number; left: number; right: number } | null = null;
  for (let x = Math.round(width * 0.35); x <= width * 0.65; x++) {
    let crossing = 0;
    let both = 0;
    let left = 0;
    let right = 0;
    for (const row of rows) {
      if (crosses(row, x)) crossing++;
      else {
        const l = row.some((g) => g.x + g.w <= x);
        const r = row.some((g) => g.x >= x);
        if (l && r) both++;
        else if (l) left++;
        else right++;
      }
    }
    if (best === null || crossing < best.crossing || (crossing === best.crossing && both > best.both)) best = { x, crossing, both, left, right };
  }
  if (best === null) return null;
  // Columns set by a stylesheet (a newsletter's `column-count: 2`) rarely share their baselines:
  // many lines stand wholly on each side, and only a heading across both crosses the gutter.
  const apart = best.left >= COLUMN_LINES && best.right >= COLUMN_LINES && best.crossing <= Math.max(3, (best.left + best.right) * 0.1);
  // Two text boxes side by side (a slide's two parties' measures): no line crosses, and each side
  // has a column's worth of lines, some sharing their baselines with the other side's.
  const boxes = best.crossing === 0 && best.left + best.both >= COLUMN_LINES && best.right + best.both >= COLUMN_LINES;
  return (best.both >= COLUMN_LINES && best.crossing <= Math.max(3, best.both * 0.4)) || apart || boxes ? best.x : null;
}

/**
 * A box of notes beside a table of three rows or more: its glyphs, right of every cell and within
 * the table's height, two lines at least, and the table's bottom it is read under. Null otherwise.
 */
function sideNote(free: Glyph[], cells: Cell[], rows: number): { glyphs: Set<Glyph>; bottom: number } | null {
  if (rows < 3 || cells.length === 0) return null;
  const right = Math.max(...cells.map((c) => c.r));
  const [top, bottom] = [Math.max(...cells.map((c) => c.t)), Math.min(...cells.map((c) => c.b))];
  const note = free.filter((g) => g.str.trim() !== '' && g.x >= right - EPS && g.y < top && g.y > bottom);
  return baselineRows(note).length >= 2 ? { glyphs: new Set(note), bottom } : null;
}

/** Blocks top to bottom, each run between two spanning blocks read column by column. */
function inColumnOrder(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let run: Block[] = [];
  const flush = () => {
    out.push(...run.filter((b) => b.side === 'left'), ...run.filter((b) => b.side === 'right'));
    run = [];
  };
  for (const b of blocks) {
    if (b.side === 'span') {
      flush();
      out.push(b);
    } else run.push(b);
  }
  flush();
  return out;
}

/** Tested after NFKC (a PDF font's ⼗ is 十); a traditional document numbers its pages in kanji (`－␣十一␣－`). */
const PAGE_NUMBER = /^(?:[-－–—]\s*(?:\d{1,4}|[一二三四五六七八九十百〇]{1,5})\s*[-－–—]|\d{1,4}|\d{1,4}\s*\/\s*\d{1,4}|(?:p\.?|P\.?|ページ)\s*\d{1,4}|\d{1,4}\s*(?:ページ|頁))$/;

/**
 * Pages as text, with running headers, footers and page numbers removed: free lines in the top or
 * bottom margin that repeat on most pages (numbers ignored), or that are only a page number. The
 * first time a running header appears it is kept: it often names the council and its session
 * (`令和3年度第4回〇〇市個人情報保護審議会`), which nothing else in the document may say.
 */
export function pdfPagesToText(pages: PdfPage[]): string[] {
  // A form's value column goes on to the next page, which may hold too few of its labels to show it.
  let carried: number | null = null;
  const perPage = pages.map((p) => {
    const form: FormColumn = { carried };
    const blocks = pageBlocks(p, form);
    // A book's marginal notes and footnotes (pdf-margin-notes.ts) come after the page's first
    // paragraph, each as a note of its own: not inside a sentence carried over from the page before.
    const ends = blocks.findIndex((b) => /。$/.test(b.text.trim()));
    blocks.splice(ends < 0 ? blocks.length : ends + 1, 0, ...(p.notes ?? []).map((n) => ({ top: n.top, text: n.text, free: false })));
    carried = form.found ?? null;
    return { page: p, blocks };
  });
  const margin = (p: PdfPage, b: Block) => b.free && (b.top > p.height * 0.92 || b.top < p.height * 0.08);
  const shape = (t: string) => t.replace(/\d+/g, '#');
  const seen = new Map<string, number>();
  for (const { page, blocks } of perPage) for (const s of new Set(blocks.filter((b) => margin(page, b)).map((b) => shape(b.text)))) seen.set(s, (seen.get(s) ?? 0) + 1);
  const repeated = (t: string) => pages.length >= 2 && (seen.get(shape(t)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  const kept = new Set<string>();
  const keepFirst = (t: string) => {
    if (kept.has(shape(t))) return false;
    kept.add(shape(t));
    return true;
  };
  return perPage.map(({ page, blocks }) =>
    blocks
      .filter((b) => !(margin(page, b) && (PAGE_NUMBER.test(b.text.normalize('NFKC')) || (repeated(b.text) && !(b.top > page.height * 0.92 && keepFirst(b.text))))))
      .map((b) => b.text)
      .join('\n')
  );
}
