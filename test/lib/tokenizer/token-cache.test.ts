import { describe, expect, it } from 'vitest';
import type { Tokenizer } from '../../../src/lib/domain/tokens';
import { cachedTokenizer } from '../../../src/lib/tokenizer/token-cache';

function counting(): Tokenizer & { calls: string[] } {
  const calls: string[] = [];
  return { calls, tokenize: (t) => (calls.push(t), [...t].map((c) => ({ surface: c, lemma: c, pos: '名詞' }))) };
}

describe('cachedTokenizer', () => {
  it('tokenises each distinct text once and returns the same tokens', () => {
    const inner = counting();
    const tk = cachedTokenizer(inner);
    const a = tk.tokenize('個人情報');
    expect(tk.tokenize('個人情報')).toBe(a);
    tk.tokenize('委託');
    expect(inner.calls).toEqual(['個人情報', '委託']);
    expect(tk.stats).toEqual({ hits: 1, misses: 2, hitChars: 4 });
  });

  it('evicts the least recently used text past its bound', () => {
    const inner = counting();
    const tk = cachedTokenizer(inner, 2);
    tk.tokenize('a');
    tk.tokenize('b');
    tk.tokenize('a'); // a is now the most recent
    tk.tokenize('c'); // evicts b
    tk.tokenize('a');
    tk.tokenize('b');
    expect(inner.calls).toEqual(['a', 'b', 'c', 'b']);
  });
});
