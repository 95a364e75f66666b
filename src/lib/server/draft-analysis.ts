// A draft's analysis, apart from its comparison with the store: its matters (extracted and
// classified as ingestion does) and each matter's postings. The same steps run in the server's draft
// worker thread (draft-worker.ts) or, where that cannot start, here in slices.

import { analyzeSteps } from '../domain/analyze';
import { postingSections, postingSteps, type Posting } from '../domain/search/postings';
import type { Steps } from '../domain/steps';
import { memoTokenizer, type Tokenizer } from '../domain/tokens';
import type { ExtractedMatter } from '../domain/types';
import { runSliced } from './slices';

export type DraftAnalysis = { matter: ExtractedMatter; postings: Posting[] }[];

/** What analyses drafts for the check: the worker thread, or this thread in slices. */
export interface DraftAnalyzer {
  /** Where drafts are analysed (the worker may fall back to the thread). */
  readonly where: 'worker' | 'thread';
  analyse(pages: string[]): Promise<DraftAnalysis>;
}

export function* draftSteps(pages: string[], tokenizer: Tokenizer): Steps<DraftAnalysis> {
  // The classifier and the postings tokenise the same sentences: once each.
  const memo = memoTokenizer(tokenizer);
  const matters = yield* analyzeSteps(pages, memo);
  const out: DraftAnalysis = [];
  for (const matter of matters) out.push({ matter, postings: yield* postingSteps(memo, postingSections(matter)) });
  return out;
}

/** In this thread, giving the event loop a turn every few milliseconds (slices.ts). */
export const slicedAnalyzer = (tokenizer: Tokenizer): DraftAnalyzer => ({ where: 'thread', analyse: (pages) => runSliced(draftSteps(pages, tokenizer)) });
