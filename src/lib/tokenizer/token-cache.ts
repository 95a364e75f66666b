// A token cache shared across documents: council documents repeat whole paragraphs (the standard
// contract annex, boilerplate safeguards), and tokenising is the costliest step of ingestion.

import type { Token, Tokenizer } from '../domain/tokens';

export interface CacheStats {
  hits: number;
  misses: number;
  /** Characters whose tokens came from the cache. */
  hitChars: number;
}

export interface CachedTokenizer extends Tokenizer {
  stats: CacheStats;
}

/**
 * Least-recently-used cache keyed by the chunk's text (a Map hashes it): exact, so the tokens are
 * the inner tokenizer's tokens. Bounded by entries; 50,000 chunks of sentence size stay well under
 * 100 MB. Token arrays are shared between hits and must not be mutated by callers.
 */
export function cachedTokenizer(inner: Tokenizer, maxEntries = 50_000): CachedTokenizer {
  const cache = new Map<string, Token[]>();
  const stats: CacheStats = { hits: 0, misses: 0, hitChars: 0 };
  return {
    stats,
    tokenize(text: string): Token[] {
      const hit = cache.get(text);
      if (hit) {
        stats.hits++;
        stats.hitChars += text.length;
        // Re-inserting marks it most recently used.
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      stats.misses++;
      const tokens = inner.tokenize(text);
      cache.set(text, tokens);
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      return tokens;
    }
  };
}
