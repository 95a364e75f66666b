import { getStore } from '$lib/server/db';
import { allCorrections, CORRECTION_COLUMNS } from '$lib/server/review';
import { twinResponse } from '$lib/server/twin';
import type { RequestHandler } from './$types';

/** Every correction people made, oldest first, with who, when, before and after, and how it stands. */
export const GET: RequestHandler = async ({ params }) => {
  const rows = await allCorrections(await getStore());
  return twinResponse(params.format, { name: 'corrections', columns: CORRECTION_COLUMNS, rows });
};
