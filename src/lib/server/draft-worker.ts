// The draft worker thread: analyses drafts with the main thread's dictionary (shared memory, nothing
// to load) and posts the analysis back. It holds nothing between drafts and writes nothing.

import { parentPort, workerData } from 'node:worker_threads';
import { drain } from '../domain/steps';
import { fastTokenizerOf, type PackedDictionary } from '../tokenizer/fast-tokenizer';
import { tokenizerOf } from '../tokenizer/tokenizer';
import { draftSteps, type DraftAnalysis } from './draft-analysis';
import { answerCalls } from '../worker-calls';

export interface DraftRequest {
  pages: string[];
}

const port = parentPort;
if (!port) throw new Error('draft-worker must run as a worker thread');
const tokenizer = tokenizerOf(fastTokenizerOf((workerData as { dictionary: PackedDictionary }).dictionary));
answerCalls<DraftRequest, DraftAnalysis>(port, (req) => drain(draftSteps(req.pages, tokenizer)));
