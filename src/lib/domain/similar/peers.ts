// Peer gaps: the safeguard categories that most of a matter's most similar matters have and it lacks.
// The profile similarity is a weighted Jaccard over risk features: procedure, media categories, data
// item categories and whether sensitive data is handled. The store ranks peers with similar.ts, which
// blends it with text similarity; ranking by profile alone remains for stores without a text index.

export interface MatterProfile {
  matter_id: string;
  title: string | null;
  procedure: string;
  media: string[];
  itemCategories: string[];
  sensitive: boolean;
  /** Non-clause safeguard categories. */
  categories: string[];
}

export interface Peer {
  matter_id: string;
  title: string | null;
  similarity: number;
}

export interface PeerGap {
  category: string;
  /** Share of the peers that have the category. */
  share: number;
  /** The peers that have it. */
  peers: string[];
}

export interface PeerOptions {
  /** How many most similar matters to compare with. */
  k?: number;
  /** The share of those peers that must have a category for its absence to count. */
  share?: number;
}

export const DEFAULT_PEER_OPTIONS = { k: 5, share: 0.6 } as const;

/**
 * The gap list's peers (store: matter_gaps): every stored matter of the same profile — procedure,
 * media categories and whether sensitive data is handled — rather than the k most similar, so the
 * whole corpus is compared in one pass. A group needs `minPeers` other matters; a category counts
 * when at least `share` of them have it.
 */
/** Precedents a peer gap names on the gap list. */
export const PRECEDENTS_SHOWN = 3;

export const GROUP_PEER_OPTIONS = { minPeers: DEFAULT_PEER_OPTIONS.k, share: DEFAULT_PEER_OPTIONS.share } as const;

/** Weighted features: the procedure counts double, it decides most of what a reviewer expects. */
function features(p: MatterProfile): Map<string, number> {
  const f = new Map<string, number>([[`procedure:${p.procedure}`, 2]]);
  for (const m of p.media) f.set(`media:${m}`, 1);
  for (const c of p.itemCategories) f.set(`item:${c}`, 1);
  if (p.sensitive) f.set('sensitive', 1.5);
  return f;
}

export function profileSimilarity(a: MatterProfile, b: MatterProfile): number {
  const fa = features(a);
  const fb = features(b);
  let inter = 0;
  let union = 0;
  for (const key of new Set([...fa.keys(), ...fb.keys()])) {
    const x = fa.get(key) ?? 0;
    const y = fb.get(key) ?? 0;
    inter += Math.min(x, y);
    union += Math.max(x, y);
  }
  return union === 0 ? 0 : inter / union;
}

export function rankPeers(target: MatterProfile, all: MatterProfile[], k: number): Peer[] {
  return all
    .filter((p) => p.matter_id !== target.matter_id)
    .map((p) => ({ matter_id: p.matter_id, title: p.title, similarity: profileSimilarity(target, p) }))
    .filter((p) => p.similarity > 0)
    .sort((a, b) => b.similarity - a.similarity || a.matter_id.localeCompare(b.matter_id))
    .slice(0, k);
}

function checkOptions(opts: PeerOptions): { k: number; share: number } {
  const k = opts.k ?? DEFAULT_PEER_OPTIONS.k;
  const share = opts.share ?? DEFAULT_PEER_OPTIONS.share;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer (got ${k})`);
  if (!(share > 0 && share <= 1)) throw new RangeError(`share must be in (0, 1] (got ${share})`);
  return { k, share };
}

/**
 * The categories at least `share` of the peers have and the target lacks, most shared first. The
 * peers come ranked from whichever similarity chose them (profiles here, or store/similar.ts).
 */
export function gapsAmong(targetCategories: readonly string[], peers: readonly { matter_id: string; categories: readonly string[] }[], opts: PeerOptions = {}): PeerGap[] {
  const { share } = checkOptions(opts);
  const have = new Set(targetCategories);
  const counts = new Map<string, string[]>();
  for (const peer of peers) for (const c of peer.categories) counts.set(c, [...(counts.get(c) ?? []), peer.matter_id]);
  return [...counts.entries()]
    .filter(([c, ids]) => !have.has(c) && peers.length > 0 && ids.length / peers.length >= share)
    .map(([category, ids]) => ({ category, share: ids.length / peers.length, peers: ids }))
    .sort((a, b) => b.share - a.share || a.category.localeCompare(b.category));
}

export function peerGaps(target: MatterProfile, all: MatterProfile[], opts: PeerOptions = {}): { peers: Peer[]; gaps: PeerGap[] } {
  const { k } = checkOptions(opts);
  const peers = rankPeers(target, all, k);
  const byId = new Map(all.map((p) => [p.matter_id, p]));
  return { peers, gaps: gapsAmong(target.categories, peers.map((p) => ({ matter_id: p.matter_id, categories: byId.get(p.matter_id)?.categories ?? [] })), opts) };
}
