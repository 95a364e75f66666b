/** Plain text files: decoded as-is, pages split at form feeds. */
import { htmlToText } from '../domain/extract/markup';
import { asciidocHtml, isAsciiDoc } from './asciidoc-text';
import { decodeText } from './decode';
import { isMailText, withoutQuotedReply } from './mail-text';
import { isOutlineText, outlineText } from './outline-text';
import { isRestructuredText, restText } from './rest-text';
import { sheetDelimiter, sheetLines } from './sheet-text';
import { isWikitext, wikitextText } from './wikitext-text';
import { ReadError, type DocumentReader, type ReadResult } from './types';

/**
 * Line breaks to LF (CR, CRLF, VT from Word, Unicode separators) and stray
 * control characters removed, so downstream line parsing sees only TAB, LF and FF.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?|[\v\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '');
}

/**
 * One page per form feed. A trailing form feed (as pdftotext writes) does not
 * open an extra empty page; empty pages in the middle are kept so numbering holds.
 */
export function splitPages(text: string): string[] {
  const pages = text.split('\f');
  if (pages.length > 1 && (pages[pages.length - 1] ?? '').trim() === '') pages.pop();
  return pages;
}

/** Rejects documents that decoded fine but contain nothing to read. */
export function assertHasText(pages: readonly string[], what: string): void {
  if (!pages.some((page) => /\S/u.test(page))) throw new ReadError(`no text content (${what})`);
}

export const textReader: DocumentReader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  async read(bytes: Uint8Array): Promise<ReadResult> {
    const { text, encoding } = decodeText(bytes);
    const cleaned = cleanText(text);
    // An e-mail reply: the message itself, not the earlier one it quotes.
    const clean = isMailText(cleaned) ? withoutQuotedReply(cleaned) : cleaned;
    // An AsciiDoc source: read as the page Asciidoctor publishes from it (one page, as HTML is).
    // A reStructuredText source: as its built page shows it; a deck's outline as its slides.
    // A wiki page's source: as the wiki shows it.
    const rest = isAsciiDoc(clean)
      ? htmlToText(await asciidocHtml(clean)).replace(/\f/g, '')
      : isWikitext(clean)
        ? wikitextText(clean)
        : isRestructuredText(clean)
          ? restText(clean)
          : isOutlineText(clean)
            ? outlineText(clean)
            : clean;
    // A spreadsheet saved as text: its records back on one line each.
    const delimiter = rest === clean ? sheetDelimiter(clean) : null;
    const pages = splitPages(delimiter ? (sheetLines(clean, delimiter) ?? clean) : rest);
    assertHasText(pages, 'only whitespace');
    return { format: 'text', pages, encoding };
  }
};
