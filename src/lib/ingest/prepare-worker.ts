// A worker thread of the ingest pool: reads and analyses files, and posts each document, ready to
// store, back to the main thread, which alone writes to DuckDB.

import { parentPort, workerData } from 'node:worker_threads';
import { cachedTokenizer } from '../tokenizer/token-cache';
import { prepareFile, type PrepareReply, type PrepareRequest, type PrepareWorkerData } from './prepare';
import { fastTokenizerOf } from '../tokenizer/fast-tokenizer';
import { tokenizerOf } from '../tokenizer/tokenizer';

const port = parentPort;
if (!port) throw new Error('prepare-worker must run as a worker thread');
const { cache, dictionary } = workerData as PrepareWorkerData;
// The main thread's dictionary, shared: nothing to load.
const base = tokenizerOf(fastTokenizerOf(dictionary));
const tokenizer = cache ? cachedTokenizer(base) : base;
port.on('message', async (req: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    reply = { id: req.id, ok: true, doc: await prepareFile(req.file, { tokenizer }, req.meta) };
  } catch (e) {
    reply = { id: req.id, ok: false, reason: ((e as Error).message || String(e)).split('\n')[0] };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
