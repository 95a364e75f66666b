// The architecture as rules (npm run lint runs them): the pipeline's pure stages stay pure, the
// product does not reach into benchmarks or evaluation, and DuckDB has one importer.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle makes the load order matter and the layers unclear.',
      from: {},
      to: { circular: true }
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/lib/domain is logic without I/O: of the project it imports only itself, and no Node built-in.',
      from: { path: '^src/lib/domain/' },
      // Type-only packages (mdast) do not resolve to a file; TypeScript checks those.
      to: { pathNot: ['^src/lib/domain/', '^node_modules/'], couldNotResolve: false }
    },
    {
      name: 'domain-has-no-io',
      severity: 'error',
      comment: 'Node built-ins (fs, worker threads, child processes …) belong to readers, ingest and server.',
      from: { path: '^src/lib/domain/' },
      to: { dependencyTypes: ['core'] }
    },
    {
      name: 'product-apart-from-bench-and-eval',
      severity: 'error',
      comment: 'Benchmarks, evaluation, scripts and tests use the product, never the other way round.',
      from: { path: '^src/' },
      to: { path: '^(bench|eval|scripts|test)/' }
    },
    {
      name: 'duckdb-only-in-store',
      severity: 'error',
      comment: 'src/lib/server/store is the only importer of DuckDB.',
      from: { path: '^src/', pathNot: '^src/lib/server/store/' },
      to: { path: 'node_modules/@duckdb/' }
    },
    {
      name: 'browser-code-not-server',
      severity: 'error',
      comment: 'Components and browser helpers take their data types from src/lib/ui, not from the server modules.',
      from: { path: '^src/lib/(components|ui)/' },
      to: { path: '^src/lib/server/' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|build|\\.svelte-kit)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.scripts.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.mjs', '.svelte', '.json'] }
  }
};
