import { tmpdir } from 'node:os';
import path from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { SETTINGS } from './src/lib/config';

export default defineConfig({
  plugins: [sveltekit()],
  server: { port: Number(SETTINGS.port.default) },
  ssr: { external: ['@duckdb/node-api', 'kuromoji'] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The JSON report lets .ci/run print its one-line summary.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    pool: 'forks',
    // Snapshots apply the corrections file: tests never read the project's own (data/corrections.json).
    env: { ATLAS_CORRECTIONS: path.join(tmpdir(), 'atlas-tests-no-corrections.json') }
  }
});
