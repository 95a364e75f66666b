/**
 * Markdown (CommonMark, GFM tables and task lists, Pandoc grid tables and definition lists, front
 * matter, MDX) → plain text in the shape the line-based parsers expect, through htmlToText for
 * inline HTML. Pure functions, no I/O.
 */
import { parse } from 'csv-parse/sync';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { defList } from 'micromark-extension-definition-list';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { defListFromMarkdown, type DefListNode } from 'mdast-util-definition-list';
import type { List, ListItem, Nodes, PhrasingContent, RootContent, Table } from 'mdast';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { splitGridTables } from './grid-tables';
import { htmlToText, startsWithEnumerator } from './markup';
import { elementCaption, isMdxPage, openAdmonitions } from './mdx-marks';


function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Inline Markdown is re-expressed as an HTML fragment so inline HTML, entities,
 * soft-break joining and whitespace rules are handled exactly as for HTML input.
 */
/**
 * A form written as a paragraph, one `label：value` per line (`**所管：** 福祉部` or `所管：福祉部`),
 * or a list of groups (`【受診児】…` / `【保護者】…`): such a soft break ends the line. Other soft
 * breaks join the lines (Japanese wraps without spaces).
 */
const LABEL_LINE = /\n(?=[^\n：:。、]{1,16}[：:]|【[^】\n]{1,12}】)/g;
const LABEL_NODE = new Set(['strong', 'emphasis']);

function phrasingToHtml(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const [i, node] of nodes.entries()) {
    switch (node.type) {
      case 'text': {
        let text = escapeHtml(node.value).replace(LABEL_LINE, '<br>');
        if (text.endsWith('\n') && LABEL_NODE.has(nodes[i + 1]?.type ?? '')) text = `${text.slice(0, -1)}<br>`;
        out += text;
        break;
      }
      case 'inlineCode':
        out += escapeHtml(node.value);
        break;
      case 'html':
        out += node.value;
        break;
      case 'break':
        out += '<br>';
        break;
      case 'image':
      case 'imageReference':
        out += escapeHtml(node.alt ?? '');
        break;
      case 'footnoteReference':
        break;
      default:
        // MDX's `<br />` is an element, not HTML.
        if ((node.type as string) === 'mdxJsxTextElement' && (node as unknown as { name: string | null }).name === 'br') out += '<br>';
        if ('children' in node) out += phrasingToHtml(node.children);
    }
  }
  return out;
}

function inlineText(nodes: readonly PhrasingContent[]): string {
  return htmlToText(phrasingToHtml(nodes));
}

/** A fenced block of delimited data that the wiki renders as a table (`-h`: its first row is the header). */
const DATA_BLOCK = /^(?:csv|tsv)(?:-h)?$/i;

