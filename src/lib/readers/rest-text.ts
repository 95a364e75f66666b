/**
 * reStructuredText sources saved as text (a Sphinx project's `.rst`): rendered to the plain lines a
 * reader of the built page sees. Substitutions are replaced, comments, targets and directives'
 * options dropped, section titles become Markdown headings, a field list's or a list table's rows
 * become `label⇥value` lines, a grid or simple table's rows TAB-parted cells, and a paragraph or a
 * list item wrapped over lines becomes one line (reST joins them; only blank lines part paragraphs).
 *
 * The JavaScript reST parsers on the registry are unmaintained and cover no tables, so this is a
 * small renderer of the constructs a council's materials use, not a general one.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import { parse } from 'csv-parse/sync';
import { CELL_BREAK } from './pdf-layout';

const EXPLICIT = /^\.\.(?:\s|$)/;
const DIRECTIVE = /^\.\.\s+([\w:-]+)::\s*(.*)$/;
const SUBSTITUTION = /^\.\.\s+\|([^|]+)\|\s+([\w-]+)::\s*(.*)$/;
const TARGET = /^\.\.\s+_([^:]*):\s*(.*)$|^__\s/;
const FOOTNOTE = /^\.\.\s+\[([^\]]+)\]\s*(.*)$/;
/** A line of one punctuation character repeated: a section title's under- or overline, or a transition. */
const ADORNMENT = /^([=\-~^"'`#*+.:_])\1{2,}\s*$/;
const FIELD = /^:((?:[^:`\\]|\\.)+):(?:\s+(.*)|$)/;
const BULLET = /^([*+\-•‣⁃])(\s+)(.*)$/;
const ENUMERATED = /^(?:(#|\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,5})([.)])|\((#|\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,5})\))(\s+)(.*)$/;
const GRID_BORDER = /^\+(?:[-=]+\+)+\s*$/;
const SIMPLE_BORDER = /^=+(?: +=+)+\s*$/;
/** Directives whose content is no text of the page (a contents list, an image, raw markup…). */
const DROPPED = new Set(['contents', 'toctree', 'image', 'figure', 'index', 'meta', 'highlight', 'raw', 'include', 'sectnum', 'role', 'default-role', 'title', 'literalinclude', 'only', 'tabularcolumns', 'footer', 'header']);
/** Directives whose content is kept as written (code and literal text). */
const LITERAL = new Set(['code', 'code-block', 'sourcecode', 'parsed-literal', 'line-block']);

const indentOf = (l: string) => /^ */.exec(l)![0].length;
const isBlank = (l: string | undefined) => l === undefined || l.trim() === '';
const isCjk = (ch: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー、。，．・「」『』（）【】〔〕：；！？]/u.test(ch);

/** Lines of one paragraph joined: no space between two Japanese characters, one elsewhere. */
function joinLines(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .reduce((out, l) => (out === '' ? l : isCjk(out.at(-1)!) && isCjk(l[0]) ? out + l : `${out} ${l}`), '');
}

/** The lines after `start` that are blank or indented more than `indent`, trailing blanks left out. */
function indentedBlock(lines: string[], start: number, indent: number): string[] {
  let end = start;
  while (end < lines.length && (isBlank(lines[end]) || indentOf(lines[end]) > indent)) end++;
  while (end > start && isBlank(lines[end - 1])) end--;
  return lines.slice(start, end);
}

function dedent(lines: string[]): string[] {
  const n = Math.min(...lines.filter((l) => !isBlank(l)).map(indentOf));
  return Number.isFinite(n) ? lines.map((l) => l.slice(n)) : lines;
}

/** True for text that reads as reStructuredText: explicit markup and section titles or fields. */
export function isRestructuredText(text: string): boolean {
  const lines = text.split('\n');
  const markup = lines.filter((l) => DIRECTIVE.test(l) || SUBSTITUTION.test(l) || TARGET.test(l) || FOOTNOTE.test(l)).length;
  const titles = lines.filter((l, i) => i > 0 && ADORNMENT.test(l) && !isBlank(lines[i - 1]) && !ADORNMENT.test(lines[i - 1])).length;
  const fields = lines.filter((l) => FIELD.test(l) && !/^:[\w-]+:`/.test(l)).length;
  return markup >= 2 && (titles >= 1 || fields >= 2);
}

interface Context {
  substitutions: Map<string, string>;
  /** Target names to the title of the section they stand over (`:ref:` shows that title). */
  targets: Map<string, string>;
  /** Heading levels by adornment style, in the order met. */
  styles: string[];
}

/** Inline markup as the rendered page shows it. */
function inline(text: string, ctx: Context): string {
  return text
    .replace(/\|([^|\s][^|]*)\|_{0,2}/g, (m, name: string) => (ctx.substitutions.has(name) ? inline(ctx.substitutions.get(name)!, ctx) : m))
    .replace(/\s?\[(?:#[\w-]*|\*|\d+|[A-Za-z][\w-]*)\]_/g, '')
    .replace(/:[\w:-]+:`([^`]+)`/g, (_, body: string) => {
      const titled = /^(.*?)\s*<([^>]+)>$/.exec(body);
      if (titled) return titled[1] || titled[2];
      return ctx.targets.get(body.trim().toLowerCase()) ?? body;
    })
    .replace(/`([^`<]+?)\s*<[^>]+>`_{1,2}/g, '$1')
    .replace(/``([^`]+)``/g, '$1')
    .replace(/`([^`]+)`_{0,2}/g, '$1')
    .replace(/(?<![*\w])\*([^*\s][^*]*?)\*(?![*\w])/g, '$1')
    .replace(/\\ /g, '')
    .replace(/\\(.)/g, '$1');
}

/** Cells of a line cut at display columns (a grid table's `|` or a simple table's column starts). */
function cutAt(line: string, columns: number[]): string[] {
  const cells: string[] = [];
  let w = 0;
  let cell = '';
  let next = 0;
  for (const ch of line) {
    while (next < columns.length && w >= columns[next]) {
      cells.push(cell);
      cell = '';
      next++;
    }
    cell += ch;
    w += eastAsianWidth(ch.codePointAt(0) ?? 0);
  }
  cells.push(cell);
  while (cells.length < columns.length + 1) cells.push('');
  return cells;
}

/** Display columns of each character's start, and the characters, of a line. */
function columnsOf(line: string): { ch: string; at: number }[] {
  const out: { ch: string; at: number }[] = [];
  let w = 0;
  for (const ch of line) {
    out.push({ ch, at: w });
    w += eastAsianWidth(ch.codePointAt(0) ?? 0);
  }
  return out;
}

/** A cell's lines as the page shows them: its paragraphs and list items, parted by the cell break. */
function cellText(lines: string[], ctx: Context): string {
  return render(dedent(lines), ctx)
    .filter((l) => l.trim() !== '')
    .join(CELL_BREAK);
}

/** A grid table (`+----+----+` / `| … | … |`): a line per row, its cells TAB-parted. */
function gridTable(lines: string[], ctx: Context): string[] {
  const top = columnsOf(lines[0].trimEnd());
  const joints = top.filter((c) => c.ch === '+').map((c) => c.at);
  const out: string[] = [];
  let row: string[] = [];
  const flush = () => {
    if (row.length === 0) return;
    // A cell spans columns where its row's lines have no bar at a joint.
    const bars = row.map((l) => new Set(columnsOf(l).flatMap((c) => (c.ch === '|' ? [c.at] : []))));
    const inner = joints.slice(1, -1).filter((x) => bars.every((b) => b.has(x)));
    const cells = row.map((l) => cutAt(l, [joints[0] + 1, ...inner.flatMap((x) => [x, x + 1]), joints.at(-1)!]));
    const texts: string[] = [];
    for (let k = 1; k < cells[0].length - 1; k += 2) texts.push(cellText(cells.map((c) => c[k] ?? ''), ctx));
    out.push(texts.join('\t'));
    row = [];
  };
  for (const l of lines) {
    if (GRID_BORDER.test(l.trim())) flush();
    else row.push(l.trimEnd());
  }
  flush();
  return out;
}

/** A simple table (`=====  =====` borders): a line per row; a line whose first column is empty goes on the row above. */
function simpleTable(lines: string[], ctx: Context): string[] {
  const starts = columnsOf(lines[0])
    .filter((c, i, all) => c.ch === '=' && (i === 0 || all[i - 1].ch === ' '))
    .map((c) => c.at);
  const rows: string[][] = [];
  for (const l of lines) {
    if (SIMPLE_BORDER.test(l) || /^-+(?: +-+)+\s*$/.test(l) || isBlank(l)) continue;
    const cells = cutAt(l, starts.slice(1));
    if (cells[0].trim() === '' && rows.length) cells.forEach((c, k) => (rows.at(-1)![k] = joinLines([rows.at(-1)![k] ?? '', c])));
    else rows.push(cells.map((c) => c.trim()));
  }
  return rows.map((r) => r.map((c) => inline(c, ctx)).join('\t'));
}

/** A list table (`* - 件名` / `  - …`): a line per row, its cells TAB-parted. */
function listTable(body: string[], ctx: Context): string[] {
  const out: string[] = [];
  let cells: string[][] = [];
  const flush = () => {
    if (cells.length) out.push(cells.map((c) => cellText(c, ctx)).join('\t'));
    cells = [];
  };
  for (const l of body) {
    const rowStart = /^\*\s+-\s+(.*)$/.exec(l);
    const cellStart = /^\s+-\s+(.*)$/.exec(l);
    if (rowStart) {
      flush();
      cells.push([rowStart[1]]);
    } else if (cellStart && indentOf(l) <= 2) cells.push([cellStart[1]]);
    else if (cells.length) cells.at(-1)!.push(l.replace(/^ {4}/, ''));
  }
  flush();
  return out;
}

/** A CSV table directive's body: a line per record, its cells TAB-parted. */
function csvTable(body: string[], ctx: Context): string[] {
  try {
    const records = parse(body.join('\n'), { relax_quotes: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
    return records.map((r) => r.map((c) => inline(c, ctx)).join('\t'));
  } catch {
    return body;
  }
}

/** Directive options (`:widths: auto`) open its block; the body follows. */
function directiveParts(block: string[]): { options: Map<string, string>; body: string[] } {
  const lines = dedent(block);
  const options = new Map<string, string>();
  let i = 0;
  while (i < lines.length && FIELD.test(lines[i])) {
    const m = FIELD.exec(lines[i])!;
    options.set(m[1], m[2] ?? '');
    i++;
  }
  while (i < lines.length && isBlank(lines[i])) i++;
  return { options, body: lines.slice(i) };
}

function directive(name: string, args: string, block: string[], ctx: Context): string[] {
  const { options, body } = directiveParts(block);
  if (DROPPED.has(name)) return [];
  if (LITERAL.has(name)) return body;
  if (name === 'list-table') {
    const rows = listTable(body, ctx);
    // The header row names the columns (`項目 | 内容`), no field.
    return rows.slice(Number(options.get('header-rows') ?? 0) > 0 && rows[0]?.split('\t').every((c) => c.length <= 6) ? 1 : 0);
  }
  if (name === 'csv-table') return csvTable(body, ctx);
  // A table's caption names the table, not a field; an admonition's or a topic's title is a line.
  const title = name === 'table' || !args ? [] : [inline(args, ctx)];
  return [...title, ...render(body, ctx)];
}

/** The section title at `i` (underlined, or over- and underlined), with the lines it takes. */
function sectionTitle(lines: string[], i: number): { text: string; style: string; size: number } | null {
  const over = ADORNMENT.exec(lines[i] ?? '');
  if (over && !isBlank(lines[i + 1]) && ADORNMENT.exec(lines[i + 2] ?? '')?.[1] === over[1] && !ADORNMENT.test(lines[i + 1])) {
    return { text: lines[i + 1].trim(), style: `${over[1]}${over[1]}`, size: 3 };
  }
  const under = ADORNMENT.exec(lines[i + 1] ?? '');
  if (!isBlank(lines[i]) && !ADORNMENT.test(lines[i]) && indentOf(lines[i]) === 0 && under && (isBlank(lines[i + 2]) || i + 2 >= lines.length || !ADORNMENT.test(lines[i + 2]))) {
    return { text: lines[i].trim(), style: under[1], size: 2 };
  }
  return null;
}

/** Renders a block of reST lines (dedented to column 0) as the page's lines. */
function render(lines: string[], ctx: Context): string[] {
  const out: string[] = [];
  const counters = new Map<string, number>();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      if (out.length && out.at(-1) !== '') out.push('');
      i++;
      continue;
    }
    // Indented text under nothing: a block quote, read as its lines.
    if (indentOf(line) > 0) {
      const block = indentedBlock(lines, i, 0);
      out.push(...render(dedent(block), ctx));
      i += block.length;
      continue;
    }
    if (EXPLICIT.test(line)) {
      const block = indentedBlock(lines, i + 1, 0);
      const d = DIRECTIVE.exec(line);
      const f = FOOTNOTE.exec(line);
      if (d && !SUBSTITUTION.test(line)) out.push(...directive(d[1].toLowerCase(), d[2], block, ctx));
      // A footnote is a note at its place: `※…`.
      else if (f) out.push(`※${inline(joinLines([f[2], ...dedent(block)]), ctx)}`);
      // Comments, targets and substitution definitions show nothing.
      i += 1 + block.length;
      continue;
    }
    const title = sectionTitle(lines, i);
    if (title) {
      if (!ctx.styles.includes(title.style)) ctx.styles.push(title.style);
      out.push(`${'#'.repeat(Math.min(6, ctx.styles.indexOf(title.style) + 1))} ${inline(title.text, ctx)}`);
      i += title.size;
      continue;
    }
    if (ADORNMENT.test(line) && line.trim().length >= 4) {
      out.push('----');
      i++;
      continue;
    }
    if (GRID_BORDER.test(line.trimEnd())) {
      let end = i + 1;
      while (end < lines.length && /^[+|]/.test(lines[end])) end++;
      out.push(...gridTable(lines.slice(i, end), ctx));
      i = end;
      continue;
    }
    if (SIMPLE_BORDER.test(line)) {
      let end = i + 1;
      let borders = 1;
      while (end < lines.length && borders < 3 && !(borders === 2 && isBlank(lines[end]))) {
        if (SIMPLE_BORDER.test(lines[end])) borders++;
        end++;
      }
      out.push(...simpleTable(lines.slice(i, end), ctx));
      i = end;
      continue;
    }
    const field = FIELD.exec(line);
    if (field && !/^:[\w-]+:`/.test(line)) {
      const block = indentedBlock(lines, i + 1, 0);
      const value = cellText([field[2] ?? '', ...dedent(block)], ctx);
      out.push(`${inline(field[1], ctx)}\t${value}`);
      i += 1 + block.length;
      continue;
    }
    if (/^\|(?:\s|$)/.test(line)) {
      out.push(inline(line.replace(/^\|\s?/, ''), ctx));
      i++;
      continue;
    }
    const bullet = BULLET.exec(line);
    const enumerated = bullet ? null : ENUMERATED.exec(line);
    if (bullet || enumerated) {
      const marker = bullet ? bullet[1] : (enumerated![1] ?? enumerated![3]);
      const width = bullet ? bullet[1].length + bullet[2].length : line.length - enumerated![5].length;
      const block = indentedBlock(lines, i + 1, width - 1);
      const body = render([(bullet ? bullet[3] : enumerated![5]), ...block.map((l) => l.slice(Math.min(width, indentOf(l))))], ctx);
      let mark = bullet ? '-' : line.slice(0, width).trim();
      if (marker === '#') {
        const kind = enumerated![2] ?? '()';
        const n = (counters.get(kind) ?? 0) + 1;
        counters.set(kind, n);
        mark = enumerated![2] ? `${n}${enumerated![2]}` : `(${n})`;
      }
      const [first, ...rest] = body.filter((l, k) => k === 0 || l !== '');
      out.push(`${mark} ${first ?? ''}`, ...rest.map((l) => `  ${l}`));
      i += 1 + block.length;
      continue;
    }
    counters.clear();
    // A paragraph: its lines up to a blank one or an indented block (a definition, a literal block).
    let end = i + 1;
    while (end < lines.length && !isBlank(lines[end]) && indentOf(lines[end]) === 0 && !EXPLICIT.test(lines[end]) && !sectionTitle(lines, end) && !ADORNMENT.test(lines[end])) end++;
    const para = lines.slice(i, end);
    const literal = /::\s*$/.test(para.at(-1)!);
    const text = joinLines(para).replace(/\s*::$/, literal && /\s::$/.test(para.at(-1)!.trimEnd()) ? '' : ':');
    const block = !isBlank(lines[end]) && end < lines.length && indentOf(lines[end]) > 0 ? indentedBlock(lines, end, 0) : [];
    if (block.length && literal) out.push(inline(text, ctx), ...dedent(block));
    // A term with its definition indented under it: a label and its value.
    else if (block.length && para.length === 1) out.push(`${inline(text, ctx)}\t${cellText(block, ctx)}`);
    else out.push(inline(text, ctx), ...(block.length ? render(dedent(block), ctx) : []));
    i = end + block.length;
  }
  return out;
}

/** The page's lines of a reStructuredText source, as a reader of the built page sees them. */
export function restText(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/\t/g, '        ').trimEnd());
  const substitutions = new Map<string, string>();
  const targets = new Map<string, string>();
  const pending: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const s = SUBSTITUTION.exec(lines[i]);
    if (s && s[2] === 'replace') substitutions.set(s[1], joinLines([s[3], ...dedent(indentedBlock(lines, i + 1, 0))]));
    else if (s) substitutions.set(s[1], '');
    const t = TARGET.exec(lines[i]);
    if (t?.[1] && !t[2]) pending.push(t[1].toLowerCase());
    const title = pending.length ? sectionTitle(lines, i) : null;
    if (title) for (const name of pending.splice(0)) targets.set(name, title.text);
  }
  const ctx: Context = { substitutions, targets, styles: [] };
  for (const [name, title] of targets) targets.set(name, inline(title, ctx));
  return render(lines, ctx).join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
