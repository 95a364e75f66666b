// Japanese date parsing for noisy PDF text: era dates, western dates, fiscal years and periods.
// Pure functions; every regex is compiled once at module load.

export type Era = '明治' | '大正' | '昭和' | '平成' | '令和';

export const ERA_START: Record<Era, number> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };

export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

/** index/end are offsets in the input string. */
export interface DateMatch {
  date: PartialDate;
  index: number;
  end: number;
  text: string;
}

const ERA_LETTER: Record<string, Era> = { M: '明治', T: '大正', S: '昭和', H: '平成', R: '令和' };

// ---------------------------------------------------------------------------
// Kanji numerals

const K_DIGIT: Record<string, number> = {
  〇: 0, '○': 0, 零: 0, 一: 1, 壱: 1, 壹: 1, 二: 2, 弐: 2, 貳: 2, 三: 3, 参: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陸: 6, 七: 7, 漆: 7, 八: 8, 捌: 8, 九: 9, 玖: 9
};
const K_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 阡: 1000, 仟: 1000 };
// 廿/卅 are one-character 二十/三十.
const K_TENS: Record<string, number> = { 廿: 2, 卅: 3 };

/** Kanji numeral string (一二三…十百千, 〇, 元=1, also mixed like 二〇二一 or 十二) to number, or null. Also accepts ASCII/full-width digits. */
export function kanjiToNumber(s: string): number | null {
  const t = /^\d+$/.test(s) ? s : s.normalize('NFKC').replace(/\s+/g, '');
  if (t === '') return null;
  if (t === '元') return 1;
  if (/^\d+$/.test(t)) return Number(t);
  let total = 0; // completed 万 groups
  let section = 0; // value below 万 built from units
  let digits: number | null = null; // pending digit run; positional so 二〇二一 reads as 2021
  let lastUnit = Infinity; // units must descend (十十 or 十百 is not a numeral)
  for (const c of t) {
    const d = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : K_DIGIT[c];
    if (d !== undefined) {
      digits = (digits ?? 0) * 10 + d;
      continue;
    }
    const tens = K_TENS[c];
    const unit = tens !== undefined ? 10 : K_UNIT[c];
    if (unit !== undefined) {
      if (unit >= lastUnit || (tens !== undefined && digits !== null)) return null;
      section += (tens ?? digits ?? 1) * unit;
      digits = null;
      lastUnit = unit;
    } else if (c === '万' || c === '萬') {
      const v = section + (digits ?? 0);
      if (v === 0) return null;
      total += v * 10000;
      section = 0;
      digits = null;
      lastUnit = Infinity;
    } else return null;
  }
  return total + section + (digits ?? 0);
}

// ---------------------------------------------------------------------------
// Normalisation with an offset map back to the input

interface Normalized {
  s: string;
  from: number[]; // from[i]: input offset of the character that produced s[i]
}

const ZERO_WIDTH = /[\u200b-\u200f\u2060]/g;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// Characters NFKC leaves alone; copying runs of them in one slice keeps long documents cheap.
const isStable = (c: number): boolean =>
  (c < 0x80 && c !== 0x20 && (c < 9 || c > 13)) ||
  (c >= 0x3001 && c <= 0x3035) ||
  (c >= 0x3041 && c <= 0x3096) ||
  (c >= 0x30a1 && c <= 0x30fa) ||
  (c >= 0x4e00 && c <= 0x9fff);

/**
 * NFKC per character (full-width digits, Kangxi radicals like ⽉, era ligatures like ㋿) and
 * whitespace removal, because PDF extraction scatters spaces between characters. A single space
 * survives only between two digits so `1 2021/6/22` in a table row does not fuse into one number;
 * the patterns allow that space inside numbers to still read letter-spaced `1 2 月` as 12.
 */
function normalize(text: string): Normalized {
  const parts: string[] = [];
  const from: number[] = [];
  let run = 0; // start of the pending run of stable characters
  let space = -1; // input offset of pending whitespace
  let prev = 0; // last char code emitted
  const keepSpace = (next: number): void => {
    if (space >= 0 && isDigit(prev) && isDigit(next)) {
      parts.push(' ');
      from.push(space);
    }
    space = -1;
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    if (isStable(cp)) {
      keepSpace(cp);
      from.push(i++);
      prev = cp;
      continue;
    }
    if (run < i) parts.push(text.slice(run, i));
    const len = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + len).normalize('NFKC').replace(ZERO_WIDTH, '');
    if (ch.trim() === '') {
      if (space < 0) space = i;
    } else {
      keepSpace(ch.charCodeAt(0));
      parts.push(ch);
      for (let k = 0; k < ch.length; k++) from.push(i);
      prev = ch.charCodeAt(ch.length - 1);
    }
    run = i += len;
  }
  if (run < text.length) parts.push(text.slice(run));
  return { s: parts.join(''), from };
}

