// Safeguard classification on kuromoji lemmas: each taxonomy category's cue patterns are matched
// against the sentence's tokens (and its heading's), skipping matches that a negative cue overlaps.
// Multi-label: a sentence naming two measures gets both categories.

import { canonicalJa } from '../canonical';
import { compileCue, matchAll, overlaps, prepare, type Cue, type Prepared } from './cues';
import { tokenizeText, type Token, type Tokenizer } from '../tokens';
import { TAXONOMY } from '../taxonomy';

export interface Classification {
  category: string;
  /** The words the cue matched, kept as evidence for the dashboard. */
  cue: string;
}

interface Compiled {
  code: string;
  clauseOnly: boolean;
  cues: Cue[];
  negative: Cue[];
}

// Compiled once per process: the patterns never change at run time.
let compiled: Compiled[] | null = null;
function categories(): Compiled[] {
  compiled ??= TAXONOMY.map((c) => ({
    code: c.code,
    clauseOnly: Boolean(c.clauseOnly),
    cues: c.cues.map(compileCue),
    negative: (c.negative ?? []).map(compileCue)
  }));
  return compiled;
}

/** The first cue match that no negative cue overlaps, in either token list. */
function firstHit(cat: Compiled, sources: Prepared[]): string | null {
  for (const p of sources) {
    if (p.tokens.length === 0) continue;
    let negatives: ReturnType<typeof matchAll> | null = null;
    for (const cue of cat.cues) {
      for (const m of matchAll(cue, p)) {
        // Negatives are only worth matching once a cue has hit.
        negatives ??= cat.negative.flatMap((n) => matchAll(n, p));
        if (!negatives.some((n) => overlaps(n, m))) return m.text;
      }
    }
  }
  return null;
}

export function classifyTokens(tokens: Token[], headingTokens: Token[], clause: boolean): Classification[] {
  const sources = [prepare(tokens), prepare(headingTokens)];
  const out: Classification[] = [];
  for (const cat of categories()) {
    if (cat.clauseOnly && !clause) continue;
    const cue = firstHit(cat, sources);
    if (cue !== null) out.push({ category: cat.code, cue });
  }
  return out;
}

// Sentences that name safeguard words without stating a safeguard: a rule's purpose or definition
// clause, an incident's narrative or cause, an agenda line. Real texts mix them into measure lists.
const NOT_A_MEASURE = [
  /^(この|本)(要綱|要領|規程|規則|訓令|条例|基準|特約|指針|方針|規定|評価書|仕様書|特記事項)は.*(目的とする|定める(もの)?(とする|である))。?$/,
  /とは[、，].*をいう。?$/,
  /(事案|事故|事態|事件)が発生(しました|した)(?!場合|とき|時|際)|発生していません|ておりました|てしまっ|誤って[^。]*(しました|した|ため)。?$/,
  /ため。$/,
  /を宣言する。?$/,
  /について(【[^】]*】|[（(][^）)]*[）)])?$/
];

/** True when the sentence states no safeguard whatever words it contains. */
export const statesNoMeasure = (text: string): boolean => NOT_A_MEASURE.some((re) => re.test(text.trim()));

/** Tokenises in canonical spelling (the same chunks as the search postings) and classifies. */
export function classify(tokenizer: Tokenizer, text: string, heading: string | null, clause: boolean): Classification[] {
  if (statesNoMeasure(canonicalJa(text))) return [];
  const tokens = tokenizeText(tokenizer, canonicalJa(text));
  const headingTokens = heading ? tokenizeText(tokenizer, canonicalJa(heading)) : [];
  return classifyTokens(tokens, headingTokens, clause);
}
