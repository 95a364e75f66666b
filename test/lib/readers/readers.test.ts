import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Encoding from 'encoding-japanese';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ReadError,
  SUPPORTED_EXTENSIONS,
  decodeText,
  readDocument,
  readerFor
} from '../../../src/lib/readers';
import { declaredCharset } from '../../../src/lib/readers/html-reader';
import { pdfReader } from '../../../src/lib/readers/pdf-reader';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/docs');

/** Council-form text exercising CP932 extensions (①②, NEC full-width, 髙, 﨑) and ～. */
const COUNCIL_TEXT = [
  '情報公開・個人情報保護審議会　諮問・報告事項',
  '件名\t〇〇事業に係る業務の委託について',
  '委託先\t株式会社テスト',
  '保有課（担当課）\t健康政策課',
  '安全対策\t①暗号化する　②アクセス権限を限定する',
  '備考\tＮＥＣ全角、担当：髙橋・山﨑、期間：４月～３月',
  ''
].join('\n');

function encodeAs(text: string, to: 'SJIS' | 'EUCJP'): Uint8Array {
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE', type: 'array' }));
}

/** Writes only when the bytes changed, so repeated runs leave the tree untouched. */
function writeFixture(name: string, bytes: Uint8Array): void {
  const path = join(DOCS, name);
  if (existsSync(path) && Buffer.compare(readFileSync(path), Buffer.from(bytes)) === 0) return;
  writeFileSync(path, bytes);
}

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DOCS, name)));
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Deterministic noise (LCG) so the binary case never flakes. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

async function readError(bytes: Uint8Array, path = 'doc.txt'): Promise<string> {
  try {
    await readDocument(bytes, path);
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    return (error as ReadError).message;
  }
  throw new Error('expected a ReadError');
}

beforeAll(() => {
  mkdirSync(DOCS, { recursive: true });
  writeFixture('council-sjis.txt', encodeAs(COUNCIL_TEXT, 'SJIS'));
  writeFixture('council-eucjp.txt', encodeAs(COUNCIL_TEXT, 'EUCJP'));
});

describe('readerFor', () => {
  it('picks readers by extension, case-insensitively', () => {
    expect(readerFor('a/b/doc.TXT')?.format).toBe('text');
    expect(readerFor('doc.text')?.format).toBe('text');
    expect(readerFor('C:\\docs\\page.HTM')?.format).toBe('html');
    expect(readerFor('page.html')?.format).toBe('html');
    expect(readerFor('notes.Markdown')?.format).toBe('markdown');
    expect(readerFor('notes.md')?.format).toBe('markdown');
    expect(readerFor('doc.docx')).toBeNull();
    expect(readerFor('README')).toBeNull();
    expect(readerFor('.md')).toBeNull();
    expect(readerFor('minutes.PDF')?.format).toBe('pdf');
    expect(SUPPORTED_EXTENSIONS).toEqual(['.txt', '.text', '.html', '.htm', '.md', '.markdown', '.pdf']);
  });

  it('explains unsupported files', async () => {
    expect(await readError(utf8('x'), 'report.DOCX')).toBe('unsupported file type .docx');
    expect(await readError(utf8('x'), 'Makefile')).toBe('unsupported file type (no extension)');
  });
});

