// PDF reader: pdfjs-dist (legacy build, which runs on Node 20) with the CMaps and standard fonts of
// the installed package, offline. It hands positioned glyphs and ruling lines to pdf-layout.ts.

import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, OPS, withOwnInflate, type PDFDocumentProxy } from './pdfjs';
import { pdfPagesToText, type Glyph, type PdfPage, type Rule } from './pdf-layout';
import { deskewed } from './pdf-skew';
import { withMarginNotes } from './pdf-margin-notes';
import { withoutRevisionMarks } from './pdf-markup';
import { nUpPages, printedNUp } from './pdf-n-up';
import { turnedPage, turnOf } from './pdf-turn';
import { uprightPage } from './pdf-vertical';
import { ReadError, type DocumentReader, type ReadResult } from './types';

const pkgDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAPS = path.join(pkgDir, 'cmaps') + path.sep;
const FONTS = path.join(pkgDir, 'standard_fonts') + path.sep;

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5]
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

const PAINTS = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** Painted paths as page-space boxes; a stroked box also gives its four edges as lines. */
function rulesOf(fnArray: number[], argsArray: unknown[]): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args?.[0])) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const minMax = args[2] as ArrayLike<number> | undefined;
      if (!PAINTS.has(paint) || !minMax || minMax.length < 4 || !Number.isFinite(minMax[0])) continue;
      const corners = [apply(ctm, minMax[0], minMax[1]), apply(ctm, minMax[2], minMax[3])];
      const box = { x0: Math.min(corners[0][0], corners[1][0]), y0: Math.min(corners[0][1], corners[1][1]), x1: Math.max(corners[0][0], corners[1][0]), y1: Math.max(corners[0][1], corners[1][1]) };
      rules.push(box);
      if (STROKES.has(paint) && box.x1 - box.x0 > 2 && box.y1 - box.y0 > 2) {
        rules.push({ ...box, y1: box.y0 }, { ...box, y0: box.y1 }, { ...box, x1: box.x0 }, { ...box, x0: box.x1 });
      }
    }
  }
  return rules;
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** What is visibly wrong with bytes pdf.js could not open: no PDF header, or no end marker (cut short). */
function visibleDamage(bytes: Uint8Array): string | null {
  // pdf.js accepts the header anywhere in the first 1 KB, and writers end the file with %%EOF.
  if (!latin1(bytes.subarray(0, 1024)).includes('%PDF-')) return 'not a PDF (no %PDF- header)';
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF')) return 'damaged PDF: cut short (no %%EOF end marker; an incomplete download or copy?)';
  return null;
}

function explain(e: unknown, bytes: Uint8Array, where = ''): ReadError {
  const err = e as { name?: string; message?: string; code?: number };
  if (err?.name === 'PasswordException') return new ReadError('encrypted PDF: it needs a password, and password-protected PDFs are not supported');
  // pdf.js says only "Invalid PDF structure." for a truncated file as for a non-PDF; name the damage when it shows.
  const visible = visibleDamage(bytes);
  if (visible) return new ReadError(visible);
  if (err?.name === 'InvalidPDFException') return new ReadError(`damaged or not a PDF (${err.message ?? 'invalid structure'})`);
  return new ReadError(`damaged PDF${where}: ${(err?.message ?? String(e)).split('\n')[0]}`);
}

async function readPage(doc: PDFDocumentProxy, n: number): Promise<PdfPage> {
  const page = await doc.getPage(n);
  const [x0, y0, x1, y1] = page.view;
  const content = await page.getTextContent();
  const glyphs: Glyph[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, , , e, f] = item.transform as number[];
    glyphs.push({ str: item.str, x: e, y: f, w: item.width, h: Math.hypot(a, b) || item.height, turn: turnOf((Math.atan2(b, a) * 180) / Math.PI) });
  }
  const ops = await page.getOperatorList();
  page.cleanup();
  return deskewed(uprightPage(turnedPage({ width: x1 - x0, height: y1 - y0, glyphs, rules: rulesOf(ops.fnArray, ops.argsArray) })));
}

/** The document's pages; the sheets of a document printed two pages to a side give their two pages each (pdf-n-up.ts). */
async function readPages(doc: PDFDocumentProxy, bytes: Uint8Array): Promise<PdfPage[]> {
  const sheets: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    try {
      sheets.push(await readPage(doc, n));
    } catch (e) {
      // One damaged page still fails the document, but the reason now says which page it was.
      throw explain(e, bytes, ` (page ${n} of ${doc.numPages})`);
    }
  }
  const pages = printedNUp(sheets) ? sheets.flatMap(nUpPages) : sheets;
  return pages.map((p) => withMarginNotes(withoutRevisionMarks(p)));
}

/**
 * pdf.js in one thread mixes up two documents open at once (a page request of one is answered
 * from the other: "Invalid page request"), so a thread reads one PDF at a time. Worker threads
 * still read in parallel, each with its own pdf.js.
 */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export const pdfReader: DocumentReader = {
  format: 'pdf',
  extensions: ['.pdf'],
  read: (bytes: Uint8Array) => oneAtATime(() => withOwnInflate(() => readPdf(bytes)))
};

async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength === 0) throw new ReadError('empty file');
  // pdfjs takes ownership of the buffer it is given.
  const data = new Uint8Array(bytes);
  let doc: PDFDocumentProxy;
  try {
    doc = await getDocument({ data, cMapUrl: CMAPS, cMapPacked: true, standardFontDataUrl: FONTS, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0, stopAtErrors: false }).promise;
  } catch (e) {
    throw explain(e, bytes);
  }
  try {
    const pages = await readPages(doc, bytes);
    const texts = pdfPagesToText(pages);
    if (texts.every((t) => t.replace(/\s/g, '') === '')) {
      throw new ReadError(`no text layer in ${pages.length} page(s): a scanned PDF? OCR is not supported`);
    }
    return { format: 'pdf', pages: texts };
  } catch (e) {
    throw e instanceof ReadError ? e : explain(e, bytes);
  } finally {
    await doc.destroy();
  }
}
