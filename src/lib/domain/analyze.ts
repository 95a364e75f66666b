// The whole analysis of one document, without I/O: extract the matters, classify their safeguard
// sentences, and find their gaps. Ingestion and the draft check both run this.

import { classify } from './classify/classify';
import { extractSteps } from './extract/extract';
import { drain, type Steps } from './steps';
import { applicableRules, computeGaps, DEFAULT_RULES, type ExpectationRule } from './classify/gaps';
import type { Tokenizer } from './tokens';
import type { DocumentMeta, ExtractedMatter } from './types';

export function classifyMatter(m: ExtractedMatter, tokenizer: Tokenizer): void {
  drain(classifySteps(m, tokenizer));
}

/** classifyMatter, pausing after each sentence. */
export function* classifySteps(m: ExtractedMatter, tokenizer: Tokenizer): Steps<void> {
  for (const s of m.safeguards) {
    s.categories = classify(tokenizer, s.text, s.heading, s.scope === 'clause');
    yield;
  }
  // Sentences were found but none names a measure the taxonomy knows: a person should look.
  if (m.safeguards.length > 0 && m.safeguards.every((s) => s.categories.length === 0) && !m.review.includes('safeguards_unclassified')) m.review.push('safeguards_unclassified');
}

export function analyzeDocument(pages: string[], tokenizer: Tokenizer, meta: DocumentMeta = {}, rules: ExpectationRule[] = DEFAULT_RULES): ExtractedMatter[] {
  return drain(analyzeSteps(pages, tokenizer, meta, rules));
}

/** analyzeDocument, pausing between matters and between sentences. */
export function* analyzeSteps(pages: string[], tokenizer: Tokenizer, meta: DocumentMeta = {}, rules: ExpectationRule[] = DEFAULT_RULES): Steps<ExtractedMatter[]> {
  const matters = yield* extractSteps(pages, meta);
  for (const m of matters) {
    yield* classifySteps(m, tokenizer);
    m.gaps = computeGaps(m, rules);
    m.rule_hits = applicableRules(m, rules).map((r) => r.id);
  }
  return matters;
}
