// Safeguard sentences (情報保護対策) from measure cells and annex clauses (特記事項).
// Measures are numbered lists, often flattened into one line by extraction (`【運用上の対策】 1 … 2 …`),
// under scope headings (【システム上の対策】, `1 物理的セキュリティ対策` …).

import { ANNEX_START, type Row } from './layout';
import { clean, compact, dropDefinitions, nfkc } from '../text';
import type { Actor, Scope } from '../codes';
import type { Part } from '../types';

export interface RawSentence {
  actor: Actor;
  scope: Scope;
  heading: string | null;
  text: string;
  page: number;
}

const SCOPE_WORDS: [Scope, RegExp][] = [
  ['physical', /物理的/],
  ['human', /人的/],
  ['system', /システム上|技術的|技術及び運用|技術上|システム面|技術面/],
  ['operational', /運用上|運用面|運用における|組織的|管理上/]
];

export function scopeOf(heading: string): Scope | null {
  const h = compact(heading);
  for (const [scope, re] of SCOPE_WORDS) if (re.test(h)) return scope;
  return null;
}

/** A scope heading written as an item: `1 物理的セキュリティ対策`, `(2) 人的セキュリティ対策`. */
const SCOPE_ITEM = /^((?:物理的|人的|運用上の|技術的|システム上の|技術及び運用における|組織的)[^。、\s]{0,12}(?:対策|措置))\s*/;

interface Marker {
  index: number;
  length: number;
  kind: 'num' | 'paren' | 'circled' | 'bullet' | 'bracket';
  n: number;
}

/**
 * Item boundaries in a flattened list. Plain numbers count only in sequence (1, 2, 3 …, or a
 * restart at 1) so that `約100人` or `年度当たり1回` never split a sentence.
 */
function markers(text: string): Marker[] {
  const found: Marker[] = [];
  const re = /(^|[\s。])(?:(\d{1,2})\s+(?=\S)|\(\s*(\d{1,2})\s*\)\s*|([①-⑳])\s*|([○◯●■□◆◇・])(?=\S)|(【[^】]{1,30}】))/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const index = m.index + m[1].length;
    const length = m[0].length - m[1].length;
    if (m[2]) found.push({ index, length, kind: 'num', n: Number(m[2]) });
    else if (m[3]) found.push({ index, length, kind: 'paren', n: Number(m[3]) });
    else if (m[4]) found.push({ index, length, kind: 'circled', n: m[4].charCodeAt(0) - 0x2460 + 1 });
    else if (m[5]) {
      // A middle dot inside a line joins words (氏名・住所); only at a line start is it a bullet.
      if (m[5] === '・' && !(index === 0 || text[index - 1] === '\n')) continue;
      found.push({ index, length: 1, kind: 'bullet', n: 0 });
    } else if (m[6]) found.push({ index, length, kind: 'bracket', n: 0 });
    if (m[0].length === 0) re.lastIndex++;
  }
  const last: Record<string, number> = { num: 0, paren: 0, circled: 0 };
  return found.filter((k) => {
    if (k.kind === 'bullet' || k.kind === 'bracket') {
      if (k.kind === 'bracket') last.num = last.paren = last.circled = 0;
      return true;
    }
    if (k.n === last[k.kind] + 1 || k.n === 1) {
      last[k.kind] = k.n;
      if (k.kind === 'num') last.paren = 0;
      return true;
    }
    return false;
  });
}

/** Joins parts into one text and remembers where each page starts, to give every sentence its page. */
function flatten(parts: Part[]): { text: string; pageAt: (offset: number) => number } {
  let text = '';
  const starts: { offset: number; page: number }[] = [];
  for (const p of parts) {
    if (text) text += '\n';
    starts.push({ offset: text.length, page: p.page });
    text += nfkc(p.text);
  }
  return {
    text,
    pageAt: (offset) => {
      let page = starts[0]?.page ?? 1;
      for (const s of starts) if (s.offset <= offset) page = s.page;
      return page;
    }
  };
}

/**
 * Splits an item into sentences at 。 outside brackets. A tail that does not end a sentence
 * (a sub-list such as `ア 最終アクセス日時 イ 利用者ID`) stays with the sentence before it.
 */
function sentences(item: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of dropDefinitions(item)) {
    cur += c;
    if ('(「『【《'.includes(c)) depth++;
    else if (')」』】》'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '。' && depth === 0) {
      pieces.push(cur);
      cur = '';
    }
  }
  pieces.push(cur);
  const out: string[] = [];
  for (const s of pieces) {
    const t = s.trim().replace(/^[・]+/, '');
    if (!t) continue;
    if (out.length > 0 && (t.length < 6 || !/。$/.test(t))) out[out.length - 1] += ' ' + t;
    else out.push(t);
  }
  return out;
}

