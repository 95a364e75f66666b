import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../../src/lib/domain/extract/markdown-text';

// A made-up Docusaurus page in MDX (eval/wild-47 ao2's family).
const MDX = [
  '---',
  'id: r5-1',
  'title: 令和5年度第1回',
  '---',
  '',
  "import Tabs from '@theme/Tabs';",
  "import TabItem from '@theme/TabItem';",
  '',
  ':::caution 注意',
  'このサイトは非公式の転記です。問い合わせ先は総務部行政経営課です。',
  ':::',
  '',
  '報告第2号　配食サービスの委託について',
  '',
  '<MatterCard title="配食サービスの委託について" dept="福祉部" period={["2023-08-01", "2026-03-31"]} />',
  '',
  '{/* 編集メモ：令和4年度の契約と照合済み。 */}',
  '',
  '<Tabs groupId="r2">',
  '<TabItem value="items" label="個人情報の項目" default>',
  '',
  '| 対象者 | 項目 |',
  '|---|---|',
  '| 利用者 | 氏名、住所<br />電話番号 |',
  '',
  '</TabItem>',
  '<TabItem value="media" label="記録媒体">',
  '',
  '- 紙',
  '- 受託者のサーバ',
  '',
  '</TabItem>',
  '</Tabs>'
].join('\n');

describe('MDX pages (eval/wild-47 ao2)', () => {
  it('reads a tab’s label as the heading of what it holds, without module lines, props, comments or tags', () => {
    const lines = markdownToText(MDX).split('\n').filter((l) => l.trim() !== '');
    expect(lines.slice(lines.indexOf('報告第2号\u3000配食サービスの委託について'))).toEqual([
      '報告第2号\u3000配食サービスの委託について',
      '個人情報の項目',
      '対象者\t項目',
      '利用者\t氏名、住所\u2028電話番号',
      '記録媒体',
      '紙',
      '受託者のサーバ'
    ]);
    expect(markdownToText(MDX)).not.toMatch(/import|MatterCard|編集メモ|TabItem/);
  });

  it('sets a Docusaurus admonition apart as an aside, its title a line of its own', () => {
    expect(markdownToText(MDX).split('\n').slice(0, 4)).toEqual(['----', '注意', '', 'このサイトは非公式の転記です。問い合わせ先は総務部行政経営課です。']);
  });

  it('keeps an admonition titled as the annex the annex itself', () => {
    expect(markdownToText(':::note 特記事項\n第1条 秘密を守る。\n:::').split('\n').filter((l) => l)).toEqual(['特記事項', '第1条 秘密を守る。']);
  });

  it('reads a page MDX cannot parse (an unclosed brace) as Markdown', () => {
    expect(markdownToText("import X from 'x';\n\n期間は {令和5年度 まで。")).toContain('期間は {令和5年度 まで。');
  });
});

describe('a wiki’s data blocks (GROWI, eval/wild-49 as1)', () => {
  it('shows a ```csv-h or ```tsv-h block as the table the wiki renders, and a drawio block as nothing', () => {
    const md = ['```csv-h', 'No,項目,区分,備考', '1,氏名,利用者,', '2,"住所,配達先",利用者,兼ねる', '```', '', '```tsv', '件名\t配食サービスの委託について', '```', '', '```drawio', 'eJzVV01v2zAM/S0=', '```'].join('\n');
    expect(markdownToText(md)).toBe(['No\t項目\t区分\t備考', '1\t氏名\t利用者\t', '2\t住所,配達先\t利用者\t兼ねる', '', '件名\t配食サービスの委託について'].join('\n'));
  });
});
