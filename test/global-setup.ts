// Builds the app once before the test files run, when the build is missing or older than the
// sources: the browser and serving tests start the built server, and must not race to build it.

import { buildApp, buildIsStale } from '../scripts/build-state';

export default function setup(): void {
  if (!buildIsStale()) return;
  const code = buildApp({ quiet: true });
  if (code !== 0) throw new Error(`vite build failed (exit ${code})`);
}
