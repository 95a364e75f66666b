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

// Requests Node's parser refuses before any handler sees them (a URL past the header limit, bytes
// that are not HTTP): answered in Japanese, with the same headers, instead of Node's bare status.
server.server.on('clientError', (/** @type {NodeJS.ErrnoException} */ err, /** @type {import('node:stream').Duplex} */ socket) => {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? ['431 Request Header Fields Too Large', 'URL またはヘッダーが長すぎます。条件を減らしてください。']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ['408 Request Timeout', '要求が時間内に届きませんでした。']
        : ['400 Bad Request', '要求を HTTP として読み取れません。'];
  const body = Buffer.from(message + '\n');
  /** @type {Record<string, string>} */
  const headers = {};
  applySecurityHeaders({ has: (name) => name in headers, set: (name, value) => (headers[name] = value) });
  const head = [`HTTP/1.1 ${status}`, 'content-type: text/plain; charset=utf-8', `content-length: ${body.length}`, 'connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  socket.end(Buffer.concat([Buffer.from(head.join('\r\n') + '\r\n\r\n'), body]));
});
