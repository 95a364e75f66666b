// Safeguard sentences (情報保護対策) from measure cells and annex clauses (特記事項).
// Measures are numbered lists, often flattened into one line by extraction (`【運用上の対策】 1 … 2 …`),
// under scope headings (【システム上の対策】, `1 物理的セキュリティ対策` …).

import { ANNEX_START, MATTER_MARKER, valueOf, type Row } from './layout';
import { isMeasuresKey, PARTY_COLUMN, PARTY_ONLY } from './labels';
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
  ['physical', /物理的|物理面/],
  ['human', /人的/],
  ['system', /システム上|技術的|技術及び運用|技術上|システム面|技術面/],
  ['operational', /運用上|運用面|運用における|組織的|組織面|管理上|管理的/]
];

export function scopeOf(heading: string): Scope | null {
  const h = compact(heading);
  for (const [scope, re] of SCOPE_WORDS) if (re.test(h)) return scope;
  return null;
}

/** A scope heading written as an item: `1 物理的セキュリティ対策`, `(2) 人的セキュリティ対策`. */
const SCOPE_ITEM = /^((?:物理的|人的|運用上の|技術的|システム上の|技術及び運用における|組織的)[^。、\s]{0,12}(?:対策|措置))\s*/;

// Who takes a measure. Councils name the two sides in many words; these classes are the data.
/** The contractor's side: whoever the municipality has the work or the data handled by. */
const CONTRACTOR_PARTY = '(?:受託(?:事業)?者|受託業者|受注者|受任者|請負者|指定管理者|委託先(?:事業者)?|委託(?:事業|業)者|(?:システム|サービス)?提供(?:事業)?者|提供先|結合先|接続先|相手方|事業者|乙)';
/**
 * A heading naming the contractor as the one acting (`受託者の措置`, `委託先に講じさせる対策`, any
 * party `…に講じさせる措置`); `結合先に係る対策`, `結合先(マイナポータル)との接続に関する対策` or `受託者に対する…`
 * only name the topic.
 */
const CONTRACTOR_HEADING = new RegExp(`${CONTRACTOR_PARTY}(?!(?:\\([^()]*\\))?\\p{Script=Han}*(?:に(?:係る|関する|対する|対して|ついて)|への|との|から))|[にを](?:講じ|講ぜ|行わ|とら|実施)させる`, 'u');
/** The municipality itself: 区/市/町/県 alone or named (港区が…), 本市, 実施機関, 当課, 甲 … */
const WARD_HEADING =
  /(?:^|[^\p{Script=Han}])(?:本|当)?[区市町村県都府](?=$|が|の|で|に(?!対)|は|として|側|\))|^[\p{Script=Han}]{1,6}[区市町村県都府](?=$|が|の|で|は|として|側)|実施機関|委託者|発注者|甲(?=$|が|の|は)|当課|所管課|担当課|[区市町村]長(?=$|が|の|は)|知事/u;

/** The side a heading or label names as taking the measures, or null when it names none. */
export function actorOf(heading: string): Actor | null {
  // `市が講ずる措置（提供先に求めるものを含む）`: what the heading takes in is not who acts.
  const h = compact(heading).replace(/\([^()]*含む\)/g, '');
  if (CONTRACTOR_HEADING.test(h)) return 'contractor';
  if (WARD_HEADING.test(h)) return 'ward';
  return null;
}


/** A contractor named by its trade (`クラウド事業者`, `システム運用事業者`): a party heading too. */
const QUALIFIED_PARTY = /^[\p{Script=Katakana}ー\p{Script=Han}]{1,8}(?:事業者|業者)$/u;

/** What a heading over measures ends with: `区が講じる措置`, `受託者の対策`, `委託先が遵守する事項`. */
const MEASURE_HEAD = /(?:対策|措置|保護策|事項|こと|もの)(?:等|の内容)?$/;
/** A list marker at the start of a line (stripped before a line is read as a heading). */
const LEAD_MARKER = /^(?:\d{1,2}\s+|\(\s*(?:\d{1,2}|[ア-ン])\s*\)\s*|[①-⑳]\s*|[■□◆◇●○◯・]\s*|[アイウエオカキクケコ]\s+)/;

interface Heading {
  actor: Actor | null;
  scope: Scope | null;
}

