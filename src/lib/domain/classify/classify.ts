// Safeguard classification on kuromoji lemmas: each taxonomy category's cue patterns are matched
// against the sentence's tokens (and its heading's), skipping matches that a negative cue overlaps.
// Multi-label: a sentence naming two measures gets both categories.

import { canonicalJa } from '../canonical';
import { compileCue, matchAll, overlaps, prepare, type Cue, type Prepared } from './cues';
import { compileModel, modelFeatures, scoreModel, type CompiledModel, type SafeguardModel } from './model';
import trained from './model.json';
import { tokenizeText, type Token, type Tokenizer } from '../tokens';
import { TAXONOMY } from '../taxonomy';

export interface Classification {
  category: string;
  /** The words the cue matched, kept as evidence for the dashboard; a model hit's strongest words, marked 推定. */
  cue: string;
}

/** Marks evidence that comes from the learned model rather than a written cue. */
export const MODEL_EVIDENCE_PREFIX = '推定:';

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

/**
 * A sentence a cue has classified usually states one measure: a further category from the model
 * needs this probability rather than the model's own threshold (on the blind replays it costs under
 * a point of F1 and keeps 保存 … アクセス制御 from reading as logging).
 */
const BESIDE_A_CUE = 0.7;

let model: CompiledModel | null = null;
const learned = (): CompiledModel => (model ??= compileModel(trained as SafeguardModel));

export function classifyTokens(tokens: Token[], headingTokens: Token[], clause: boolean): Classification[] {
  const sources = [prepare(tokens), prepare(headingTokens)];
  const out: Classification[] = [];
  const clauseOnly = new Set<string>();
  for (const cat of categories()) {
    if (cat.clauseOnly) clauseOnly.add(cat.code);
    if (cat.clauseOnly && !clause) continue;
    const cue = firstHit(cat, sources);
    if (cue !== null) out.push({ category: cat.code, cue });
  }
  // The model only adds what no cue found; the heading is left out, as it was in training. A
  // negative cue of the category vetoes it: those wordings are the known look-alikes.
  const cued = out.length > 0;
  for (const hit of scoreModel(learned(), modelFeatures(tokens))) {
    if (clauseOnly.has(hit.category) && !clause) continue;
    if (cued && hit.probability <= BESIDE_A_CUE) continue;
    if (out.some((c) => c.category === hit.category)) continue;
    const cat = categories().find((c) => c.code === hit.category);
    if (cat?.negative.some((n) => matchAll(n, sources[0]).length > 0)) continue;
    out.push({ category: hit.category, cue: `${MODEL_EVIDENCE_PREFIX}${hit.evidence.join('・')}` });
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
