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
import { loadKuromoji } from './kuromoji-dict';

export interface FastTokenizer extends Tokenizer {
  /** kuromoji's own token objects, equal field by field to stock `tokenize`. */
  tokenizeFull(text: string): IpadicFeatures[];
}

// The parts of a built kuromoji tokenizer this module reads (its typings do not declare them).
interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}
interface ByteBuffer {
  buffer: Uint8Array;
  getShort(index: number): number;
}
interface WordDictionary {
  dictionary: ByteBuffer;
  pos_buffer: ByteBuffer;
  target_map: Record<number, number[] | undefined>;
  getFeatures(wordId: number): string;
}

/** A dictionary's target map (trie value → word ids) as two arrays instead of 300,000 JS arrays. */
interface Targets {
  offsets: Int32Array;
  ids: Int32Array;
}

function packTargets(map: Record<number, number[] | undefined>): Targets {
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
  return { offsets, ids };
}

/**
 * kuromoji's dictionary files are padded with zeros to powers of two (the unknown-word dictionary is
 * 10 MB for 10 KB of entries): a buffer is cut after its last non-zero byte, with room for one more
 * entry's zero fields and a string's terminator.
 */
function trim(b: ByteBuffer): void {
  let end = b.buffer.length;
  while (end > 0 && b.buffer[end - 1] === 0) end--;
  b.buffer = b.buffer.slice(0, Math.min(b.buffer.length, end + 16));
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
  private readonly known: WordDictionary;
  private readonly unknown: WordDictionary;
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  private readonly costs: Int16Array;
  private readonly costStride: number;
  /** Character class by UTF-16 code unit; kuromoji classifies a character by its first unit. */
  private readonly classOf: CharacterClass[] = [];
  private readonly knownEntries = new Map<number, WordEntry[]>();
  private readonly unknownEntries = new Map<number, WordEntry[]>();
  private readonly knownFeatures = new Map<number, string[]>();
  private readonly unknownFeatures = new Map<number, string[]>();
  private readonly bytes = new Uint8Array(4);

  private readonly knownTargets: Targets;
  private readonly unknownTargets: Targets;

  /** Takes `tk`'s dictionary apart: `tk` must be an instance of its own (loadKuromoji), used for nothing else. */
  constructor(tk: KuromojiInternals) {
    this.known = tk.token_info_dictionary;
    this.unknown = tk.unknown_dictionary;
    this.knownTargets = packTargets(this.known.target_map);
    this.unknownTargets = packTargets(this.unknown.target_map);
    for (const d of [this.known, this.unknown]) {
      d.target_map = {};
      trim(d.dictionary);
      trim(d.pos_buffer);
    }
    // Copies of the views alone: the trie's buffers are larger than its arrays.
    this.base = tk.viterbi_builder.trie.bc.getBaseBuffer().slice();
    this.check = tk.viterbi_builder.trie.bc.getCheckBuffer().slice();
    this.costs = tk.viterbi_searcher.connection_costs.buffer;
    this.costStride = tk.viterbi_searcher.connection_costs.backward_dimension;
    for (let c = 0; c < 0x10000; c++) this.classOf.push(tk.unknown_dictionary.lookup(String.fromCharCode(c)));
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
      entries = this.readEntries(this.known, this.knownTargets, trieValue);
      this.knownEntries.set(trieValue, entries);
    }
    return entries;
  }

  private entriesForClass(classId: number): WordEntry[] {
    let entries = this.unknownEntries.get(classId);
    if (!entries) {
      entries = this.readEntries(this.unknown, this.unknownTargets, classId);
      this.unknownEntries.set(classId, entries);
    }
    return entries;
  }

  private readEntries(dict: WordDictionary, targets: Targets, key: number): WordEntry[] {
    const from = key >= 0 && key + 1 < targets.offsets.length ? targets.offsets[key] : 0;
    const to = key >= 0 && key + 1 < targets.offsets.length ? targets.offsets[key + 1] : 0;
    // kuromoji throws here too: U+0000 matches the trie's root as a word with no entries.
    if (from === to) throw new TypeError(`kuromoji's dictionary has no entries for ${key}`);
    return Array.from(targets.ids.subarray(from, to), (id) => ({
      id,
      left: dict.dictionary.getShort(id),
      right: dict.dictionary.getShort(id + 2),
      cost: dict.dictionary.getShort(id + 4)
    }));
  }

  private features(node: LatticeNode): string[] {
    const [dict, cache] = node.known ? [this.known, this.knownFeatures] : [this.unknown, this.unknownFeatures];
    let f = cache.get(node.entry.id);
    if (!f) {
      f = dict.getFeatures(node.entry.id).split(',');
      cache.set(node.entry.id, f);
    }
    return f;
  }
}

let loading: Promise<FastTokenizer> | null = null;

/** Loads kuromoji's dictionary once per process, through kuromoji's own loader. */
export function loadFastTokenizer(): Promise<FastTokenizer> {
  loading ??= loadKuromoji().then((tk) => new FastKuromoji(tk as unknown as KuromojiInternals));
  loading.catch(() => (loading = null));
  return loading;
}
