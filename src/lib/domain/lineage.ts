// Lineage: matters that are the same business over time (a yearly renewal, 委託内容の変更). The rule,
// applied by the store's SQL (derived.ts) with the patterns below, links a matter to the nearest
// earlier matter of the same municipality and division when
//   - their title stems are equal (the title without years, eras, bracketed notes and the words of
//     the procedure: 「令和3年度 産後ケア事業の委託について」 and 「産後ケア事業に係る業務の委託」), or
//   - the later matter says it changes or continues a business (委託内容の変更, 次年度以降も …) and
//     the stems are close (character Jaccard at least LINEAGE_RULE.minSimilarity).
// The patterns are written for both JavaScript and DuckDB's RE2: no lookaround, no backreferences.

/** Years, eras, bracketed notes, terms and the procedure's words: what changes while the business stays. */
export const TITLE_NOISE_PATTERN =
  '(?:令和|平成|昭和)(?:元|[0-9０-９]+)年度?|[0-9０-９]{4}年度?|[（(][^）)]*[）)]|「|」|第[0-9０-９一二三四五六七八九十]+(?:期|次|回|号)|について|に関する|に係る|における|に伴う|による|ための|委託内容|業務委託|委託|業務|事業|内容|変更|継続|更新|実施|等|の|及び|並びに|[\\s　・、，,。.]';

/** Words by which a matter says it changes or continues an earlier one. */
export const CHANGE_HINT_PATTERN = '委託内容の変更|内容の変更|変更について|次年度以降も|継続して|契約の更新|再度の諮問|前回の諮問|既に承認';

export const LINEAGE_RULE = {
  /** Character Jaccard of the stems, for a matter that says it changes an earlier one. */
  minSimilarity: 0.5,
  /** Stems shorter than this say too little to link on. */
  minStem: 3,
  /** Candidates kept per later matter: the best links, and those that stand in when a user removes one. */
  candidates: 5,
  /** The longest chain a matter page follows each way. */
  maxSteps: 20
} as const;

const noise = new RegExp(TITLE_NOISE_PATTERN, 'g');

/** The title as lineage compares it (the same as the store's SQL computes). */
export function titleStem(title: string | null): string {
  return (title ?? '').replace(noise, '');
}

export const hasChangeHint = (text: string): boolean => new RegExp(CHANGE_HINT_PATTERN).test(text);

/** Jaccard similarity of two strings' character sets, as DuckDB's jaccard() computes it. */
export function charJaccard(a: string, b: string): number {
  const x = new Set(a);
  const y = new Set(b);
  if (x.size === 0 && y.size === 0) return 0;
  let inter = 0;
  for (const c of x) if (y.has(c)) inter++;
  return inter / (x.size + y.size - inter);
}

/** What a matter holds that a version comparison looks at. */
export interface VersionFacts {
  items: string[];
  media: string[];
  categories: string[];
  contractor: string | null;
  period_start: string | null;
  period_end: string | null;
}

export interface SetChange {
  added: string[];
  removed: string[];
}

export interface VersionDiff {
  items: SetChange;
  media: SetChange;
  categories: SetChange;
  contractor: { from: string | null; to: string | null } | null;
  period: { from: string; to: string } | null;
  /** True when nothing compared changed. */
  same: boolean;
}

function setChange(before: string[], after: string[]): SetChange {
  const a = new Set(before);
  const b = new Set(after);
  return { added: [...b].filter((x) => !a.has(x)), removed: [...a].filter((x) => !b.has(x)) };
}

const periodText = (s: string | null, e: string | null) => `${s ?? '?'}〜${e ?? '?'}`;

/** The changes from an earlier version to a later one. */
export function diffVersions(earlier: VersionFacts, later: VersionFacts): VersionDiff {
  const items = setChange(earlier.items, later.items);
  const media = setChange(earlier.media, later.media);
  const categories = setChange(earlier.categories, later.categories);
  const contractor = (earlier.contractor ?? null) !== (later.contractor ?? null) ? { from: earlier.contractor, to: later.contractor } : null;
  const before = periodText(earlier.period_start, earlier.period_end);
  const after = periodText(later.period_start, later.period_end);
  const period = before !== after ? { from: before, to: after } : null;
  const empty = (c: SetChange) => c.added.length === 0 && c.removed.length === 0;
  return { items, media, categories, contractor, period, same: empty(items) && empty(media) && empty(categories) && !contractor && !period };
}

export type LinkKind = 'same_stem' | 'change_hint';

/** Why two matters were linked, in the words the matter page shows. */
export function lineageReason(kind: LinkKind, similarity: number): string {
  return kind === 'same_stem'
    ? '件名（年度・委託・変更などの語を除く）と担当課が同じ、前の年度の案件'
    : `「委託内容の変更」などの記載があり、担当課が同じで件名が近い（類似度${similarity.toFixed(2)}）前の年度の案件`;
}

/** A link as the user's edits name it: `earlier>later`. */
export const linkKey = (earlier: string, later: string) => `${earlier}>${later}`;
