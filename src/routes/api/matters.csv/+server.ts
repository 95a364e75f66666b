import { csvResponse, toCsv } from '$lib/server/csv';
import { getStore } from '$lib/server/db';
import { matterParamsOrError } from '$lib/server/params';
import { listMatters, type MatterRow } from '$lib/server/store/queries';
import type { RequestHandler } from './$types';

// Fixed column order so spreadsheets and scripts can rely on it even when no row comes back.
const COLUMNS = [
  'matter_id', 'document_id', 'seq', 'municipality', 'title', 'matter_kind', 'procedure', 'legal_basis', 'department',
  'divisions', 'contractor', 'period_start', 'period_end', 'recurring', 'fiscal_year', 'council_session', 'page_start',
  'source_path', 'source_url', 'items', 'sensitive_items', 'media', 'safeguards', 'categories'
] as const satisfies readonly (keyof MatterRow)[];

/** The list page's rows as CSV: same params, same page of 50. */
export const GET: RequestHandler = async ({ url }) => {
  const { query } = matterParamsOrError(url.searchParams);
  const { rows } = await listMatters(await getStore(), query);
  return csvResponse(toCsv(COLUMNS, rows), 'matters.csv');
};
