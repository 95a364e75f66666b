// KWIC snippets and title highlights: plain segments with hits marked, found through spelling
// variants and width differences, mapped back to the original characters.

import { describe, expect, it } from 'vitest';
import { findHits, highlight, kwic, snippetText, type Segment } from '../../../../src/lib/domain/search/snippets';

const marked = (segs: Segment[]) => snippetText(segs);

describe('highlight', () => {
  it('marks every occurrence and keeps the rest as text', () => {
    expect(highlight('暗号化したデータを暗号化する', [{ strings: ['暗号化'] }])).toEqual([
      { text: '暗号化', hit: true },
      { text: 'したデータを', hit: false },
      { text: '暗号化', hit: true },
      { text: 'する', hit: false }
    ]);
  });
  it('finds canonical spellings and folded widths, marking the original characters', () => {
    // Needles are written as search folds them: 漏洩 for 漏えい, pc for パソコン, usb for ＵＳＢ.
    expect(marked(highlight('情報の漏えいを防ぐ', [{ strings: ['漏洩'] }]))).toBe('情報の【漏えい】を防ぐ');
    expect(marked(highlight('委託先のパソコンに保存', [{ strings: ['pc'] }]))).toBe('委託先の【パソコン】に保存');
    expect(marked(highlight('ＵＳＢメモリ は暗号化', [{ strings: ['usbメモリ'] }]))).toBe('【ＵＳＢメモリ】 は暗号化');
    // A phrase written with a space matches the text without one, and the other way round.
    expect(marked(highlight('個人情報 の 漏洩', [{ strings: ['個人情報の漏洩'] }]))).toBe('【個人情報 の 漏洩】');
  });
  it('prefers the longest needle where they overlap, and lemmas only when no string occurs', () => {
    expect(marked(highlight('個人情報と情報', [{ strings: ['情報', '個人情報'] }]))).toBe('【個人情報】と【情報】');
    expect(marked(highlight('データを消去させる', [{ strings: ['消去する'], lemmas: ['消去'] }]))).toBe('データを【消去】させる');
    expect(marked(highlight('消去すること。消去', [{ strings: ['消去する'], lemmas: ['消去'] }]))).toBe('【消去する】こと。消去');
  });
  it('keeps markup in document text as text', () => {
    const segs = highlight('<script>alert(1)</script>暗号化', [{ strings: ['暗号化'] }]);
    expect(segs[0]).toEqual({ text: '<script>alert(1)</script>', hit: false });
  });
});

describe('kwic', () => {
  const text = [
    '件名 申告書のデータ入力業務の委託について',
    'あ'.repeat(80) + '納品用のUSBメモリは暗号化し、パスワードは別送させる。' + 'い'.repeat(80),
    '作業端末はインターネットに接続させない。',
    '作業終了後、データを消去させ、消去証明書を提出させる。'
  ].join('\n');

  it('shows windows around the hits, within a line, with ellipses where cut', () => {
    const s = kwic(text, [{ strings: ['usbメモリ'] }, { strings: ['暗号化'] }]);
    expect(s).toHaveLength(1);
    const t = marked(s[0]);
    expect(t.startsWith('…')).toBe(true);
    expect(t).toContain('【USBメモリ】は【暗号化】し');
    expect(t.endsWith('…')).toBe(true);
    expect(t).not.toContain('\n');
  });
  it('covers as many terms as it can in up to `max` snippets, in text order', () => {
    const terms = [{ strings: ['消去'] }, { strings: ['インターネット'] }, { strings: ['件名'] }];
    // Two snippets for three terms on three lines: the line with two hits first, then the earliest.
    expect(kwic(text, terms, { max: 2 }).map(marked)).toEqual(['【件名】 申告書のデータ入力業務の委託について', '作業終了後、データを【消去】させ、【消去】証明書を提出させる。']);
    expect(kwic(text, terms).map(marked)).toEqual(['【件名】 申告書のデータ入力業務の委託について', '作業端末は【インターネット】に接続させない。', '作業終了後、データを【消去】させ、【消去】証明書を提出させる。']);
  });
  it('gives no snippet when nothing occurs', () => {
    expect(kwic(text, [{ strings: ['シュレッダー'] }])).toEqual([]);
    expect(findHits('', [{ strings: ['a'] }])).toEqual([]);
  });
});
