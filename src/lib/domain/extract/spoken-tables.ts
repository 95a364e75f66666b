// A text version for screen readers (音声読み上げ用テキスト版) speaks a table row by row:
// `1行目␣項目：件名、内容：…` between `表の始まり（…）` and `表の終わり`. Each spoken row is read
// back as the table's row (`件名⇥…`), the markers and the page notes (`（2ページ）`) are dropped,
// and a choice read out as `該当あり：…。該当なし：…。` keeps only what applies.

/** A spoken row: its number, then its cells (`1行目␣項目：件名、内容：…`). */
const SPOKEN_ROW = /^[\s\u3000]*第?([0-9０-９]{1,3})行目[\s\u3000、,：:]*(.+)$/;
/** A table's opening and closing words, and a page note. */
const MARKER = /^[\s\u3000]*(?:表の(?:始まり|はじまり|開始|終わり|おわり|終了)|(?:[(（][0-9０-９]{1,3}ページ(?:目)?[)）]))(?:[(（][^)）]*[)）])?[\s\u3000]*$/;
/** A column's name opening a cell: short, no punctuation (`項目：`, `内容：`, `市が講じる措置：`). */
const CELL_HEAD = /^([^\s、。,:：()（）]{1,12})[：:]/;
/** A choice read out: what applies, then what does not. */
const CHOICE = /^該当あり[：:]\s*(.*?)(?:[。.]?\s*該当なし[：:].*)?$/;

/** A text of spoken tables: two rows or more. */
export function isSpokenTables(lines: readonly string[]): boolean {
  return lines.filter((l) => SPOKEN_ROW.test(l)).length >= 2;
}

/** The column names that open the cells of most spoken rows (`項目`, `内容`). */
function columnHeads(rows: string[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const heads = new Set<string>();
    const first = CELL_HEAD.exec(r);
    if (first) heads.add(first[1]);
    for (const m of r.matchAll(/、([^\s、。,:：()（）]{1,12})[：:]/g)) heads.add(m[1]);
    for (const h of heads) counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= Math.max(2, rows.length / 2)).map(([h]) => h);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A row's cells, cut where a column's name opens the next one. */
function cells(row: string, heads: string[]): string[] {
  if (heads.length === 0) return [row];
  const names = heads.map(escape).join('|');
  const start = new RegExp(`^(?:${names})[：:]`);
  const parts = row.split(new RegExp(`、(?=(?:${names})[：:])`));
  return parts.map((p) => p.replace(start, '').trim());
}

/** A cell's value: a choice keeps what applies. */
function valueOf(cell: string): string {
  const choice = CHOICE.exec(cell);
  return choice ? choice[1].replace(/[。.]$/, '') : cell;
}

/** The pages' lines with each spoken row as its table row, the markers and page notes dropped. */
export function spokenPages(pages: string[][]): string[][] {
  const heads = columnHeads(pages.flat().flatMap((l) => SPOKEN_ROW.exec(l)?.[2] ?? []));
  return pages.map((lines) =>
    lines.flatMap((line) => {
      if (MARKER.test(line)) return [];
      const row = SPOKEN_ROW.exec(line);
      return row ? [cells(row[2], heads).map(valueOf).join('\t')] : [line];
    })
  );
}
