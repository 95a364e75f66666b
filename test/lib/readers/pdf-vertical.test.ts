import { describe, expect, it } from 'vitest';
import { pdfPagesToText, type Glyph, type PdfPage } from '../../../src/lib/readers/pdf-layout';
import { uprightPage } from '../../../src/lib/readers/pdf-vertical';

const SIZE = 10.5;
const PITCH = 19.5;

/** A page set in columns as pdf.js gives it: one glyph an item, each column at one x, from the right edge leftwards. */
function verticalPage(columns: string[], extra: Glyph[] = []): PdfPage {
  const glyphs: Glyph[] = [];
  columns.forEach((col, c) => {
    [...col].forEach((ch, k) => {
      if (ch !== '␣') glyphs.push({ str: ch, x: 520 - c * PITCH, y: 780 - k * SIZE, w: SIZE, h: SIZE });
    });
  });
  return { width: 595, height: 842, glyphs: [...glyphs, ...extra], rules: [] };
}

describe('vertical writing (縦書き) in PDFs', () => {
  it('reads each column as a line, the columns from right to left (広島県, eval/wild-33 m2)', () => {
    const page = verticalPage(['広個審第十二号', '令和二年七月十日', '広島県知事␣␣様', '個人情報の取扱いに係る事務について（答申）']);
    expect(pdfPagesToText([uprightPage(page)])[0].split('\n')).toEqual(['広個審第十二号', '令和二年七月十日', '広島県知事 様', '個人情報の取扱いに係る事務について（答申）']);
    // Without turning the page, its lines are its rows: one character of each column.
    expect(pdfPagesToText([page])[0].split('\n')[0]).not.toBe('広個審第十二号');
  });

  it('keeps an outline mark set apart at a column’s head with its column', () => {
    // `ア` one step higher than its text, alone at the head of the column.
    const page = verticalPage(['記', '一␣特定不妊治療費助成事業の外部委託について', '二␣奨学給付金の支給事務における目的外利用について']);
    const lines = pdfPagesToText([uprightPage(page)])[0].split('\n');
    expect(lines).toContain('一 特定不妊治療費助成事業の外部委託について');
    expect(lines).toContain('二 奨学給付金の支給事務における目的外利用について');
  });

  it('keeps a horizontal page number below the turned columns, where page furniture is dropped', () => {
    const number: Glyph = { str: '－１－', x: 290, y: 30, w: 31.5, h: SIZE };
    const turned = uprightPage(verticalPage(['委託先␣一般財団法人ひろしま医療事務支援機構', '委託期間␣令和二年八月三日から令和三年三月三十一日まで'], [number]));
    const text = pdfPagesToText([turned, turned])[0];
    expect(text.split('\n')[0]).toBe('委託先 一般財団法人ひろしま医療事務支援機構');
    expect(text).not.toContain('－１－');
  });

  it('drops a page number in kanji set across with spaces between its glyphs, not reading them into the columns (eval/wild-47 an2)', () => {
    // `－␣五␣－`: three glyphs a full-width space apart, under the columns' foot.
    const number: Glyph[] = ['－', '五', '－'].map((str, k) => ({ str, x: 277 + k * 2 * SIZE, y: 30, w: SIZE, h: SIZE }));
    const columns = ['十␣市が講ずる保護措置', '（一）委託契約書に特記事項を添付する。', '（二）名簿は職員が持参して手渡す。'];
    const turned = uprightPage(verticalPage(columns, number));
    const text = pdfPagesToText([turned])[0];
    expect(text.split('\n')).toEqual(['十 市が講ずる保護措置', '（一）委託契約書に特記事項を添付する。', '（二）名簿は職員が持参して手渡す。']);
  });

  it('leaves a page written across as it is', () => {
    const across: PdfPage = {
      width: 595,
      height: 842,
      rules: [],
      glyphs: ['件名 妊産婦訪問指導事業に係る業務の委託について', '担当課 こども未来部母子保健課', '委託先 一般社団法人ひらつか母子訪問助産師会'].map((str, i) => ({ str, x: 60, y: 780 - i * 20, w: str.length * SIZE, h: SIZE }))
    };
    expect(uprightPage(across)).toBe(across);
    // Single glyphs side by side (a PDF that places each character) are horizontal runs too.
    const spread: PdfPage = { ...across, glyphs: [...'件名妊産婦訪問指導事業に係る業務の委託について担当課こども未来部'].map((str, k) => ({ str, x: 60 + k * SIZE, y: 780, w: SIZE, h: SIZE })) };
    expect(uprightPage(spread)).toBe(spread);
  });
});
