import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/lib/domain/extract/extract';
import { isWikitext, wikitextText } from '../../../src/lib/readers/wikitext-text';
import { textReader } from '../../../src/lib/readers/text-reader';

// An internal wiki page of a secretariat, as its edit box holds it (西条市, eval/wild-48 ap2).
const page = [
  '{{要確認|リンク未設定}}',
  "'''令和4年度第1回 審議会'''の案件ページです。<ref>原本は共有フォルダにある。</ref>",
  '__TOC__',
  '',
  '== 案件1 図書館の督促業務の委託（報告） ==',
  '{{案件情報',
  '|件名=図書館資料の督促状送付業務の委託について',
  '|担当部=教育委員会事務局',
  '|担当課=中央図書館<br />地域図書館',
  '|委託先=株式会社ほんのまち',
  '|備考=',
  '}}',
  '<!-- 編集メモ：委託先は旧「有限会社よみかき」 -->',
  '',
  '=== 取り扱う個人情報 ===',
  '{| class="wikitable"',
  '! 対象者 !! 項目 !! 取得方法',
  '|-',
  '| rowspan="2" | 利用者',
  '| 氏名、住所、<s>勤務先</s> || 利用登録',
  '|-',
  '| 延滞資料名 || 貸出記録',
  '|-',
  '| 保護者 || 氏名 || 利用登録',
  '|}',
  '',
  '=== 保護措置 ===',
  '# 督促状の封入は職員2名で確認する。',
  '## 確認の記録は1年間保存する。',
  '# データは暗号化して渡す。',
  '',
  '=== 特記事項 ===',
  '<pre>',
  '第１条　乙は、個人情報を適正に取り扱わなければならない。',
  '第２条　乙は、知り得た個人情報を他に漏らしてはならない。',
  '</pre>',
  '',
  '== 脚注 ==',
  '<references />',
  '[[Category:審議会]]'
].join('\n');

describe('MediaWiki wikitext saved as text', () => {
  it('is told by a closed `== … ==` heading and two constructs of its own; Markdown and AsciiDoc are not', () => {
    expect(isWikitext(page)).toBe(true);
    expect(isWikitext('== 概要 ==\n本文です。')).toBe(false);
    expect(isWikitext('# 概要\n\n[リンク](https://example.jp) と **太字**\n\n| a | b |\n|---|---|')).toBe(false);
    expect(isWikitext('= 文書\n:toc:\n\n== 概要\n|===\n| a\n|===')).toBe(false);
  });

  it('reads as the wiki shows the page: a template’s parameters as a table, headings as headings, comments and categories gone', () => {
    const text = wikitextText(page);
    expect(text).toContain('件名\t図書館資料の督促状送付業務の委託について');
    expect(text).toContain('担当課\t中央図書館');
    expect(text).toMatch(/^## 案件1 図書館の督促業務の委託（報告）$/m);
    expect(text).toMatch(/^### 取り扱う個人情報$/m);
    expect(text).not.toMatch(/よみかき|Category|TOC|要確認|備考/);
  });

  it('keeps a table’s spans, drops struck text, keeps a <pre> block’s lines and puts the footnotes where <references /> stands', () => {
    const text = wikitextText(page);
    expect(text).toContain('利用者\t延滞資料名\t貸出記録');
    expect(text).not.toContain('勤務先');
    expect(text).toMatch(/第１条.*\n第２条/);
    expect(text.indexOf('原本は共有フォルダにある。')).toBeGreaterThan(text.indexOf('## 脚注'));
  });

  it('nests a deeper list in its item, numbered as the wiki numbers it', () => {
    const text = wikitextText(page);
    expect(text).toMatch(/1 督促状の封入は職員2名で確認する。\n1 確認の記録は1年間保存する。\n2 データは暗号化して渡す。/);
  });

  it('gives the matter’s fields, items and annex through the text reader', async () => {
    const { pages } = await textReader.read(new TextEncoder().encode(page), 'wiki.txt');
    const [m] = extractDocument(pages);
    expect([m.title, m.department, m.contractor]).toEqual(['図書館資料の督促状送付業務の委託について', '教育委員会事務局', '株式会社ほんのまち']);
    expect(m.data_items.map((d) => d.raw)).toEqual(['氏名', '住所', '延滞資料名', '氏名']);
  });
});
