// One request per route of the app, so tests that must cover every route (headers, access,
// hostile input) cannot miss one: routeIds() reads the routes folder, and a test checks that
// every id has a sample here.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROUTES = path.join(import.meta.dirname, '..', '..', 'src', 'routes');
/** A draft the check finds a matter in: one of the sample documents. */
export const DRAFT = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'samples-text', '000_89a62690775440f9.txt'), 'utf8');

/** Route ids as SvelteKit names them ('/', '/api/matters.[format=format]', …). */
export function routeIds(): string[] {
  const ids = new Set<string>();
  for (const f of readdirSync(ROUTES, { recursive: true, encoding: 'utf8' })) {
    if (!/(^|\/)\+(page|server)(\.server)?\.(ts|svelte)$/.test(f)) continue;
    const dir = path.dirname(f);
    ids.add(dir === '.' ? '/' : `/${dir}`);
  }
  return [...ids].sort();
}

export interface RouteIds {
  matter: string;
  document: string;
  fy: number;
  department: string;
}

export interface RouteSample {
  method: 'GET' | 'POST';
  path: string;
  /** A form body for the posts. */
  form?: Record<string, string>;
  /** Or a plain text body. */
  text?: string;
}

/** A request that reaches each route's own code (valid parameters), by route id. */
export function routeSamples(ids: RouteIds): Record<string, RouteSample[]> {
  const m = encodeURIComponent(ids.matter);
  const get = (...paths: string[]): RouteSample[] => paths.map((p) => ({ method: 'GET', path: p }));
  const twins = (p: string) => get(...['json', 'csv', 'arrow'].map((f) => `${p}.${f}`));
  return {
    '/': get('/', '/?procedure=outsourcing'),
    '/api/changes.[format=format]': twins('/api/changes'),
    '/api/check': [{ method: 'POST', path: '/api/check', text: DRAFT }],
    '/api/compare.[format=format]': twins('/api/compare'),
    '/api/coverage.[format=format]': twins('/api/coverage'),
    '/api/facets.[format=format]': twins('/api/facets'),
    '/api/gap-rates.[format=format]': twins('/api/gap-rates'),
    '/api/gaps.[format=format]': twins('/api/gaps'),
    '/api/lineage/[id].[format=format]': twins(`/api/lineage/${m}`),
    '/api/matters-by-year.[format=format]': twins('/api/matters-by-year'),
    '/api/matters.[format=format]': twins('/api/matters'),
    '/api/matters/[id]': get(`/api/matters/${m}`),
    '/api/matters/[id].[format=format]': twins(`/api/matters/${m}`),
    '/api/overview.[format=format]': twins('/api/overview'),
    '/api/ready': get('/api/ready'),
    '/api/report/[fy].[format=format]': twins(`/api/report/${ids.fy}`),
    '/api/review.[format=format]': twins('/api/review'),
    '/api/corrections.[format=format]': twins('/api/corrections'),
    '/api/rules.[format=format]': twins('/api/rules'),
    '/api/search.[format=format]': ['json', 'csv', 'arrow'].flatMap((f) => get(`/api/search.${f}?q=${encodeURIComponent('委託')}`)),
    '/api/wording/[category].[format=format]': twins('/api/wording/encryption'),
    '/changes': get('/changes'),
    '/check': [...get('/check'), { method: 'POST', path: '/check', form: { text: DRAFT } }],
    '/compare': get('/compare'),
    '/departments/[name]': get(`/departments/${encodeURIComponent(ids.department)}`),
    '/documents/[id]': get(`/documents/${encodeURIComponent(ids.document)}`),
    '/gaps': get('/gaps'),
    '/matters': get('/matters'),
    '/matters/[id]': get(`/matters/${m}`),
    '/report': get('/report'),
    '/report/[fy]': get(`/report/${ids.fy}`),
    '/report/[fy].pdf': get(`/report/${ids.fy}.pdf`),
    '/review': get('/review', '/review?problem=media'),
    '/rules': get('/rules'),
    '/search': get(`/search?q=${encodeURIComponent('委託')}`),
    '/search.atom': get(`/search.atom?q=${encodeURIComponent('委託')}`),
    '/wording': get('/wording'),
    '/wording/[category]': get('/wording/encryption')
  };
}

/** Sends a sample, from the app's own origin (as a form post of the app would be). */
export function send(base: string, s: RouteSample, headers: Record<string, string> = {}): Promise<Response> {
  const body = s.form ? new URLSearchParams(s.form) : s.text;
  const all: Record<string, string> = { ...headers };
  if (body !== undefined) all.origin ??= base;
  if (s.text !== undefined) all['content-type'] ??= 'text/plain; charset=utf-8';
  return fetch(base + s.path, { method: s.method, body, headers: all, redirect: 'manual' });
}
