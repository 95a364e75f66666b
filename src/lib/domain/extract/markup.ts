/**
 * HTML → plain text in the shape the line-based parsers expect:
 * one row per line, TAB between table cells, blank line between paragraphs.
 * Pure functions, no I/O. Markdown is read by markdown-text.ts, on top of this.
 */
import { DomUtils, parseDocument, Parser } from 'htmlparser2';
import { labelKey, PARTY_ONLY } from './labels';
import { withoutEmptyFirstColumn, withoutPageChrome } from './page-chrome';

/** Characters between which a source line break is dropped rather than turned into a space. */
const JAPANESE_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc\uff01-\uff60\uffe0-\uffe6\u2460-\u24ff\u3251-\u32bf\u203b]/u;

/**
 * Text that already carries its own enumerator, so no ordinal is added:
 * digits, circled/parenthesised numbers, (1)/（イ）, 一、, Ⅰ, ア＿, a. and common bullets.
 */
const ENUMERATOR_START = new RegExp(
  '^(?:' +
    [
      '[0-9０-９]',
      '[\\u2460-\\u249b\\u3251-\\u325f\\u32b1-\\u32bf\\u2160-\\u217f]',
      '[(（〔［\\[][0-9０-９一二三四五六七八九十ア-ンイロハa-zA-Zａ-ｚＡ-Ｚ]',
      '[一二三四五六七八九十]+[、.．)）]',
      '[ア-ン][.．)）、\\s\\u3000]',
      '[a-zA-Zａ-ｚＡ-Ｚ][.．)）]',
      '[・･•●○◎■□◆◇▪▫◦‣※★☆→＊*+\\-－–—]'
    ].join('|') +
    ')',
  'u'
);

export function startsWithEnumerator(text: string): boolean {
  return ENUMERATOR_START.test(text.replace(/^[\s\u3000]+/u, ''));
}

function lastChar(text: string): string {
  const chars = Array.from(text.slice(-2));
  return chars[chars.length - 1] ?? '';
}

function firstChar(text: string): string {
  return Array.from(text.slice(0, 2))[0] ?? '';
}

/**
 * Normalise one table cell (or a whole non-table line).
 * '\n' marks a source line break: dropped between Japanese characters (as
 * browsers do for East Asian text), otherwise it becomes a space.
 */
function normalizeInline(raw: string): string {
  const spaced = raw.replace(/[ \t\r\f\v\u00a0]+/g, ' ');
  const joined = spaced.replace(/ ?\n[ \n]*/g, (match: string, offset: number, whole: string) => {
    // Two code units either side cover a surrogate pair without copying the whole string.
    const before = lastChar(whole.slice(Math.max(0, offset - 2), offset));
    const after = firstChar(whole.slice(offset + match.length, offset + match.length + 2));
    return JAPANESE_CHAR.test(before) && JAPANESE_CHAR.test(after) ? '' : ' ';
  });
  return joined.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '');
}

/** Accumulates lines; a line is a list of cells joined by TAB when emitted. */
class LineSink {
  private readonly lines: string[] = [];
  private cells: string[] = [''];
  /** Cells opened in the current table row, or null outside a row. */
  private rowCells: number | null = null;
  private blankBefore = false;
  /** Bumped per emitted line so callers can tell whether a mark is still on the current line. */
  serial = 0;

  append(text: string): void {
    this.cells[this.cells.length - 1] += text;
  }

  startRow(): void {
    this.endLine();
    this.rowCells = 0;
  }

  /**
   * Ends the line inside a cell and goes on in the same column of a new line (`\t…`), as a
   * multi-line cell of a tab form reads: a nested table's rows become lines of the outer value.
   */
  breakInCell(): void {
    const column = this.cells.length - 1;
    if (!/\S/u.test(this.cells[column] ?? '')) return;
    const open = this.rowCells;
    this.endLine();
    this.cells = Array.from({ length: column + 1 }, () => '');
    this.rowCells = open;
  }

  startCell(): void {
    if (this.rowCells === null) this.startRow();
    if ((this.rowCells ?? 0) > 0) this.cells.push('');
    this.rowCells = (this.rowCells ?? 0) + 1;
  }

  /** Position of the end of the current cell, for undoing text later. */
  mark(): { serial: number; cell: number; length: number } {
    const cell = this.cells.length - 1;
    return { serial: this.serial, cell, length: (this.cells[cell] ?? '').length };
  }