/** A heading's words without its list marker, brackets and colon: `(2) 〔区の措置〕:` → `区の措置`. */
function headingText(text: string): string {
  return compact(text)
    .replace(LEAD_MARKER, '')
    .replace(/^[【〔〈《≪[(<]\s*(.*?)\s*[】〕〉》≫\])>]$/, '$1')
    .replace(/[:：]$/, '');
}

/** A measures heading (naming a party or a scope), or null: `〔区が講じる措置〕`, `(技術的措置)`, `委託先`. */
export function headingOf(text: string): Heading | null {
  const h = headingText(text);
  if (h.length === 0 || h.length > 40 || h.includes('。')) return null;
  // A long line with a comma is a measure cut at the line's end (`…添付し、受託者が守るべき事項`).
  if (h.length > 24 && h.includes('、')) return null;
  if (PARTY_ONLY.test(h) || QUALIFIED_PARTY.test(h)) return { actor: actorOf(h), scope: null };
  if (!MEASURE_HEAD.test(h)) return null;
  const actor = actorOf(h);
  const scope = scopeOf(h);
  return actor || scope ? { actor, scope } : null;
}

/** The sentence's own subject when it names a side: `受託者は、…`, `委託先においては…`, `区は、…`. */
const CONTRACTOR_SUBJECT = /^(?:また、|なお、)?(?:受託(?:事業)?者|受託業者|受注者|委託先|委託(?:事業|業)者|指定管理者|乙)(?:は|において|では|にあっては|側で|には|に対しては|に対して)/;
const WARD_SUBJECT = /^(?:また、|なお、)?(?:(?:本|当)?[区市町村県都府]|実施機関|[\p{Script=Han}]{1,5}[区市町村県])(?:は|では|において|としては)、/u;

/** A sentence that only announces the list after it: `受託者には、次のような対策をとらせます。` */
const INTRO = /(?:次|以下|下記)の(?:とおり|通り|ような)?[^。]{0,16}(?:対策|措置|事項|こと)[^。]{0,12}。$/;
/** A sentence that announces a list of its own items: `次の情報を記録して管理する。` */
const SUB_LIST = /(?:次|以下|下記)の[^。]{0,30}。$/;
/** Notes and references that sit among measures but are none. */
const NOTE = /^(?:※|\*|注\s*[)）:：\d]|\(注[\d]*\)|\(参考\)|参考[:：]|備考)/;
/** Page furniture caught inside a measures cell: page numbers, the council's running header, separators, a sheet's `別表１（続き）`. */
const JUNK =
  /^[-‐―─ー]?\s*[\d一二三四五六七八九十]{1,3}\s*[-‐―─ー]$|^[-―─=_~]{3,}$|第\s*\d+\s*回.{0,40}審議会|審議会.{0,20}(?:資料|[令平]和?\s*\d+\s*年)|^資料\s*\d+(?:-\d+)?$|^(?:別表|別紙|資料)\s*\d{0,3}[(（]続き?[)）]$|^以\s*上$/;
