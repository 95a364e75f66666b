// The manual keeps up with the code: every environment variable the code reads (or sets for a
// server it starts) is in docs/configuration.md, and every route under src/routes/ (each page,
// each method of each endpoint, each data twin format, each form action) is in docs/api.md.
// Names and paths count only inside `code spans`, so prose that happens to contain a word does not.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');

/** Where variables are looked for: the product, its scripts, benchmarks, evaluations, tests and CI. */
const ENV_SOURCES = ['src', 'scripts', 'bench', 'eval', 'test', '.ci', 'svelte.config.js', 'vite.config.ts'];
/** This file: its fixtures name made-up variables. */
const SELF = path.relative(ROOT, import.meta.filename);
const CODE_FILE = /\.(?:[cm]?[jt]s|svelte)$/;
const NAME = '[A-Z][A-Z0-9_]*';

function filesUnder(p: string): string[] {
  let stat;
  try {
    stat = statSync(p);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [p];
  return readdirSync(p, { withFileTypes: true })
    .filter((e) => e.isFile() || (e.name !== 'node_modules' && !e.name.startsWith('.')))
    .flatMap((e) => filesUnder(path.join(p, e.name)));
}

/** The comma-separated entries from `start` to the end of the enclosing object literal. */
function topLevelEntries(text: string, start: number): string[] {
  const entries: string[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if ('{(['.includes(c)) depth++;
    else if ('})]'.includes(c)) {
      if (depth === 0) {
        entries.push(text.slice(from, i));
        break;
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      entries.push(text.slice(from, i));
      from = i + 1;
    }
  }
  return entries;
}

/** Every environment variable named in one file's text, with the ways code reads or sets one. */
export function envNamesIn(text: string, shell: boolean): Set<string> {
  const names = new Set<string>();
  const add = (re: RegExp, group = 1) => {
    for (const m of text.matchAll(re)) names.add(m[group]);
  };
  // process.env.X, process.env?.X, env.X (SvelteKit's $env/dynamic modules), process.env['X']
  add(new RegExp(`\\benv\\??\\.(${NAME})\\b`, 'g'));
  add(new RegExp(`\\benv\\[\\s*['"\`](${NAME})['"\`]\\s*\\]`, 'g'));
  // const { A, B: b } = process.env
  for (const m of text.matchAll(/\{([^{}]*)\}\s*=\s*(?:process\.)?env\b/g)) for (const k of m[1].matchAll(new RegExp(`(?:^|,)\\s*(${NAME})\\b`, 'g'))) names.add(k[1]);
  // import { A } from '$env/static/private'
  for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]\$env\/static\/(?:private|public)['"]/g)) for (const k of m[1].matchAll(new RegExp(`\\b(${NAME})\\b`, 'g'))) names.add(k[1]);
  // { ...process.env, PORT: port, ORIGIN: … }: variables set for a server or tool the code starts
  for (const m of text.matchAll(/\.\.\.process\.env\s*,/g)) {
    for (const entry of topLevelEntries(text, m.index + m[0].length)) {
      const key = new RegExp(`^\\s*(${NAME})\\s*(?::|$)`).exec(entry);
      if (key) names.add(key[1]);
    }
  }
  if (shell) {
    // $X and ${X…} in shell scripts, and X=… assignments exported to commands; a name assigned on a
    // line of its own (and never exported) is the script's local variable, not the environment's.
    add(new RegExp(`\\$\\{?(${NAME})`, 'g'));
    add(new RegExp(`(?:^|\\s)(${NAME})=`, 'gm'));
    for (const m of text.matchAll(new RegExp(`^\\s*(${NAME})=("[^"]*"|'[^']*'|\\S*)\\s*$`, 'gm'))) {
      if (!new RegExp(`\\bexport\\s+${m[1]}\\b`).test(text)) names.delete(m[1]);
    }
  }
  return names;
}

/** variable → files that name it, over the given roots. */
export function collectEnv(root: string, sources = ENV_SOURCES): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const src of sources) {
    for (const file of filesUnder(path.join(root, src))) {
      const rel = path.relative(root, file);
      if (root === ROOT && rel === SELF) continue;
      const shell = rel.startsWith('.ci' + path.sep) && !CODE_FILE.test(file);
      if (!shell && !CODE_FILE.test(file)) continue;
      for (const n of envNamesIn(readFileSync(file, 'utf8'), shell)) found.set(n, [...(found.get(n) ?? []), rel]);
    }
  }
  return found;
}

