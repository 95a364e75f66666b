// CJK radical code points (as PDF fonts give them for kanji) become the kanji, in mapRadicals and
// so in nfkc, which titles, search texts, snippets and queries all go through.

import { describe, expect, it } from 'vitest';
import { mapRadicals, SUPPLEMENT } from '../../../src/lib/domain/radicals';
import { searchText } from '../../../src/lib/domain/search/search-text';
import { nfkc } from '../../../src/lib/domain/text';

describe('mapRadicals', () => {
  it('maps the CJK Radicals Supplement by its table', () => {
    expect(mapRadicals('市⺠課')).toBe('市民課');
    expect(mapRadicals('⻑期')).toBe('長期');
    expect(mapRadicals('⻄部')).toBe('西部');
    expect(mapRadicals('⻘少年')).toBe('青少年');
    expect(mapRadicals('給⻝')).toBe('給食');
    expect(mapRadicals('⻤')).toBe('鬼');
    expect(mapRadicals('⻭科健診')).toBe('歯科健診');
  });

  it('maps the Kangxi radicals by their decomposition', () => {
    // U+2F49 KANGXI RADICAL MOON, U+2FA7 LONG, U+2F47 SUN.
    expect(mapRadicals('4\u2F491\u2F47')).toBe('4月1日');
    expect(mapRadicals('\u2FA7')).toBe('長');
  });

  it('leaves other text, and radicals with no sure equivalent, as they are', () => {
    expect(mapRadicals('個人情報保護審議会')).toBe('個人情報保護審議会');
    // ⺼ (MEAT) looks like 月 in Japanese fonts but Unicode equates it with 肉.
    expect(mapRadicals('\u2EBC')).toBe('\u2EBC');
  });

  it('maps every entry to one unified ideograph (BMP or SIP), never to a radical', () => {
    for (const [from, to] of Object.entries(SUPPLEMENT)) {
      const cp = from.codePointAt(0) as number;
      expect(cp >= 0x2e80 && cp <= 0x2ef3).toBe(true);
      expect([...to]).toHaveLength(1);
      expect(/\p{Script=Han}/u.test(to) && !/[\u2E80-\u2FDF]/u.test(to)).toBe(true);
    }
  });
});

describe('nfkc applies it everywhere', () => {
  it('in nfkc and the search text', () => {
    expect(nfkc('⻑寿医療課（⺠⽣）')).toBe('長寿医療課(民生)');
    expect(searchText('市⺠ 課')).toBe('市民課');
  });
});
