// npm run report -- --fy 2021 --out DIR [--db PATH] [--municipality 新宿区] [--force]
// Builds the app first when the build is stale (the pack is rendered by the built server).

import { run } from '../src/lib/publish/cli';
import { buildApp, buildIsStale, SERVER_ENTRY } from './build-state';

const help = process.argv.includes('--help') || process.argv.includes('-h');
if (!help && buildIsStale()) {
  console.log('report: building the app (vite build) …');
  const code = buildApp({ quiet: true });
  if (code !== 0) {
    console.error(`report: vite build failed (exit ${code}); no pack written.`);
    process.exit(1);
  }
}
process.exitCode = await run(process.argv.slice(2), SERVER_ENTRY);
