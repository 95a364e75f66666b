// Whether a line that reads as a heading goes on with the list open above it (a party's measures,
// the items) rather than starting a section of its own.
import { isMeasuresKey } from './labels';
import { valueOf, type Row } from './row';

/** A numbered entry of a list: `1␣…`, `(1)␣…`, `①␣…`. */
export const LIST_NUMBER = /^(?:\d{1,2}|[(]\d{1,2}[)]|[①-⑳])\s+\S/;

/**
 * A line that reads as a heading but goes on with the party's measures open above it: a measure
 * wrapped mid-word (`１ ＩＳＭＳ（…）の認証` / `を受けたデータセンターで…`), or the next number of the
 * party's list (`２␣訪問調査の手順…を定めた` after `１␣…`).
 */
export function measureGoesOn(r: Row, open: Row | null, next: Row | undefined): boolean {
  if (open === null || !isMeasuresKey(open.key)) return false;
  const text = valueOf(r);
  // A marked sentence (`●…を義務付ける。`) is the next measure; a marked heading has no period.
  if (/^[◇◆●◎]/.test(text) && /。$/.test(text.trim())) return true;
  if (next?.kind === 'text' && (/^[\p{Script=Hiragana}ー]/u.test(valueOf(next)) || /^\d{1,2}\s.*[をにがはのとでへも、]$/.test(text))) return true;
  const listed = open.parts.findLast((x) => /^\d{1,2}\s/.test(x.text))?.text.match(/^\d{1,2}/)?.[0];
  return listed !== undefined && new RegExp(`^${Number(listed) + 1}\\s`).test(text);
}

/**
 * The next entry of a numbered list under the open items row: a gazette's text table indents
 * `１␣被保険者番号`, `２␣氏名`… under its label, each of which would otherwise read as a heading. A
 * note numbered on its own under an entry (`１␣…を印字する。`) does not restart the count.
 */
export function itemGoesOn(r: Row, open: Row | null): boolean {
  if (open === null || open.key !== 'items' || r.kind !== 'text' || !LIST_NUMBER.test(valueOf(r))) return false;
  const listed = Math.max(0, ...open.parts.filter((x) => LIST_NUMBER.test(x.text)).map((x) => Number(x.text.match(/\d{1,2}/)?.[0])));
  return Number(valueOf(r).match(/\d{1,2}/)?.[0]) === listed + 1;
}
