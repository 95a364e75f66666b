// Tables drawn with ARIA roles (a SharePoint page's list web parts; 太田市, eval/wild-46 al2, tuned on after its first sight).
import { describe, expect, it } from 'vitest';
import { ariaTables } from '../../../../src/lib/domain/extract/aria-tables';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';
import { htmlToText } from '../../../../src/lib/domain/extract/markup';

const cell = (text: string, role = 'gridcell') => `<div role="${role}"><span>${text}</span></div>`;
const row = (cells: string[], role?: string) => `<div role="row">${cells.map((c) => cell(c, role)).join('')}</div>`;
const list = (title: string, head: string[], rows: string[][]) =>
  `<div class="ListWebPart"><div class="wp-title" role="heading" aria-level="3"><span>${title}</span><a class="seeAll" href="#">すべて表示</a></div>` +
  `<div role="menubar"><button role="menuitem">＋ 新規</button><button role="menuitem">エクスポート</button></div>` +
  `<div role="grid" aria-label="${title}">${row(head, 'columnheader')}<div role="rowgroup">${rows.map((r) => row(r)).join('')}</div></div></div>`;

const page = `<html><body><h1>報告第7号\u3000多言語通訳業務の委託について</h1>
<p>担当：市民生活部\u3000多文化共生課</p><p>委託先：株式会社オオタ通訳センター</p>
${list('個人情報の項目（多言語通訳）', ['区分', '項目', '要配慮'], [['相談者', '氏名', ''], ['相談者', '国籍', '✓'], ['相談者', '電子書籍の貸出', ''], ['世帯', '生活保護の受給状況', '']])}
${list('記録媒体（多言語通訳）', ['媒体', '使用', '備考'], [['紙（通訳記録票）', '○', '月末に提出'], ['USBメモリ等の外部記録媒体', '－', '使用しない'], ['委託先のパソコン', '－', ''], ['市のタブレット端末', '○', '各窓口に配置']])}
</body></html>`;

describe('a page whose lists are grids of ARIA roles', () => {
  it('reads each grid as a table, without the list’s commands and its link to the whole list', () => {
    const text = htmlToText(ariaTables(page));
    expect(text).toContain('区分\t項目\t要配慮\n相談者\t氏名\t\n相談者\t国籍\t✓');
    expect(text).toContain('紙（通訳記録票）\t○\t月末に提出');
    expect(text).not.toMatch(/すべて表示|新規|エクスポート/);
  });

  it('gives the items of the items grid and the media its ○ marks', () => {
    const [m] = extractDocument([htmlToText(ariaTables(page))]);
    expect(m.data_items.map((d) => [d.subject, d.item])).toEqual([['相談者', '氏名'], ['相談者', '国籍'], ['相談者', '電子書籍の貸出'], ['世帯', '生活保護の受給状況']]);
    expect(m.media.map((x) => x.category)).toEqual(['paper', 'ward_system']);
  });

  it('leaves a box that calls itself a grid for its layout, with no rows, as it is', () => {
    const layout = '<div role="grid"><div>件名</div><div>すべて表示</div></div>';
    expect(ariaTables(layout)).toBe(layout);
  });
});
