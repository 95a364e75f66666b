import { json } from '@sveltejs/kit';
import { isReady, storeNotice } from '$lib/server/db';
import { warmRoutes } from '$lib/server/warm-routes';
import type { RequestHandler } from './$types';

/**
 * Readiness for load balancers and the benchmark: 200 once the store is open and warm and each view
 * has been asked once (its code loaded, warm-routes.ts), 503 before. While the server answers from
 * its last good snapshot, still 200, with `stale` saying why.
 */
export const GET: RequestHandler = async ({ fetch }) => {
  const ready = (await isReady()) && (await warmRoutes(fetch).then(() => true));
  const notice = storeNotice();
  return json({ ready, ...(notice ? { stale: notice } : {}) }, { status: ready ? 200 : 503, headers: { 'cache-control': 'no-store' } });
};
