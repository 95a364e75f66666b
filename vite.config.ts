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
    pool: 'forks'
  }
});
