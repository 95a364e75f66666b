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

describe('a 議案書 whose pages repeat the matter’s number at their top (eval/wild-34 o1)', () => {
  const form = (extra: string[] = []) => [
    ['議案第１０号', '', '高齢者見守り配食サービス事業の業務委託について（諮問）', '第１　件名', '　　高齢者見守り配食サービス事業の業務委託について', '第２　所管', '　　健康福祉部高齢福祉課', '第３　委託の内容', '　１　委託先'].join('\n'),
    ['　　　　　　　　　　　　　　　　　　　　議案第１０号', '', '　　株式会社つきみ野ライフサポート', '　２　記録媒体', '　（１）紙（利用者名簿の写し）', '　（２）ＵＳＢメモリ', '　（３）受託者の事業所に設置する専用のパソコン', '　　※　電子メールは使用しない。', ...extra].join('\n')
  ];

  it('reads a value carried over the page past the number over it', () => {
    const [m] = extractDocument(form());
    expect(m.contractor).toBe('株式会社つきみ野ライフサポート');
  });

  it('reads a third numbered medium with a note under it as one more medium, not a label', () => {
    const [m] = extractDocument(form());
    expect(m.media.map((x) => x.category)).toEqual(['paper', 'removable', 'contractor_pc']);
  });

  it('reads numbered scope headings after a first section as more of the same party’s measures', () => {
    const [m] = extractDocument(
      form([
        '第４　個人情報の保護措置',
        '　１　管理体制',
        '　　ア　事務に従事する職員に対し、個人情報の取扱いに関する研修を行う。',
        '　２　技術的措置',
        '　　ア　住民情報システムの照会は、職員ごとのＩＤとパスワードによる認証を経て行う。',
        '　３　物理的措置',
        '　　ア　出力した一覧表は、施錠したキャビネットに保管する。'
      ])
    );
    const ward = m.safeguards.filter((g) => g.actor === 'ward').map((g) => g.text);
    expect(ward).toHaveLength(3);
    expect(ward.join('')).toMatch(/研修.*認証.*キャビネット/);
  });
});
