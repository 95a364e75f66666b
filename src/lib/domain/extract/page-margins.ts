/** Running page headers and footers of texts with form feeds: lines repeated in the margins of the pages. */
import { compact } from '../text';
import { labelKey } from './labels';

/** A form's row: a label in the first cell, and a value that is no label (a table's header row repeats labels). */
const labelRow = (l: string) => {
  const cells = l.split('\t').map((c) => c.trim());
  const filled = cells.filter((c) => c !== '');
  return filled.length === 2 && cells[0] !== '' && labelKey(cells[0]) !== null && labelKey(filled[1]) === null;
};

/**
 * A line's form for comparing page headers: page numbers and dates vary, spacing does not count.
 * A matter's or an attachment's number stays: `諮問第８号について（答申）` and `諮問第９号…` head two letters.
 */
const lineShape = (l: string) => compact(l).replace(/\d+/g, (d, at: number, all: string) => (/(?:諮問|報告|答申|事項|案件|別紙|別表)第?$/.test(all.slice(0, at)) ? d : '#'));
/** Marks a short line's key: the line itself, its numbers kept. */
const EXACT = '=';
/** How a margin line is compared: by its shape, or when shorter than six characters to the letter. */
const marginKey = (l: string) => {
  const shape = lineShape(l);
  return shape.length >= 6 ? shape : EXACT + compact(l);
};
/** A page number printed in the text (`－ １ －`, `- 2 -`, a gazette's `― ４ ―`), wherever it sits on the page. */
export const PAGE_MARK = /^[-－–—―]\s*\d{1,4}\s*[-－–—―]$/;

/** How many lines at the top and at the bottom of a page a running header or footer may take. */
const MARGIN_LINES = 6;
/** A line that only draws a rule. */
const RULE_LINE = /^[-=*_─━]{3,}$/;

/**
 * The margin lines (top and bottom, by index) that repeat on the pages of a text with form feeds:
 * `茨城県個人情報保護審議会 … PAGE: 2` over every page. The first page keeps its own: it may be the
 * only place that names the council and its session. Pages read from a PDF come without them.
 */
export function runningLines(pages: string[][]): Set<string>[] {
  const margins = pages.map((lines) => {
    const idx = lines.flatMap((l, i) => (l.trim() !== '' && !RULE_LINE.test(l.trim()) ? [i] : []));
    // A form's label row with its value (`根拠条項⇥…第13条第2項`) is content even where two forms
    // open two pages alike: a header is not parted into a label and its value. It still counts
    // towards the margin's lines, so the margins stay where they are.
    const margin = [...idx.slice(0, MARGIN_LINES), ...idx.slice(-MARGIN_LINES)].filter((i) => !labelRow(lines[i]));
    return new Map(margin.map((i) => [i, marginKey(lines[i])]));
  });
  const count = new Map<string, number>();
  for (const m of margins.slice(1)) for (const shape of new Set(m.values())) count.set(shape, (count.get(shape) ?? 0) + 1);
  // A running line is on the first page too, and on at least half of the others: the same label
  // row at the top of two forms (`担当課 福祉部…`) is content, not a header.
  const first = new Set(margins[0]?.values() ?? []);
  // A short one (`資料２`, to the letter) must be on every page of three or more: a short line is
  // more often content (`議案第１０号` over the pages of its matter).
  const others = pages.length - 1;
  const running = (key: string) =>
    first.has(key) && (key.startsWith(EXACT) ? key.length > 2 && others >= 2 && count.get(key) === others : (count.get(key) ?? 0) >= Math.max(1, Math.ceil(others / 2)));
  // A council paper's own header (`令和3年度第3回…審議会 資料２`) may start with an attachment part
  // way through: met again in the margin of a later page, it is the header there too.
  const council = (shape: string, p: number) => shape.length >= 10 && /審議会|審査会/.test(shape) && margins.slice(0, p).some((e) => [...e.values()].includes(shape));
  return margins.map((m, p) => {
    if (p === 0) return new Set<string>();
    const found = new Set([...m].filter(([, shape]) => running(shape) || council(shape, p)).map(([i]) => i));
    // The rule under a running header (a listing's `====…` below its title lines) or over a running
    // footer goes with it: left alone, it would cut a table running on from the page before.
    const lines = pages[p];
    for (const step of [1, -1]) {
      let i = step === 1 ? 0 : lines.length - 1;
      let skipped = false;
      for (; i >= 0 && i < lines.length && (lines[i].trim() === '' || found.has(i)); i += step) skipped ||= found.has(i);
      if (skipped && i >= 0 && i < lines.length && RULE_LINE.test(lines[i].trim())) found.add(i);
    }
    return new Set([...found].map(String));
  });
}

/**
 * A text without form feeds whose pages still show their numbers (`－ ２ －` between them: a PDF's
 * text copied out of a viewer): the line beside each number that repeats beside the others (the
 * running header under it, the running footer over it) is dropped, so a value running on over the
 * page is not cut by it. Only lines next to two or more numbers are compared: the text is not cut
 * into pages, whose margins would take in a form's own lines alike on every page.
 */
export function withoutRunningAtNumbers(pages: string[]): string[] {
  if (pages.length !== 1) return pages;
  const lines = pages[0].split('\n');
  const marks = lines.flatMap((l, i) => (PAGE_MARK.test(l.normalize('NFKC').trim()) ? [i] : []));
  if (marks.length < 2) return pages;
  const filled = (from: number, step: 1 | -1) => {
    for (let i = from + step; i >= 0 && i < lines.length; i += step) if (lines[i].trim() !== '') return PAGE_MARK.test(lines[i].normalize('NFKC').trim()) ? null : i;
    return null;
  };
  const drop = new Set<number>();
  for (const step of [1, -1] as const) {
    const beside = marks.map((m) => filled(m, step)).filter((i): i is number => i !== null && !labelRow(lines[i]));
    const count = new Map<string, number>();
    for (const i of beside) count.set(lineShape(lines[i]), (count.get(lineShape(lines[i])) ?? 0) + 1);
    for (const i of beside) if ((count.get(lineShape(lines[i])) ?? 0) >= 2) drop.add(i);
  }
  return drop.size === 0 ? pages : [lines.filter((_, i) => !drop.has(i)).join('\n')];
}
