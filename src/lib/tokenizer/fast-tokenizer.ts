// kuromoji 0.1.2's analysis, re-implemented on kuromoji's own loaded dictionary for speed.
//
// Stock kuromoji re-encodes the whole rest of the sentence to UTF-8 at every character to run a
// common-prefix search (quadratic in the sentence length), rescans whole character-class runs at
// every character, and splits a token's feature line again for every token. Here the double-array
// trie is walked from each position only as far as it has transitions, class runs are measured once
// per sentence, and split feature lines are cached per word id. Everything that decides the output
// (sentence splitting, unknown-word rules, Viterbi costs and tie-breaking, word_position) copies
// kuromoji line for line, its quirks included, so the tokens are identical: see
// test/lib/ingest/fast-tokenizer.test.ts, which compares both on fixtures and random strings.

import type { IpadicFeatures } from 'kuromoji';
import type { Token, Tokenizer } from '../domain/tokens';
import { cachedDictionary } from './dictionary-cache';
import type { CharacterClass, PackedDictionary, PackedWords } from './packed-dictionary';
import { loadKuromoji } from './kuromoji-dict';

export type { PackedDictionary } from './packed-dictionary';

export interface FastTokenizer extends Tokenizer {
  /** kuromoji's own token objects, equal field by field to stock `tokenize`. */
  tokenizeFull(text: string): IpadicFeatures[];
}

// The parts of a built kuromoji tokenizer this module reads (its typings do not declare them;
// CharacterClass is in packed-dictionary.ts).
interface ByteBuffer {
  buffer: Uint8Array;
}
interface WordDictionary {
  dictionary: ByteBuffer;
  pos_buffer: ByteBuffer;
  target_map: Record<number, number[] | undefined>;
}

type Typed = Uint8Array | Uint16Array | Int16Array | Int32Array;

/** A copy of a view holding only its own elements, in a SharedArrayBuffer when `shared`. */
function copyOf<T extends Typed>(view: T, shared: boolean): T {
  const Ctor = view.constructor as new (b: ArrayBufferLike | number) => T;
  if (!shared) return view.slice() as T;
  const out = new Ctor(new SharedArrayBuffer(view.byteLength));
  out.set(view as never);
  return out;
}

/**
 * kuromoji's dictionary files are padded with zeros to powers of two (the unknown-word dictionary is
 * 10 MB for 10 KB of entries): cut after the last non-zero byte and 16 more. A read wholly past the
 * end gives 0 or an ended string, as the zeros do; the 16 bytes keep any field that starts before
 * the cut whole (a read running past the end gives 0, not the field's value).
 */
function unpadded(b: Uint8Array): Uint8Array {
  let end = b.length;
  while (end > 0 && b[end - 1] === 0) end--;
  return b.subarray(0, Math.min(b.length, end + 16));
}

function packTargets(map: Record<number, number[] | undefined>, shared: boolean): { offsets: Int32Array; ids: Int32Array } {
  let max = -1;
  let total = 0;
  for (const k in map) {
    const ids = map[k]!;
    // An empty list would read as "no entries" once packed; kuromoji's files have none.
    if (ids.length === 0) throw new Error(`kuromoji's target map has an empty list for ${k}`);
    max = Math.max(max, Number(k));
    total += ids.length;
  }
  const offsets = new Int32Array(max + 2);
  for (const k in map) offsets[Number(k) + 1] = map[k]!.length;
  for (let i = 1; i < offsets.length; i++) offsets[i] += offsets[i - 1];
  const ids = new Int32Array(total);
  for (const k in map) ids.set(map[k]!, offsets[Number(k)]);
  return { offsets: copyOf(offsets, shared), ids: copyOf(ids, shared) };
}

const packWords = (d: WordDictionary, shared: boolean): PackedWords => ({
  entries: copyOf(unpadded(d.dictionary.buffer), shared),
  features: copyOf(unpadded(d.pos_buffer.buffer), shared),
  ...packTargets(d.target_map, shared)
});

