// The draft worker thread: analyses drafts with the main thread's dictionary (shared memory, nothing
// to load) and posts the analysis back. It holds nothing between drafts and writes nothing.

import { parentPort, workerData } from 'node:worker_threads';
import { drain } from '../domain/steps';
import { fastTokenizerOf, type PackedDictionary } from '../tokenizer/fast-tokenizer';
import { tokenizerOf } from '../tokenizer/tokenizer';
import { draftSteps, type DraftAnalysis } from './draft-analysis';

export interface DraftRequest {
  id: number;
  pages: string[];
}
export type DraftReply = { id: number; ok: true; analysis: DraftAnalysis } | { id: number; ok: false; reason: string };

const port = parentPort;
if (!port) throw new Error('draft-worker must run as a worker thread');
const tokenizer = tokenizerOf(fastTokenizerOf((workerData as { dictionary: PackedDictionary }).dictionary));
port.on('message', (req: DraftRequest) => {
  let reply: DraftReply;
  try {
    reply = { id: req.id, ok: true, analysis: drain(draftSteps(req.pages, tokenizer)) };
  } catch (e) {
    reply = { id: req.id, ok: false, reason: ((e as Error).message || String(e)).split('\n')[0] };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
