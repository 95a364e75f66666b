// The packed dictionary's shape: what the fast tokenizer reads (fast-tokenizer.ts makes it from
// kuromoji's loaded dictionary) and what the cache file holds (dictionary-cache.ts).

/** A character class of kuromoji's unknown-word dictionary. */
export interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
  max_length: number;
}

/** One dictionary (known words, or unknown-word classes) as flat arrays. */
export interface PackedWords {
  /** Each word's left id, right id and cost (16-bit) and features offset (32-bit), little endian. */
  entries: Uint8Array;
  /** Feature lines, UTF-8, each ended by a zero byte. */
  features: Uint8Array;
  /** The target map (trie value or class → word ids): ids[offsets[k] .. offsets[k + 1]]. */
  offsets: Int32Array;
  ids: Int32Array;
}

/**
 * Everything the fast tokenizer reads, as typed arrays: made once from kuromoji's loaded
 * dictionary, they can live in SharedArrayBuffers, so ingestion's worker threads read one copy.
 */
export interface PackedDictionary {
  base: Int32Array;
  check: Int32Array;
  costs: Int16Array;
  costStride: number;
  known: PackedWords;
  unknown: PackedWords;
  /** Character class (an index into classes) by UTF-16 code unit. */
  classIds: Uint16Array;
  classes: CharacterClass[];
}