describe('decodeText', () => {
  it('detects Shift_JIS (CP932) including NEC/IBM extensions', async () => {
    const bytes = fixture('council-sjis.txt');
    expect(decodeText(bytes)).toEqual({ text: COUNCIL_TEXT, encoding: 'Shift_JIS' });
    const result = await readDocument(bytes, 'council-sjis.txt');
    expect(result).toEqual({ format: 'text', pages: [COUNCIL_TEXT], encoding: 'Shift_JIS' });
  });

  it('detects EUC-JP', () => {
    expect(decodeText(fixture('council-eucjp.txt'))).toEqual({ text: COUNCIL_TEXT, encoding: 'EUC-JP' });
  });

  it('prefers UTF-8 and strips its BOM', () => {
    expect(decodeText(utf8(COUNCIL_TEXT))).toEqual({ text: COUNCIL_TEXT, encoding: 'UTF-8' });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('件名\tテスト')]);
    expect(decodeText(bom)).toEqual({ text: '件名\tテスト', encoding: 'UTF-8' });
    expect(decodeText(utf8('plain ascii')).encoding).toBe('UTF-8');
  });

  it('decodes UTF-16 by BOM', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from('件名\tテスト', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: '件名\tテスト', encoding: 'UTF-16LE' });
    const be = Buffer.from('件名\tテスト', 'utf16le').swap16();
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...be]))).toEqual({ text: '件名\tテスト', encoding: 'UTF-16BE' });
  });

  it('keeps a Shift_JIS document with a few corrupt bytes, the rest intact', () => {
    const lines = Array.from({ length: 12 }, () => COUNCIL_TEXT).join('');
    const clean = encodeAs(lines, 'SJIS');
    const cut1 = encodeAs(lines.slice(0, 100), 'SJIS').length;
    const cut2 = encodeAs(lines.slice(0, 400), 'SJIS').length;
    // 0xFD/0xFF are never valid in Shift_JIS.
    const corrupt = Uint8Array.from([...clean.subarray(0, cut1), 0xfd, ...clean.subarray(cut1, cut2), 0xff, ...clean.subarray(cut2)]);
    expect(() => new TextDecoder('shift_jis', { fatal: true }).decode(corrupt)).toThrow();

    const decoded = decodeText(corrupt);
    expect(decoded.encoding).toBe('Shift_JIS');
    expect(decoded.text).toBe(`${lines.slice(0, 100)}\uFFFD${lines.slice(100, 400)}\uFFFD${lines.slice(400)}`);
  });

  it('keeps a UTF-8 document with a stray byte as UTF-8', () => {
    const lines = Array.from({ length: 12 }, () => COUNCIL_TEXT).join('');
    const bytes = utf8(lines);
    const cut = utf8(lines.slice(0, 50)).length;
    const corrupt = Uint8Array.from([...bytes.subarray(0, cut), 0xff, ...bytes.subarray(cut)]);
    expect(decodeText(corrupt)).toEqual({ text: `${lines.slice(0, 50)}\uFFFD${lines.slice(50)}`, encoding: 'UTF-8' });
  });

  it('lets a declared charset break a Shift_JIS/EUC-JP tie, never override detection', () => {
    const tie = Uint8Array.from([0xa4, 0xa2, 0xa4, 0xa4]); // EUC-JP あい, also valid half-width kana in Shift_JIS
    expect(decodeText(tie)).toEqual({ text: 'あい', encoding: 'EUC-JP' });
    expect(decodeText(tie, { hint: 'Shift_JIS' })).toEqual({ text: '､｢､､', encoding: 'Shift_JIS' });
    expect(decodeText(utf8('件名'), { hint: 'Shift_JIS' }).encoding).toBe('UTF-8');
    expect(decodeText(fixture('council-sjis.txt'), { hint: 'EUC-JP' }).encoding).toBe('Shift_JIS');
  });
});

describe('ReadError reasons', () => {
  it('rejects an empty file', async () => {
    expect(await readError(new Uint8Array(0))).toBe('empty file');
    expect(await readError(Uint8Array.from([0xef, 0xbb, 0xbf]))).toBe('empty file');
  });

  it('rejects random binary bytes', async () => {
    const bytes = noise(4096, 7);
    bytes[0] = 0x41; // keep clear of file signatures
    for (let i = 0; i < 300; i++) if (bytes[i] === 0) bytes[i] = 1;
    bytes[300] = 0;
    expect(await readError(bytes, 'blob.txt')).toBe('binary data, not text (NUL bytes at offset 300)');
  });

  it('rejects control-character noise without NULs', async () => {
    const bytes = noise(2048, 11).map((b) => (b === 0 ? 1 : b));
    bytes[0] = 0x41;
    expect(await readError(bytes)).toMatch(/^binary data, not text \(\d+% control characters\)$/);
  });

  it('rejects a text file with NUL bytes in it', async () => {
    const head = utf8('件名\t〇〇の委託\n');
    const bytes = Uint8Array.from([...head, 0, 0, ...utf8('委託先\tテスト\n')]);
    expect(await readError(bytes)).toBe(`binary data, not text (NUL bytes at offset ${head.length})`);
  });

  it('names binary formats by signature', async () => {
    expect(await readError(utf8('%PDF-1.7\n%âãÏÓ\n'), 'scan.txt')).toBe('binary data, not text (looks like a PDF file)');
  });

  it('rejects undecodable text', async () => {
    // Valid in none of UTF-8, Shift_JIS, EUC-JP, and far above the 1% tolerance.
    const bytes = Uint8Array.from(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 0xfd : 0x80)));
    expect(await readError(bytes)).toBe('undecodable text: not valid UTF-8, Shift_JIS or EUC-JP');
  });

  it('rejects ISO-2022-JP explicitly', async () => {
    const jis = Uint8Array.from(Encoding.convert(Encoding.stringToCode('件名'), { to: 'JIS', from: 'UNICODE', type: 'array' }));
    expect(await readError(jis)).toBe('unsupported encoding ISO-2022-JP (JIS); convert the file to UTF-8');
  });

  it('rejects whitespace-only text and markup without text', async () => {
    expect(await readError(utf8(' \n\t\n'))).toBe('no text content (only whitespace)');
    expect(await readError(utf8('<div><script>x()</script></div>'), 'a.html')).toBe('no text content (HTML has no visible text)');
  });
});

