// Deterministic fuzzing of ingestFile with mutated seed documents (text as UTF-8 and Shift_JIS,
// and the sample PDFs). Each case is fully determined by its seed and kind: a failure names both
// and the mutations, and `FUZZ_SEED=0x… FUZZ_KIND=text|pdf npx vitest run test/robustness/fuzz.test.ts`
// reruns just that case (FUZZ_VERBOSE=1 prints every outcome, FUZZ_SCALE=n runs n times as many cases).
// The property: ingestFile settles, `ok` is a boolean, and a failure carries a one-line reason.

import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Encoding from 'encoding-japanese';
import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../eval/generator/random';
import { ingestFile, type FileOutcome } from '../../src/lib/ingest/pipeline';
import { charTokenizer, MemoryStore } from '../helpers/fakes';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'test', 'fixtures', 'samples-text');
const PDFS = path.join(ROOT, 'data', 'samples');
/** FUZZ_SCALE=n runs n times as many cases, for a deeper search by hand; the default fits CI. */
const SCALE = Math.max(1, Number(process.env['FUZZ_SCALE'] ?? 1) || 1);
const TEXT_CASES = 220 * SCALE;
const PDF_CASES = 48 * SCALE;
/** Per case; far above the slowest honest case (about 1 s for a PDF). */
const CASE_TIMEOUT_MS = 20_000;
const BASE_SEED = 0x5eed_a71a;


class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }
  byte(): number {
    return this.int(256);
  }
}

const hex = (n: number) => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;
const caseSeed = (index: number) => (Math.imul(index + 1, 0x9e3779b9) ^ BASE_SEED) >>> 0;

// ---- mutations ----------------------------------------------------------------------------------

type LineMutation = (lines: string[], rng: Rng) => { lines: string[]; what: string };
type ByteMutation = (bytes: Uint8Array, rng: Rng) => { bytes: Uint8Array; what: string };

const LINE_MUTATIONS: Record<string, LineMutation> = {
  shuffle(lines, rng) {
    // Shuffle one window of lines (a whole-document shuffle is rarely what damaged files look like).
    const out = [...lines];
    const start = rng.int(out.length);
    const len = Math.min(out.length - start, rng.between(2, 40));
    for (let i = start + len - 1; i > start; i--) {
      const j = start + rng.int(i - start + 1);
      [out[i], out[j]] = [out[j] as string, out[i] as string];
    }
    return { lines: out, what: `shuffle-lines(${start}..${start + len - 1})` };
  },
  shuffleAll(lines, rng) {
    const out = [...lines];
    for (let i = out.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [out[i], out[j]] = [out[j] as string, out[i] as string];
    }
    return { lines: out, what: 'shuffle-all-lines' };
  },
  duplicate(lines, rng) {
    const out = [...lines];
    const at = rng.int(out.length);
    const len = Math.min(out.length - at, rng.between(1, 30));
    const times = rng.between(1, 4);
    const chunk = out.slice(at, at + len);
    for (let k = 0; k < times; k++) out.splice(at + len, 0, ...chunk);
    return { lines: out, what: `duplicate-lines(${at}..${at + len - 1} x${times})` };
  },
  delete(lines, rng) {
    const out = [...lines];
    const at = rng.int(out.length);
    const len = Math.min(out.length - at, rng.between(1, 60));
    out.splice(at, len);
    return { lines: out, what: `delete-lines(${at}..${at + len - 1})` };
  }
};