/** What ends a measures cell: the next matter's heading or cover letter (`29練区戸第813号`), a sheet's legend (`凡例`), or a web page's chrome. */
const BLOCK_END =
  /^[≪《【(]?\s*(?:(?:諮問|報告|審議|協議)(?:事項|案件)\s*[\d一二三四五六七八九十]*|(?:諮問|報告)\s*第\s*[\d一二三四五六七八九十]+\s*号)|凡例|お問い?合わ?せ|このページ|ページの先頭|関連(?:ページ|リンク)|copyright|©|^[\d一二三四五六七八九十]{1,3}\S{0,8}第\s*\d+\s*号/i;
/** A numbered section of an opinion or a form that ends the measures: `(5) 審議会の判断`. */
const SECTION_END = /^(?:\S{0,8}の)?(?:判断|理由|結論|経緯|意見|付言|経過)$/;

/**
 * Reads each line of a measures cell before the list is split: a heading line becomes a 【】 marker
 * (so that `区が講じる措置` or `物理的措置` on a line of its own is never joined to the next line),
 * page furniture is dropped, and a section such as `(5) 審議会の判断` ends the measures.
 */
const SCOPE_COLUMN = /^(物理的|人的|技術的|組織的|運用上|システム上)\s+(\S.*)$/;

function prepareLines(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const lines: string[] = [];
    for (const raw of nfkc(p.text).split('\n')) {
      const line = raw.trim();
      if (!line || JUNK.test(line.replace(/\s+/g, ''))) continue;
      const bare = compact(line).replace(LEAD_MARKER, '');
      const sectionEnd = bare.length <= 20 && !bare.includes('。') && SECTION_END.test(bare) && LEAD_MARKER.test(compact(line));
      if (sectionEnd || BLOCK_END.test(compact(line))) {
        if (lines.length) out.push({ text: lines.join('\n'), page: p.page });
        return out;
      }
      if (/^[【〔〈《≪]/.test(line) && /[】〕〉》≫]$/.test(line)) {
        lines.push(line);
        continue;
      }
      // A numbered heading keeps its number, so that the numbering of the list goes on after it.
      const lead = /^(?:\d{1,2}\s+|\(\s*(?:\d{1,2}|[ア-ン])\s*\)|[①-⑳]|[アイウエオカキクケコ]\s+)/.exec(compact(line))?.[0] ?? '';
      const inline = /^(.{1,30}?)[:：]\s*(\S.*)$/.exec(line);
      // A table's scope column before the measure (`組織的␣委託契約書に…`) heads it.
      const scopeColumn = SCOPE_COLUMN.exec(line);
      if (scopeColumn && scopeColumn[2].length >= 10) lines.push(`【${scopeColumn[1]}】`, scopeColumn[2]);
      else if (headingOf(line)) lines.push(`${lead ? lead.trim() + ' ' : ''}【${headingText(line)}】`);
      // `区の対策：契約書に…` heads the text after its colon.
      else if (inline && !inline[1].includes('。') && headingOf(inline[1])) lines.push(`【${headingText(inline[1])}】`, inline[2]);
      else lines.push(line);
    }
    if (lines.length) out.push({ text: lines.join('\n'), page: p.page });
  }
  return out;
}

interface Marker {
  index: number;
  length: number;
  kind: 'num' | 'paren' | 'circled' | 'kana' | 'kanji' | 'bullet' | 'bracket';
  n: number;
  /** A katakana mark set against its text without a space (`イタブレット端末は…`). */
  tight?: boolean;
}

const KANA_ORDER = 'アイウエオカキクケコサシスセソタチツテトナニヌネノ';
const KANJI_ORDER = '一二三四五六七八九十';

/**
 * Item boundaries in a flattened list. Numbers, katakana (ア イ ウ) and kanji numerals count only in
 * sequence (1, 2, 3 …, or a restart at the first) so that `約100人`, `年度当たり1回` or a word
 * starting with ア never split a sentence.
 */
