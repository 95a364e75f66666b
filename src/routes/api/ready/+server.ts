import { json } from '@sveltejs/kit';
import { isReady } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** Readiness for load balancers and the benchmark: 200 once the store is open and warm, 503 before. */
export const GET: RequestHandler = async () => {
  const ready = await isReady();
  return json({ ready }, { status: ready ? 200 : 503, headers: { 'cache-control': 'no-store' } });
};