/** Packs a loaded kuromoji tokenizer's dictionary; `shared` puts the arrays in SharedArrayBuffers. */
export function packDictionary(tokenizer: unknown, shared = false): PackedDictionary {
  const tk = tokenizer as KuromojiInternals;
  const classes: CharacterClass[] = [];
  const index = new Map<CharacterClass, number>();
  const classIds = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const cls = tk.unknown_dictionary.lookup(String.fromCharCode(c));
    let i = index.get(cls);
    if (i === undefined) {
      i = classes.length;
      index.set(cls, i);
      // Plain objects: a worker receives them by structured clone.
      classes.push({ class_id: cls.class_id, class_name: cls.class_name, is_always_invoke: cls.is_always_invoke, is_grouping: cls.is_grouping, max_length: cls.max_length });
    }
    classIds[c] = i;
  }
  return {
    base: copyOf(tk.viterbi_builder.trie.bc.getBaseBuffer(), shared),
    check: copyOf(tk.viterbi_builder.trie.bc.getCheckBuffer(), shared),
    costs: copyOf(tk.viterbi_searcher.connection_costs.buffer, shared),
    costStride: tk.viterbi_searcher.connection_costs.backward_dimension,
    known: packWords(tk.token_info_dictionary, shared),
    unknown: packWords(tk.unknown_dictionary, shared),
    classIds: copyOf(classIds, shared),
    classes
  };
}

// kuromoji's ByteBuffer reads, on the packed bytes (same results, past the end included).
function getShort(b: Uint8Array, i: number): number {
  if (b.length < i + 2) return 0;
  const v = (b[i + 1] << 8) + b[i];
  return v & 0x8000 ? -((v - 1) ^ 0xffff) : v;
}
function getInt(b: Uint8Array, i: number): number {
  if (b.length < i + 4) return 0;
  return (b[i + 3] << 24) + (b[i + 2] << 16) + (b[i + 1] << 8) + b[i];
}
const UTF8 = new TextDecoder('utf-8');
function getString(b: Uint8Array, i: number): string {
  let end = i;
  while (end < b.length && b[end] !== 0) end++;
  // A copy: TextDecoder does not read views of a SharedArrayBuffer.
  return UTF8.decode(b.slice(i, end));
}

interface KuromojiInternals {
  token_info_dictionary: WordDictionary;
  unknown_dictionary: WordDictionary & { lookup(ch: string): CharacterClass };
  viterbi_builder: { trie: { bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array } } };
  viterbi_searcher: { connection_costs: { buffer: Int16Array; backward_dimension: number } };
}

interface WordEntry {
  id: number;
  left: number;
  right: number;
  cost: number;
}

/** A lattice node; start is the 1-based character position, as in kuromoji's ViterbiNode. */
interface LatticeNode {
  entry: WordEntry;
  known: boolean;
  start: number;
  length: number;
  /** The surface as UTF-16 offsets into the sentence (unknown words take their surface from it). */
  from: number;
  to: number;
  prev: LatticeNode | null | undefined;
  shortestCost: number;
}

type Format<T> = (node: LatticeNode, position: number, features: string[], sentence: string) => T;

const BOUNDARY: WordEntry = { id: -1, left: 0, right: 0, cost: 0 };
const IDEOGRAPHIC_COMMA = 0x3001;
const IDEOGRAPHIC_FULL_STOP = 0x3002;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function boundaryNode(start: number, shortestCost: number): LatticeNode {
  return { entry: BOUNDARY, known: false, start, length: 0, from: 0, to: 0, prev: null, shortestCost };
}

