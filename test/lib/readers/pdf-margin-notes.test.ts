import { describe, expect, it } from 'vitest';
import { marginNotes, withMarginNotes } from '../../../src/lib/readers/pdf-margin-notes';
import { pdfPagesToText, type Glyph, type PdfPage } from '../../../src/lib/readers/pdf-layout';

/** One glyph per character at `size`, left to right from x on baseline y. */
const text = (s: string, x: number, y: number, size = 10): Glyph[] => [...s].map((c, i) => ({ str: c, x: x + i * size, y, w: size, h: size }));

// A book's page as eval/wild-40 z1 (米子市's annual report) sets it: the body in a column from x=150,
// notes in small type in the outer margin at its left, a footnote under the body.
const BODY = [
  '受託者が取り扱う個人情報は、利用者の氏名、生年',
  '月日、性別、住所、電話番号、要介護度、既往歴',
  'の計８項目である。利用者負担区分は市が定める。',
  '⑶ 記録媒体及び委託の期間',
  '紙の書類のほか、受託者の事務所に置くパソコンに',
  '利用者名簿を保存する。委託の期間は、令和３年',
  '１０月１日から令和４年３月３１日までである。'
];
const bodyGlyphs = BODY.flatMap((l, i) => text(l, 150, 700 - i * 16));
const notes = [...text('本委託は単年度の契約', 30, 620, 7), ...text('であるが、令和４年度', 30, 611, 7), ...text('以降も継続する予定。', 30, 602, 7), ...text('名簿の受渡しにＵＳＢ', 30, 560, 7), ...text('メモリは用いない。', 30, 551, 7)];
// `要介護度＊４`: the mark raised beside the word, small.
const mark: Glyph = { str: '＊４', x: 150 + 20 * 10, y: 684 + 5, w: 10, h: 6 };
const footnote = text('＊４ 要介護認定等の結果をいう。', 150, 560 - 60, 7);
const page = (glyphs: Glyph[]): PdfPage => ({ width: 600, height: 800, glyphs, rules: [] });

describe('marginal notes and footnotes of a book-like PDF', () => {
  it('are taken out of the body’s lines, each note one paragraph marked as a note', () => {
    const { body, notes: found } = marginNotes(page([...bodyGlyphs, ...notes, mark, ...footnote]));
    expect(found.map((n) => n.text)).toEqual(['※＊４要介護認定等の結果をいう。', '※本委託は単年度の契約であるが、令和４年度以降も継続する予定。', '※名簿の受渡しにＵＳＢメモリは用いない。']);
    // The raised mark is dropped: set apart, it took a line of its own inside the paragraph.
    expect(body.some((g) => g.str === '＊４' && g.h === 6)).toBe(false);
    expect(body.filter((g) => g.str.trim() !== '').length).toBe(bodyGlyphs.filter((g) => g.str.trim() !== '').length);
  });

  it('come after the page’s first paragraph, not inside a sentence carried over from the page before', () => {
    const [t] = pdfPagesToText([withMarginNotes(page([...bodyGlyphs, ...notes, mark, ...footnote]))]);
    const lines = t.split('\n');
    expect(lines.slice(0, 3)).toEqual(BODY.slice(0, 3));
    expect(lines[3]).toBe('※＊４要介護認定等の結果をいう。');
    expect(lines.slice(6)).toEqual(BODY.slice(3));
  });

  it('leave a page without notes as it is', () => {
    const small = text('※氏名は扱わない。', 150, 560, 7);
    const { body, notes: found } = marginNotes(page([...bodyGlyphs, ...small]));
    expect(found).toEqual([]);
    expect(body.length).toBe(bodyGlyphs.length + small.length);
  });
});