/** The block's records as table rows, cells parted by TABs; a block that is no valid data stays as written. */
function dataTable(value: string, delimiter: string): string {
  try {
    const records = parse(value, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
    return records.map((cells) => cells.map((c) => c.trim().replace(/\s*\n\s*/g, '\u2028')).join('\t')).join('\n');
  } catch {
    return value;
  }
}

function renderTable(table: Table): string {
  return table.children
    // A cell's line breaks can only be `<br>`s: each stays a line of the cell (U+2028), as in HTML.
    .map((row) => row.children.map((cell) => inlineText(cell.children).trim().replace(/\s*\n\s*/g, '\u2028')).join('\t'))
    .filter((line) => /\S/u.test(line))
    .join('\n');
}

function renderListItem(item: ListItem, ordinal: number | null): string[] {
  const lines: string[] = [];
  for (const child of item.children) {
    const rendered = child.type === 'list' ? renderList(child) : renderBlock(child);
    if (rendered) lines.push(...rendered.split('\n').filter((line) => line.trim() !== ''));
  }
  const first = lines[0];
  const firstIsNested = item.children[0]?.type === 'list';
  if (ordinal !== null && first !== undefined && !firstIsNested && !startsWithEnumerator(first)) {
    lines[0] = `${ordinal} ${first}`;
  }
  return lines;
}

const CROSS = /^[❌✖✗✘×]\uFE0F?\s*/u;
const TICK = /^[✅✔☑✓]\uFE0F?\s*/u;

/** A list item's lines without its tick, or none for an item marked with a cross. */
function markedItem(lines: string[]): string[] {
  if (lines.length > 0 && CROSS.test(lines[0])) return [];
  return lines.length > 0 && TICK.test(lines[0]) ? [lines[0].replace(TICK, ''), ...lines.slice(1)] : lines;
}

function renderList(list: List): string {
  const start = list.start ?? 1;
  // An unticked box (`- [ ] バックアップ`) is a standard option the matter did not choose: no text of it.
  // So is an item marked with a cross (`❌ USBメモリ`) where others carry a tick (`✅ 紙`).
  return list.children
    .flatMap((item, index) => (item.checked === false ? [] : markedItem(renderListItem(item, list.ordered ? start + index : null))))
    .join('\n');
}

/**
 * A Pandoc definition list (`記録媒体` / `:   紙` / `:   町のシステム`): the term is a label, each
 * definition a line of its value, so two definitions never run into one (`妊産婦：…` / `子：…`).
 */
function renderDefList(list: DefListNode): string {
  const out: string[] = [];
  let term: string | null = null;
  let values: string[] = [];
  const flush = () => {
    if (term !== null) out.push(values.length > 0 ? [`${term}\t${values[0]}`, ...values.slice(1)].join('\n') : `${term}：`);
    term = null;
    values = [];
  };
  for (const child of list.children) {
    if (child.type === 'defListTerm') {
      flush();
      term = inlineText(child.children).replace(/\s*\n\s*/g, ' ').trim();
    } else values.push(...renderBlocks(child.children as RootContent[]).split('\n').filter((l) => l.trim() !== ''));
  }
  flush();
  return out.join('\n');
}

function renderBlock(node: Nodes | DefListNode): string {
  if (node.type === 'defList') return renderDefList(node as DefListNode);
  // TOML front matter (`+++`), a node type mdast's own types do not list.
  if ((node.type as string) === 'toml') return '';
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      // A table of contents' entry (`[1. 報告第8号 …](#heading=h.gjdgxs)`) repeats a heading below.
      if (node.children.length === 1 && node.children[0].type === 'link' && node.children[0].url.startsWith('#')) return '';
      return inlineText(node.children);
    case 'list':
      return renderList(node);
    case 'table':
      return renderTable(node);
    case 'code': {
      // A fenced block is a box of its own: a rule ends it, so the paragraphs after it are not more
      // of its last value. In YAML, a block scalar's mark (`備考: |`) is no text.
      // A diagram's source (```` ```mermaid ````, PlantUML, Graphviz) draws the data's flow: no text of the page.
      const lang = node.lang ?? '';
      if (/^(?:mermaid|plantuml|puml|dot|graphviz|drawio)$/i.test(lang)) return '';
      // A wiki's data block (GROWI's ```` ```csv-h ````, ```` ```tsv ````) is shown as a table.
      if (DATA_BLOCK.test(lang)) return dataTable(node.value, /^tsv/i.test(lang) ? '\t' : ',');
      return `${/^ya?ml$/i.test(lang) ? node.value.replace(/:[ \t]*[|>][-+]?[ \t]*$/gm, ':') : node.value}\n----`;
    }
    case 'html':
      return htmlToText(node.value);
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return '';
    case 'blockquote': {
      // A quoted box (a note, a callout, a member's question) is an aside: rules keep the value it
      // interrupts and the paragraphs after it out of each other.
      const body = renderBlocks(node.children);
      return body.trim() === '' ? '' : `----\n${body}\n----`;
    }
    case 'root':
      return renderBlocks(node.children);
    // MDX: module lines and `{…}` expressions (comments among them) are code; a component is its
    // caption (a tab's label) over what it holds.
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
      return '';
    case 'mdxJsxFlowElement':
      return [elementCaption(node), renderBlocks(node.children as RootContent[])].filter((t) => t.trim() !== '').join('\n\n');
    default:
      if ('children' in node) return inlineText(node.children as PhrasingContent[]);
      if ('value' in node) return node.value;
      return '';
  }
}