const BYTE_MUTATIONS: Record<string, ByteMutation> = {
  truncate(bytes, rng) {
    const at = rng.int(bytes.length + 1);
    return { bytes: bytes.slice(0, at), what: `truncate(${at}/${bytes.length})` };
  },
  flip(bytes, rng) {
    const out = bytes.slice();
    const n = rng.between(1, 12);
    const at: number[] = [];
    for (let k = 0; k < n && out.length > 0; k++) {
      const i = rng.int(out.length);
      out[i] = (out[i] as number) ^ (1 << rng.int(8));
      at.push(i);
    }
    return { bytes: out, what: `flip-bits(@${at.join(',')})` };
  },
  randomize(bytes, rng) {
    const out = bytes.slice();
    const n = rng.between(1, 8);
    const at: number[] = [];
    for (let k = 0; k < n && out.length > 0; k++) {
      const i = rng.int(out.length);
      out[i] = rng.byte();
      at.push(i);
    }
    return { bytes: out, what: `random-bytes(@${at.join(',')})` };
  },
  insert(bytes, rng) {
    const parts: Uint8Array[] = [];
    const runs = rng.between(1, 4);
    const at = Array.from({ length: runs }, () => rng.int(bytes.length + 1)).sort((a, b) => a - b);
    const lens: number[] = [];
    let prev = 0;
    for (const i of at) {
      parts.push(bytes.subarray(prev, i));
      const len = rng.between(1, 32);
      lens.push(len);
      parts.push(Uint8Array.from({ length: len }, () => rng.byte()));
      prev = i;
    }
    parts.push(bytes.subarray(prev));
    return { bytes: Uint8Array.from(Buffer.concat(parts)), what: `insert-bytes(${at.map((i, k) => `${lens[k]}@${i}`).join(',')})` };
  }
};

const PDF_MUTATIONS: Record<string, ByteMutation> = {
  truncate: BYTE_MUTATIONS.truncate as ByteMutation,
  flip: BYTE_MUTATIONS.flip as ByteMutation,
  randomize: BYTE_MUTATIONS.randomize as ByteMutation,
  /** The last kilobytes hold the xref table / stream and the trailer: damage there is the hardest. */
  flipTail(bytes, rng) {
    const out = bytes.slice();
    const n = rng.between(1, 6);
    const at: number[] = [];
    for (let k = 0; k < n; k++) {
      const i = Math.max(0, out.length - 1 - rng.int(Math.min(out.length, 2048)));
      out[i] = rng.byte();
      at.push(i);
    }
    return { bytes: out, what: `random-tail-bytes(@${at.join(',')})` };
  },
  /** The first kilobyte holds the header and, when linearized, the first xref. */
  flipHead(bytes, rng) {
    const out = bytes.slice();
    const n = rng.between(1, 6);
    const at: number[] = [];
    for (let k = 0; k < n; k++) {
      const i = rng.int(Math.min(out.length, 1024));
      out[i] = rng.byte();
      at.push(i);
    }
    return { bytes: out, what: `random-head-bytes(@${at.join(',')})` };
  }
};

// ---- cases --------------------------------------------------------------------------------------

const textSources = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(path.join(SAMPLES, f), 'utf8') }));
const pdfSources = readdirSync(PDFS)
  .filter((f) => f.endsWith('.pdf'))
  .sort()
  .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(path.join(PDFS, f))) }));

function encode(text: string, encoding: 'UTF-8' | 'Shift_JIS'): Uint8Array {
  if (encoding === 'UTF-8') return new TextEncoder().encode(text);
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE', type: 'array' }));
}

interface FuzzCase {
  index: number;
  seed: number;
  label: string;
  ext: string;
  bytes: Uint8Array;
}

function textCase(index: number, seed: number): FuzzCase {
  const rng = new Rng(seed);
  const source = rng.pick(textSources);
  const encoding = rng.pick(['UTF-8', 'Shift_JIS'] as const);
  // Mostly .txt; some go through the Markdown and HTML readers with the same damaged text.
  const ext = rng.pick(['.txt', '.txt', '.txt', '.md', '.html']);
  const what: string[] = [];
  let lines = source.text.split('\n');
  const lineOps = rng.int(3);
  for (let k = 0; k < lineOps; k++) {
    const name = rng.pick(Object.keys(LINE_MUTATIONS));
    const r = (LINE_MUTATIONS[name] as LineMutation)(lines, rng);
    lines = r.lines;
    what.push(r.what);
  }
  let bytes = encode(lines.join('\n'), encoding);
  const byteOps = lineOps === 0 ? rng.between(1, 3) : rng.int(3);
  for (let k = 0; k < byteOps; k++) {
    const name = rng.pick(Object.keys(BYTE_MUTATIONS));
    const r = (BYTE_MUTATIONS[name] as ByteMutation)(bytes, rng);
    bytes = r.bytes;
    what.push(r.what);
  }
  return { index, seed, ext, bytes, label: `${source.name} as ${encoding} ${ext}: ${what.join(' + ')}` };
}

