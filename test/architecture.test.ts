// The layout's rules, checked on every run: the import rules of .dependency-cruiser.cjs (no
// circles, a pure domain, the product apart from bench/ and eval/, one DuckDB importer) and the
// size limit that keeps each file readable as one thing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 800;
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs|svelte)$/;

describe('architecture', () => {
  it('follows the import rules', async () => {
    const config = await extractDepcruiseConfig(path.resolve('.dependency-cruiser.cjs'));
    const result = await cruise(['src', 'scripts', 'bench', 'eval', 'test'], { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden } });
    const output = result.output as ICruiseResult;
    const violations = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);
    expect(violations).toEqual([]);
    // A rule that saw nothing proves nothing: the cruise must have read the product.
    expect(output.summary.totalCruised).toBeGreaterThan(100);
  }, 120_000);

  it(`keeps every source file under ${MAX_LINES} lines`, () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => SOURCE.test(f));
    expect(files.length).toBeGreaterThan(100);
    const long = files.flatMap((f) => {
      let text: string;
      try {
        text = readFileSync(f, 'utf8');
      } catch {
        return []; // deleted in the work tree
      }
      const n = text.split('\n').length;
      return n > MAX_LINES ? [`${f}: ${n} lines`] : [];
    });
    expect(long).toEqual([]);
  });
});
