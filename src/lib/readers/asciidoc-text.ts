/**
 * AsciiDoc sources saved as text (a secretariat that writes its materials in AsciiDoc and publishes
 * them with Asciidoctor): converted by Asciidoctor.js into the page they publish, then read as that
 * page is (markup.ts). Attribute references (`{市}`), labelled lists, `|===` tables, admonitions,
 * footnotes and cross references come out as a reader of the page sees them; comments do not.
 */
import { convert, Extensions, LoggerManager, NullLogger, type PreprocessorReader } from '@asciidoctor/core';

/** A section title (`== 報告事項`), not a Markdown or setext one. */
const SECTION = /^={1,6}\s+\S/;
/** Constructs only AsciiDoc has. */
const ASCIIDOC_ONLY = [
  /^:!?[\w-]+!?:(?:\s|$)/, // attribute entry
  /^\|===\s*$/, // table delimiter
  /^\[(?:\[[^\]]+\]|cols=|options=|source|NOTE|TIP|IMPORTANT|WARNING|CAUTION|\.[\w-]+|%)[^\]]*\]\s*$/, // block attributes, anchors
  /^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+\S/, // admonition paragraph
  /^(?:include|image|toc)::[^[\s]*\[[^\]]*\]\s*$/, // block macros
  /^\/{4,}\s*$/, // comment block
  /^[^\s:][^:]*:{2,4}(?:\s+\S|$)/ // labelled list item
];

/** True for text that reads as AsciiDoc: section titles and at least two kinds of AsciiDoc's own markup. */
export function isAsciiDoc(text: string): boolean {
  const lines = text.split('\n');
  if (lines.filter((l) => SECTION.test(l)).length < 2) return false;
  return ASCIIDOC_ONLY.filter((re) => lines.some((l) => re.test(l))).length >= 2;
}

/**
 * Included files are not part of what was saved: left out, rather than shown as links to them
 * (secure mode's stand-in), and never read from the disk.
 */
const registry = Extensions.create();
registry.includeProcessor(function () {
  this.handles((_target: string) => true);
  this.process((_doc: unknown, reader: PreprocessorReader, target: string, attributes: Record<string, string>) => {
    reader.pushInclude([], target, target, 1, attributes);
  });
});

/**
 * What the converter adds is no text of the document: the table of contents repeats every title (a
 * contents list would read as matters), section numbers (`2.1.`) stand before the titles the author
 * wrote, and the footer's `Last updated` is the time of reading.
 */
const ATTRIBUTES = { 'toc!': '', 'sectnums!': '', 'last-update-label!': '' };

/** The source as the published page's HTML (with its header: title, author, revision). */
export async function asciidocHtml(text: string): Promise<string> {
  // Warnings about the source (an unresolved reference) are not the reader's to print.
  LoggerManager.setLogger(new NullLogger());
  const html = await convert(text, { safe: 'secure', standalone: true, extension_registry: registry, attributes: ATTRIBUTES });
  // Without `to_file`, convert answers the output itself, never the document.
  if (typeof html !== 'string') throw new Error('Asciidoctor gave a document where its HTML was expected');
  return html;
}
