import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveColor, resolveColors } from '../../../src/lib/ui/palette';

const APP_CSS = 'src/app.css';
const files = (dir: string, exts: string[]) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .map((f) => path.join(dir, f));
const frontEnd = [...files('src/routes', ['.svelte']), ...files('src/lib/components', ['.svelte']), ...files('src/lib/ui', ['.ts'])];
const defined = new Set([...readFileSync(APP_CSS, 'utf8').matchAll(/^\s*(--[\w-]+)\s*:/gm)].map((m) => m[1]));

describe('the palette', () => {
  it('is the only place colours are written', () => {
    const literal = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3})\b|\b(?:rgba?|hsla?)\(/gi;
    const found = frontEnd.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(literal)].map((m) => `${f}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('defines every colour the front end uses', () => {
    expect(defined.size).toBeGreaterThan(50);
    const used = [...frontEnd, APP_CSS].flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/var\((--[\w-]+)\)/g)].map((m) => ({ f, name: m[1] })));
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((u) => !defined.has(u.name)).map((u) => `${u.f}: ${u.name}`)).toEqual([]);
  });
});

describe('resolveColor', () => {
  const props: Record<string, string> = { '--series-1': ' #0072b2', '--bg-surface': '#fff' };
  const read = (name: string) => props[name] ?? '';

  it('gives a canvas the value of a palette entry, and leaves other values alone', () => {
    expect(resolveColor('var(--series-1)', read)).toBe('#0072b2');
    expect(resolveColor('#123456', read)).toBe('#123456');
    expect(resolveColor('暗号化', read)).toBe('暗号化');
  });

  it('fails loudly on a name the palette lacks', () => {
    expect(() => resolveColor('var(--series-99)', read)).toThrow(/--series-99/);
  });

  it('resolves the colour options of a dataset', () => {
    const data = [1, 2];
    expect(resolveColors({ label: 'a', data, backgroundColor: 'var(--series-1)', borderColor: 'var(--bg-surface)', borderWidth: 1 }, read)).toEqual({
      label: 'a',
      data,
      backgroundColor: '#0072b2',
      borderColor: '#fff',
      borderWidth: 1
    });
  });
});
