// Scale benchmark of similar matters and the draft check:
//   npx tsx scripts/bench-similar.ts SOURCE.duckdb [COPIES] [TARGET.duckdb]
// copies the store's rows COPIES times (default 40: 2,500 generated matters → 100,000) into TARGET
// (default a temporary file), publishes its snapshot, and times the matter page's data, the similar
// matters and the draft check. Prints JSON.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTokenizer } from '../src/lib/ingest/tokenizer';
import { benchScale, replicateStore } from '../src/lib/server/store/scale';
import { snapshotPath } from '../src/lib/server/store/snapshot';

const [source, copiesArg = '40', targetArg] = process.argv.slice(2);
if (!source) {
  console.error('usage: npx tsx scripts/bench-similar.ts SOURCE.duckdb [COPIES] [TARGET.duckdb]');
  process.exit(2);
}
const tmp = targetArg ? null : mkdtempSync(path.join(os.tmpdir(), 'atlas-scale-'));
const target = targetArg ?? path.join(tmp!, 'scale.duckdb');
try {
  const grown = await replicateStore(source, target, Number(copiesArg));
  const tokenizer = await loadTokenizer();
  const draft = readFileSync('test/fixtures/samples-text/002_66e96f0d6d40dccb.txt', 'utf8');
  const bench = await benchScale(target, tokenizer, draft);
  console.log(JSON.stringify({ machine: { cpus: os.cpus().length, load: os.loadavg().map((x) => Number(x.toFixed(2))) }, copies: Number(copiesArg), ...grown, ...bench }, null, 2));
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  else console.error(`store kept: ${target} (snapshot ${snapshotPath(target)})`);
}
