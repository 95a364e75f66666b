// Query-time synonyms and variant spellings (synonyms.json). A query word that is a member of a
// group also searches the group's other members; the index keys words the way search compares
// them, so 漏えい, 漏洩 and ＵＳＢメモリ find their groups whatever their spelling.

import { canonicalJa } from '../canonical';
import { searchText } from './search-text';
import file from './synonyms.json';

/** How a word is compared with the members: canonical spelling, NFKC, lower-case, no spaces. */
export const synonymKey = (word: string): string => searchText(canonicalJa(word));

export interface SynonymIndex {
  /** The word's group (the word itself included), or undefined. */
  groupOf(word: string): readonly string[] | undefined;
  readonly groups: readonly (readonly string[])[];
}

/** Validates the groups; a problem names the source and the group. */
export function buildSynonyms(groups: unknown, source = 'synonyms.json'): SynonymIndex {
  if (!Array.isArray(groups)) throw new Error(`${source}: "groups" must be a list of word lists`);
  const byKey = new Map<string, readonly string[]>();
  const clean: string[][] = [];
  groups.forEach((g, i) => {
    const where = `${source}: group ${i + 1}`;
    if (!Array.isArray(g) || g.length < 2) throw new Error(`${where} must list at least two words`);
    if (!g.every((w) => typeof w === 'string' && synonymKey(w) !== '')) throw new Error(`${where} has a word that is empty or not a string`);
    const words = g as string[];
    // Spellings canonical.ts already unifies (漏えい／漏洩) still count: the substring search compares raw text.
    for (const k of new Set(words.map(synonymKey))) {
      const other = byKey.get(k);
      if (other) throw new Error(`${where}: "${k}" is already in the group ${other.join('／')}`);
      byKey.set(k, words);
    }
    clean.push(words);
  });
  return { groupOf: (word) => byKey.get(synonymKey(word)), groups: clean };
}

export const SYNONYMS: SynonymIndex = buildSynonyms(file.groups);
