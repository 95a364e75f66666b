import type { ParamMatcher } from '@sveltejs/kit';
import { TWIN_FORMATS, type TwinFormat } from '$lib/view-types';

/** The data twins every view is served as; the guard types `params.format` in the routes. */
export const match = ((param: string): param is TwinFormat => (TWIN_FORMATS as readonly string[]).includes(param)) satisfies ParamMatcher;
