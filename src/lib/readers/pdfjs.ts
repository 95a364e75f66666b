// pdf.js, loaded so that it leaves the process's built-ins as they were. Its legacy build (the one
// that runs on Node 20) carries core-js polyfills, and on Node 20 two of them replace native
// built-ins with JavaScript for edge cases nobody here meets (lengths past 2^32, JSON source text):
// Array.prototype.push and JSON.parse. Every push in the tokenizer and the extractors went through
// the polyfill once a PDF reader was imported (about a tenth of the analysis). The other polyfills
// add what Node 20 lacks and pdf.js uses; they stay.

const KEEP_NATIVE: [object, string][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse']
];
const natives = KEEP_NATIVE.map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)!] as const);

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

for (const [o, k, d] of natives) Object.defineProperty(o, k, d);

export const { getDocument, OPS } = pdfjs;
export type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Runs a pdf.js read with pdf.js's own inflate. When the global DecompressionStream exists, pdf.js
 * sends every Flate stream (page contents, fonts, CMaps) through it; in Node each one costs a web
 * stream over zlib on the thread pool, and a council PDF has hundreds of small ones. pdf.js falls
 * back to its synchronous inflate when the constructor throws: while the task runs the global is a
 * stand-in that throws one shared value (an Error per stream would capture a stack each time).
 * Reads go one at a time (pdf-reader.ts) and nothing else in the product uses the global.
 */
export async function withOwnInflate<T>(task: () => Promise<T>): Promise<T> {
  const g = globalThis as { DecompressionStream?: unknown };
  const saved = Object.getOwnPropertyDescriptor(g, 'DecompressionStream');
  if (!saved) return task();
  // Node defines it as a lazy accessor: replaced by a plain value, put back as it was.
  Object.defineProperty(g, 'DecompressionStream', { configurable: true, enumerable: false, writable: true, value: OwnInflate });
  try {
    return await task();
  } finally {
    Object.defineProperty(g, 'DecompressionStream', saved);
  }
}

const DECLINED = Object.freeze({ reason: 'pdf.js inflates with its own code here' });

class OwnInflate {
  constructor() {
    throw DECLINED;
  }
}
