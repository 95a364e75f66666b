import { getStore } from '$lib/server/db';
import { orBadRequest, parseFilter } from '$lib/server/filters';
import { ruleStats } from '$lib/server/store/gaps';
import { RISK_WEIGHTS } from '$lib/domain/classify/risk';
import { GROUP_PEER_OPTIONS } from '$lib/domain/similar/peers';
import { paramsOf } from '$lib/ui/filters';
import type { PageServerLoad } from './$types';

/** The expected-safeguard rules as users read them, with the matters each fires on. */
export const load: PageServerLoad = async ({ url }) => {
  const filter = orBadRequest(parseFilter(url.searchParams));
  const rules = await ruleStats(await getStore(), filter);
  return { rules, risk: RISK_WEIGHTS.map(({ weight, cap, label }) => ({ weight, cap: cap ?? null, label })), peers: GROUP_PEER_OPTIONS, params: paramsOf(url.searchParams) };
};
