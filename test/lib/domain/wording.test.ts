import { describe, expect, it } from 'vitest';
import { bigramJaccard, mergeWordings, wordingKey } from '../../../src/lib/domain/wording';

describe('wordingKey', () => {
  it('names the parties alike and drops numbering, punctuation and spaces', () => {
    const a = wordingKey('(1) 乙は、個人情報の漏えいを防止するため、必要な措置を講じること。');
    expect(a).toBe(wordingKey('受託者は、個人情報の漏えいを防止するため必要な措置を講じること。'));
    expect(a).toBe(wordingKey('1 委託先は 個人情報の漏えいを防止するため、必要な措置を講じること'));
    expect(a.startsWith('△は')).toBe(true);
  });
  it('keeps a different measure apart', () => {
    expect(wordingKey('乙は、個人情報を暗号化すること。')).not.toBe(wordingKey('乙は、個人情報を施錠できる書庫に保管すること。'));
  });
});

describe('mergeWordings', () => {
  it('merges a close wording into the more used one, and leaves a distant one alone', () => {
    const groups = [
      { key: '△は個人情報の漏えいを防止するため必要な措置を講じること', sentences: 5 },
      { key: '△は個人情報の漏洩を防止するため必要な措置を講じること', sentences: 2 },
      { key: '△は個人情報を暗号化すること', sentences: 3 }
    ];
    expect(bigramJaccard(groups[0].key, groups[1].key)).toBeGreaterThanOrEqual(0.8);
    expect(mergeWordings(groups)).toEqual([0, 0, 2]);
  });
});
