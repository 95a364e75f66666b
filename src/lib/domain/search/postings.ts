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
