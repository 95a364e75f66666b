import { getStore, storeNotice } from '$lib/server/db';
import type { LayoutServerLoad } from './$types';

/**
 * Who is signed in, for the header and for showing edit controls to editors only; and, while the
 * server answers from an older snapshot than the one published, why (after this request's check).
 */
export const load: LayoutServerLoad = async ({ locals }) => {
  await getStore().catch(() => undefined);
  return { access: locals.access ?? null, storeNotice: storeNotice() };
};
