// The fast tokenizer must give exactly stock kuromoji's tokens: every field of every token, on the
// fixtures and on random strings built to hit the unknown-word, surrogate and splitting paths.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { IpadicFeatures } from 'kuromoji';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../eval/generator/random';
import { fastTokenizerOf, loadFastTokenizer, sharedDictionary } from '../../../src/lib/tokenizer/fast-tokenizer';
import { buildKuromoji } from '../../../src/lib/tokenizer/kuromoji-dict';
import { loadStockTokenizer } from '../../../src/lib/tokenizer/tokenizer';

const [stock, fast] = await Promise.all([
  buildKuromoji(),
  loadFastTokenizer()
]);

const read = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
const samples = read('test/fixtures/samples-text', '.txt');
const layouts = readdirSync('test/fixtures/layouts').map((f) => readFileSync(path.join('test/fixtures/layouts', f), 'utf8'));
const classifierSentences = read('eval/classifier', '.tsv').flatMap((t) =>
  t
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.slice(l.indexOf('\t') + 1))
);

/** Stock kuromoji throws on some inputs (a lone high surrogate, U+0000); the fast one must too. */
type Outcome = IpadicFeatures[] | { throws: string };
function outcome(tokenize: () => IpadicFeatures[]): Outcome {
  try {
    return tokenize();
  } catch (err) {
    return { throws: (err as Error).name };
  }
}

/** Compares every text; on the first difference, fails with a diff of the two outcomes. */
function expectIdentical(texts: string[]): { throwing: number; tokens: number } {
  let throwing = 0;
  let tokens = 0;
  for (const text of texts) {
    const want = outcome(() => stock.tokenize(text));
    const got = outcome(() => fast.tokenizeFull(text));
    if (!isDeepStrictEqual(got, want)) expect(got, `input ${JSON.stringify(text)}`).toStrictEqual(want);
    if (Array.isArray(want)) tokens += want.length;
    else throwing++;
  }
  return { throwing, tokens };
}

const lines = (texts: string[]) => texts.flatMap((t) => t.split('\n'));

describe('fast tokenizer matches stock kuromoji', () => {
  it('on the sample texts, line by line and whole', () => {
    expect(expectIdentical(lines(samples))).toMatchObject({ throwing: 0 });
    expect(expectIdentical(samples).tokens).toBeGreaterThan(10_000);
  });

  it('on the layout fixtures, line by line and whole', () => {
    expectIdentical(lines(layouts));
    expectIdentical(layouts);
  });

  it('on the classifier sentences', () => {
    expect(classifierSentences.length).toBeGreaterThan(100);
    expectIdentical(classifierSentences);
  });

  it('on edge cases', () => {
    const edge = [
      '', ' ', '\n', '\r\n', '\t\t', '。', '、', '。。、', 'あ。', '。あ', '、。、。',
      'ア'.repeat(400), 'ｱｲｳｴｵ'.repeat(60), 'ファイアウォールとマルウェアとランサムウェア',
      '😀', '😀😀', '😀😀x', '😀ア😀', 'x😀😀😀y。😀', '𠮷野家で𠮷', '👨‍👩‍👧', '🇯🇵の国旗',
      '\uDC00', '\uDC00\uDC00あ', 'ア\uDFFFア', '\uD83D', 'あ\uD83D', '\uD83Dあ', 'あ。\uD83D',
      '\u0000', 'abc\u0000', 'ABC　ＤＥＦ　１２３', 'ａｂｃ１２３ＸＹＺ', 'abc def ghi', 'αβγ абв',
      // Long lines without 、 or 。: one sentence each for kuromoji.
      samples.join('').replace(/[、。\n]/g, '').slice(0, 6000),
      samples.join('').replace(/[、。]/g, '').slice(20_000, 24_000)
    ];
    expect(expectIdentical(edge).throwing).toBe(6);
  });

  it('in the project Token shape, as the stock adapter maps it', async () => {
    const adapter = await loadStockTokenizer();
    for (const text of [...lines(samples), ...samples, ...classifierSentences]) {
      expect(fast.tokenize(text)).toStrictEqual(adapter.tokenize(text));
    }
  });

  it('on 3,000 seeded random strings', () => {
    const kanji = [...new Set(samples.join('').match(/[\u4e00-\u9fff]/g))];
    const random = mulberry32(20240521);
    const texts = Array.from({ length: 3000 }, () => randomText(random, kanji, samples));
    const { throwing } = expectIdentical(texts);
    // Most strings must be tokenisable for the comparison to mean something, and some must not.
    expect(throwing).toBeGreaterThan(0);
    expect(throwing).toBeLessThan(300);
  });
});