/** Writes the UTF-8 bytes of a code point, as the doublearray package encodes keys; returns their count. */
function utf8(cp: number, out: Uint8Array): number {
  if (cp < 0x80) {
    out[0] = cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = 0xc0 | (cp >>> 6);
    out[1] = 0x80 | (cp & 0x3f);
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = 0xe0 | (cp >>> 12);
    out[1] = 0x80 | ((cp >>> 6) & 0x3f);
    out[2] = 0x80 | (cp & 0x3f);
    return 3;
  }
  out[0] = 0xf0 | (cp >>> 18);
  out[1] = 0x80 | ((cp >>> 12) & 0x3f);
  out[2] = 0x80 | ((cp >>> 6) & 0x3f);
  out[3] = 0x80 | (cp & 0x3f);
  return 4;
}

class FastKuromoji implements FastTokenizer {
  private readonly known: PackedWords;
  private readonly unknown: PackedWords;
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  private readonly costs: Int16Array;
  private readonly costStride: number;
  /** Character class by UTF-16 code unit; kuromoji classifies a character by its first unit. */
  private readonly classOf: CharacterClass[];
  private readonly knownEntries = new Map<number, WordEntry[]>();
  private readonly unknownEntries = new Map<number, WordEntry[]>();
  private readonly knownFeatures = new Map<number, string[]>();
  private readonly unknownFeatures = new Map<number, string[]>();
  private readonly bytes = new Uint8Array(4);

  constructor(d: PackedDictionary) {
    this.known = d.known;
    this.unknown = d.unknown;
    this.base = d.base;
    this.check = d.check;
    this.costs = d.costs;
    this.costStride = d.costStride;
    this.classOf = Array.from(d.classIds, (i) => d.classes[i]);
  }

  tokenize(text: string): Token[] {
    return this.analyse(text, (node, _position, f, sentence) => {
      const surface = node.known ? f[0] : sentence.slice(node.from, node.to);
      return { surface, lemma: f[7] && f[7] !== '*' ? f[7] : surface, pos: f[1] };
    });
  }

  tokenizeFull(text: string): IpadicFeatures[] {
    // Same fields, key order and values as kuromoji's IpadicFormatter; unknown words have no
    // reading or pronunciation keys at all.
    return this.analyse(text, (node, position, f, sentence): IpadicFeatures =>
      node.known
        ? {
            word_id: node.entry.id,
            word_type: 'KNOWN',
            word_position: position,
            surface_form: f[0],
            pos: f[1],
            pos_detail_1: f[2],
            pos_detail_2: f[3],
            pos_detail_3: f[4],
            conjugated_type: f[5],
            conjugated_form: f[6],
            basic_form: f[7],
            reading: f[8],
            pronunciation: f[9]
          }
        : {
            word_id: node.entry.id,
            word_type: 'UNKNOWN',
            word_position: position,
            surface_form: sentence.slice(node.from, node.to),
            pos: f[1],
            pos_detail_1: f[2],
            pos_detail_2: f[3],
            pos_detail_3: f[4],
            conjugated_type: f[5],
            conjugated_form: f[6],
            basic_form: f[7]
          }
    );
  }

