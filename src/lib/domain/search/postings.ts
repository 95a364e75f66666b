// Per-matter search postings: lemma → (section, term frequency, positions).

import { canonicalJa } from '../canonical';
import { nfkc } from '../text';
import type { ExtractedMatter } from '../types';
import { tokenizeText, type Tokenizer } from '../tokens';
import { drain, type Steps } from '../steps';

export type PostingSection = 'title' | 'purpose' | 'items' | 'safeguards' | 'clauses' | 'full';

export interface Posting {
  lemma: string;
  section: PostingSection;
  tf: number;
  positions: number[];
}

/** Symbols and blanks carry no meaning for search; everything else is indexed. */
const SKIP_POS = new Set(['記号', 'BOS/EOS']);

/**
 * The search analyzer: canonical spelling (as the classifier sees it: 漏えい and 漏洩 are one word),
 * kuromoji lemmas, width-folded and lower-cased, symbols dropped. Index and queries both use it, so
 * a query term's position i is the i-th term of the indexed text.
 */
export function analyzeTerms(tokenizer: Tokenizer, text: string): string[] {
  const out: string[] = [];
  for (const tok of tokenizeText(tokenizer, canonicalJa(text))) {
    if (SKIP_POS.has(tok.pos) || tok.surface.trim() === '') continue;
    out.push(termOf(tok.lemma));
  }
  return out;
}

/** Lemmas repeat endlessly; their normal form is remembered (bounded: the vocabulary is finite but text is not). */
const TERMS = new Map<string, string>();
function termOf(lemma: string): string {
  let t = TERMS.get(lemma);
  if (t === undefined) {
    t = nfkc(lemma).toLowerCase();
    if (TERMS.size >= 200_000) TERMS.clear();
    TERMS.set(lemma, t);
  }
  return t;
}

export function buildPostings(tokenizer: Tokenizer, sections: Record<PostingSection, string>): Posting[] {
  return drain(postingSteps(tokenizer, sections));
}

/** buildPostings, pausing after each section. */
export function* postingSteps(tokenizer: Tokenizer, sections: Record<PostingSection, string>): Steps<Posting[]> {
  const out: Posting[] = [];
  for (const [section, text] of Object.entries(sections) as [PostingSection, string][]) {
    const bySlot = new Map<string, number[]>();
    analyzeTerms(tokenizer, text).forEach((lemma, pos) => {
      const list = bySlot.get(lemma);
      if (list) list.push(pos);
      else bySlot.set(lemma, [pos]);
    });
    for (const [lemma, positions] of bySlot) out.push({ lemma, section, tf: positions.length, positions });
    yield;
  }
  return out;
}

/** The texts a matter is searched by, one per field. */
export function postingSections(m: ExtractedMatter): Record<PostingSection, string> {
  const by = (kinds: string[]) => m.sections.filter((s) => kinds.includes(s.section)).map((s) => s.text).join('\n');
  return {
    title: m.title ?? '',
    purpose: by(['purpose', 'overview']),
    items: m.data_items.map((d) => (d.subject ? `${d.subject}の${d.item}` : d.item)).join('\n'),
    safeguards: m.safeguards.filter((s) => s.scope !== 'clause').map((s) => s.text).join('\n'),
    clauses: m.safeguards.filter((s) => s.scope === 'clause').map((s) => s.text).join('\n'),
    full: m.text
  };
}

/** Two lemmas next to each other in one section, with the positions of the first. */
export interface PairPosting {
  lemma: string;
  next: string;
  section: PostingSection;
  tf: number;
  positions: number[];
}

/**
 * The adjacent lemma pairs of each section, rebuilt from its postings' positions. A phrase search
 * reads a pair's rows where it would otherwise join two lemmas' rows of every matter holding both
 * (個人 and 情報 are in nearly every matter; 個人情報 is one pair). Derived from the postings alone,
 * so a store written before pairs existed gets the same rows from what it kept.
 */
export function pairPostings(postings: readonly Posting[]): PairPosting[] {
  const sequences = new Map<PostingSection, string[]>();
  for (const p of postings) {
    let seq = sequences.get(p.section);
    if (!seq) sequences.set(p.section, (seq = []));
    for (const x of p.positions) seq[x] = p.lemma;
  }
  const out: PairPosting[] = [];
  for (const [section, seq] of sequences) {
    const byPair = new Map<string, Map<string, PairPosting>>();
    for (let i = 0; i + 1 < seq.length; i++) {
      const lemma = seq[i];
      const next = seq[i + 1];
      if (lemma === undefined || next === undefined) continue;
      let after = byPair.get(lemma);
      if (!after) byPair.set(lemma, (after = new Map()));
      const pair = after.get(next);
      if (pair) {
        pair.tf++;
        pair.positions.push(i);
      } else {
        const first: PairPosting = { lemma, next, section, tf: 1, positions: [i] };
        after.set(next, first);
        out.push(first);
      }
    }
  }
  return out;
}