/** Input offset just after the input character behind normalised position i. */
function endOf(text: string, from: number[], i: number): number {
  const o = from[i];
  return o + ((text.codePointAt(o) as number) > 0xffff ? 2 : 1);
}

// ---------------------------------------------------------------------------
// Tokens: dates, fiscal years and the partial dates a period may end with

const ERA = '明治|大正|昭和|平成|令和';
const KN = '〇○零一二三四五六七八九十廿卅壱壹弐貳参參拾';
const D12 = '\\d(?: ?\\d)?'; // one or two digits, possibly letter-spaced
const N12 = `(?:${D12}|[${KN}]{1,4})`; // month, day or era year
const EY = `(?:${N12}|元)`;
const Y4 = '(?:\\d(?: ?\\d){3}|[〇○零一二三四五六七八九]{4})';
const NO_NUM_BEFORE = `(?<![\\d${KN}])`;

// One alternation so matches are leftmost and never overlap; the order matters at equal offsets.
const TOKEN_RE = new RegExp(
  // The leading lookahead lets the engine skip most positions cheaply.
  `(?=[明大昭平令MTSHR\\d${KN}])(?:` +
  [
    `(?<fe>${ERA})(?<fy>${EY})年度`,
    `${NO_NUM_BEFORE}(?<fw>${Y4})年度`,
    `(?<e1>${ERA})(?<y1>${EY})年(?<m1>${N12})月(?:(?<d1>${N12})日)?`,
    // `.` dates refuse a fourth component so section numbers like H1.2.3.4 stay out.
    `(?<e2>${ERA}|(?<![A-Za-z\\d])[MTSHR])(?<y2>${D12})(?<s2>[./-])(?<m2>${D12})\\k<s2>(?<d2>${D12})(?!\\d|\\.\\d)`,
    `${NO_NUM_BEFORE}(?<y3>${Y4})年(?<m3>${N12})月(?:(?<d3>${N12})日)?`,
    `(?<![\\d.])(?<y4>${Y4})(?<s4>[./-])(?<m4>${D12})\\k<s4>(?<d4>${D12})(?!\\d|\\.\\d)`,
    `${NO_NUM_BEFORE}(?<m5>${N12})月(?:(?<d5>${N12})日)?`,
    `${NO_NUM_BEFORE}(?<d6>${N12})日`
  ].join('|') +
    ')',
  'g'
);

type Kind = 'era' | 'western' | 'fy' | 'md' | 'm' | 'd';

/** s/e are offsets in the normalised string; year is 0 for partial kinds (md, m, d). */
interface Token {
  kind: Kind;
  date: PartialDate;
  s: number;
  e: number;
}

// NaN for a matched but unreadable numeral (十十), so validation rejects it instead of treating it as absent.
const num = (x: string | undefined): number | null => (x === undefined ? null : (kanjiToNumber(x) ?? NaN));

function eraYear(era: string, n: number | null): number | null {
  const start = ERA_START[era as Era] ?? ERA_START[ERA_LETTER[era]];
  // Up to 99 rather than the era's real length: documents written before an era change say 平成32年.
  return n !== null && n >= 1 && n <= 99 ? start + n - 1 : null;
}

const westernYear = (n: number | null): number | null => (n !== null && n >= 1868 && n <= 2199 ? n : null);

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValid(d: PartialDate): boolean {
  if (d.month === null) return d.day === null;
  if (!(d.month >= 1 && d.month <= 12)) return false;
  // year 0 marks a partial date: allow any day a month can have
  return d.day === null || (d.day >= 1 && d.day <= (d.year ? daysInMonth(d.year, d.month) : 31));
}

