// The draft check's core on a store of the sample texts: drafts as text, pages and files; the
// request forms the API takes; the Japanese reasons for bad input.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_CHECK_REQUEST_BYTES, MAX_DRAFT_PDF_BYTES, MAX_DRAFT_TEXT_BYTES } from '../../../src/lib/config';
import { run } from '../../../src/lib/ingest/cli';
import { loadTokenizer } from '../../../src/lib/tokenizer/tokenizer';
import type { Tokenizer } from '../../../src/lib/domain/tokens';
import { readDocument, ReadError } from '../../../src/lib/readers';
import { CheckError, checkDraft, draftFromRequest, draftPages } from '../../../src/lib/server/check';
import { snapshotPath } from '../../../src/lib/server/store/snapshot';
import { Store } from '../../../src/lib/server/store/store';

// The readers as they are, with readDocument observable: a test makes it fail with a reason no rule knows.
vi.mock('../../../src/lib/readers', async (real) => {
  const readers = await real<typeof import('../../../src/lib/readers')>();
  return { ...readers, readDocument: vi.fn(readers.readDocument) };
});

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
const SAMPLES = path.join(ROOT, 'test', 'fixtures', 'samples-text');
const sample = (f: string) => readFileSync(path.join(SAMPLES, f), 'utf8');

let dir: string;
let db: string;
let store: Store;
let tokenizer: Tokenizer;

beforeAll(async () => {
  tokenizer = await loadTokenizer();
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-check-'));
  db = path.join(dir, 'atlas.duckdb');
  expect(await run(['--db', db, '--quiet', SAMPLES], { out: () => undefined, err: () => undefined, tty: false })).toBe(0);
  store = await Store.open(snapshotPath(db), { readOnly: true });
});
afterAll(() => {
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What rejects with a CheckError, as status and message. */
async function rejection(p: Promise<unknown> | (() => unknown)): Promise<{ status: number; message: string }> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof CheckError) return { status: e.status, message: e.message };
    throw e;
  }
  throw new Error('expected a CheckError');
}

