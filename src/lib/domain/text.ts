// Character-level normalisation shared by every stage.

import { kanjiToNumber } from './dates';
import { mapRadicals } from './radicals';

/** Japanese script characters: kana, CJK ideographs, iteration marks, the prolonged sound mark, and CJK punctuation. */
const JA = '\\u3000-\\u303f\\u3040-\\u309f\\u30a0-\\u30ff\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff01-\\uff0f\\uff1a-\\uff20\\uff5b-\\uff65';
const JA_CLASS = `[${JA}]`;
export const JA_CHAR = new RegExp(JA_CLASS);

/** Separates lines inside one table cell (readers write it); the layout stage turns it into a line break. */
export const CELL_BREAK = '\u2028';
const SPACE_BETWEEN_JA = new RegExp(`(${JA_CLASS}|[（）「」『』【】《》〈〉、。・：；！？])[ \\t\\u00a0]+(?=${JA_CLASS}|[（）「」『』【】《》〈〉、。・：；！？(])`, 'g');
const SPACE_JA_ASCII = new RegExp(`(${JA_CLASS})[ \\u00a0]+(?=[A-Za-z0-9(])|([A-Za-z0-9)])[ \\u00a0]+(?=${JA_CLASS})`, 'g');

/**
 * Old or variant ideographs that PDF fonts map their glyphs to (江戶川区 for 江戸川区); in these
 * documents they are always the common form.
 */
const VARIANT_IDEOGRAPHS: Record<string, string> = { 戶: '戸', 內: '内', 說: '説', 錄: '録', 緖: '緒', 黃: '黄', 靑: '青', 淸: '清', 敎: '教', 硏: '研', 卽: '即', 旣: '既' };
const VARIANT_RE = new RegExp(`[${Object.keys(VARIANT_IDEOGRAPHS).join('')}]`, 'g');

/**
 * NFKC plus the fixes NFKC leaves out: unify dashes and wave dashes used in ranges,
 * drop zero-width and control characters, turn any Unicode space into an ASCII space, and map
 * CJK radical code points a PDF font gave for a kanji to the kanji (radicals.ts). Parentheses stay ASCII after NFKC, which is what the scorer and users compare with.
 */
export function nfkc(s: string): string {
  const n = s.normalize('NFKC');
  // Most strings need none of the fixes below: one scan instead of eight.
  return NEEDS_FIXES.test(n) ? fixes(n) : n;
}

// The prolonged sound mark is in most Japanese text and only matters before a digit.
const NEEDS_FIXES = new RegExp(`[${Object.keys(VARIANT_IDEOGRAPHS).join('')}\u2e80-\u2ef3\u200b-\u200f\u2060\ufeff\u2010-\u2015\u2212\u301c\u00b7\u2027\u2000-\u200a\u3000\u00a0\u0000-\u0008\u000b\u000e-\u001f\u007f]|\u30fc(?=\\d)`);

function fixes(s: string): string {
  // Radicals first: a supplement radical may stand for a variant the next step unifies.
  return mapRadicals(s)
    .replace(VARIANT_RE, (c) => VARIANT_IDEOGRAPHS[c])
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/[\u2010-\u2015\u2212\u30fc](?=\d)/g, (m, off: number, all: string) =>
      // A long vowel mark is only a dash between digits; keep it in katakana words.
      m === '\u30fc' && off > 0 && /[\u30a0-\u30ff]/.test(all[off - 1]) ? m : '-'
    )
    // NFKC already maps the full-width tilde to ASCII; the wave dash needs the same treatment.
    .replace(/\u301c/g, '~')
    .replace(/[\u00b7\u2027]/g, '・')
    .replace(/[\u2000-\u200a\u3000\u00a0]/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
}

/**
 * Removes the spaces that PDF extraction scatters between Japanese characters
 * (`会 長 平 田`, `封入封緘業 務`) while keeping spaces between Latin words.
 * A space between Japanese and Latin text is also dropped: Japanese prose has none.
 */
export function removeJaSpaces(s: string): string {
  let prev: string;
  let out = s;
  // Two passes: the lookahead pattern cannot re-use a character consumed by a previous match.
  do {
    prev = out;
    out = out.replace(SPACE_BETWEEN_JA, '$1').replace(SPACE_JA_ASCII, (_m, a?: string, b?: string) => a ?? b ?? '');
  } while (out !== prev);
  return out;
}

/** The canonical form of any value stored in the database: NFKC, no stray spaces, trimmed. */
export function clean(s: string): string {
  return removeJaSpaces(nfkc(s).replace(/[ \t]+/g, ' ')).trim();
}

/** `clean` and then no whitespace at all: for comparing labels. */
export function compact(s: string): string {
  return nfkc(s).replace(/\s+/g, '');
}

/** Replaces kanji numerals inside legal references (`第十四条第一項` → `第14条第1項`). */
export function arabicLegalNumbers(s: string): string {
  return s.replace(/第([〇一二三四五六七八九十百千]+)(?=[条項号款章節回])/g, (m, n: string) => {
    const v = kanjiToNumber(n);
    return v === null ? m : `第${v}`;
  });
}

/** Removes `(以下「X」という。)` definitions, which only repeat a name. */
export function dropDefinitions(s: string): string {
  return s.replace(/[(（]以下[、,]?\s*[「『][^」』]{1,40}[」』]\s*(?:と)?(?:いう|称する)。?[)）]/g, '');
}

/** True when brackets of any kind opened in `s` are not all closed. */
export function unbalanced(s: string): boolean {
  const pairs: Record<string, string> = { '(': ')', '「': '」', '『': '』', '【': '】', '《': '》', '〈': '〉', '[': ']' };
  let depth = 0;
  for (const c of s) {
    if (c in pairs) depth++;
    else if (Object.values(pairs).includes(c)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Splits on a separator only outside brackets: `a、b(c、d)、e` → [a, b(c、d), e]. */
export function splitTopLevel(s: string, sep: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if ('(「『【《〈['.includes(c)) depth++;
    else if (')」』】》〉]'.includes(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && sep.test(c)) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Character bigram Dice similarity, for telling the same title written twice from two titles. */
export function similarity(a: string, b: string): number {
  const x = compact(a);
  const y = compact(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const g = x.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      common++;
      grams.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length - 1 + y.length - 1);
}

/**
 * Orders strings by code point, as DuckDB orders text (by UTF-8 bytes). JS's own `<` compares
 * UTF-16 units, which puts characters beyond U+FFFF before U+E000…U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (a character beyond U+FFFF) sorts after every character of the BMP.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
