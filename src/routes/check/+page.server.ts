import { fail } from '@sveltejs/kit';
import { getDraftAnalyzer } from '$lib/server/draft-analyzer';
import { CheckError, checkDraft, draftFromForm, draftPages, formFromRequest } from '$lib/server/check';
import { getStore } from '$lib/server/db';
import type { Actions } from './$types';

/** The draft check form: pasted text or a file, checked in memory; the pasted text comes back for the text box. */
export const actions: Actions = {
  default: async ({ request }) => {
    let text = '';
    try {
      const form = await formFromRequest(request);
      text = typeof form.get('text') === 'string' ? (form.get('text') as string) : '';
      const { pages, source } = await draftPages(await draftFromForm(form));
      return { text, check: await checkDraft(await getStore(), await getDraftAnalyzer(), pages, source) };
    } catch (e) {
      if (e instanceof CheckError) return fail(e.status, { text, error: e.message });
      throw e;
    }
  }
};
