// A business app's record printed from the browser (a CRM's record page): its fields stand two to
// a line, and the page's side panels put their links between them (pure, no I/O).
import { compact } from '../text';
import { labelKey, type LabelKey } from './labels';
import type { Row } from './row';

/** A panel's link printed among the fields (`すべて表示`, `すべての活動を表示`): no field's value. */
const PANEL_LINK = /^(?:すべて(?:の[^\s]{1,8}を)?表示(?:する)?|もっと見る|さらに表示)$/;

/** An attachment panel's entry: a file's name, date and size (`諮問書_SG-2021-0007.pdf 2021/06/28 ・ 188KB`). */
const ATTACHMENT = /^\S.{0,80}\.(?:pdf|docx?|xlsx?|pptx?|csv|zip|jpe?g|png|txt)\s*(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2})?\s*[・·•,]?\s*\d+(?:\.\d+)?\s*(?:[KMG]i?B|バイト)$/i;

/** A table's column head in the label cell. */
const TABLE_HEAD = /^(?:区分|項目|分類|種別|番号|No\.?|対象者?)$/i;

/** The fields a label cell can open inside another row's value. */
const OPENS: ReadonlySet<LabelKey> = new Set(['media', 'period', 'contractor', 'department', 'division', 'legal_basis', 'items']);

/**
 * Each row without its panel links and attachment entries (a row left empty goes); and a row whose
 * own field is empty (a tick box such as `要配慮個人情報を含む` printed with nothing) but whose first
 * cell is a known label (`記録媒体 | 紙;DVD-R`) made that label's row.
 */
export function appFields(rows: Row[]): Row[] {
  const kept = rows.flatMap((r) => {
    if (r.kind !== 'row' && r.kind !== 'text') return [r];
    const parts = r.parts.filter((p) => !PANEL_LINK.test(compact(p.text)) && !ATTACHMENT.test(p.text.trim()));
    if (r.kind === 'text' && parts.length === 0 && r.parts.length > 0) return [];
    return [parts.length === r.parts.length ? r : { ...r, parts }];
  });
  // A row of a table: an unlabelled row of the same shape beside it (`受給者 | 資格の有効期間 | 資格の有無の判定`).
  const tableLike = (r: Row | undefined) => r?.kind === 'row' && r.key === null && r.parts.length === 2;
  return kept.map((row, k) => {
    // One label cell and one value: a table's header (`区分 | 個人情報の項目 | 利用の目的`) or a
    // group over several cells (`配食見守り | 記録媒体と期間 | …`) stays as it is.
    if (row.kind !== 'row' || row.key !== null || row.parts.length !== 2 || compact(row.label).length > 16 || TABLE_HEAD.test(compact(row.label))) return row;
    if (tableLike(kept[k - 1]) || tableLike(kept[k + 1])) return row;
    const head = compact(row.parts[0].text);
    // A label is a noun phrase: a sentence (`紙媒体は使わない`) names a medium, it does not label one.
    const key = /^[^\sはをがで。、]{2,12}$/.test(head) ? labelKey(head) : null;
    return key && OPENS.has(key) ? { ...row, label: head, key, parts: row.parts.slice(1) } : row;
  });
}
