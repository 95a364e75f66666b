/**
 * A 正誤表 (errata) printed with the document, as a gazette or a council paper adds one after it is
 * issued: each `誤␣…` / `正␣…` pair corrects the text it names, so the corrected wording is the fact.
 * The table itself is no matter's content. Read on the pages' lines, before the layout: its lines
 * would otherwise run on as the value above them.
 */
import { compact, nfkc } from '../text';

/** The table's own heading line (`正␣誤␣表`, `【正誤表】`). */
const ERRATA_HEAD = /^[【〔[(]?(?:正誤表|訂正表)[】〕\])]?$/;
/** One side of a pair: `誤␣健康診断の受診日`, `正：健康診断の結果`. */
const SIDE = /^(誤|正)[\s:：]*(.+)$/;
/** A line that only draws a rule. */
const RULE = /^[-=─━_]{3,}$/;
/** A wrong wording shorter than this is too common to correct everywhere it occurs. */
const MIN_CHARS = 4;

/** The pages without the errata table, each of its corrections applied to the rest. */
export function applyErrata(pages: string[]): string[] {
  const lines = pages.map((p) => p.split('\n'));
  const p = lines.findIndex((page) => page.some((l) => ERRATA_HEAD.test(compact(l))));
  if (p < 0) return pages;
  const page = lines[p];
  const head = page.findIndex((l) => ERRATA_HEAD.test(compact(l)));
  const pairs: [string, string][] = [];
  let wrong: string | null = null;
  // The table runs to a rule, its page's end, or a blank line after a pair.
  let end = head + 1;
  for (; end < page.length; end++) {
    const line = nfkc(page[end]).trim();
    if (RULE.test(line) || (line === '' && pairs.length > 0 && wrong === null)) break;
    const side = SIDE.exec(line);
    if (side?.[1] === '誤') wrong = side[2].trim();
    else if (side && wrong !== null) {
      if ([...wrong].length >= MIN_CHARS) pairs.push([wrong, side[2].trim()]);
      wrong = null;
    }
  }
  lines[p] = [...page.slice(0, head), ...page.slice(end)];
  // The document's text is matched as the table writes it: both after NFKC.
  const fix = (l: string) => {
    const t = nfkc(l);
    return pairs.some(([w]) => t.includes(w)) ? pairs.reduce((s, [w, r]) => s.split(w).join(r), t) : l;
  };
  return lines.map((ls) => ls.map(fix).join('\n'));
}
