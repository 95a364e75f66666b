import { error, redirect } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { overview } from '$lib/server/store/dashboard';
import type { PageServerLoad } from './$types';

/** The latest fiscal year's report, with the same filters. */
export const load: PageServerLoad = async ({ url }) => {
  const { fy_max } = await overview(await getStore(), {});
  if (fy_max === null) error(404, '年度の分かる案件がないため、年次の概要を作れません。');
  redirect(307, `/report/${fy_max}${url.search}`);
};
