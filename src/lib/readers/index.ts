/**
 * Reader registry: picks a DocumentReader by file extension. A PDF reader is
 * added by implementing DocumentReader and listing it in READERS.
 */
import { htmlReader } from './html-reader';
import { markdownReader } from './markdown-reader';
import { pdfReader } from './pdf-reader';
import { textReader } from './text-reader';
import { ReadError, type DocumentReader, type ReadResult } from './types';

export { ReadError } from './types';
export type { DocumentReader, ReadResult } from './types';
export { decodeText } from './decode';
export type { DecodedText, DecodeOptions, JapaneseEncodingName, TextEncodingName } from './decode';
export { textReader } from './text-reader';
export { htmlReader } from './html-reader';
export { markdownReader } from './markdown-reader';
export { pdfReader } from './pdf-reader';

const READERS: readonly DocumentReader[] = [textReader, htmlReader, markdownReader, pdfReader];

/** Lower-case extensions with the dot, e.g. `.txt`. */
export const SUPPORTED_EXTENSIONS: string[] = READERS.flatMap((reader) => reader.extensions);

/** `.docx` for `a/b.DOCX`; '' when the base name has no extension (dotfiles included). */
export function extensionOf(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function readerFor(path: string): DocumentReader | null {
  const ext = extensionOf(path);
  if (!ext) return null;
  return READERS.find((reader) => reader.extensions.includes(ext)) ?? null;
}

/** readerFor + read, with a ReadError for unsupported extensions. */
export async function readDocument(bytes: Uint8Array, path: string): Promise<ReadResult> {
  const reader = readerFor(path);
  if (!reader) {
    const ext = extensionOf(path);
    throw new ReadError(ext ? `unsupported file type ${ext}` : 'unsupported file type (no extension)');
  }
  return reader.read(bytes, path);
}
