// The search query language and its plan. Words are ANDed; `A OR B` joins alternatives; quotes
// ("…", “…”, 「…」, 『…』) make a phrase; a leading `-` excludes. Each word then becomes variants
// (the word and its synonyms), each searched two ways: as the analyzer's lemmas (one lemma, or
// several at adjacent positions) and as a string in the matter's normalised text.

import { canonicalJa } from '../canonical';
import { analyzeTerms } from './postings';
import type { Tokenizer } from '../tokens';
import { searchText } from './search-text';
import type { TermNeedles } from './snippets';
import type { SynonymIndex } from './synonyms';
import { nfkc } from '../text';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface QueryTerm {
  /** As typed (NFKC), without quotes or the minus sign. */
  text: string;
  phrase: boolean;
}

export interface ParsedQuery {
  /** Every clause must match; a clause matches when one of its terms does. */
  clauses: QueryTerm[][];
  exclude: QueryTerm[];
}

export const MAX_QUERY_CHARS = 200;
export const MAX_TERMS = 16;

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' };
const MINUS = /^[-\u2212\u2010-\u2015]$/;

const shown = (v: string) => (v.length > 20 ? `${v.slice(0, 20)}…` : v);

interface Item {
  kind: 'term' | 'or';
  term?: QueryTerm;
  negate?: boolean;
}

function lex(q: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let negate = false;
    let j = i;
    if (MINUS.test(c) && j + 1 < q.length && !/\s/.test(q[j + 1])) {
      negate = true;
      j++;
    }
    const close = QUOTES[q[j]];
    if (close) {
      const end = q.indexOf(close, j + 1);
      // An unclosed quote runs to the end: what was typed is still searched.
      const text = (end < 0 ? q.slice(j + 1) : q.slice(j + 1, end)).trim();
      i = end < 0 ? q.length : end + 1;
      if (text) items.push({ kind: 'term', term: { text, phrase: true }, negate });
      continue;
    }
    let k = j;
    while (k < q.length && !/\s/.test(q[k]) && !QUOTES[q[k]]) k++;
    const word = q.slice(j, k);
    i = k;
    if (!negate && (word === 'OR' || word === '|')) items.push({ kind: 'or' });
    else if (word) items.push({ kind: 'term', term: { text: word, phrase: false }, negate });
  }
  return items;
}

/** Reads the query syntax; messages are Japanese, for the page and the API. */
export function parseSearchQuery(input: string): Parsed<ParsedQuery> {
  const q = nfkc(input).trim();
  if (q.length > MAX_QUERY_CHARS) return { ok: false, message: `検索語が長すぎます（${MAX_QUERY_CHARS}文字まで）。` };
  const items = lex(q);
  const clauses: QueryTerm[][] = [];
  const exclude: QueryTerm[] = [];
  let joinNext = false;
  for (const [n, it] of items.entries()) {
    if (it.kind === 'or') {
      const prev = items[n - 1];
      const next = items[n + 1];
      if (prev?.negate || next?.negate) return { ok: false, message: '除外する語（-）は OR でつなげません。OR の前後には含めたい語を書いてください。' };
      // A dangling OR (at either end, or doubled) joins nothing and is ignored.
      joinNext = clauses.length > 0 && next?.kind === 'term';
      continue;
    }
    const term = it.term as QueryTerm;
    if (it.negate) exclude.push(term);
    else if (joinNext) clauses[clauses.length - 1].push(term);
    else clauses.push([term]);
    joinNext = false;
  }
  const count = clauses.reduce((s, c) => s + c.length, 0) + exclude.length;
  if (count > MAX_TERMS) return { ok: false, message: `検索語が多すぎます（${MAX_TERMS}語まで）。` };
  if (clauses.length === 0 && exclude.length > 0) {
    return { ok: false, message: `除外する語（${exclude.map((t) => `-${shown(t.text)}`).join(' ')}）だけでは検索できません。含めたい語を1つ以上指定してください。` };
  }
  if (clauses.length === 0) return { ok: false, message: '検索語を入力してください。' };
  return { ok: true, value: { clauses, exclude } };
}

/** One way of writing a term: the typed word or one of its synonyms. */
export interface TermVariant {
  word: string;
  /** The analyzer's lemmas: one, or a phrase of several at adjacent positions. */
  lemmas: string[];
  /** The word as the substring search compares it (searchText). */
  string: string;
  /** 1 for the typed word, less for a synonym. */
  weight: number;
  /** The word as typed (a synonym is not): it is always also searched as a substring, a synonym only when long enough (search.ts). */
  typed: boolean;
}

