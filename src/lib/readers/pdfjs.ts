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
