/**
 * MDX pages (Docusaurus and the like): Markdown with ES module lines, JSX components and `{…}`
 * expressions, and Docusaurus's `:::note` boxes. Pure functions, no I/O; markdown-text.ts parses
 * the JSX with the MDX extensions and renders it with these.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

/**
 * An MDX page: a module line (`import Tabs from '@theme/Tabs';`) or a component's tag at a line's
 * start (`<TabItem value="items" label="…">`, `<MatterCard … />`). Plain Markdown is not parsed as
 * MDX, whose stricter syntax refuses a lone `<` or `{`.
 */
const MDX_PAGE = /^(?:import\s[^\n]*\sfrom\s+['"][^'"\n]+['"];?|export\s+(?:const|default|function)\b[^\n]*|<[A-Z][\w.]*(?:\s[^\n]*)?\/?>?)[ \t]*$/m;

export function isMdxPage(md: string): boolean {
  return MDX_PAGE.test(md);
}

/**
 * The text a component shows of its own: a tab's or a box's `label` (`<TabItem label="記録媒体">`).
 * Other props (`<MatterCard title="…" period={…} />`) are data for its code, not text of the page;
 * the page states the same facts in its text.
 */
export function elementCaption(node: MdxJsxFlowElement | MdxJsxTextElement): string {
  for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name === 'label' && typeof a.value === 'string') return a.value.trim();
  return '';
}

/** Docusaurus's admonition kinds: an aside, like a quoted note. */
const ADMONITION = /^([ \t]*):::(note|tip|info|caution|warning|danger|important|success|secondary)(?:\[([^\]\n]*)\]|[ \t]+([^\n]*?))?[ \t]*$/;
const ADMONITION_END = /^[ \t]*:::[ \t]*$/;

/**
 * `:::info 題` … `:::` (an admonition): its title and content quoted, an aside whose rules keep it
 * out of the facts around it; a box titled as the contract annex (`:::note 特記事項`) is the annex,
 * its title a line of its own. An admonition never closed is left as it is.
 */
export function openAdmonitions(md: string): string {
  const lines = md.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ADMONITION.exec(lines[i]);
    const end = m ? lines.findIndex((l, k) => k > i && ADMONITION_END.test(l)) : -1;
    if (!m || end < 0) {
      out.push(lines[i]);
      continue;
    }
    const title = (m[3] ?? m[4] ?? '').trim();
    const annex = /特記事項/.test(title);
    const body = lines.slice(i + 1, end);
    // The title is a line of its own, not the start of the box's first paragraph.
    const boxed = [...(title ? [title, ''] : []), ...body];
    out.push('', ...(annex ? boxed : boxed.map((l) => `${m[1]}> ${l}`)), '');
    i = end;
  }
  return out.join('\n');
}
