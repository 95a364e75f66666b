/**
 * The council's answer letters (答申書): `諮問第８号について（答申）` heads each letter, the subject
 * is quoted in its first sentence (`…で諮問のあった「…について」について、次のとおり答申します。`),
 * and the items are listed in an attachment (`別紙１ 利用する個人情報の項目`) that the reasons
 * refer to (`…の項目は、別紙１のとおりである。`). Rows in, rows out; the rest of the pipeline reads
 * the result as a form.
 */
import { compact } from '../text';
import type { Row } from './layout';

/** A letter's heading holds no subject: `諮問第８号について（答申）` leaves `について(答申)`. */
const BARE_ANSWER_TITLE = /^(?:について)?(?:[(（]答申[)）])?$/;
/** The subject quoted in the letter's first sentence. */
const QUOTED_SUBJECT = /(?:諮問|依頼|報告)(?:のあった|がありました|されました|された|した)「([^」]{4,120})」/;
/** An attachment's heading: its number, and what it lists. */
const ATTACHMENT = /^(?:別紙|別表)\s*(\d{1,2})(?:\s+(.*))?$/;
const REFERENCE = /(?:別紙|別表)\s*(\d{1,2})\s*の?とおり/;
const LIST_LINE = /^(?:\d{1,2}|[(]\d{1,2}[)]|[①-⑳])\s*\S/;
/** A two-column attachment's head (`区 分 項 目`): its rows are a group's name, then its items. */
const COLUMN_HEAD = /^(?:区\s*分|分\s*類|種\s*別)\s+項\s*目$/;
/** A row of such a table: the group's name, a gap, the items. */
const GROUP_ROW = /^(\S{2,10})\s+(\S.*)$/;
/** A note mark after an item (`血圧の値（※１）`), explained under the table. */
const NOTE_MARK = /[(（]※\s*\d*[)）]/g;

const textOf = (r: Row) => r.parts.map((p) => p.text).join('');

/** The title of a bare answer heading, from the quoted subject of the sentence below it. */
function titled(rows: Row[]): Row[] {
  return rows.map((r, i) => {
    if (r.kind !== 'row' || r.key !== 'title' || !BARE_ANSWER_TITLE.test(compact(textOf(r)))) return r;
    const quoted = rows
      .slice(i + 1, i + 4)
      .map((x) => QUOTED_SUBJECT.exec(compact(textOf(x))))
      .find((m) => m !== null);
    return quoted ? { ...r, parts: [{ text: quoted[1], page: r.page }] } : r;
  });
}

/**
 * The lines of a two-column table under an attachment's heading (`区分 | 項目`, rules between):
 * each group's items, its name dropped, a wrapped line joined to the one above, note marks
 * dropped. Null when the heading has no such table.
 */
function groupTable(rows: Row[], at: number): { end: number; lines: string[] } | null {
  let k = at + 1;
  if (k >= rows.length || rows[k].kind !== 'text' || !COLUMN_HEAD.test(textOf(rows[k]).trim())) return null;
  const lines: string[] = [];
  for (k++; k < rows.length; k++) {
    const r = rows[k];
    if (r.kind === 'separator') continue;
    const t = textOf(r).trim();
    if (r.kind !== 'text' || t.startsWith('※') || ATTACHMENT.test(t)) break;
    const g = GROUP_ROW.exec(t);
    if (g && /[、,]/.test(g[2])) lines.push(g[2]);
    else if (lines.length) lines[lines.length - 1] += t;
    else break;
  }
  return lines.length ? { end: k, lines: lines.map((l) => l.replace(NOTE_MARK, '')) } : null;
}

/**
 * An attachment's numbered list, or its two-column table of groups and items, moves into the row
 * that refers to it, as that row's value: the items are read where the form names them, and the
 * attachment no longer runs on as prose.
 */
function attached(rows: Row[]): Row[] {
  const lists = new Map<string, { at: number; end: number; lines?: string[] }>();
  rows.forEach((r, i) => {
    const m = r.kind !== 'row' ? ATTACHMENT.exec(compact(textOf(r)).replace(/^(別紙|別表)(\d+)/, '$1 $2 ')) : null;
    if (!m || lists.has(m[1])) return;
    const table = groupTable(rows, i);
    if (table) return void lists.set(m[1], { at: i, end: table.end, lines: table.lines });
    let end = i + 1;
    while (end < rows.length && rows[end].kind === 'text' && LIST_LINE.test(textOf(rows[end]).trim())) end++;
    if (end > i + 1) lists.set(m[1], { at: i, end });
  });
  if (lists.size === 0) return rows;
  const moved = new Set<number>();
  const out = rows.map((r): Row[] => {
    const ref = r.kind === 'row' && r.key === 'items' ? REFERENCE.exec(textOf(r)) : null;
    const list = ref ? lists.get(ref[1]) : undefined;
    if (!list) return [r];
    for (let k = list.at; k < list.end; k++) moved.add(k);
    const lines = list.lines
      ? list.lines.map((text) => ({ text, page: rows[list.at].page }))
      : rows.slice(list.at + 1, list.end).map((x) => ({ text: textOf(x).trim().replace(/^(?:\d{1,2}|[(]\d{1,2}[)]|[①-⑳])\s*/, ''), page: x.page }));
    // The reasons' own words (how the list is kept, on what) stay as prose after the items.
    return [{ ...r, parts: lines }, { ...r, kind: 'text', label: '', key: null }];
  });
  return out.flatMap((r, i) => (moved.has(i) ? [] : r));
}

/** Answer letters read as forms: each heading titled, each attachment's list under its reference. */
export function answerLetterRows(rows: Row[]): Row[] {
  return attached(titled(rows));
}
