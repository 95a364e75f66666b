import { describe, expect, it } from 'vitest';
import { htmlReader } from '../../../src/lib/readers/html-reader';
import { positionedPages } from '../../../src/lib/readers/positioned-html';

// A PDF converted to HTML the way pdf2htmlEX does it: each text line an absolutely placed div whose
// place is only in the stylesheet's classes, drawn at a quarter of its font size.
const SIZE = 10.5;
const LABEL_X = 79;
const VALUE_X = 151.5;

/** One page: rows of [label, value] lines, each row's label and value two divs at one baseline. */
function converted(rows: [string, string][], extraLines = 0): string {
  const xs = new Map<number, string>();
  const ys = new Map<number, string>();
  const cls = (map: Map<number, string>, prefix: string, v: number) => {
    if (!map.has(v)) map.set(v, `${prefix}${map.size.toString(16)}`);
    return map.get(v)!;
  };
  const divs: string[] = [];
  const line = (x: number, y: number, html: string) => divs.push(`<div class="t m0 ${cls(xs, 'x', x)} h4 ${cls(ys, 'y', y)} ff1 fs1 fc0 sc0 ls0 ws0">${html}</div>`);
  let y = 760;
  for (const [label, value] of rows) {
    // The value's div comes first on its row, as a converter may emit it.
    if (value) line(VALUE_X, y, value);
    if (label) line(LABEL_X, y, label);
    y -= 16;
  }
  for (let k = 0; k < extraLines; k++, y -= 16) line(LABEL_X, y, `本文の行<span class="_ _3"></span>その${k + 1}`);
  const css = [
    '.m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}',
    `.fs1{font-size:${SIZE * 4}px;}`,
    '.w0{width:595.276000px;}',
    '.h0{height:841.890000px;}',
    '._3{width:42.000000px;}',
    ...[...xs].map(([v, c]) => `.${c}{left:${v}px;}`),
    ...[...ys].map(([v, c]) => `.${c}{bottom:${v}px;}`)
  ].join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"/><style type="text/css">${css}</style></head><body><div id="page-container"><div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">${divs.join('')}</div></div></div></body></html>`;
}

const FORM: [string, string][] = [
  ['案件名', '乳幼児健康診査問診票等のデータ入力業務の委託について'],
  ['所管部局・担', '健康部母子保健推進課、東部・中部・西部保健センター'],
  ['当課', ''],
  ['委託先', '株式会社河内情報処理センター'],
  ['', '（東大阪市菱江二丁目14番３号）'],
  ['取り扱う個人', '【受診児】健診番号、氏名、生年月日、性別、住所、受診日'],
  ['情報の項目', '【保護者】氏名、受診児との続柄、電話番号'],
  ['委託期間', '令和４年１月４日から令和４年３月31日まで'],
  ['', '（令和４年度以降も、同様の内容により委託を継続する予定である。）']
];

describe('a PDF converted to positioned HTML (東大阪市, eval/wild-33 m1)', () => {
  it('reads a label and its value on one row, and a label wrapped in its column as one', async () => {
    const text = (await htmlReader.read(new TextEncoder().encode(converted(FORM, 20)), 'm1_converted.html')).pages[0];
    const lines = text.split('\n');
    expect(lines).toContain('案件名\t乳幼児健康診査問診票等のデータ入力業務の委託について');
    expect(lines).toContain('所管部局・担当課\t健康部母子保健推進課、東部・中部・西部保健センター');
    expect(lines).toContain('取り扱う個人情報の項目\t【受診児】健診番号、氏名、生年月日、性別、住所、受診日');
    expect(lines).toContain('\t【保護者】氏名、受診児との続柄、電話番号');
    expect(lines).toContain('\t（東大阪市菱江二丁目14番３号）');
    // A gap span is a space between words.
    expect(lines).toContain('本文の行 その1');
  });

  it('leaves other HTML to the markup reader', () => {
    expect(positionedPages('<html><body><div class="t">件名</div><p>本文</p></body></html>')).toBeNull();
    // Too few placed lines for a converted PDF.
    expect(positionedPages(converted(FORM.slice(0, 3)))).toBeNull();
    expect(positionedPages(converted(FORM, 20))?.[0].glyphs.length).toBeGreaterThan(20);
  });
});
