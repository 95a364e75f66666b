// The draft check: a draft of a new matter (pasted text or an uploaded file) runs through the same
// analysis as ingestion, in memory, and is compared with the store: the extracted fields, items,
// media and safeguards, the expected safeguards it lacks (the gap rules) and those its most similar
// stored matters have (peer gaps), each with the precedents' sentences. Nothing is stored or logged.
// The readers (pdf.js among them) are imported when a file arrives, so only the check routes load them.

import { MAX_CHECK_REQUEST_BYTES, MAX_DRAFT_PDF_BYTES, MAX_DRAFT_TEXT_BYTES } from '../config';
import type { Tokenizer } from '../domain/tokens';
import { ITEM_CATEGORIES, MEDIA_CATEGORIES } from '../domain/codes';
import type { RankProfile, ReasonFacts } from '../domain/similar/similar';
import { CATEGORY_BY_CODE } from '../domain/taxonomy';
import type { ExtractedMatter } from '../domain/types';
import { cleanText, splitPages } from '../readers/text-reader';
import type { DraftCheck, DraftGap, DraftMatterCheck, DraftPeerGap, Precedent } from '../view-types';
import { peerGapsOf } from './store/queries';
import { similarToDraft } from './store/similar';
import type { SqlValue, Store } from './store/store';
import { slicedAnalyzer, type DraftAnalyzer } from './draft-analysis';

/** A bad draft or request: the HTTP status and a Japanese message naming the input and the reason. */
export class CheckError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string
  ) {
    super(message);
    this.name = 'CheckError';
  }
}

// The result types are the browser's (view-types.ts).
export type { DraftCheck, DraftGap, DraftMatterCheck, DraftPeerGap, Precedent };

const MB = (n: number) => `${Math.round(n / (1024 * 1024))}MB`;
const shown = (name: string) => (name.length > 80 ? `${name.slice(0, 80)}…` : name);
/** The precedents shown per missing category. */
const PRECEDENTS_PER_CATEGORY = 3;

/** A reader's one-line reason (English, for logs) in Japanese for the person who uploaded the file. */
function readReasonJa(message: string): string {
  const rules: [RegExp, string][] = [
    [/^encrypted PDF/, 'パスワードで保護されたPDFは読み取れません'],
    [/^no text layer/, '文字情報のないPDFです（スキャン画像の可能性があります。OCRには対応していません）'],
    [/^not a PDF/, 'PDFではありません（先頭に %PDF- がありません）'],
    [/^damaged PDF: cut short/, 'PDFが途中で切れています（ダウンロードやコピーが不完全な可能性があります）'],
    [/^damaged (or not a )?PDF/, 'PDFが壊れているため読み取れません'],
    [/^empty file/, 'ファイルが空です'],
    [/^binary data, not text/, '文字ではないデータを含んでいます'],
    [/^unsupported encoding ISO-2022-JP/, '文字コード ISO-2022-JP（JIS）には対応していません。UTF-8 で保存し直してください'],
    [/^undecodable text/, '文字コードを判別できません（UTF-8・Shift_JIS・EUC-JP に対応しています）'],
    [/^no text content/, '文字が含まれていません']
  ];
  const hit = rules.find(([re]) => re.test(message));
  return hit ? hit[1] : `読み取れません（${message}）`;
}

/** The draft as the request carried it: pasted text or one file. */
export type DraftInput = { text: string } | { file: { name: string; bytes: Uint8Array } };

const EXTENSIONS = { pdf: ['.pdf'], text: ['.txt', '.text', '.html', '.htm', '.md', '.markdown'] } as const;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Checks a file's type and size before anything reads it. */
function checkFile(name: string, size: number): void {
  const ext = extensionOf(name);
  const pdf = (EXTENSIONS.pdf as readonly string[]).includes(ext);
  if (!pdf && !(EXTENSIONS.text as readonly string[]).includes(ext)) {
    throw new CheckError(415, `${shown(name)}: 対応していない形式です${ext ? `（${ext}）` : '（拡張子がありません）'}。PDF・テキスト（.txt）・HTML・Markdown のファイルを選んでください。`);
  }
  const limit = pdf ? MAX_DRAFT_PDF_BYTES : MAX_DRAFT_TEXT_BYTES;
  if (size > limit) throw new CheckError(413, `${shown(name)}: ファイルが大きすぎます（${MB(size)}。${pdf ? 'PDF' : 'テキスト・HTML・Markdown'}は${MB(limit)}まで）。`);
}

