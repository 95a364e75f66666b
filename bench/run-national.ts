// npx tsx bench/run-national.ts --store PATH [--grow N]
// The national figures of bench/results.json (`national`) and bench/results.md (its own section),
// on a store served as `npm run merge` leaves it. With --grow N, PATH is first grown from the
// store at PATH to N matters into PATH-N.duckdb (scale.ts; the source is never modified, the copy
// is removed at the end). It takes long at a million matters (hours, and tens of GB of disk); it is
// not part of `npm run bench` and not a test.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTokenizer } from '../src/lib/tokenizer/tokenizer';
import { createSnapshot, snapshotPath } from '../src/lib/server/store/snapshot';
import { buildIsStale, SERVER_ENTRY } from '../scripts/build-state';
import { benchNational, nationalMarkdown, withNationalSection, type NationalBench } from './national';
import { scaleStore } from './scale';

const { values } = parseArgs({ options: { store: { type: 'string' }, grow: { type: 'string' } } });
if (!values.store || (values.grow && !(Number(values.grow) > 0))) {
  console.error('usage: npx tsx bench/run-national.ts --store PATH [--grow N]');
  process.exit(2);
}
if (buildIsStale()) {
  console.error('the build is stale: run npx vite build first');
  process.exit(1);
}
let db = path.resolve(values.store);
let built: NationalBench['built'];
const grown = values.grow ? db.replace(/\.duckdb$/, '') + `-${values.grow}.duckdb` : null;
try {
  if (grown) {
    const t0 = performance.now();
    await scaleStore(db, grown, Number(values.grow));
    built = { how: `grown with SQL from ${path.basename(db)} (bench/scale.ts: copies with new ids, municipalities and years; the texts repeat)`, seconds: Math.round((performance.now() - t0) / 1000) };
    db = grown;
  } else if (!existsSync(snapshotPath(db))) await createSnapshot(db);
  const national = { ...(await benchNational(SERVER_ENTRY, db, await loadTokenizer())), ...(built ? { built } : {}) };
  console.log(JSON.stringify(national, null, 2));
  const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  results.national = { ...national, date: new Date().toISOString() };
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  writeFileSync('bench/results.md', withNationalSection(readFileSync('bench/results.md', 'utf8'), nationalMarkdown(results.national)).trimEnd() + '\n');
} finally {
  if (grown) for (const f of [grown, `${grown}.wal`, snapshotPath(grown)]) rmSync(f, { force: true });
}
