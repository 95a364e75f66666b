/**
 * Tables drawn without `<table>`: a web app's list or grid (a SharePoint list web part, a data grid)
 * is a tree of boxes that say what they are by ARIA roles (`role="grid"`, `row`, `columnheader`,
 * `gridcell`). Read as boxes, every cell would be a line of its own and a row's medium would part
 * from its mark of use; read as the table the roles describe, each row is a row (pure, no I/O).
 */
import { DomUtils, parseDocument } from 'htmlparser2';

/** Each role and the element it stands for. */
const ROLE_TAGS: Record<string, string> = {
  grid: 'table',
  table: 'table',
  treegrid: 'table',
  rowgroup: 'tbody',
  row: 'tr',
  columnheader: 'th',
  rowheader: 'th',
  gridcell: 'td',
  cell: 'td'
};

const SEE_ALL = /^(?:すべて表示|すべて見る|もっと見る|一覧を表示|See all)$/i;

/** The page with each box in a table's role made that table's element; the page as it is when it has no such table. */
export function ariaTables(html: string): string {
  if (!/role\s*=\s*["']?(?:grid|table|treegrid)\b/i.test(html)) return html;
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const tables = DomUtils.findAll((e) => ['grid', 'table', 'treegrid'].includes(e.attribs['role'] ?? '') && e.name !== 'table', doc.children);
  let changed = false;
  for (const table of tables) {
    // Only a table whose rows are marked as rows: a box that calls itself a grid for its layout is no table.
    const parts = DomUtils.findAll((e) => (e.attribs['role'] ?? '') in ROLE_TAGS && e.name !== 'table', [table]);
    if (!parts.some((e) => e.attribs['role'] === 'row')) continue;
    table.name = 'table';
    for (const e of parts) e.name = ROLE_TAGS[e.attribs['role']];
    changed = true;
  }
  // The list's own controls around it: its command bar (`＋ 新規`, `エクスポート`) and the link to the
  // whole list after its title (`すべて表示`), which would run on into the title and hide its label.
  if (changed) {
    const controls = DomUtils.findAll((e) => ['menubar', 'toolbar'].includes(e.attribs['role'] ?? '') || (e.name === 'a' && SEE_ALL.test(DomUtils.textContent(e).trim())), doc.children);
    for (const e of controls) DomUtils.removeElement(e);
  }
  return changed ? DomUtils.getOuterHTML(doc, { decodeEntities: true }) : html;
}
