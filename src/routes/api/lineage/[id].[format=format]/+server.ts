import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { LINEAGE_COLUMNS, lineageRows, matterLineage } from '$lib/server/lineage';
import { matterExists } from '$lib/server/store/queries';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** A matter's earlier and later versions (the matter page's 「版の履歴」); JSON adds the diff and removed links. */
export const GET: RequestHandler = async ({ params }) => {
  const store = await getStore();
  if (!(await matterExists(store, params.id))) error(404, `案件が見つかりません: ${params.id}`);
  const l = await matterLineage(store, params.id);
  return twinResponse(params.format, { name: `lineage-${params.id}`, columns: LINEAGE_COLUMNS, rows: lineageRows(l), json: l });
};
