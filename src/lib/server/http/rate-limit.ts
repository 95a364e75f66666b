// Per-client limits on the costly requests: searches and draft checks (each tens to hundreds of
// milliseconds of CPU) and failed sign-ins (a password guess costs 32 MB of scrypt). A client is
// the signed-in user, or the address when nobody is signed in. Counted in this process's memory,
// over a minute.

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { setting } from '../env';

export type RateBucket = 'search' | 'check' | 'signin';

/** Failed sign-ins per client per minute before the client must wait. */
const SIGNIN_FAILURES_PER_MINUTE = 10;

/** The bucket a request draws from, or null when it is not limited. */
export function rateBucket(method: string, url: URL): RateBucket | null {
  const p = url.pathname;
  if ((p === '/search' || p === '/search.atom' || p.startsWith('/api/search.')) && url.searchParams.get('q')?.trim()) return 'search';
  if (method.toUpperCase() === 'POST' && (p === '/check' || p === '/api/check')) return 'check';
  return null;
}

function perMinute(bucket: RateBucket): number {
  if (bucket === 'signin') return SIGNIN_FAILURES_PER_MINUTE;
  const n = Number.parseInt(setting(bucket === 'search' ? 'rateSearch' : 'rateCheck'), 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

const limiters = new Map<string, RateLimiterMemory>();

function limiter(bucket: RateBucket, points: number): RateLimiterMemory {
  const id = `${bucket}:${points}`;
  let l = limiters.get(id);
  if (!l) {
    l = new RateLimiterMemory({ keyPrefix: bucket, points, duration: 60 });
    limiters.set(id, l);
  }
  return l;
}

/** Takes one request from the client's allowance: null when allowed, else the seconds to wait. */
export async function take(bucket: RateBucket, client: string): Promise<number | null> {
  const points = perMinute(bucket);
  if (points === 0) return null;
  try {
    await limiter(bucket, points).consume(client);
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

/** Whether the client has used up its allowance, without taking from it. */
export async function exhausted(bucket: RateBucket, client: string): Promise<number | null> {
  const points = perMinute(bucket);
  if (points === 0) return null;
  const res = await limiter(bucket, points).get(client);
  return res && res.remainingPoints <= 0 ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : null;
}
