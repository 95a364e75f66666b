import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';
import type { PhysLine } from '../../../../src/lib/domain/extract/line-tables';
import { sheetRows } from '../../../../src/lib/domain/extract/sheet-rows';

const line = (...cells: string[]): PhysLine => ({ cells, page: 1, line: 1, heading: 0, separator: false, blank: false });
const cellsOf = (lines: PhysLine[]) => lines.map((l) => l.cells);

// A published spreadsheet's form (a Google Sheets pubhtml page, eval/wild-50 au2).
describe('a spreadsheet form’s rows', () => {
  it('reads a row of ticks under a row of options as the ticked options', () => {
    const out = sheetRows([line('記録媒体', '紙', '電子メール', 'USBメモリ等', '受託者のパソコン'), line('記録媒体', '✓', '✓', '', '✓')]);
    expect(cellsOf(out)).toEqual([['記録媒体', '紙、電子メール、受託者のパソコン']]);
  });

  it('sets a label repeated down a table over the table once, and leaves out a struck row', () => {
    const out = sheetRows([
      line('取り扱う個人情報', '番号', '対象者', '項目', '備考'),
      line('取り扱う個人情報', '1', '利用者', '氏名', 'ふりがなを含む'),
      line('取り扱う個人情報', '2', '利用者', '生年月日', ''),
      line('取り扱う個人情報', '－', '利用者', '病名', '提供しない')
    ]);
    expect(cellsOf(out)).toEqual([['取り扱う個人情報'], ['番号', '対象者', '項目', '備考'], ['1', '利用者', '氏名', 'ふりがなを含む'], ['2', '利用者', '生年月日', '']]);
  });

  it('leaves a form’s rows, a short run, and a run without an items column as they are', () => {
    const form = [line('件名', '配食サービスの委託について', ''), line('区分', '報告', '')];
    expect(sheetRows(form)).toEqual(form);
    const measures = [line('市の措置', '1', '暗号化する。'), line('市の措置', '2', '施錠する。'), line('市の措置', '3', '研修する。')];
    expect(sheetRows(measures)).toEqual(measures);
  });

  it('gives the matter its items with their subjects, and its ticked media', () => {
    const page = [
      '件名\t高齢者見守り配食サービス事業の委託について',
      '担当部課\t健康福祉部\t長寿介護課',
      '取り扱う個人情報\t番号\t対象者\t項目\t要配慮\t備考',
      '取り扱う個人情報\t1\t利用者\t氏名\t\tふりがなを含む',
      '取り扱う個人情報\t2\t利用者\t要介護度\t○\t要支援を含む',
      '取り扱う個人情報\t－\t利用者\t病名\t\t提供しない',
      '',
      '記録媒体\t紙\t電子メール\tUSBメモリ等\t受託者のパソコン',
      '記録媒体\t✓\t✓\t\t✓'
    ].join('\n');
    const [m] = extractDocument([page]);
    expect(m.data_items.map((i) => `${i.subject}:${i.item}`)).toEqual(['利用者:氏名', '利用者:要介護度']);
    expect(m.media.map((x) => x.category).sort()).toEqual(['contractor_pc', 'email', 'paper']);
  });
});

describe('a sheet’s tab named 特記事項 above the matter (eval/wild-50 au2)', () => {
  it('starts no annex: the legal basis and the period’s note below it are read', () => {
    const page = ['一覧', '案件1', '特記事項', '', '件名\t配食サービス事業の委託について', '根拠規定\t吉野川市個人情報の保護に関する法律施行条例第8条第2項', '担当部課\t健康福祉部\t長寿介護課', '委託期間\t2023/4/1\t〜\t2024/3/31\t次年度以降も同様に委託予定'].join('\n');
    const [m] = extractDocument([page]);
    expect([m.legal_basis, m.recurring]).toEqual(['第8条第2項', true]);
  });
});
