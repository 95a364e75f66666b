// The first request to each view after the server starts loads that view's code: its route module,
// its component, the Arrow writer of the twins (50–150 ms on a 2-core machine, measured), which the
// first user of each view would wait for. Readiness asks each view once, through the app itself
// (SvelteKit's fetch runs the route in the process), before it says 200. It asks for a year no council
// sat in, the warm-up's own search and the matter the warm-up read already: no answer a user asks
// for is computed ahead, only the code is loaded.

import { getStore, WARM_QUERY } from './db';

/** A year with no matters: the views answer it, empty, without any real work. */
const NO_YEAR = 'fiscal_year=1900';

/** The views a user opens first, as paths; the matter page with the one matter given. */
export function warmPaths(matterId: string | null): string[] {
  const q = encodeURIComponent(WARM_QUERY);
  return [
    `/?${NO_YEAR}`,
    `/matters?${NO_YEAR}`,
    `/search?q=${q}`,
    `/api/search.json?q=${q}`,
    `/api/coverage.json?${NO_YEAR}`,
    `/api/overview.arrow?${NO_YEAR}`,
    `/gaps?${NO_YEAR}`,
    `/compare?a=${encodeURIComponent(NO_YEAR)}&b=${encodeURIComponent(NO_YEAR)}`,
    '/changes?fy=1900',
    `/wording/encryption?${NO_YEAR}`,
    ...(matterId ? [`/matters/${encodeURIComponent(matterId)}`] : [])
  ];
}

let warming: Promise<void> | null = null;

/** Asks each view once per process (later calls wait for the same warm-up); a view that fails is left to its first user. */
export function warmRoutes(fetch: typeof globalThis.fetch): Promise<void> {
  warming ??= (async () => {
    let matterId: string | null = null;
    try {
      const [m] = await (await getStore()).all<{ matter_id: string }>('SELECT matter_id FROM matters ORDER BY matter_id LIMIT 1');
      matterId = m?.matter_id ?? null;
    } catch {
      // No store to read: the views say so themselves.
    }
    for (const path of warmPaths(matterId)) {
      try {
        await (await fetch(path)).arrayBuffer();
      } catch {
        // Its first user will see the error; warming is not the place to report it.
      }
    }
  })();
  return warming;
}