function markers(text: string): Marker[] {
  const found: Marker[] = [];
  const re =
    /((?<=^|[\s。】〕〉》≫)]))(?:(\d{1,2})\s+(?=\S)|\(\s*(\d{1,2})\s*\)\s*|\(\s*([ア-ン])\s*\)\s*|([①-⑳])\s*|([ア-ン])\s+(?=\S)|([一二三四五六七八九十])\s+(?=\S)|([○◯●■□◆◇・])(?=\S)|([【〔〈《≪][^】〕〉》≫\n]{1,40}[】〕〉》≫])|([(<[][^()<>[\]\n]{1,30}[)>\]])|([ア-ン])(?=[\u4e00-\u9fff\u30a1-\u30fc]))/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const index = m.index + m[1].length;
    const length = m[0].length - m[1].length;
    const lineStart = index === 0 || text[index - 1] === '\n';
    if (m[2]) found.push({ index, length, kind: 'num', n: Number(m[2]) });
    else if (m[3]) found.push({ index, length, kind: 'paren', n: Number(m[3]) });
    else if (m[4]) found.push({ index, length, kind: 'kana', n: KANA_ORDER.indexOf(m[4]) + 1 });
    else if (m[5]) found.push({ index, length, kind: 'circled', n: m[5].charCodeAt(0) - 0x2460 + 1 });
    else if (m[6]) {
      if (KANA_ORDER.includes(m[6])) found.push({ index, length, kind: 'kana', n: KANA_ORDER.indexOf(m[6]) + 1 });
    } else if (m[7]) {
      // A kanji numeral is an item number only at a line start (not 第一 or 一時).
      if (lineStart) found.push({ index, length, kind: 'kanji', n: KANJI_ORDER.indexOf(m[7]) + 1 });
    } else if (m[8]) {
      // A middle dot inside a line joins words (氏名・住所); only at a line start or after a
      // sentence is it a bullet.
      if (m[8] === '・' && !(lineStart || /。\s*$/.test(text.slice(0, index)))) continue;
      found.push({ index, length: 1, kind: 'bullet', n: 0 });
    } else if (m[9]) found.push({ index, length, kind: 'bracket', n: 0 });
    else if (m[10] && headingOf(m[10])) found.push({ index, length, kind: 'bracket', n: 0 });
    else if (m[11] && KANA_ORDER.includes(m[11]) && (lineStart || /。\s*$/.test(text.slice(0, index)))) found.push({ index, length, kind: 'kana', n: KANA_ORDER.indexOf(m[11]) + 1, tight: true });
    if (m[0].length === 0) re.lastIndex++;
  }
  const last: Record<string, number> = { num: 0, paren: 0, circled: 0, kana: 0, kanji: 0 };
  return found.filter((k, i) => {
    // A list under a new heading restarts at its first item, which is always taken.
    if (k.kind === 'bullet' || k.kind === 'bracket') return true;
    // A word may start with a katakana (`アクセス記録は…`): a mark without its space counts only in
    // sequence, and the first (`ア`) only when the next mark of the list is `イ`.
    if (k.tight) {
      const next = found.slice(i + 1).find((x) => x.kind === 'kana');
      const ok = k.n === 1 ? next?.n === 2 : last.kana > 0 && k.n === last.kana + 1;
      if (!ok) return false;
      last.kana = k.n;
      return true;
    }
    // A numbered heading (`(2) 【受託者に講じさせる措置】`) is an item of the outer list, whatever came before.
    const numbersHeading = /^[【〔〈《≪]/.test(text.slice(k.index + k.length).trimStart());
    if (k.n === last[k.kind] + 1 || k.n === 1 || numbersHeading) {
      last[k.kind] = k.n;
      if (k.kind === 'num') last.paren = last.kana = 0;
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
    text += p.text;
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

/** A bracketed line that only says which matters an annex belongs to. */
const ANNEX_MARK = /^[(（].*(?:関係|に共通|共通|に(?:付す|付する|添付する)(?:もの(?:です|である)?)?。?)[)）]$/;

/** A clause that ends as a predicate does (`…を明記する`, `…させない`, `…とする`). */
const PREDICATE_END = /(?:[うくすつぬむぶぐる]|ない|こと)$/;

/**
 * Lines without a full stop, each ending as a predicate does (a slide's bullets, their marks
 * dropped): each line is a sentence, not the wrapped lines of one. Null when they are not.
 */
function bulletLines(body: string): string[] | null {
  const lines = body.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
  return lines.length >= 2 && !body.includes('。') && lines.every((l) => l.length >= 8 && PREDICATE_END.test(l)) ? lines : null;
}

/**
 * Splits an item into sentences at 。 outside brackets. A tail that does not end a sentence
 * (a sub-list such as `ア 最終アクセス日時 イ 利用者ID`) stays with the sentence before it, unless it
 * is page furniture or the next matter's heading.
 */
function sentences(item: string): string[] {
  // Lines kept apart by bulletLines are a sentence each.
  if (item.includes('\n')) return item.split('\n').map((l) => l.trim().replace(/^[・]+/, ''));
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
    const tail = out.length > 0 && (t.length < 6 || !/。$/.test(t));
    if (tail && (JUNK.test(compact(t)) || BLOCK_END.test(compact(t)) || NOTE.test(t))) break;
    if (tail) out[out.length - 1] += ' ' + t;
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

/**
 * The safeguard sentences of one measures cell. `actor` is the side the cell's label gives; it is
 * `firm` when the label names that side (`区が講じる措置`), and otherwise (`情報保護対策`) a
 * sentence's own subject (`受託者は、…`) decides. Headings inside the cell (`〔受託者に講じさせる
 * 措置〕`, `(市の対策)`, `委託先`, `物理的措置`) switch the actor or the scope for what follows.
 */
export function measureSentences(parts: Part[], actor: Actor, label: string, firm = actorOf(label) !== null): RawSentence[] {
  const { text, pageAt } = flatten(prepareLines(parts));
  const out: RawSentence[] = [];
  let scope: Scope = scopeOf(label) ?? 'other';
  let current = actor;
  let fixed = firm;
  let bracketHeading: string | null = null;
  let subList = false;
  const ms = markers(text);
  const bounds = [...ms.map((m) => ({ start: m.index, body: m.index + m.length, m })), { start: text.length, body: text.length, m: null }];
  const segments: { start: number; body: string; marker: Marker | null }[] = [];
  if (bounds[0].start > 0) segments.push({ start: 0, body: text.slice(0, bounds[0].start), marker: null });
  for (let i = 0; i < bounds.length - 1; i++) segments.push({ start: bounds[i].start, body: text.slice(bounds[i].body, bounds[i + 1].start), marker: bounds[i].m });
  // A heading among the measures: its scope, the party it names, or else its words as the topic.
  const takeHeading = (h: string) => {
    const s = scopeOf(h);
    const head = headingOf(h);
    if (s) scope = s;
    if (head?.actor) {
      current = head.actor;
      fixed = true;
    }
    bracketHeading = s || head ? null : clean(h);
  };
  for (const [si, seg] of segments.entries()) {
    // A line broken inside a word (a cell's wrap, a page break) joins without a space; only spaces
    // written in the text can separate a lead-in from its sentence.
    let body =
      bulletLines(seg.body)?.join('\n') ??
      seg.body
        .replace(/(?<=[\u3040-\u30ff\u4e00-\u9fff])\n(?=[\u3040-\u30ff\u4e00-\u9fff、。])/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    if (seg.marker?.kind === 'bracket') takeHeading(text.slice(seg.start + 1, seg.start + seg.marker.length - 1));
    const scoped = SCOPE_ITEM.exec(body);
    if (scoped) {
      scope = scopeOf(scoped[1]) ?? scope;
      body = body.slice(scoped[0].length);
    }
    if (!body) continue;
    // `（イ）書類の管理` over `(1) 回答票は…` `(2) …`: a short item with no sentence, over a list
    // numbered another way, is the heading of that list.
    // The list after it must be a new level: one numbered as an outer list was goes back out.
    const next = segments[si + 1]?.marker;
    const deeper = next && !segments.slice(0, si + 1).some((x) => x.marker?.kind === next.kind);
    if (seg.marker && next && deeper && next.kind !== 'bracket' && !subList && body.length <= 24 && !/[。、]/.test(body)) {
      takeHeading(body);
      continue;
    }
    // Items under a sentence that announces them (`次の情報を記録する。 ア 最終アクセス日時 イ …`)
    // are a sub-list of that sentence, not measures of their own.
    const prev = out[out.length - 1];
    if (subList && prev && seg.marker && ['kana', 'circled', 'kanji', 'paren'].includes(seg.marker.kind) && !body.includes('。')) {
      prev.text = clean(`${prev.text} ${text.slice(seg.start, seg.start + seg.marker.length)}${body}`);
      continue;
    }
    const { lead, body: rest } = splitLeadIn(body);
    const heading = lead ? clean(lead) : bracketHeading;
    for (const s of sentences(rest)) {
      const t = clean(s);
      if (t.length < 4 || NOTE.test(t)) continue;
      if (INTRO.test(t)) {
        // `受託者には、次のような対策をとらせます。` heads the list after it.
        const a = actorOf(t);
        if (a) {
          current = a;
          fixed = true;
        }
        continue;
      }
      if (!fixed) {
        if (CONTRACTOR_SUBJECT.test(t)) current = 'contractor';
        else if (WARD_SUBJECT.test(t)) current = 'ward';
      }
      out.push({ actor: current, scope, heading, text: t, page: pageAt(seg.start) });
      subList = SUB_LIST.test(t);
    }
  }
  return out;
}

/** Rows under a heading such as `…の情報セキュリティポリシー対応` are the ward's measures, one topic per row. */
const MEASURE_TABLE = /セキュリティポリシー.{0,6}対応|安全管理措置|保護対策の内容|セキュリティ対策一覧/;
/** A label for measures that the label table misses for its parenthesis: `保護対策(区)`, `個人情報保護対策 (本市)`. */
const MEASURE_LABEL = /対策|措置|保護策/;
/** A measures label with its party written inside another cell's text: `保護対策(区の対策)`, `9 保護対策(市) 契約書に…`. */
const EMBEDDED_LABEL = /^(?:\d{1,2}\s*)?([^\s。、()]{0,12}(?:対策|措置|保護策)\s*\(([^()]{1,20})\))\s*(.*)$/;
/** A measures label glued before its text in another cell: `情報保護対策 区は、契約書に…`. */
const EMBEDDED_PLAIN = /^(?:\d{1,2}\s*)?([^\s。、()]{0,10}(?:保護|安全管理|セキュリティ)(?:対策|措置))\s+(\S.*)$/;
/** A section of an opinion (答申) that lists what the municipality is to observe. */
const CONDITIONS = /^(?:\d{1,2}|\(\d{1,2}\))?(?:遵守事項|遵守すべき事項|留意事項|付帯意見|附帯意見|付帯条件|附帯条件)$/;
/** The repeated header of a table continued on the next page: `区分 | 内容`, `項 目 | 内 容`. */
const TABLE_HEADER = /^(?:区分|項目|内容|事項)$/;

interface Block {
  parts: Part[];
  actor: Actor;
  label: string;
  firm: boolean;
  /** For a row of a table of measures: its topic (the row label) as heading, its scope. */
  topic?: string;
}

/** Where measures written inside another row's value begin, as an embedded label or a heading line. */
function embeddedBlocks(r: Row): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  for (const p of r.parts) {
    const line = nfkc(p.text).trim();
    const c = compact(line);
    const m = EMBEDDED_LABEL.exec(line);
    const party = m ? actorOf(m[2]) : null;
    if (m && party) {
      cur = { parts: m[3] ? [{ text: m[3], page: p.page }] : [], actor: party, label: m[1], firm: true };
      blocks.push(cur);
      continue;
    }
    const plain = EMBEDDED_PLAIN.exec(line);
    if (plain) {
      const named = actorOf(plain[1]);
      cur = { parts: [{ text: plain[2], page: p.page }], actor: named ?? 'ward', label: plain[1], firm: named !== null };
      blocks.push(cur);
      continue;
    }
    if (!cur) continue;
    // The measures end at a separator, the next matter, or the next numbered form row.
    if (/^[-―─=_]{3,}$/.test(c) || MATTER_MARKER.test(c) || /^(?:諮問|報告)(?:事項|第)/.test(c)) cur = null;
    else if (/^\d{1,2}\s+\S{2,12}\s/.test(line) && !headingOf(line.split(/\s+/).slice(0, 2).join(' '))) cur = null;
    else cur.parts.push(p);
  }
  return blocks.filter((b) => b.parts.length > 0);
}

/**
 * The safeguard sentences of a matter: measures rows (by label, or by party in a `実施者` table or a
 * rowspan), rows of a table of measures, measures written inside another row's cell, the conditions
 * of an opinion, and the annex clauses.
 */
export function collectSentences(rows: Row[]): RawSentence[] {
  const blocks: Block[] = [];
  let measureTable = false;
  // Whose measures a table's rows are: the municipality's unless its heading names the contractor.
  let tableActor: Actor = 'ward';
  /** In a table with a party column: its index among the row's parts, -1 for the label; else null. */
  let partyTable: number | null = null;
  let conditions: Block | null = null;
  // The block the row just before gave, which a page's repeated table header may continue.
  const lastRow: { block: Block | null } = { block: null };
  // Not a line of the cover before the matter's form that lists the attachments (`別記 個人情報取扱特記事項（諮問第５号関係）`).
  const formAt = rows.findIndex((r) => r.kind === 'row' && r.key !== null && r.key !== 'title');
  const annexAt = rows.findIndex((r, i) => i > formAt && isAnnexStart(r));
  const body = annexAt >= 0 ? rows.slice(0, annexAt) : rows;
  const add = (b: Block) => {
    blocks.push(b);
    lastRow.block = b;
  };
  // The counterpart as the form names it (`結合の相手方 | 指定代理納付者(株式会社…)`): a measures label
  // naming it (`指定代理納付者の措置`) is the contractor's side.
  const counterparts = body
    .filter((r) => r.kind === 'row' && r.key === 'contractor' && r.parts.length > 0)
    .map((r) => compact(valueOf(r)).replace(/[(（].*$/, ''))
    .filter((n) => n.length >= 2 && n.length <= 12);
  const counterpartOf = (label: string) => (counterparts.some((n) => compact(label).startsWith(n)) ? ('contractor' as const) : null);
  for (const r of body) {
    const value = valueOf(r);
    const label = clean(r.label);
    const bare = compact(label).replace(/^[【〔〈《≪■□◆◇●○・]+|[】〕〉》≫:：]+$/g, '');
    const continued = lastRow.block;
    lastRow.block = null;
    // A heading (or a short title line, as PDFs give it) opens or closes a table of measures.
    if (r.kind === 'heading' || (r.kind === 'text' && value.length <= 60 && MEASURE_TABLE.test(compact(value)))) {
      measureTable = MEASURE_TABLE.test(compact(value));
      tableActor = 'ward';
      partyTable = null;
    }
    if (r.kind === 'text' || r.kind === 'heading') {
      const c = compact(value);
      if (CONDITIONS.test(c)) {
        conditions = { parts: [], actor: 'ward', label: c, firm: false };
        blocks.push(conditions);
      } else if (conditions && (r.kind === 'heading' || /^(?:\d{1,2}|\(\d{1,2}\))\s*\S{1,15}$/.test(c) || /^以\s*上$/.test(c))) conditions = null;
      else if (conditions) conditions.parts.push(...r.parts);
      continue;
    }
    conditions = null;
    // `**個人情報の保護対策**` alone over a table `区分 | 対策の内容` / `人的 | …`: the rows below are
    // its measures, the municipality's unless a party column or label says otherwise; under
    // `受託者に求める安全対策` (a definition list `組織面` / `: …`), the contractor's.
    if (r.kind === 'row' && r.parts.length === 0 && isMeasuresKey(r.key)) {
      measureTable = true;
      tableActor = r.key === 'contractor_measures' ? 'contractor' : 'ward';
      partyTable = null;
      continue;
    }
    if (r.kind !== 'row' || r.parts.length === 0) continue;
    const firstPart = compact(r.parts[0].text);
    if (r.key === 'contractor_measures' || r.key === 'ward_measures' || r.key === 'management') {
      const named = actorOf(label) ?? counterpartOf(label);
      add({ parts: r.parts, actor: r.key === 'contractor_measures' ? 'contractor' : (named ?? 'ward'), label, firm: r.key === 'contractor_measures' || named !== null });
      // A rowspan's first cell naming a party (`区`) means the next rows are labelled by party.
      partyTable = PARTY_ONLY.test(firstPart) ? -1 : null;
      continue;
    }
    // The header of a table with a column for who takes each measure: `実施者 | 措置の内容`,
    // `区分 | 実施者 | 措置の内容` (the party then stands in that column of each row).
    const cells = [bare, ...r.parts.map((p) => compact(p.text))];
    const column = cells.findIndex((c) => PARTY_COLUMN.test(c));
    if (r.key !== 'title' && column >= 0 && cells.some((c, i) => i !== column && /措置|対策|内容/.test(c))) {
      partyTable = column - 1;
      continue;
    }
    if (partyTable !== null) {
      const party = partyTable < 0 ? bare : compact(r.parts[partyTable]?.text ?? '');
      const rest = partyTable < 0 ? r.parts : r.parts.filter((_, i) => i !== partyTable);
      if (PARTY_ONLY.test(party) && /。|させ/.test(rest.map((p) => p.text).join(''))) {
        // A label beside the party is the row's scope (`技術的 | 受託者 | …`).
        add({ parts: rest, actor: actorOf(party) ?? 'ward', label: partyTable < 0 ? label : label || party, firm: true });
        continue;
      }
    }
    partyTable = null;
    const named = actorOf(bare);
    if (r.key === null && named && MEASURE_LABEL.test(bare)) {
      add({ parts: r.parts, actor: named, label, firm: true });
      continue;
    }
    // A table header repeated on the next page, with the cut sentence going on under it.
    const rest = r.parts.filter((p) => !TABLE_HEADER.test(compact(p.text)));
    if (continued && r.key === null && TABLE_HEADER.test(bare) && /^[\u3040-\u309f、]/.test(compact(rest[0]?.text ?? ''))) {
      continued.parts = [...continued.parts, ...rest];
      lastRow.block = continued;
      continue;
    }
    if (measureTable && r.key === null && label && !TABLE_HEADER.test(bare)) {
      add({ parts: r.parts, actor: tableActor, label, firm: tableActor === 'contractor', topic: label.replace(/^(?:\d{1,2}|\(\d{1,2}\))\s*/, '') });
      continue;
    }
    if (measureTable && r.key === null && !label) {
      add({ parts: r.parts, actor: tableActor, label: '', firm: tableActor === 'contractor' });
      continue;
    }
    for (const b of embeddedBlocks(r)) add(b);
  }
  const out: RawSentence[] = [];
  for (const b of blocks) {
    const found = measureSentences(b.parts, b.actor, b.label, b.firm);
    const topic = b.topic;
    if (topic === undefined) out.push(...found);
    else out.push(...found.map((s) => ({ ...s, heading: s.heading ?? topic, scope: s.scope === 'other' ? (scopeOf(b.label) ?? 'other') : s.scope })));
  }
  if (annexAt >= 0) out.push(...clauseSentences(rows.slice(annexAt + 1)));
  return out;
}

const CLAUSE_HEADING = /^[(（]([^()（）]{2,30})[)）]$/;
const CLAUSE_NUMBERED = /^(?:第\s*(\d{1,2})\s*条?|(\d{1,2})[.．]?)(?:\s+|(?=[(（]))(.*)$/;

export function isAnnexStart(r: Row): boolean {
  if (r.kind !== 'text' && r.kind !== 'heading') return false;
  const t = compact(r.parts.map((p) => p.text).join(''));
  // A note of whose annex it is (`（報告事項１及び報告事項２の契約に共通）`) does not make it prose.
  return t.replace(/[(（][^()（）]*[)）]/g, '').length <= 30 && ANNEX_START.test(t);
}

/** The opening of an annex's paragraph before its articles: `この特記事項は、…`, `…契約書に別記として付ける特記事項の全文です`, `委託契約書に添付する特記事項は次のとおりです`. */
const ANNEX_PREAMBLE = /^この(?:個人情報取扱)?特記事項は|^[^。]{0,60}(?:付ける|付する|付す|添付する)[「『]?(?:個人情報取扱)?特記事項[」』]?(?:の(?:全文|内容)|は、?(?:次|以下)の(?:とおり|通り))/;

/**
 * Annex clauses: `(再委託の禁止)` headings over numbered paragraphs, or `第6 再委託の制限` /
 * `第6条(再委託の禁止) 本文` forms. One clause is one sentence row; sub-items stay with it.
 */
export function clauseSentences(rows: Row[]): RawSentence[] {
  const out: RawSentence[] = [];
  let heading: string | null = null;
  let cur: RawSentence | null = null;
  let preamble = false;
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
        preamble = false;
        heading = clean(h[1]);
        continue;
      }
      const n = CLAUSE_NUMBERED.exec(line);
      if (n) {
        preamble = false;
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
      // An opening paragraph (`この特記事項は、…に添付するものである。以下、…という。`) says whose
      // the annex is and names the parties, up to the first article.
      preamble ||= out.length === 0 && !cur && ANNEX_PREAMBLE.test(line);
      if (preamble) continue;
      // The annex's own title (`別記␣個人情報取扱特記事項`, a heading row) is no clause, nor the start of one.
      if (out.length === 0 && !cur && compact(line).replace(/[(（][^()（）]*[)）]/g, '').length <= 30 && ANNEX_START.test(compact(line))) continue;
      if (cur) (cur as RawSentence).text += ' ' + line;
      // `（諮問事項(1)の委託契約に添付するもの）` before the first article says whose the annex is.
      else if (!ANNEX_MARK.test(line)) cur = { actor: 'contractor', scope: 'clause', heading, text: line, page: r.page };
    }
  }
  flush();
  return out;
}
