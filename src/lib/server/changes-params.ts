// /changes and its twins: the dashboard's filters, where `fy` is the fiscal year of the later version.

import { error } from '@sveltejs/kit';
import { orBadRequest, parseFilter } from './filters';
import type { MatterFilter } from './store/dashboard';

export function changesFilter(sp: URLSearchParams): MatterFilter {
  const filter = orBadRequest(parseFilter(sp));
  const fy = sp.get('fy')?.trim();
  if (fy) {
    if (!/^\d{4}$/.test(fy)) error(400, `年度（fy）は西暦4桁の数字で指定してください: ${fy.slice(0, 40)}`);
    filter.fiscal_year = Number(fy);
  }
  return filter;
}