  textSince(mark: { serial: number; cell: number; length: number }): string | null {
    if (mark.serial !== this.serial || mark.cell !== this.cells.length - 1) return null;
    return (this.cells[mark.cell] ?? '').slice(mark.length);
  }

  /** Rewrites the text written since `mark` (same line and cell only). */
  rewriteSince(mark: { serial: number; cell: number; length: number }, f: (text: string) => string): void {
    const text = this.textSince(mark);
    if (text === null) return;
    this.cells[mark.cell] = (this.cells[mark.cell] ?? '').slice(0, mark.length) + f(text);
  }

  truncate(mark: { serial: number; cell: number; length: number }): void {
    if (this.textSince(mark) === null) return;
    this.cells[mark.cell] = (this.cells[mark.cell] ?? '').slice(0, mark.length);
  }

  /** `explicit` (from <br>/<pre>) keeps an empty line, so <br><br> reads as a paragraph gap. */
  endLine(explicit = false): void {
    const line = this.cells.map(normalizeInline).join('\t');
    if (/\S/u.test(line)) {
      if (this.blankBefore && this.lines.length > 0) this.lines.push('');
      this.lines.push(line);
      this.blankBefore = false;
    } else if (explicit && this.lines.length > 0) {
      this.lines.push('');
    }
    this.cells = [''];
    this.rowCells = null;
    this.serial++;
  }

  endParagraph(): void {
    this.endLine();
    this.blankBefore = true;
  }

  finish(): string {
    this.endLine();
    return this.lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|\n+$/g, '');
  }
}

/**
 * Content of these is never text the reader should see; nor are ruby readings (`rt`, `rtc`) and
 * their fallback brackets (`rp`): 個人情報 with its reading is still 個人情報.
 */
// Struck-out text (`<del>`, `<s>`, `<strike>`: a revision's old wording) is no longer what the page says.
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'rt', 'rtc', 'rp', 'del', 's', 'strike']);
/** Block elements that also separate paragraphs (blank line) outside lists. */
const PARAGRAPH_BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'pre', 'dl', 'hr', 'title'
]);
/** Block elements that only end a line. */
const LINE_BLOCKS = new Set([
  'div', 'li', 'tr', 'br', 'section', 'article', 'header', 'footer', 'dt', 'dd', 'main', 'nav', 'aside',
  'figure', 'figcaption', 'caption', 'address', 'form', 'fieldset', 'legend', 'details', 'summary', 'center'
]);

/** Between the cells of a nested row until the row ends and decides how they join. */
const NESTED_CELL = '\u001f';

interface ListState {
  ordered: boolean;
  next: number;
  markers: boolean;
}

interface Frame {
  name: string;
  /** False for elements inside dropped content: their close must not act. */
  active: boolean;
  dropped: boolean;
  list?: ListState;
  cell?: boolean;
  listItem?: boolean;
  anchor?: { serial: number; cell: number; length: number };
  /** Where a definition list's term starts: it is written as a label. */
  term?: { serial: number; cell: number; length: number };
  /** Where a table cell's text starts (top-level cells only). */
  cellStart?: { serial: number; cell: number; length: number };
  /** A row of a table nested in a cell: its cells so far, and whether all are headers. */
  nested?: { cells: number; headersOnly: boolean; mark: { serial: number; cell: number; length: number } };
}

function parseIntAttr(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number.parseInt(value.trim(), 10);
  return Number.isFinite(n) ? n : null;
}

type DomElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const span = (cell: DomElement, name: 'rowspan' | 'colspan') => Math.min(Math.max(parseIntAttr(cell.attribs[name]) ?? 1, 1), 50);
const isCell = (n: unknown): n is DomElement => DomUtils.isTag(n as DomElement) && /^t[dh]$/.test((n as DomElement).name);

/**
 * A table of records (a header row, one matter per row) with merged cells, laid out as the grid a
 * reader sees: a cell spanning rows is repeated in each (the 部 of three matters, written once), a
 * header spanning columns too, and a header row over sub-headers (`担当所属` over `部 | 課`) gives
 * way to them. A data cell spanning columns fills one; the others are left empty. So each matter's
 * row keeps every column in its place. In a form, a cell spanning rows or columns leaves empty
 * cells instead, so the lines under a label read as its value.
 */