/**
 * A heading that is a field's name over its answer (an issue form's `### 委託先` over a paragraph):
 * a label of its own, so the answers never run into each other. Only `###` and deeper, and only a
 * short name: a matter's heading (`## 報告1 産後ケア事業の委託`) has spaces, numbers or marks.
 */
const FIELD_HEADING = /^[^\s\d、。:：「」]{2,16}$/;

function renderBlocks(nodes: readonly RootContent[]): string {
  return nodes
    .map((node, i) => {
      const block = renderBlock(node);
      const next = nodes[i + 1];
      const answered = next?.type === 'paragraph';
      return node.type === 'heading' && node.depth >= 3 && answered && FIELD_HEADING.test(block.trim()) ? `${block.trim()}：` : block;
    })
    .filter((block) => block.trim() !== '')
    .join('\n\n');
}

function renderMarkdown(md: string, mdx = false): string {
  // A static site's front matter (`---` YAML `---`, `+++` TOML) is the page's settings, no text.
  const parse = (withMdx: boolean) =>
    fromMarkdown(md, {
      extensions: [...(withMdx ? [mdxjs()] : []), gfmTable(), gfmTaskListItem(), defList, frontmatter(['yaml', 'toml'])],
      mdastExtensions: [...(withMdx ? [mdxFromMarkdown()] : []), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), defListFromMarkdown, frontmatterFromMarkdown(['yaml', 'toml'])]
    });
  if (mdx) {
    // MDX refuses what it cannot parse (an unclosed tag or brace): such a page is read as Markdown.
    try {
      return renderBlocks(parse(true).children);
    } catch {
      /* read as Markdown below */
    }
  }
  return renderBlocks(parse(false).children);
}

/** A grid table's row: the label cell on one line, each other cell's lines below its first, TAB-separated. */
function renderGridRow(cells: string[]): string {
  const [label = [], ...rest] = cells.map((c) => renderMarkdown(c).split('\n').filter((l) => l.trim() !== ''));
  const values = rest.length > 0 ? rest : [[]];
  const height = Math.max(1, ...values.map((v) => v.length));
  return Array.from({ length: height }, (_, k) => [k === 0 ? label.join('') : '', ...values.map((v) => v[k] ?? '')].join('\t')).join('\n');
}

/**
 * Marks that carry no text: Pandoc's empty anchors (`[]{#_Toc123 .anchor}`), attributes on a span
 * (`[重要]{.underline}` keeps 重要) and footnote references (`[^2]`), and template tags.
 */