  /** Splits after each 、 and 。 as Tokenizer.splitByPunctuation does, and analyses each sentence. */
  private analyse<T>(text: string, format: Format<T>): T[] {
    const out: T[] = [];
    let lastPosition = 0;
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === IDEOGRAPHIC_COMMA || c === IDEOGRAPHIC_FULL_STOP) {
        lastPosition = this.analyseSentence(text.slice(from, i + 1), lastPosition, out, format);
        from = i + 1;
      }
    }
    if (from < text.length) this.analyseSentence(text.slice(from), lastPosition, out, format);
    return out;
  }

  /**
   * Appends the sentence's tokens to out. kuromoji numbers a sentence's tokens from the position of
   * the previous token (not from the sentence's offset), so that is what comes in and goes out.
   */
  private analyseSentence<T>(sentence: string, lastPosition: number, out: T[], format: Format<T>): number {
    const path = this.bestPath(this.buildLattice(sentence));
    for (const node of path) {
      const position = lastPosition + node.start;
      out.push(format(node, position, this.features(node), sentence));
    }
    return path.length > 0 ? lastPosition + path[path.length - 1].start : lastPosition;
  }

  /** kuromoji's lattice: nodes grouped by the 1-based position of their last character. */
  private buildLattice(sentence: string): LatticeNode[][] {
    // kuromoji's UTF-8 encoder gives up on a high surrogate without its low half, and the search
    // then throws; fail the same way rather than invent tokens kuromoji never produces.
    const starts: number[] = [];
    for (let i = 0; i < sentence.length; i++) {
      starts.push(i);
      if (isHighSurrogate(sentence.charCodeAt(i))) {
        if (!isLowSurrogate(sentence.charCodeAt(i + 1))) {
          throw new TypeError(`kuromoji cannot tokenise a lone high surrogate (at ${i} in ${JSON.stringify(sentence)})`);
        }
        i++;
      }
    }
    const n = starts.length;
    starts.push(sentence.length);

    // End (exclusive, in characters) of the run of same-named classes from each character: the
    // unknown-word group kuromoji would find by scanning ahead. It compares class names, not ids.
    const classes = starts.slice(0, n).map((s) => this.classOf[sentence.charCodeAt(s)]);
    const runEnd = new Int32Array(n);
    for (let p = n - 1; p >= 0; p--) {
      runEnd[p] = p + 1 < n && classes[p + 1].class_name === classes[p].class_name ? runEnd[p + 1] : p + 1;
    }

    const lattice: LatticeNode[][] = [[boundaryNode(0, 0)]];
    let eosPosition = 1;
    const append = (node: LatticeNode) => {
      const last = node.start + node.length - 1;
      if (eosPosition < last) eosPosition = last;
      (lattice[last] ??= []).push(node);
    };

    for (let p = 0; p < n; p++) {
      const from = starts[p];
      let matched = false;
      // Walk the trie one UTF-8 byte at a time from this character until it has no transition. A
      // word can only end on a character boundary (UTF-8 is prefix-free), so that is where to look.
      let state = 0;
      let cu = from;
      walk: while (cu < sentence.length) {
        let cp = sentence.charCodeAt(cu);
        let width = 1;
        if (isHighSurrogate(cp)) {
          cp = (cp - 0xd800) * 0x400 + sentence.charCodeAt(cu + 1) - 0xdc00 + 0x10000;
          width = 2;
        }
        const count = utf8(cp, this.bytes);
        for (let k = 0; k < count; k++) {
          const child = this.base[state] + this.bytes[k];
          if (this.check[child] !== state) break walk;
          state = child;
        }
        cu += width;
        // A word ends here if the state has a child on byte 0, the keys' terminator.
        const leaf = this.base[state];
        if (this.check[leaf] !== state) continue;
        matched = true;
        // A leaf's base holds -(value + 1); lengths are in UTF-16 units like kuromoji's key.length.
        for (const entry of this.entriesForWord(-this.base[leaf] - 1)) {
          append({ entry, known: true, start: p + 1, length: cu - from, from, to: cu, prev: null, shortestCost: Number.MAX_VALUE });
        }
      }

      const cls = classes[p];
      if (!matched || cls.is_always_invoke === 1) {
        // Groupable classes take the whole run (kuromoji applies no maximum length). A single
        // character counts as length 1, but a group counts its UTF-16 units: kuromoji's key turns
        // from a surrogate-aware string into a plain one when it grows, and emoji runs overshoot.
        const end = cls.is_grouping === 1 ? runEnd[p] : p + 1;
        const to = starts[end];
        const length = end - p > 1 ? to - from : 1;
        for (const entry of this.entriesForClass(cls.class_id)) {
          append({ entry, known: false, start: p + 1, length, from, to, prev: null, shortestCost: Number.MAX_VALUE });
        }
      }
    }
    // ViterbiLattice.appendEos: EOS goes after the last slot, one past the furthest node end.
    lattice[lattice.length] = [boundaryNode(eosPosition + 1, Number.MAX_VALUE)];
    return lattice;
  }

  /** ViterbiSearcher.search, including its quirks. */
  private bestPath(lattice: LatticeNode[][]): LatticeNode[] {
    const bos = lattice[0][0];
    const eos = lattice[lattice.length - 1][0];
    // kuromoji declares its best-predecessor variable with `var` inside the loop, so a node whose
    // predecessors are all unreachable inherits the previous node's choice. Reproduce that.
    let chosen: LatticeNode | undefined;
    for (let i = 1; i <= eos.start; i++) {
      const nodes = lattice[i];
      if (!nodes) continue;
      for (const node of nodes) {
        const prevs = lattice[node.start - 1];
        if (!prevs) continue;
        let cost = Number.MAX_VALUE;
        for (const prev of prevs) {
          const c = prev.shortestCost + this.costs[prev.entry.right * this.costStride + node.entry.left + 2] + node.entry.cost;
          if (c < cost) {
            chosen = prev;
            cost = c;
          }
        }
        node.prev = chosen;
        node.shortestCost = cost;
      }
    }
    const path: LatticeNode[] = [];
    for (let node = eos.prev; node !== bos; node = node.prev) {
      // A broken chain drops the whole sentence, as kuromoji does.
      if (node == null) return [];
      path.push(node);
    }
    return path.reverse();
  }

  private entriesForWord(trieValue: number): WordEntry[] {
    let entries = this.knownEntries.get(trieValue);
    if (!entries) {
      entries = this.readEntries(this.known, trieValue);
      this.knownEntries.set(trieValue, entries);
    }
    return entries;
  }

  private entriesForClass(classId: number): WordEntry[] {
    let entries = this.unknownEntries.get(classId);
    if (!entries) {
      entries = this.readEntries(this.unknown, classId);
      this.unknownEntries.set(classId, entries);
    }
    return entries;
  }

  private readEntries(dict: PackedWords, key: number): WordEntry[] {
    const inside = key >= 0 && key + 1 < dict.offsets.length;
    const from = inside ? dict.offsets[key] : 0;
    const to = inside ? dict.offsets[key + 1] : 0;
    // kuromoji throws here too: U+0000 matches the trie's root as a word with no entries.
    if (from === to) throw new TypeError(`kuromoji's dictionary has no entries for ${key}`);
    return Array.from(dict.ids.subarray(from, to), (id) => ({
      id,
      left: getShort(dict.entries, id),
      right: getShort(dict.entries, id + 2),
      cost: getShort(dict.entries, id + 4)
    }));
  }

  private features(node: LatticeNode): string[] {
    const [dict, cache] = node.known ? [this.known, this.knownFeatures] : [this.unknown, this.unknownFeatures];
    let f = cache.get(node.entry.id);
    if (!f) {
      f = getString(dict.features, getInt(dict.entries, node.entry.id + 6)).split(',');
      cache.set(node.entry.id, f);
    }
    return f;
  }
}

let loading: Promise<FastTokenizer> | null = null;

let sharing: Promise<PackedDictionary> | null = null;

/**
 * Loads kuromoji's dictionary once per process, through kuromoji's own loader, and packs it into
 * shared memory: this thread's tokenizer and every worker thread's read the same copy.
 */
export function loadFastTokenizer(): Promise<FastTokenizer> {
  loading ??= sharedDictionary().then((d) => new FastKuromoji(d));
  loading.catch(() => (loading = null));
  return loading;
}

/**
 * The packed dictionary in SharedArrayBuffers, once per process: what this thread's tokenizer and
 * worker threads read. It comes from the cache file when there is one (dictionary-cache.ts).
 */
export function sharedDictionary(): Promise<PackedDictionary> {
  sharing ??= cachedDictionary(() => loadKuromoji().then((tk) => packDictionary(tk, true)));
  sharing.catch(() => (sharing = null));
  return sharing;
}

/** A fast tokenizer over a packed dictionary (a worker thread's, received from the main thread). */
export function fastTokenizerOf(d: PackedDictionary): FastTokenizer {
  return new FastKuromoji(d);
}
