import type { Handle, ServerInit } from '@sveltejs/kit';
import { getStore, storeNotice } from '$lib/server/db';
import { guard } from '$lib/server/http/guard';
import { inJapanese } from '$lib/server/http/japanese-refusals';
import { applySecurityHeaders } from '$lib/server/http/security-headers.js';

/**
 * Opens the store (and, in the background, warms it) when the server starts, not on the first
 * request. Not awaited: the server listens meanwhile, and a missing store is reported to requests.
 */
export const init: ServerInit = () => {
  getStore().catch(() => undefined);
};

/** The security headers, and a mark on data answered from an older snapshot than the one published. */
function decorate(headers: Headers): void {
  applySecurityHeaders(headers);
  const notice = storeNotice();
  if (notice) headers.set('x-atlas-stale-since', notice.servingSince);
}

/** The body limit, sign-in, role and rate limits (guard.ts), then the security headers on whatever is answered. */
export const handle: Handle = async ({ event, resolve }) => {
  let client = 'unknown';
  try {
    client = event.getClientAddress();
  } catch {
    // Not behind a socket (prerendering): one shared client.
  }
  const result = await guard(event.request, event.url, client);
  let response: Response;
  if ('refusal' in result) {
    const { status, message, headers } = result.refusal;
    response = new Response(message + '\n', { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } });
  } else {
    event.locals.access = result.access;
    response = await inJapanese(await resolve(event), event.request.method);
  }
  // A response built elsewhere may have immutable headers (a fetch passed through): copy it then.
  try {
    decorate(response.headers);
  } catch {
    response = new Response(response.body, response);
    decorate(response.headers);
  }
  return response;
};
