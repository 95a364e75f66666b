// Runs the classifier over a labelled sentence set with the real tokenizer.

import { readFileSync } from 'node:fs';
import { classify } from '../../src/lib/domain/classify/classify';
import { evaluate, parseSentenceSet, type Evaluation } from './metrics';
import type { Tokenizer } from '../../src/lib/domain/tokens';

export const SENTENCE_SET = 'eval/classifier/sentences.tsv';

/**
 * The pipeline knows which sentences are annex clauses; a bare sentence does not. Those that name
 * the annex's parties (甲・乙), the annex or the contract, or open with a clause heading, are read as clauses.
 */
export const isClause = (text: string) => /[甲乙]|特記事項|この契約|契約を解除|^[(（][^)）]{2,20}[)）]/.test(text);

export function evaluateFile(file: string, tokenizer: Tokenizer): Evaluation {
  const set = parseSentenceSet(readFileSync(file, 'utf8'));
  return evaluate(set, (s) => classify(tokenizer, s.text, null, isClause(s.text)).map((c) => c.category));
}

export function formatEvaluation(e: Evaluation): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = ['category              tp  fp  fn  precision  recall'];
  for (const c of e.categories) lines.push(`${c.category.padEnd(20)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}  ${pct(c.precision)}%  ${pct(c.recall)}%`);
  const m = e.micro;
  lines.push(`${'micro'.padEnd(20)} ${String(m.tp).padStart(3)} ${String(m.fp).padStart(3)} ${String(m.fn).padStart(3)}  ${pct(m.precision)}%  ${pct(m.recall)}%  (F1 ${(m.f1 * 100).toFixed(1)}%)`);
  return lines.join('\n');
}
