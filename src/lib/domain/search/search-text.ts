// The character index behind the search's substring fallback. The tokenizer decides where words
// end, and a query of one or two characters, or a word the dictionary cuts differently in the
// document than in the query (在留外国人 → 在留/外国/人), would miss; the character index finds
// any string the text contains. Ingestion stores each matter's normalised text and its character
// bigrams; a query string is normalised the same way, here, so both sides always agree.

import { nfkc } from '../text';

/** A bigram's code: first code point × 2^21 + second (code points fit in 21 bits; codes stay below 2^53). */
export const GRAM_BASE = 2 ** 21;
/** Paired with a text's last character, so every character starts one bigram. */
const END = 0;

/** What the substring search compares: NFKC, lower-case, no whitespace (a wrapped line still matches). */
export function searchText(text: string): string {
  return nfkc(text).toLowerCase().replace(/\s+/gu, '');
}

export const gramCode = (a: number, b: number): number => a * GRAM_BASE + b;

/**
 * Each distinct bigram of a normalised text with its count. The last character is paired with
 * END, so the bigrams starting with a character count its every occurrence: a one-character
 * query is the range of codes starting with it.
 */
export function charGrams(text: string): Map<number, number> {
  const out = new Map<number, number>();
  const cps = Array.from(text, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < cps.length; i++) {
    const code = gramCode(cps[i], i + 1 < cps.length ? cps[i + 1] : END);
    out.set(code, (out.get(code) ?? 0) + 1);
  }
  return out;
}

/** How a normalised query string is looked up in the bigram table. */
export type GramLookup = { kind: 'range'; lo: number; hi: number } | { kind: 'exact'; code: number } | { kind: 'all'; codes: number[] };

/**
 * One character: the range of bigrams it starts (exact count). Two: that bigram (exact). Longer:
 * the matters holding all its bigrams are candidates, which the caller confirms on the text.
 */
export function gramLookup(s: string): GramLookup | null {
  const cps = Array.from(s, (c) => c.codePointAt(0) as number);
  if (cps.length === 0) return null;
  if (cps.length === 1) return { kind: 'range', lo: gramCode(cps[0], 0), hi: gramCode(cps[0], GRAM_BASE - 1) };
  if (cps.length === 2) return { kind: 'exact', code: gramCode(cps[0], cps[1]) };
  const codes = new Set<number>();
  for (let i = 0; i + 1 < cps.length; i++) codes.add(gramCode(cps[i], cps[i + 1]));
  return { kind: 'all', codes: [...codes] };
}

export interface MatterSearch {
  text: string;
  grams: number[];
  tfs: number[];
}

/** What search_texts holds for a matter: its folded title and text, and their character bigrams. */
export function matterSearch(title: string | null, text: string): MatterSearch {
  const folded = searchText(`${title ?? ''}\n${text}`);
  const grams = charGrams(folded);
  return { text: folded, grams: [...grams.keys()], tfs: [...grams.values()] };
}
