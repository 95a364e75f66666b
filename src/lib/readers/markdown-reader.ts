/** Markdown files: decoded by detection, then reduced to text lines with markdownToText. */
import { markdownToText } from '../domain/extract/markdown-text';
import { decodeText } from './decode';
import { assertHasText, cleanText, splitPages } from './text-reader';
import type { DocumentReader, ReadResult } from './types';

export const markdownReader: DocumentReader = {
  format: 'markdown',
  extensions: ['.md', '.markdown'],
  async read(bytes: Uint8Array): Promise<ReadResult> {
    const { text, encoding } = decodeText(bytes);
    // Split before parsing: Markdown treats a form feed as plain whitespace.
    const pages = splitPages(cleanText(text)).map((page) => markdownToText(page));
    assertHasText(pages, 'Markdown has no visible text');
    return { format: 'markdown', pages, encoding };
  }
};
