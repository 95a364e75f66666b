/**
 * MediaWiki wikitext saved as text (a secretariat's internal wiki page, copied from its edit box):
 * turned into the HTML the wiki would show, then read as that page is (markup.ts). A template call
 * with named parameters (`{{案件情報 |件名=… |担当課=…}}`, an infobox) shows as its parameters in a
 * table, name beside value; one without (`{{要確認}}`, a maintenance tag) shows nothing. Footnotes
 * stand where `<references />` puts them, comments and categories nowhere, struck text (`<s>`)
 * stays struck.
 *
 * Written here rather than taken from a library: the faithful JavaScript parser (wikiparser-node) is
 * GPL-3.0, and the MIT one (wtf_wikipedia) rewrites Japanese full stops and flattens `<pre>` blocks,
 * which an annex's articles are pasted in. Only what a council page uses is covered: headings,
 * paragraphs, lists, tables, templates, links, bold and italic, footnotes, `<pre>` and `<nowiki>`.
 */
import { htmlToText } from '../domain/extract/markup';

/** A heading (`== 開催概要 ==`), closed as it is opened. */
const HEADING = /^(={1,6})\s*(.+?)\s*\1\s*$/;
/** Constructs only wikitext has (a Markdown or AsciiDoc page has none of them). */
const WIKI_ONLY = [
  /^\{\|/m, // table start
  /^\|\}/m, // table end
  /\{\{[^{}|\n]+\|[^{}=\n]+=|^\{\{[^{}\n]+$|^\|[^|=\n]+=/m, // template call with named parameters
  /\[\[[^\]\n]+\]\]/, // internal link
  /'''[^'\n]+'''/, // bold
  /<ref[\s>]|<references\s*\/>/, // footnotes
  /^__(?:TOC|NOTOC|FORCETOC)__$/m // magic words
];

/** True for text that reads as wikitext: a closed `== … ==` heading and two of wikitext's own constructs. */
export function isWikitext(text: string): boolean {
  if (!text.split('\n').some((l) => HEADING.test(l) && /^==/.test(l))) return false;
  return WIKI_ONLY.filter((re) => re.test(text)).length >= 2;
}

const escape = (s: string) => s.replace(/&(?![#\w]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Tags wikitext lets an author write, passed on to the page (the rest is text). */
const TAGS = /<\/?(?:s|del|strike|u|ins|b|i|strong|em|small|big|sup|sub|span|br|div|code|tt|center|font)\b[^<>]*\/?>/gi;

/**
 * Stand-ins for what must not be read as markup again (nowiki, pre, the templates' tables), put
 * back at the end. Private-use characters cannot occur in a council's text.
 */
class Held {
  private parts: string[] = [];
  hold(html: string): string {
    this.parts.push(html);
    return `\uE000${this.parts.length - 1}\uE001`;
  }
  release(text: string): string {
    let out = text;
    for (let n = 0; n < 3 && /\uE000/.test(out); n++) out = out.replace(/\uE000(\d+)\uE001/g, (_, i: string) => this.parts[Number(i)]);
    return out;
  }
}

/** A line's inline markup as HTML: links to their labels, bold and italic to tags, other text escaped. */
function inline(text: string, held: Held): string {
  const tags: string[] = [];
  let t = text.replace(TAGS, (m) => {
    tags.push(m);
    return `\uE002${tags.length - 1}\uE003`;
  });
  t = escape(t)
    .replace(/\[\[(?:Category|カテゴリ|File|ファイル|Image|画像):[^\]]*\]\]/gi, '')
    .replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, '$2')
    .replace(/\[\[([^\]]*)\]\]/g, (_, target: string) => target.replace(/#.*$/, ''))
    .replace(/\[(?:https?:)?\/\/[^\s\]]+\s+([^\]]+)\]/g, '$1')
    .replace(/'''''(.+?)'''''/g, '<b><i>$1</i></b>')
    .replace(/'''(.+?)'''/g, '<b>$1</b>')
    .replace(/''(.+?)''/g, '<i>$1</i>')
    .replace(/__[A-Z]+__/g, '');
  return held.release(t.replace(/\uE002(\d+)\uE003/g, (_, i: string) => tags[Number(i)]));
}

/** The end of the template call opened at `at` (`{{`), nested calls skipped; -1 when never closed. */
function templateEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length - 1; i++) {
    if (text.startsWith('{{', i)) {
      depth++;
      i++;
    } else if (text.startsWith('}}', i)) {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** A call's name and parameters, split at the bars outside nested calls and links. */
function templateParts(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const two = body.slice(i, i + 2);
    if (two === '{{' || two === '[[') {
      depth++;
      i++;
    } else if (two === '}}' || two === ']]') {
      depth--;
      i++;
    } else if (body[i] === '|' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** Every template call replaced, innermost first: named parameters as a table, anything else as nothing. */
function templates(text: string, held: Held): string {
  let out = text;
  for (let at = out.lastIndexOf('{{'); at >= 0; at = out.lastIndexOf('{{', at - 1)) {
    const end = templateEnd(out, at);
    if (end < 0) continue;
    const [, ...params] = templateParts(out.slice(at + 2, end - 2));
    const named = params.flatMap((p) => {
      const m = /^\s*([^=]+?)\s*=([\s\S]*)$/.exec(p);
      return m && m[2].trim() !== '' ? [[m[1], m[2].trim()] as const] : [];
    });
    const table = named.map(([k, v]) => `<tr><th>${inline(k, held)}</th><td>${v.split('\n').map((l) => inline(l, held)).join('<br>')}</td></tr>`).join('');
    const replacement = named.length ? held.hold(`\n<table>${table}</table>\n`) : '';
    out = out.slice(0, at) + replacement + out.slice(end);
    if (at === 0) break;
  }
  return out;
}

/** A table cell's content without its attributes (`rowspan="2" | 利用者`), the spans kept. */
function cell(tag: 'td' | 'th', raw: string, held: Held): string {
  const m = /^([^|[\]{}]*=[^|]*)\|(?!\|)([\s\S]*)$/.exec(raw);
  const content = m ? m[2] : raw;
  const spans = m ? [...m[1].matchAll(/\b(rowspan|colspan)\s*=\s*["']?(\d{1,2})/gi)].map((s) => ` ${s[1].toLowerCase()}="${s[2]}"`).join('') : '';
  return `<${tag}${spans}>${content.split('\n').map((l) => inline(l.trim(), held)).join('<br>')}</${tag}>`;
}

/** A `{| … |}` table's lines as HTML. */
function table(lines: string[], held: Held): string {
  const rows: string[][] = [];
  let caption = '';
  let cur: { tag: 'td' | 'th'; raw: string }[] | null = null;
  const cells: { tag: 'td' | 'th'; raw: string }[][] = [];
  for (const line of lines.slice(1, -1)) {
    if (/^\|-/.test(line)) {
      cur = null;
      continue;
    }
    if (/^\|\+/.test(line)) {
      caption = line.slice(2).trim();
      continue;
    }
    const head = /^!/.test(line);
    if (head || /^\|/.test(line)) {
      if (!cur) cells.push((cur = []));
      const tag = head ? 'th' : 'td';
      for (const raw of line.slice(1).split(head ? /!!|\|\|/ : /\|\|/)) cur.push({ tag, raw: raw.trim() });
    } else if (cur && cur.length) cur[cur.length - 1].raw += `\n${line}`;
  }
  for (const r of cells) rows.push(r.map((c) => cell(c.tag, c.raw, held)));
  return `<table>${caption ? `<caption>${inline(caption, held)}</caption>` : ''}${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</table>`;
}

/** One level of a heading, through htmlToText (a private-use character: no council text has it). */
const HEADING_MARK = '\uE004';

const LIST_TAG: Record<string, [string, string]> = { '*': ['ul', 'li'], '#': ['ol', 'li'], ':': ['dl', 'dd'], ';': ['dl', 'dt'] };

/** The source as the HTML the wiki shows, its headings marked. */
function wikitextHtml(source: string): string {
  const held = new Held();
  const notes: string[] = [];
  let text = source
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<nowiki>([\s\S]*?)<\/nowiki>/gi, (_, t: string) => held.hold(escape(t)))
    .replace(/<pre>([\s\S]*?)<\/pre>/gi, (_, t: string) => held.hold(`<pre>${escape(t.replace(/^\n/, ''))}</pre>`))
    .replace(/<ref\b[^>/]*\/>/gi, '')
    .replace(/<ref\b[^>]*>([\s\S]*?)<\/ref>/gi, (_, t: string) => {
      notes.push(t);
      return '';
    });
  text = templates(text, held);
  const out: string[] = [];
  const open: string[] = [];
  const closeLists = (depth: number) => {
    while (open.length > depth) out.push(`</${open.pop()}>`);
  };
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(`<p>${para.join('')}</p>`);
    para = [];
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    const h = HEADING.exec(trimmed);
    const list = /^([*#:;]+)\s*(.*)$/.exec(line);
    if (!list) closeLists(0);
    if (h) {
      flush();
      // Marked for wikitextText, which writes it as a Markdown heading.
      out.push(`<h${h[1].length}>${HEADING_MARK.repeat(h[1].length)}${inline(h[2], held)}</h${h[1].length}>`);
    } else if (/^\{\|/.test(trimmed)) {
      flush();
      const end = lines.findIndex((l, k) => k > i && /^\|\}/.test(l.trim()));
      const last = end < 0 ? lines.length - 1 : end;
      out.push(table(lines.slice(i, last + 1), held));
      i = last;
    } else if (list) {
      flush();
      const marks = list[1];
      // Each level a list of the mark's kind; a deeper mark opens a list inside the item.
      const wanted = [...marks].map((m) => LIST_TAG[m][0]);
      let keep = 0;
      while (keep < open.length && keep < wanted.length && open[keep] === wanted[keep]) keep++;
      closeLists(keep);
      while (open.length < wanted.length) {
        out.push(`<${wanted[open.length]}>`);
        open.push(wanted[open.length]);
      }
      const item = LIST_TAG[marks.at(-1) as string][1];
      // Left open: a deeper list goes inside the item, as the wiki nests it; the parser closes it.
      out.push(`<${item}>${inline(list[2], held)}`);
    } else if (/^-{4,}$/.test(trimmed)) {
      flush();
      out.push('<hr>');
    } else if (/^<references\s*\/?>$/i.test(trimmed)) {
      flush();
      if (notes.length) out.push(`<ol>${notes.map((n) => `<li>${inline(n, held)}</li>`).join('')}</ol>`);
    } else if (trimmed === '') flush();
    else if (/^\[\[(?:Category|カテゴリ):/i.test(trimmed)) continue;
    else if (/^(?:\uE000\d+\uE001)+$/.test(trimmed)) {
      // A template's table or a <pre> block on a line of its own is a block, not a paragraph's line.
      flush();
      out.push(trimmed);
    }
    else para.push(`${para.length ? '<br>' : ''}${inline(trimmed, held)}`);
  }
  flush();
  closeLists(0);
  return held.release(out.join('\n'));
}

/**
 * The page as text lines (markup.ts), its section headings as Markdown headings: a section's
 * heading ends the list or the measures above it, as reStructuredText's and outlines' do.
 */
export function wikitextText(source: string): string {
  return htmlToText(wikitextHtml(source))
    .replace(/\f/g, '')
    .replace(new RegExp(`^(${HEADING_MARK}+)`, 'gm'), (m: string) => `${'#'.repeat(m.length)} `);
}
