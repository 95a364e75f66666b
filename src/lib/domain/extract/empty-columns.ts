/**
 * A spreadsheet saved as a web page keeps its blank margin column (column A left empty for
 * spacing): every row of its table then opens with an empty cell, and a form's labels stand in the
 * second cell, where none is looked for. A run of two or more table rows (lines with a TAB) that all
 * open with an empty cell loses that cell. A form's own rows never all do: its labels open them.
 */
export function withoutEmptyFirstColumn(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j].includes('\t')) j++;
    if (j - i >= 2 && lines.slice(i, j).every((l) => l.startsWith('\t'))) for (let k = i; k < j; k++) lines[k] = lines[k].slice(1);
    i = Math.max(j, i + 1);
  }
  return lines.join('\n');
}
