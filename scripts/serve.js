// The server npm start runs: adapter-node's own entry, with the security headers set on every
// response before it answers, static files included (those never reach SvelteKit's hooks).
// Plain JavaScript so it runs with node alone, as build/index.js does.

import { applySecurityHeaders } from '../src/lib/server/http/security-headers.js';

const { server } = await import('../build/index.js');

// Node's response keeps headers set here unless the handler sets the same name itself (a page's
// Content-Security-Policy does), so first in line is enough.
server.server.prependListener('request', (/** @type {unknown} */ _req, /** @type {import('node:http').ServerResponse} */ res) => {
  applySecurityHeaders({ has: (name) => res.hasHeader(name), set: (name, value) => res.setHeader(name, value) });
});
