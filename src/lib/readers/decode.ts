/**
 * Bytes → string for Japanese municipal documents. The encoding is detected from
 * the bytes (never from the file name): BOM, then strict UTF-8, then Shift_JIS
 * (CP932) / EUC-JP chosen with encoding-japanese and decoded by TextDecoder.
 */
import Encoding from 'encoding-japanese';
import { ReadError } from './types';

export type TextEncodingName = 'UTF-8' | 'Shift_JIS' | 'EUC-JP' | 'UTF-16LE' | 'UTF-16BE';
export type JapaneseEncodingName = 'UTF-8' | 'Shift_JIS' | 'EUC-JP';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export interface DecodeOptions {
  /**
   * Declared encoding (e.g. from `<meta charset>`). Only breaks a tie when the
   * bytes are valid in both Shift_JIS and EUC-JP; detection always wins otherwise.
   */
  hint?: JapaneseEncodingName;
}

/** WHATWG labels; `shift_jis` is CP932 (NEC/IBM extensions included). */
const WHATWG_LABEL: Record<TextEncodingName, string> = {
  'UTF-8': 'utf-8',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be'
};

/** Share of U+FFFD tolerated when a detected legacy file has a few corrupt bytes. */
const MAX_REPLACEMENT_SHARE = 0.01;
/** Share of C0 control bytes above which the data is treated as binary. */
const MAX_CONTROL_SHARE = 0.05;

