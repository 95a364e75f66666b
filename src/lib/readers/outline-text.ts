/**
 * A slide deck's outline copied out of the presentation program into a text file: each slide's
 * title on a line of its own at the margin, its bullets under it indented with one TAB per level,
 * and nothing else (tables and pictures do not come with an outline). Read as the deck shows it:
 * a slide title becomes a Markdown heading, and a short bullet over bullets of its own (`担当` over
 * `子ども健康部 保健センター`) the label of the value they give, `label⇥value`, the further ones
 * going on as its lines.
 */

const INDENT = /^\t+/;
const levelOf = (line: string) => INDENT.exec(line)?.[0].length ?? 0;

/** True when most lines are TAB-indented bullets under unindented titles, with no TAB inside a line. */
export function isOutlineText(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const indented = lines.filter((l) => levelOf(l) > 0).length;
  const titles = lines.length - indented;
  // A TAB after the text starts is a table's or a sheet's cell break, not an outline's.
  const inner = lines.filter((l) => l.replace(INDENT, '').includes('\t')).length;
  return indented >= 10 && titles >= 3 && indented >= lines.length * 0.5 && inner === 0;
}

/** A bullet this short over bullets of its own names what they give. */
const isLabel = (text: string) => text.length <= 20 && !/[。、,，:：]/.test(text);

export function outlineText(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const level = levelOf(lines[i]);
    const body = lines[i].replace(INDENT, '').trim();
    if (level === 0) {
      out.push('', `# ${body}`, '');
      continue;
    }
    const next = lines[i + 1];
    if (next !== undefined && levelOf(next) > level && isLabel(body)) {
      out.push(`${body}\t${next.replace(INDENT, '').trim()}`);
      i++;
      continue;
    }
    out.push(body);
  }
  return out.join('\n').trim();
}
