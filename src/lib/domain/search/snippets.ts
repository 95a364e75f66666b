// Keyword-in-context snippets: where a matter's text contains the query's words, as plain segments
// marked hit or not. Pages render the segments as text in spans, never as HTML, so document text
// cannot inject markup.

import { VARIANTS } from '../canonical';
import { searchText } from './search-text';

export interface Segment {
  text: string;
  hit: boolean;
}

export interface SnippetOptions {
  /** At most this many snippets per matter. */
  max?: number;
  /** Characters of context shown before the first hit of a snippet. */
  before?: number;
  /** A snippet's length in characters (longer when a hit needs it). */
  width?: number;
}

/** One query term's highlights: its strings, or, when none of them occurs, its lemmas. */
export interface TermNeedles {
  strings: readonly string[];
  lemmas?: readonly string[];
}

interface Span {
  start: number;
  end: number;
  term: number;
}

// Characters search folding leaves alone (kana, ideographs, lower-case ASCII letters and digits)
// skip the per-character normalisation: most of a council document is made of them.
const PLAIN = /^[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u4e00-\u9fffa-z0-9]$/u;
const folds = new Map<string, string>();
function foldChar(c: string): string {
  if (PLAIN.test(c)) return c;
  let f = folds.get(c);
  if (f === undefined) {
    f = searchText(c);
    if (folds.size < 10_000) folds.set(c, f);
  }
  return f;
}

interface Folded {
  folded: string;
  /** For each folded unit, the span of original characters it came from. */
  from: number[];
  to: number[];
}

/** Applies a replacement to folded text, each replacement unit mapping to the whole span it replaced. */
function replaceMapped(t: Folded, re: RegExp, by: string): Folded {
  re.lastIndex = 0;
  if (!re.test(t.folded)) return t;
  re.lastIndex = 0;
  const out: Folded = { folded: '', from: [], to: [] };
  let at = 0;
  for (let m = re.exec(t.folded); m; m = re.exec(t.folded)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.folded += t.folded.slice(at, m.index) + by;
    out.from.push(...t.from.slice(at, m.index), ...Array<number>(by.length).fill(t.from[m.index]));
    out.to.push(...t.to.slice(at, m.index), ...Array<number>(by.length).fill(t.to[m.index + m[0].length - 1]));
    at = m.index + m[0].length;
  }
  out.folded += t.folded.slice(at);
  out.from.push(...t.from.slice(at));
  out.to.push(...t.to.slice(at));
  return out;
}

/**
 * The text as the query's needles are written (searchText of canonicalJa: 漏えい reads 漏洩,
 * パソコン reads pc), with where each folded unit came from, so a hit maps back to the original.
 */
function fold(text: string): Folded {
  let t: Folded = { folded: '', from: [], to: [] };
  let i = 0;
  for (const c of text) {
    const f = foldChar(c);
    t.folded += f;
    for (let k = 0; k < f.length; k++) {
      t.from.push(i);
      t.to.push(i + c.length);
    }
    i += c.length;
  }
  for (const [re, by] of VARIANTS) t = replaceMapped(t, re, by.toLowerCase());
  return t;
}

/** Non-overlapping occurrences of the terms' needles, longest first where they overlap. */
export function findHits(text: string, terms: readonly TermNeedles[]): Span[] {
  const { folded, from, to } = fold(text);
  const found: Span[] = [];
  const find = (list: readonly string[], term: number) => {
    const before = found.length;
    for (const n of list) {
      if (!n) continue;
      for (let at = folded.indexOf(n); at >= 0; at = folded.indexOf(n, at + 1)) found.push({ start: from[at], end: to[at + n.length - 1], term });
    }
    return found.length > before;
  };
  terms.forEach((t, term) => {
    if (!find(t.strings, term) && t.lemmas) find(t.lemmas, term);
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of found) if (out.length === 0 || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

function segmentsOf(text: string, start: number, end: number, spans: Span[]): Segment[] {
  const out: Segment[] = [];
  let at = start;
  for (const s of spans) {
    if (s.start < start || s.end > end) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start), hit: false });
    out.push({ text: text.slice(s.start, s.end), hit: true });
    at = s.end;
  }
  if (at < end) out.push({ text: text.slice(at, end), hit: false });
  return out;
}

/** The whole text (a title) with its hits marked. */
export function highlight(text: string, needles: readonly TermNeedles[]): Segment[] {
  return segmentsOf(text, 0, text.length, findHits(text, needles));
}

/**
 * Up to `max` windows of the text around its hits, each within one line, chosen so that together
 * they show as many of the query's terms as they can; in text order. No hits, no snippets.
 */
export function kwic(text: string, needles: readonly TermNeedles[], opts: SnippetOptions = {}): Segment[][] {
  const { max = 3, before = 30, width = 110 } = opts;
  let spans = findHits(text, needles);
  const covered = new Set<number>();
  const chosen: { start: number; end: number; lineStart: number; lineEnd: number; spans: Span[] }[] = [];
  while (chosen.length < max && spans.length > 0) {
    let best: (typeof chosen)[number] | null = null;
    let bestValue = -1;
    for (const s of spans) {
      const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
      const nl = text.indexOf('\n', s.end);
      const lineEnd = nl < 0 ? text.length : nl;
      const start = Math.max(lineStart, s.start - before);
      const end = Math.max(s.end, Math.min(lineEnd, start + width));
      const inside = spans.filter((x) => x.start >= start && x.end <= end);
      const fresh = new Set(inside.map((x) => x.term).filter((t) => !covered.has(t))).size;
      const value = fresh * 100 + inside.length;
      if (value > bestValue) {
        bestValue = value;
        best = { start, end, lineStart, lineEnd, spans: inside };
      }
    }
    if (!best) break;
    const w = best;
    chosen.push(w);
    for (const x of w.spans) covered.add(x.term);
    // Later windows may not overlap this one.
    spans = spans.filter((x) => x.end <= w.start || x.start >= w.end);
  }
  chosen.sort((a, b) => a.start - b.start);
  // Windows of one line that touch become one snippet.
  const merged: typeof chosen = [];
  for (const w of chosen) {
    const last = merged[merged.length - 1];
    if (last && last.lineStart === w.lineStart && w.start <= last.end) {
      last.end = Math.max(last.end, w.end);
      last.spans = [...last.spans, ...w.spans].sort((a, b) => a.start - b.start);
    } else merged.push({ ...w });
  }
  return merged.map((w) => {
    const segs = segmentsOf(text, w.start, w.end, w.spans);
    if (w.start > w.lineStart) segs.unshift({ text: '…', hit: false });
    if (w.end < w.lineEnd) segs.push({ text: '…', hit: false });
    return segs;
  });
}

/** A snippet as plain text, hits in 【】 (CSV and feeds). */
export const snippetText = (segments: readonly Segment[]): string => segments.map((s) => (s.hit ? `【${s.text}】` : s.text)).join('');