const SIGNATURES: ReadonlyArray<{ magic: number[]; name: string }> = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'looks like a PDF file' },
  { magic: [0x50, 0x4b, 0x03, 0x04], name: 'looks like a ZIP/Office file' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], name: 'looks like a legacy Office file' },
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'looks like a PNG image' },
  { magic: [0xff, 0xd8, 0xff], name: 'looks like a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: 'looks like a GIF image' }
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(WHATWG_LABEL[encoding], { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeLoosely(bytes: Uint8Array, encoding: TextEncodingName): { text: string; share: number; count: number } {
  const text = new TextDecoder(WHATWG_LABEL[encoding], { ignoreBOM: true }).decode(bytes);
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) count++;
  return { text, count, share: text.length === 0 ? 1 : count / text.length };
}

function isControl(code: number): boolean {
  // TAB, LF, FF, CR are text; everything else below 0x20 (and DEL) is not.
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Binary checks on raw bytes; valid for UTF-8/SJIS/EUC-JP since none use bytes < 0x40 inside multibyte sequences. */
function assertTextBytes(bytes: Uint8Array): void {
  for (const { magic, name } of SIGNATURES) {
    if (startsWith(bytes, magic)) throw new ReadError(`binary data, not text (${name})`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ReadError(`binary data, not text (NUL bytes at offset ${nul})`);
  if (Encoding.detect(bytes, 'JIS') === 'JIS') {
    // 7-bit JIS is valid UTF-8 byte-wise, so it must be caught before UTF-8 decoding.
    throw new ReadError('unsupported encoding ISO-2022-JP (JIS); convert the file to UTF-8');
  }
  let controls = 0;
  for (const b of bytes) if (isControl(b)) controls++;
  const share = controls / bytes.length;
  if (share > MAX_CONTROL_SHARE) throw new ReadError(`binary data, not text (${percent(share)} control characters)`);
}

function assertTextChars(text: string): void {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) throw new ReadError(`binary data, not text (NUL characters at offset ${nul})`);
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  const share = text.length === 0 ? 0 : controls / text.length;
  if (share > MAX_CONTROL_SHARE) throw new ReadError(`binary data, not text (${percent(share)} control characters)`);
}

function decodeUtf16(body: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): DecodedText {
  if (body.length === 0) throw new ReadError('empty file');
  let text = tryDecode(body, encoding);
  if (text === null) {
    const loose = decodeLoosely(body, encoding);
    if (loose.share >= MAX_REPLACEMENT_SHARE) throw new ReadError(`undecodable text: not valid ${encoding}`);
    text = loose.text;
  }
  assertTextChars(text);
  return { text, encoding };
}

/**
 * Split at bytes below 0x40: no Shift_JIS or EUC-JP multibyte sequence contains
 * them, so every segment is a point where both decoders are back in sync.
 */
function legacySegments(bytes: Uint8Array): Uint8Array[] {
  const segments: Uint8Array[] = [];
  let start = -1;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? (bytes[i] as number) : 0;
    if (b >= 0x80 && start === -1) start = i;
    if (b < 0x40 && start !== -1) {
      segments.push(bytes.subarray(start, i));
      start = -1;
    }
  }
  return segments;
}

/**
 * Which legacy encoding the bytes are, judged segment by segment with
 * encoding-japanese so a few corrupt bytes only cost their own segment.
 * Null when the evidence is tied or absent.
 */
function voteLegacy(bytes: Uint8Array, hint: JapaneseEncodingName | undefined): 'Shift_JIS' | 'EUC-JP' | null {
  let sjisOnly = 0;
  let eucOnly = 0;
  let both = 0;
  for (const segment of legacySegments(bytes)) {
    const sjis = Encoding.detect(segment, 'SJIS') === 'SJIS';
    const euc = Encoding.detect(segment, 'EUCJP') === 'EUCJP';
    if (sjis && euc) both++;
    else if (sjis) sjisOnly++;
    else if (euc) eucOnly++;
  }
  if (sjisOnly > eucOnly) return 'Shift_JIS';
  if (eucOnly > sjisOnly) return 'EUC-JP';
  if (sjisOnly === 0 && both > 0) {
    // Shift_JIS text is almost never valid EUC-JP, while EUC-JP nearly always parses as Shift_JIS.
    if (hint === 'Shift_JIS') return 'Shift_JIS';
    return 'EUC-JP';
  }
  return hint === 'Shift_JIS' || hint === 'EUC-JP' ? hint : null;
}

function decodeLegacyStrict(bytes: Uint8Array, hint: JapaneseEncodingName | undefined): DecodedText | null {
  const detected = Encoding.detect(bytes, ['EUCJP', 'SJIS']);
  if (detected === false) return null;
  const validSjis = Encoding.detect(bytes, 'SJIS') === 'SJIS';
  const validEuc = detected === 'EUCJP';
  let order: Array<'Shift_JIS' | 'EUC-JP'> = detected === 'SJIS' ? ['Shift_JIS', 'EUC-JP'] : ['EUC-JP', 'Shift_JIS'];
  // Both readings are well-formed: only then may a declared charset decide.
  if (validSjis && validEuc && hint === 'Shift_JIS') order = ['Shift_JIS', 'EUC-JP'];
  for (const encoding of order) {
    const text = tryDecode(bytes, encoding);
    if (text !== null) return { text, encoding };
  }
  return null;
}

/**
 * Last resort for real documents with a few corrupt bytes: decode non-fatally
 * with the best candidate and accept it when replacement characters stay under 1%.
 */
function decodeTolerant(bytes: Uint8Array, hint: JapaneseEncodingName | undefined): DecodedText | null {
  const candidates: TextEncodingName[] = ['UTF-8'];
  const legacy = voteLegacy(bytes, hint);
  if (legacy) candidates.push(legacy);
  let best: { text: string; count: number; share: number; encoding: TextEncodingName } | null = null;
  for (const encoding of candidates) {
    const loose = decodeLoosely(bytes, encoding);
    // UTF-8 wins ties: stray bytes rarely form valid UTF-8 by accident.
    if (!best || loose.count < best.count) best = { ...loose, encoding };
  }
  if (!best || best.share >= MAX_REPLACEMENT_SHARE) return null;
  return { text: best.text, encoding: best.encoding };
}

/**
 * Detect the encoding and decode. Throws ReadError for empty input, binary
 * data, ISO-2022-JP, and bytes that are not UTF-8, Shift_JIS or EUC-JP.
 * A UTF-8 BOM is stripped; UTF-16 is only recognised by its BOM.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) throw new ReadError('empty file');

  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'UTF-16LE');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'UTF-16BE');
  const hasUtf8Bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  if (body.length === 0) throw new ReadError('empty file');

  assertTextBytes(body);

  const utf8 = tryDecode(body, 'UTF-8');
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  if (hasUtf8Bom) {
    const loose = decodeLoosely(body, 'UTF-8');
    if (loose.share < MAX_REPLACEMENT_SHARE) return { text: loose.text, encoding: 'UTF-8' };
    throw new ReadError('undecodable text: UTF-8 byte order mark but invalid UTF-8');
  }

  const decoded = decodeLegacyStrict(body, options.hint) ?? decodeTolerant(body, options.hint);
  if (decoded) return decoded;
  throw new ReadError('undecodable text: not valid UTF-8, Shift_JIS or EUC-JP');
}
