/**
 * The council session a document or a matter was brought to (`令和4年度第2回`): named on a page
 * header, a cover or a matter's head, or in a row of the matter's own (pure, no I/O).
 */
import { kanjiToNumber } from '../dates';
import { clean, compact } from '../text';
import type { Row } from './layout';

const KANJI_DIGITS = '〇一二三四五六七八九十';
const SESSION = new RegExp(`(令和|平成|昭和)\\s*([\\d${KANJI_DIGITS}]+|元)\\s*年度\\s*第\\s*([\\d${KANJI_DIGITS}]+)\\s*回`);

/** `令和四年度第二回` → `令和4年度第2回`: the session as the store writes it. */
function sessionName(m: RegExpExecArray): string {
  const n = (s: string) => (/^\d+$/.test(s) || s === '元' ? s : String(kanjiToNumber(s) ?? s));
  return `${m[1]}${n(m[2])}年度第${n(m[3])}回`;
}

/** The rows at a matter's head: its heading, number and title lines. */
const HEAD_ROWS = 8;

export function sessionOf(rows: Row[]): string | null {
  // Any line, label or value: a page header, a breadcrumb, a cover; not a line reporting what an
  // earlier session decided (`…第3回で承認済み`) or was told (`…第２回本審議会において報告した委託`).
  const found: string[] = [];
  for (const r of rows) {
    // A long line (a letter's sentence) is read clause by clause: `…第5回…審議会において審議した結果、`.
    for (const t of [r.label, ...r.parts.map((p) => p.text)].map(clean).flatMap((x) => (x.length > 80 ? x.split(/(?<=[、。])/) : [x]))) {
      // An answer's own number (`答申第３号`) is no report of an earlier answer.
      if (t.length > 80 || /済|了承|答申(?!第\d|書)|承認|(?:報告|諮問|説明)した/.test(t)) continue;
      const m = SESSION.exec(t);
      if (m) found.push(sessionName(m));
    }
  }
  // A web page's list of every session's papers (`令和3年度第1回会議資料`, `第2回…`) names no one
  // session: the session is the one named before such a list, if any.
  const distinct = new Set(found);
  if (distinct.size >= 3 && found.length > 0) {
    const first = found[0];
    return found.filter((f) => f === first).length >= 2 ? first : null;
  }
  return found[0] ?? null;
}

/** A row of the matter's own naming its session (a record's `審議会 | 令和3年度第2回`, `開催回 | …`). */
const SESSION_LABEL = /^(?:会議(?:名)?|審議会|審議会の?回(?:次)?|付議(?:する|した)?(?:審議会|会議)|開催回|審議回|回次)$/;

/**
 * A matter's session: a row labelled with it anywhere in the matter (a record's field, in a group
 * at its foot), else one named at its head; else the document's. What follows a matter's head (a
 * web page's links to other sessions) is not its session.
 */
export function matterSession(rows: Row[], documentSession: string | null): string | null {
  for (const r of rows) {
    if (r.kind !== 'row' || !SESSION_LABEL.test(compact(r.label))) continue;
    const m = SESSION.exec(clean(r.parts.map((p) => p.text).join(' ')));
    if (m) return sessionName(m);
  }
  return sessionOf(rows.slice(0, HEAD_ROWS)) ?? documentSession;
}
