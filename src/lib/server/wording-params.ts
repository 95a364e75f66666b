// The category of a wording-history view: a taxonomy code, or 404.

import { error } from '@sveltejs/kit';
import { CATEGORY_BY_CODE } from '../domain/taxonomy';
import type { WordingGroup } from '../view-types';

export function categoryOr404(code: string): string {
  if (!CATEGORY_BY_CODE.has(code)) error(404, `対策の分類が見つかりません: ${code.slice(0, 40)}`);
  return code;
}

/** A group as a flat row for the CSV and Arrow twins: departments as `部名(年度)`. */
export const wordingRow = (g: WordingGroup) => ({ ...g, departments: g.departments.map((d) => `${d.department}(${d.last ?? '?'})`) });
