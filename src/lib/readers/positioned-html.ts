// A PDF converted to HTML (pdf2htmlEX and its kind): every text line an absolutely placed `<div>`,
// its position only in the stylesheet's classes (`.x3{left:112.5px}`, `.y1a{bottom:640.2px}`). Read
// as markup, a form's label and its value on one visual row become two lines, and a wrapped label's
// second line comes after the value's first. So the lines are put back where they stand on the page
// and read as a PDF page is (pdf-layout.ts).

import { Parser } from 'htmlparser2';
import type { Glyph, PdfPage } from './pdf-layout';

/** At least this many placed lines make a converted PDF; a web page positions a few boxes at most. */
const MIN_LINES = 20;

type Lengths = Map<string, number>;

/** `.x3{left:112.5px}` → x3 → 112.5, for one property of the stylesheet's one-class rules. */
function classLengths(css: string, prefix: string, property: string): Lengths {
  const out: Lengths = new Map();
  const re = new RegExp(`\\.(${prefix}[0-9a-f]*)\\{(?:[^}]*?[;\\s])?${property}:(-?[\\d.]+)px`, 'g');
  for (const m of css.matchAll(re)) out.set(m[1], Number(m[2]));
  return out;
}

/** `.m0{transform:matrix(0.25,0,0,0.25,0,0)}` → m0 → 0.25: the scale a line is drawn at. */
function classScales(css: string): Lengths {
  const out: Lengths = new Map();
  for (const m of css.matchAll(/\.(m[0-9a-f]+)\{transform:matrix\((-?[\d.]+),(-?[\d.]+)/g)) out.set(m[1], Math.hypot(Number(m[2]), Number(m[3])));
  return out;
}

/** Width of a character in font sizes: half for ASCII and half-width kana, whole for the rest. */
const charWidth = (c: string) => (c <= '\u00ff' || (c >= '\uff61' && c <= '\uff9f') ? 0.5 : 1);

/** The pages of a converted PDF as positioned text; null for any other HTML. */
export function positionedPages(html: string): PdfPage[] | null {
  if ((html.match(/<div class="t\b/g) ?? []).length < MIN_LINES || !/class="pf\b/.test(html)) return null;
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
  const left = classLengths(css, 'x', 'left');
  const bottom = classLengths(css, 'y', 'bottom');
  const size = classLengths(css, 'fs', 'font-size');
  const width = classLengths(css, 'w', 'width');
  const height = classLengths(css, 'h', 'height');
  const gapWidth = classLengths(css, '_', 'width');
  const gapMargin = classLengths(css, '_', 'margin-left');
  const scale = classScales(css);
  if (left.size === 0 || bottom.size === 0) return null;

  const pages: PdfPage[] = [];
  let page: PdfPage | null = null;
  let depth = 0;
  /** The depth of the open text line's `<div>`, and where its next character goes. */
  let line: { depth: number; x: number; y: number; size: number; scale: number } | null = null;
  const find = (classes: string[], map: Lengths) => classes.map((c) => map.get(c)).find((v) => v !== undefined);
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const classes = (attribs['class'] ?? '').split(/\s+/);
        if (name === 'div') depth++;
        if (name === 'div' && classes.includes('pf')) {
          page = { width: find(classes, width) ?? 595, height: find(classes, height) ?? 842, glyphs: [], rules: [] };
          pages.push(page);
        } else if (name === 'div' && classes.includes('t') && page) {
          const s = find(classes, scale) ?? 1;
          line = { depth, x: find(classes, left) ?? 0, y: find(classes, bottom) ?? 0, size: (find(classes, size) ?? 12) * s, scale: s };
        } else if (name === 'span' && line && classes.includes('_')) {
          // A gap between words: its width (or a pull-back margin) in the line's own units.
          line.x += ((find(classes, gapWidth) ?? 0) + (find(classes, gapMargin) ?? 0)) * line.scale;
        }
      },
      ontext(text) {
        if (!line || !page || text === '') return;
        const w = [...text].reduce((sum, c) => sum + charWidth(c), 0) * line.size;
        if (text.trim() !== '') page.glyphs.push({ str: text, x: line.x, y: line.y, w, h: line.size } satisfies Glyph);
        line.x += w;
      },
      onclosetag(name) {
        if (name !== 'div') return;
        if (line && line.depth === depth) line = null;
        depth--;
      }
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.end(html);
  return pages.some((p) => p.glyphs.length > 0) ? pages : null;
}
