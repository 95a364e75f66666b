/** Contract shared by all document readers (text, HTML, Markdown; PDF later). */

export interface ReadResult {
  format: 'text' | 'html' | 'markdown' | 'pdf';
  /** Text of each page; non-paged formats give one page unless the text has form feeds. */
  pages: string[];
  /** Detected character encoding of the source bytes, when the format has one. */
  encoding?: string;
}

export interface DocumentReader {
  format: ReadResult['format'];
  /** Lower-case extensions including the dot, e.g. `.txt`. */
  extensions: string[];
  /** Rejects with ReadError when the bytes cannot be turned into text. */
  read(bytes: Uint8Array, path: string): Promise<ReadResult>;
}

/** A file that cannot be read; the message is a one-line reason meant for people. */
export class ReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    // Callers log this as a single line per file.
    super(message.replace(/\s*[\r\n]+\s*/g, ' ').trim(), options);
    this.name = 'ReadError';
  }
}