function gridTables(html: string): string {
  if (!/\b(?:rowspan|colspan)\s*=\s*["']?\s*(?:[2-9]|\d{2})/i.test(html)) return html;
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  for (const table of DomUtils.getElementsByTagName('table', doc)) {
    // This table's own rows, not those of a table nested in a cell.
    const rows = DomUtils.findAll((e) => e.name === 'tr' && nearestTable(e) === table, [table]);
    // A list of records has a header row of three or more headers; anything else is a form.
    const first = rows[0]?.children.filter(isCell) ?? [];
    // A form's label cell spanning rows (`保護対策` over six numbered measures, a spreadsheet's
    // `利用する情報項目` over two lines of items) leaves an empty cell in each row below, so those
    // rows read as more of its value, not as labels of their own (`2 | 照会は…`).
    const records = first.length >= 3 && first.every((c) => c.name === 'th');
    const below: ({ cell: DomElement; left: number } | undefined)[] = [];
    const grid: DomElement[][] = [];
    for (const row of rows) {
      const cells = row.children.filter(isCell);
      const out: DomElement[] = [];
      let k = 0;
      while (k < cells.length || below.slice(out.length).some((b) => b && b.left > 0)) {
        const held = below[out.length];
        if (held && held.left > 0) {
          held.left--;
          // …unless the row names a field of its own (`委託期間` under a group label `委託の概要`).
          const ownLabel = !records && k < cells.length && labelKey(DomUtils.textContent(cells[k]).trim()) !== null;
          if (!ownLabel) {
            out.push(records ? held.cell.cloneNode(true) : emptyCell());
            continue;
          }
        }
        if (k >= cells.length) {
          out.push(emptyCell());
          continue;
        }
        const cell = cells[k++];
        const [rs, cs] = [span(cell, 'rowspan'), span(cell, 'colspan')];
        delete cell.attribs.rowspan;
        delete cell.attribs.colspan;
        for (let x = 0; x < cs; x++) {
          const copy = x === 0 ? cell : records && cell.name === 'th' ? cell.cloneNode(true) : emptyCell();
          below[out.length] = rs > 1 ? { cell: copy.cloneNode(true), left: rs - 1 } : undefined;
          out.push(copy);
        }
      }
      grid.push(out);
      for (const c of cells) DomUtils.removeElement(c);
      for (const c of out) DomUtils.appendChild(row, c);
    }
    // Two header rows: the lower names each column; the upper only groups them.
    for (let r = 0; records && r + 1 < grid.length; r++) {
      const [upper, lower] = [grid[r], grid[r + 1]];
      const headers = (cells: DomElement[]) => cells.length > 0 && cells.every((c) => c.name === 'th');
      if (!headers(upper) || !headers(lower) || upper.length !== lower.length) continue;
      const text = (c: DomElement) => DomUtils.textContent(c).trim();
      if (!upper.some((c, j) => text(c) !== text(lower[j]))) continue;
      DomUtils.removeElement(rows[r]);
      r++;
    }
  }
  return DomUtils.getOuterHTML(doc, { decodeEntities: true });
}

const emptyCell = () => parseDocument('<td></td>').children[0] as DomElement;

/**
 * Tables that lay out a page, not data (an old site's header, side menu and body placed by
 * `<table width="100%">`, a bordered box around an annex): their cells hold whole passages of
 * `<br>`-separated lines, which a data cell's one line would run together. Such a table becomes
 * plain blocks: a cell holding another table and many lines, or a table of one cell with several.
 */
function unwrapLayoutTables(html: string): string {
  if (!/<table[\s\S]*<table/i.test(html) && (html.match(/<br\b/gi)?.length ?? 0) < 3) return html;
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const brs = (e: DomElement) => DomUtils.getElementsByTagName('br', e).length;
  let changed = false;
  for (const table of DomUtils.getElementsByTagName('table', doc)) {
    const rows = DomUtils.findAll((e) => e.name === 'tr' && nearestTable(e) === table, [table]);
    const cells = rows.flatMap((r) => r.children.filter(isCell));
    const page = cells.some((c) => DomUtils.getElementsByTagName('table', c).length > 0 && brs(c) >= 8);
    const box = cells.length === 1 && brs(cells[0]) >= 3;
    if (!page && !box) continue;
    changed = true;
    for (const e of [table, ...DomUtils.findAll((x) => ['tbody', 'thead', 'tfoot'].includes(x.name) && x.parent === table, [table]), ...rows, ...cells]) e.name = 'div';
  }
  return changed ? DomUtils.getOuterHTML(doc, { decodeEntities: true }) : html;
}

function nearestTable(e: DomElement): DomElement | null {
  for (let p = e.parent; p; p = p.parent) if (DomUtils.isTag(p) && p.name === 'table') return p as DomElement;
  return null;
}

/**
 * HTML (document or fragment) → plain text lines: the cells of one <tr> on one line, TAB between
 * them; a cell's own lines (`<br>`, Word's paragraphs) joined by U+2028, other blocks by spaces.
 */
export function htmlToText(html: string): string {
  const sink = new LineSink();
  const stack: Frame[] = [];
  const lists: ListState[] = [];
  let droppedDepth = 0;
  let cellDepth = 0;
  let listItemDepth = 0;
  let preDepth = 0;
  let pendingMarker: string | null = null;

  const boundary = (kind: 'line' | 'paragraph'): void => {
    if (cellDepth > 0) {
      sink.append(' ');
    } else if (kind === 'paragraph' && listItemDepth === 0) {
      sink.endParagraph();
    } else {
      sink.endLine();
    }
  };

  const open = (name: string, attribs: Record<string, string>): void => {
    const frame: Frame = { name, active: droppedDepth === 0, dropped: DROPPED.has(name) };
    stack.push(frame);
    if (frame.dropped) droppedDepth++;
    if (!frame.active || frame.dropped) return;
    // Word's paragraphs in a cell (`<p class=MsoNormal>`, its HTML export) are the cell's lines.
    const cell = name === 'p' && cellDepth > 0 && /^Mso/.test(attribs['class'] ?? '') ? [...stack].reverse().find((f) => f.cellStart)?.cellStart : undefined;
    switch (name) {
      case 'tr':
        if (cellDepth > 0) {
          // `保護者 | 氏名、住所` nested in an items cell: one line per row, `保護者：氏名、住所`.
          sink.breakInCell();
          frame.nested = { cells: 0, headersOnly: true, mark: sink.mark() };
        } else sink.startRow();
        return;
      case 'td':
      case 'th': {
        const row = [...stack].reverse().find((f) => f.name === 'tr');
        if (cellDepth > 0 && row?.nested) {
          if (row.nested.cells > 0) sink.append(NESTED_CELL);
          row.nested.cells++;
          if (name === 'td') row.nested.headersOnly = false;
        } else if (cellDepth > 0) sink.append(' ');
        else {
          sink.startCell();
          frame.cellStart = sink.mark();
        }
        frame.cell = true;
        cellDepth++;
        return;
      }
      case 'br': {
        if (cellDepth === 0) return sink.endLine(true);
        // A cell that opens with the party on a line of its own (`市<br>１␣…`, a rowspan 保護対策
        // cell's rows): the party labels the measures after it, which one line would run it into.
        const start = [...stack].reverse().find((f) => f.cellStart)?.cellStart;
        if (start && PARTY_ONLY.test((sink.textSince(start) ?? '').replace(/\s+/g, ''))) sink.rewriteSince(start, (t) => `${t.trim()}：`);
        // A line break inside a top-level cell stays one (U+2028, as a PDF table cell's lines): a
        // list's cell of items or measures keeps its lines.
        sink.append(start ? '\u2028' : ' ');
        return;
      }
      case 'ol':
      case 'ul': {
        boundary('paragraph');
        const style = attribs['style'] ?? '';
        frame.list = {
          ordered: name === 'ol',
          next: parseIntAttr(attribs['start']) ?? 1,
          markers: !/list-style(?:-type)?\s*:[^;]*\bnone\b/i.test(style)
        };
        lists.push(frame.list);
        return;
      }
      case 'li': {
        // A list in a table cell (`<td><ul><li>氏名、住所</li><li>所得額</li>`): one line of the cell per item.
        if (cellDepth > 0) sink.breakInCell();
        else boundary('line');
        frame.listItem = true;
        listItemDepth++;
        const list = lists[lists.length - 1];
        if (list?.ordered) {
          const ordinal = parseIntAttr(attribs['value']) ?? list.next;
          list.next = ordinal + 1;
          pendingMarker = list.markers ? `${ordinal} ` : null;
        } else {
          pendingMarker = null;
        }
        return;
      }
      case 'a':
        frame.anchor = sink.mark();
        return;
      case 'input':
      case 'en-todo': {
        // A tick box (a form's `<input type="checkbox">`, an Evernote note's `<en-todo>`): its state
        // as the mark a printed form shows, so that only the ticked options count.
        if (name === 'input' && (attribs['type'] ?? '').toLowerCase() !== 'checkbox') return;
        const ticked = name === 'input' ? 'checked' in attribs : /^true$/i.test(attribs['checked'] ?? '');
        sink.append(ticked ? '☑ ' : '☐ ');
        return;
      }
      case 'dt':
        boundary('line');
        if (cellDepth === 0) frame.term = sink.mark();
        return;
      case 'pre':
        boundary('paragraph');
        preDepth++;
        return;
      default:
        if (cell && /\S/u.test(sink.textSince(cell) ?? '')) return sink.rewriteSince(cell, (t) => `${t.trimEnd()}\u2028`);
        if (PARAGRAPH_BLOCKS.has(name)) boundary('paragraph');
        else if (LINE_BLOCKS.has(name)) boundary('line');
    }
  };

  const close = (frame: Frame): void => {
    if (frame.dropped) droppedDepth--;
    if (!frame.active || frame.dropped) return;
    const { name } = frame;
    if (frame.cell) {
      cellDepth--;
      return;
    }
    switch (name) {
      case 'tr':
        // A nested header row (`区分 | 項目`) names columns, not data.
        if (frame.nested?.headersOnly) sink.truncate(frame.nested.mark);
        // `保護者 | 氏名、住所…`: a short first cell names whose items the list after it holds.
        else if (frame.nested)
          sink.rewriteSince(frame.nested.mark, (t) => {
            const cells = t.split(NESTED_CELL).map((c) => c.trim());
            return cells.length === 2 && cells[0].length <= 10 && !/[、,]/.test(cells[0]) && /[、,]/.test(cells[1]) ? `${cells[0]}：${cells[1]}` : cells.join(' ');
          });
        if (cellDepth > 0) sink.append(' ');
        else sink.endLine();
        return;
      case 'br':
        return;
      case 'dt':
        // A term of a definition list is a label whatever its words (`記録媒体・システム`,
        // `結合の概要`): it is written as one, so its definition never runs on into the field above.
        if (frame.term) sink.rewriteSince(frame.term, (t) => (t.trim() && t.trim().length <= 24 && !/[:：。]$/.test(t.trim()) ? `${t.trimEnd()}：` : t));
        boundary('line');
        return;
      case 'ol':
      case 'ul':
        lists.pop();
        boundary('paragraph');
        return;
      case 'li':
        listItemDepth--;
        pendingMarker = null;
        if (cellDepth > 0) sink.breakInCell();
        else boundary('line');
        return;
      case 'a': {
        // Link text is kept, but a script URL used as link text is not content.
        const mark = frame.anchor;
        if (mark) {
          const text = sink.textSince(mark);
          if (text !== null && /^\s*javascript:/i.test(text)) sink.truncate(mark);
        }
        return;
      }
      case 'pre':
        preDepth--;
        boundary('paragraph');
        return;
      default:
        if (PARAGRAPH_BLOCKS.has(name)) boundary('paragraph');
        else if (LINE_BLOCKS.has(name)) boundary('line');
    }
  };

  const text = (raw: string): void => {
    if (droppedDepth > 0) return;
    let value = raw.replace(/\u0000/g, '');
    if (pendingMarker !== null && /\S/u.test(value)) {
      if (!startsWithEnumerator(value)) value = pendingMarker + value.replace(/^\s+/u, '');
      pendingMarker = null;
    }
    if (preDepth > 0 && cellDepth === 0) {
      // Preformatted text keeps its own line structure.
      const parts = value.replace(/\r\n?/g, '\n').split('\n');
      parts.forEach((part, index) => {
        if (index > 0) sink.endLine(true);
        sink.append(part);
      });
      return;
    }
    // Keep a '\n' marker for source line breaks; normalizeInline decides space vs nothing.
    sink.append(value.replace(/\r\n?/g, '\n'));
  };

  const parser = new Parser(
    {
      onopentag: (name, attribs) => open(name, attribs),
      onclosetag: (name) => {
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]?.name !== name) continue;
          // Close anything left open above it first, innermost first.
          while (stack.length > i) {
            const frame = stack.pop();
            if (frame) close(frame);
          }
          return;
        }
      },
      ontext: text
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.end(gridTables(unwrapLayoutTables(withoutPageChrome(html))));
  return withoutEmptyFirstColumn(sink.finish());
}
