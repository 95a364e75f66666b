import type { ServerInit } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';

/**
 * Opens the store (and, in the background, warms it) when the server starts, not on the first
 * request. Not awaited: the server listens meanwhile, and a missing store is reported to requests.
 */
export const init: ServerInit = () => {
  getStore().catch(() => undefined);
};
