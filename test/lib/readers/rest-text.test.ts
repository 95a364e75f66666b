import { describe, expect, it } from 'vitest';
import { isRestructuredText, restText } from '../../../src/lib/readers/rest-text';
import { textReader } from '../../../src/lib/readers/text-reader';
import { extractDocument } from '../../../src/lib/domain/extract/extract';

// A Sphinx project's source of a council paper, as eval/wild-40 aa1 (丸亀市) is written; shortened.
const SOURCE = [
  '.. 作成：総務部総務課（このコメントは表示されない）',
  '',
  '.. |市| replace:: 丸亀市',
  '.. |USB| replace:: 暗号化機能付きUSBメモリ',
  '',
  '.. _hokoku-1:',
  '',
  '=======================',
  '令和2年度第3回 資料2',
  '=======================',
  '',
  '.. contents:: 目次',
  '   :local:',
  '',
  '報告事項1 |市|\\ 介護保険認定調査業務の委託について',
  '--------------------------------------------------',
  '',
  ':件名: |市|\\ 介護保険認定調査業務の委託について',
  ':担当部課: 健康福祉部',
  '           介護保険課',
  ':委託期間: 令和2年11月2日から令和3年3月31日まで',
  '',
  '.. 当初案では「主治医意見書の内容」も渡すことにしていたが、削除した。',
  '',
  '取り扱う個人情報',
  '~~~~~~~~~~~~~~~~',
  '',
  '次の項目を受託者に取り扱わせる。',
  '',
  '.. table:: 表1 取り扱う個人情報の項目',
  '   :widths: auto',
  '',
  '   +----------+----------------------+',
  '   | 区分     | 項目                 |',
  '   +==========+======================+',
  '   | 被保険者 | 氏名、生年月日、     |',
  '   |          | 要介護度             |',
  '   +----------+----------------------+',
  '',
  '記録媒体',
  '~~~~~~~~',
  '',
  '* 紙（調査票）',
  '* |USB| （市が貸与する）',
  '',
  '.. note::',
  '',
  '   調査データを電子メールで送ることは認めない。',
  '',
  '市が講ずる措置',
  '~~~~~~~~~~~~~~',
  '',
  '#. 委託契約書に特記事項を添え、',
  '   守秘の義務を課す。',
  '#. 調査票は職員が手渡しする [#]_ 。',
  '',
  '.. [#] 引渡し簿に署名を残す。',
  '',
  '.. list-table:: 概要',
  '   :header-rows: 1',
  '',
  '   * - 項目',
  '     - 内容',
  '   * - 結合先',
  '     - そなえマップ',
  '   * - 記録媒体',
  '     - * 専用端末',
  '       * クラウドサーバ'
].join('\n');

describe('reStructuredText sources', () => {
  it('are told from plain text by their explicit markup and section titles', () => {
    expect(isRestructuredText(SOURCE)).toBe(true);
    expect(isRestructuredText('件名：〇〇の委託について\n担当課：福祉課\n.. 以上')).toBe(false);
    // A Markdown-like page with one comment-like line is no reST source.
    expect(isRestructuredText('はじめに\n========\n\n本文です。')).toBe(false);
  });

  it('read as the built page shows them', () => {
    const lines = restText(SOURCE).split('\n');
    // Substitutions replaced, the escaped space gone; comments, targets and options shown nowhere.
    expect(lines).toContain('## 報告事項1 丸亀市介護保険認定調査業務の委託について');
    expect(lines.join('\n')).not.toMatch(/主治医意見書|hokoku-1|:local:|contents|このコメント/);
    // A field list's rows as label⇥value, a wrapped value joined.
    expect(lines).toContain('件名\t丸亀市介護保険認定調査業務の委託について');
    expect(lines).toContain('担当部課\t健康福祉部介護保険課');
    // A grid table's rows, each cell's lines joined; the caption is no line.
    expect(lines).toContain('区分\t項目');
    expect(lines).toContain('被保険者\t氏名、生年月日、要介護度');
    expect(lines.some((l) => l.includes('表1'))).toBe(false);
    // Bullets, an admonition's body, auto-numbered items (one line each) and a footnote as a note.
    expect(lines).toContain('- 暗号化機能付きUSBメモリ （市が貸与する）');
    expect(lines).toContain('調査データを電子メールで送ることは認めない。');
    expect(lines).toContain('1. 委託契約書に特記事項を添え、守秘の義務を課す。');
    expect(lines).toContain('2. 調査票は職員が手渡しする 。');
    expect(lines).toContain('※引渡し簿に署名を残す。');
    // A list table without its header row; a cell's list keeps its lines.
    expect(lines).toContain('結合先\tそなえマップ');
    expect(lines).toContain('記録媒体\t- 専用端末\u2028- クラウドサーバ');
  });

  it('give the matter’s fields when read as a text file', async () => {
    const { pages } = await textReader.read(new TextEncoder().encode(SOURCE), 'shiryo2.txt');
    const [m] = extractDocument(pages);
    expect([m.title, m.department, m.divisions, m.period_start, m.period_end]).toEqual(['丸亀市介護保険認定調査業務の委託について', '健康福祉部', ['介護保険課'], '2020-11-02', '2021-03-31']);
    expect(m.data_items.map((i) => i.item)).toEqual(['氏名', '生年月日', '要介護度']);
    // The media list's, and the list table's; not the e-mail the note forbids.
    expect(m.media.map((x) => x.category)).toEqual(['paper', 'removable', 'ward_system', 'contractor_pc', 'external_system']);
  });
});
