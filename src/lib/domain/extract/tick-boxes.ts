// A form filled in by ticking boxes (`記録媒体 ■紙 ■電磁的記録（■CD-R □USBメモリ）`): only
// the ticked options are what the matter takes. The unticked ones are dropped, the ticks go, and
// options ticked on one line become a list (`紙、電磁的記録（CD-R）`).

export const TICKED = '■☑☒';
/** A check mark before an option in a column of them (`✓ 紙（調査票）`), with the space after it. */
export const CHECK_MARK = /^[ \u3000]*[✓✔☑✅][ \u3000]*/;
export const UNTICKED = '□☐';
const BOX = new RegExp(`[${TICKED}${UNTICKED}]`);
const TICK = new RegExp(`[${TICKED}]`);
const EMPTY_BOX = new RegExp(`[${UNTICKED}]`);
const TICK_MARKS = new RegExp(`[${TICKED}][ \\u3000]*`, 'g');
/** The form's own legend names the boxes (`■は該当する項目`). */
const LEGEND = new RegExp(`[${TICKED}${UNTICKED}][ \\u3000]*(?:は|が|を|：|:|=|＝)`);

/**
 * A document is a checklist when boxes of both kinds share a line: bullets (`■件名`, `□ 委託先`)
 * never do, and a form's options do on most of its rows.
 */
export function isChecklist(lines: readonly string[]): boolean {
  let mixed = 0;
  for (const l of lines) if (TICK.test(l) && EMPTY_BOX.test(l) && ++mixed >= 2) return true;
  return false;
}

/**
 * A sheet drawn on graph paper (Excel 方眼紙) keeps each box in a cell of its own: the box is joined
 * to the words in the cells after it (`■⇥諮問` → `■諮問`), and a box the reader set on a line of its
 * own to the line after it.
 */
export function cellBoxes(lines: readonly string[]): string[] {
  const out: string[] = [];
  const alone = new RegExp(`^[ \\t\u3000]*([${TICKED}${UNTICKED}])[ \\t\u3000]*$`);
  const cell = new RegExp(`([${TICKED}${UNTICKED}])[ \u3000]*\\t+`, 'g');
  for (let i = 0; i < lines.length; i++) {
    const box = alone.exec(lines[i]);
    if (box && i + 1 < lines.length && lines[i + 1].trim() !== '' && !alone.test(lines[i + 1])) {
      const next = lines[++i];
      const indent = /^[ \t\u3000]*/.exec(next)?.[0] ?? '';
      out.push(`${indent}${box[1]}${next.slice(indent.length)}`.replace(cell, '$1'));
    } else out.push(lines[i].replace(cell, '$1'));
  }
  return out;
}

/** An unticked option: its box, its words up to the next box or bracket, and a bracket of its own (`□その他（␣）`). */
const UNTICKED_OPTION = new RegExp(`[${UNTICKED}][^${TICKED}${UNTICKED}（）()\\t]*(?:[（(][^（）()]*[）)])?[ \\u3000]*`, 'g');
/** A tick between options on one line: they become a list. */
const LATER_TICK = new RegExp(`(?<=[^\\s\\u3000（(])[ \\u3000]*[${TICKED}][ \\u3000]*`, 'g');

/** The line as the form means it: unticked options dropped, ticked ones listed without their boxes. */
export function tickedOnly(line: string): string {
  // The form's own legend (`■は該当する項目、□は該当しない項目`) names the boxes, ticks none.
  if (!BOX.test(line) || LEGEND.test(line)) return line;
  let out = line;
  // Inner options first (`■電磁的記録（■CD-R␣□USBメモリ）`), so a bracket they leave empty goes too.
  for (let i = 0; i < 3 && EMPTY_BOX.test(out); i++) out = out.replace(UNTICKED_OPTION, '');
  out = out
    .replace(LATER_TICK, '、')
    .replace(TICK_MARKS, '')
    .replace(/[（(][、\s\u3000]*[）)]/g, '')
    .replace(/[、\s\u3000]+(?=[）)])/g, '')
    .replace(/(?<=[（(])[、\s\u3000]+/g, '');
  // A ticked `その他（…）` is the words written in it.
  return out.replace(/[ \u3000、]+$/, '').replace(/(^|\t)その他[（(](.+)[）)]$/, '$1$2');
}
