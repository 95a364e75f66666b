// Bad input through the real ingestion entry points: every case must end in a clear outcome
// (ingested, or failed with a one-line reason that says why), never a thrown error or a hang.
// Fixtures in test/fixtures/bad/ were made once (see the README there); nothing here needs qpdf.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Encoding from 'encoding-japanese';
import { afterAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/lib/ingest/files';
import { ingestFile, ingestPaths, type FileOutcome } from '../../src/lib/ingest/pipeline';
import { MAX_FILE_BYTES } from '../../src/lib/ingest/prepare';
import { charTokenizer, MemoryStore } from '../helpers/fakes';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'test', 'fixtures', 'samples-text');
const PDFS = path.join(ROOT, 'data', 'samples');
const BAD = path.join(ROOT, 'test', 'fixtures', 'bad');
const sample = (stem: string) => readFileSync(path.join(SAMPLES, `${stem}.txt`));
const S000 = '000_89a62690775440f9';
const S001 = '001_c31c5ac134a4b77c';
const S002 = '002_66e96f0d6d40dccb';
const TITLE_002 = '新宿区産後ケア事業に係る業務の委託について';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-bad-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let serial = 0;
/** A fresh folder per case so no case sees another's files. */
function folder(): string {
  const dir = path.join(scratch, `case-${++serial}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
function put(dir: string, name: string, data: string | Uint8Array): string {
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, data);
  return p;
}

/** Fails the case (instead of hanging the run) when the promise does not settle in time. */
async function settle<T>(what: string, p: Promise<T>, ms = 20_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no outcome after ${ms} ms (hang)`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function ingest(file: string, store = new MemoryStore()): Promise<FileOutcome> {
  return settle(path.basename(file), ingestFile(file, { store, tokenizer: charTokenizer }));
}

/** A failure with exactly one line of reason that matches every pattern given. */
function expectFailure(o: FileOutcome, ...patterns: RegExp[]): void {
  expect(o.ok, `${o.path} should fail`).toBe(false);
  expect(typeof o.reason).toBe('string');
  expect(o.reason).not.toMatch(/[\r\n]/);
  expect(o.reason?.trim()).not.toBe('');
  for (const p of patterns) expect(o.reason).toMatch(p);
  expect(o.matters).toBe(0);
}

function expectIngested(o: FileOutcome): void {
  expect(o.reason, `${o.path} should be ingested`).toBeUndefined();
  expect(o.ok).toBe(true);
  expect(o.matters).toBeGreaterThan(0);
}

describe('empty and non-text input', () => {
  it('an empty .txt fails as empty', async () => {
    const o = await ingest(put(folder(), 'empty.txt', ''));
    expectFailure(o, /empty/i);
  });

  it('an empty .pdf fails as empty', async () => {
    const o = await ingest(put(folder(), 'empty.pdf', ''));
    expectFailure(o, /empty/i);
  });

  it('random bytes named .pdf fail as damaged / not a PDF', async () => {
    let x = 0x2545f491;
    const noise = Uint8Array.from({ length: 4096 }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xff;
    });
    const o = await ingest(put(folder(), 'noise.pdf', noise));
    expectFailure(o, /not a PDF/i);
    // The same noise between a PDF header and end marker: not recognisably cut short, so just damaged.
    const framed = Buffer.concat([Buffer.from('%PDF-1.4\n'), noise, Buffer.from('\n%%EOF\n')]);
    const p = await ingest(put(folder(), 'framed-noise.pdf', framed));
    expectFailure(p, /damaged/i);
  });

  it('a text file with NUL bytes fails as binary', async () => {
    const text = sample(S000);
    const bytes = Buffer.concat([text.subarray(0, 2000), Buffer.from([0x00, 0x00, 0x41, 0x00]), text.subarray(2000)]);
    const o = await ingest(put(folder(), 'nul.txt', bytes));
    expectFailure(o, /binary/i, /NUL/);
  });

  it('a 50 MB text file fails as too large', async () => {
    const size = 50 * 1024 * 1024;
    expect(size).toBeGreaterThan(MAX_FILE_BYTES.other);
    const file = path.join(folder(), 'huge.txt');
    // Real text, repeated: the size check must refuse it before anything is decoded.
    writeFileSync(file, Buffer.alloc(size, sample(S000)));
    const store = new MemoryStore();
    const o = await ingest(file, store);
    expectFailure(o, /too large/i, /50 MB/);
    expect(store.docs.size).toBe(0);
    unlinkSync(file);
  });
});

describe('damaged PDFs', () => {
  const names = readdirSync(PDFS).filter((f) => f.endsWith('.pdf'));

  for (const name of names) {
    for (const share of [0.1, 0.5, 0.9]) {
      it(`${name} cut at ${share * 100}% is either ingested or fails naming the damage`, async () => {
        const source = readFileSync(path.join(PDFS, name));
        const cut = source.subarray(0, Math.floor(source.length * share));
        const o = await ingest(put(folder(), `cut-${share * 100}-${name}`, cut));
        expect(typeof o.ok).toBe('boolean');
        // pdf.js may recover whole pages; when it cannot, the reason says the file is damaged.
        if (o.ok) expectIngested(o);
        else expectFailure(o, /damaged PDF/i, /cut short/i);
      });
    }
  }

  it('a PDF with a corrupt page content stream fails naming the page', async () => {
    const bytes = Buffer.from(readFileSync(path.join(PDFS, `${S002}.pdf`)));
    // Skia writes page 1's content stream first: overwrite the start of its deflate data.
    const at = bytes.indexOf('stream\n', bytes.indexOf('/FlateDecode')) + 'stream\n'.length;
    bytes.fill(0xff, at + 2, at + 18);
    const o = await ingest(put(folder(), 'corrupt-page.pdf', bytes));
    expectFailure(o, /^damaged PDF \(page 1 of 4\): .*flate stream/);
  });

  it('a PDF without a text layer fails saying so, and that OCR is not supported', async () => {
    const o = await ingest(path.join(BAD, 'no-text-layer.pdf'));
    expectFailure(o, /no text layer/i, /OCR is not supported/i);
  });

  it('a password-protected PDF fails as encrypted', async () => {
    const o = await ingest(path.join(BAD, 'encrypted.pdf'));
    expectFailure(o, /encrypted/i, /password/i);
  });
});

describe('damaged and hostile text', () => {
  it('Shift_JIS with three invalid bytes is still ingested with its title', async () => {
    const text = sample(S002).toString('utf8');
    const sjis = Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE', type: 'array' }));
    // 0xFF, 0xFD and 0xA0 are never valid in Shift_JIS (CP932); put them well after the title.
    const bad = [0xff, 0xfd, 0xa0];
    for (const [i, b] of bad.entries()) sjis[Math.floor((sjis.length * (i + 2)) / 5)] = b;
    const store = new MemoryStore();
    const o = await ingest(put(folder(), '002-sjis-corrupt.txt', sjis), store);
    expectIngested(o);
    const doc = [...store.docs.values()][0];
    expect(doc.encoding).toBe('Shift_JIS');
    expect(doc.matters[0].title).toBe(TITLE_002);
  });

  it('HTML with scripts and javascript: links keeps only the council text', async () => {
    const html = `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>諮問・報告事項</title>
<script>var 件名 = "偽の件名"; function track(){ document.cookie = 'x=1'; }</script>
<SCRIPT type="text/javascript">window.onload = function () { alert('loaded'); };</SCRIPT>
</head>
<body onload="track()">
<nav><a href="javascript:void(0)" onclick="history.back()">javascript:void(0)</a> <a href="JavaScript:openMenu()">メニュー</a></nav>
<h1>情報公開・個人情報保護審議会\u3000諮問・報告事項</h1>
<table class="form">
  <tr><th>件名</th><td>〇〇事業に係る業務の委託について<script>document.write('<td>injected</td>');</script></td></tr>
  <tr><th>保有課（担当課）</th><td>健康部\u3000健康政策課</td></tr>
  <tr><th>委託先</th><td><a href="javascript:window.open('c.html')">株式会社テスト</a></td></tr>
  <tr><th>委託に伴い事業者に処理させる情報項目</th><td>氏名、生年月日、住所、電話番号</td></tr>
  <tr><th>備考</th><td><a href="javascript:void(0)"><span>javascript:</span>void(0);</a></td></tr>
</table>
<h2>個人情報保護のための安全対策</h2>
<ol>
  <li>委託契約書に個人情報の取扱いに関する特記事項を明記する。<script>if (a < b && c > d) { console.log("</li>"); }</script></li>
  <li>作業場所を限定し、<strong>持ち出しを禁止</strong>する。<a href="javascript:showNote(2)">javascript:showNote(2)</a></li>
  <li>業務終了後はデータを消去し、報告書を提出させる。<img src="x.png" onerror="alert(1)"></li>
</ol>
<p>詳細は<a href="javascript:openWindow('detail')">別紙</a>のとおり。</p>
<script type="module">import('/x.js').then((m) => m.run());</script>
<noscript>JavaScriptを有効にしてください</noscript>
</body></html>`;
    const store = new MemoryStore();
    const o = await ingest(put(folder(), 'council-scripts.html', html), store);
    expectIngested(o);
    const doc = [...store.docs.values()][0];
    const texts = doc.matters.flatMap((m) => [m.title ?? '', m.text, ...m.safeguards.map((s) => s.text), ...m.sections.map((s) => s.text)]);
    expect(doc.matters[0].title).toBe('〇〇事業に係る業務の委託について');
    expect(doc.matters.flatMap((m) => m.safeguards).length).toBeGreaterThan(0);
    for (const t of texts) {
      expect(t).not.toMatch(/javascript:/i);
      expect(t).not.toMatch(/document\.|window\.|alert\(|function\s*\(|console\.|import\(|onclick|onerror|injected|偽の件名/);
    }
    expect(doc.matters[0].text).toContain('持ち出しを禁止する。');
  });

  it('a path with spaces and Japanese characters is ingested under that path', async () => {
    const dir = folder();
    const file = put(dir, path.join('資料 フォルダ', '令和3年度 第2回 資料.txt'), sample(S000));
    const store = new MemoryStore();
    const o = await ingest(file, store);
    expectIngested(o);
    expect(o.path).toBe(file);
    expect([...store.docs.values()][0].source_path).toBe(file);
    // The same file found by walking its folder keeps the same path.
    const walked = new MemoryStore();
    const s = await settle('walk', ingestPaths([path.join(dir, '資料 フォルダ')], { store: walked, tokenizer: charTokenizer }));
    expect(s.outcomes.map((x) => [x.path, x.ok])).toEqual([[file, true]]);
    expect([...walked.docs.values()][0].source_path).toBe(file);
  });
});

describe('file system surprises', () => {
  it('a symbolic link loop ends, and each real file is ingested once', async () => {
    const dir = folder();
    const a = put(dir, 'a.txt', sample(S000));
    const b = put(dir, path.join('sub', 'b.txt'), sample(S001));
    symlinkSync(dir, path.join(dir, 'loop')); // dir/loop → dir
    symlinkSync('..', path.join(dir, 'sub', 'up')); // dir/sub/up → dir
    symlinkSync(a, path.join(dir, 'sub', 'alias.txt')); // a second name for a.txt
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));

    const collected = await settle('collectFiles', collectFiles([dir]));
    expect(collected).toEqual({ files: [a, b], problems: [] });

    const store = new MemoryStore();
    const s = await settle('ingestPaths', ingestPaths([dir], { store, tokenizer: charTokenizer }));
    expect(s.outcomes.map((x) => [x.path, x.ok])).toEqual([
      [a, true],
      [b, true]
    ]);
    expect(s.files).toBe(2);
    expect(store.docs.size).toBe(2);
    expect([...store.docs.values()].map((d) => d.source_path).sort()).toEqual([a, b]);
  });

  it.skipIf(process.platform === 'win32')('a named pipe is refused without being opened (reading it would block forever)', async () => {
    const dir = folder();
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const real = put(dir, 'real.txt', sample(S000));
    expectFailure(await ingest(fifo), /not a regular file/);
    // Inside a folder walk it is not even a candidate.
    const s = await settle('ingestPaths', ingestPaths([dir], { store: new MemoryStore(), tokenizer: charTokenizer }));
    expect(s.outcomes.map((x) => [x.path, x.ok])).toEqual([[real, true]]);
  });

  it('a file deleted while the run is going fails as not found; the others are ingested', async () => {
    const dir = folder();
    const files = [put(dir, '1.txt', sample(S000)), put(dir, '2.txt', sample(S001)), put(dir, '3.txt', sample(S002))];
    const store = new MemoryStore();
    const started: string[] = [];
    const s = await settle(
      'ingestPaths',
      ingestPaths([dir], { store, tokenizer: charTokenizer }, {
        onStart: (p, index, total) => {
          started.push(p);
          expect(total).toBe(3);
          if (index === 0) unlinkSync(files[1]);
        }
      })
    );
    expect(existsSync(files[1])).toBe(false);
    expect(started).toEqual(files);
    expect(s.outcomes.map((x) => x.path)).toEqual(files);
    expect(s.ok).toBe(2);
    expect(s.failed).toBe(1);
    expectIngested(s.outcomes[0]);
    expectFailure(s.outcomes[1], /not found/i);
    expectIngested(s.outcomes[2]);
    expect([...store.docs.values()].map((d) => d.source_path).sort()).toEqual([files[0], files[2]]);
  });
});