/** A short lead-in before the sentence proper: `(1) 利用者の認証 本システムの利用に当たっては…`. */
function splitLeadIn(item: string): { lead: string | null; body: string } {
  const m = /^([^\s。、()]{2,16})\s+([^\s(][\s\S]{8,})$/.exec(item);
  // A lead-in is a noun phrase; a clause with a verb or a case particle is the sentence itself.
  if (m && !/[をにはがで]$|から|され|する|させ|ため|ので/.test(m[1])) return { lead: m[1], body: m[2] };
  return { lead: null, body: item };
}

export function measureSentences(parts: Part[], actor: Actor, label: string): RawSentence[] {
  const { text, pageAt } = flatten(parts);
  const out: RawSentence[] = [];
  let scope: Scope = scopeOf(label) ?? 'other';
  let bracketHeading: string | null = null;
  const ms = markers(text);
  const bounds = [...ms.map((m) => ({ start: m.index, body: m.index + m.length, m })), { start: text.length, body: text.length, m: null }];
  const segments: { start: number; body: string; marker: Marker | null }[] = [];
  if (bounds[0].start > 0) segments.push({ start: 0, body: text.slice(0, bounds[0].start), marker: null });
  for (let i = 0; i < bounds.length - 1; i++) segments.push({ start: bounds[i].start, body: text.slice(bounds[i].body, bounds[i + 1].start), marker: bounds[i].m });
  for (const seg of segments) {
    // A line broken inside a word (a cell's wrap, a page break) joins without a space; only spaces
    // written in the text can separate a lead-in from its sentence.
    let body = seg.body
      .replace(/(?<=[\u3040-\u30ff\u4e00-\u9fff])\n(?=[\u3040-\u30ff\u4e00-\u9fff、。])/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (seg.marker?.kind === 'bracket') {
      const h = text.slice(seg.start + 1, seg.start + seg.marker.length - 1);
      const s = scopeOf(h);
      if (s) {
        scope = s;
        bracketHeading = null;
      } else bracketHeading = clean(h);
    }
    const scoped = SCOPE_ITEM.exec(body);
    if (scoped) {
      scope = scopeOf(scoped[1]) ?? scope;
      body = body.slice(scoped[0].length);
    }
    if (!body) continue;
    const { lead, body: rest } = splitLeadIn(body);
    const heading = lead ? clean(lead) : bracketHeading;
    for (const s of sentences(rest)) {
      const t = clean(s);
      if (t.length < 4) continue;
      out.push({ actor, scope, heading, text: t, page: pageAt(seg.start) });
    }
  }
  return out;
}

const CLAUSE_HEADING = /^[(（]([^()（）]{2,30})[)）]$/;
const CLAUSE_NUMBERED = /^(?:第\s*(\d{1,2})\s*条?|(\d{1,2}))(?:\s+|(?=[(（]))(.*)$/;

export function isAnnexStart(r: Row): boolean {
  if (r.kind !== 'text' && r.kind !== 'heading') return false;
  const t = compact(r.parts.map((p) => p.text).join(''));
  return t.length <= 30 && ANNEX_START.test(t);
}

/**
 * Annex clauses: `(再委託の禁止)` headings over numbered paragraphs, or `第6 再委託の制限` /
 * `第6条(再委託の禁止) 本文` forms. One clause is one sentence row; sub-items stay with it.
 */
export function clauseSentences(rows: Row[]): RawSentence[] {
  const out: RawSentence[] = [];
  let heading: string | null = null;
  let cur: RawSentence | null = null;
  const flush = () => {
    if (cur && clean(cur.text).length >= 4) out.push({ ...cur, text: clean(cur.text) });
    cur = null;
  };
  for (const r of rows) {
    const lines = r.kind === 'row' && r.label ? [`(${r.label})`, ...r.parts.map((p) => p.text)] : r.parts.map((p) => p.text);
    for (const raw of lines) {
      const line = nfkc(raw).trim();
      if (!line) continue;
      const h = CLAUSE_HEADING.exec(line);
      if (h) {
        flush();
        heading = clean(h[1]);
        continue;
      }
      const n = CLAUSE_NUMBERED.exec(line);
      if (n) {
        let body = n[3];
        const inlineHeading = /^[(（]([^()（）]{2,30})[)）]\s*(.*)$/.exec(body);
        if (inlineHeading) {
          heading = clean(inlineHeading[1]);
          body = inlineHeading[2];
        } else if (n[1] && body.length <= 20 && !/[。、]/.test(body)) {
          // `第6 再委託の制限`: a numbered heading with its text on the following lines.
          flush();
          heading = clean(body);
          continue;
        }
        flush();
        cur = { actor: 'contractor', scope: 'clause', heading, text: body, page: r.page };
        continue;
      }
      if (cur) (cur as RawSentence).text += ' ' + line;
      else cur = { actor: 'contractor', scope: 'clause', heading, text: line, page: r.page };
    }
  }
  flush();
  return out;
}
