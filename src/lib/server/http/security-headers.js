// The headers every response carries, pages, twins and static files alike. Plain JavaScript so the
// server entry (scripts/serve.js, which also covers the static files SvelteKit's hooks never see)
// and the hooks share one definition. Pages get SvelteKit's own Content-Security-Policy
// (svelte.config.js); everything else gets the strict one here, which allows nothing to run.

/** @type {Readonly<Record<string, string>>} */
export const SECURITY_HEADERS = Object.freeze({
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()'
});

/** For responses that are not pages: data, files and errors. */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Sets the headers on a response's header list, keeping a policy the response already has.
 * @param {{ has(name: string): boolean; set(name: string, value: string): void }} headers
 */
export function applySecurityHeaders(headers) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  if (!headers.has('content-security-policy')) headers.set('content-security-policy', DATA_CSP);
}
