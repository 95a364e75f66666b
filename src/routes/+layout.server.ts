import type { LayoutServerLoad } from './$types';

/** Who is signed in, for the header and for showing edit controls to editors only. */
export const load: LayoutServerLoad = ({ locals }) => ({
  access: locals.access ?? null
});
