/** HTML files: decoded by detection, then reduced to text lines with htmlToText (a PDF converted to HTML: by its lines' positions). */
import { Parser } from 'htmlparser2';
import { ariaTables } from '../domain/extract/aria-tables';
import { labelledFields } from '../domain/extract/field-pairs';
import { htmlToText } from '../domain/extract/markup';
import { decodeText, type JapaneseEncodingName } from './decode';
import { pdfPagesToText } from './pdf-layout';
import { positionedPages } from './positioned-html';
import { assertHasText, cleanText } from './text-reader';
import type { DocumentReader, ReadResult } from './types';

/** Browsers only look for the charset declaration near the top of the file. */
const SNIFF_BYTES = 4096;

function canonicalCharset(label: string): JapaneseEncodingName | undefined {
  const name = label.trim().toLowerCase().replace(/_/g, '-');
  if (name === 'utf-8' || name === 'utf8') return 'UTF-8';
  if (['shift-jis', 'sjis', 'x-sjis', 'ms-kanji', 'windows-31j', 'cp932', 'ms932', 'csshiftjis'].includes(name)) {
    return 'Shift_JIS';
  }
  if (['euc-jp', 'x-euc-jp', 'eucjp', 'cseucpkdfmtjapanese'].includes(name)) return 'EUC-JP';
  return undefined;
}

/** The `<meta charset>` / `http-equiv` declaration, read from the ASCII-compatible prefix. */
export function declaredCharset(bytes: Uint8Array): JapaneseEncodingName | undefined {
  // latin1 maps every byte to one char, so ASCII markup survives whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  let found: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (found !== undefined || name !== 'meta') return;
        if (attribs['charset']) {
          found = attribs['charset'];
        } else if ((attribs['http-equiv'] ?? '').toLowerCase() === 'content-type') {
          found = /charset\s*=\s*["']?([\w.:-]+)/i.exec(attribs['content'] ?? '')?.[1];
        }
      }
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.end(head);
  return found === undefined ? undefined : canonicalCharset(found);
}

export const htmlReader: DocumentReader = {
  format: 'html',
  extensions: ['.html', '.htm'],
  async read(bytes: Uint8Array): Promise<ReadResult> {
    const { text, encoding } = decodeText(bytes, { hint: declaredCharset(bytes) });
    const html = cleanText(text);
    // A PDF converted to HTML is read by the positions of its lines, page by page, as the PDF is.
    const positioned = positionedPages(html);
    const pages = positioned ? pdfPagesToText(positioned) : [htmlToText(ariaTables(labelledFields(html)))];
    assertHasText(pages, 'HTML has no visible text');
    return { format: 'html', pages, encoding };
  }
};