function toToken(g: Record<string, string | undefined>, s: number, e: number): Token | null {
  let kind: Kind;
  let year: number | null;
  let month: number | null = null;
  let day: number | null = null;
  if (g.fe !== undefined || g.fw !== undefined) {
    kind = 'fy';
    year = g.fe !== undefined ? eraYear(g.fe, num(g.fy)) : westernYear(num(g.fw));
  } else if (g.e1 !== undefined || g.e2 !== undefined) {
    kind = 'era';
    year = eraYear((g.e1 ?? g.e2) as string, num(g.y1 ?? g.y2));
    month = num(g.m1 ?? g.m2);
    day = num(g.d1 ?? g.d2);
  } else if (g.y3 !== undefined || g.y4 !== undefined) {
    kind = 'western';
    year = westernYear(num(g.y3 ?? g.y4));
    month = num(g.m3 ?? g.m4);
    day = num(g.d3 ?? g.d4);
  } else {
    kind = g.d5 !== undefined ? 'md' : g.m5 !== undefined ? 'm' : 'd';
    year = 0;
    month = num(g.m5);
    day = num(g.d5 ?? g.d6);
  }
  const date = { year: year ?? NaN, month, day };
  const ok =
    year !== null &&
    (kind === 'fy' || (kind === 'd' ? day !== null && day >= 1 && day <= 31 : month !== null && isValid(date)));
  return ok ? { kind, date, s, e } : null;
}

function scan(n: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(n); m; m = TOKEN_RE.exec(n)) {
    const t = toToken(m.groups ?? {}, m.index, m.index + m[0].length);
    if (t) out.push(t);
    // An impossible date may hide a valid one starting inside it.
    else TOKEN_RE.lastIndex = m.index + 1;
  }
  return out;
}

const isAbsolute = (t: Token): boolean => t.kind === 'era' || t.kind === 'western';

// ---------------------------------------------------------------------------
// Public API