const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
const POOLS: [weight: number, chars: string[]][] = [
  [6, range(0x3041, 0x3096).concat('ー')],
  [5, range(0x30a1, 0x30fa).concat('ー', ...range(0xff66, 0xff9f))],
  [5, range(0x21, 0x7e)],
  [2, range(0x30, 0x39).concat(range(0xff10, 0xff19), [...'一二三十百千万〇'])],
  [1, range(0xff21, 0xff3a).concat(range(0xff41, 0xff5a))],
  [3, [...'、。，．・「」『』（）【】！？：；〜…―‐％＆＊＠※']],
  [3, [' ', '\u3000', '\t', '\n', '\r']],
  [1, ['😀', '🎌', '👍🏽', '🇯🇵', '👨‍👩‍👧', '𠮷', '𩸽']],
  [1, [...'αβγδΩабвгЖ']],
  [0.2, ['\uDE00', '\uDC80', '\u0001', '\u007f', '\ufeff', '\u200b']],
  // Rare enough that most strings stay tokenisable: kuromoji throws on these.
  [0.02, ['\uD83D', '\u0000']]
];
const TOTAL_WEIGHT = POOLS.reduce((s, [w]) => s + w, 0);

/** Mixed pieces: runs from one pool (long katakana or emoji groups), kanji, and sample-text slices. */
function randomText(random: () => number, kanji: string[], samples: string[]): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const pieces = random() < 0.01 ? 400 : Math.floor(random() * 25);
  let out = '';
  for (let i = 0; i < pieces; i++) {
    const r = random();
    if (r < 0.25) {
      const s = pick(samples);
      const at = Math.floor(random() * s.length);
      out += s.slice(at, at + 1 + Math.floor(random() * 15));
    } else if (r < 0.4) {
      out += pick(kanji);
    } else {
      let w = random() * TOTAL_WEIGHT;
      const pool = POOLS.find(([weight]) => (w -= weight) < 0)?.[1] ?? POOLS[0][1];
      const run = random() < 0.2 ? 1 + Math.floor(random() * 20) : 1;
      const same = random() < 0.5;
      const first = pick(pool);
      for (let k = 0; k < run; k++) out += same ? first : pick(pool);
    }
  }
  return out;
}

describe('the packed dictionary', () => {
  it('is compact: the zero padding cut, the target maps in two arrays; the stock instance untouched', async () => {
    const [stock, d] = await Promise.all([buildKuromoji(), sharedDictionary()]);
    // The unknown-word dictionary's files are 10 MB each of zero padding around a few kilobytes.
    expect(d.unknown.entries.length).toBeLessThan(64 * 1024);
    expect(d.unknown.features.length).toBeLessThan(64 * 1024);
    expect(d.known.ids.length).toBeGreaterThan(300_000);
    const stockDict = (stock as unknown as { token_info_dictionary: { target_map: object } }).token_info_dictionary;
    expect(Object.keys(stockDict.target_map).length).toBeGreaterThan(300_000);
  });

  it('in SharedArrayBuffers, as worker threads receive it, gives the same tokens', async () => {
    const d = await sharedDictionary();
    for (const a of [d.base, d.check, d.costs, d.known.entries, d.known.features, d.known.ids, d.unknown.offsets, d.classIds]) expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
    // What a worker gets: a structured clone (the arrays stay shared, the class table is copied).
    const shared = fastTokenizerOf(structuredClone(d));
    const texts = [...samples, ...classifierSentences.slice(0, 500), 'ｶﾞｯﾂﾘ ＡＢＣ ①②　ヴ𠮷野家 123.45kg'];
    for (const t of texts) expect(shared.tokenizeFull(t)).toEqual(stock.tokenize(t));
  });
});
