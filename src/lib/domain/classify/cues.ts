// Cue patterns over kuromoji lemmas. A cue is written as terms separated by spaces:
//   `消去 証明`       two terms on adjacent tokens (or on the same compound)
//   `パスワード … 別`  a gap of up to GAP tokens between the terms
//   `契約書 …… 規定`   a gap of up to LONG_GAP tokens (a clause that names its subject early)
//   `返還|返却`       alternatives for one term
//   `の?`            an optional term
// A term matches one or more consecutive tokens whose lemmas, joined, spell it; it may end inside
// the last token only before okurigana (`持出` matches `持出し`). Terms are written in canonical
// spelling (see canonical.ts) and are canonicalised the same way when compiled.

import { canonicalJa } from '../canonical';
import type { Token } from '../tokens';

export const GAP = 10;
export const LONG_GAP = 30;

interface Term {
  alts: string[];
  /** Tokens that may be skipped before this term. */
  gapBefore: number;
  optional: boolean;
}

export interface Cue {
  source: string;
  terms: Term[];
  /** For each required term, the first characters its alternatives can start with. */
  firstChars: string[][];
}

export interface CueMatch {
  start: number;
  /** Exclusive token index. */
  end: number;
  /** The matched text, from the tokens' surfaces. */
  text: string;
}

export function compileCue(source: string): Cue {
  const terms: Term[] = [];
  let gap = 0;
  for (const part of source.trim().split(/\s+/)) {
    if (part === '…' || part === '...') {
      gap = GAP;
      continue;
    }
    if (part === '……') {
      gap = LONG_GAP;
      continue;
    }
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    terms.push({ alts: body.split('|').map((a) => canonicalJa(a).toLowerCase()), gapBefore: gap, optional });
    gap = 0;
  }
  if (terms.length === 0 || terms.every((t) => t.optional)) throw new Error(`cue pattern with no required term: "${source}"`);
  return { source, terms, firstChars: terms.filter((t) => !t.optional).map((t) => [...new Set(t.alts.map((a) => a[0]))]) };
}

/** The token form cues compare with: the dictionary form, lower-cased. */
export const formOf = (t: Token) => t.lemma.toLowerCase();

const OKURIGANA = /^[\u3041-\u3096]+$/;

/** Token index just past `alt` when it starts at token `i`, or -1. */
function termEnd(forms: string[], surfaces: string[], i: number, alt: string): number {
  let acc = '';
  for (let j = i; j < forms.length && acc.length < alt.length; j++) {
    // The dictionary form normalises inflection; the surface also counts so a verb stem inside a
    // compound (`持出し` read as 持出す) still spells its noun.
    for (const piece of [forms[j], surfaces[j]]) {
      const joined = acc + piece;
      if (joined === alt) return j + 1;
      if (joined.startsWith(alt) && OKURIGANA.test(joined.slice(alt.length))) return j + 1;
    }
    acc += surfaces[j];
    if (!alt.startsWith(acc)) return -1;
  }
  return -1;
}

/** A sentence's tokens prepared once for every cue: forms, surfaces and where each first character starts. */
export interface Prepared {
  tokens: Token[];
  forms: string[];
  surfaces: string[];
  /** First character → token indices whose form or surface starts with it. */
  starts: Map<string, number[]>;
}

export function prepare(tokens: Token[]): Prepared {
  const forms = tokens.map(formOf);
  const surfaces = tokens.map((t) => t.surface.toLowerCase());
  const starts = new Map<string, number[]>();
  const add = (c: string | undefined, i: number) => {
    if (!c) return;
    const list = starts.get(c);
    if (!list) starts.set(c, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (let i = 0; i < tokens.length; i++) {
    add(forms[i][0], i);
    add(surfaces[i][0], i);
  }
  return { tokens, forms, surfaces, starts };
}

/** Every match of the cue in the tokens, leftmost first, non-overlapping. */
export function matchAll(cue: Cue, input: Token[] | Prepared): CueMatch[] {
  const p = Array.isArray(input) ? prepare(input) : input;
  // Most cues cannot match a given sentence: some required term's first character is absent.
  if (!cue.firstChars.every((chars) => chars.some((c) => p.starts.has(c)))) return [];
  const { tokens, forms, surfaces } = p;
  const out: CueMatch[] = [];
  const from = (k: number, pos: number): number => {
    if (k === cue.terms.length) return pos;
    const term = cue.terms[k];
    const last = k === 0 ? pos : Math.min(tokens.length - 1, pos + term.gapBefore);
    for (let i = pos; i <= last; i++) {
      for (const alt of term.alts) {
        const end = termEnd(forms, surfaces, i, alt);
        if (end < 0) continue;
        const done = from(k + 1, end);
        if (done >= 0) return done;
      }
      if (k === 0) break;
    }
    // An optional term may be absent; a leading one never starts a match on its own.
    return term.optional && k > 0 ? from(k + 1, pos) : -1;
  };
  // Only positions where the first term can begin are tried.
  const candidates = new Set<number>();
  for (const alt of cue.terms[0].alts) for (const i of p.starts.get(alt[0]) ?? []) candidates.add(i);
  let next = 0;
  for (const start of [...candidates].sort((a, b) => a - b)) {
    if (start < next) continue;
    const end = from(0, start);
    if (end >= 0) {
      out.push({ start, end, text: tokens.slice(start, end).map((t) => t.surface).join('') });
      next = end;
    }
  }
  return out;
}

export const overlaps = (a: CueMatch, b: CueMatch) => a.start < b.end && b.start < a.end;