function pdfCase(index: number, seed: number): FuzzCase {
  const rng = new Rng(seed);
  const source = rng.pick(pdfSources);
  let bytes: Uint8Array = source.bytes;
  const what: string[] = [];
  const ops = rng.between(1, 2);
  for (let k = 0; k < ops; k++) {
    const name = rng.pick(Object.keys(PDF_MUTATIONS));
    const r = (PDF_MUTATIONS[name] as ByteMutation)(bytes, rng);
    bytes = r.bytes;
    what.push(r.what);
  }
  return { index, seed, ext: '.pdf', bytes, label: `${source.name}: ${what.join(' + ')}` };
}

type Kind = 'text' | 'pdf';
const planned: Array<{ index: number; seed: number; kind: Kind }> = [
  ...Array.from({ length: TEXT_CASES }, (_, i) => ({ index: i, seed: caseSeed(i), kind: 'text' as const })),
  ...Array.from({ length: PDF_CASES }, (_, i) => ({ index: TEXT_CASES + i, seed: caseSeed(TEXT_CASES + i), kind: 'pdf' as const }))
];
const onlySeed = process.env['FUZZ_SEED'];
const cases = onlySeed
  ? [{ index: -1, seed: Number(onlySeed) >>> 0, kind: (process.env['FUZZ_KIND'] === 'pdf' ? 'pdf' : 'text') as Kind }]
  : planned;

// ---- run ----------------------------------------------------------------------------------------

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-fuzz-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`ingestFile did not settle within ${ms} ms (hang?)`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('fuzzed seed documents', () => {
  it.skipIf(Boolean(onlySeed))('has the planned number of cases, over every source', () => {
    expect(planned.filter((c) => c.kind === 'text').length).toBeGreaterThanOrEqual(200);
    expect(planned.filter((c) => c.kind === 'pdf').length).toBeGreaterThanOrEqual(40);
    const built = planned.slice(0, TEXT_CASES).map((c) => textCase(c.index, c.seed).label);
    for (const s of textSources) {
      for (const enc of ['UTF-8', 'Shift_JIS']) expect(built.some((l) => l.startsWith(`${s.name} as ${enc}`)), `${s.name} as ${enc}`).toBe(true);
    }
  });

  for (const c of cases) {
    it(`${c.index < 0 ? '(rerun)' : `#${c.index}`} ${c.kind} seed=${hex(c.seed)}`, { timeout: CASE_TIMEOUT_MS + 10_000 }, async () => {
      const fc = c.kind === 'text' ? textCase(c.index, c.seed) : pdfCase(c.index, c.seed);
      const id = `fuzz case ${fc.index < 0 ? '(rerun)' : `#${fc.index}`} seed=${hex(fc.seed)} (${fc.label}); rerun with FUZZ_SEED=${hex(fc.seed)} FUZZ_KIND=${c.kind}`;
      const file = path.join(scratch, `case-${hex(fc.seed)}${fc.ext}`);
      writeFileSync(file, fc.bytes);
      const store = new MemoryStore();
      let o: FileOutcome;
      try {
        o = await within(ingestFile(file, { store, tokenizer: charTokenizer }), CASE_TIMEOUT_MS);
      } catch (e) {
        throw new Error(`${id}: ${(e as Error).message}`, { cause: e });
      } finally {
        unlinkSync(file);
      }
      if (process.env['FUZZ_VERBOSE']) console.log(`${id}\n  → ${o.ok ? `ok, ${o.matters} matter(s)` : o.reason} [${Math.round(o.ms)} ms]`);
      expect(typeof o.ok, id).toBe('boolean');
      if (o.ok) {
        expect(o.reason, id).toBeUndefined();
        expect(o.matters, id).toBeGreaterThan(0);
        expect(store.docs.size, id).toBe(1);
      } else {
        expect(typeof o.reason, id).toBe('string');
        expect((o.reason ?? '').trim(), id).not.toBe('');
        expect(o.reason, id).not.toMatch(/[\r\n]/);
        expect(store.docs.size, id).toBe(0);
      }
    });
  }
});
