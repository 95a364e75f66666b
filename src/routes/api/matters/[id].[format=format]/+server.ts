import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { DETAIL_COLUMNS, matterDetail, matterDetailRows } from '$lib/server/store/queries';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** The matter page's data: JSON as /api/matters/[id]; CSV and Arrow as one long table. */
export const GET: RequestHandler = async ({ params }) => {
  const d = await matterDetail(await getStore(), params.id);
  if (!d) error(404, `案件が見つかりません: ${params.id}`);
  return twinResponse(params.format, { name: `matter-${params.id}`, columns: DETAIL_COLUMNS, rows: matterDetailRows(d), json: d });
};