describe('checkDraft', () => {
  it('reports the expected safeguards a draft lacks, with precedents from similar stored matters', async () => {
    // The Shinjuku post-natal care matter, as a new draft without its logging sentence.
    const text = sample('002_66e96f0d6d40dccb.txt').replace('個人情報の漏えい防止対策としてログ管理を徹底させる。', '');
    const check = await checkDraft(store, tokenizer, text);
    expect(check.source).toBeNull();
    expect(check.index).toBe(true);
    expect(check.matters).toHaveLength(1);
    const [m] = check.matters;
    expect(m.fields.title).toBe('新宿区産後ケア事業に係る業務の委託について');
    expect(m.data_items.length).toBeGreaterThan(20);
    expect(m.media.map((x) => x.category)).toContain('paper');
    expect(m.categories).toContain('encryption');
    expect(m.categories).not.toContain('logging');
    // The gap rules: the gaps ingestion stored for the matter, and logging, now forgotten.
    const stored = await store.all<{ category: string }>(`SELECT g.category FROM gaps g JOIN matters m USING (matter_id) WHERE m.title = ? ORDER BY g.rule_id, g.category`, [m.fields.title]);
    expect(stored.map((g) => g.category)).not.toContain('logging');
    expect([...m.gaps.map((g) => g.category)].sort()).toEqual([...stored.map((g) => g.category), 'logging'].sort());
    expect(check.missing).toEqual([...new Set(m.gaps.map((g) => g.category))]);
    expect(m.gaps[0].reason).toMatch(/求められますが/);
    // The stored original is the most similar precedent, and it has the logging sentence.
    const [original] = await store.all<{ matter_id: string }>(`SELECT matter_id FROM matters WHERE title = ?`, [m.fields.title]);
    expect(m.precedents[0]).toBe(original.matter_id);
    expect(check.precedents).toEqual(m.precedents);
    const logging = m.similar[0].missing.find((x) => x.category === 'logging');
    expect(logging).toBeDefined();
    expect(m.similar[0].reason).toContain('この草案にない対策');
    // Precedent sentences for the gaps: a similar matter's sentence that has the category, linked by anchor.
    const withPrecedent = m.gaps.find((g) => g.precedents.length > 0)!;
    const p = withPrecedent.precedents[0];
    expect(p.href).toBe(`/matters/${encodeURIComponent(p.matter_id)}#safeguard-${p.seq}`);
    const [row] = await store.all<{ text: string }>(`SELECT text FROM safeguards WHERE matter_id = ? AND seq = ? AND category = ?`, [p.matter_id, p.seq, withPrecedent.category]);
    expect(p.text).toBe(row.text);
    for (const g of m.peer_gaps) {
      expect(m.categories).not.toContain(g.category);
      expect(g.precedents.length).toBeGreaterThan(0);
    }
  });

  it('checks every matter of a draft with several', async () => {
    const check = await checkDraft(store, tokenizer, sample('004_9d5b84f7b5669ee4.txt'));
    expect(check.matters.map((m) => m.fields.procedure)).toEqual(['external_link', 'outsourcing']);
    expect(check.precedents.length).toBeGreaterThanOrEqual(Math.max(...check.matters.map((m) => m.precedents.length)));
  });

  it('on a store without the similarity tables, finds precedents by profile alone', async () => {
    const plain = await Store.open(db, { readOnly: true });
    try {
      const check = await checkDraft(plain, tokenizer, sample('000_89a62690775440f9.txt'));
      expect(check.index).toBe(false);
      expect(check.precedents.length).toBeGreaterThan(0);
      expect(check.matters[0].similar.every((s) => s.text === null)).toBe(true);
    } finally {
      plain.close();
    }
  });

  it('refuses an empty draft and text without a matter, in Japanese', async () => {
    expect(await rejection(checkDraft(store, tokenizer, ' \n\t'))).toMatchObject({ status: 400, message: expect.stringContaining('空') });
    expect(await rejection(checkDraft(store, tokenizer, '本日は晴天なり。会議の日程を調整します。'))).toEqual({
      status: 400,
      message: expect.stringMatching(/^貼り付けたテキスト: 案件が見つかりません/)
    });
    expect(await rejection(checkDraft(store, tokenizer, ['本日は晴天なり。'], 'memo.txt'))).toMatchObject({ message: expect.stringMatching(/^memo\.txt: 案件が見つかりません/) });
  });
});

