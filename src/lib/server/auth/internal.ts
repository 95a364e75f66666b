// The server's own requests: the report's PDF is printed by a Chromium that opens this server's
// report page, and carries no user's credentials. It carries instead a secret made when the process
// starts, which nothing outside the process can know; the guard lets it read, never edit.

import { randomBytes, timingSafeEqual } from 'node:crypto';

export const INTERNAL_HEADER = 'x-atlas-internal';
const TOKEN = randomBytes(32).toString('hex');

/** Headers for a request this process makes to itself. */
export const internalHeaders = (): Record<string, string> => ({ [INTERNAL_HEADER]: TOKEN });

export function isInternal(headers: Headers): boolean {
  const given = headers.get(INTERNAL_HEADER);
  if (!given || given.length !== TOKEN.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(TOKEN));
}