function dropPandocMarks(md: string): string {
  return md
    // A static site generator's template tags (Hugo `{{< notice >}}` / `{{% … %}}`, Liquid
    // `{% include … %}`) wrap text but are none.
    .replace(/\{\{[<%]\s*\/?\s*[\w./-]+[^{}]*?[>%]\}\}/g, '')
    .replace(/\{%-?\s*(?:end)?[a-z_]+\b[^{}%]*-?%\}/g, '')
    .replace(/\[\]\{[#.][^}\n]*\}/g, '')
    .replace(/\[([^\]\n]*)\]\{[#.][^}\n]*\}/g, '$1')
    .replace(/\[\^[^\]\s]+\](?!:)/g, '')
    // Google Docs escapes a list mark typed as text (`\- 照会書は…`, `1\. 基本的事項`): each such line
    // is a paragraph of its own there, not a soft-wrapped line of the one above.
    .replace(/\n(?=\\[-*+]|\d{1,2}\\\.)/g, '\n\n');
}

/**
 * A note vault's marks (Obsidian and the like): a wiki link `[[課|表示名]]` reads as the name it shows,
 * an embedded file `![[資料.pdf]]` and a comment `%% … %%` are no text, an inline field `件名:: …`
 * is a label and its value, and a callout's type `> [!note] 題` leaves its title a line of its own.
 */
function dropVaultMarks(md: string): string {
  return md
    .replace(/%%[^]*?%%/g, '')
    .replace(/!\[\[[^\]\n]*\]\]/g, '')
    .replace(/\[\[([^\]|\n]*?)(?:#[^\]|\n]*)?(?:\|([^\]\n]*))?\]\]/g, (_, target: string, alias?: string) => alias ?? target)
    .replace(/^([ \t]*(?:[-*+][ \t]+)?[^\s:：|`>][^:：\n|`]{0,30}?)::[ \t]*/gm, '$1：')
    .replace(/^([ \t]*>[ \t]*)\[![\w-]+\][+-]?[ \t]*(\S.*)?$/gm, (_, quote: string, title?: string) =>
      title ? `${quote}${title}\n${quote.trimEnd()}` : quote.trimEnd()
    );
}

/** A Python-Markdown block (MkDocs Material): `=== "tab"`, `??? note "title"`, `!!! warning "title"`. */
const BLOCK_MARK = /^([ \t]*)(?:(===)\+?[ \t]+"([^"\n]*)"|(!!!|\?\?\?)\+?[ \t]+[\w-]+(?:[ \t]+"([^"\n]*)")?)[ \t]*$/;

/**
 * Content tabs and collapsible blocks hold their content indented by four spaces, which Markdown
 * would read as code: each block's title becomes a line of its own and its content is dedented.
 * A note's box, shown (`!!!`) or collapsed (`???`), is an aside, so its content is quoted (blockquote
 * rules); a collapsed box holding the contract annex is the annex.
 */
function openIndentedBlocks(md: string): string {
  let text = md;
  for (let pass = 0; pass < 3 && text.split('\n').some((l) => BLOCK_MARK.test(l)); pass++) {
    const out: string[] = [];
    let block: { indent: number; quote: boolean } | null = null;
    for (const line of text.split('\n')) {
      const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      if (block && line.trim() !== '' && indent < block.indent) block = null;
      const m: RegExpExecArray | null = block ? null : BLOCK_MARK.exec(line);
      if (m) {
        // A note's box (`!!!`, `??? info`) is an aside; an annex kept in a collapsed box is the annex.
        const quote: boolean = m[4] !== undefined && !/特記事項/.test(m[5] ?? '');
        const title = m[3] ?? m[5];
        // An aside's title is no heading of the matter's (`??? info "個人番号の取扱いについて"`).
        out.push('', title && !quote ? `${m[1]}${title}` : '', '');
        block = { indent: m[1].length + 4, quote };
      } else if (block) out.push(line.trim() === '' ? (block.quote ? `${' '.repeat(block.indent - 4)}>` : '') : `${line.slice(0, block.indent - 4)}${block.quote ? '> ' : ''}${line.slice(block.indent)}`);
      else out.push(line);
    }
    text = out.join('\n');
  }
  return text;
}

/** Markdown (CommonMark + GFM tables, Pandoc grid tables and definition lists) → plain text lines. */
export function markdownToText(md: string): string {
  const mdx = isMdxPage(md);
  return splitGridTables(dropPandocMarks(dropVaultMarks(openIndentedBlocks(openAdmonitions(md)))))
    .map((block) => (block.kind === 'grid' ? block.rows.map(renderGridRow).join('\n') : renderMarkdown(block.text, mdx)))
    .filter((text) => text.trim() !== '')
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
