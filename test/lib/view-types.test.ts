import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { match } from '../../src/params/format';
import { TWIN_FORMATS } from '../../src/lib/view-types';

/** Every file under `dir` (relative to the repository) whose name ends with one of `exts`. */
function files(dir: string, exts: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .map((f) => path.join(dir, f));
}
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'([^']+)'/g)].map((m) => m[1]);

describe('the browser’s data types', () => {
  it('reach the pages, components and browser helpers without a server import', () => {
    const browser = [
      ...files('src/routes', ['.svelte']),
      ...files('src/lib/components', ['.svelte']),
      ...files('src/lib/ui', ['.ts']),
      ...files('src/params', ['.ts']),
      'src/lib/view-types.ts'
    ];
    expect(browser.length).toBeGreaterThan(30);
    const offending = browser.flatMap((f) => importsOf(f).filter((i) => /(^\$lib\/server\b|\/server\/)/.test(i)).map((i) => `${f}: ${i}`));
    expect(offending).toEqual([]);
  });

  it('come from the domain alone', () => {
    const outside = importsOf('src/lib/view-types.ts').filter((i) => !i.startsWith('./domain/'));
    expect(outside).toEqual([]);
  });
});

describe('the format route parameter', () => {
  it('matches exactly the data twins’ formats', () => {
    for (const f of TWIN_FORMATS) expect(match(f)).toBe(true);
    for (const f of ['', 'JSON', 'xml', 'json ', 'arrows', 'parquet']) expect(match(f)).toBe(false);
  });
});