describe('text reader', () => {
  it('splits pages at form feeds and normalises line breaks', async () => {
    const result = await readDocument(utf8('一頁目\r\n件名\tA\f二頁目\r\f\f四頁目\f'), 'x.txt');
    expect(result.pages).toEqual(['一頁目\n件名\tA', '二頁目\n', '', '四頁目']);
  });

  it('puts each record of a spreadsheet saved as UTF-16 text back on one line', async () => {
    const sheet = '案件一覧\t\t\r\n番号\t件名\t担当課\r\n1\t〇〇の委託について\t"健康課\nがん対策係"\r\n2\t"△△の""収集""について"\t建築住宅課\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...sheet].map((c) => c.charCodeAt(0))).buffer)]);
    const { pages } = await readDocument(bytes, 'sheet.txt');
    expect(pages[0].split('\n')).toEqual(['案件一覧\t\t', '番号\t件名\t担当課', '1\t〇〇の委託について\t健康課\u2028がん対策係', '2\t△△の"収集"について\t建築住宅課']);
  });

  it('puts each record of a sheet saved as CSV back on one line, its cells parted by TAB (富士宮市, eval/wild-38 w2)', async () => {
    const sheet = '案件一覧,,,,\r\n,,,,\r\nNo.,案件名,所管部課,委託先／結合先,備考\r\n1,〇〇の回線結合について,"保健福祉部\n健康増進課","株式会社テスト\n（運営事業者）",\r\n2,"△△の""入力""業務の委託について",財政部 収納課,株式会社サンプル,,\r\n';
    const { pages } = await readDocument(utf8(sheet), 'sheet.txt');
    expect(pages[0].split('\n').slice(2)).toEqual([
      'No.\t案件名\t所管部課\t委託先／結合先\t備考',
      '1\t〇〇の回線結合について\t保健福祉部\u2028健康増進課\t株式会社テスト\u2028（運営事業者）\t',
      '2\t△△の"入力"業務の委託について\t財政部 収納課\t株式会社サンプル\t\t'
    ]);
    // Japanese prose with a few commas is no sheet.
    const prose = '件名,〇〇について\r\n担当課,健康課\r\n委託先,株式会社テスト\r\n';
    expect((await readDocument(utf8(prose), 'p.txt')).pages[0]).toBe('件名,〇〇について\n担当課,健康課\n委託先,株式会社テスト\n');
  });
});

