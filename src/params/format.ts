import type { ParamMatcher } from '@sveltejs/kit';

/** The data twins every view is served as. */
export const match: ParamMatcher = (p) => p === 'json' || p === 'csv' || p === 'arrow';
