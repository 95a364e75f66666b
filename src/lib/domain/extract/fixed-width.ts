// Forms and sheets printed at fixed width (an old system's listing, a spreadsheet saved as
// space-delimited text): columns found from where the text stands, counted in display columns.

import { eastAsianWidth } from 'get-east-asian-width';
import { isMeasuresKey, labelKey, PARTY_ONLY, type LabelKey } from './labels';
import { UNKNOWN_LABEL } from './text-cells';

/** Columns a line takes on a fixed-width screen or printer: a full-width letter is two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += eastAsianWidth(ch.codePointAt(0) ?? 0);
  return w;
}

/**
 * A line that goes on at the value column of a fixed-width form (`                ・税額`), padded
 * with half-width or full-width spaces (U+3000 takes two columns, as on the screen it was typed on).
 */
const INDENTED = /^([ \u3000]{3,40})\S/;

/**
 * The value column of a form exported by an old system at fixed width: labels padded to one
 * column (`区 分 報告…` spaced with U+3000), continuation lines indented to it.
 * Null unless both are seen often enough to be the page's grid, not chance.
 */
export function valueColumn(lines: string[]): number | null {
  const indents = new Map<number, number>();
  for (const l of lines) {
    const m = INDENTED.exec(l);
    const width = m ? displayWidth(m[1]) : 0;
    if (width >= 6) indents.set(width, (indents.get(width) ?? 0) + 1);
  }
  const [column, count] = [...indents].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (count < 3) return null;
  const split = lines.filter((l) => fixedWidthCells(l, column)?.wrapped === false).length;
  return split >= 3 ? column : null;
}

/** The tail of a label wrapped in its column: may be one character (`策`). */
const LABEL_TAIL = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,12}$/u;

/** Two words of one label parted by a middle dot (`提供・受領する`), as its column holds it. */
const DOTTED_LABEL = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,8}・[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,8}$/u;

/**
 * A fixed-width form line cut at the value column: a label word before it, the value from it.
 * `wrapped`: the value starts further in (`策…義務付ける。`), so the label is the
 * rest of the one above, wrapped in its column, and the value the rest of the one above too.
 */
export function fixedWidthCells(line: string, column: number): { label: string; value: string; wrapped: boolean } | null {
  // A line indented a little (an OCR'd page's left margin, `␣␣保␣有␣課␣␣…`) is still a label's; one
  // indented further goes on a value.
  if (line.includes('\t') || !/^(?: {0,4}|\u3000{1,2})\S/.test(line)) return null;
  let w = 0;
  let cut = -1;
  for (let i = 0; i < line.length; ) {
    if (w === column) {
      cut = i;
      break;
    }
    if (w > column) return null;
    const ch = String.fromCodePoint(line.codePointAt(i) ?? 0);
    w += displayWidth(ch);
    i += ch.length;
  }
  // A bar after the padding (`件名␣␣｜…`) draws the column itself: a bar table, read as one.
  if (cut <= 0 || !/[ \u3000]$/.test(line.slice(0, cut)) || !/\S/.test(line.slice(cut)) || /^[ \u3000]*[|｜│]/.test(line.slice(cut))) return null;
  const label = line.slice(0, cut).replace(/[ \u3000]+/g, '');
  const wrapped = /^\s/.test(line.slice(cut));
  // The tail of a wrapped label may be one character (`策`).
  return (wrapped ? LABEL_TAIL : UNKNOWN_LABEL).test(label) || (!wrapped && DOTTED_LABEL.test(label)) ? { label, value: line.slice(cut).trim(), wrapped } : null;
}

/** A short word at the sheet's right-hand column, after a gap: `…守るべき事項␣␣市`. */
const TAIL = /^(.*\S)([ \u3000]{2,})(\S{1,8})[ \u3000]*$/;

/**
 * A third column right of the values whose cells name the party of the row (`区分`: 市 / 受託者), as
 * a spreadsheet saved as space-delimited text keeps it. Null unless at least three rows name a party
 * there, all at one column.
 */
export function tailColumn(lines: string[], column: number | null): number | null {
  if (column === null) return null;
  const at = new Map<number, number>();
  for (const l of lines) {
    const m = TAIL.exec(l);
    if (!m || !PARTY_ONLY.test(m[3])) continue;
    const x = displayWidth(m[1] + m[2]);
    if (x > column + 10) at.set(x, (at.get(x) ?? 0) + 1);
  }
  const [x, count] = [...at].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return count >= 3 ? x : null;
}