describe('draft input', () => {
  it('reads a PDF through the ingestion readers', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, 'data', 'samples', '003_226f9b6f33957b40.pdf')));
    const { pages, source } = await draftPages({ file: { name: 'draft.pdf', bytes } });
    expect(source).toBe('draft.pdf');
    const check = await checkDraft(store, tokenizer, pages, source);
    expect(check.matters.length).toBeGreaterThan(0);
  });

  it('names the file and the reason when it cannot be read', async () => {
    const bad = (f: string) => new Uint8Array(readFileSync(path.join(ROOT, 'test', 'fixtures', 'bad', f)));
    expect(await rejection(draftPages({ file: { name: 'secret.pdf', bytes: bad('encrypted.pdf') } }))).toEqual({ status: 400, message: 'secret.pdf: パスワードで保護されたPDFは読み取れません。' });
    expect(await rejection(draftPages({ file: { name: 'scan.pdf', bytes: bad('no-text-layer.pdf') } }))).toMatchObject({ status: 400, message: expect.stringMatching(/^scan\.pdf: 文字情報のないPDF/) });
    expect(await rejection(draftPages({ file: { name: 'fake.pdf', bytes: new TextEncoder().encode('hello') } }))).toMatchObject({ status: 400, message: expect.stringMatching(/^fake\.pdf: PDFではありません/) });
    expect(await rejection(draftPages({ file: { name: 'empty.txt', bytes: new Uint8Array() } }))).toEqual({ status: 400, message: 'empty.txt: ファイルが空です。' });
    vi.mocked(readDocument).mockRejectedValueOnce(new ReadError('something new'));
    expect(await rejection(draftPages({ file: { name: 'odd.txt', bytes: new TextEncoder().encode('本文') } }))).toEqual({ status: 400, message: 'odd.txt: 読み取れません（something new）。' });
  });

  it('refuses other types and sizes over the limits before reading', async () => {
    const file = (name: string, size: number) => draftPages({ file: { name, bytes: new Uint8Array(size) } });
    const reads = vi.mocked(readDocument).mock.calls.length;
    expect(await rejection(file('draft.docx', 10))).toMatchObject({ status: 415, message: expect.stringMatching(/^draft\.docx: 対応していない形式です（\.docx）/) });
    expect(await rejection(file('README', 10))).toMatchObject({ status: 415, message: expect.stringContaining('拡張子がありません') });
    expect(await rejection(file('big.txt', MAX_DRAFT_TEXT_BYTES + 1))).toMatchObject({ status: 413, message: expect.stringMatching(/^big\.txt: ファイルが大きすぎます.*5MBまで/) });
    expect(await rejection(file('big.pdf', MAX_DRAFT_PDF_BYTES + 1))).toMatchObject({ status: 413, message: expect.stringContaining('20MBまで') });
    expect(vi.mocked(readDocument).mock.calls.length).toBe(reads);
    // A PDF may be larger than a text file: this one is read (and is no PDF).
    expect(await rejection(file('big.pdf', MAX_DRAFT_TEXT_BYTES + 1))).toMatchObject({ status: 400, message: expect.stringMatching(/^big\.pdf: PDFではありません/) });
    expect(await rejection(draftPages({ text: 'あ'.repeat(MAX_DRAFT_TEXT_BYTES / 3 + 1) }))).toMatchObject({ status: 413, message: expect.stringMatching(/^貼り付けたテキストが長すぎます/) });
  });

  it('takes text/plain, JSON {text} and multipart/form-data; refuses the rest', async () => {
    const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request('http://localhost/api/check', { method: 'POST', body, headers });
    expect(await draftFromRequest(post('草案', { 'content-type': 'text/plain; charset=utf-8' }))).toEqual({ text: '草案' });
    expect(await draftFromRequest(post(JSON.stringify({ text: '草案' }), { 'content-type': 'application/json' }))).toEqual({ text: '草案' });
    const form = new FormData();
    form.set('text', '使わない');
    form.set('file', new File([new TextEncoder().encode('ファイルの草案')], 'draft.txt'));
    const fromForm = await draftFromRequest(post(form));
    expect(fromForm).toEqual({ file: { name: 'draft.txt', bytes: new TextEncoder().encode('ファイルの草案') } });
    const textOnly = new FormData();
    textOnly.set('text', '貼り付けた草案');
    textOnly.set('file', new File([], ''));
    expect(await draftFromRequest(post(textOnly))).toEqual({ text: '貼り付けた草案' });

    expect(await rejection(draftFromRequest(post('<a/>', { 'content-type': 'application/xml' })))).toMatchObject({ status: 415, message: expect.stringContaining('application/xml') });
    expect(await rejection(draftFromRequest(post('{', { 'content-type': 'application/json' })))).toMatchObject({ status: 400, message: expect.stringContaining('JSON') });
    expect(await rejection(draftFromRequest(post('{"txt": 1}', { 'content-type': 'application/json' })))).toMatchObject({ status: 400, message: expect.stringContaining('"text"') });
    const huge = post('x', { 'content-type': 'text/plain', 'content-length': String(MAX_CHECK_REQUEST_BYTES + 1) });
    expect(await rejection(draftFromRequest(huge))).toMatchObject({ status: 413, message: expect.stringMatching(/^送信されたデータが大きすぎます/) });
  });
});