/** The draft's pages: a file through the ingestion readers, pasted text as a text file would be. */
export async function draftPages(input: DraftInput): Promise<{ pages: string[]; source: string | null }> {
  if ('text' in input) {
    const bytes = new TextEncoder().encode(input.text).byteLength;
    if (bytes > MAX_DRAFT_TEXT_BYTES) throw new CheckError(413, `貼り付けたテキストが長すぎます（${MB(bytes)}。${MB(MAX_DRAFT_TEXT_BYTES)}まで）。`);
    const pages = splitPages(cleanText(input.text));
    if (!pages.some((p) => /\S/u.test(p))) throw new CheckError(400, '草案のテキストが空です。テキストを貼り付けるか、ファイルを選んでください。');
    return { pages, source: null };
  }
  const { name, bytes } = input.file;
  checkFile(name, bytes.byteLength);
  if (bytes.byteLength === 0) throw new CheckError(400, `${shown(name)}: ファイルが空です。`);
  const { readDocument, ReadError } = await import('../readers');
  try {
    return { pages: (await readDocument(bytes, name)).pages, source: name };
  } catch (e) {
    if (e instanceof ReadError) throw new CheckError(400, `${shown(name)}: ${readReasonJa(e.message)}。`);
    throw e;
  }
}

/** Refuses a request whose declared size is over the limit, before its body is read. */
function checkLength(request: Request): void {
  const length = Number(request.headers.get('content-length'));
  if (Number.isFinite(length) && length > MAX_CHECK_REQUEST_BYTES) {
    throw new CheckError(413, `送信されたデータが大きすぎます（${MB(length)}。PDFは${MB(MAX_DRAFT_PDF_BYTES)}、テキストは${MB(MAX_DRAFT_TEXT_BYTES)}まで）。`);
  }
}

/** The form of the /check page's action. */
export async function formFromRequest(request: Request): Promise<FormData> {
  checkLength(request);
  try {
    return await request.formData();
  } catch (e) {
    throw asCheckError(e);
  }
}

/** The draft from a request: text/plain, JSON {text}, or multipart/form-data with `file` (or `text`). */
export async function draftFromRequest(request: Request): Promise<DraftInput> {
  checkLength(request);
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  try {
    if (type === 'text/plain') return { text: await request.text() };
    if (type === 'application/json') {
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        throw new CheckError(400, 'JSON として読み取れません。{"text": "草案の本文"} の形で送ってください。');
      }
      const text = (body as { text?: unknown } | null)?.text;
      if (typeof text !== 'string') throw new CheckError(400, 'JSON に文字列の "text" がありません。{"text": "草案の本文"} の形で送ってください。');
      return { text };
    }
    if (type === 'multipart/form-data') return await draftFromForm(await request.formData());
  } catch (e) {
    throw asCheckError(e);
  }
  throw new CheckError(415, `対応していない送信形式です（${type || 'Content-Type なし'}）。text/plain、application/json、multipart/form-data のいずれかで送ってください。`);
}

/** The draft from form fields: a chosen file wins over the text box (a form sends an empty file field when none is chosen). */
export async function draftFromForm(form: FormData): Promise<DraftInput> {
  const file = form.get('file');
  if (file instanceof File && (file.name !== '' || file.size > 0)) {
    const name = file.name || '（名前のないファイル）';
    checkFile(name, file.size);
    return { file: { name, bytes: new Uint8Array(await file.arrayBuffer()) } };
  }
  const text = form.get('text');
  return { text: typeof text === 'string' ? text : '' };
}

/** The body could not be read: too large for the server's limit, or cut off. */
function asCheckError(e: unknown): unknown {
  if (e instanceof CheckError) return e;
  const status = (e as { status?: number })?.status;
  if (status === 413) return new CheckError(413, `送信されたデータがサーバーの受付上限（環境変数 BODY_SIZE_LIMIT）を超えています（PDFは${MB(MAX_DRAFT_PDF_BYTES)}、テキストは${MB(MAX_DRAFT_TEXT_BYTES)}まで）。`);
  if (e instanceof TypeError) return new CheckError(400, `送信されたデータを読み取れません（${e.message}）。`);
  return e;
}

const label = (code: string) => CATEGORY_BY_CODE.get(code)?.label ?? code;

/** The first non-clause sentence per category, in taxonomy order. */
function categorySentences(m: ExtractedMatter): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of m.safeguards) if (s.scope !== 'clause') for (const c of s.categories) out[c.category] ??= s.seq;
  return out;
}

function draftProfile(m: ExtractedMatter, id: string): { profile: RankProfile; facts: ReasonFacts } {
  const media = MEDIA_CATEGORIES.filter((c) => m.media.some((x) => x.category === c));
  const sensitive = m.data_items.some((d) => d.sensitive);
  return {
    profile: {
      matter_id: id,
      title: m.title,
      municipality: m.municipality,
      fiscal_year: m.fiscal_year,
      procedure: m.procedure,
      media,
      itemCategories: ITEM_CATEGORIES.filter((c) => m.data_items.some((d) => d.category === c)),
      sensitive
    },
    facts: { procedure: m.procedure, media, sensitive, items: [...new Set(m.data_items.map((d) => d.item))], sentences: categorySentences(m) }
  };
}

