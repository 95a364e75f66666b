// Checked in a process of its own: the test runner's module loader keeps pdf.js's polyfills from
// installing, so only plain Node shows what a reader import does to the process.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
// Identity, not toString: core-js makes its polyfills' source read as native code.
const SCRIPT = (specifier: string) => `const push = Array.prototype.push;
const parse = JSON.parse;
await import(${JSON.stringify(specifier)});
console.log(JSON.stringify({ push: Array.prototype.push === push, parse: JSON.parse === parse, pushes: [1].push(2, 3), parsed: JSON.parse('[1]') }));`;

function afterImport(specifier: string): { push: boolean; parse: boolean; pushes: number; parsed: number[] } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT(specifier)], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe('loading pdf.js', () => {
  it('leaves Array.prototype.push and JSON.parse the native ones, and working', () => {
    expect(afterImport('./src/lib/readers/pdfjs.ts')).toEqual({ push: true, parse: true, pushes: 3, parsed: [1] });
  });

  it('is needed: the legacy build alone replaces them on Node 20', () => {
    const plain = afterImport('pdfjs-dist/legacy/build/pdf.mjs');
    // Node 22 and later have the fixes core-js looks for; there the build leaves them alone.
    const replaced = Number(process.versions.node.split('.')[0]) < 22;
    expect(plain.push).toBe(!replaced);
    expect(plain.parse).toBe(!replaced);
  });
});