describe('html reader', () => {
  it('reduces a council page to rows and lines', async () => {
    const result = await readDocument(fixture('council.html'), 'council.html');
    expect(result.format).toBe('html');
    expect(result.encoding).toBe('UTF-8');
    expect(result.pages).toEqual([
      [
        'トップ > 審議会',
        '',
        '情報公開・個人情報保護審議会　諮問・報告事項',
        '',
        '件名\t〇〇事業に係る業務の委託について',
        '保有課（担当課）\t健康部　健康政策課',
        '委託先\t株式会社テスト （区内 3か所）',
        '委託に伴い事業者に処理させる情報項目\t氏名、生年月日、住所、電話番号',
        '備考\t',
        '',
        '個人情報保護のための安全対策',
        '',
        '1 委託契約書に個人情報の取扱いに関する特記事項を明記する。',
        '2 作業場所を限定し、持ち出しを禁止する。',
        '(3) 業務終了後はデータを消去し、報告書を提出させる。',
        '',
        '詳細は別紙のとおり。 A&B 社',
        '',
        '新宿区',
        '健康部'
      ].join('\n')
    ]);
    const text = result.pages.join('\n');
    for (const banned of ['javascript', 'openWindow', 'injected', 'site.js', 'text-align', '<', 'JavaScriptを有効']) {
      expect(text).not.toContain(banned);
    }
  });

  it('decodes Shift_JIS HTML by detection and reads <meta charset>', async () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>件名</p><p>髙橋①</p></body></html>';
    const bytes = encodeAs(html, 'SJIS');
    expect(declaredCharset(bytes)).toBe('Shift_JIS');
    expect(declaredCharset(utf8('<meta charset="euc-jp">'))).toBe('EUC-JP');
    expect(await readDocument(bytes, 'p.htm')).toEqual({ format: 'html', pages: ['件名\n\n髙橋①'], encoding: 'Shift_JIS' });
  });
});

describe('markdown reader', () => {
  it('reduces a council Markdown file to rows and lines', async () => {
    const result = await readDocument(fixture('council.md'), 'council.md');
    expect(result.format).toBe('markdown');
    expect(result.encoding).toBe('UTF-8');
    expect(result.pages).toEqual([
      [
        '情報公開・個人情報保護審議会',
        '',
        '諮問・報告事項',
        '',
        '項目\t内容',
        '件名\t〇〇事業に係る業務の委託について',
        '委託先\t株式会社テスト',
        '情報項目\t氏名、住所、電話番号',
        '参考\t別紙',
        '',
        '本件は、区民の利便性向上を図るため業務を委託するものである。 See the attached form for details.',
        '',
        '安全対策',
        '',
        '1 委託契約に特記事項を付す。',
        '2 アクセス権限を限定する。',
        '担当者のみ',
        '3 ログを3年間保存する。',
        '',
        '以上',
        '（担当：健康政策課）'
      ].join('\n')
    ]);
    expect(result.pages.join('\n')).not.toMatch(/javascript|[*|`#<>]/);
  });

  it('renders each form-feed page separately', async () => {
    const result = await readDocument(utf8('# 一\n\n本文\f## 二\n- 項目'), 'x.md');
    expect(result.pages).toEqual(['一\n\n本文', '二\n\n項目']);
  });
});

describe('pdf reader', () => {
  // pdf.js mixed up two documents open at once in one thread; the draft check and a worker thread
  // with several files in flight both read PDFs concurrently.
  it('reads several PDFs at once, each with its own pages', async () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../data/samples');
    const files = ['001_c31c5ac134a4b77c.pdf', '004_9d5b84f7b5669ee4.pdf', '003_226f9b6f33957b40.pdf'];
    const alone = [];
    for (const f of files) alone.push(await pdfReader.read(new Uint8Array(readFileSync(join(dir, f))), f));
    const together = await Promise.all(files.map((f) => pdfReader.read(new Uint8Array(readFileSync(join(dir, f))), f)));
    expect(together.map((r) => r.pages.length)).toEqual([5, 9, 5]);
    expect(together).toEqual(alone);
  }, 60_000);

  // pdf.js sends each Flate stream through a global DecompressionStream when there is one, which in
  // Node is slower than its own inflate; the reader hides it while it reads, and only then.
  it("inflates with pdf.js's own code and leaves the global DecompressionStream as it was", async () => {
    const g = globalThis as { DecompressionStream?: unknown };
    const before = Object.getOwnPropertyDescriptor(g, 'DecompressionStream');
    let made = 0;
    const Native = g.DecompressionStream as new (format: string) => object;
    class Counting extends Native {
      constructor(format: string) {
        super(format);
        made++;
      }
    }
    Object.defineProperty(g, 'DecompressionStream', { configurable: true, writable: true, value: Counting });
    try {
      const f = '004_9d5b84f7b5669ee4.pdf';
      const r = await pdfReader.read(new Uint8Array(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../data/samples', f))), f);
      expect(r.pages.length).toBe(9);
      expect(made).toBe(0);
      expect(g.DecompressionStream).toBe(Counting);
    } finally {
      if (before) Object.defineProperty(g, 'DecompressionStream', before);
    }
  }, 60_000);
});