export interface PlannedTerm extends QueryTerm {
  variants: TermVariant[];
  /** What to highlight in a matter's text (snippets.ts). */
  needles: TermNeedles;
}

export interface QueryPlan {
  clauses: PlannedTerm[][];
  exclude: PlannedTerm[];
}

/** How much a synonym counts against the word typed. */
export const SYNONYM_WEIGHT = 0.8;

/** A lemma worth highlighting on its own: two or more characters, not all hiragana (particles, endings). */
const contentLemma = (l: string) => l.length >= 2 && !/^[\u3040-\u309f]+$/.test(l);

/** True when `run` occurs in `list` at adjacent positions. */
function holdsRun(list: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= list.length; i++) if (run.every((x, k) => list[i + k] === x)) return true;
  return false;
}

function planTerm(term: QueryTerm, tokenizer: Tokenizer, synonyms: SynonymIndex): PlannedTerm | null {
  const words = [term.text, ...(synonyms.groupOf(term.text) ?? []).filter((w) => w !== term.text)];
  const all = words
    .map((word, i): TermVariant => ({ word, lemmas: analyzeTerms(tokenizer, word), string: searchText(word), weight: i === 0 ? 1 : SYNONYM_WEIGHT, typed: i === 0 }))
    // A word of symbols only (・, -, () would match punctuation anywhere: kuromoji even makes some of them nouns.
    .filter((v) => /[\p{L}\p{N}]/u.test(v.string));
  if (all.length === 0) return null;
  // Spellings with the same lemmas (パソコン, PC) are searched once: the typed word first.
  const variants: TermVariant[] = [];
  const seen = new Set<string>();
  for (const v of all) {
    const key = v.lemmas.length ? v.lemmas.join('\u0000') : `\u0001${v.string}`;
    if (seen.has(key)) continue;
    seen.add(key);
    variants.push(v);
  }
  // A synonym that holds the typed word whole (ユーザID for ID, 鍵付き for 鍵) finds no matter the
  // typed word does not, by lemmas or as a string, and never outscores it there (a lower weight,
  // no rarer, occurring no more often): searching it only costs a phrase join (search.ts).
  const typed = variants[0];
  const needed = typed.typed && typed.lemmas.length > 0 ? variants.filter((v, i) => i === 0 || !(v.weight <= typed.weight && holdsRun(v.lemmas, typed.lemmas) && v.string.includes(typed.string))) : variants;
  // Snippets look for the canonical spelling in canonicalised text (snippets.ts).
  const strings = new Set(all.map((v) => searchText(canonicalJa(v.word))).filter(Boolean));
  // The typed word's own content lemmas stand in where its whole form is not in the text
  // (消去する found as 消去させる); a synonym's would light up unrelated words (暗号処理 → 処理).
  const lemmas = all[0].typed ? all[0].lemmas.filter(contentLemma) : [];
  return { ...term, variants: needed, needles: { strings: [...strings], lemmas: lemmas.filter((l) => !strings.has(l)) } };
}

/** The query with each term's variants; fails when no term has anything to search (only symbols). */
export function planQuery(parsed: ParsedQuery, tokenizer: Tokenizer, synonyms: SynonymIndex): Parsed<QueryPlan> {
  const clauses = parsed.clauses
    .map((c) => c.map((t) => planTerm(t, tokenizer, synonyms)).filter((t): t is PlannedTerm => t !== null))
    .filter((c) => c.length > 0);
  const exclude = parsed.exclude.map((t) => planTerm(t, tokenizer, synonyms)).filter((t): t is PlannedTerm => t !== null);
  if (clauses.length === 0) return { ok: false, message: '検索できる語がありません。記号だけの語は検索できません。' };
  return { ok: true, value: { clauses, exclude } };
}

/** The query as the caption says it: 「暗号化」と「USB」を含み、「再委託」を含まない. */
export function queryPhrase(parsed: ParsedQuery): string {
  const quote = (t: QueryTerm) => `「${t.text}」`;
  const has = parsed.clauses.map((c) => c.map(quote).join('または')).join('と');
  const not = parsed.exclude.map(quote).join('と');
  if (!has) return '';
  return not ? `${has}を含み、${not}を含まない` : `${has}を含む`;
}