export interface Route {
  /** What docs/api.md must hold in one code span: `GET /x`, or just the path for GET. */
  method: string;
  path: string;
  file: string;
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'fallback'];

/** The string literals of `export const NAME = [ … ]` in a module under src/lib. */
function listValues(root: string, name: string): string[] {
  for (const file of filesUnder(path.join(root, 'src', 'lib')).filter((f) => CODE_FILE.test(f))) {
    const m = new RegExp(`export const ${name}\\s*=\\s*\\[([^\\]]*)\\]`).exec(readFileSync(file, 'utf8'));
    if (m) return [...m[1].matchAll(/['"]([^'"]+)['"]/g)].map((x) => x[1]);
  }
  return [];
}

/** The values a param matcher accepts: its `p === 'x'` comparisons, or the constant list it checks against. */
function matcherValues(root: string, matcher: string): string[] {
  const file = ['ts', 'js'].map((x) => path.join(root, 'src', 'params', `${matcher}.${x}`)).find((f) => filesUnder(f).length);
  if (!file) throw new Error(`no matcher src/params/${matcher}.ts`);
  const text = readFileSync(file, 'utf8');
  let values = [...text.matchAll(/===\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  if (values.length === 0) values = [...text.matchAll(/\b([A-Z][A-Z0-9_]+)\b/g)].flatMap((m) => listValues(root, m[1]));
  if (values.length === 0) throw new Error(`cannot read the values of src/params/${matcher}: list them as p === '…' comparisons or an exported const array`);
  return values;
}

/** A route folder's URL paths: groups dropped, matched params expanded to their values. */
function expandPath(root: string, dir: string): string[] {
  let paths = [''];
  for (const segment of dir.split('/').filter((s) => s && !/^\(.*\)$/.test(s))) {
    let variants = [segment];
    for (const m of segment.matchAll(/\[(\.\.\.)?(\w+)=(\w+)\]/g)) {
      const values = matcherValues(root, m[3]);
      variants = variants.flatMap((v) => values.map((x) => v.replace(m[0], x)));
    }
    paths = paths.flatMap((p) => variants.map((v) => `${p}/${v}`));
  }
  return paths.map((p) => p || '/');
}

/** Every page, endpoint method and form action under src/routes. */
export function collectRoutes(root: string): Route[] {
  const routesDir = path.join(root, 'src', 'routes');
  const routes: Route[] = [];
  for (const file of filesUnder(routesDir)) {
    const rel = path.relative(routesDir, file).split(path.sep);
    const base = rel.pop() as string;
    const dir = rel.join('/');
    const text = readFileSync(file, 'utf8');
    const relFile = path.relative(root, file);
    if (/^\+server\.[jt]s$/.test(base)) {
      const methods = HTTP_METHODS.filter((m) => new RegExp(`export\\s+(?:const|(?:async\\s+)?function)\\s+${m}\\b`).test(text));
      if (methods.length === 0) throw new Error(`${relFile} exports no HTTP method`);
      for (const p of expandPath(root, dir)) for (const m of methods) routes.push({ method: m, path: p, file: relFile });
    } else if (/^\+page\.svelte$/.test(base)) {
      for (const p of expandPath(root, dir)) routes.push({ method: 'GET', path: p, file: relFile });
    } else if (/^\+page\.server\.[jt]s$/.test(base) && /export\s+const\s+actions\b/.test(text)) {
      const body = /export\s+const\s+actions[^=]*=\s*\{([\s\S]*)\}/.exec(text)?.[1] ?? '';
      // Top-level keys of the actions object: `default` posts to the page, `name` to `?/name`.
      const names = [...body.matchAll(/^ {2}(?:async\s+)?(\w+)\s*[:(]/gm)].map((m) => m[1]);
      if (names.length === 0) throw new Error(`${relFile}: cannot read the names of its actions`);
      for (const p of expandPath(root, dir)) for (const n of names) routes.push({ method: 'POST', path: n === 'default' ? p : `${p}?/${n}`, file: relFile });
    }
  }
  return routes;
}

/** The code spans of a Markdown text (inline and fenced), with `{a,b}` alternatives expanded. */
export function codeSpans(markdown: string): string[] {
  const spans: string[] = [];
  const withoutFences = markdown.replace(/^```[^\n]*\n([\s\S]*?)^```/gm, (_, body: string) => {
    spans.push(...body.split('\n'));
    return '';
  });
  for (const m of withoutFences.matchAll(/(`+)([\s\S]+?)\1/g)) spans.push(m[2].trim());
  const expand = (s: string): string[] => {
    const m = /\{([^{}\s]*,[^{}\s]*)\}/.exec(s);
    if (!m) return [s];
    return m[1].split(',').flatMap((alt) => expand(s.slice(0, m.index) + alt + s.slice(m.index + m[0].length)));
  };
  return spans.flatMap(expand);
}

/** Whether a code span names the route: its path as a word, after the method unless GET. */
export function spanNames(span: string, route: Route): boolean {
  // Query strings and fragments in examples (`/search.atom?q=…`, `#page=3`) do not change the route.
  const words = span.split(/\s+/).map((w) => (w.includes('?/') ? w : w.replace(/[?#].*$/, '')));
  return words.some((w, i) => w === route.path && (route.method === 'GET' || words[i - 1] === route.method));
}

export function undocumentedRoutes(routes: Route[], apiDoc: string): Route[] {
  const spans = codeSpans(apiDoc);
  return routes.filter((r) => !spans.some((s) => spanNames(s, r)));
}

export function undocumentedEnv(names: Iterable<string>, configDoc: string): string[] {
  const spans = codeSpans(configDoc);
  const named = new Set(spans.flatMap((s) => [...s.matchAll(new RegExp(`\\b(${NAME})\\b`, 'g'))].map((m) => m[1])));
  return [...names].filter((n) => !named.has(n)).sort();
}

/** `/api/…` paths the manual names that no route serves (a stale page after a route was removed or renamed). */
export function unknownApiPaths(routes: Route[], apiDoc: string): string[] {
  const patterns = routes.map((r) => new RegExp(`^${r.path.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\[[^/\]]*\]/g, '[^/]+')}$`));
  const paths = codeSpans(apiDoc)
    .flatMap((s) => s.split(/\s+/))
    .filter((w) => w.startsWith('/api/'))
    .map((w) => w.replace(/[?#].*$/, '').replace(/<[^>]+>/g, 'x').replace(/[.,;:]+$/, ''));
  return [...new Set(paths.filter((p) => !patterns.some((re) => re.test(p))))];
}

const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

describe('the manual documents every environment variable and route', () => {
  it('docs/configuration.md names every environment variable the code reads or sets', () => {
    const env = collectEnv(ROOT);
    // The collector must see the variables known to exist, or it is looking in the wrong place.
    for (const known of ['ATLAS_DB', 'ATLAS_PARQUET', 'ATLAS_DUCKDB_MEMORY', 'PORT', 'ORIGIN', 'BODY_SIZE_LIMIT', 'UPDATE_GOLDEN']) expect([...env.keys()]).toContain(known);
    const missing = undocumentedEnv(env.keys(), read('docs/configuration.md'));
    expect(missing.map((n) => `${n} (${env.get(n)!.join(', ')})`), 'add these to docs/configuration.md').toEqual([]);
  });

  it('docs/api.md names every page, endpoint method, data twin format and form action', () => {
    const routes = collectRoutes(ROOT);
    for (const known of ['/', '/api/check', '/api/overview.arrow', '/search.atom', '/documents/[id]']) expect(routes.map((r) => r.path)).toContain(known);
    const missing = undocumentedRoutes(routes, read('docs/api.md'));
    expect(missing.map((r) => `${r.method} ${r.path} (${r.file})`), 'add these to docs/api.md').toEqual([]);
  });

  it('docs/api.md names no /api/ path that no route serves', () => {
    expect(unknownApiPaths(collectRoutes(ROOT), read('docs/api.md')), 'remove or correct these in docs/api.md').toEqual([]);
  });
});

describe('the collectors', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'atlas-docs-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const put = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    writeFileSync(path.join(tmp, rel), text);
  };
  put('src/params/format.ts', `export const match = (p) => p === 'json' || p === 'csv';`);
  put('src/routes/+page.svelte', '<h1>x</h1>');
  put('src/routes/(app)/reports/[id]/+page.svelte', '<h1>x</h1>');
  put('src/routes/reports/[id]/+page.server.ts', `export const actions = {\n  default: async () => {},\n  archive: async () => {}\n};`);
  put('src/routes/api/reports.[format=format]/+server.ts', 'export const GET = async () => new Response();');
  put('src/routes/api/upload/+server.ts', 'export async function POST() {}\nexport const DELETE = () => {};');
  put('src/lib/a.ts', `const a = process.env.NEW_VAR;\nconst b = process.env['OTHER_VAR'];\nconst { DESTRUCTURED } = process.env;\nimport { env } from '$env/dynamic/private';\nenv.DYNAMIC_VAR;`);
  put('scripts/s.ts', `spawn(x, [], { env: { ...process.env, CHILD_VAR: '1', HOST } });`);
  put('.ci/run', '#!/bin/sh\n[ -n "$CI_TOKEN_DIR" ] && LEVEL=2 npm test\n');

  it('finds every kind of route, expanding data twin formats and form actions', () => {
    const got = collectRoutes(tmp).map((r) => `${r.method} ${r.path}`).sort();
    expect(got).toEqual(
      ['DELETE /api/upload', 'GET /', 'GET /api/reports.csv', 'GET /api/reports.json', 'GET /reports/[id]', 'POST /api/upload', 'POST /reports/[id]', 'POST /reports/[id]?/archive'].sort()
    );
  });

  it('finds variables read, destructured, taken from $env, set for children and used by CI', () => {
    expect([...collectEnv(tmp).keys()].sort()).toEqual(['CHILD_VAR', 'CI_TOKEN_DIR', 'DESTRUCTURED', 'DYNAMIC_VAR', 'HOST', 'LEVEL', 'NEW_VAR', 'OTHER_VAR'].sort());
  });

  it('fails on what the manual leaves out, and accepts what it names in code spans', () => {
    const routes = collectRoutes(tmp);
    const doc = [
      '| `/` | home |',
      '`/reports/[id]` and its form: `POST /reports/[id]`',
      '`/api/reports.{json,csv}?page=2`',
      '`POST /api/upload` (a body)',
      'DELETE /api/upload is not in a code span; `POST /reports/[id]?/archive` is.'
    ].join('\n');
    expect(undocumentedRoutes(routes, doc).map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /api/upload']);
    expect(undocumentedEnv(['NEW_VAR', 'OTHER_VAR', 'HOST'], 'NEW_VAR in prose; `OTHER_VAR` (default `1`); ```sh\nHOST=0.0.0.0 npm start\n```')).toEqual(['NEW_VAR']);
  });

  it('names /api/ paths that no route serves', () => {
    const routes = collectRoutes(tmp);
    expect(unknownApiPaths(routes, '`/api/reports.json` `/api/reports.csv?x=1` `/api/upload` `/api/reports.arrow` `/api/gone/<id>`')).toEqual(['/api/reports.arrow', '/api/gone/x']);
  });
});