/** Every date in the text, in order, non-overlapping. Ignores impossible dates (month 13, day 32, Feb 30, era year 0 …). A bare era year with no month (令和3年) is NOT a date here. */
export function findDates(text: string): DateMatch[] {
  const { s, from } = normalize(text);
  return scan(s)
    .filter(isAbsolute)
    .map((t) => {
      const index = from[t.s];
      const end = endOf(text, from, t.e - 1);
      return { date: t.date, index, end, text: text.slice(index, end) };
    });
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** ISO yyyy-mm-dd; missing month/day are filled with the first ('start') or the last ('end') month/day, e.g. {2022,3,null} end -> 2022-03-31, leap years respected. */
export function toIso(d: PartialDate, mode: 'start' | 'end' = 'start'): string {
  const month = d.month ?? (mode === 'start' ? 1 : 12);
  const day = d.day ?? (mode === 'start' ? 1 : daysInMonth(d.year, month));
  return `${pad(d.year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

interface Endpoint {
  start: string;
  end: string;
  date: PartialDate; // what a following partial date inherits from
}

function span(d: PartialDate): Endpoint {
  return { start: toIso(d, 'start'), end: toIso(d, 'end'), date: d };
}

function fiscalSpan(fy: number): Endpoint {
  return { start: `${pad(fy, 4)}-04-01`, end: `${pad(fy + 1, 4)}-03-31`, date: { year: fy, month: 4, day: 1 } };
}

/** Completes a partial date (md, m, d) from `base`, rolling forward when it would fall before it. */
function inherit(t: Token, base: PartialDate): Endpoint | null {
  const d =
    t.kind === 'd' ? { year: base.year, month: base.month, day: t.date.day } : { ...t.date, year: base.year };
  if (d.month === null) return null;
  if (toIso(d, 'end') < toIso(base, 'start')) {
    if (t.kind !== 'd') d.year++;
    else if (d.month === 12) [d.year, d.month] = [d.year + 1, 1];
    else d.month++;
  }
  return isValid(d) ? span(d) : null;
}

function endpoint(t: Token, base: PartialDate | null): Endpoint | null {
  if (t.kind === 'fy') return fiscalSpan(t.date.year);
  if (isAbsolute(t)) return span(t.date);
  return base ? inherit(t, base) : null;
}

// Optional weekday such as (火) between a date and what follows it.
const WEEKDAY = '(?:\\((?:[月火水木金土日](?:曜日?)?|祝)\\))?';
const DASH = '~〜～∼ー\\-‐‑‒–—―−→⇒';
const SEP_AFTER = new RegExp(`${WEEKDAY}(から|より|[${DASH}])`, 'y');
const UNTIL = new RegExp(`${WEEKDAY}(?:まで|迄)`, 'y');
const at = (re: RegExp, s: string, i: number): RegExpExecArray | null => ((re.lastIndex = i), re.exec(s));

/**
 * The first period in the text: `令和3年6月22日から令和3年12月31日まで`, `R3.6.22~R4.3.31`, `令和3年6月22日から12月31日まで`,
 * open ends (`契約締結日から令和4年3月31日まで`, `令和3年4月1日から`), month precision (`令和3年4月から令和4年3月まで`).
 * A partial end date inherits year/month from the start and rolls forward when it would precede it
 * (`令和3年12月1日から3月31日まで` ends 2022-03-31); a partial start takes its year from an earlier
 * date or 年度 in the text, else from the end date. With no explicit range, the first 年度 gives a whole
 * fiscal year. Dates without a separator between them are not a period: null.
 */
export function parseDateRange(text: string): { start: string | null; end: string | null } | null {
  // `…２月１日から同年３月３１日まで`: 同年 is the start's year, as a partial end date takes it.
  const n = normalize(text.replace(/(から|より)同年/g, '$1')).s;
  const toks = scan(n);
  let ctx: { year: number; fiscal: boolean } | null = null; // year that partial start dates inherit
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1] as Token | undefined;
    const sep = at(SEP_AFTER, n, t.e);
    if (sep && next !== undefined && next.s === t.e + sep[0].length) {
      // After から a bare `30日` is only an end date when まで follows (not in `から30日以内`).
      const word = sep[1] === 'から' || sep[1] === 'より';
      const partialNext = next.kind === 'md' || next.kind === 'm' || next.kind === 'd';
      if (!word || !partialNext || at(UNTIL, n, next.e)) {
        let first: Endpoint | null = null;
        if (isAbsolute(t) || t.kind === 'fy') first = endpoint(t, null);
        else if ((t.kind === 'md' || t.kind === 'm') && ctx) {
          const d = { ...t.date, year: ctx.year + (ctx.fiscal && (t.date.month as number) < 4 ? 1 : 0) };
          first = isValid(d) ? span(d) : null;
        } else if ((t.kind === 'md' || t.kind === 'm') && isAbsolute(next)) {
          // `4月1日から令和5年3月31日まで` with no earlier year: the start borrows the end's year.
          const d = { ...t.date, year: next.date.year };
          if (toIso(d) > toIso(next.date, 'end')) d.year--;
          first = isValid(d) ? span(d) : null;
        }
        const last = first && endpoint(next, first.date);
        if (first && last) return { start: first.start, end: last.end };
      }
    }
    if (isAbsolute(t) || t.kind === 'fy') {
      const own = endpoint(t, null) as Endpoint;
      if (sep) return { start: own.start, end: null };
      if (at(UNTIL, n, t.e) || (t.s > 0 && '~〜∼'.includes(n[t.s - 1]))) return { start: null, end: own.end };
      ctx = { year: t.date.year, fiscal: t.kind === 'fy' };
    }
  }
  const fy = toks.find((t) => t.kind === 'fy');
  if (!fy) return null;
  const { start, end } = fiscalSpan(fy.date.year);
  return { start, end };
}

/** Japanese fiscal year (April–March) of an ISO date: 2021-03-31 -> 2020, 2021-04-01 -> 2021. */
export function fiscalYearOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  const year = Number(m[1]);
  return Number(m[2]) < 4 ? year - 1 : year;
}

/** Fiscal year named as 年度 (`令和2年度` -> 2020, `2021年度` -> 2021); the first one found, or null. */
export function parseFiscalYear(text: string): number | null {
  return scan(normalize(text).s).find((t) => t.kind === 'fy')?.date.year ?? null;
}

/** Converts every full era date (with month and day) found in the text to ISO in place: `令和3年6月22日から` -> `2021-06-22から`. */
export function replaceEraDates(text: string): string {
  const { s, from } = normalize(text);
  let out = '';
  let last = 0;
  for (const t of scan(s)) {
    if (t.kind !== 'era' || t.date.day === null) continue;
    out += text.slice(last, from[t.s]) + toIso(t.date);
    last = endOf(text, from, t.e - 1);
  }
  return out + text.slice(last);
}
