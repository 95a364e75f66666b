// Wording history: safeguard sentences of one category grouped by their wording. Two sentences are
// the same wording when they are equal after the parties are named alike (区・市・甲 → 〇,
// 受託者・乙・委託先 → △) and numbering, punctuation and spaces are dropped; groups whose keys are
// still close (character-bigram Jaccard ≥ WORDING_RULE.mergeSimilarity) are shown as one, with
// their variants. The patterns are applied by the store's SQL too: written for both JavaScript and RE2.

export const OWN_PARTY_PATTERN = '実施機関|発注者|委託者|甲|区|市|町|村|県|都|府|道';
export const OTHER_PARTY_PATTERN = '受託者|受注者|委託先|委託事業者|受託事業者|事業者|指定管理者|乙';
export const WORDING_NOISE_PATTERN = '^[(（]?[0-9０-９一二三四五六七八九十ア-ンｱ-ﾝ①-⑳]+[)）.．、]?|[0-9０-９]+|[\\s　、，,。．.・「」『』（）()]';

export const WORDING_RULE = {
  /** Keys at least this close are one wording with variants. */
  mergeSimilarity: 0.8,
  /** Groups compared for merging, most used first: the long tail is shown as it is. */
  mergeCandidates: 300
} as const;

const own = new RegExp(OWN_PARTY_PATTERN, 'g');
const other = new RegExp(OTHER_PARTY_PATTERN, 'g');
const noise = new RegExp(WORDING_NOISE_PATTERN, 'g');

const sqlText = (x: string) => x.replaceAll("'", "''");
/** The same key as SQL over a text column (the store's derived table wording_keys). */
export const wordingKeySql = (column: string) =>
  `regexp_replace(regexp_replace(regexp_replace(${column}, '${sqlText(OTHER_PARTY_PATTERN)}', '△', 'g'), '${sqlText(OWN_PARTY_PATTERN)}', '〇', 'g'), '${sqlText(WORDING_NOISE_PATTERN)}', '', 'g')`;

/** The key sentences are grouped by (the store computes the same in SQL: other party first, then own, then noise). */
export function wordingKey(text: string): string {
  return text.replace(other, '△').replace(own, '〇').replace(noise, '');
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

export function bigramJaccard(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return a === b ? 1 : 0;
  let inter = 0;
  for (const g of x) if (y.has(g)) inter++;
  return inter / (x.size + y.size - inter);
}

export interface WordingGroupIn {
  key: string;
  sentences: number;
}

/**
 * Merges close groups, greedily: each group, most used first, joins the first earlier group whose
 * key is close enough. Returns, per input index, the index of the group it joined (itself if none).
 */
export function mergeWordings(groups: WordingGroupIn[], similarity: number = WORDING_RULE.mergeSimilarity): number[] {
  const order = groups.map((_, i) => i).sort((a, b) => groups[b].sentences - groups[a].sentences || a - b);
  const heads: number[] = [];
  const into = groups.map((_, i) => i);
  for (const i of order) {
    const head = heads.find((h) => bigramJaccard(groups[h].key, groups[i].key) >= similarity);
    if (head === undefined) heads.push(i);
    else into[i] = head;
  }
  return into;
}
