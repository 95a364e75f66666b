/**
 * What a web page holds besides its text (pure, no I/O):
 * - a responsive page writes some content twice, a table for a computer's screen and cards for a
 *   phone's, and its stylesheet shows one or the other by the screen's width. A reader on a
 *   computer sees the first: the classes hidden on a wide screen and shown on a narrow one are the
 *   phone's copy, not more of the page;
 * - a list of links to other pages (a menu, `このページを見ている人はこんなページも見ています`) names
 *   those pages, often other years' matters, not this page's;
 * - a spreadsheet saved as a web page keeps its hidden rows and columns (`<td style='display:none'>`,
 *   Office's `mso-hide:all`): an earlier draft nobody sees. A hidden block (a tab's panel, a
 *   collapsed section) is shown by a click and stays. It keeps its blank margin column too.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import postcss, { type AtRule, type Container, type Rule } from 'postcss';

type DomElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** A screen this wide or wider is a computer's (a phone's layouts end below it). */
const WIDE = 1024;

/** How a media query's conditions stand for a computer's screen. */
function mediaFor(rule: Rule): 'wide' | 'narrow' | 'other' {
  let node: Container | undefined = rule.parent as Container | undefined;
  let out: 'wide' | 'narrow' | 'other' = 'wide';
  while (node && node.type !== 'root') {
    if (node.type === 'atrule' && (node as AtRule).name.toLowerCase() === 'media') {
      const params = (node as AtRule).params.toLowerCase();
      if (/\bprint\b/.test(params) && !/\bscreen\b|\ball\b/.test(params)) return 'other';
      const max = /max-width\s*:\s*(\d+)px/.exec(params);
      const min = /min-width\s*:\s*(\d+)px/.exec(params);
      if (max && Number(max[1]) < WIDE) out = 'narrow';
      else if (min && Number(min[1]) > WIDE) return 'other';
    } else if (node.type === 'atrule') return 'other';
    node = node.parent as Container | undefined;
  }
  return out;
}

/** Class names of a selector list made only of single classes (`.u-sp-only, .sp`), else none. */
function classesOf(selector: string): string[] {
  const parts = selector.split(',').map((s) => s.trim());
  return parts.every((p) => /^\.[\w-]+$/.test(p)) ? parts.map((p) => p.slice(1)) : [];
}

/** The classes of a page's phone copy: hidden on a wide screen, shown on a narrow one. */
function phoneOnlyClasses(html: string): Set<string> {
  const hiddenWide = new Set<string>();
  const shownNarrow = new Set<string>();
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    let root;
    try {
      root = postcss.parse(css);
    } catch {
      continue;
    }
    root.walkRules((rule) => {
      const classes = classesOf(rule.selector);
      if (classes.length === 0) return;
      let display: string | null = null;
      rule.walkDecls(/^display$/i, (d) => {
        display = d.value.trim().toLowerCase();
      });
      if (display === null) return;
      const media = mediaFor(rule);
      for (const c of classes) {
        if (display === 'none' && media === 'wide') hiddenWide.add(c);
        if (display !== 'none' && media === 'narrow') shownNarrow.add(c);
      }
    });
  }
  return new Set([...hiddenWide].filter((c) => shownNarrow.has(c)));
}

/** A list item that is one link to another page and nothing else. */
function linkOnly(li: DomElement): boolean {
  const links = DomUtils.getElementsByTagName('a', li);
  if (links.length !== 1) return false;
  const href = (links[0].attribs['href'] ?? '').trim();
  if (href === '' || href.startsWith('#')) return false;
  const text = DomUtils.textContent(li).trim();
  return text !== '' && text === DomUtils.textContent(links[0]).trim();
}

/** A table's row or cell hidden in its own style, or anything Office hides. */
function hiddenPart(e: DomElement): boolean {
  const style = e.attribs['style'] ?? '';
  return /mso-hide\s*:\s*all/i.test(style) || (['tr', 'td', 'th'].includes(e.name) && /display\s*:\s*none/i.test(style));
}

/** The page without its phone copy, its lists of links to other pages (three links or more) and its hidden table parts. */
export function withoutPageChrome(html: string): string {
  // Plain tests, not one pattern across the page: that would backtrack over a large page.
  const responsive = /<style\b/i.test(html) && /@media/i.test(html) && /display\s*:\s*none/i.test(html);
  const linkLists = (html.match(/<li\b[^>]*>\s*<a\b/gi)?.length ?? 0) >= 3;
  const hidden = /<t[rdh]\b[^>]*display\s*:\s*none|mso-hide\s*:\s*all/i.test(html);
  if (!responsive && !linkLists && !hidden) return html;
  const phone = responsive ? phoneOnlyClasses(html) : new Set<string>();
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const drop = DomUtils.findAll((e) => {
    if (hidden && hiddenPart(e)) return true;
    if (phone.size > 0 && (e.attribs['class'] ?? '').split(/\s+/).some((c) => phone.has(c))) return true;
    if (!linkLists || (e.name !== 'ul' && e.name !== 'ol')) return false;
    const items = e.children.filter((c): c is DomElement => DomUtils.isTag(c as DomElement) && (c as DomElement).name === 'li');
    return items.length >= 3 && items.every(linkOnly);
  }, doc.children);
  if (drop.length === 0) return html;
  for (const e of drop) DomUtils.removeElement(e);
  return DomUtils.getOuterHTML(doc, { decodeEntities: true });
}

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
