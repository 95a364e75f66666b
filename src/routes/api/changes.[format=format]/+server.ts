import { getStore } from '$lib/server/db';
import { changesFilter } from '$lib/server/changes-params';
import { removedKeys } from '$lib/server/lineage-edits';
import { CHANGE_COLUMNS, changes } from '$lib/server/store/lineage';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** Every renewal and change whose later matter is of the filters (`fy`: its fiscal year), with what changed. */
export const GET: RequestHandler = async ({ url, params }) => {
  const filter = changesFilter(url.searchParams);
  const { total, rows } = await changes(await getStore(), filter, removedKeys(), { limit: 5000, offset: 0 });
  return twinResponse(params.format, { name: 'changes', columns: CHANGE_COLUMNS, rows, json: { total, rows } });
};