/** A line without its right-hand cell, and that cell (`''` when it has none at the column). */
export function cutTail(line: string, x: number | null): { body: string; tail: string } {
  const m = x === null ? null : TAIL.exec(line);
  return m && displayWidth(m[1] + m[2]) === x ? { body: m[1], tail: m[3] } : { body: line, tail: '' };
}

/**
 * A label wrapped in its column with no value beside it (`［個人情報取扱特記事` / `項（抜粋）］`): the
 * first line fills the column, the second is the rest, so the two are one line.
 */
export function joinWrappedLabels(lines: string[], column: number | null): string[] {
  if (column === null) return lines;
  const labelOnly = (l: string | undefined) => l !== undefined && /^\S/.test(l) && displayWidth(l.trimEnd()) <= column && !/\s{2,}\S/.test(l.trim());
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (labelOnly(l) && labelOnly(lines[i + 1]) && displayWidth(l.trimEnd()) >= column - 3 && !/[。:：]$/.test(l.trimEnd())) {
      out.push(l.trimEnd() + lines[i + 1].trim());
      i++;
    } else out.push(l);
  }
  return out;
}

/** A label word at the start of a line, a space or more, then its value. */
const SPACED_LABEL = /^([ \u3000]*)([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{1,12})([ \u3000]+)(\S.*)$/u;

/**
 * A label wrapped in its column, each piece beside a line of its value: `pdftotext -layout` of a
 * Word form (`取り扱う個人情␣␣【被保険者】` / `報の項目␣␣被保険者番号…`), or a form's text copied out
 * of a PDF viewer, one space between the cells (`受託者に講 1 …` / `じさせる安 2 …` / `全管理措置 3 …`).
 * When two or three pieces together name a field that the first alone does not, and no later piece
 * names another field, the first line takes the whole label and the others go on as its value: laid
 * out by characters, their pieces blanked to spaces; one space apart, after a tab.
 */
export function joinSpacedLabels(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    for (const n of [3, 2]) {
      const parts = out.slice(i, i + n).map((l) => SPACED_LABEL.exec(l));
      // A label spaced letter by letter (`委␣託␣先`) is no piece of one: its first letter matches alone.
      if (parts.length < n || parts.some((p) => !p || /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}][ \u3000]/u.test(p[4]))) continue;
      // One space apart is read only in text without cells: a tab-parted line's label may hold a
      // space of its own (`…情報項目の記␣録媒体⇥紙…`).
      if (parts.some((p) => p![3].length < 2 && p![0].includes('\t'))) continue;
      const pieces = parts.map((p) => p![2]);
      const key = labelKey(pieces.join(''));
      const own = pieces.map((p) => labelKey(p));
      // The first piece names no field (`担当部課` beside `委 託 先` is a label of its own), and a
      // later one this field or none (`安全管理措置` under `本市が講じる` is the label's end).
      // A measures heading without its party (`全管理措置`) reads as the municipality's: it ends the party's label.
      const fits = (k: LabelKey | null) => !k || k === key || (isMeasuresKey(k) && isMeasuresKey(key));
      const head = n === 3 ? labelKey(pieces[0] + pieces[1]) : null;
      // Two pieces that already name it take a third only as the label's short end (`項目`), not
      // the next label's start (`受託者に講` under `本市が講じる` / `安全管理措置`).
      if (head && [...pieces[2]].length > 4) continue;
      if (!key || own[0] || !own.every(fits) || !fits(head)) continue;
      const [first, ...rest] = parts as RegExpExecArray[];
      // Laid out by characters, the value keeps its column; one space apart (copied text), the
      // cells are parted by a tab, as the rest of the layout reads them.
      const gap = first[3].length >= 2;
      out[i] = gap ? `${first[1]}${pieces.join('')}${first[3]}${first[4]}` : `${pieces.join('')}\t${first[4]}`;
      rest.forEach((p, k) => (out[i + 1 + k] = gap ? `${p[1]}${' '.repeat(displayWidth(p[2]))}${p[3]}${p[4]}` : `\t${p[4]}`));
      i += n - 1;
      break;
    }
  }
  return out;
}
