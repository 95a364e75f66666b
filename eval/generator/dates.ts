// Dates as councils write them: Japanese eras (元年), kanji or full-width numerals, spaced characters.

const KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
export function kanjiNum(n: number): string {
  if (n < 10) return KANJI[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens > 1 ? KANJI[tens] : '') + '十' + (ones ? KANJI[ones] : '');
}
export const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

export interface DateStyle {
  kanji?: boolean;
  fullWidth?: boolean;
  spaced?: boolean;
  gannen?: boolean;
  heiseiOnly?: boolean;
}

export function eraOf(iso: string, heiseiOnly = false): { era: string; year: number } {
  const y = Number(iso.slice(0, 4));
  if (iso >= '2019-05-01' && !heiseiOnly) return { era: '令和', year: y - 2018 };
  return { era: '平成', year: y - 1988 };
}

export function writeDate(iso: string, st: DateStyle = {}): string {
  const { era, year } = eraOf(iso, st.heiseiOnly);
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const n = (x: number) => (st.kanji ? kanjiNum(x) : String(x));
  const y = year === 1 && st.gannen !== false ? '元' : n(year);
  let s = st.spaced ? `${era} ${y} 年 ${n(month)} 月 ${n(day)} 日` : `${era}${y}年${n(month)}月${n(day)}日`;
  if (st.fullWidth) s = toFullWidth(s);
  return s;
}

/** `令和3年度` for a fiscal year; FY2019 is 平成31年度 only when written in April 2019. */
export function writeFiscalYear(fy: number, aprilOf2019 = false, heiseiOnly = false): string {
  if (fy >= 2019 && !(fy === 2019 && aprilOf2019) && !heiseiOnly) return `令和${fy === 2019 ? '元' : fy - 2018}年度`;
  return `平成${fy - 1988}年度`;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const fiscalYearOf = (isoDate: string) => {
  const y = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 4 ? y : y - 1;
};
export const daysIn = (y: number, m: number) => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
/** Month `m` (1–12) of fiscal year `fy`, as a calendar year. */
export const yearOfMonth = (fy: number, m: number) => (m >= 4 ? fy : fy + 1);
