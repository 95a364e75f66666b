// What a period row's cells say about the period (pure, no I/O).
import { findDates } from '../dates';
import type { Part } from '../types';

/**
 * The text of a period row to read the period from. A remarks cell beside a whole date
 * (`令和３年２月１日 | 接続試験は令和３年１月１８日から…`) dates something else: a sentence there, not
 * a period's end or a note, makes it a remark, and the first cell alone is read.
 */
export function periodCellText(parts: Part[], joined: string): string {
  const first = parts[0]?.text.trim() ?? '';
  const rest = parts.slice(1).map((p) => p.text).join('').replace(/[(（][^()（）]*[)）]|※.*$/g, '');
  const words = rest.replace(/(?:令和|平成|昭和)?[\d元]+年度?(?:\d+月)?(?:\d+日)?|から|まで|[～~\-－\s]/g, '');
  const remark = findDates(first).length > 0 && /(?:日|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})$/.test(first) && !/^\s*(?:から|まで|[～~\-－])/.test(rest) && words.length >= 6;
  return remark ? parts[0].text : joined;
}

/** A period row that gives only the period's end (`期間（終了）`, `委託期間の終期`). */
export const END_LABEL = /終了|終期|満了/;