/** The precedents' sentences, by (matter_id, seq). */
async function sentencesOf(store: Store, wanted: { matter_id: string; seq: number }[]): Promise<Map<string, string>> {
  if (wanted.length === 0) return new Map();
  const params: Record<string, SqlValue> = {};
  const conds = wanted.map((w, i) => {
    params[`m${i}`] = w.matter_id;
    params[`s${i}`] = w.seq;
    return `(matter_id = $m${i} AND seq = $s${i})`;
  });
  const rows = await store.all<{ matter_id: string; seq: number; text: string }>(`SELECT matter_id, seq, text FROM safeguard_sentences WHERE ${conds.join(' OR ')}`, params);
  return new Map(rows.map((r) => [`${r.matter_id}#${r.seq}`, r.text]));
}

/**
 * Checks a draft against the store: the draft's pages (or its text), analysed by the server's draft
 * analyzer (its worker thread) or, given a tokenizer, in this thread in slices, then compared with
 * the stored matters. Throws CheckError(400) when the draft is empty or holds no matter.
 */
export async function checkDraft(store: Store, analyzer: Tokenizer | DraftAnalyzer, input: string | string[], source: string | null = null): Promise<DraftCheck> {
  const pages = typeof input === 'string' ? (await draftPages({ text: input })).pages : input;
  const what = source === null ? '貼り付けたテキスト' : shown(source);
  if (!pages.some((p) => /\S/u.test(p))) throw new CheckError(400, `${what}: 草案の本文が空です。`);
  // A draft of several megabytes takes seconds to analyse: in the draft worker, or here in slices.
  const analysis = await ('analyse' in analyzer ? analyzer : slicedAnalyzer(analyzer)).analyse(pages);
  if (analysis.length === 0) {
    throw new CheckError(400, `${what}: 案件が見つかりません（件名・個人情報の項目・情報保護対策の記載がありません）。審議会資料の形式の草案か確認してください。`);
  }
  let index = true;
  const matters: DraftMatterCheck[] = [];
  for (const { matter: m, postings } of analysis) {
    const { profile, facts } = draftProfile(m, `draft-${m.seq}`);
    const found = await similarToDraft(store, { profile, facts, postings });
    index &&= found.index;
    const similar = found.similar;
    const categories = Object.keys(facts.sentences);
    const peers = peerGapsOf(categories, similar);
    // Precedents for a category: the similar matters that have it, most similar first.
    const having = (category: string) => similar.filter((s) => category in s.sentences).slice(0, PRECEDENTS_PER_CATEGORY);
    const wanted = [...new Set([...m.gaps.map((g) => g.category), ...peers.gaps.map((g) => g.category)])].flatMap((c) => having(c).map((s) => ({ matter_id: s.matter_id, seq: s.sentences[c] })));
    const texts = await sentencesOf(store, wanted);
    const precedentsOf = (category: string): Precedent[] =>
      having(category).map((s) => {
        const seq = s.sentences[category];
        return { matter_id: s.matter_id, title: s.title, seq, text: texts.get(`${s.matter_id}#${seq}`) ?? '', href: `/matters/${encodeURIComponent(s.matter_id)}#safeguard-${seq}` };
      });
    const { data_items, media, safeguards, gaps, sections: _sections, text: _text, ...fields } = m;
    matters.push({
      fields,
      data_items,
      media,
      safeguards: safeguards.map((s) => ({ seq: s.seq, actor: s.actor, scope: s.scope, heading: s.heading, text: s.text, page: s.page, categories: s.categories.map((c) => c.category), cues: s.categories.map((c) => c.cue) })),
      categories,
      gaps: gaps.map((g) => ({ ...g, label: label(g.category), precedents: precedentsOf(g.category) })),
      peer_gaps: peers.gaps.map((g) => ({ category: g.category, label: label(g.category), share: g.share, precedents: precedentsOf(g.category) })),
      similar,
      precedents: similar.map((s) => s.matter_id)
    });
  }
  const union = (lists: string[][]) => [...new Set(lists.flat())];
  return {
    source,
    pages: pages.length,
    matters,
    missing: union(matters.map((m) => m.gaps.map((g) => g.category))),
    peer_missing: union(matters.map((m) => m.peer_gaps.map((g) => g.category))),
    precedents: union(matters.map((m) => m.precedents)),
    index
  };
}
