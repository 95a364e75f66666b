import { isHttpError, json } from '@sveltejs/kit';
import { getDraftAnalyzer } from '$lib/server/draft-analyzer';
import { CheckError, checkDraft, draftFromRequest, draftPages } from '$lib/server/check';
import { getStore } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** The draft check as JSON: body text/plain, JSON {text} or multipart/form-data with `file`; errors as {error}. */
export const POST: RequestHandler = async ({ request }) => {
  try {
    const { pages, source } = await draftPages(await draftFromRequest(request));
    return json(await checkDraft(await getStore(), await getDraftAnalyzer(), pages, source));
  } catch (e) {
    if (e instanceof CheckError) return json({ error: e.message }, { status: e.status });
    if (isHttpError(e)) return json({ error: e.body.message }, { status: e.status });
    throw e;
  }
};
