// A worker thread of the ingest pool: reads and analyses files, and posts each document, ready to
// store, back to the main thread, which alone writes to DuckDB.

import { parentPort, workerData } from 'node:worker_threads';
import { cachedTokenizer } from '../tokenizer/token-cache';
import { prepareFile, type PrepareRequest, type PrepareWorkerData } from './prepare';
import type { StoredDocument } from '../server/store/document';
import { answerCalls } from '../worker-calls';
import { fastTokenizerOf } from '../tokenizer/fast-tokenizer';
import { tokenizerOf } from '../tokenizer/tokenizer';

const port = parentPort;
if (!port) throw new Error('prepare-worker must run as a worker thread');
const { cache, dictionary } = workerData as PrepareWorkerData;
// The main thread's dictionary, shared: nothing to load.
const base = tokenizerOf(fastTokenizerOf(dictionary));
const tokenizer = cache ? cachedTokenizer(base) : base;
answerCalls<PrepareRequest, StoredDocument>(port, (req) => prepareFile(req.file, { tokenizer }, req.meta));
